//! Embeds the default content pack (`content/`) and the Easy Read pictures
//! (`assets/openmoji/*.png`) in the binary.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from(
        "/// The default pack's files: (path inside the pack, text).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("embedded_pack.rs");
    if let Err(err) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {err}", dest.display());
    }
    pictures();
}

/// `assets/openmoji/CODE.png` → `(CODE, bytes)`.
fn pictures() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("assets/openmoji");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("png"))
        .filter_map(|p| {
            let code = p.file_stem()?.to_str()?.to_owned();
            Some((code, p))
        })
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Easy Read pictures: (OpenMoji code, PNG bytes).\npub static PICTURES: &[(&str, &[u8])] = &[\n",
    );
    for (code, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({code:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("pictures.rs");
    if let Err(err) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {err}", dest.display());
    }
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str());
        // Markdown at the top level is documentation for staff, not content.
        let is_docs = ext == Some("md") && path.parent() == Some(root);
        if matches!(ext, Some("ron" | "md"))
            && !is_docs
            && let Ok(rel) = path.strip_prefix(root)
        {
            files.push((rel.to_string_lossy().replace('\\', "/"), path.clone()));
        }
    }
}

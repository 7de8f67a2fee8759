//! `manifest.ron`: every file of a pack with its size and SHA-256, for
//! staff to sign with minisign.
//!
//! ```ron
//! Manifest(
//!     files: [
//!         (path: "approaches.ron", bytes: 1532, sha256: "9f86d0…"),
//!     ],
//! )
//! ```
//!
//! Every regular file under the pack folder is listed (paths with `/`,
//! sorted), except `manifest.ron` and its signature `manifest.ron.minisig`
//! at the top. Links are refused: a signed pack holds real files only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The manifest's name, at the top of the pack.
pub const MANIFEST_FILE: &str = "manifest.ron";
/// The minisign signature of the manifest, next to it.
pub const SIGNATURE_FILE: &str = "manifest.ron.minisig";
/// The most files a pack may hold (the same bound as the pack loader's).
pub const MAX_FILES: usize = 4096;
/// The deepest folder nesting looked into.
const MAX_DEPTH: usize = 8;
/// A manifest is text of about 100 bytes a file.
const MAX_MANIFEST_BYTES: u64 = 2 * 1024 * 1024;

/// The manifest as written and read.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Manifest")]
pub struct Manifest {
    pub files: Vec<Entry>,
}

/// One file: its path inside the pack, size and SHA-256 (lower-case hex).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

impl Entry {
    /// The entry for a file's contents.
    pub fn of(path: &str, contents: &[u8]) -> Self {
        Self {
            path: path.to_owned(),
            bytes: contents.len() as u64,
            sha256: sha256_hex(contents),
        }
    }
}

/// A pack folder that cannot be listed or read as a whole.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    #[error("there is no pack folder at {0}")]
    NoFolder(String),
    #[error(
        "`{0}` is a link: a signed pack holds real files only (copy the file or folder into the pack)"
    )]
    Link(String),
    #[error("`{0}` is not a regular file: take it out of the pack")]
    NotAFile(String),
    #[error("a file name in `{0}` is not UTF-8: rename it")]
    NotUtf8Name(String),
    #[error("the pack holds more than {MAX_FILES} files: is this the right folder?")]
    TooMany,
    #[error("`{0}` is nested more than {MAX_DEPTH} folders deep: is this the right folder?")]
    TooDeep(String),
    #[error("cannot read `{path}`: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("the pack is larger than {} MiB in all: a kiosk does not load it", .0 / (1024 * 1024))]
    TooLarge(u64),
    #[error("`{path}` is larger than {} KiB: a kiosk does not load it (split it into smaller files)", .max_bytes / 1024)]
    FileTooLarge { path: String, max_bytes: u64 },
}

/// How the files on disk differ from the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// Listed, but its size or SHA-256 differs.
    Changed(String),
    /// Listed, but not in the pack.
    Missing(String),
    /// In the pack, but not listed.
    Extra(String),
}

impl Mismatch {
    pub fn path(&self) -> &str {
        match self {
            Self::Changed(p) | Self::Missing(p) | Self::Extra(p) => p,
        }
    }

    /// A few words for a staff sentence: "`pages/faq.md` was changed".
    pub fn describe(&self) -> String {
        match self {
            Self::Changed(p) => format!("`{p}` was changed"),
            Self::Missing(p) => format!("`{p}` is missing"),
            Self::Extra(p) => format!("`{p}` was added"),
        }
    }
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Every file of the pack (but the manifest and its signature), as paths
/// inside it with `/` separators, sorted.
///
/// # Errors
/// A link, a file that is not a regular file, a name that is not UTF-8,
/// too many files or folders too deep, or a folder that cannot be read.
pub fn list_files(dir: &Path) -> Result<Vec<String>, ScanError> {
    if !dir.is_dir() {
        return Err(ScanError::NoFolder(dir.display().to_string()));
    }
    let mut out = Vec::new();
    let mut folders: Vec<(PathBuf, String, usize)> = vec![(dir.to_path_buf(), String::new(), 0)];
    while let Some((folder, prefix, depth)) = folders.pop() {
        let unreadable = |err: std::io::Error| ScanError::Unreadable {
            path: if prefix.is_empty() {
                ".".to_owned()
            } else {
                prefix.trim_end_matches('/').to_owned()
            },
            reason: err.to_string(),
        };
        let entries = std::fs::read_dir(&folder).map_err(unreadable)?;
        for entry in entries {
            let entry = entry.map_err(unreadable)?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(ScanError::NotUtf8Name(if prefix.is_empty() {
                    ".".to_owned()
                } else {
                    prefix.clone()
                }));
            };
            let rel = format!("{prefix}{name}");
            if prefix.is_empty() && (name == MANIFEST_FILE || name == SIGNATURE_FILE) {
                continue;
            }
            let kind = entry.file_type().map_err(|err| ScanError::Unreadable {
                path: rel.clone(),
                reason: err.to_string(),
            })?;
            if kind.is_symlink() {
                return Err(ScanError::Link(rel));
            } else if kind.is_dir() {
                if depth + 1 >= MAX_DEPTH {
                    return Err(ScanError::TooDeep(rel));
                }
                folders.push((entry.path(), format!("{rel}/"), depth + 1));
            } else if kind.is_file() {
                if out.len() >= MAX_FILES {
                    return Err(ScanError::TooMany);
                }
                out.push(rel);
            } else {
                return Err(ScanError::NotAFile(rel));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Read one file of the pack, refusing to follow a link put in its place.
///
/// # Errors
/// When it cannot be read, or is no longer a regular file.
pub fn read_file(dir: &Path, rel: &str, max_bytes: u64) -> Result<Vec<u8>, ScanError> {
    let full = dir.join(rel);
    let unreadable = |err: std::io::Error| ScanError::Unreadable {
        path: rel.to_owned(),
        reason: err.to_string(),
    };
    let meta = std::fs::symlink_metadata(&full).map_err(unreadable)?;
    if meta.file_type().is_symlink() {
        return Err(ScanError::Link(rel.to_owned()));
    }
    if !meta.is_file() {
        return Err(ScanError::NotAFile(rel.to_owned()));
    }
    let bytes = crate::content::files::read_at_most(&full, max_bytes).map_err(unreadable)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ScanError::FileTooLarge {
            path: rel.to_owned(),
            max_bytes,
        });
    }
    Ok(bytes)
}

/// The manifest of a pack folder as it is now.
///
/// # Errors
/// As [`list_files`] and [`read_file`].
pub fn build(dir: &Path) -> Result<Manifest, ScanError> {
    let mut files = Vec::new();
    for rel in list_files(dir)? {
        let bytes = read_file(dir, &rel, u64::MAX)?;
        files.push(Entry::of(&rel, &bytes));
    }
    Ok(Manifest { files })
}

impl Manifest {
    /// The manifest as RON text, one file a line.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "// Every file of this content pack, with its size and SHA-256.\n\
             // Written by `therapy-explorer manifest`: do not edit it by hand. After any\n\
             // change to the pack, write it again and sign it again:\n\
             //   therapy-explorer manifest DIR\n\
             //   minisign -Sm DIR/manifest.ron -t \"version=YYYY.MM.DD\"\n\
             Manifest(\n    files: [\n",
        );
        for entry in &self.files {
            let path = ron::to_string(&entry.path).unwrap_or_else(|_| format!("{:?}", entry.path));
            out.push_str(&format!(
                "        (path: {path}, bytes: {}, sha256: \"{}\"),\n",
                entry.bytes, entry.sha256
            ));
        }
        out.push_str("    ],\n)\n");
        out
    }

    /// Read a manifest.
    ///
    /// # Errors
    /// Where the text is wrong (line and column from 1) and what is wrong.
    pub fn parse(text: &str) -> Result<Self, (usize, usize, String)> {
        let manifest: Self = ron::from_str(text).map_err(|err| {
            (
                err.span.start.line,
                err.span.start.col,
                err.code.to_string(),
            )
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for entry in &manifest.files {
            if !seen.insert(entry.path.as_str()) {
                return Err((
                    0,
                    0,
                    format!("`{}` is listed twice: write the manifest again", entry.path),
                ));
            }
        }
        Ok(manifest)
    }

    /// How the files found (path → entry) differ from this manifest, in
    /// path order.
    pub fn compare(&self, found: &[Entry]) -> Vec<Mismatch> {
        let listed: BTreeMap<&str, &Entry> =
            self.files.iter().map(|e| (e.path.as_str(), e)).collect();
        let on_disk: BTreeMap<&str, &Entry> = found.iter().map(|e| (e.path.as_str(), e)).collect();
        let mut out: Vec<Mismatch> = Vec::new();
        for (path, entry) in &listed {
            match on_disk.get(path) {
                None => out.push(Mismatch::Missing((*path).to_owned())),
                Some(disk)
                    if disk.bytes != entry.bytes
                        || !disk.sha256.eq_ignore_ascii_case(&entry.sha256) =>
                {
                    out.push(Mismatch::Changed((*path).to_owned()));
                }
                Some(_) => {}
            }
        }
        for path in on_disk.keys() {
            if !listed.contains_key(path) {
                out.push(Mismatch::Extra((*path).to_owned()));
            }
        }
        out.sort_by(|a, b| a.path().cmp(b.path()));
        out
    }
}

/// Read `manifest.ron` of a pack as text (at most 2 MiB).
///
/// # Errors
/// When it is missing (`NotFound`), too large or not UTF-8.
pub fn read_manifest_text(dir: &Path) -> std::io::Result<String> {
    let bytes = crate::content::files::read_at_most(&dir.join(MANIFEST_FILE), MAX_MANIFEST_BYTES)?;
    if bytes.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(std::io::Error::other("it is larger than 2 MiB"));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("it is not UTF-8 text"))
}

/// What `therapy-explorer manifest DIR` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    /// An old signature was removed: it was for the old manifest.
    pub removed_old_signature: bool,
}

/// Write `DIR/manifest.ron` for the pack as it is now (through a
/// temporary file and a rename, so a kiosk never reads half a manifest),
/// and remove an old `manifest.ron.minisig`, which cannot match it.
///
/// # Errors
/// As [`build`], or when the file cannot be written.
pub fn write(dir: &Path) -> Result<Written, ScanError> {
    let manifest = build(dir)?;
    let target = dir.join(MANIFEST_FILE);
    let temp = dir.join(format!(".{MANIFEST_FILE}.tmp"));
    let failed = |err: std::io::Error| ScanError::Unreadable {
        path: MANIFEST_FILE.to_owned(),
        reason: format!("cannot write it: {err}"),
    };
    std::fs::write(&temp, manifest.render()).map_err(failed)?;
    std::fs::rename(&temp, &target).map_err(|err| {
        let _ = std::fs::remove_file(&temp);
        failed(err)
    })?;
    let signature = dir.join(SIGNATURE_FILE);
    let removed_old_signature = signature.exists() && std::fs::remove_file(&signature).is_ok();
    Ok(Written {
        files: manifest.files.len(),
        removed_old_signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn render_and_parse_round_trip() {
        let manifest = Manifest {
            files: vec![
                Entry::of("pack.ron", b"Pack()"),
                Entry::of("pages/a \"quoted\" name.md", b"# Hi"),
            ],
        };
        assert_eq!(Manifest::parse(&manifest.render()), Ok(manifest));
    }

    #[test]
    fn compare_names_each_difference() {
        let manifest = Manifest {
            files: vec![
                Entry::of("a.ron", b"a"),
                Entry::of("b.ron", b"b"),
                Entry::of("c.ron", b"c"),
            ],
        };
        let found = [
            Entry::of("a.ron", b"a"),
            Entry::of("b.ron", b"B"),
            Entry::of("d.ron", b"d"),
        ];
        assert_eq!(
            manifest.compare(&found),
            [
                Mismatch::Changed("b.ron".into()),
                Mismatch::Missing("c.ron".into()),
                Mismatch::Extra("d.ron".into()),
            ]
        );
    }

    #[test]
    fn twice_listed_and_typos_are_refused() {
        let twice = "Manifest(files: [(path: \"a\", bytes: 1, sha256: \"x\"), (path: \"a\", bytes: 1, sha256: \"x\")])";
        assert!(Manifest::parse(twice).is_err_and(|(_, _, m)| m.contains("listed twice")));
        let typo = "Manifest(\n  filez: [],\n)";
        assert!(Manifest::parse(typo).is_err_and(|(line, _, _)| line == 2));
    }
}

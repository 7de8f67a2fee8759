//! The staff commands that write or verify packs: `export-pack`,
//! `manifest` and `verify`. Each writes a short report and returns the
//! process exit code (0: done, 1: refused or failed).

use std::io::Write;
use std::path::Path;

use crate::fleet::{self, MANIFEST_FILE, SIGNATURE_FILE};
use crate::kiosk::KioskConfig;

/// `therapy-explorer export-pack DIR`.
pub fn export_pack(dir: &Path, out: &mut dyn Write) -> i32 {
    match crate::export::export_pack(dir) {
        Ok(files) => {
            let _ = writeln!(
                out,
                "Wrote the built-in pack ({files} files, every language) to {}. Edit it (content/README.md \
                 in the source, or the README, says how), preview it with `therapy-explorer preview {}`, \
                 and check it with `therapy-explorer check {}`.",
                dir.display(),
                dir.display(),
                dir.display()
            );
            0
        }
        Err(err) => {
            let _ = writeln!(out, "therapy-explorer export-pack: {err}");
            1
        }
    }
}

/// `therapy-explorer manifest DIR`.
pub fn write_manifest(dir: &Path, out: &mut dyn Write) -> i32 {
    match fleet::manifest::write(dir) {
        Ok(written) => {
            let old = if written.removed_old_signature {
                format!(" The old `{SIGNATURE_FILE}` was for the old manifest, so it was removed.")
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "Wrote {} ({} files).{old} Now sign it:\n  minisign -Sm {} -t \"version=YYYY.MM.DD\"",
                dir.join(MANIFEST_FILE).display(),
                written.files,
                dir.join(MANIFEST_FILE).display()
            );
            0
        }
        Err(err) => {
            let _ = writeln!(
                out,
                "therapy-explorer manifest: {}: {err} (no manifest was written)",
                dir.display()
            );
            1
        }
    }
}

/// `therapy-explorer verify DIR [--kiosk-config FILE]`: verify a pack as a
/// kiosk with that config would, before rolling it out.
pub fn verify(dir: &Path, config_file: &Path, out: &mut dyn Write) -> i32 {
    let load = KioskConfig::load_lenient(config_file);
    if !load.readable {
        for problem in &load.problems {
            let _ = writeln!(out, "{problem}");
        }
        let _ = writeln!(
            out,
            "{}: the kiosk config cannot be read, so there is no key to verify with.",
            dir.display()
        );
        return 1;
    }
    let Some(key) = load.config.public_key.as_deref() else {
        let _ = writeln!(
            out,
            "{}: the kiosk config names no `public_key`, so a kiosk with it shows its pack unsigned. \
             Add the clinic's key to verify signed packs.",
            config_file.display()
        );
        return 1;
    };
    match fleet::verify_pack(dir, key, load.config.min_pack_version.as_deref()) {
        Ok(pack) => {
            let _ = writeln!(
                out,
                "{}: signed pack version {}, its {} files all as signed: a kiosk with {} shows it.",
                dir.display(),
                pack.version,
                pack.file_count,
                config_file.display()
            );
            0
        }
        Err(err) => {
            let _ = writeln!(
                out,
                "{}: refused. {err} A kiosk with {} keeps its previous pack.",
                dir.display(),
                config_file.display()
            );
            1
        }
    }
}

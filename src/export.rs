//! `therapy-explorer export-pack DIR`: the built-in pack, every language,
//! written out as the starting point for a clinic's own.

use std::path::Path;

use crate::content::PackFiles;
use crate::content::files::embedded_paths;

/// Why the pack was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "{0} already holds files: give a new or empty folder (nothing was written, so nothing was overwritten)"
    )]
    NotEmpty(String),
    #[error("{0} is a file, not a folder: give a new folder's name")]
    NotAFolder(String),
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
    #[error("the built-in pack cannot be read: {0}")]
    Embedded(String),
}

/// Write every file of the built-in pack into `dir`, which must not exist
/// yet or be empty; folders on the way are made. Returns how many files
/// were written.
///
/// # Errors
/// When `dir` holds anything, or a file cannot be written.
pub fn export_pack(dir: &Path) -> Result<usize, ExportError> {
    let name = dir.display().to_string();
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(ExportError::NotAFolder(name)),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(|err| ExportError::Write {
                path: name.clone(),
                reason: err.to_string(),
            })?;
            if entries.next().is_some() {
                return Err(ExportError::NotEmpty(name));
            }
        }
        Err(_) => {}
    }
    let mut written = 0;
    for rel in embedded_paths() {
        let text = PackFiles::Embedded
            .read(rel)
            .map_err(|err| ExportError::Embedded(err.to_string()))?;
        let path = dir.join(rel);
        let failed = |err: std::io::Error| ExportError::Write {
            path: path.display().to_string(),
            reason: err.to_string(),
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(failed)?;
        }
        std::fs::write(&path, text).map_err(failed)?;
        written += 1;
    }
    Ok(written)
}

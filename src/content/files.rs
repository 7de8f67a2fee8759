//! Reading a pack's files, from the binary or from a folder, safely.
//!
//! Every read goes through [`PackFiles::read`], which keeps the pack inside
//! its folder, refuses oversized files and normalises text (BOM, CRLF).

use std::path::{Component, Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_pack.rs"));
}

/// Largest file a pack may hold.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most a whole pack may read, all files together.
pub const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;

/// Where a pack's files come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackFiles {
    /// The default pack, built into the binary.
    Embedded,
    /// A folder on disk.
    Dir(PathBuf),
    /// Files held in memory (fuzzing, benchmarks, tests): path → raw bytes.
    Memory(std::collections::BTreeMap<String, Vec<u8>>),
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("file is missing: add `{0}` to the pack")]
    Missing(String),
    #[error("path `{0}` leaves the pack folder: use a path inside the pack, like `pages/faq.md`")]
    OutsidePack(String),
    #[error("path `{0}` is written with `\\`: write it with `/` instead, like `{fixed}`", fixed = .0.replace('\\', "/"))]
    Backslash(String),
    #[error(
        "`{0}` is a link that points outside the pack folder: copy the file into the pack instead"
    )]
    SymlinkOutside(String),
    #[error("`{path}` is {bytes} bytes, more than the 1 MiB limit: split it into smaller files")]
    TooLarge { path: String, bytes: u64 },
    #[error("cannot read `{path}`: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("`{path}` is not UTF-8 text (bad byte at line {line}, column {col}): save it as UTF-8")]
    NotUtf8 {
        path: String,
        line: usize,
        col: usize,
    },
}

impl PackFiles {
    /// A short name for messages: the folder, or "the built-in pack".
    pub fn describe(&self) -> String {
        match self {
            Self::Embedded => "the built-in pack".to_owned(),
            Self::Dir(dir) => dir.display().to_string(),
            Self::Memory(_) => "the pack in memory".to_owned(),
        }
    }

    /// Read a text file by its path inside the pack.
    ///
    /// # Errors
    /// When the path leaves the pack, or the file is missing, too large,
    /// unreadable or not UTF-8.
    pub fn read(&self, rel: &str) -> Result<String, FileError> {
        self.read_limited(rel, MAX_FILE_BYTES)
    }

    /// [`Self::read`] with another size limit (benchmarks lift it for huge synthetic packs).
    ///
    /// # Errors
    /// As [`Self::read`].
    pub fn read_limited(&self, rel: &str, max_bytes: u64) -> Result<String, FileError> {
        check_relative(rel)?;
        let text = match self {
            Self::Embedded => embedded::FILES
                .iter()
                .find(|(path, _)| *path == rel)
                .map(|(_, text)| (*text).to_owned())
                .ok_or_else(|| FileError::Missing(rel.to_owned()))?,
            Self::Dir(root) => read_from_dir(root, rel, max_bytes)?,
            Self::Memory(files) => {
                let bytes = files
                    .get(rel)
                    .ok_or_else(|| FileError::Missing(rel.to_owned()))?;
                if bytes.len() as u64 > max_bytes {
                    return Err(FileError::TooLarge {
                        path: rel.to_owned(),
                        bytes: bytes.len() as u64,
                    });
                }
                Self::decode(rel, bytes)?
            }
        };
        Ok(normalise(&text))
    }

    /// Read a binary file (a clinic's logo) by its path inside the pack, with
    /// the same safety as [`Self::read`] but no text decoding.
    ///
    /// # Errors
    /// When the path leaves the pack, or the file is missing, larger than
    /// `max_bytes` or unreadable.
    pub fn read_bytes(&self, rel: &str, max_bytes: u64) -> Result<Vec<u8>, FileError> {
        check_relative(rel)?;
        let too_large = |bytes: usize| FileError::TooLarge {
            path: rel.to_owned(),
            bytes: bytes as u64,
        };
        match self {
            Self::Embedded => embedded::FILES
                .iter()
                .find(|(path, _)| *path == rel)
                .map(|(_, text)| text.as_bytes().to_vec())
                .ok_or_else(|| FileError::Missing(rel.to_owned())),
            Self::Dir(root) => read_bytes_from_dir(root, rel, max_bytes),
            Self::Memory(files) => {
                let bytes = files
                    .get(rel)
                    .ok_or_else(|| FileError::Missing(rel.to_owned()))?;
                if bytes.len() as u64 > max_bytes {
                    return Err(too_large(bytes.len()));
                }
                Ok(bytes.clone())
            }
        }
    }

    /// Read raw bytes (used by fuzzing and tests that feed arbitrary input).
    ///
    /// # Errors
    /// As [`Self::read`].
    pub fn decode(rel: &str, bytes: &[u8]) -> Result<String, FileError> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(normalise(text)),
            Err(err) => {
                let good = &bytes[..err.valid_up_to()];
                let text = String::from_utf8_lossy(good);
                let line = 1 + text.matches('\n').count();
                let col = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
                Err(FileError::NotUtf8 {
                    path: rel.to_owned(),
                    line,
                    col,
                })
            }
        }
    }
}

/// Read at most `max_bytes + 1` bytes of a file: a result longer than
/// `max_bytes` means the file is too large, and an endless file (a pipe,
/// `/dev/zero`) is never read for ever. Used for pack files, the kiosk
/// config and the settings file.
///
/// # Errors
/// When the file cannot be opened or read.
pub fn read_at_most(path: &Path, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A pack path must be relative and stay inside the pack.
fn check_relative(rel: &str) -> Result<(), FileError> {
    let path = Path::new(rel);
    if rel.contains('\\') && !rel.starts_with('\\') && !rel.contains(':') && !rel.contains("..") {
        return Err(FileError::Backslash(rel.to_owned()));
    }
    let bad = rel.is_empty()
        || rel.contains('\\')
        || path.is_absolute()
        || rel.starts_with('/')
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if bad {
        return Err(FileError::OutsidePack(rel.to_owned()));
    }
    Ok(())
}

fn read_from_dir(root: &Path, rel: &str, max_bytes: u64) -> Result<String, FileError> {
    let bytes = read_bytes_from_dir(root, rel, max_bytes)?;
    PackFiles::decode(rel, &bytes)
}

fn read_bytes_from_dir(root: &Path, rel: &str, max_bytes: u64) -> Result<Vec<u8>, FileError> {
    let full = root.join(rel);
    let meta = match std::fs::symlink_metadata(&full) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(FileError::Missing(rel.to_owned()));
        }
        Err(err) => {
            return Err(FileError::Unreadable {
                path: rel.to_owned(),
                reason: err.to_string(),
            });
        }
    };
    // Resolve links (of the file or any folder on the way) and make sure
    // the real file is still inside the real pack folder.
    let unreadable = |err: std::io::Error| FileError::Unreadable {
        path: rel.to_owned(),
        reason: err.to_string(),
    };
    let real_root = root.canonicalize().map_err(unreadable)?;
    let real = match full.canonicalize() {
        Ok(real) => real,
        Err(_) if meta.file_type().is_symlink() => return Err(FileError::Missing(rel.to_owned())),
        Err(err) => return Err(unreadable(err)),
    };
    if !real.starts_with(&real_root) {
        return Err(FileError::SymlinkOutside(rel.to_owned()));
    }
    let meta = std::fs::metadata(&real).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(FileError::Unreadable {
            path: rel.to_owned(),
            reason: "it is a folder, not a file".to_owned(),
        });
    }
    if meta.len() > max_bytes {
        return Err(FileError::TooLarge {
            path: rel.to_owned(),
            bytes: meta.len(),
        });
    }
    let bytes = read_at_most(&real, max_bytes).map_err(unreadable)?;
    // The file may have grown since we looked at its size.
    if bytes.len() as u64 > max_bytes {
        return Err(FileError::TooLarge {
            path: rel.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Strip a UTF-8 byte-order mark and turn Windows line endings into `\n`,
/// so positions in messages match what an editor shows.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

/// How many files [`PackFiles::list`] looks at, at most (a pack pointed at
/// a home folder must not be walked for ever).
const MAX_LISTED: usize = 4096;

impl PackFiles {
    /// For a folder that does not exist or is not a folder: the one problem
    /// to report instead of a "file is missing" for every file.
    pub fn missing_folder(&self) -> Option<super::Problem> {
        let Self::Dir(dir) = self else {
            return None;
        };
        let message = match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => return None,
            Ok(_) => "this is a file, not a folder: give the folder that holds `pack.ron`",
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                "there is no folder here: check the path (a pack folder holds `pack.ron` and the other files)"
            }
            Err(_) => "this folder cannot be opened: check the path and its permissions",
        };
        Some(super::Problem::error(
            &dir.display().to_string(),
            (0, 0),
            message,
        ))
    }

    /// Every file's path inside the pack, with `/` separators (at most a few thousand).
    pub fn list(&self) -> Vec<String> {
        match self {
            Self::Embedded => embedded_paths().map(str::to_owned).collect(),
            Self::Memory(files) => files.keys().cloned().collect(),
            Self::Dir(root) => {
                let mut out = Vec::new();
                let mut folders = vec![(root.clone(), String::new())];
                while let Some((folder, prefix)) = folders.pop() {
                    let Ok(entries) = std::fs::read_dir(&folder) else {
                        continue;
                    };
                    for entry in entries.flatten() {
                        if out.len() >= MAX_LISTED {
                            return out;
                        }
                        let name = entry.file_name().to_string_lossy().into_owned();
                        let rel = format!("{prefix}{name}");
                        match entry.file_type() {
                            Ok(t) if t.is_dir() && prefix.matches('/').count() < 4 => {
                                folders.push((entry.path(), format!("{rel}/")));
                            }
                            Ok(t) if t.is_file() => out.push(rel),
                            _ => {}
                        }
                    }
                }
                out
            }
        }
    }

    /// ": did you mean `pages/faq.md`?" for a path that is missing but close
    /// to one that exists (or differs only in letter case, which works on
    /// Windows and macOS but not on Linux); empty when nothing is close.
    pub fn did_you_mean(&self, rel: &str) -> String {
        let wanted = rel.trim_start_matches("./");
        let files = self.list();
        if let Some(same) = files.iter().find(|f| f.eq_ignore_ascii_case(wanted)) {
            return format!(
                "; there is `{same}`, which differs only in capital letters: write it exactly so (Linux tells them apart)"
            );
        }
        let lower = wanted.to_lowercase();
        let best = files
            .iter()
            .map(|f| (super::search::edit_distance(&f.to_lowercase(), &lower), f))
            .filter(|(d, _)| *d <= (lower.chars().count() / 4).clamp(1, 4))
            .min_by_key(|(d, _)| *d);
        best.map_or_else(String::new, |(_, f)| format!("; did you mean `{f}`?"))
    }

    /// The files of a folder inside the pack, as a pack of their own
    /// (a translation's `translations/es-US/`).
    pub fn within(&self, folder: &str) -> Self {
        let prefix = format!("{}/", folder.trim_end_matches('/'));
        let strip = |path: &str| path.strip_prefix(&prefix).map(str::to_owned);
        match self {
            Self::Embedded => Self::Memory(
                embedded::FILES
                    .iter()
                    .filter_map(|(path, text)| strip(path).map(|p| (p, text.as_bytes().to_vec())))
                    .collect(),
            ),
            Self::Memory(files) => Self::Memory(
                files
                    .iter()
                    .filter_map(|(path, bytes)| strip(path).map(|p| (p, bytes.clone())))
                    .collect(),
            ),
            Self::Dir(root) => Self::Dir(root.join(folder)),
        }
    }

    /// A copy of the built-in pack in memory, to change a file of (fuzzing, benchmarks).
    pub fn embedded_in_memory() -> Self {
        Self::Memory(
            embedded::FILES
                .iter()
                .map(|(path, text)| ((*path).to_owned(), text.as_bytes().to_vec()))
                .collect(),
        )
    }
}

/// The names of every file in the built-in pack.
pub fn embedded_paths() -> impl Iterator<Item = &'static str> {
    embedded::FILES.iter().map(|(path, _)| *path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_must_stay_inside() {
        for bad in ["../x.md", "/etc/passwd", "a/../../b.md", "", "C:\\b.md"] {
            assert_eq!(
                check_relative(bad),
                Err(FileError::OutsidePack(bad.to_owned())),
                "{bad}"
            );
        }
        assert_eq!(check_relative("pages/faq.md"), Ok(()));
        assert_eq!(
            check_relative("pages\\faq.md"),
            Err(FileError::Backslash("pages\\faq.md".to_owned()))
        );
        assert_eq!(
            FileError::Backslash("pages\\faq.md".to_owned()).to_string(),
            "path `pages\\faq.md` is written with `\\`: write it with `/` instead, like `pages/faq.md`"
        );
        assert_eq!(check_relative("./pages/faq.md"), Ok(()));
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        assert_eq!(normalise("\u{feff}a\r\nb\r\n"), "a\nb\n");
    }

    #[test]
    fn invalid_utf8_reports_position() {
        let err = PackFiles::decode("x.md", b"ok\nab\xffcd");
        assert_eq!(
            err,
            Err(FileError::NotUtf8 {
                path: "x.md".into(),
                line: 2,
                col: 3
            })
        );
    }
}

//! The pack the app shows, in every language it has, and what staff are
//! told when theirs has problems.

use std::path::Path;

use crate::content::{self, Pack, PackFiles, load_for_app};
use crate::i18n::{self, FtlSource};
use crate::state::StaffNote;

/// Load the pack for the app: the clinic's folder if given (whatever of it
/// can be read, never another pack), else the built-in one. The facts of
/// any trouble come back for a staff note the interface words in its language.
pub fn load_pack(dir: Option<&Path>) -> (Pack, Option<StaffNote>) {
    let (pack, trouble) = load_for_app(dir);
    let note = trouble.map(|t| StaffNote::PackProblems {
        folder: t.folder,
        count: t.errors,
    });
    (pack, note)
}

/// A pack in all its languages, as the app shows it.
#[derive(Debug)]
pub struct PackEditions {
    /// The default language first, then each translation (complete: what
    /// a translation leaves out is there in the default language, marked).
    pub packs: Vec<Pack>,
    /// The clinic's own interface words (`i18n/<language>/*.ftl` in its pack).
    pub words: Vec<FtlSource>,
    /// Whether this is the built-in pack (no `--content` given).
    pub built_in: bool,
    pub note: Option<StaffNote>,
}

/// Load the pack for the app in every language it has: the clinic's
/// folder if given (whatever of it can be read, never another pack), else
/// the built-in one. Like [`load_pack`], with the translations and the
/// clinic's own interface words.
pub fn load_editions(dir: Option<&Path>) -> PackEditions {
    let Some(dir) = dir else {
        let loaded = content::load(&PackFiles::Embedded);
        let packs = if loaded.error_count() == 0 {
            std::iter::once(loaded.pack)
                .chain(loaded.translations)
                .collect()
        } else {
            // Never happens (a test checks the built-in pack); the same
            // placeholder as `content::builtin`.
            for problem in loaded.problems.iter().filter(|p| p.is_error()) {
                log::error!("built-in pack: {problem}");
            }
            vec![Pack::default()]
        };
        return PackEditions {
            packs,
            words: Vec::new(),
            built_in: true,
            note: None,
        };
    };
    let files = PackFiles::Dir(dir.to_path_buf());
    let loaded = content::load(&files);
    for problem in &loaded.problems {
        if problem.is_error() {
            log::error!("{}: {problem}", files.describe());
        } else {
            log::warn!("{}: {problem}", files.describe());
        }
    }
    let errors = loaded.error_count();
    let note = (errors > 0).then(|| StaffNote::PackProblems {
        folder: files.describe(),
        count: errors,
    });
    PackEditions {
        packs: std::iter::once(loaded.pack)
            .chain(loaded.translations)
            .collect(),
        words: i18n::pack_sources(&files),
        built_in: false,
        note,
    }
}

//! The pack the app shows, in every language it has, and what staff are
//! told when theirs has problems.

use std::path::Path;

use crate::content::{self, Pack, PackFiles, load_for_app};
use crate::i18n::{self, FtlSource};
use crate::kiosk::KioskConfig;
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
    match dir {
        Some(dir) => editions_of(&PackFiles::Dir(dir.to_path_buf())),
        None => built_in_editions(),
    }
}

/// What a kiosk shows: with a `public_key` in its config, only a pack whose
/// signature and files verify (else the previous verified one, else the
/// built-in general information with only the site's own crisis contacts);
/// without one, its `content` folder as at home.
pub fn load_kiosk_editions(config: &KioskConfig) -> PackEditions {
    use crate::fleet::{KioskContent, choose_kiosk_content, keep_only_site_contacts};
    let choice = choose_kiosk_content(config);
    let refused = !choice.refused.is_empty();
    let mut editions = match choice.content {
        KioskContent::BuiltIn => built_in_editions(),
        KioskContent::Folder(dir) => editions_of(&PackFiles::Dir(dir)),
        KioskContent::Signed { pack, .. } => {
            // Exactly the files that were verified, read once into memory.
            let mut editions = editions_of(&pack.files);
            if refused {
                editions.note = Some(StaffNote::KioskPackRefusedPrevious {
                    version: pack.version.to_string(),
                });
            }
            editions
        }
        KioskContent::Refused => {
            let mut editions = built_in_editions();
            for pack in &mut editions.packs {
                keep_only_site_contacts(pack, config);
            }
            editions.note = Some(StaffNote::KioskPackRefused);
            editions
        }
    };
    if refused && editions.note.is_none() {
        editions.note = Some(StaffNote::KioskPackRefused);
    }
    editions
}

/// The built-in pack in every language it has.
fn built_in_editions() -> PackEditions {
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
    PackEditions {
        packs,
        words: Vec::new(),
        built_in: true,
        note: None,
    }
}

/// A clinic's pack (a folder, or verified files in memory) in every
/// language it has, whatever of it can be read, never another pack.
fn editions_of(files: &PackFiles) -> PackEditions {
    let loaded = content::load(files);
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
        words: i18n::pack_sources(files),
        built_in: false,
        note,
    }
}

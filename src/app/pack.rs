//! The pack the app shows, and what staff are told when theirs cannot be used.

use std::path::Path;

use crate::content::{Pack, PackFiles, builtin, load};
use crate::state::StaffNote;

/// Load a pack for the app: the folder if given and usable, else the
/// built-in pack and a note for staff. Every problem is logged.
///
/// (The same as `content::load_or_builtin`, but with the facts of a refusal
/// rather than a sentence, so the interface can say it in any language.)
pub fn load_pack(dir: Option<&Path>) -> (Pack, Option<StaffNote>) {
    let Some(dir) = dir else {
        return (builtin(), None);
    };
    let files = PackFiles::Dir(dir.to_path_buf());
    let loaded = load(&files);
    for problem in &loaded.problems {
        if problem.is_error() {
            log::error!("{}: {problem}", files.describe());
        } else {
            log::warn!("{}: {problem}", files.describe());
        }
    }
    match loaded.pack {
        Some(pack) if loaded.error_count() == 0 => (pack, None),
        _ => {
            let note = StaffNote::PackProblems {
                folder: files.describe(),
                count: loaded.error_count(),
            };
            (builtin(), Some(note))
        }
    }
}

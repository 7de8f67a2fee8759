//! The pack the app shows, and what staff are told when theirs has problems.

use std::path::Path;

use crate::content::{Pack, load_for_app};
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

//! The content pack: model, loading, checking, search. Knows nothing of egui
//! and holds no interface words (those live in `assets/i18n/`).

pub(crate) mod check;
pub mod clinic;
pub mod dates;
pub mod decision;
#[doc(hidden)]
pub mod exercise;
pub mod files;
pub mod items;
pub mod language;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod problem;
pub mod readability;
pub mod search;
pub mod translation;

pub use files::PackFiles;
pub use items::{Item, ItemKind};
pub use language::Language;
pub use links::{LinkTarget, Screen};
pub use load::{Loaded, PackTrouble, builtin, load, load_for_app};
pub use model::*;
pub use problem::{Problem, Severity};

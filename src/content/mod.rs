//! The content pack: model, loading, checking. Knows nothing of egui.

pub mod decision;
#[doc(hidden)]
pub mod exercise;
pub mod files;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod problem;
pub mod readability;
pub mod search;

pub use files::PackFiles;
pub use links::{LinkTarget, Screen};
pub use load::{Loaded, builtin, load, load_or_builtin};
pub use model::*;
pub use problem::{Problem, Severity};

//! Kiosk mode: its configuration, the idle timer, the staff gesture and PIN.
//!
//! No egui here: the app feeds in the time and what happened this frame, and
//! this module says what to show. A [`Clock`] can be mocked, so tests move time
//! forward instead of sleeping.

mod config;
mod session;
#[cfg(test)]
mod tests;

pub use config::*;
pub use session::*;

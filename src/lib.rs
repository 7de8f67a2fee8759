//! Therapy Explorer: plain, balanced information about individual and group therapy.
//!
//! `content` is the pack model and checker (no egui and no interface words);
//! `ui` draws it, with the interface's words from `i18n` (Fluent catalogues
//! in `assets/i18n/`); `state` is the visit as plain data; `app` ties them
//! together in one struct that tests drive with `egui_kittest`.

pub mod app;
pub mod check;
pub mod cli;
pub mod commands;
pub mod content;
pub mod export;
pub mod fleet;
pub mod handout;
pub mod i18n;
pub mod kiosk;
pub mod pictures;
pub mod quiet_hours;
pub mod settings;
pub mod speech;
pub mod state;
pub mod ui;
pub mod watch;

pub use app::{Browser, Options, TherapyApp};

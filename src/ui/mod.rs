//! Drawing the pack. Screens read the model and push [`Command`]s; they never
//! change app state directly. Every word they show that is not the pack's
//! comes from the catalogue (`View::tr`).
//!
//! - `screens`: the one list of screens (routes, links, Home's sections,
//!   which function draws each); one file per screen beside it.
//! - `chrome`, `overlays`, `shortcuts`: what is on every screen.
//! - `kiosk/`: the kiosk's own screens and its egui glue.
//! - `easy_read` (with `picture`, the OpenMoji pictures) and `stories`:
//!   drawn on several screens (Easy Read, paired stories).
//! - `clinic`, `qr`, `handout`: a clinic's own section, and what a visitor
//!   takes home (a QR code on a kiosk, a printable handout at home).
//! - `widgets`, `layout`, `markdown`, `focus`: building blocks.
//! - `theme`: design tokens (colours, type, spacing, radii).
//!
//! [`Command`]: crate::state::Command

pub mod anchor;
pub mod approaches;
pub mod benefits;
pub mod chrome;
pub mod clinic;
pub mod compare;
pub mod crisis;
pub mod decide;
pub mod decide_intro;
pub mod easy_read;
pub mod focus;
pub mod handout;
pub mod home;
pub mod kiosk;
pub mod language;
pub mod layout;
pub mod markdown;
pub mod overlays;
pub mod pages;
pub mod picture;
pub mod preview;
pub mod qr;
pub mod read_aloud;
pub mod reading;
pub mod screens;
pub mod search;
pub mod shortcuts;
pub mod sources;
pub mod stories;
pub mod theme;
pub mod view;
pub mod widgets;

pub use language::fallback_note;
pub use layout::{grid, reading_column};
pub use sources::{review_dates, sources_footer};
pub use view::View;
pub use widgets::{
    KIOSK_SCROLL, body, button, card_button, card_frame, format_badge, heading, heading_marked,
    label_for_screen_readers, marked, marked_label, muted, panel, primary_button, table_place,
    toggle,
};

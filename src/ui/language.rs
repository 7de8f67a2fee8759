//! Choosing the language: the switch (on Home, in "Text and colours", and
//! in the kiosk's top bar), and the note on an item shown in the pack's
//! default language for want of a translation.
//!
//! Each language is named in itself ("English", "Español") and its button
//! tells screen readers which language that name is in, so it is read in
//! the right voice.

use egui::{RichText, Ui};

use super::theme::size;
use super::{View, toggle};
use crate::content::ItemKind;
use crate::state::Command;

/// One language the pack has, as the switch offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    /// Its tag, like `es-US`.
    pub tag: String,
    /// Its name, in itself: "Español".
    pub name: String,
    /// "Touch to start", in itself (the kiosk's start screen).
    pub start: String,
    /// …and read aloud: "Touch to start in English".
    pub start_spoken: String,
    /// Whether it is the language shown now.
    pub current: bool,
}

/// Tell screen readers which language a widget's words are in.
pub fn set_language(ui: &Ui, id: egui::Id, tag: &str) {
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_language(tag.to_owned()));
}

/// A row of toggles, one per language, the one shown selected. Nothing
/// when the pack has one language.
pub fn switch_ui(ui: &mut Ui, view: &mut View<'_>) {
    if view.languages.len() < 2 {
        return;
    }
    let palette = view.palette;
    ui.horizontal_wrapped(|ui| {
        for choice in view.languages {
            let response = toggle(ui, palette, choice.current, &choice.name, &choice.name);
            set_language(ui, response.id, &choice.tag);
            if response.clicked() && !choice.current {
                view.push(Command::SetLanguage(choice.tag.clone()));
            }
        }
    });
}

/// The switch on Home: the same toggles, at the right, above the title.
/// (A kiosk has its switch in the top bar, on every screen.)
pub fn home_switch_ui(ui: &mut Ui, view: &mut View<'_>) {
    if view.languages.len() < 2 || view.kiosk {
        return;
    }
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
        // Right to left: the last language first, so they read in order.
        let palette = view.palette;
        for choice in view.languages.iter().rev() {
            let response = toggle(ui, palette, choice.current, &choice.name, &choice.name);
            set_language(ui, response.id, &choice.tag);
            if response.clicked() && !choice.current {
                view.push(Command::SetLanguage(choice.tag.clone()));
            }
        }
    });
}

/// In a bar (the kiosk's): one button per other language, named in
/// itself, one tap from any screen.
pub fn bar_switch_ui(ui: &mut Ui, view: &mut View<'_>) {
    for choice in view.languages.iter().filter(|c| !c.current) {
        let response = super::button(ui, &choice.name, &choice.name);
        set_language(ui, response.id, &choice.tag);
        if response.clicked() {
            view.push(Command::SetLanguage(choice.tag.clone()));
        }
    }
}

/// "(in English)" beside an item shown in the pack's default language
/// because this language lacks it. Returns whether it was shown.
pub fn fallback_note(ui: &mut Ui, view: &View<'_>, kind: ItemKind, id: &str) -> bool {
    if !view.pack.is_fallback(kind, id) {
        return false;
    }
    language_note_ui(ui, view);
    true
}

/// The note itself, for what is not one item ("Which fits me?" shown in
/// the default language when its translation differs).
pub fn language_note_ui(ui: &mut Ui, view: &View<'_>) {
    let language = view.catalogue.language_name(&view.pack.fallback_language);
    let text = view.tr_args("language-fallback", &[("language", language.into())]);
    let text = RichText::new(text)
        .size(size::SMALL)
        .italics()
        .color(view.palette.text_muted);
    super::reading::text(ui, text, egui::accesskit::Role::Paragraph);
}

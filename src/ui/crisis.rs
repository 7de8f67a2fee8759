//! Crisis help: which contacts "Need help now?" and the kiosk's attract
//! screen show, by the one rule in [`crisis_help`], and how they are drawn.

use egui::accesskit::Role;
use egui::{CornerRadius, Frame, Margin, RichText, Ui};

use super::theme::{self, radius, size, space};
use super::{View, body, heading};
use crate::content::Contact;
use crate::i18n::Catalogue;

/// What the crisis window and the attract screen show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrisisHelp<'a> {
    /// These contacts.
    Contacts(&'a [Contact]),
    /// No number at all: the app cannot be sure which numbers reach help
    /// where it stands, so it says to call the local emergency number or
    /// ask at the front desk (`chrome-help-neutral`).
    Neutral,
}

/// Where crisis contacts can come from.
#[derive(Clone, Copy, Debug, Default)]
pub struct CrisisSources<'a> {
    /// The pack's own `crisis_contacts` (in the language shown).
    pub pack: &'a [Contact],
    /// The pack is the built-in one (its contacts are for the US).
    pub built_in_pack: bool,
    /// The kiosk config's own `crisis_contacts` (none at home).
    pub kiosk: &'a [Contact],
    /// A kiosk config was given but nothing of it could be read: the kiosk
    /// cannot know its region.
    pub kiosk_config_unreadable: bool,
}

/// The rule (content/README.md, "If a pack is broken"): a clinic's pack
/// shows its own contacts; if it has none (its `pack.ron` cannot be read),
/// the kiosk config's; failing both, no number. The built-in pack's (US)
/// contacts are shown only for the built-in pack, and even then a kiosk
/// config's own contacts come first, and a kiosk config that cannot be read
/// at all means no number: that kiosk may stand anywhere.
pub fn crisis_help(sources: CrisisSources<'_>) -> CrisisHelp<'_> {
    fn first<'a>(lists: &[&'a [Contact]]) -> Option<&'a [Contact]> {
        lists.iter().copied().find(|list| !list.is_empty())
    }
    let CrisisSources {
        pack,
        built_in_pack,
        kiosk,
        kiosk_config_unreadable,
    } = sources;
    let found = if built_in_pack {
        if kiosk_config_unreadable {
            None
        } else {
            first(&[kiosk, pack])
        }
    } else {
        first(&[pack, kiosk])
    };
    found.map_or(CrisisHelp::Neutral, CrisisHelp::Contacts)
}

/// The body of "Need help now?": the pack's words before the contacts
/// (or the neutral sentence when the pack has none), then each contact
/// (`with_contacts`; otherwise the window shows them below, always in view).
/// Returns the contacts' height, when they were drawn.
pub fn help_ui(ui: &mut Ui, view: &View<'_>, with_contacts: bool) -> Option<f32> {
    let intro = view.pack.info.crisis_intro.trim();
    match view.crisis {
        CrisisHelp::Contacts(_) => {
            if intro.is_empty() {
                body(ui, &view.tr("chrome-help-neutral"));
            } else {
                body(ui, intro);
            }
        }
        CrisisHelp::Neutral => {
            // The pack's intro may promise help "right now": true anywhere.
            if !intro.is_empty() {
                body(ui, intro);
            }
        }
    }
    with_contacts.then(|| {
        ui.add_space(space::S);
        contacts_ui(ui, view)
    })
}

/// The contacts the crisis rule chose, or the region-neutral words.
/// Returns the height they took (the crisis window keeps them in view when
/// they fit).
pub fn contacts_ui(ui: &mut Ui, view: &View<'_>) -> f32 {
    let palette = view.palette;
    let top = ui.cursor().top();
    // On a short screen the cards are closer together, so that all of
    // them fit with the window's heading and Close more often.
    let short = ui.ctx().content_rect().height() < 600.0;
    let pad = if short { 10 } else { 16 };
    let spacing = ui.spacing().item_spacing.y;
    if short {
        ui.spacing_mut().item_spacing.y = spacing.min(space::S);
    }
    match view.crisis {
        CrisisHelp::Contacts(contacts) => {
            for contact in contacts {
                Frame::new()
                    .fill(palette.surface_alt)
                    .corner_radius(CornerRadius::same(radius::LARGE))
                    .inner_margin(Margin::same(pad))
                    .show(ui, |ui| {
                        ui.set_min_width(ui.available_width());
                        let looks_like = if short { 3 } else { 2 };
                        super::widgets::heading_looking_like(
                            ui,
                            palette,
                            2,
                            looks_like,
                            &contact.how,
                        );
                        let name = RichText::new(&contact.name).font(theme::bold_font(size::BODY));
                        super::reading::text(ui, name, Role::Paragraph);
                        if !contact.when.trim().is_empty() {
                            let when = RichText::new(&contact.when).size(size::BODY);
                            super::reading::text(ui, when, Role::Paragraph);
                        }
                    });
            }
        }
        CrisisHelp::Neutral => {
            Frame::new()
                .fill(palette.surface_alt)
                .corner_radius(CornerRadius::same(radius::LARGE))
                .inner_margin(Margin::same(16))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    heading(ui, palette, 2, &view.tr("chrome-help-neutral"));
                });
        }
    }
    ui.spacing_mut().item_spacing.y = spacing;
    ui.cursor().top() - top
}

/// Crisis help in one language, as the attract screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLines {
    /// The language's tag, like `es-US`.
    pub language: String,
    /// "Need help now?" in that language.
    pub title: String,
    /// One line per contact ("Call or text 988 (988 Suicide & Crisis
    /// Lifeline)"), or the sentence that fits every region.
    pub lines: Vec<String>,
}

impl CrisisLines {
    pub fn new(language: &str, words: &Catalogue, help: CrisisHelp<'_>) -> Self {
        let lines = match help {
            CrisisHelp::Contacts(contacts) => contacts
                .iter()
                .map(|c| {
                    words.tr_args(
                        "kiosk-crisis-contact",
                        &[("how", (&c.how).into()), ("name", (&c.name).into())],
                    )
                })
                .collect(),
            CrisisHelp::Neutral => vec![words.tr("chrome-help-neutral")],
        };
        Self {
            language: language.to_owned(),
            title: words.tr("kiosk-crisis-title"),
            lines,
        }
    }
}

/// Crisis help for the attract screen: in the language shown, then in each
/// of the pack's other languages whose help reads differently (the Spanish
/// edition's "Llame al 988 y oprima el 2"; the same contacts are not
/// repeated).
pub fn attract_lines(view: &View<'_>) -> Vec<CrisisLines> {
    let mut all = vec![CrisisLines::new(
        &view.pack.info.language,
        view.catalogue,
        view.crisis,
    )];
    for other in view.other_crisis {
        if !all.iter().any(|shown| shown.lines == other.lines) {
            all.push(other.clone());
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(how: &str) -> Contact {
        Contact {
            name: how.to_owned(),
            how: how.to_owned(),
            when: String::new(),
        }
    }

    #[test]
    fn crisis_contacts_are_never_borrowed() {
        let us = [contact("Call or text 988"), contact("Call 911")];
        let uk = [contact("Call 116 123")];
        let site = [contact("Call 999")];
        let none: [Contact; 0] = [];
        let help = |pack: &[Contact], built_in_pack, kiosk: &[Contact], unreadable| {
            crisis_help(CrisisSources {
                pack,
                built_in_pack,
                kiosk,
                kiosk_config_unreadable: unreadable,
            })
            .clone_contacts()
        };
        // A clinic's pack: its own contacts, whatever the kiosk config says.
        assert_eq!(help(&uk, false, &site, false), Some(uk.to_vec()));
        assert_eq!(help(&uk, false, &none, true), Some(uk.to_vec()));
        // Its pack.ron cannot be read: the kiosk config's, else no number.
        assert_eq!(help(&none, false, &site, false), Some(site.to_vec()));
        assert_eq!(help(&none, false, &none, false), None);
        assert_eq!(help(&none, false, &none, true), None);
        // The built-in pack: its US contacts at home and on a plain kiosk…
        assert_eq!(help(&us, true, &none, false), Some(us.to_vec()));
        // …the kiosk config's own instead when it names some…
        assert_eq!(help(&us, true, &site, false), Some(site.to_vec()));
        // …and no number when a kiosk config was given but cannot be read.
        assert_eq!(help(&us, true, &none, true), None);
        assert_eq!(help(&none, true, &none, false), None);
    }

    impl CrisisHelp<'_> {
        fn clone_contacts(self) -> Option<Vec<Contact>> {
            match self {
                CrisisHelp::Contacts(c) => Some(c.to_vec()),
                CrisisHelp::Neutral => None,
            }
        }
    }
}

//! A clinic's own section: its name, website and colours in `pack.ron`,
//! its services in `groups.ron`, and its start page. (A logo or start page
//! that cannot be read is reported by the loader, where it reads them.)
//!
//! A timetable is not general information: it names no sources, and the
//! balance and "tells the reader what to choose" rules do not apply to it.
//! What does apply: required text, real dates, links to real approaches,
//! and colours that keep the contrast the themes promise.

use super::{Checker, Placed};
use crate::content::clinic::{Shade, Shortfall, parse_colour};
use crate::content::items::ItemKind;
use crate::content::load::{PACK_FILE, parse_date};
use crate::content::model::Pack;

impl Checker<'_> {
    pub(super) fn check_clinic(&mut self, pack: &Pack) {
        let groups = crate::content::clinic::GROUPS_FILE;
        let Some(clinic) = &pack.info.clinic else {
            if !pack.groups.services.is_empty() && !self.context.partial {
                self.warning_at(
                    groups,
                    0,
                    "`groups.ron` lists services, but `pack.ron` has no `clinic` section, so they are not shown: \
                     add `clinic: Clinic(name: \"…\")` to pack.ron (see content/README.md)",
                );
            }
            return;
        };
        let path = PACK_FILE;
        let at = self.field_offset(path, 0, "clinic");
        self.non_empty(path, at, "name", &clinic.name);
        if let Some(start) = &clinic.start {
            if start.trim().is_empty() {
                let start_at = self.field_offset(path, at, "start");
                self.error_at(
                    path,
                    start_at,
                    "`start` is empty: name the Markdown file that says how to start here, like \"clinic/how-to-start.md\", or leave `start` out",
                );
            } else if clinic.start_title.trim().is_empty()
                && !clinic.start_doc.blocks.is_empty()
                && !self.context.unread.contains(start)
            {
                self.warning_at(
                    start,
                    0,
                    format!(
                        "`{start}` has no title: start it with a line like `# How to start here` (the title is what search shows)"
                    ),
                );
            }
        }
        if let Some(website) = &clinic.website {
            let website_at = self.field_offset(path, at, "website");
            if !(website.starts_with("https://") || website.starts_with("http://")) {
                self.error_at(
                    path,
                    website_at,
                    format!(
                        "`website` is `{website}`: write the full address, starting with https://"
                    ),
                );
            } else if website.chars().count() > 200 {
                self.warning_at(
                    path,
                    website_at,
                    "`website` is longer than 200 characters: its QR code would be hard for a phone to read, so give a shorter address",
                );
            }
        }
        if self.context.partial {
            // A translation keeps the clinic's logo and colours.
            return;
        }
        for (field, value, shade) in [
            ("accent", &clinic.accent, Shade::Light),
            ("accent_dark", &clinic.accent_dark, Shade::Dark),
        ] {
            let Some(value) = value else {
                continue;
            };
            let field_at = self.field_offset(path, at, field);
            let Some(rgb) = parse_colour(value) else {
                self.error_at(
                    path,
                    field_at,
                    format!(
                        "`{field}` is `{value}`, not a colour: write `#` and six hex digits, like \"#1F6F8B\""
                    ),
                );
                continue;
            };
            let Some(rule) = self.context.accent_rule else {
                continue;
            };
            let shortfalls = rule(rgb, shade);
            if !shortfalls.is_empty() {
                self.error_at(
                    path,
                    field_at,
                    contrast_message(field, value, shade, &shortfalls),
                );
            }
        }
    }

    /// A service's required text, dates and approach. Returns whether it
    /// is too broken to show.
    pub(super) fn service_text(&mut self, pack: &Pack, p: &Placed<'_>) -> bool {
        let (path, at, id) = (p.path, p.offset, p.item.id);
        let Some(service) = pack.groups.services.iter().find(|s| s.id == id) else {
            return false;
        };
        let mut empty = false;
        for (field, value) in [
            ("name", &service.name),
            ("who_for", &service.who_for),
            ("when", &service.when),
            ("language", &service.language),
            ("cost", &service.cost),
            ("join", &service.join),
            ("show_until", &service.show_until),
        ] {
            empty |= self.non_empty(path, at, field, value);
        }
        if let Some(approach) = &service.approach
            && !self.context.failed.approaches
            && !self
                .ids
                .contains(&(ItemKind::Approach, approach.to_owned()))
        {
            let approach_at = self.field_offset(path, at, "approach");
            self.error_at(
                path,
                approach_at,
                format!(
                    "service `{id}` names approach `{approach}`, which is not in approaches.ron: fix the id, or leave `approach` out"
                ),
            );
        }
        for (field, value) in [("minutes", service.minutes), ("weeks", service.weeks)] {
            if value == Some(0) {
                let field_at = self.field_offset(path, at, field);
                self.error_at(
                    path,
                    field_at,
                    format!("`{field}` is 0: give the number, or leave `{field}` out"),
                );
            }
        }
        if service.show_until.trim().is_empty() {
            return true;
        }
        let until_at = self.field_offset(path, at, "show_until");
        match parse_date(&service.show_until) {
            None => {
                self.error_at(
                    path,
                    until_at,
                    format!(
                        "`show_until` is `{}`, not a date: write it as YYYY-MM-DD, like \"2027-03-31\" (service `{id}` is not shown until then)",
                        service.show_until
                    ),
                );
                empty = true;
            }
            Some(until) if until < self.context.today => {
                self.warning_at(
                    path,
                    until_at,
                    format!(
                        "service `{id}` was shown until {}, which has passed, so the app no longer shows it: \
                         take it out, or give it a new `show_until`",
                        service.show_until
                    ),
                );
            }
            Some(_) => {}
        }
        empty
    }
}

/// "`accent` #9FD0E0 is too light for the light theme: white text on it is
/// 1.6:1, …; the light theme promises at least 4.5:1".
fn contrast_message(field: &str, value: &str, shade: Shade, shortfalls: &[Shortfall]) -> String {
    let theme = match shade {
        Shade::Light => "light",
        Shade::Dark => "dark",
    };
    let needed = shortfalls.iter().map(|s| s.needed).fold(0.0, f64::max);
    let pairs: Vec<String> = shortfalls
        .iter()
        .map(|s| format!("{} is {:.2}:1", s.pair, s.ratio))
        .collect();
    let hint = match shade {
        Shade::Light => "choose a darker colour",
        Shade::Dark => "choose a lighter colour",
    };
    format!(
        "`{field}` {} has too little contrast for the {theme} theme: {}; the {theme} theme promises at least {needed}:1, \
         so {hint} (the app keeps its own colour until then)",
        value.trim(),
        pairs.join(", "),
    )
}

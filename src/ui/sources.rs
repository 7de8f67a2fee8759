//! Sources: every reference, who wrote the pack, and its review dates; and
//! the sources footer under every card and page.

use egui::accesskit::Role;
use egui::{Align, RichText, Ui, Vec2};

use super::theme::{size, space};
use super::{View, body, heading, label_for_screen_readers, muted, panel};
use crate::content::ItemKind;
use crate::content::Pack;
use crate::i18n::Catalogue;
use crate::state::{Command, Overlay, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, &view.tr("sources-title"));
    body(ui, &view.tr("sources-intro"));
    ui.add_space(space::S);
    for source in &view.pack.sources.sources {
        let used_by = used_by(view.pack, view.catalogue, &source.id);
        let rect = ui
            .scope(|ui| {
                panel(ui, palette, |ui| {
                    heading(ui, palette, 3, &source.title);
                    body(ui, &source.citation());
                    if let Some(note) = &source.note {
                        muted(ui, palette, note);
                        super::fallback_note(ui, view, ItemKind::Source, &source.id);
                    }
                    if let Some(url) = &source.url {
                        let response = ui.add(
                            egui::Button::new(
                                RichText::new(
                                    view.tr_args("sources-website", &[("url", url.into())]),
                                )
                                .size(size::SMALL)
                                .color(palette.link),
                            )
                            .frame(false)
                            .wrap()
                            .min_size(egui::vec2(0.0, size::TARGET)),
                        );
                        label_for_screen_readers(
                            &response,
                            Role::Link,
                            &view.tr_args("sources-website-spoken", &[("url", url.into())]),
                        );
                        if response.clicked() {
                            view.push(Command::Show(Overlay::ExternalLink(url.clone())));
                        }
                    }
                    if !used_by.is_empty() {
                        ui.horizontal_wrapped(|ui| {
                            let used = RichText::new(view.tr("sources-used-by"))
                                .size(size::SMALL)
                                .color(palette.text_muted);
                            super::reading::text(ui, used, egui::accesskit::Role::Paragraph);
                            for (label, route) in &used_by {
                                let spoken = view
                                    .tr_args("sources-used-by-spoken", &[("name", label.into())]);
                                if super::button(ui, label, &spoken).clicked() {
                                    view.go(route.clone());
                                }
                            }
                        });
                    }
                });
            })
            .response
            .rect;
        if view.scroll_to == Some(source.id.as_str()) {
            ui.scroll_to_rect(rect, Some(Align::TOP));
        }
    }
    ui.add_space(space::L);
    heading(ui, palette, 2, &view.tr("about-title"));
    super::clinic::sources_note_ui(ui, view);
    let info = &view.pack.info;
    body(
        ui,
        &view.tr_args("about-written-by", &[("name", (&info.written_by).into())]),
    );
    body(
        ui,
        &view.tr_args("about-funded-by", &[("name", (&info.funded_by).into())]),
    );
    body(
        ui,
        &view.tr_args(
            "about-language-region",
            &[
                // "English", not "en-US".
                (
                    "language",
                    view.catalogue.language_name(&info.language).into(),
                ),
                ("region", (&info.region).into()),
            ],
        ),
    );
    // Who reviewed it (or that no one has yet), with the dates.
    if !info.reviewed_by.is_empty() {
        heading(ui, palette, 3, &view.tr("sources-reviewed-by-title"));
        body(ui, &info.reviewed_by);
    }
    review_dates(ui, view);
    super::easy_read::sources_credit_ui(ui, view);
}

/// Sources and review dates, under every card and page.
pub fn sources_footer(ui: &mut Ui, view: &mut View<'_>, source_ids: &[String]) {
    ui.add_space(space::XL);
    ui.separator();
    let palette = view.palette;
    heading(ui, palette, 3, &view.tr("sources-footer-title"));
    if source_ids.is_empty() {
        muted(ui, palette, &view.tr("sources-footer-none"));
    }
    for id in source_ids {
        source_link_ui(ui, view, id);
    }
    review_dates(ui, view);
}

/// Published, last reviewed and next review dates of the pack, written
/// out in the reader's language.
pub fn review_dates(ui: &mut Ui, view: &View<'_>) {
    let info = &view.pack.info;
    let date = |text: &str| view.catalogue.date(text);
    let text = view.tr_args(
        "about-review-dates",
        &[
            ("published", date(&info.published).into()),
            ("reviewed", date(&info.last_reviewed).into()),
            ("next", date(&info.next_review).into()),
        ],
    );
    muted(ui, view.palette, &text);
}

/// Everything in the pack that cites a source, as (label, where it opens).
/// What uses a source (its `sources` list or a `source:` link), from the
/// one item list: each with a short name and where it opens. Rows are
/// named once, as the comparison.
fn used_by(pack: &Pack, catalogue: &Catalogue, id: &str) -> Vec<(String, Route)> {
    let mut out: Vec<(String, Route)> = Vec::new();
    for item in pack.used_by(id) {
        let entry = match item.kind {
            ItemKind::Row | ItemKind::Table => (
                catalogue.tr("sources-used-by-comparison"),
                Route::Compare { row: None },
            ),
            ItemKind::Approach => (
                super::home::short_name(item.title).to_owned(),
                Route::Approach(item.id.to_owned()),
            ),
            _ => match super::screens::route_for(&item.target()) {
                Some(route) => (item.title.to_owned(), route),
                None => continue,
            },
        };
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out
}

/// A source's citation as a link to it on Sources (nothing for an id the
/// pack does not have: `check` reports it).
pub fn source_link_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(source) = view.pack.source(id) else {
        return;
    };
    let citation = source.citation();
    let response = ui.add(
        egui::Button::new(
            RichText::new(&citation)
                .size(size::SMALL)
                .color(view.palette.link),
        )
        .frame(false)
        .wrap()
        .min_size(Vec2::new(0.0, size::TARGET)),
    );
    let spoken = view.tr_args(
        "sources-footer-source-spoken",
        &[("citation", (&citation).into())],
    );
    label_for_screen_readers(&response, Role::Link, &spoken);
    if response.clicked() {
        view.go(Route::Sources {
            focus: Some(source.id.clone()),
        });
    }
}

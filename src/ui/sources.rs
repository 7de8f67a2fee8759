//! Sources: every reference, who wrote the pack, and its review dates.

use egui::accesskit::Role;
use egui::{Align, RichText, Ui};

use super::theme::size;
use super::{View, body, heading, label_for_screen_readers, muted, panel, review_dates};
use crate::content::Pack;
use crate::state::{Command, Overlay, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Sources");
    body(
        ui,
        "Where the information in this app comes from. Each card and page lists its own sources at the bottom.",
    );
    ui.add_space(6.0);
    for source in &view.pack.sources.sources {
        let used_by = used_by(view.pack, &source.id);
        let rect = ui
            .scope(|ui| {
                panel(ui, palette, |ui| {
                    heading(ui, palette, 3, &source.title);
                    body(ui, &source.citation());
                    if let Some(note) = &source.note {
                        muted(ui, palette, note);
                    }
                    if let Some(url) = &source.url {
                        let response = ui.add(
                            egui::Button::new(
                                RichText::new(format!("{url} (website)"))
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
                            &format!("Website link: {url}"),
                        );
                        if response.clicked() {
                            view.push(Command::Show(Overlay::ExternalLink(url.clone())));
                        }
                    }
                    if !used_by.is_empty() {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new("Used by:")
                                    .size(size::SMALL)
                                    .color(palette.text_muted),
                            );
                            for (label, route) in &used_by {
                                if super::button(ui, label, &format!("Open {label}")).clicked() {
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
    ui.add_space(12.0);
    heading(ui, palette, 2, "About this information");
    let info = &view.pack.info;
    body(ui, &format!("Written by: {}", info.written_by));
    body(ui, &format!("Funding: {}", info.funded_by));
    body(
        ui,
        &format!("Language and region: {}, {}", info.language, info.region),
    );
    review_dates(ui, view);
}

/// Everything in the pack that cites a source, as (label, where it opens).
fn used_by(pack: &Pack, id: &str) -> Vec<(String, Route)> {
    let cites = |sources: &[String]| sources.iter().any(|s| s == id);
    let mut out = Vec::new();
    if pack
        .comparison
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .any(|r| cites(&r.sources))
    {
        out.push(("Comparison".to_owned(), Route::Compare { row: None }));
    }
    out.extend(
        pack.benefits
            .cards
            .iter()
            .filter(|c| cites(&c.sources))
            .map(|c| (c.title.clone(), Route::Card(c.id.clone()))),
    );
    out.extend(
        pack.approaches
            .approaches
            .iter()
            .filter(|a| cites(&a.sources))
            .map(|a| {
                (
                    super::home::short_name(&a.title).to_owned(),
                    Route::Approach(a.id.clone()),
                )
            }),
    );
    out.extend(
        pack.pages
            .pages
            .iter()
            .filter(|p| cites(&p.sources))
            .map(|p| (p.title.clone(), Route::Page(p.id.clone()))),
    );
    out
}

//! Pages: longer guides written in Markdown.

use egui::{RichText, Ui};

use super::theme::{self, size, space};
use super::{View, body, button, card_button, grid, heading, markdown};
use crate::content::ItemKind;
use crate::state::Route;

pub fn list_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let catalogue = view.catalogue;
    heading(ui, palette, 1, &view.tr("pages-title"));
    body(ui, &view.tr("pages-intro"));
    ui.add_space(space::M);
    let pages = &view.pack.pages.pages;
    grid(ui, catalogue, "pages", pages.len(), 300.0, |ui, index| {
        let page = &pages[index];
        let spoken = view.tr_args("pages-open-spoken", &[("title", (&page.title).into())]);
        let response = card_button(ui, palette, ("page", &page.id), &spoken, 100.0, |ui| {
            ui.add(
                egui::Label::new(
                    RichText::new(&page.title)
                        .font(theme::heading_font(3))
                        .color(palette.heading),
                )
                .wrap(),
            );
            ui.add(egui::Label::new(RichText::new(&page.summary).size(size::SMALL)).wrap());
            super::fallback_note(ui, view, ItemKind::Page, &page.id);
        });
        if response.clicked() {
            view.go(Route::Page(page.id.clone()));
        }
    });
}

pub fn page_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(page) = view.pack.page(id) else {
        missing(ui, view, "pages-missing-page");
        return;
    };
    heading(ui, view.palette, 1, &page.title);
    super::fallback_note(ui, view, ItemKind::Page, &page.id);
    ui.add_space(space::XS);
    markdown::doc_ui(ui, view, &page.doc, true);
    let sources = page.sources.clone();
    super::sources_footer(ui, view, &sources);
}

/// Shown if a route names something the pack does not have. `message` is
/// the catalogue key saying what is missing (`pages-missing-card`…).
pub fn missing(ui: &mut Ui, view: &mut View<'_>, message: &str) {
    heading(ui, view.palette, 1, &view.tr("pages-missing-title"));
    body(ui, &view.tr(message));
    let start = view.tr("pages-missing-home");
    if button(ui, &start, &start).clicked() {
        view.go(Route::Home);
    }
}

//! Pages: longer guides written in Markdown.

use egui::{RichText, Ui};

use super::theme::size;
use super::{View, body, button, card_button, grid, heading, markdown};
use crate::state::Route;

pub fn list_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Guides and questions");
    body(ui, "Short guides to help you think things through.");
    ui.add_space(8.0);
    let pages = &view.pack.pages.pages;
    grid(ui, "pages", pages.len(), 300.0, |ui, index| {
        let page = &pages[index];
        let response = card_button(
            ui,
            palette,
            ("page", &page.id),
            &format!("Open page: {}", page.title),
            100.0,
            |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(&page.title)
                            .font(super::theme::heading_font(3))
                            .color(palette.heading),
                    )
                    .wrap(),
                );
                ui.add(egui::Label::new(RichText::new(&page.summary).size(size::SMALL)).wrap());
            },
        );
        if response.clicked() {
            view.go(Route::Page(page.id.clone()));
        }
    });
}

pub fn page_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(page) = view.pack.page(id) else {
        missing(ui, view, "page");
        return;
    };
    heading(ui, view.palette, 1, &page.title);
    ui.add_space(4.0);
    markdown::doc_ui(ui, view, &page.doc, true);
    let sources = page.sources.clone();
    super::sources_footer(ui, view, &sources);
}

/// Shown if a route names something the pack does not have.
pub fn missing(ui: &mut Ui, view: &mut View<'_>, kind: &str) {
    heading(ui, view.palette, 1, "Not found");
    body(
        ui,
        &format!("This {kind} is not in the content. It may have been removed."),
    );
    if button(ui, "Go to the start", "Go to the start").clicked() {
        view.go(Route::Home);
    }
}

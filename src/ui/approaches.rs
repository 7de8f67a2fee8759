//! Approaches: a list, then a page for each.

use egui::{RichText, Ui};

use super::theme::size;
use super::{View, body, card_button, grid, heading, markdown, muted};
use crate::content::Delivery;
use crate::state::Route;

pub fn list_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Approaches");
    body(ui, &view.pack.approaches.intro);
    ui.add_space(8.0);
    let approaches = &view.pack.approaches.approaches;
    grid(ui, "approaches", approaches.len(), 300.0, |ui, index| {
        let approach = &approaches[index];
        let response = card_button(
            ui,
            palette,
            ("approach", &approach.id),
            &format!("Open approach: {}", approach.title),
            120.0,
            |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(&approach.title)
                            .font(super::theme::heading_font(3))
                            .color(palette.heading),
                    )
                    .wrap(),
                );
                ui.add(egui::Label::new(RichText::new(&approach.summary).size(size::SMALL)).wrap());
                ui.label(
                    RichText::new(formats_text(&approach.formats))
                        .size(size::SMALL)
                        .color(palette.text_muted),
                );
            },
        );
        if response.clicked() {
            view.go(Route::Approach(approach.id.clone()));
        }
    });
}

pub fn formats_text(formats: &[Delivery]) -> String {
    let one = formats.contains(&Delivery::OneToOne);
    let group = formats.contains(&Delivery::Group);
    match (one, group) {
        (true, true) => "Offered one-to-one and in groups".to_owned(),
        (true, false) => "Usually offered one-to-one".to_owned(),
        (false, true) => "Usually offered in groups".to_owned(),
        (false, false) => String::new(),
    }
}

pub fn page_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(approach) = view.pack.approach(id) else {
        super::pages::missing(ui, view, "approach");
        return;
    };
    let palette = view.palette;
    heading(ui, palette, 1, &approach.title);
    muted(ui, palette, &formats_text(&approach.formats));
    ui.add_space(6.0);
    markdown::doc_ui(ui, view, &approach.doc, true);
    let sources = approach.sources.clone();
    super::sources_footer(ui, view, &sources);
}

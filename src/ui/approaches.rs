//! Approaches: a list, then a page for each.

use egui::{RichText, Ui};

use super::theme::{self, size, space};
use super::{View, body, card_button, grid, heading, markdown, muted};
use crate::content::{Delivery, ItemKind};
use crate::i18n::Catalogue;
use crate::state::Route;

pub fn list_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let catalogue = view.catalogue;
    heading(ui, palette, 1, &view.tr("approaches-title"));
    body(ui, &view.pack.approaches.intro);
    ui.add_space(space::M);
    let approaches = &view.pack.approaches.approaches;
    grid(
        ui,
        catalogue,
        "approaches",
        approaches.len(),
        300.0,
        |ui, index| {
            let approach = &approaches[index];
            let spoken = view.tr_args(
                "approaches-open-spoken",
                &[("title", (&approach.title).into())],
            );
            let response = card_button(
                ui,
                palette,
                ("approach", &approach.id),
                &spoken,
                120.0,
                |ui| {
                    ui.add(
                        egui::Label::new(
                            RichText::new(&approach.title)
                                .font(theme::heading_font(3))
                                .color(palette.heading),
                        )
                        .wrap(),
                    );
                    ui.add(
                        egui::Label::new(RichText::new(&approach.summary).size(size::SMALL)).wrap(),
                    );
                    ui.label(
                        RichText::new(formats_text(catalogue, &approach.formats))
                            .size(size::SMALL)
                            .color(palette.text_muted),
                    );
                    super::fallback_note(ui, view, ItemKind::Approach, &approach.id);
                },
            );
            if response.clicked() {
                view.go(Route::Approach(approach.id.clone()));
            }
        },
    );
}

/// How an approach is usually offered, in words.
pub fn formats_text(catalogue: &Catalogue, formats: &[Delivery]) -> String {
    let one = formats.contains(&Delivery::OneToOne);
    let group = formats.contains(&Delivery::Group);
    match (one, group) {
        (true, true) => catalogue.tr("approaches-offered-both"),
        (true, false) => catalogue.tr("approaches-offered-one-to-one"),
        (false, true) => catalogue.tr("approaches-offered-group"),
        (false, false) => String::new(),
    }
}

pub fn page_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(approach) = view.pack.approach(id) else {
        super::pages::missing(ui, view, "pages-missing-approach");
        return;
    };
    let palette = view.palette;
    heading(ui, palette, 1, &approach.title);
    super::fallback_note(ui, view, ItemKind::Approach, &approach.id);
    muted(
        ui,
        palette,
        &formats_text(view.catalogue, &approach.formats),
    );
    ui.add_space(space::S);
    markdown::doc_ui(ui, view, &approach.doc, true);
    let sources = approach.sources.clone();
    super::sources_footer(ui, view, &sources);
}

//! Benefits: a card grid for each format, a filter, and each card's detail.

use egui::{RichText, Ui};

use super::theme::size;
use super::{View, body, card_button, format_badge, grid, heading, markdown, toggle};
use crate::content::{Card, Format};
use crate::state::{BenefitFilter, Command, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>, filter: BenefitFilter) {
    let palette = view.palette;
    heading(ui, palette, 1, "Strengths and trade-offs");
    body(ui, &view.pack.benefits.intro);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Show:").size(size::BODY));
        let options = [
            (
                BenefitFilter::Both,
                "Both".to_owned(),
                "Show cards for both formats".to_owned(),
            ),
            (
                BenefitFilter::Only(Format::Individual),
                view.format_name(Format::Individual).to_owned(),
                format!("Show only {}", view.format_name(Format::Individual)),
            ),
            (
                BenefitFilter::Only(Format::Group),
                view.format_name(Format::Group).to_owned(),
                format!("Show only {}", view.format_name(Format::Group)),
            ),
        ];
        for (value, text, accessible) in options {
            if toggle(ui, palette, filter == value, &text, &accessible).clicked() {
                view.push(Command::Filter(value));
            }
        }
    });
    for format in Format::ALL {
        if filter != BenefitFilter::Both && filter != BenefitFilter::Only(format) {
            continue;
        }
        ui.add_space(14.0);
        heading(ui, palette, 2, view.format_name(format));
        let cards: Vec<&Card> = view.pack.cards_for(format).collect();
        grid(
            ui,
            &format!("cards-{format:?}"),
            cards.len(),
            280.0,
            |ui, index| {
                let card = cards[index];
                let response = card_button(
                    ui,
                    palette,
                    ("card", &card.id),
                    &format!("Open card: {}", card.title),
                    120.0,
                    |ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(40.0, 6.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 3.0, palette.format(format));
                        ui.add(
                            egui::Label::new(
                                RichText::new(&card.title)
                                    .font(super::theme::heading_font(3))
                                    .color(palette.heading),
                            )
                            .wrap(),
                        );
                        ui.add(
                            egui::Label::new(RichText::new(&card.summary).size(size::SMALL)).wrap(),
                        );
                    },
                );
                if response.clicked() {
                    view.go(Route::Card(card.id.clone()));
                }
            },
        );
    }
}

pub fn card_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(card) = view.pack.card(id) else {
        super::pages::missing(ui, view, "card");
        return;
    };
    let palette = view.palette;
    format_badge(ui, view, card.option);
    super::heading_marked(ui, view, 1, &card.title);
    super::marked_label(
        ui,
        view,
        &card.summary,
        egui::FontId::proportional(size::H3),
        palette.text_muted,
    );
    ui.add_space(8.0);
    markdown::doc_ui(ui, view, &card.doc, true);
    ui.add_space(8.0);
    let other = match card.option {
        Format::Individual => Format::Group,
        Format::Group => Format::Individual,
    };
    let other_name = view.format_name(other).to_owned();
    ui.horizontal_wrapped(|ui| {
        if super::button(
            ui,
            &format!("See strengths of {other_name}"),
            &format!("See strengths of {other_name}"),
        )
        .clicked()
        {
            view.push(Command::Filter(BenefitFilter::Only(other)));
            view.go(Route::Benefits);
        }
        if super::button(ui, "Compare side by side", "Compare side by side").clicked() {
            view.go(Route::Compare { row: None });
        }
    });
    let sources = card.sources.clone();
    super::sources_footer(ui, view, &sources);
}

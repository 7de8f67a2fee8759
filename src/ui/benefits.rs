//! Benefits: a card grid for each format, a filter, and each card's detail;
//! under the cards, the paired stories. With Easy Read on, each format's
//! Easy Read text comes before its cards (a door on Home opens this screen
//! showing one format).

use egui::{RichText, Ui};

use super::theme::{self, size, space};
use super::{
    View, body, card_button, easy_read, format_badge, grid, heading, markdown, stories, toggle,
};
use crate::content::{Card, Format, ItemKind};
use crate::state::{BenefitFilter, Command, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>, filter: BenefitFilter) {
    let palette = view.palette;
    let catalogue = view.catalogue;
    heading(ui, palette, 1, &view.tr("benefits-title"));
    if !easy_read::is_on(view) {
        body(ui, &view.pack.benefits.intro);
    }
    ui.add_space(space::S);
    ui.horizontal_wrapped(|ui| {
        let show = RichText::new(view.tr("benefits-filter")).size(size::BODY);
        super::reading::text(ui, show, egui::accesskit::Role::Paragraph);
        let only = |format: Format| {
            let name = view.format_name(format);
            (
                BenefitFilter::Only(format),
                name.to_owned(),
                view.tr_args("benefits-filter-only-spoken", &[("format", name.into())]),
            )
        };
        let options = [
            (
                BenefitFilter::Both,
                view.tr("benefits-filter-both"),
                view.tr("benefits-filter-both-spoken"),
            ),
            only(Format::Individual),
            only(Format::Group),
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
        ui.add_space(space::L_PLUS);
        match easy_read::screen(view, easy_read::format_screen(format)) {
            // The format's Easy Read text, then its cards (which are not).
            Some(easy) => {
                easy_read::screen_ui(ui, view, easy, 2);
                easy_read::rest_note_ui(ui, view);
                ui.add_space(space::M);
            }
            None => {
                heading(ui, palette, 2, view.format_name(format));
            }
        }
        let cards: Vec<&Card> = view.pack.cards_for(format).collect();
        grid(
            ui,
            catalogue,
            &format!("cards-{format:?}"),
            cards.len(),
            280.0,
            |ui, index| {
                let card = cards[index];
                let spoken = view.tr_args(
                    "benefits-open-card-spoken",
                    &[("title", (&card.title).into())],
                );
                let response = card_button(ui, palette, ("card", &card.id), &spoken, 120.0, |ui| {
                    let bar = egui::vec2(40.0, 6.0);
                    let (rect, _) = ui.allocate_exact_size(bar, egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, theme::pill(bar.y), palette.format(format));
                    ui.add(
                        egui::Label::new(
                            RichText::new(&card.title)
                                .font(theme::heading_font(3))
                                .color(palette.heading),
                        )
                        .wrap(),
                    );
                    ui.add(egui::Label::new(RichText::new(&card.summary).size(size::SMALL)).wrap());
                    super::fallback_note(ui, view, ItemKind::Card, &card.id);
                });
                if response.clicked() {
                    view.go(Route::Card(card.id.clone()));
                }
            },
        );
    }
    // Both stories of each situation, whichever format is shown above.
    stories::stories_ui(ui, view);
    easy_read::credit_ui(ui, view);
}

pub fn card_ui(ui: &mut Ui, view: &mut View<'_>, id: &str) {
    let Some(card) = view.pack.card(id) else {
        super::pages::missing(ui, view, "pages-missing-card");
        return;
    };
    let palette = view.palette;
    format_badge(ui, view, card.option);
    super::heading_marked(ui, view, 1, &card.title);
    super::fallback_note(ui, view, ItemKind::Card, &card.id);
    super::marked_label(
        ui,
        view,
        &card.summary,
        egui::FontId::proportional(size::H3),
        palette.text_muted,
    );
    ui.add_space(space::M);
    markdown::doc_ui(ui, view, &card.doc, true);
    ui.add_space(space::M);
    let other = match card.option {
        Format::Individual => Format::Group,
        Format::Group => Format::Individual,
    };
    let other_name = view.format_name(other).to_owned();
    ui.horizontal_wrapped(|ui| {
        let see_other = view.tr_args("benefits-see-other", &[("format", (&other_name).into())]);
        if super::button(ui, &see_other, &see_other).clicked() {
            view.push(Command::Filter(BenefitFilter::Only(other)));
            view.go(Route::Benefits);
        }
        let compare = view.tr("benefits-compare");
        if super::button(ui, &compare, &compare).clicked() {
            view.go(Route::Compare { row: None });
        }
    });
    let sources = card.sources.clone();
    super::sources_footer(ui, view, &sources);
}

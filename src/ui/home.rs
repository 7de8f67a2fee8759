//! Home: what this is, two doors, and the sections.

use egui::{RichText, Ui};

use super::theme::{self, size, space};
use super::{View, body, card_button, easy_read, grid, heading, muted, screens};
use crate::content::{EasyScreenKind, Format};
use crate::state::{BenefitFilter, Command, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let catalogue = view.catalogue;
    super::language::home_switch_ui(ui, view);
    let info = &view.pack.info;
    ui.add_space(space::M);
    super::clinic::brand_ui(ui, view);
    heading(ui, palette, 1, &info.title);
    match easy_read::screen(view, EasyScreenKind::Home) {
        Some(easy) => easy_read::screen_ui(ui, view, easy, 2),
        None => {
            body(ui, &info.tagline);
        }
    }
    ui.add_space(space::L);

    let door_more = view.tr("home-door-more");
    grid(ui, catalogue, "doors", 2, 300.0, |ui, index| {
        let format = Format::ALL[index];
        let door = view.pack.info.format(format);
        let (name, summary) = (door.name.clone(), door.summary.clone());
        let easy = easy_read::first_line(view, easy_read::format_screen(format));
        let color = palette.format(format);
        let spoken = view.tr_args("home-open-spoken", &[("title", (&name).into())]);
        let response = card_button(ui, palette, ("door", index), &spoken, 150.0, |ui| {
            let bar = egui::vec2(56.0, 8.0);
            let (rect, _) = ui.allocate_exact_size(bar, egui::Sense::hover());
            ui.painter().rect_filled(rect, theme::pill(bar.y), color);
            ui.label(
                RichText::new(&name)
                    .font(theme::heading_font(2))
                    .color(palette.heading),
            );
            match easy {
                Some(line) => easy_read::line_ui(ui, line),
                None => {
                    ui.add(egui::Label::new(RichText::new(&summary).size(size::BODY)).wrap());
                }
            }
            ui.label(
                RichText::new(&door_more)
                    .size(size::SMALL)
                    .color(palette.link),
            );
        });
        if response.clicked() {
            view.push(Command::Filter(BenefitFilter::Only(format)));
            view.go(Route::Benefits);
        }
    });

    if let Some(decision) = &view.pack.decision {
        ui.add_space(space::XS);
        let title = decision.title.clone();
        let summary = view.tr_args(
            "home-decide-summary",
            &[("summary", (&decision.summary).into())],
        );
        let spoken = view.tr_args("home-open-spoken", &[("title", (&title).into())]);
        let easy = easy_read::first_line(view, EasyScreenKind::Decide);
        let response = card_button(ui, palette, "decide", &spoken, 0.0, |ui| {
            ui.label(
                RichText::new(&title)
                    .font(theme::heading_font(2))
                    .color(palette.heading),
            );
            match easy {
                Some(line) => easy_read::line_ui(ui, line),
                None => {
                    ui.add(
                        egui::Label::new(
                            RichText::new(&summary).size(size::BODY).color(palette.link),
                        )
                        .wrap(),
                    );
                }
            }
        });
        if response.clicked() {
            view.go(Route::Decide);
        }
    }
    if easy_read::is_on(view) {
        easy_read::rest_note_ui(ui, view);
    }
    ui.add_space(space::XL);
    heading(ui, palette, 2, &view.tr("home-explore"));
    let sections: Vec<(String, String, &Route)> = screens::sections(view.pack)
        .map(|(section, route)| (view.tr(section.title), (section.summary)(view), route))
        .collect();
    grid(
        ui,
        catalogue,
        "sections",
        sections.len(),
        260.0,
        |ui, index| {
            let (title, summary, route) = &sections[index];
            let spoken = view.tr_args("home-open-spoken", &[("title", title.into())]);
            let response = card_button(ui, palette, ("section", index), &spoken, 110.0, |ui| {
                ui.label(
                    RichText::new(title)
                        .font(theme::heading_font(3))
                        .color(palette.heading),
                );
                ui.add(egui::Label::new(RichText::new(summary).size(size::SMALL)).wrap());
            });
            if response.clicked() {
                if **route == Route::Benefits {
                    // A door may have narrowed the cards to one format: this
                    // section shows them all.
                    view.push(Command::Filter(BenefitFilter::Both));
                }
                view.go((*route).clone());
            }
        },
    );
    ui.add_space(space::L);
    muted(ui, palette, &view.pack.info.disclaimer_detail);
    easy_read::credit_ui(ui, view);
}

/// The Approaches section's summary, naming the first few approaches.
pub fn approaches_summary(view: &View<'_>) -> String {
    let examples: Vec<&str> = view
        .pack
        .approaches
        .approaches
        .iter()
        .take(3)
        .map(|a| short_name(&a.title))
        .collect();
    view.tr_args(
        "home-section-approaches-summary",
        &[("examples", examples.join(", ").into())],
    )
}

/// "Cognitive behavioral therapy (CBT)" → "CBT".
pub fn short_name(title: &str) -> &str {
    match (title.rfind('('), title.rfind(')')) {
        (Some(open), Some(close)) if close > open + 1 => &title[open + 1..close],
        _ => title,
    }
}

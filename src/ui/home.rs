//! Home: what this is, two doors, and the sections.

use egui::{RichText, Ui};

use super::theme::size;
use super::{View, body, card_button, grid, heading, muted};
use crate::content::Format;
use crate::state::{BenefitFilter, Command, Route};

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let info = &view.pack.info;
    ui.add_space(8.0);
    heading(ui, palette, 1, &info.title);
    body(ui, &info.tagline);
    ui.add_space(12.0);

    grid(ui, "doors", 2, 300.0, |ui, index| {
        let format = Format::ALL[index];
        let door = view.pack.info.format(format);
        let (name, summary) = (door.name.clone(), door.summary.clone());
        let color = palette.format(format);
        let response = card_button(
            ui,
            palette,
            ("door", index),
            &format!("Open: {name}"),
            150.0,
            |ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(56.0, 8.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 4.0, color);
                ui.label(
                    RichText::new(&name)
                        .font(super::theme::heading_font(2))
                        .color(palette.heading),
                );
                ui.add(egui::Label::new(RichText::new(&summary).size(size::BODY)).wrap());
                ui.label(
                    RichText::new("See its strengths and trade-offs ›")
                        .size(size::SMALL)
                        .color(palette.link),
                );
            },
        );
        if response.clicked() {
            view.push(Command::Filter(BenefitFilter::Only(format)));
            view.go(Route::Benefits);
        }
    });

    if let Some(decision) = &view.pack.decision {
        ui.add_space(4.0);
        let (title, summary) = (decision.title.clone(), decision.summary.clone());
        let response = card_button(
            ui,
            palette,
            "decide",
            &format!("Open: {title}"),
            0.0,
            |ui| {
                ui.label(
                    RichText::new(&title)
                        .font(super::theme::heading_font(2))
                        .color(palette.heading),
                );
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{summary} ›"))
                            .size(size::BODY)
                            .color(palette.link),
                    )
                    .wrap(),
                );
            },
        );
        if response.clicked() {
            view.go(Route::Decide);
        }
    }
    ui.add_space(16.0);
    heading(ui, palette, 2, "Explore");
    let sections = sections(view);
    grid(ui, "sections", sections.len(), 260.0, |ui, index| {
        let (title, summary, route) = &sections[index];
        let response = card_button(
            ui,
            palette,
            ("section", index),
            &format!("Open: {title}"),
            110.0,
            |ui| {
                ui.label(
                    RichText::new(*title)
                        .font(super::theme::heading_font(3))
                        .color(palette.heading),
                );
                ui.add(egui::Label::new(RichText::new(summary).size(size::SMALL)).wrap());
            },
        );
        if response.clicked() {
            if *route == Route::Benefits {
                // A door may have narrowed the cards to one format: this
                // section shows them all.
                view.push(Command::Filter(BenefitFilter::Both));
            }
            view.go(route.clone());
        }
    });
    ui.add_space(12.0);
    muted(ui, palette, &view.pack.info.disclaimer_detail);
}

fn sections(view: &View<'_>) -> Vec<(&'static str, String, Route)> {
    let approaches: Vec<&str> = view
        .pack
        .approaches
        .approaches
        .iter()
        .take(3)
        .map(|a| short_name(&a.title))
        .collect();
    vec![
        (
            "Compare side by side",
            "The same questions, answered for each format.".to_owned(),
            Route::Compare { row: None },
        ),
        (
            "Strengths of each",
            "What each format can offer, and what to keep in mind.".to_owned(),
            Route::Benefits,
        ),
        (
            "Approaches",
            format!("Ways of working, like {} and more.", approaches.join(", ")),
            Route::Approaches,
        ),
        (
            "Guides and questions",
            "Longer guides, one topic at a time.".to_owned(),
            Route::Pages,
        ),
        (
            "Sources",
            "Where this information comes from, and when it was checked.".to_owned(),
            Route::Sources { focus: None },
        ),
    ]
}

/// "Cognitive behavioral therapy (CBT)" → "CBT".
pub fn short_name(title: &str) -> &str {
    match (title.rfind('('), title.rfind(')')) {
        (Some(open), Some(close)) if close > open + 1 => &title[open + 1..close],
        _ => title,
    }
}

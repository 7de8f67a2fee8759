//! Search at home (type, results update as you go) and topics on a kiosk
//! (no typing: a button per topic).

use std::ops::Range;

use egui::accesskit::Role;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CornerRadius, FontId, Frame, Key, Margin, RichText, Ui};

use super::theme::{self, size};
use super::{View, body, card_button, heading, label_for_screen_readers, muted, toggle};
use crate::content::search::SearchResult;
use crate::state::Command;

/// How many results are shown.
pub const MAX_RESULTS: usize = 20;

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let results = view.index.search(view.search, MAX_RESULTS);
    if view.kiosk {
        heading(ui, palette, 1, "Topics");
        body(ui, "Choose a topic to see where this app talks about it.");
        ui.horizontal_wrapped(|ui| {
            for topic in &view.pack.info.topics {
                let selected = view.search == topic.as_str();
                if toggle(ui, palette, selected, topic, &format!("Topic: {topic}")).clicked() {
                    view.push(Command::SetSearch(topic.clone()));
                }
            }
        });
    } else {
        heading(ui, palette, 1, "Search");
        let mut text = view.search.to_owned();
        let edit = ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("Type a word, like privacy, cost or trauma")
                .font(FontId::proportional(size::H3))
                .margin(Margin::symmetric(14, 10))
                .desired_width(f32::INFINITY),
        );
        label_for_screen_readers(&edit, Role::SearchInput, "Search");
        if view.focus_search {
            edit.request_focus();
        }
        if edit.changed() {
            view.push(Command::SetSearch(text.clone()));
        }
        // Enter opens the best result.
        if edit.lost_focus()
            && ui.input(|i| i.key_pressed(Key::Enter))
            && let Some(first) = results.first()
        {
            open(view, first, &text);
        }
    }
    ui.add_space(8.0);
    let query = view.search.trim().to_owned();
    if query.is_empty() {
        if !view.kiosk {
            muted(
                ui,
                palette,
                "Search looks through the cards, the comparison, the approaches and the guides. \
                 Small typos and British spellings are fine.",
            );
        }
        return;
    }
    let count = results.len();
    let summary = match count {
        0 => format!(
            "Nothing found for \u{201c}{query}\u{201d}. Try another word, or a shorter one."
        ),
        1 => format!("1 result for \u{201c}{query}\u{201d}"),
        n if n >= MAX_RESULTS => format!("The best {n} results for \u{201c}{query}\u{201d}"),
        n => format!("{n} results for \u{201c}{query}\u{201d}"),
    };
    let response = ui.label(
        RichText::new(&summary)
            .size(size::BODY)
            .color(palette.text_muted),
    );
    // Announced politely as results change.
    label_for_screen_readers(&response, Role::Status, &summary);
    for (index, result) in results.iter().enumerate() {
        let accessible = format!(
            "Open {}: {}",
            kind_label(result.kind).to_lowercase(),
            result.title
        );
        let response = card_button(
            ui,
            palette,
            ("result", index, &result.title),
            &accessible,
            0.0,
            |ui| {
                Frame::new()
                    .fill(palette.surface_alt)
                    .corner_radius(CornerRadius::same(10))
                    .inner_margin(Margin::symmetric(8, 2))
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(kind_label(result.kind))
                                .size(size::SMALL)
                                .color(palette.text),
                        );
                    });
                let title = highlighted(
                    &result.title,
                    &result.title_highlights,
                    theme::bold_font(size::H3),
                    palette.heading,
                    palette.highlight,
                    ui.available_width(),
                );
                ui.add(egui::Label::new(title).wrap());
                let snippet = highlighted(
                    &result.snippet,
                    &result.snippet_highlights,
                    FontId::proportional(size::BODY - 1.0),
                    palette.text,
                    palette.highlight,
                    ui.available_width(),
                );
                ui.add(egui::Label::new(snippet).wrap());
            },
        );
        if response.clicked() {
            open(view, result, &query);
        }
        ui.add_space(2.0);
    }
}

fn open(view: &mut View<'_>, result: &SearchResult, query: &str) {
    view.push(Command::OpenResult {
        target: result.target.clone(),
        highlight: view.index.matching_words(query),
    });
}

/// The badge word for a kind of result (moves to the interface catalogue).
fn kind_label(kind: crate::content::search::ResultKind) -> &'static str {
    use crate::content::search::ResultKind;
    match kind {
        ResultKind::Card => "Card",
        ResultKind::Comparison => "Comparison",
        ResultKind::Approach => "Approach",
        ResultKind::Page => "Guide",
    }
}

/// Text with a background behind the byte ranges given.
pub fn highlighted(
    text: &str,
    ranges: &[Range<usize>],
    font: FontId,
    color: Color32,
    highlight: Color32,
    wrap_width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let plain = TextFormat {
        font_id: font.clone(),
        color,
        ..TextFormat::default()
    };
    let marked = TextFormat {
        font_id: font,
        color,
        background: highlight,
        ..TextFormat::default()
    };
    let mut at = 0;
    let mut sorted: Vec<&Range<usize>> = ranges.iter().collect();
    sorted.sort_by_key(|r| r.start);
    for range in sorted {
        let (start, end) = (range.start.max(at), range.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        job.append(&text[at..start], 0.0, plain.clone());
        job.append(&text[start..end], 0.0, marked.clone());
        at = end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

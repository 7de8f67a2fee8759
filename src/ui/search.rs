//! Search at home (type, results update as you go) and topics on a kiosk
//! (no typing: a button per topic).

use std::ops::Range;

use egui::accesskit::Role;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CornerRadius, FontId, Frame, Key, Margin, RichText, Ui};

use super::theme::{self, radius, size, space};
use super::{View, body, card_button, heading, label_for_screen_readers, muted, toggle};
use crate::content::ItemKind;
use crate::content::search::SearchResult;
use crate::state::Command;

/// How many results are shown.
pub const MAX_RESULTS: usize = 20;

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let results = view.index.search(view.search, MAX_RESULTS);
    if view.kiosk {
        heading(ui, palette, 1, &view.tr("search-topics-title"));
        body(ui, &view.tr("search-topics-intro"));
        ui.horizontal_wrapped(|ui| {
            for topic in &view.pack.info.topics {
                let selected = view.search == topic.as_str();
                let spoken = view.tr_args("search-topic-spoken", &[("topic", topic.into())]);
                if toggle(ui, palette, selected, topic, &spoken).clicked() {
                    view.push(Command::SetSearch(topic.clone()));
                }
            }
        });
    } else {
        heading(ui, palette, 1, &view.tr("search-title"));
        let mut text = view.search.to_owned();
        let edit = ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(view.tr("search-hint"))
                .font(FontId::proportional(size::H3))
                .margin(Margin::symmetric(14, 10))
                .desired_width(f32::INFINITY),
        );
        label_for_screen_readers(&edit, Role::SearchInput, &view.tr("search-box-spoken"));
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
    ui.add_space(space::M);
    let query = view.search.trim().to_owned();
    if query.is_empty() {
        if !view.kiosk {
            muted(ui, palette, &view.tr("search-help"));
        }
        return;
    }
    let count = results.len();
    let args = [("count", count.into()), ("query", query.as_str().into())];
    let summary = match count {
        0 => view.tr_args("search-none", &args),
        n if n >= MAX_RESULTS => view.tr_args("search-results-best", &args),
        _ => view.tr_args("search-results", &args),
    };
    let response = ui.label(
        RichText::new(&summary)
            .size(size::BODY)
            .color(palette.text_muted),
    );
    // Announced politely as results change.
    label_for_screen_readers(&response, Role::Status, &summary);
    for (index, result) in results.iter().enumerate() {
        let (kind, open_key) = kind_keys(result.kind);
        let kind = view.tr(kind);
        let accessible = view.tr_args(open_key, &[("title", (&result.title).into())]);
        let response = card_button(
            ui,
            palette,
            ("result", index, &result.title),
            &accessible,
            0.0,
            |ui| {
                Frame::new()
                    .fill(palette.surface_alt)
                    .corner_radius(CornerRadius::same(radius::MEDIUM))
                    .inner_margin(Margin::symmetric(8, 2))
                    .show(ui, |ui| {
                        ui.label(RichText::new(&kind).size(size::SMALL).color(palette.text));
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
        ui.add_space(space::HAIR);
    }
}

/// Catalogue keys of a kind of result: its label, and its spoken "open" name.
fn kind_keys(kind: ItemKind) -> (&'static str, &'static str) {
    match kind {
        ItemKind::Card => ("search-kind-card", "search-open-card-spoken"),
        ItemKind::Row | ItemKind::Table => {
            ("search-kind-comparison", "search-open-comparison-spoken")
        }
        ItemKind::Approach => ("search-kind-approach", "search-open-approach-spoken"),
        ItemKind::Service | ItemKind::StartPage => {
            ("search-kind-clinic", "search-open-clinic-spoken")
        }
        // Not searched today; named as a guide if they ever are.
        ItemKind::Page | ItemKind::Source | ItemKind::Story => {
            ("search-kind-page", "search-open-page-spoken")
        }
    }
}

fn open(view: &mut View<'_>, result: &SearchResult, query: &str) {
    view.push(Command::OpenResult {
        target: result.target.clone(),
        highlight: view.index.matching_words(query),
    });
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

//! Paired stories: for each situation, a made-up person in one-to-one
//! therapy and another in a group, side by side with equal room (stacked
//! when the window is narrow), each labelled as made up.
//!
//! They are shown on the format pages (Benefits) and on Compare, never on
//! the "Which fits me?" result: stories sway choices.

use egui::accesskit::Role;
use egui::{FontId, RichText, Ui, UiBuilder};

use super::theme::{self, size, space};
use super::{View, format_badge, heading, marked_label, muted};
use crate::content::{Format, Situation};

/// Every situation's pair of stories, under one heading. Nothing when the
/// pack has no stories.
pub fn stories_ui(ui: &mut Ui, view: &mut View<'_>) {
    let pack = view.pack;
    if pack.stories.situations.is_empty() {
        return;
    }
    let palette = view.palette;
    if view.scroll_to.is_some() {
        // A search result opened a row above: the page scrolls to it, not
        // to a word the search also found in a story.
        view.scroll_to_highlight = false;
    }
    ui.add_space(space::XL);
    heading(ui, palette, 2, &view.tr("stories-title"));
    muted(ui, palette, &view.tr("stories-intro"));
    for situation in &pack.stories.situations {
        ui.add_space(space::L);
        heading(ui, palette, 3, &situation.title);
        pair_ui(ui, view, situation);
    }
}

/// One situation's two stories: side by side at the same height, or one
/// above the other when narrow. One-to-one comes first, as everywhere.
fn pair_ui(ui: &mut Ui, view: &mut View<'_>, situation: &Situation) {
    let id = ui.scope_id().with(("story height", &situation.id));
    super::layout::format_pair(ui, id, |ui, format, min_height| {
        story_ui(ui, view, situation, format, min_height)
    });
}

/// One story in its card, stretched to `min_height`. Screen readers meet
/// it as a group named with the label, the person and the format, so the
/// label is heard with each story. Returns the height its text needs.
fn story_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    situation: &Situation,
    format: Format,
    min_height: f32,
) -> f32 {
    let (palette, pack) = (view.palette, view.pack);
    let story = situation.story(format);
    let label = &pack.stories.label;
    let spoken = view.tr_args(
        "stories-story-spoken",
        &[
            ("label", label.into()),
            ("name", (&story.name).into()),
            ("format", view.format_name(format).into()),
        ],
    );
    let builder = UiBuilder::new()
        .accessibility_role(Role::Group)
        .accessibility_label(spoken);
    ui.scope_builder(builder, |ui| {
        let needed = super::card_frame(palette, 16)
            .show(ui, |ui| {
                // The frame's margins and border come off the card's width.
                ui.set_min_width(ui.available_width());
                let top = ui.cursor().top();
                ui.spacing_mut().item_spacing.y = space::S;
                format_badge(ui, view, format);
                let label = RichText::new(label)
                    .size(size::SMALL)
                    .italics()
                    .color(palette.text_muted);
                super::reading::text(ui, label, Role::Paragraph);
                heading(ui, palette, 4, &story.name);
                let text = FontId::proportional(size::BODY);
                marked_label(ui, view, &story.text, text.clone(), palette.text);
                part_heading(ui, view, "stories-helped");
                marked_label(ui, view, &story.helped, text.clone(), palette.text);
                part_heading(ui, view, "stories-hard");
                marked_label(ui, view, &story.hard, text, palette.text);
                // The height the text itself needs, before stretching to the
                // taller card (the cursor is one item gap below the text).
                let needed = ui.cursor().top() - top;
                let extra = min_height - needed - ui.spacing().item_spacing.y;
                if extra > 0.0 {
                    ui.add_space(extra);
                }
                needed
            })
            .inner;
        // Where the story is, for screen readers that show or touch it.
        let rect = ui.min_rect();
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
        });
        needed
    })
    .inner
}

/// "What helped" or "What was hard", above that part of a story.
fn part_heading(ui: &mut Ui, view: &View<'_>, key: &str) {
    let text = RichText::new(view.tr(key))
        .font(theme::bold_font(size::SMALL))
        .color(view.palette.text_muted);
    super::reading::text(ui, text, Role::Paragraph);
}

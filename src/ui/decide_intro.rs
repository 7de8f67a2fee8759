//! The opening of "Which fits me?". Before any question it says what the
//! aid is about, as the International Patient Decision Aid Standards ask:
//! the situation, the decision, every option (not now and other support
//! among them) with what it is like to live through, and how sure the
//! research is, each note with its sources. With Easy Read on, the Easy
//! Read introduction and the Begin button come first, and the rest follows
//! marked as not in Easy Read.

use egui::{RichText, Ui};

use super::theme::{self, size, space};
use super::{View, body, easy_read, grid, heading, muted, panel};
use crate::content::EasyScreenKind;
use crate::content::decision::{Decision, fill_in};
use crate::state::{Command, DecideCommand};

/// Inner margin of an option's card.
const OPTION_MARGIN: i8 = 18;

pub fn intro_ui(ui: &mut Ui, view: &mut View<'_>, decision: &Decision) {
    if let Some(easy) = easy_read::screen(view, EasyScreenKind::Decide) {
        easy_read::screen_ui(ui, view, easy, 1);
        begin_ui(ui, view, decision);
        if has_opening(decision) {
            easy_read::rest_note_ui(ui, view);
            opening_ui(ui, view, decision);
        }
        easy_read::credit_ui(ui, view);
        return;
    }
    heading(ui, view.palette, 1, &decision.title);
    body(ui, &decision.intro);
    opening_ui(ui, view, decision);
    begin_ui(ui, view, decision);
}

/// Whether the pack describes the situation, decision, options or evidence.
fn has_opening(decision: &Decision) -> bool {
    !decision.situation.is_empty()
        || !decision.decision.is_empty()
        || !decision.options.is_empty()
        || !decision.evidence.is_empty()
}

/// How many questions there are, and the button that starts them.
fn begin_ui(ui: &mut Ui, view: &mut View<'_>, decision: &Decision) {
    let palette = view.palette;
    let wording = &decision.wording;
    let total = decision.questions.len().to_string();
    ui.add_space(space::L);
    muted(
        ui,
        palette,
        &fill_in(&wording.question_count, &[("{total}", &total)]),
    );
    ui.add_space(space::M);
    if super::primary_button(
        ui,
        palette.accent,
        palette.on_accent,
        &wording.begin,
        &wording.begin_spoken,
    )
    .clicked()
    {
        view.push(Command::Decide(DecideCommand::Start));
    }
}

/// The situation, the decision, the options and the evidence, each under
/// its heading; a part the pack leaves empty is left out.
fn opening_ui(ui: &mut Ui, view: &mut View<'_>, decision: &Decision) {
    let palette = view.palette;
    for (key, text) in [
        ("decide-situation-title", &decision.situation),
        ("decide-decision-title", &decision.decision),
    ] {
        if !text.is_empty() {
            ui.add_space(space::L);
            heading(ui, palette, 2, &view.tr(key));
            body(ui, text);
        }
    }
    if !decision.options.is_empty() {
        ui.add_space(space::L);
        heading(ui, palette, 2, &view.tr("decide-options-title"));
        options_ui(ui, view, decision);
    }
    if !decision.evidence.is_empty() {
        ui.add_space(space::L);
        heading(ui, palette, 2, &view.tr("decide-evidence-title"));
        muted(ui, palette, &view.tr("decide-evidence-intro"));
        evidence_ui(ui, view, decision);
    }
}

/// Every option in a card of the same size and look: none stands out.
fn options_ui(ui: &mut Ui, view: &View<'_>, decision: &Decision) {
    let palette = view.palette;
    let options = &decision.options;
    grid(
        ui,
        view.catalogue,
        "option cards",
        options.len(),
        300.0,
        |ui, index| {
            let Some(option) = options.get(index) else {
                return;
            };
            // The grid gives a row's cells the height of the tallest; the
            // card fills it, less its margins and border (and half a point,
            // so it never makes the row grow).
            let cell = ui.min_rect().height();
            let inner = cell - 2.0 * (f32::from(OPTION_MARGIN) + 1.0) - 0.5;
            super::card_frame(palette, OPTION_MARGIN).show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.set_min_height(inner.max(0.0));
                ui.spacing_mut().item_spacing.y = space::S;
                heading(ui, palette, 3, &option.name);
                body(ui, &option.like);
            });
        },
    );
}

/// Each claim, how sure the research is, and its sources (links to Sources).
fn evidence_ui(ui: &mut Ui, view: &mut View<'_>, decision: &Decision) {
    let palette = view.palette;
    let certainty_title = view.tr("decide-evidence-certainty");
    for evidence in &decision.evidence {
        ui.add_space(space::S);
        panel(ui, palette, |ui| {
            ui.spacing_mut().item_spacing.y = space::S;
            let claim = RichText::new(&evidence.claim)
                .font(theme::bold_font(size::BODY))
                .color(palette.heading);
            super::reading::text(ui, claim, egui::accesskit::Role::Paragraph);
            let certainty = RichText::new(&certainty_title)
                .font(theme::bold_font(size::SMALL))
                .color(palette.text_muted);
            super::reading::text(ui, certainty, egui::accesskit::Role::Paragraph);
            body(ui, &evidence.certainty);
            for id in &evidence.sources {
                super::sources::source_link_ui(ui, view, id);
            }
        });
    }
}

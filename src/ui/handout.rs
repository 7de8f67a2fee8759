//! "Save a handout…" at home: pick pages, approaches, "At this clinic" or
//! the "Which fits me?" result; save them as one printable web page in the
//! documents folder; see where it went, and open it. Never on a kiosk,
//! which writes no files.

use egui::Ui;

use super::theme::space;
use super::{View, body, button, heading, muted, primary_button, toggle};
use crate::handout::{HandoutCommand, HandoutState, Pick};
use crate::state::Command;

/// "Save a handout…", opening the handout screen with `pick` ticked. At
/// home only.
pub fn open_button(ui: &mut Ui, view: &mut View<'_>, pick: Option<Pick>) {
    if view.kiosk {
        return;
    }
    if button(
        ui,
        &view.tr("handout-open"),
        &view.tr("handout-open-spoken"),
    )
    .clicked()
    {
        view.push(Command::Handout(HandoutCommand::Start(pick)));
    }
}

/// The handout screen.
pub fn ui(ui: &mut Ui, view: &mut View<'_>, state: &HandoutState, answered: bool) {
    let palette = view.palette;
    heading(ui, palette, 1, &view.tr("handout-screen-title"));
    if view.kiosk {
        body(ui, &view.tr("handout-kiosk"));
        return;
    }
    body(ui, &view.tr("handout-intro"));
    ui.add_space(space::M);
    let mut choices: Vec<(Pick, String)> = Vec::new();
    if answered && let Some(decision) = &view.pack.decision {
        choices.push((
            Pick::Decision,
            view.tr_args(
                "handout-pick-decision",
                &[("title", (&decision.title).into())],
            ),
        ));
    }
    if super::clinic::has_section(view.pack)
        && let Some(clinic) = &view.pack.info.clinic
    {
        choices.push((
            Pick::Clinic,
            view.tr_args("handout-pick-clinic", &[("name", (&clinic.name).into())]),
        ));
    }
    picks_ui(ui, view, state, &choices);
    for (title_key, picks) in [
        (
            "pages-title",
            view.pack
                .pages
                .pages
                .iter()
                .map(|p| (Pick::Page(p.id.clone()), p.title.clone()))
                .collect::<Vec<_>>(),
        ),
        (
            "approaches-title",
            view.pack
                .approaches
                .approaches
                .iter()
                .map(|a| (Pick::Approach(a.id.clone()), a.title.clone()))
                .collect(),
        ),
    ] {
        if picks.is_empty() {
            continue;
        }
        ui.add_space(space::S);
        heading(ui, palette, 2, &view.tr(title_key));
        picks_ui(ui, view, state, &picks);
    }
    ui.add_space(space::L);
    if state.picks.is_empty() {
        muted(ui, palette, &view.tr("handout-nothing"));
    } else if primary_button(
        ui,
        palette.accent,
        palette.on_accent,
        &view.tr("handout-save"),
        &view.tr("handout-save-spoken"),
    )
    .clicked()
    {
        view.push(Command::Handout(HandoutCommand::Save));
    }
    match &state.saved {
        Some(Ok(path)) => {
            ui.add_space(space::S);
            let saved = view.tr_args(
                "handout-saved",
                &[("path", path.display().to_string().into())],
            );
            body(ui, &saved);
            if button(
                ui,
                &view.tr("handout-open-file"),
                &view.tr("handout-open-file-spoken"),
            )
            .clicked()
            {
                view.push(Command::Handout(HandoutCommand::Open));
            }
        }
        Some(Err(reason)) => {
            ui.add_space(space::S);
            body(
                ui,
                &view.tr_args("handout-failed", &[("reason", reason.into())]),
            );
        }
        None => {}
    }
}

/// One toggle a choice, on when it is in the handout.
fn picks_ui(ui: &mut Ui, view: &mut View<'_>, state: &HandoutState, choices: &[(Pick, String)]) {
    let palette = view.palette;
    ui.horizontal_wrapped(|ui| {
        for (pick, title) in choices {
            let selected = state.picks.contains(pick);
            let spoken = view.tr_args("handout-pick-spoken", &[("title", title.into())]);
            if toggle(ui, palette, selected, title, &spoken).clicked() {
                view.push(Command::Handout(HandoutCommand::Toggle(pick.clone())));
            }
        }
    });
}

//! The live preview's problems panel (`--watch`): what is wrong with the
//! pack as it is now in its folder, in the words of `check`, while the last
//! good version stays on screen.

use egui::{RichText, ScrollArea, Ui};

use super::theme::{size, space};
use super::{View, heading, muted};
use crate::content::Problem;

/// Above the bottom bar, while the folder's pack has errors.
pub fn problems_ui(ui: &mut Ui, view: &View<'_>, problems: &[Problem]) {
    let palette = view.palette;
    heading(
        ui,
        palette,
        2,
        &view.tr_args(
            "preview-problems-title",
            &[("count", problems.len().into())],
        ),
    );
    muted(ui, palette, &view.tr("preview-problems-intro"));
    ui.add_space(space::S);
    let max_height = ui.ctx().content_rect().height() * 0.3;
    ScrollArea::vertical()
        .id_salt("problems-panel")
        .max_height(max_height)
        .show(ui, |ui| {
            for problem in problems {
                ui.add(
                    egui::Label::new(
                        RichText::new(problem.to_string())
                            .monospace()
                            .size(size::SMALL)
                            .color(palette.text),
                    )
                    .wrap(),
                );
            }
        });
}

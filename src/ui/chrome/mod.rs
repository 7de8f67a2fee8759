//! What is on every screen: the top bar (Back, Home, Search, Easy Read,
//! "Need help now?"), the bottom bar (the disclaimer, text size, colours,
//! keys), any note for staff, and the "Skip to content" stop before them.
//! The windows these open are in `overlays`.
//!
//! Each bar is always one row. Its forms are listed fullest first, and the
//! first that fits the window is drawn: what no longer fits goes into the
//! top bar's "Menu" (itself a large button), and "Need help now?" stays.
//! Widths are known before drawing (see `layout::button_width`), so the
//! first frame is already the settled one.

mod bottom;
mod top;

use egui::accesskit::Role;
use egui::{CornerRadius, FontId, Margin, Ui, Vec2};

use super::layout::{button_width, remember_width};
use super::theme::{radius, size};
use super::{View, label_for_screen_readers};
use crate::i18n::Catalogue;
use crate::state::{Command, DisplayCommand, StaffNote};

/// A form of a bar: its left group and its right group, each in reading order.
pub(super) type Form<T> = (&'static [T], &'static [T]);

pub use bottom::bottom_bar_ui;
pub use top::{TopBar, top_bar_ui};

/// The bars' inner margins: room for a row of 48-point buttons and little
/// more, so the page keeps its room at large text on small screens.
pub const BAR_MARGIN: Margin = Margin::symmetric(12, 6);

/// A button in a bar, whose drawn width is remembered for folding.
pub(super) fn bar_button(ui: &mut Ui, text: &str, spoken: &str) -> egui::Response {
    let response = super::button(ui, text, spoken);
    remember_width(
        ui,
        text,
        &FontId::proportional(size::BUTTON),
        response.rect.width(),
    );
    response
}

/// A+ or A−, disabled at the end of the range, named with the size now.
pub fn size_button(ui: &mut Ui, view: &mut View<'_>, larger: bool) {
    let percent = view.settings.percent();
    let ((text, spoken), enabled, command) = if larger {
        (
            ("settings-larger", "settings-larger-spoken"),
            percent < 200,
            DisplayCommand::Larger,
        )
    } else {
        (
            ("settings-smaller", "settings-smaller-spoken"),
            percent > 100,
            DisplayCommand::Smaller,
        )
    };
    let text = view.tr(text);
    let spoken = view.tr_args(spoken, &[("percent", percent.into())]);
    let response = ui
        .add_enabled_ui(enabled, |ui| bar_button(ui, &text, &spoken))
        .inner;
    if response.clicked() {
        super::anchor::hold(ui, &response);
        view.push(Command::Display(command));
    }
}

/// "Skip to content": the first stop of Tab, before the bars, seen only
/// while it has the focus (it is nothing a pointer can press). Enter or
/// Space on it returns true: the caller moves the focus to the first thing
/// on the page.
pub fn skip_link_ui(ctx: &egui::Context, view: &View<'_>) -> bool {
    let shown_id = egui::Id::unique("skip-to-content-shown");
    let shown: bool = ctx.data(|d| d.get_temp(shown_id)).unwrap_or(false);
    let text = view.tr("chrome-skip");
    let font = FontId::proportional(size::BUTTON);
    let palette = view.palette;
    let corner = egui::pos2(f32::from(BAR_MARGIN.left), f32::from(BAR_MARGIN.top));
    egui::Area::new(egui::Id::unique("skip-to-content"))
        .order(egui::Order::Foreground)
        .fixed_pos(corner)
        .constrain(false)
        .show(ctx, |ui| {
            let size = if shown {
                Vec2::new(button_width(ui, &text, &font), size::TARGET)
            } else {
                Vec2::splat(1.0)
            };
            let (rect, response) =
                ui.allocate_exact_size(size, egui::Sense::focusable_noninteractive());
            label_for_screen_readers(&response, Role::Link, &text);
            let focused = response.has_focus();
            if focused && shown {
                let painter = ui.painter();
                painter.rect_filled(rect, CornerRadius::same(radius::MEDIUM), palette.surface);
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    &text,
                    font.clone(),
                    palette.text,
                );
            }
            if focused != shown {
                ui.data_mut(|d| d.insert_temp(shown_id, focused));
                ui.ctx().request_discard("Skip to content shown or hidden");
            }
            focused
                && ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space))
        })
        .inner
}

/// What staff are told, one note a line, in the reader's language. The
/// public can read a kiosk's too: its notes name no folder.
pub fn staff_notice(catalogue: &Catalogue, notes: &[StaffNote]) -> Option<String> {
    let lines: Vec<String> = notes
        .iter()
        .map(|note| match note {
            StaffNote::KioskConfig => catalogue.tr("staff-note-kiosk-config"),
            StaffNote::PackProblems { folder, count } => catalogue.tr_args(
                "staff-note-pack-problems",
                &[("folder", folder.into()), ("count", (*count).into())],
            ),
            StaffNote::KioskPackProblems { count } => catalogue.tr_args(
                "staff-note-kiosk-pack-problems",
                &[("count", (*count).into())],
            ),
            StaffNote::KioskPackRefusedPrevious { version } => catalogue.tr_args(
                "staff-note-kiosk-pack-refused-previous",
                &[("version", version.into())],
            ),
            StaffNote::KioskPackRefused => catalogue.tr("staff-note-kiosk-pack-refused"),
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

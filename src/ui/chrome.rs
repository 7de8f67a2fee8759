//! What is on every screen: the top bar (Back, Home, Search, Easy Read,
//! "Need help now?"), the bottom bar (the disclaimer, text size, colours, keys), and
//! any note for staff. The windows these open are in `overlays`.

use egui::{CornerRadius, Frame, Margin, RichText, Ui};

use super::kiosk::STAFF_CORNER;
use super::theme::{self, radius, size, space};
use super::{Side, View, button, primary_button};
use crate::i18n::Catalogue;
use crate::state::{Command, DisplayCommand, Overlay, StaffNote};

/// The bar at the top of every screen.
pub fn top_bar_ui(ui: &mut Ui, view: &mut View<'_>, can_go_back: bool, at_home: bool) {
    let palette = view.palette;
    // When the bar no longer fits on one row (large text, narrow window), the
    // title goes (each page shows its own heading) so the page keeps its room.
    let show_title = super::bar_fits(ui, "top-bar");
    let id_salt = if show_title {
        "top-bar"
    } else {
        "top-bar-compact"
    };
    super::split_bar(ui, id_salt, |ui, side| {
        ui.spacing_mut().item_spacing.x = space::M_PLUS;
        match side {
            Side::Left => {
                if view.kiosk {
                    // On a kiosk the top-left corner holds the title and nothing to
                    // press: it is where the staff exit gesture is tapped. Without
                    // the title, the corner is kept empty.
                    if show_title {
                        title_ui(ui, view);
                        ui.add_space(space::L);
                    } else {
                        let corner = STAFF_CORNER.right() + space::M;
                        ui.add_space((corner - ui.cursor().left()).max(0.0));
                    }
                }
                let (back, back_spoken) = (view.tr("chrome-back"), view.tr("chrome-back-spoken"));
                let back = ui
                    .add_enabled_ui(can_go_back, |ui| button(ui, &back, &back_spoken))
                    .inner;
                if back.clicked() {
                    view.push(Command::Back);
                }
                let home = view.tr("chrome-home");
                let home = ui
                    .add_enabled_ui(!at_home, |ui| button(ui, &home, &home))
                    .inner;
                if home.clicked() {
                    view.push(Command::Home);
                }
                let (text, spoken) = if view.kiosk {
                    (view.tr("chrome-topics"), view.tr("chrome-topics-spoken"))
                } else {
                    (view.tr("chrome-search"), view.tr("chrome-search-spoken"))
                };
                if button(ui, &text, &spoken).clicked() {
                    view.push(Command::OpenSearch);
                }
                if !view.kiosk && show_title {
                    ui.add_space(space::M);
                    title_ui(ui, view);
                }
            }
            // Drawn right to left.
            Side::Right => {
                let help = view.tr("chrome-help");
                let help_spoken = view.tr("chrome-help-spoken");
                if primary_button(ui, palette.help, palette.on_help, &help, &help_spoken).clicked()
                {
                    view.push(Command::Show(Overlay::Help));
                }
                if view.kiosk {
                    super::kiosk::start_over_button(ui, view);
                    // Another language is one tap away on every screen.
                    super::language::bar_switch_ui(ui, view);
                }
                // Folded, the bar keeps to the essentials: Easy Read is
                // then in "Text and colours", one tap away.
                if show_title {
                    super::easy_read::toggle_ui(ui, view);
                }
            }
        }
    });
}

fn title_ui(ui: &mut Ui, view: &View<'_>) {
    ui.label(
        RichText::new(&view.pack.info.title)
            .font(theme::heading_font(3))
            .color(view.palette.heading),
    );
}

/// The bar at the bottom: the disclaimer, and any notice for staff.
pub fn bottom_bar_ui(ui: &mut Ui, view: &mut View<'_>, staff_notice: Option<&str>) {
    let palette = view.palette;
    if let Some(notice) = staff_notice {
        Frame::new()
            .fill(palette.notice_bg)
            .corner_radius(CornerRadius::same(radius::SMALL))
            .inner_margin(Margin::symmetric(12, 6))
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(notice)
                            .size(size::SMALL)
                            .color(palette.notice_text),
                    )
                    .wrap(),
                );
            });
    }
    if !super::bar_fits(ui, "bottom-bar") {
        compact_bottom_bar(ui, view);
        return;
    }
    super::split_bar(ui, "bottom-bar", |ui, side| match side {
        Side::Left => {
            ui.label(
                RichText::new(&view.pack.info.disclaimer)
                    .size(size::SMALL)
                    .color(palette.text),
            );
            let (about, spoken) = (view.tr("chrome-about"), view.tr("chrome-about-spoken"));
            if button(ui, &about, &spoken).clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        // Drawn right to left.
        Side::Right => {
            if !view.kiosk {
                let (keys, spoken) = (view.tr("chrome-keys"), view.tr("chrome-keys-spoken"));
                if button(ui, &keys, &spoken).clicked() {
                    view.push(Command::Show(Overlay::Shortcuts));
                }
            }
            let (colours, spoken) = (view.tr("chrome-colours"), view.tr("chrome-colours-spoken"));
            if button(ui, &colours, &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
            text_size_buttons(ui, view);
        }
    });
}

/// The bottom bar when the full one would need two rows: the disclaimer
/// opens "About this information", and one button holds text size, colours
/// and the keyboard shortcuts.
fn compact_bottom_bar(ui: &mut Ui, view: &mut View<'_>) {
    super::split_bar(ui, "bottom-bar-compact", |ui, side| match side {
        Side::Left => {
            let disclaimer = [("disclaimer", (&view.pack.info.disclaimer).into())];
            let response = ui.add(
                egui::Button::new(
                    RichText::new(view.tr_args("chrome-disclaimer", &disclaimer))
                        .size(size::SMALL)
                        .color(view.palette.text),
                )
                .frame(false)
                .wrap()
                .min_size(egui::Vec2::splat(size::TARGET)),
            );
            super::label_for_screen_readers(
                &response,
                egui::accesskit::Role::Button,
                &view.tr_args("chrome-disclaimer-spoken", &disclaimer),
            );
            if response.clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Side::Right => {
            let spoken = if view.kiosk {
                view.tr("chrome-display-kiosk-spoken")
            } else {
                view.tr("chrome-display-spoken")
            };
            if button(ui, &view.tr("chrome-display"), &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
        }
    });
}

/// A− and A+ (drawn right to left).
fn text_size_buttons(ui: &mut Ui, view: &mut View<'_>) {
    size_button(ui, view, true);
    size_button(ui, view, false);
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
        .add_enabled_ui(enabled, |ui| button(ui, &text, &spoken))
        .inner;
    if response.clicked() {
        view.push(Command::Display(command));
    }
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

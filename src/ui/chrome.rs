//! What is on every screen: Back, Home, "Need help now?", the disclaimer,
//! and the overlays (crisis contacts, about, outside links).

use egui::{Align, CornerRadius, Frame, Layout, Margin, RichText, Stroke, Ui};

use super::theme::size;
use super::{Side, View, body, button, heading, muted, primary_button, review_dates};
use crate::settings::ThemeChoice;
use crate::state::{Command, DisplayCommand, Overlay};

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
        ui.spacing_mut().item_spacing.x = 10.0;
        match side {
            Side::Left => {
                if view.kiosk {
                    // On a kiosk the top-left corner holds the title and nothing to
                    // press: it is where the staff exit gesture is tapped. Without
                    // the title, the corner is kept empty.
                    if show_title {
                        title_ui(ui, view);
                        ui.add_space(12.0);
                    } else {
                        let corner = crate::app::STAFF_CORNER.right() + 8.0;
                        ui.add_space((corner - ui.cursor().left()).max(0.0));
                    }
                }
                let back = ui
                    .add_enabled_ui(can_go_back, |ui| button(ui, "‹ Back", "Back"))
                    .inner;
                if back.clicked() {
                    view.push(Command::Back);
                }
                let home = ui
                    .add_enabled_ui(!at_home, |ui| button(ui, "Home", "Home"))
                    .inner;
                if home.clicked() {
                    view.push(Command::Home);
                }
                let (text, accessible) = if view.kiosk {
                    ("Topics", "Topics: find where a subject is covered")
                } else {
                    ("Search", "Search (Ctrl+F)")
                };
                if button(ui, text, accessible).clicked() {
                    view.push(Command::OpenSearch);
                }
                if !view.kiosk && show_title {
                    ui.add_space(8.0);
                    title_ui(ui, view);
                }
            }
            // Drawn right to left.
            Side::Right => {
                if primary_button(
                    ui,
                    palette.help,
                    palette.on_help,
                    "Need help now?",
                    "Need help now? Show crisis contacts",
                )
                .clicked()
                {
                    view.push(Command::Show(Overlay::Help));
                }
                if view.kiosk {
                    super::kiosk::start_over_button(ui, view);
                }
            }
        }
    });
}

fn title_ui(ui: &mut Ui, view: &View<'_>) {
    ui.label(
        RichText::new(&view.pack.info.title)
            .font(super::theme::heading_font(3))
            .color(view.palette.heading),
    );
}

/// The bar at the bottom: the disclaimer, and any notice for staff.
pub fn bottom_bar_ui(ui: &mut Ui, view: &mut View<'_>, staff_notice: Option<&str>) {
    let palette = view.palette;
    if let Some(notice) = staff_notice {
        Frame::new()
            .fill(palette.notice_bg)
            .corner_radius(CornerRadius::same(8))
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
            if button(ui, "About this information…", "About this information").clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        // Drawn right to left.
        Side::Right => {
            if !view.kiosk && button(ui, "Keys…", "Keys: keyboard shortcuts").clicked() {
                view.push(Command::Show(Overlay::Shortcuts));
            }
            if button(ui, "Colours…", "Colours and text size").clicked() {
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
            let disclaimer = &view.pack.info.disclaimer;
            let response = ui.add(
                egui::Button::new(
                    RichText::new(format!("{disclaimer} ›"))
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
                &format!("{disclaimer} (about this information)"),
            );
            if response.clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Side::Right => {
            let spoken = if view.kiosk {
                "Text & colours: text size and colours"
            } else {
                "Text & colours: text size, colours and keyboard shortcuts"
            };
            if button(ui, "Text & colours…", spoken).clicked() {
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
fn size_button(ui: &mut Ui, view: &mut View<'_>, larger: bool) {
    let percent = view.settings.percent();
    let (text, name, enabled, command) = if larger {
        ("A+", "larger", percent < 200, DisplayCommand::Larger)
    } else {
        ("A−", "smaller", percent > 100, DisplayCommand::Smaller)
    };
    let response = ui
        .add_enabled_ui(enabled, |ui| {
            button(ui, text, &format!("{text}: {name} text (now {percent} %)"))
        })
        .inner;
    if response.clicked() {
        view.push(Command::Display(command));
    }
}

/// Draw the open overlay, if any, as a modal dialog.
pub fn overlay_ui(ctx: &egui::Context, view: &mut View<'_>, overlay: &Overlay) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    let width = (screen.width() - 48.0).clamp(280.0, 640.0);
    let frame = Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(size::CORNER))
        .inner_margin(Margin::same(28));
    let modal = egui::Modal::new(egui::Id::unique((
        "overlay",
        std::mem::discriminant(overlay),
    )))
    .frame(frame)
    .backdrop_color(egui::Color32::from_black_alpha(140))
    .show(ctx, |ui| {
        ui.set_width(width);
        let max_height = (screen.height() - 120.0).max(200.0);
        let mut scroll = egui::ScrollArea::vertical()
            .max_height(max_height)
            .id_salt("overlay-scroll");
        if view.kiosk {
            // Touch screens: drag anywhere to scroll, as on the screens below.
            scroll = scroll.scroll_source(super::KIOSK_SCROLL);
        }
        scroll.show(ui, |ui| match overlay {
            Overlay::Help => help_ui(ui, view),
            Overlay::About => about_ui(ui, view),
            Overlay::ExternalLink(url) => external_ui(ui, view, url),
            Overlay::Display => display_ui(ui, view),
            Overlay::Shortcuts => shortcuts_ui(ui, view),
        });
        ui.add_space(8.0);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // Named for what it closes: "Close" alone says little when heard.
            if button(ui, "Close", &format!("Close: {}", overlay_title(overlay))).clicked() {
                view.push(Command::CloseOverlay);
            }
        });
    });
    if modal.should_close() {
        view.push(Command::CloseOverlay);
    }
}

/// What an overlay is called, for its Close button's spoken name.
fn overlay_title(overlay: &Overlay) -> &'static str {
    match overlay {
        Overlay::Help => "Need help now?",
        Overlay::About => "About this information",
        Overlay::ExternalLink(_) => "website note",
        Overlay::Display => "Text and colours",
        Overlay::Shortcuts => "Keyboard shortcuts",
    }
}

fn help_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let info = &view.pack.info;
    heading(ui, palette, 1, "Need help now?");
    body(ui, &info.crisis_intro);
    ui.add_space(6.0);
    for contact in &info.crisis_contacts {
        Frame::new()
            .fill(palette.surface_alt)
            .corner_radius(CornerRadius::same(12))
            .inner_margin(Margin::same(16))
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                heading(ui, palette, 2, &contact.how);
                ui.label(RichText::new(&contact.name).font(super::theme::bold_font(size::BODY)));
                ui.add(egui::Label::new(RichText::new(&contact.when).size(size::BODY)).wrap());
            });
    }
}

fn about_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let info = &view.pack.info;
    heading(ui, palette, 1, "About this information");
    body(ui, &info.disclaimer_detail);
    ui.add_space(6.0);
    body(ui, &format!("Written by: {}", info.written_by));
    body(ui, &format!("Funding: {}", info.funded_by));
    review_dates(ui, view);
}

fn external_ui(ui: &mut Ui, view: &mut View<'_>, url: &str) {
    let palette = view.palette;
    if view.kiosk {
        heading(ui, palette, 1, "This link goes to a website");
        body(
            ui,
            "Websites cannot be opened on this screen. If you would like to read it, please ask at the front desk.",
        );
        muted(ui, palette, url);
    } else {
        heading(ui, palette, 1, "Open a website?");
        body(
            ui,
            "This link opens a page outside Therapy Explorer, in your web browser:",
        );
        ui.add(egui::Label::new(RichText::new(url).size(size::BODY).color(palette.link)).wrap());
        ui.add_space(6.0);
        if button(ui, "Open in my browser", "Open in my browser").clicked() {
            view.push(Command::OpenExternal(url.to_owned()));
            view.push(Command::CloseOverlay);
        }
    }
}

fn display_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Text and colours");
    heading(ui, palette, 2, "Text size");
    ui.horizontal_wrapped(|ui| {
        let percent = view.settings.percent();
        size_button(ui, view, false);
        ui.label(RichText::new(format!("{percent} %")).size(size::H3));
        size_button(ui, view, true);
        if percent != 100 && button(ui, "Reset to 100 %", "Reset text size to 100 %").clicked() {
            view.push(Command::Display(DisplayCommand::ResetSize));
        }
    });
    heading(ui, palette, 2, "Colours");
    ui.horizontal_wrapped(|ui| {
        for choice in ThemeChoice::ALL {
            let selected = view.settings.theme == choice;
            let label = choice.label();
            if super::toggle(ui, palette, selected, label, &format!("Colours: {label}")).clicked() {
                view.push(Command::Display(DisplayCommand::Theme(choice)));
            }
        }
    });
    if view.kiosk {
        muted(ui, palette, "These changes last until this visit ends.");
    } else {
        muted(
            ui,
            palette,
            "Your choice is remembered next time you open the app.",
        );
        ui.add_space(6.0);
        if button(ui, "Keyboard shortcuts…", "Keyboard shortcuts").clicked() {
            view.push(Command::Show(Overlay::Shortcuts));
        }
    }
}

/// Every keyboard shortcut, for the "Keyboard shortcuts" help.
pub const SHORTCUTS: [(&str, &str); 10] = [
    ("Tab / Shift+Tab", "Move to the next / previous control"),
    (
        "Enter or Space",
        "Press the control that has the focus ring",
    ),
    ("Alt+Left or Backspace", "Go back"),
    ("Alt+Home", "Go to the start"),
    ("Ctrl+F", "Search"),
    ("Esc", "Close a window like this one, or leave search"),
    ("Ctrl+plus", "Larger text"),
    ("Ctrl+minus", "Smaller text"),
    ("Ctrl+0", "Text back to 100 %"),
    ("F1", "This list of keyboard shortcuts"),
];

fn shortcuts_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Keyboard shortcuts");
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .spacing([24.0, 10.0])
        .striped(true)
        .show(ui, |ui| {
            for (keys, what) in SHORTCUTS {
                ui.label(RichText::new(keys).font(super::theme::bold_font(size::BODY)));
                ui.label(RichText::new(what).size(size::BODY));
                ui.end_row();
            }
        });
}

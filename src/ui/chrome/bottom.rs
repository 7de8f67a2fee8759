//! The bottom bar: the disclaimer, text size, colours and keys, and any note
//! for staff.

use egui::accesskit::Role;
use egui::{Align, CornerRadius, FontId, Frame, Layout, Margin, RichText, Ui, Vec2};

use crate::state::{Command, Overlay};
use crate::ui::layout::{BAR_ITEM_GAP, button_width, row_fits, row_width};
use crate::ui::theme::{radius, size};
use crate::ui::{View, label_for_screen_readers};

use super::*;

/// Something in the bottom bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bottom {
    /// The pack's disclaimer, as text…
    Disclaimer,
    /// …with "About this information…" beside it.
    About,
    /// The disclaimer as a link to "About this information" (it wraps).
    DisclaimerLink,
    Keys,
    Colours,
    /// "Text & colours…": text size, colours, Easy Read, language, keys.
    Display,
    Smaller,
    Larger,
}

/// The bottom bar's forms, fullest first. A− and A+ are always at the
/// right end, A+ last: as the text grows, A+ stays under the pointer that
/// pressed it.
const HOME_BOTTOM: [Form<Bottom>; 3] = [
    (
        &[Bottom::Disclaimer, Bottom::About],
        &[
            Bottom::Keys,
            Bottom::Colours,
            Bottom::Smaller,
            Bottom::Larger,
        ],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Display, Bottom::Smaller, Bottom::Larger],
    ),
    // Only when the top bar has a menu, which has "Text & colours…".
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Smaller, Bottom::Larger],
    ),
];

const KIOSK_BOTTOM: [Form<Bottom>; 3] = [
    (
        &[Bottom::Disclaimer, Bottom::About],
        &[Bottom::Colours, Bottom::Smaller, Bottom::Larger],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Display, Bottom::Smaller, Bottom::Larger],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Smaller, Bottom::Larger],
    ),
];

/// The bar at the bottom: the disclaimer, text size and colours, and any
/// notice for staff. `top` is how the top bar was drawn.
pub fn bottom_bar_ui(ui: &mut Ui, view: &mut View<'_>, staff_notice: Option<&str>, top: TopBar) {
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
    ui.spacing_mut().item_spacing.x = BAR_ITEM_GAP;
    let forms: &[Form<Bottom>] = if view.kiosk {
        &KIOSK_BOTTOM
    } else {
        &HOME_BOTTOM
    };
    let forms = if top.has_menu { forms } else { &forms[..2] };
    let available = ui.available_width();
    let widths = |items: &[Bottom]| -> Vec<f32> {
        items
            .iter()
            .map(|item| bottom_width(ui, view, *item))
            .collect()
    };
    let form = forms
        .iter()
        .position(|(left, right)| row_fits(available, &widths(left), &widths(right)))
        .unwrap_or(forms.len() - 1);
    let (left, right) = forms[form];
    // The disclaimer wraps into what the right group leaves.
    let left_room = available - row_width(&[], &widths(right));
    ui.horizontal(|ui| {
        ui.set_min_height(size::TARGET);
        for item in left {
            bottom_item_ui(ui, view, *item, left_room);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for item in right.iter().rev() {
                bottom_item_ui(ui, view, *item, left_room);
            }
        });
    });
}

/// How wide an item of the bottom bar needs to be. The disclaimer as a
/// link may wrap onto two lines.
fn bottom_width(ui: &Ui, view: &View<'_>, item: Bottom) -> f32 {
    let font = FontId::proportional(size::BUTTON);
    let text_width = |text: &str, font: FontId| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font, view.palette.text)
            .size()
            .x
    };
    match item {
        Bottom::Disclaimer => text_width(
            &view.pack.info.disclaimer,
            FontId::proportional(size::SMALL),
        ),
        Bottom::About => button_width(ui, &view.tr("chrome-about"), &font),
        Bottom::DisclaimerLink => {
            let one_line = text_width(&disclaimer_link(view), FontId::proportional(size::SMALL));
            // Two lines, with room for words that do not break evenly.
            (one_line / 2.0 + size::SMALL * 3.0).min(one_line) + 2.0 * ui.spacing().button_padding.x
        }
        Bottom::Keys => button_width(ui, &view.tr("chrome-keys"), &font),
        Bottom::Colours => button_width(ui, &view.tr("chrome-colours"), &font),
        Bottom::Display => button_width(ui, &view.tr("chrome-display"), &font),
        Bottom::Smaller => button_width(ui, &view.tr("settings-smaller"), &font),
        Bottom::Larger => button_width(ui, &view.tr("settings-larger"), &font),
    }
}

fn disclaimer_link(view: &View<'_>) -> String {
    let disclaimer = [("disclaimer", (&view.pack.info.disclaimer).into())];
    view.tr_args("chrome-disclaimer", &disclaimer)
}

fn bottom_item_ui(ui: &mut Ui, view: &mut View<'_>, item: Bottom, left_room: f32) {
    let palette = view.palette;
    match item {
        Bottom::Disclaimer => {
            ui.label(
                RichText::new(&view.pack.info.disclaimer)
                    .size(size::SMALL)
                    .color(palette.text),
            );
        }
        Bottom::About => {
            let (about, spoken) = (view.tr("chrome-about"), view.tr("chrome-about-spoken"));
            if bar_button(ui, &about, &spoken).clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Bottom::DisclaimerLink => {
            let disclaimer = [("disclaimer", (&view.pack.info.disclaimer).into())];
            let button = egui::Button::new(
                RichText::new(disclaimer_link(view))
                    .size(size::SMALL)
                    .color(palette.text),
            )
            .frame(false)
            .wrap()
            .min_size(Vec2::splat(size::TARGET));
            let response = ui
                .allocate_ui_with_layout(
                    Vec2::new(left_room.max(size::TARGET), size::TARGET),
                    Layout::left_to_right(Align::Center),
                    |ui| ui.add(button),
                )
                .inner;
            label_for_screen_readers(
                &response,
                Role::Button,
                &view.tr_args("chrome-disclaimer-spoken", &disclaimer),
            );
            if response.clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Bottom::Keys => {
            let (keys, spoken) = (view.tr("chrome-keys"), view.tr("chrome-keys-spoken"));
            if bar_button(ui, &keys, &spoken).clicked() {
                view.push(Command::Show(Overlay::Shortcuts));
            }
        }
        Bottom::Colours => {
            let (colours, spoken) = (view.tr("chrome-colours"), view.tr("chrome-colours-spoken"));
            if bar_button(ui, &colours, &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
        }
        Bottom::Display => {
            let spoken = if view.kiosk {
                view.tr("chrome-display-kiosk-spoken")
            } else {
                view.tr("chrome-display-spoken")
            };
            if bar_button(ui, &view.tr("chrome-display"), &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
        }
        Bottom::Smaller => size_button(ui, view, false),
        Bottom::Larger => size_button(ui, view, true),
    }
}

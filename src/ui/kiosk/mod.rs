//! The kiosk's own screens: the attract screen between visits (`attract`),
//! the "Still reading?" countdown, and the staff PIN pad; and its egui glue
//! (`input`: touches, the staff corner, filling the monitor).

mod attract;
mod input;

pub use attract::{MOTION_SECS, Rest, language_pressed};

use egui::accesskit::Role;
use egui::{Align, CornerRadius, Id, Layout, RichText, Sense, Stroke, Ui, Vec2};

pub use input::{
    FitTries, KIOSK_TAP_DIST, KIOSK_TAP_SECS, STAFF_CORNER_PX, fill_the_monitor, frame_input,
    staff_corner, touch_options, window_logic,
};

use super::theme::{self, radius, size, space};
use super::{View, body, heading, label_for_screen_readers};
use crate::kiosk::{Phase, PinPad, Session};
use crate::state::{Command, KioskCommand};

/// What the kiosk shows over the screens: the attract screen between
/// visits, "Still reading?", and the PIN pad when staff open it.
pub fn overlays_ui(
    ctx: &egui::Context,
    view: &mut View<'_>,
    session: &Session,
    now: f64,
    asleep: bool,
    staff_notice: Option<&str>,
) {
    match session.phase {
        Phase::Attract => {
            // The visit ended (or the kiosk started) at the last activity.
            let rest = Rest::at(now - session.last_activity, asleep);
            attract::attract_ui(ctx, view, rest, staff_notice);
        }
        Phase::StillReading => still_reading_ui(
            ctx,
            view,
            session.seconds_left(now),
            session.config.countdown_secs,
        ),
        Phase::Active => {}
    }
    if let Some(pad) = &session.pin_pad {
        pin_pad_ui(ctx, view, pad);
    }
}

fn look(
    view: &View<'_>,
    backdrop: egui::Color32,
    max_width: f32,
    title_key: &str,
) -> super::overlays::WindowLook {
    super::overlays::WindowLook {
        fill: view.palette.surface,
        border: view.palette.border,
        backdrop,
        max_width,
        name: view.tr(title_key),
    }
}

fn still_reading_ui(ctx: &egui::Context, view: &mut View<'_>, seconds_left: u32, countdown: u32) {
    super::overlays::window_ui(
        ctx,
        Id::unique("still-reading"),
        &look(
            view,
            theme::BACKDROP_COUNTDOWN,
            600.0,
            "kiosk-still-reading",
        ),
        true,
        view,
        |ui, view| {
            heading(ui, view.palette, 1, &view.tr("kiosk-still-reading"));
        },
        |ui, view| {
            let palette = view.palette;
            body(ui, &view.tr("kiosk-still-reading-body"));
            ui.add_space(space::S);
            let fraction = seconds_left as f32 / countdown.max(1) as f32;
            let height = 14.0;
            let (bar, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
            ui.painter()
                .rect_filled(bar, theme::pill(height), palette.surface_alt);
            let mut filled = bar;
            filled.set_width(bar.width() * fraction);
            ui.painter()
                .rect_filled(filled, theme::pill(height), palette.accent);
            let text = view.tr_args("kiosk-countdown", &[("seconds", seconds_left.into())]);
            let response = ui.label(RichText::new(&text).size(size::H3).color(palette.text));
            label_for_screen_readers(&response, Role::Timer, &text);
        },
        |ui, view| {
            let palette = view.palette;
            ui.add_space(space::S);
            // Side by side when they fit, else one above the other.
            ui.horizontal_wrapped(|ui| {
                let keep_text = view.tr("kiosk-keep-reading");
                let keep = ui.add(
                    egui::Button::new(
                        RichText::new(&keep_text)
                            .font(theme::bold_font(size::H3))
                            .color(palette.on_accent),
                    )
                    .fill(palette.accent)
                    .stroke(Stroke::NONE)
                    .corner_radius(theme::pill(64.0))
                    .min_size(Vec2::new(240.0_f32.min(ui.available_width()), 64.0)),
                );
                label_for_screen_readers(&keep, Role::Button, &keep_text);
                if keep.clicked() {
                    view.push(Command::Kiosk(KioskCommand::KeepReading));
                }
                let over_text = view.tr("kiosk-start-over-now");
                let over = ui.add(
                    egui::Button::new(RichText::new(&over_text).size(size::BODY))
                        .corner_radius(theme::pill(64.0))
                        .min_size(Vec2::new(160.0_f32.min(ui.available_width()), 64.0)),
                );
                label_for_screen_readers(&over, Role::Button, &over_text);
                if over.clicked() {
                    view.push(Command::StartOver);
                }
            });
        },
    );
}

fn pin_pad_ui(ctx: &egui::Context, view: &mut View<'_>, pad: &PinPad) {
    // Closer together on a short screen, so the pad fits it.
    let gap = if ctx.content_rect().height() < 560.0 {
        space::S
    } else {
        space::L
    };
    // Keys as large as the screen allows, from 48 to 72 points tall: the
    // pad, its heading and Cancel fit on the screen at any text size.
    let screen = ctx.content_rect();
    let around = 2.0 * size::H3 + size::H2 + size::TARGET + 6.0 * gap + 80.0;
    // Never below 48 pixels (large text makes a point more pixels: the
    // keys stay as large under the finger while the pad fits).
    let key_min = (size::TARGET / ctx.zoom_factor()).max(size::H3 + 8.0);
    // On the shortest screens (a small panel at large text) the keys
    // stand in two rows of six instead of four rows of three.
    let (columns, rows) = if screen.height() < 420.0 {
        (6, 2)
    } else {
        (3, 4)
    };
    let key_h = ((screen.height() - around) / rows as f32 - gap).clamp(key_min, 72.0);
    let key_w = ((screen.width() - 2.0 * 32.0 - 2.0 * space::L) / columns as f32 - gap).min(96.0);
    let key = Vec2::new(key_w, key_h);
    let width = key.x * columns as f32 + gap * (columns - 1) as f32 + 2.0 * 32.0;
    let modal = super::overlays::window_ui(
        ctx,
        Id::unique("pin-pad"),
        &look(view, theme::BACKDROP_PIN, width, "kiosk-pin-title"),
        true,
        view,
        |ui, view| {
            heading(ui, view.palette, 2, &view.tr("kiosk-pin-title"));
            let dots: String = pad.entered.chars().map(|_| "• ").collect();
            let shown = if pad.wrong {
                view.tr("kiosk-pin-wrong")
            } else if dots.is_empty() {
                view.tr("kiosk-pin-enter")
            } else {
                dots
            };
            ui.label(RichText::new(shown).size(size::H3).color(view.palette.text));
        },
        |ui, view| {
            ui.spacing_mut().item_spacing = Vec2::splat(gap);
            // The keys' own padding gives way first on a short screen.
            ui.spacing_mut().button_padding.y = ((key_h - size::H3 * 1.3) / 2.0).clamp(1.0, 8.0);
            ui.spacing_mut().interact_size.y = key_h;
            let keys: Vec<KioskCommand> = PIN_KEYS.into_iter().flatten().collect();
            for row in keys.chunks(columns) {
                ui.horizontal(|ui| {
                    for &command in row {
                        let (text, spoken) = pin_key_words(view, command);
                        let response = ui.add(
                            egui::Button::new(RichText::new(text).size(size::H3))
                                .min_size(key)
                                .corner_radius(CornerRadius::same(radius::LARGE)),
                        );
                        label_for_screen_readers(&response, Role::Button, &spoken);
                        if response.clicked() {
                            view.push(Command::Kiosk(command));
                        }
                    }
                });
            }
        },
        |ui, view| {
            // One row as tall as Cancel (see the crisis window's Close).
            let row = Vec2::new(ui.available_width(), size::TARGET);
            ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
                let (cancel, spoken) = (
                    view.tr("kiosk-pin-cancel"),
                    view.tr("kiosk-pin-cancel-spoken"),
                );
                if super::button(ui, &cancel, &spoken).clicked() {
                    view.push(Command::Kiosk(KioskCommand::PinCancel));
                }
            });
        },
    );
    // Esc or a tap outside the pad closes it, like any other window.
    if modal.should_close() {
        view.push(Command::Kiosk(KioskCommand::PinCancel));
    }
}

/// The PIN pad's keys, row by row.
const PIN_KEYS: [[KioskCommand; 3]; 4] = [
    [
        KioskCommand::PinDigit('1'),
        KioskCommand::PinDigit('2'),
        KioskCommand::PinDigit('3'),
    ],
    [
        KioskCommand::PinDigit('4'),
        KioskCommand::PinDigit('5'),
        KioskCommand::PinDigit('6'),
    ],
    [
        KioskCommand::PinDigit('7'),
        KioskCommand::PinDigit('8'),
        KioskCommand::PinDigit('9'),
    ],
    [
        KioskCommand::PinClear,
        KioskCommand::PinDigit('0'),
        KioskCommand::PinSubmit,
    ],
];

/// What a PIN key shows, and its name read aloud ("1" or "OK" alone would
/// say little).
fn pin_key_words(view: &View<'_>, command: KioskCommand) -> (String, String) {
    match command {
        KioskCommand::PinDigit(digit) => {
            let digit = digit.to_string();
            let spoken = view.tr_args("kiosk-pin-digit-spoken", &[("digit", (&digit).into())]);
            (digit, spoken)
        }
        KioskCommand::PinClear => (
            view.tr("kiosk-pin-clear"),
            view.tr("kiosk-pin-clear-spoken"),
        ),
        KioskCommand::PinSubmit => (view.tr("kiosk-pin-ok"), view.tr("kiosk-pin-ok-spoken")),
        KioskCommand::StartVisit | KioskCommand::KeepReading | KioskCommand::PinCancel => {
            (String::new(), String::new())
        }
    }
}

/// Keep a kiosk-only widget out of home use.
pub fn start_over_button(ui: &mut Ui, view: &mut View<'_>) {
    let (text, spoken) = (
        view.tr("kiosk-start-over"),
        view.tr("kiosk-start-over-spoken"),
    );
    if super::button(ui, &text, &spoken).clicked() {
        view.push(Command::StartOver);
    }
}

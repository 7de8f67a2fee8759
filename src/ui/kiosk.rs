//! The kiosk's own screens: the attract screen between visits, the
//! "Still reading?" countdown, and the staff PIN pad.

use egui::accesskit::Role;
use egui::{
    Align, Align2, Area, Color32, CornerRadius, FontId, Frame, Id, Layout, Margin, Order, RichText,
    Sense, Stroke, Ui, Vec2,
};

use super::theme::{self, size};
use super::{View, body, heading, label_for_screen_readers};
use crate::kiosk::{Phase, PinPad, Session};
use crate::state::{Command, KioskCommand};

/// Frames per second of the attract screen's gentle motion.
const ATTRACT_FPS: f32 = 2.0;
/// One slow breath: in and out.
const BREATH_SECS: f64 = 10.0;

pub fn overlays_ui(
    ctx: &egui::Context,
    view: &mut View<'_>,
    session: &Session,
    now: f64,
    staff_notice: Option<&str>,
) {
    match session.phase {
        Phase::Attract => attract_ui(ctx, view, now, staff_notice),
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

fn attract_ui(ctx: &egui::Context, view: &mut View<'_>, now: f64, staff_notice: Option<&str>) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    Area::new(Id::unique("attract"))
        .order(Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let response = ui.allocate_rect(screen, Sense::click());
            label_for_screen_readers(&response, Role::Button, "Touch anywhere to start");
            if response.clicked() {
                view.push(Command::Kiosk(KioskCommand::StartVisit));
            }
            ui.painter().rect_filled(screen, 0.0, palette.bg);
            // A slow breathing circle: a calm thing to look at, repainted a
            // few times a second at most.
            let phase = (now % BREATH_SECS) / BREATH_SECS * std::f64::consts::TAU;
            let breath = (1.0 - phase.cos()) as f32 / 2.0;
            let centre = screen.center() - Vec2::new(0.0, screen.height() * 0.06);
            let base = screen.height().min(screen.width()) * 0.16;
            for (i, alpha) in [(0, 40u8), (1, 70), (2, 110)] {
                let r = base * (0.7 + 0.3 * breath) * (1.0 - 0.22 * i as f32);
                let c = palette.individual;
                ui.painter().circle_filled(
                    centre,
                    r,
                    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha),
                );
            }
            let painter = ui.painter();
            painter.text(
                centre + Vec2::new(0.0, base + 28.0),
                Align2::CENTER_CENTER,
                if phase < std::f64::consts::PI {
                    "Breathe in…"
                } else {
                    "…and breathe out"
                },
                FontId::proportional(size::BODY),
                palette.text_muted,
            );
            let top = Vec2::new(0.0, screen.height() * 0.1);
            painter.text(
                screen.center_top() + top,
                Align2::CENTER_CENTER,
                &view.pack.info.title,
                theme::bold_font(size::H1 * 1.3),
                palette.heading,
            );
            // The pack's own tagline, centred, wrapped into lines of even
            // length (no single word left alone on the last line).
            let font = FontId::proportional(size::H3);
            let tagline = &view.pack.info.tagline;
            let one_line = painter
                .layout_no_wrap(tagline.clone(), font.clone(), palette.text)
                .size()
                .x;
            let widest = (screen.width() * 0.8).min(900.0);
            let lines = (one_line / widest).ceil().max(1.0);
            let mut job = egui::text::LayoutJob::simple(
                tagline.clone(),
                font,
                palette.text,
                (one_line / lines + size::H3 * 2.0).min(widest),
            );
            job.halign = egui::Align::Center;
            let tagline = painter.layout_job(job);
            painter.galley(
                screen.center_top() + top + Vec2::new(0.0, size::H1 * 0.9),
                tagline,
                palette.text,
            );
            let prompt = egui::Rect::from_center_size(
                egui::pos2(screen.center().x, centre.y + base + 100.0),
                Vec2::new(380.0, 72.0),
            );
            painter.rect_filled(prompt, CornerRadius::same(36), palette.accent);
            painter.text(
                prompt.center(),
                Align2::CENTER_CENTER,
                "Touch anywhere to start",
                theme::bold_font(size::H2),
                palette.on_accent,
            );
            let band = crisis_band_ui(ui, view, screen);
            if let Some(notice) = staff_notice {
                // Staff glance at the kiosk between visits: show it here too.
                staff_notice_ui(ui, view, notice, band);
            }
        });
    ctx.request_repaint_after_secs(1.0 / ATTRACT_FPS);
}

/// The crisis contacts along the bottom of the attract screen: on one line
/// when they fit, otherwise one contact a line, each wrapped to the screen.
/// The band grows to fit the text. Returns the band.
fn crisis_band_ui(ui: &mut Ui, view: &View<'_>, screen: egui::Rect) -> egui::Rect {
    let palette = view.palette;
    let info = &view.pack.info;
    let contacts: Vec<String> = info
        .crisis_contacts
        .iter()
        .map(|c| format!("{} ({})", c.how, c.name))
        .collect();
    let font = FontId::proportional(size::BODY + 1.0);
    let margin = 32.0;
    let wrap_width = (screen.width() - 2.0 * margin).max(1.0);
    let one_line = format!("Need help now?  {}", contacts.join("   ·   "));
    let painter = ui.painter();
    let fits = painter
        .layout_no_wrap(one_line.clone(), font.clone(), palette.text)
        .size()
        .x
        <= wrap_width;
    let text = if fits {
        one_line
    } else {
        format!("Need help now?\n{}", contacts.join("\n"))
    };
    let mut job = egui::text::LayoutJob::simple(text.clone(), font, palette.text, wrap_width);
    job.halign = Align::Center;
    let galley = painter.layout_job(job);
    let pad = 22.0;
    let height = (galley.size().y + 2.0 * pad).max(72.0);
    let band = egui::Rect::from_min_max(
        egui::pos2(screen.left(), screen.bottom() - height),
        screen.right_bottom(),
    );
    painter.rect_filled(band, 0.0, palette.surface_alt);
    // With centred text the galley's own rectangle is centred on its position.
    let pos = egui::pos2(band.center().x, band.center().y - galley.size().y / 2.0);
    let text_rect = galley.rect.translate(pos.to_vec2());
    painter.galley(pos, galley, palette.text);
    // So screen readers (and tests) find the contacts where they are drawn.
    let response = ui.interact(
        text_rect,
        Id::unique("attract-crisis-contacts"),
        Sense::hover(),
    );
    label_for_screen_readers(&response, Role::Label, &text.replace('\n', "  "));
    band
}

/// A notice for staff, just above the crisis contacts, wrapped to the screen.
fn staff_notice_ui(ui: &mut Ui, view: &View<'_>, notice: &str, band: egui::Rect) {
    let palette = view.palette;
    let margin = 32.0;
    let pad = Vec2::new(16.0, 8.0);
    let wrap_width = (band.width() - 2.0 * (margin + pad.x)).clamp(1.0, 1100.0);
    let job = egui::text::LayoutJob::simple(
        notice.to_owned(),
        FontId::proportional(size::SMALL),
        palette.notice_text,
        wrap_width,
    );
    let painter = ui.painter();
    let galley = painter.layout_job(job);
    let size = galley.size() + 2.0 * pad;
    let rect = egui::Rect::from_min_size(
        egui::pos2(band.center().x - size.x / 2.0, band.top() - 12.0 - size.y),
        size,
    );
    painter.rect_filled(rect, CornerRadius::same(8), palette.notice_bg);
    painter.galley(rect.min + pad, galley, palette.notice_text);
    let response = ui.interact(rect, Id::unique("attract-staff-notice"), Sense::hover());
    label_for_screen_readers(&response, Role::Label, notice);
}

fn modal_frame(view: &View<'_>) -> Frame {
    Frame::new()
        .fill(view.palette.surface)
        .stroke(Stroke::new(1.0, view.palette.border))
        .corner_radius(CornerRadius::same(size::CORNER))
        .inner_margin(Margin::same(32))
}

fn still_reading_ui(ctx: &egui::Context, view: &mut View<'_>, seconds_left: u32, countdown: u32) {
    let palette = view.palette;
    egui::Modal::new(Id::unique("still-reading"))
        .frame(modal_frame(view))
        .backdrop_color(Color32::from_black_alpha(150))
        .show(ctx, |ui| {
            ui.set_width(520.0_f32.min(ctx.content_rect().width() - 64.0));
            heading(ui, palette, 1, "Still reading?");
            body(
                ui,
                "This screen will start over soon, so the next person sees nothing of your visit.",
            );
            ui.add_space(8.0);
            let fraction = seconds_left as f32 / countdown.max(1) as f32;
            let (bar, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), 14.0), Sense::hover());
            ui.painter()
                .rect_filled(bar, CornerRadius::same(7), palette.surface_alt);
            let mut filled = bar;
            filled.set_width(bar.width() * fraction);
            ui.painter()
                .rect_filled(filled, CornerRadius::same(7), palette.accent);
            let text = format!(
                "Starting over in {seconds_left} second{}",
                if seconds_left == 1 { "" } else { "s" }
            );
            let response = ui.label(RichText::new(&text).size(size::H3).color(palette.text));
            label_for_screen_readers(&response, Role::Timer, &text);
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                let keep = ui.add(
                    egui::Button::new(
                        RichText::new("Keep reading")
                            .font(theme::bold_font(size::H3))
                            .color(palette.on_accent),
                    )
                    .fill(palette.accent)
                    .stroke(Stroke::NONE)
                    .corner_radius(CornerRadius::same(32))
                    .min_size(Vec2::new(240.0, 64.0)),
                );
                label_for_screen_readers(&keep, Role::Button, "Keep reading");
                if keep.clicked() {
                    view.push(Command::Kiosk(KioskCommand::KeepReading));
                }
                let over = ui.add(
                    egui::Button::new(RichText::new("Start over now").size(size::BODY))
                        .corner_radius(CornerRadius::same(32))
                        .min_size(Vec2::new(160.0, 64.0)),
                );
                label_for_screen_readers(&over, Role::Button, "Start over now");
                if over.clicked() {
                    view.push(Command::StartOver);
                }
            });
        });
}

fn pin_pad_ui(ctx: &egui::Context, view: &mut View<'_>, pad: &PinPad) {
    let palette = view.palette;
    let modal = egui::Modal::new(Id::unique("pin-pad"))
        .frame(modal_frame(view))
        .backdrop_color(Color32::from_black_alpha(170))
        .show(ctx, |ui| {
            let key = Vec2::new(96.0, 72.0);
            let gap = 12.0;
            ui.set_width(key.x * 3.0 + gap * 2.0);
            heading(ui, palette, 2, "Staff only");
            let dots: String = pad.entered.chars().map(|_| "• ").collect();
            let shown = if pad.wrong {
                "Try again".to_owned()
            } else if dots.is_empty() {
                "Enter the PIN".to_owned()
            } else {
                dots
            };
            ui.label(RichText::new(shown).size(size::H3).color(palette.text));
            ui.spacing_mut().item_spacing = Vec2::splat(gap);
            for row in PIN_KEYS {
                ui.horizontal(|ui| {
                    for (text, spoken, command) in row {
                        let response = ui.add(
                            egui::Button::new(RichText::new(text).size(size::H3))
                                .min_size(key)
                                .corner_radius(CornerRadius::same(12)),
                        );
                        label_for_screen_readers(&response, Role::Button, spoken);
                        if response.clicked() {
                            view.push(Command::Kiosk(command));
                        }
                    }
                });
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if super::button(ui, "Cancel", "Cancel: close the PIN pad").clicked() {
                    view.push(Command::Kiosk(KioskCommand::PinCancel));
                }
            });
        });
    // Esc or a tap outside the pad closes it, like any other window.
    if modal.should_close() {
        view.push(Command::Kiosk(KioskCommand::PinCancel));
    }
}

/// The PIN pad's keys: what each shows, its name read aloud ("1" or "OK"
/// alone would say little), and what it does.
const PIN_KEYS: [[(&str, &str, KioskCommand); 3]; 4] = [
    [
        ("1", "Digit 1", KioskCommand::PinDigit('1')),
        ("2", "Digit 2", KioskCommand::PinDigit('2')),
        ("3", "Digit 3", KioskCommand::PinDigit('3')),
    ],
    [
        ("4", "Digit 4", KioskCommand::PinDigit('4')),
        ("5", "Digit 5", KioskCommand::PinDigit('5')),
        ("6", "Digit 6", KioskCommand::PinDigit('6')),
    ],
    [
        ("7", "Digit 7", KioskCommand::PinDigit('7')),
        ("8", "Digit 8", KioskCommand::PinDigit('8')),
        ("9", "Digit 9", KioskCommand::PinDigit('9')),
    ],
    [
        ("Clear", "Clear PIN", KioskCommand::PinClear),
        ("0", "Digit 0", KioskCommand::PinDigit('0')),
        ("OK", "Submit PIN", KioskCommand::PinSubmit),
    ],
];

/// Keep a kiosk-only widget out of home use.
pub fn start_over_button(ui: &mut Ui, view: &mut View<'_>) {
    if super::button(ui, "Start over", "Start over: forget this visit").clicked() {
        view.push(Command::StartOver);
    }
}

//! The attract screen between visits: a calm moving picture, the pack's
//! title, "Touch anywhere to start", the crisis contacts along the bottom,
//! and any note for staff.

use egui::accesskit::Role;
use egui::{Align, Align2, Area, CornerRadius, FontId, Id, Order, Sense, Ui, Vec2};

use crate::state::{Command, KioskCommand};
use crate::ui::theme::{self, radius, size};
use crate::ui::{View, label_for_screen_readers};

/// Frames per second of the attract screen's gentle motion.
const ATTRACT_FPS: f32 = 2.0;
/// One slow breath: in and out.
const BREATH_SECS: f64 = 10.0;

pub fn attract_ui(ctx: &egui::Context, view: &mut View<'_>, now: f64, staff_notice: Option<&str>) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    Area::new(Id::unique("attract"))
        .order(Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let response = ui.allocate_rect(screen, Sense::click());
            label_for_screen_readers(&response, Role::Button, &view.tr("kiosk-start-spoken"));
            if response.clicked() {
                view.push(Command::Kiosk(KioskCommand::StartVisit));
            }
            ui.painter()
                .rect_filled(screen, CornerRadius::ZERO, palette.bg);
            // A slow breathing circle: a calm thing to look at, repainted a
            // few times a second at most.
            let phase = (now % BREATH_SECS) / BREATH_SECS * std::f64::consts::TAU;
            let breath = (1.0 - phase.cos()) as f32 / 2.0;
            let centre = screen.center() - Vec2::new(0.0, screen.height() * 0.06);
            let base = screen.height().min(screen.width()) * 0.16;
            for (i, alpha) in [(0, 40u8), (1, 70), (2, 110)] {
                let r = base * (0.7 + 0.3 * breath) * (1.0 - 0.22 * i as f32);
                let c = palette.individual;
                ui.painter()
                    .circle_filled(centre, r, theme::with_alpha(c, alpha));
            }
            // The clinic's name (and logo) above the title, in a clinic's pack.
            let brand =
                crate::ui::clinic::attract_ui(ui, view, screen.center_top() + Vec2::new(0.0, 24.0));
            let painter = ui.painter();
            painter.text(
                centre + Vec2::new(0.0, base + 28.0),
                Align2::CENTER_CENTER,
                view.tr(if phase < std::f64::consts::PI {
                    "kiosk-breathe-in"
                } else {
                    "kiosk-breathe-out"
                }),
                FontId::proportional(size::BODY),
                palette.text_muted,
            );
            let top = Vec2::new(0.0, (screen.height() * 0.1).max(brand + 48.0 + size::H1));
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
            let prompt_top = centre.y + base + 64.0;
            start_buttons_ui(ui, view, screen, prompt_top);
            let band = crisis_band_ui(ui, view, screen);
            if let Some(notice) = staff_notice {
                // Staff glance at the kiosk between visits: show it here too.
                staff_notice_ui(ui, view, notice, band);
            }
        });
    ctx.request_repaint_after_secs(1.0 / ATTRACT_FPS);
}

/// "Touch to start": one pill per language, each in its own language and
/// starting the visit in it ("Touch to start", "Toque para empezar"); side
/// by side when they fit, else one above the other. With one language,
/// one pill: "Touch anywhere to start".
fn start_buttons_ui(ui: &mut Ui, view: &mut View<'_>, screen: egui::Rect, top: f32) {
    let palette = view.palette;
    let font = theme::bold_font(size::H2);
    let pills: Vec<(String, String, Option<String>)> = if view.languages.len() > 1 {
        view.languages
            .iter()
            .map(|c| (c.start.clone(), c.start_spoken.clone(), Some(c.tag.clone())))
            .collect()
    } else {
        vec![(view.tr("kiosk-start"), view.tr("kiosk-start-spoken"), None)]
    };
    let height = 72.0;
    let gap = 24.0;
    let widths: Vec<f32> = pills
        .iter()
        .map(|(text, ..)| {
            let text_width = ui
                .painter()
                .layout_no_wrap(text.clone(), font.clone(), palette.on_accent)
                .size()
                .x;
            (text_width + 2.0 * 40.0).max(320.0)
        })
        .collect();
    let side_by_side =
        widths.iter().sum::<f32>() + gap * (widths.len() as f32 - 1.0) <= screen.width() * 0.9;
    let mut rects = Vec::new();
    if side_by_side {
        let total = widths.iter().sum::<f32>() + gap * (widths.len() as f32 - 1.0);
        let mut left = screen.center().x - total / 2.0;
        for width in &widths {
            rects.push(egui::Rect::from_min_size(
                egui::pos2(left, top),
                Vec2::new(*width, height),
            ));
            left += width + gap;
        }
    } else {
        let width = widths
            .iter()
            .copied()
            .fold(0.0_f32, f32::max)
            .min(screen.width() - 32.0);
        for (i, _) in widths.iter().enumerate() {
            rects.push(egui::Rect::from_center_size(
                egui::pos2(
                    screen.center().x,
                    top + height / 2.0 + i as f32 * (height + gap / 2.0),
                ),
                Vec2::new(width, height),
            ));
        }
    }
    // Where each language's pill is, for the press that starts the visit
    // (see `language_pressed`).
    let places: Vec<(egui::Rect, String)> = rects
        .iter()
        .zip(&pills)
        .filter_map(|(rect, (.., tag))| tag.clone().map(|tag| (*rect, tag)))
        .collect();
    ui.data_mut(|d| d.insert_temp(pills_id(), places));
    for ((text, spoken, tag), rect) in pills.into_iter().zip(rects) {
        ui.painter()
            .rect_filled(rect, theme::pill(rect.height()), palette.accent);
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            &text,
            font.clone(),
            palette.on_accent,
        );
        let Some(tag) = tag else {
            // The whole screen starts the visit: the pill is only its sign.
            continue;
        };
        let response = ui.interact(rect, Id::unique(("attract-start", &tag)), Sense::click());
        label_for_screen_readers(&response, Role::Button, &spoken);
        crate::ui::language::set_language(ui, response.id, &tag);
        if response.clicked() {
            view.push(Command::SetLanguage(tag));
            view.push(Command::Kiosk(KioskCommand::StartVisit));
        }
    }
}

fn pills_id() -> Id {
    Id::unique("attract-start-pills")
}

/// The language whose "Touch to start" a finger is landing on this frame.
/// A visit starts as the finger lands (before the attract screen sees a
/// click), so the press itself must say which language it starts in.
pub fn language_pressed(ctx: &egui::Context) -> Option<String> {
    let places: Vec<(egui::Rect, String)> = ctx.data(|d| d.get_temp(pills_id()))?;
    let pressed_at = ctx.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::PointerButton {
                pos, pressed: true, ..
            } => Some(*pos),
            egui::Event::Touch {
                pos,
                phase: egui::TouchPhase::Start,
                ..
            } => Some(*pos),
            _ => None,
        })
    })?;
    places
        .into_iter()
        .find(|(rect, _)| rect.contains(pressed_at))
        .map(|(_, tag)| tag)
}

/// The crisis contacts along the bottom of the attract screen, in each of
/// the pack's languages whose help reads differently: each language on one
/// line when it fits, otherwise one contact a line, each wrapped to the
/// screen. The band grows to fit the text. Returns the band. The contacts
/// are those of the one rule (`crisis::crisis_help`), or the sentence that
/// fits every region.
fn crisis_band_ui(ui: &mut Ui, view: &View<'_>, screen: egui::Rect) -> egui::Rect {
    let palette = view.palette;
    let font = FontId::proportional(size::BODY + 1.0);
    let margin = 32.0;
    let wrap_width = (screen.width() - 2.0 * margin).max(1.0);
    let painter = ui.painter();
    let gap = 10.0;
    // One galley per language, laid out before the band is sized.
    let blocks: Vec<(String, String, std::sync::Arc<egui::Galley>)> =
        crate::ui::crisis::attract_lines(view)
            .into_iter()
            .map(|help| {
                let one_line = format!("{}  {}", help.title, help.lines.join("   ·   "));
                let fits = painter
                    .layout_no_wrap(one_line.clone(), font.clone(), palette.text)
                    .size()
                    .x
                    <= wrap_width;
                let text = if fits {
                    one_line
                } else {
                    format!("{}\n{}", help.title, help.lines.join("\n"))
                };
                let mut job = egui::text::LayoutJob::simple(
                    text.clone(),
                    font.clone(),
                    palette.text,
                    wrap_width,
                );
                job.halign = Align::Center;
                (help.language, text, painter.layout_job(job))
            })
            .collect();
    let text_height = blocks.iter().map(|(.., g)| g.size().y).sum::<f32>()
        + gap * (blocks.len().saturating_sub(1)) as f32;
    let pad = 22.0;
    let height = (text_height + 2.0 * pad).max(72.0);
    let band = egui::Rect::from_min_max(
        egui::pos2(screen.left(), screen.bottom() - height),
        screen.right_bottom(),
    );
    painter.rect_filled(band, CornerRadius::ZERO, palette.surface_alt);
    let mut top = band.center().y - text_height / 2.0;
    for (language, text, galley) in blocks {
        // With centred text the galley's own rectangle is centred on its position.
        let pos = egui::pos2(band.center().x, top);
        top += galley.size().y + gap;
        let text_rect = galley.rect.translate(pos.to_vec2());
        ui.painter().galley(pos, galley, palette.text);
        // So screen readers (and tests) find the contacts where they are
        // drawn, and read each language in its own voice.
        let response = ui.interact(
            text_rect,
            Id::unique(("attract-crisis-contacts", &language)),
            Sense::hover(),
        );
        label_for_screen_readers(&response, Role::Label, &text.replace('\n', "  "));
        crate::ui::language::set_language(ui, response.id, &language);
    }
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
    painter.rect_filled(rect, CornerRadius::same(radius::SMALL), palette.notice_bg);
    painter.galley(rect.min + pad, galley, palette.notice_text);
    let response = ui.interact(rect, Id::unique("attract-staff-notice"), Sense::hover());
    label_for_screen_readers(&response, Role::Label, notice);
}

//! The attract screen between visits: a calm moving picture, the pack's
//! title, "Touch anywhere to start", the crisis contacts along the bottom,
//! and any note for staff.

use egui::accesskit::Role;
use egui::{Align, Align2, Area, CornerRadius, FontId, Id, Order, Sense, Ui, Vec2};

use crate::state::{Command, KioskCommand};
use crate::ui::theme::{self, radius, size, space};
use crate::ui::{View, label_for_screen_readers};

/// Frames per second of the attract screen's gentle motion.
const ATTRACT_FPS: f32 = 2.0;
/// One slow breath: in and out.
const BREATH_SECS: f64 = 10.0;
/// How long the circle breathes after the attract screen appears (at
/// start, and after each visit): then it rests, still, and the kiosk draws
/// nothing until someone comes (or quiet hours begin or end).
pub const MOTION_SECS: f64 = 20.0;

/// How the attract screen looks now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rest {
    /// Breathing, for a while after it appeared: `since` seconds ago.
    Breathing { since: f64 },
    /// Still: nothing moves, nothing is drawn until something changes.
    Still,
    /// Quiet hours: dimmed and still (crisis numbers still readable).
    Asleep,
}

impl Rest {
    /// The attract screen's rest `since` seconds after it appeared.
    pub fn at(since: f64, asleep: bool) -> Self {
        if asleep {
            Self::Asleep
        } else if since < MOTION_SECS {
            Self::Breathing { since }
        } else {
            Self::Still
        }
    }

    /// When to draw again (seconds), if the screen moves by itself: a few
    /// times a second while breathing, and once when it stops.
    pub fn next_frame_secs(self) -> Option<f32> {
        match self {
            Self::Breathing { since } => {
                Some((1.0 / ATTRACT_FPS).min((MOTION_SECS - since).max(0.01) as f32))
            }
            Self::Still | Self::Asleep => None,
        }
    }
}

pub fn attract_ui(
    ctx: &egui::Context,
    view: &mut View<'_>,
    rest: Rest,
    staff_notice: Option<&str>,
) {
    // Quiet hours: the same screen, dimmed.
    let asleep_palette = theme::Palette::asleep();
    let shown_palette = if rest == Rest::Asleep {
        &asleep_palette
    } else {
        view.palette
    };
    let palette = shown_palette;
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
            // The crisis contacts first, along the bottom, in large type:
            // everything else fits in what they leave.
            let band = crisis_band_ui(ui, view, palette, screen);
            let mut free_bottom = band.top() - 16.0;
            if let Some(notice) = staff_notice {
                // Staff glance at the kiosk between visits: show it here too.
                free_bottom = staff_notice_ui(ui, view, notice, band).top() - 12.0;
            }
            // The clinic's name (and logo) above the title, in a clinic's pack.
            let brand =
                crate::ui::clinic::attract_ui(ui, view, screen.center_top() + Vec2::new(0.0, 24.0));
            let painter = ui.painter();
            let widest = (screen.width() * 0.85).min(900.0);
            let mut title = egui::text::LayoutJob::simple(
                view.pack.info.title.clone(),
                theme::bold_font(size::H1 * 1.3),
                palette.heading,
                widest,
            );
            title.halign = egui::Align::Center;
            let title = painter.layout_job(title);
            // The pack's own tagline, centred, wrapped into lines of even
            // length (no single word left alone on the last line).
            let font = FontId::proportional(size::H3);
            let tagline = &view.pack.info.tagline;
            let one_line = painter
                .layout_no_wrap(tagline.clone(), font.clone(), palette.text)
                .size()
                .x;
            let lines = (one_line / widest).ceil().max(1.0);
            let mut job = egui::text::LayoutJob::simple(
                tagline.clone(),
                font,
                palette.text,
                (one_line / lines + size::H3 * 2.0).min(widest),
            );
            job.halign = egui::Align::Center;
            let tagline = painter.layout_job(job);
            let pills = start_buttons_height(ui, view, screen);
            // The circle takes the room left between the words and the
            // "Touch to start" pills; on a short screen, there is none.
            let top = screen.top() + (screen.height() * 0.06).max(brand + 40.0);
            let words_h = title.size().y + space::M + tagline.size().y + 24.0;
            let breath_words = size::BODY + 24.0;
            let room = free_bottom - top - words_h - pills - 24.0 - breath_words;
            let largest = screen.height().min(screen.width()) * 0.16;
            let base = (room / 2.0).min(largest);
            let circle_h = if base >= 36.0 {
                2.0 * base + breath_words
            } else {
                0.0
            };
            // What is left is shared above and below (not above a clinic's name).
            let slack = (free_bottom - top - words_h - circle_h - pills).max(0.0);
            let top = top + if brand > 0.0 { 0.0 } else { slack / 3.0 };
            let title_h = title.size().y;
            painter.galley(egui::pos2(screen.center().x, top), title, palette.heading);
            let tagline_top = top + title_h + space::M;
            let tagline_h = tagline.size().y;
            painter.galley(
                egui::pos2(screen.center().x, tagline_top),
                tagline,
                palette.text,
            );
            let content_top = tagline_top + tagline_h + 24.0;
            let prompt_top = if circle_h > 0.0 {
                let centre = egui::pos2(screen.center().x, content_top + base);
                let breath = match rest {
                    Rest::Breathing { since } => {
                        let phase = (since % BREATH_SECS) / BREATH_SECS * std::f64::consts::TAU;
                        let words = if phase < std::f64::consts::PI {
                            "kiosk-breathe-in"
                        } else {
                            "kiosk-breathe-out"
                        };
                        painter.text(
                            centre + Vec2::new(0.0, base + 20.0),
                            Align2::CENTER_CENTER,
                            view.tr(words),
                            FontId::proportional(size::BODY),
                            palette.text_muted,
                        );
                        (1.0 - phase.cos()) as f32 / 2.0
                    }
                    // At rest, the circle is still, half way through a breath.
                    Rest::Still | Rest::Asleep => 0.5,
                };
                // A slow breathing circle: a calm thing to look at.
                // Fainter in quiet hours.
                let faint = if rest == Rest::Asleep { 2 } else { 1 };
                for (i, alpha) in [(0, 40u8), (1, 70), (2, 110)] {
                    let alpha = alpha / faint;
                    let r = base * (0.7 + 0.3 * breath) * (1.0 - 0.22 * i as f32);
                    painter.circle_filled(centre, r, theme::with_alpha(palette.individual, alpha));
                }
                centre.y + base + breath_words
            } else {
                content_top
            };
            start_buttons_ui(ui, view, palette, screen, prompt_top);
        });
    if let Some(secs) = rest.next_frame_secs() {
        ctx.request_repaint_after_secs(secs);
    }
}

/// How tall the "Touch to start" pills are, side by side or stacked.
fn start_buttons_height(ui: &Ui, view: &View<'_>, screen: egui::Rect) -> f32 {
    let (_, rects) = start_button_places(ui, view, screen, 0.0);
    rects.iter().map(|r| r.bottom()).fold(0.0_f32, f32::max)
}

/// "Touch to start": one pill per language, each in its own language and
/// starting the visit in it ("Touch to start", "Toque para empezar"); side
/// by side when they fit, else one above the other. With one language,
/// one pill: "Touch anywhere to start". Returns the pills' words and where
/// each goes, `top` being the top of the first.
#[allow(clippy::type_complexity)]
fn start_button_places(
    ui: &Ui,
    view: &View<'_>,
    screen: egui::Rect,
    top: f32,
) -> (Vec<(String, String, Option<String>)>, Vec<egui::Rect>) {
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
                .layout_no_wrap(text.clone(), font.clone(), view.palette.on_accent)
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
    (pills, rects)
}

fn start_buttons_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    palette: &theme::Palette,
    screen: egui::Rect,
    top: f32,
) {
    let font = theme::bold_font(size::H2);
    let (pills, rects) = start_button_places(ui, view, screen, top);
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
fn crisis_band_ui(
    ui: &mut Ui,
    view: &View<'_>,
    palette: &theme::Palette,
    screen: egui::Rect,
) -> egui::Rect {
    let font = FontId::proportional(size::CRISIS_ATTRACT);
    let bold = theme::bold_font(size::CRISIS_ATTRACT);
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
                let rest = if fits {
                    format!("  {}", help.lines.join("   ·   "))
                } else {
                    format!("\n{}", help.lines.join("\n"))
                };
                let text = format!("{}{rest}", help.title);
                let mut job = egui::text::LayoutJob::default();
                let format = |font: &FontId| egui::text::TextFormat {
                    font_id: font.clone(),
                    color: palette.text,
                    ..Default::default()
                };
                job.append(&help.title, 0.0, format(&bold));
                job.append(&rest, 0.0, format(&font));
                job.wrap.max_width = wrap_width;
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
fn staff_notice_ui(ui: &mut Ui, view: &View<'_>, notice: &str, band: egui::Rect) -> egui::Rect {
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
    rect
}

//! Take-home on the kiosk, with nothing leaving the machine: large QR codes,
//! drawn by egui as rectangles. Two kinds: the clinic's web page (its
//! address from the pack), and the visitor's own summary as plain text
//! inside the code (what mattered to them and their questions to ask, at
//! most [`MAX_SUMMARY_CHARS`]): no address, no server, nothing stored.
//!
//! Every code is made from the visit as it is, on the frame it is drawn:
//! nothing is kept, so when the visit ends the code is gone with it.

use egui::accesskit::Role;
use egui::{CornerRadius, Frame, Margin, Rect, RichText, Sense, Ui, Vec2};
use qrcode::{Color, EcLevel, QrCode};

use super::theme::{self, radius, size, space};
use super::{View, heading, label_for_screen_readers, muted};
use crate::content::decision::{self, Decision};
use crate::handout::Pick;
use crate::i18n::Catalogue;

/// The most characters the visitor's summary holds: any phone reads it.
pub const MAX_SUMMARY_CHARS: usize = 300;
/// Empty modules around a code, as the standard asks.
const QUIET_ZONE: usize = 4;
/// The widest a code is drawn, in points.
const MAX_SIDE: f32 = 440.0;

/// The visitor's own summary, as plain text: the topics that mattered most
/// and their questions to ask, cut to [`MAX_SUMMARY_CHARS`] (whole questions
/// are left out first). `None` when the answers say nothing yet.
pub fn summary_text(
    catalogue: &Catalogue,
    decision: &Decision,
    answers: &[Option<usize>],
) -> Option<String> {
    let reflection = decision::reflect(decision, answers);
    if reflection.priorities.is_empty() && reflection.asks.is_empty() {
        return None;
    }
    let mut lines = Vec::new();
    if !reflection.priorities.is_empty() {
        let topics: Vec<&str> = reflection
            .priorities
            .iter()
            .map(|q| q.topic.trim())
            .collect();
        lines.push(catalogue.tr_args(
            "clinic-qr-mattered",
            &[("topics", topics.join(", ").into())],
        ));
    }
    let header = catalogue.tr("clinic-qr-asks");
    if !reflection.asks.is_empty() {
        lines.push(header.clone());
        lines.extend(
            reflection
                .asks
                .iter()
                .map(|ask| format!("- {}", ask.trim())),
        );
    }
    while lines.len() > 1 && lines.join("\n").chars().count() > MAX_SUMMARY_CHARS {
        lines.pop();
        if lines.last() == Some(&header) {
            lines.pop();
        }
    }
    let text = lines.join("\n");
    if text.chars().count() <= MAX_SUMMARY_CHARS {
        return Some(text);
    }
    let cut: String = text.chars().take(MAX_SUMMARY_CHARS - 1).collect();
    Some(format!("{}…", cut.trim_end()))
}

/// On the "Which fits me?" result: the visitor's questions as a QR code on
/// a kiosk; "Save a handout…" at home.
pub fn decide_result_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    decision: &Decision,
    answers: &[Option<usize>],
) {
    ui.add_space(space::M);
    if view.kiosk {
        summary_ui(ui, view, decision, answers);
        if let Some(clinic) = &view.pack.info.clinic
            && let Some(website) = &clinic.website
        {
            website_ui(ui, view, &clinic.name, website);
        }
    } else {
        super::handout::open_button(ui, view, Some(Pick::Decision));
    }
}

/// "Take your questions with you": the summary in a code, and the same
/// text beside it, so the visitor sees what the code holds.
pub fn summary_ui(ui: &mut Ui, view: &View<'_>, decision: &Decision, answers: &[Option<usize>]) {
    let Some(text) = summary_text(view.catalogue, decision, answers) else {
        return;
    };
    let palette = view.palette;
    heading(ui, palette, 2, &view.tr("clinic-qr-mine-title"));
    muted(ui, palette, &view.tr("clinic-qr-mine-note"));
    let spoken = view.tr("clinic-qr-mine-spoken");
    let shown = |ui: &mut Ui| {
        Frame::new()
            .fill(palette.surface_alt)
            .corner_radius(CornerRadius::same(radius::MEDIUM))
            .inner_margin(Margin::same(14))
            .show(ui, |ui| {
                ui.set_max_width(MAX_SIDE);
                let text = RichText::new(&text).size(size::BODY);
                super::reading::text(ui, text, egui::accesskit::Role::Paragraph);
            });
    };
    // The code and what it holds side by side where there is room.
    if ui.available_width() >= MAX_SIDE * 1.8 {
        ui.horizontal_top(|ui| {
            ui.allocate_ui(Vec2::new(MAX_SIDE, 0.0), |ui| code_ui(ui, &text, &spoken));
            ui.vertical(shown);
        });
    } else {
        code_ui(ui, &text, &spoken);
        shown(ui);
    }
}

/// The clinic's web page in a code.
pub fn website_ui(ui: &mut Ui, view: &View<'_>, name: &str, url: &str) {
    let palette = view.palette;
    heading(ui, palette, 2, &view.tr("clinic-qr-website-title"));
    muted(
        ui,
        palette,
        &view.tr_args("clinic-qr-website-note", &[("url", url.into())]),
    );
    code_ui(
        ui,
        url,
        &view.tr_args("clinic-qr-website-spoken", &[("name", name.into())]),
    );
}

/// A QR code of `payload`, as large as fits (up to [`MAX_SIDE`] points),
/// black on white in every theme, each module a whole number of pixels.
fn code_ui(ui: &mut Ui, payload: &str, spoken: &str) {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::L));
    let Ok(code) = code else {
        log::warn!("no QR code for a text of {} bytes", payload.len());
        return;
    };
    let width = code.width();
    let colors = code.to_colors();
    let modules = width + 2 * QUIET_ZONE;
    let pixels_per_point = ui.ctx().pixels_per_point();
    let side = ui.available_width().min(MAX_SIDE);
    // Whole pixels a module: crisp edges a camera reads well.
    let module_px = ((side * pixels_per_point) / modules as f32)
        .floor()
        .max(2.0);
    let module = module_px / pixels_per_point;
    let (rect, response) =
        ui.allocate_exact_size(Vec2::splat(module * modules as f32), Sense::hover());
    let origin = egui::pos2(
        (rect.min.x * pixels_per_point).round() / pixels_per_point,
        (rect.min.y * pixels_per_point).round() / pixels_per_point,
    );
    let painter = ui.painter();
    painter.rect_filled(rect, CornerRadius::ZERO, theme::QR_LIGHT);
    for (y, row) in colors.chunks(width).enumerate() {
        // Runs of dark modules on a row, one rectangle each.
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let min = origin
                    + Vec2::new(
                        (start + QUIET_ZONE) as f32 * module,
                        (y + QUIET_ZONE) as f32 * module,
                    );
                let run = Rect::from_min_size(min, Vec2::new((x - start) as f32 * module, module));
                painter.rect_filled(run, CornerRadius::ZERO, theme::QR_DARK);
            } else {
                x += 1;
            }
        }
    }
    label_for_screen_readers(&response, Role::Image, spoken);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_fits_and_keeps_whole_questions() {
        let pack = crate::content::builtin();
        let decision = pack.decision.as_ref().expect("the built-in pack has one");
        let catalogue = Catalogue::english();
        // Nothing answered: nothing to take away.
        assert_eq!(summary_text(&catalogue, decision, &[]), None);
        // Everything "very important": many topics, many questions.
        let answers: Vec<Option<usize>> = decision
            .questions
            .iter()
            .map(|q| {
                let answers = decision.answers(q);
                answers
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, a)| i32::from(a.value).abs())
                    .map(|(i, _)| i)
            })
            .collect();
        let text = summary_text(&catalogue, decision, &answers).expect("a summary");
        assert!(text.chars().count() <= MAX_SUMMARY_CHARS, "{text}");
        assert!(text.starts_with("What mattered to me: "), "{text}");
        // Every question in it is whole.
        for line in text.lines().filter(|l| l.starts_with("- ")) {
            assert!(line.ends_with('?'), "{line}");
        }
    }
}

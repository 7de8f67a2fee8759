//! Easy Read: short sentences in large text, each key idea with a picture
//! beside it. It stands in for the usual words on Home, the two formats
//! (Benefits), Compare, "Need help now?" and the opening of "Which fits
//! me?"; what has no Easy Read version follows, marked as such.
//!
//! One toggle in the top bar turns it on and off. It is a display setting:
//! remembered at home like text size, forgotten when a kiosk visit ends.
//! A pack without `easy-read.ron` has no toggle.
//!
//! The pictures are presentational (see `picture`): each sentence says
//! what its picture shows, and screen readers read the sentence.

use egui::accesskit::Role;
use egui::{RichText, Stroke, Ui, Vec2, WidgetInfo};

use super::picture;
use super::theme::{self, size, space};
use super::{View, body, heading, muted};
use crate::content::{EasyLine, EasyScreen, EasyScreenKind, Format};
use crate::state::{Command, DisplayCommand, Overlay};

/// The picture on the toggle: an open book.
const TOGGLE_PICTURE: &str = "1F4D6";

// Easy Read text is large: at least a quarter larger than body text.
const _: () = assert!(size::EASY_READ >= size::BODY * 1.25);

/// OpenMoji's home, named with the credit on Sources.
pub const OPENMOJI_URL: &str = "https://openmoji.org";
/// The licence of the pictures.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by-sa/4.0/";

/// Whether Easy Read is on (and the pack has it).
pub fn is_on(view: &View<'_>) -> bool {
    view.settings.easy_read && view.pack.easy_read.is_some()
}

/// The Easy Read text standing in for a screen, when Easy Read is on.
pub fn screen<'a>(view: &View<'a>, which: EasyScreenKind) -> Option<&'a EasyScreen> {
    if !view.settings.easy_read {
        return None;
    }
    view.pack.easy_read.as_ref()?.screen(which)
}

/// The Easy Read text about one format.
pub fn format_screen(format: Format) -> EasyScreenKind {
    match format {
        Format::Individual => EasyScreenKind::Individual,
        Format::Group => EasyScreenKind::Group,
    }
}

/// The first line of a screen's Easy Read text (a door's summary on Home),
/// when Easy Read is on.
pub fn first_line<'a>(view: &View<'a>, which: EasyScreenKind) -> Option<&'a EasyLine> {
    screen(view, which)?.lines.first()
}

/// The "Easy Read" toggle (top bar). Nothing when the pack has no Easy Read.
pub fn toggle_ui(ui: &mut Ui, view: &mut View<'_>) -> Option<egui::Response> {
    view.pack.easy_read.as_ref()?;
    let palette = view.palette;
    let on = view.settings.easy_read;
    let (fill, color, stroke) = if on {
        (
            palette.accent,
            palette.on_accent,
            Stroke::new(1.5, palette.accent),
        )
    } else {
        (
            palette.surface,
            palette.text,
            Stroke::new(1.5, palette.border),
        )
    };
    let text = RichText::new(view.tr("easy-read-toggle"))
        .size(size::BUTTON)
        .color(color);
    let button = match picture::image(TOGGLE_PICTURE, size::PICTURE_IN_BUTTON) {
        Some(image) => egui::Button::image_and_text(image, text),
        None => egui::Button::new(text),
    };
    let response = ui.add(
        button
            .fill(fill)
            .stroke(stroke)
            .corner_radius(theme::pill(size::TARGET))
            .min_size(Vec2::splat(size::TARGET)),
    );
    // A toggle button: heard as "pressed" or "not pressed".
    let spoken = view.tr("easy-read-toggle-spoken");
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, on, &spoken));
    if response.clicked() {
        view.push(Command::Display(DisplayCommand::EasyRead(!on)));
    }
    Some(response)
}

/// How wide the toggle is, for folding the top bar: as last drawn, or
/// else its picture, its words and a button's padding.
pub fn toggle_width(ui: &Ui, view: &View<'_>) -> f32 {
    let text = view.tr("easy-read-toggle");
    let font = egui::FontId::proportional(size::BUTTON);
    let drawn = super::layout::button_width(ui, &text, &font);
    let known = ui.data(|d| d.get_temp::<f32>(toggle_width_id(&text)));
    known.unwrap_or(drawn + size::PICTURE_IN_BUTTON + ui.spacing().icon_spacing)
}

/// Remember how wide the toggle was drawn (see [`toggle_width`]).
pub fn remember_toggle_width(ui: &Ui, view: &View<'_>, width: f32) {
    let assumed = toggle_width(ui, view);
    let id = toggle_width_id(&view.tr("easy-read-toggle"));
    if ui.data(|d| d.get_temp::<f32>(id)).is_none() || (assumed - width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, width));
    }
    if (assumed - width).abs() > 0.5 {
        ui.ctx().request_discard("the Easy Read toggle's width");
    }
}

fn toggle_width_id(text: &str) -> egui::Id {
    egui::Id::unique(("easy_read_toggle_width", text))
}

/// An Easy Read text: its title as a heading of `level`, then its lines.
pub fn screen_ui(ui: &mut Ui, view: &View<'_>, screen: &EasyScreen, level: u8) {
    heading(ui, view.palette, level, &screen.title);
    lines_ui(ui, &screen.lines);
}

/// Easy Read lines, one under the other, each with its picture beside it.
pub fn lines_ui(ui: &mut Ui, lines: &[EasyLine]) {
    ui.add_space(space::S);
    for line in lines {
        line_ui(ui, line);
        ui.add_space(space::XS);
    }
}

/// One line: its picture (or the room for one, so the sentences line up),
/// then the sentence in large text.
pub fn line_ui(ui: &mut Ui, line: &EasyLine) {
    // (`horizontal` starts one row high: a layout given the whole height
    // would centre the line in it, and a grid cell would grow each frame.)
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = space::XL;
        let shown = line
            .picture
            .as_deref()
            .and_then(|code| picture::picture_ui(ui, code, size::PICTURE));
        if shown.is_none() {
            ui.allocate_exact_size(Vec2::splat(size::PICTURE), egui::Sense::hover());
        }
        let text = RichText::new(&line.text).size(size::EASY_READ);
        super::reading::text(ui, text, egui::accesskit::Role::Paragraph);
    });
}

/// Under the Easy Read part of a screen: the rest is not in Easy Read.
pub fn rest_note_ui(ui: &mut Ui, view: &View<'_>) {
    ui.add_space(space::M);
    ui.separator();
    muted(ui, view.palette, &view.tr("easy-read-rest"));
}

/// At the foot of a screen showing Easy Read pictures: whose they are.
pub fn credit_ui(ui: &mut Ui, view: &View<'_>) {
    if is_on(view) {
        ui.add_space(space::M);
        muted(ui, view.palette, &view.tr("easy-read-credit"));
    }
}

/// On Sources, whenever the pack has Easy Read: the pictures' credit and
/// licence, as OpenMoji asks.
pub fn sources_credit_ui(ui: &mut Ui, view: &mut View<'_>) {
    if view.pack.easy_read.is_none() {
        return;
    }
    let palette = view.palette;
    ui.add_space(space::L);
    heading(ui, palette, 2, &view.tr("easy-read-pictures-title"));
    body(ui, &view.tr("easy-read-pictures-intro"));
    body(ui, crate::pictures::CREDIT);
    ui.horizontal_wrapped(|ui| {
        for url in [OPENMOJI_URL, LICENCE_URL] {
            let response = ui.add(
                egui::Button::new(
                    RichText::new(view.tr_args("sources-website", &[("url", url.into())]))
                        .size(size::SMALL)
                        .color(palette.link),
                )
                .frame(false)
                .wrap()
                .min_size(Vec2::new(0.0, size::TARGET)),
            );
            super::label_for_screen_readers(
                &response,
                Role::Link,
                &view.tr_args("sources-website-spoken", &[("url", url.into())]),
            );
            if response.clicked() {
                view.push(Command::Show(Overlay::ExternalLink(url.to_owned())));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_toggle_picture_exists() {
        assert!(picture::image(TOGGLE_PICTURE, 10.0).is_some());
    }
}

//! The small pieces every screen is built from: headings, text, buttons,
//! toggles, cards and panels, each with a name for screen readers.

use egui::accesskit::Role;
use egui::{
    Color32, CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui, UiBuilder, Vec2, WidgetInfo,
};

use super::theme::{self, Palette, radius, size};
use super::{View, reading, search};
use crate::content::Format;

/// How scrolling works on a kiosk: drag anywhere, from the first touch (egui
/// would wait until it has seen a touch event), or turn a wheel. The scroll
/// bar only shows where you are: at 12 px it is too thin a target for a finger.
pub const KIOSK_SCROLL: egui::scroll_area::ScrollSource = egui::scroll_area::ScrollSource {
    scroll_bar: false,
    drag: egui::scroll_area::DragScroll::Always,
    mouse_wheel: true,
};

/// A heading that screen readers announce as a heading (and a stop on the
/// reading path).
pub fn heading(ui: &mut Ui, palette: &Palette, level: u8, text: &str) -> egui::Response {
    heading_looking_like(ui, palette, level, level, text)
}

/// A heading of `level` in the type of `looks_like` (a smaller one where
/// the screen is short).
pub fn heading_looking_like(
    ui: &mut Ui,
    palette: &Palette,
    level: u8,
    looks_like: u8,
    text: &str,
) -> egui::Response {
    let label = egui::Label::new(
        RichText::new(text)
            .font(theme::heading_font(looks_like))
            .color(palette.heading),
    )
    .wrap();
    let response = reading::label(ui, label, Role::Heading, text);
    set_heading_level(ui, &response, level);
    response
}

fn set_heading_level(ui: &Ui, response: &egui::Response, level: u8) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        // AccessKit counts levels from 0 (a screen reader says "heading level 1").
        node.set_level(usize::from(level).saturating_sub(1));
    });
}

/// Plain text laid out to wrap at `wrap_width`, with the words the last
/// search found given a highlight. Returns whether any word was marked.
pub fn marked(
    view: &View<'_>,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    wrap_width: f32,
) -> (egui::text::LayoutJob, bool) {
    let ranges = view.index.language().found_ranges(view.highlight, text);
    let job = search::highlighted(
        text,
        &ranges,
        font,
        color,
        view.palette.highlight,
        wrap_width,
    );
    (job, !ranges.is_empty())
}

/// A wrapped paragraph whose words found by a search are highlighted;
/// opened from a search, the first such label is brought into view once.
pub fn marked_label(
    ui: &mut Ui,
    view: &mut View<'_>,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
) -> egui::Response {
    marked_block(ui, view, text, font, color, Role::Paragraph)
}

/// A [`marked_label`] with another role on the reading path.
pub fn marked_block(
    ui: &mut Ui,
    view: &mut View<'_>,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
    role: Role,
) -> egui::Response {
    let (job, found) = marked(view, text, font, color, ui.available_width());
    let response = reading::label(ui, egui::Label::new(job).wrap(), role, text);
    if found && view.scroll_to_highlight {
        response.scroll_to_me(Some(egui::Align::Center));
        view.scroll_to_highlight = false;
    }
    response
}

/// A heading (see [`heading`]) whose words found by a search are highlighted.
pub fn heading_marked(ui: &mut Ui, view: &mut View<'_>, level: u8, text: &str) -> egui::Response {
    let color = view.palette.heading;
    let font = theme::heading_font(level);
    let response = marked_block(ui, view, text, font, color, Role::Heading);
    set_heading_level(ui, &response, level);
    response
}

/// Body text that wraps: a paragraph on the reading path.
pub fn body(ui: &mut Ui, text: &str) -> egui::Response {
    let label = egui::Label::new(RichText::new(text).size(size::BODY)).wrap();
    reading::label(ui, label, Role::Paragraph, text)
}

/// Secondary text that wraps (a paragraph on the reading path).
pub fn muted(ui: &mut Ui, palette: &Palette, text: &str) -> egui::Response {
    let label = egui::Label::new(
        RichText::new(text)
            .size(size::SMALL)
            .color(palette.text_muted),
    )
    .wrap();
    reading::label(ui, label, Role::Paragraph, text)
}

/// A button at least [`size::TARGET`] in each direction, with an accessible
/// name that makes sense out of context.
pub fn button(ui: &mut Ui, text: &str, accessible: &str) -> egui::Response {
    let response = ui.add(
        egui::Button::new(RichText::new(text).size(size::BUTTON))
            .min_size(Vec2::splat(size::TARGET)),
    );
    label_for_screen_readers(&response, Role::Button, accessible);
    response
}

/// A filled, prominent button.
pub fn primary_button(
    ui: &mut Ui,
    fill: Color32,
    text_color: Color32,
    text: &str,
    accessible: &str,
) -> egui::Response {
    let response = ui.add(
        egui::Button::new(
            RichText::new(text)
                .font(theme::bold_font(size::BUTTON))
                .color(text_color),
        )
        .fill(fill)
        .stroke(Stroke::NONE)
        .corner_radius(theme::pill(size::TARGET))
        .min_size(Vec2::new(size::TARGET * 2.0, size::TARGET)),
    );
    label_for_screen_readers(&response, Role::Button, accessible);
    response
}

/// A toggle that shows whether it is on.
pub fn toggle(
    ui: &mut Ui,
    palette: &Palette,
    selected: bool,
    text: &str,
    accessible: &str,
) -> egui::Response {
    let (fill, color) = if selected {
        (palette.accent, palette.on_accent)
    } else {
        (palette.surface, palette.text)
    };
    let response = ui.add(
        egui::Button::new(RichText::new(text).size(size::BUTTON).color(color))
            .fill(fill)
            .corner_radius(theme::pill(size::TARGET))
            .min_size(Vec2::splat(size::TARGET)),
    );
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, accessible));
    response
}

/// Mark a table cell's node with its place in the table (row 0 is the header row).
pub fn table_place(ui: &Ui, response: &egui::Response, row: usize, column: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_row_index(row);
        node.set_column_index(column);
    });
}

pub fn label_for_screen_readers(response: &egui::Response, role: Role, label: &str) {
    response.widget_info(|| WidgetInfo::labeled(role, true, label));
}

/// A rounded card that is one big button. Returns the click response.
///
/// It fills what is left of its cell's height (in a [`super::grid`] row,
/// every card is as tall as the tallest). Its border thickens when it is
/// hovered, pressed or focused, inside the same size: the focus moves
/// nothing. On a touch screen (see [`set_touch_screen`]) it is never drawn
/// hovered: a finger that has lifted is not over anything.
pub fn card_button(
    ui: &mut Ui,
    palette: &Palette,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    accessible: &str,
    min_height: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    /// The card's inner margin at its thickest border.
    const MARGIN: f32 = 20.0;
    const THICKEST: f32 = 3.0;
    let touch = is_touch_screen(ui);
    // The rest of the cell's height, if it was given one.
    let fill_to = ui.min_rect().bottom();
    let builder = UiBuilder::new().id_salt(id_salt).sense(Sense::click());
    let mut shown = String::new();
    let response = ui
        .scope_builder(builder, |ui| {
            let response = ui.response();
            let hovered = response.hovered() && !touch;
            let (fill, stroke) = if response.has_focus() {
                (palette.hovered, Stroke::new(THICKEST, palette.focus))
            } else if response.is_pointer_button_down_on() {
                (palette.pressed, Stroke::new(2.0, palette.focus))
            } else if hovered {
                (palette.hovered, Stroke::new(2.0, palette.focus))
            } else {
                (palette.surface, Stroke::new(1.0, palette.border))
            };
            // A thinner border gets a wider margin: the same size either way.
            let margin = MARGIN + THICKEST - stroke.width;
            let top = ui.cursor().top();
            Frame::new()
                .fill(fill)
                .stroke(stroke)
                .corner_radius(CornerRadius::same(radius::CARD))
                .inner_margin(Margin::same(margin.round() as i8))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    let stretch = fill_to - top - 2.0 * (MARGIN + THICKEST);
                    ui.set_min_height(min_height.max(stretch));
                    // Its words are read as the card's, not one by one.
                    shown = reading::inside_card(ui, add_contents).1;
                });
        })
        .response;
    label_for_screen_readers(&response, Role::Button, accessible);
    reading::card(ui, &response, accessible, &shown);
    response
}

fn touch_screen_id() -> egui::Id {
    egui::Id::unique("touch-screen")
}

/// Say whether the app runs on a touch screen (a kiosk): then nothing is
/// drawn hovered.
pub fn set_touch_screen(ctx: &egui::Context, touch: bool) {
    ctx.data_mut(|d| d.insert_temp(touch_screen_id(), touch));
}

fn is_touch_screen(ui: &Ui) -> bool {
    ui.data(|d| d.get_temp(touch_screen_id())).unwrap_or(false)
}

/// The look of every card and panel: surface, thin border, rounded corners.
pub fn card_frame(palette: &Palette, margin: i8) -> Frame {
    Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(radius::CARD))
        .inner_margin(Margin::same(margin))
}

/// A quiet rounded panel for text.
pub fn panel(ui: &mut Ui, palette: &Palette, add_contents: impl FnOnce(&mut Ui)) {
    card_frame(palette, 22).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        add_contents(ui);
    });
}

/// A small coloured label naming a format.
pub fn format_badge(ui: &mut Ui, view: &View<'_>, format: Format) {
    let name = view.format_name(format).to_owned();
    let plain = name.clone();
    Frame::new()
        .fill(view.palette.format(format))
        .corner_radius(CornerRadius::same(radius::LARGE))
        .inner_margin(Margin::symmetric(10, 3))
        .show(ui, |ui| {
            let name = RichText::new(name)
                .font(theme::bold_font(size::SMALL))
                .color(view.palette.on_format);
            reading::label(ui, egui::Label::new(name), Role::Paragraph, &plain);
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Language;
    use crate::content::search::SearchIndex;

    /// The highlighted stretches of a laid-out job.
    fn marked_words(job: &egui::text::LayoutJob, highlight: egui::Color32) -> Vec<&str> {
        job.sections
            .iter()
            .filter(|s| s.format.background == highlight)
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn found_words_are_marked_in_titles_cells_and_headings() {
        let pack = crate::content::builtin();
        let palette = Palette::light();
        let settings = crate::settings::Settings::default();
        let index = SearchIndex::default();
        let catalogue = crate::i18n::Catalogue::english();
        // A search for "behavior" (US spelling) and "groups".
        let highlight = vec![
            Language::English.normalise_word("behavior"),
            Language::English.normalise_word("groups"),
        ];
        let view = View {
            pack: &pack,
            palette: &palette,
            catalogue: &catalogue,
            kiosk: false,
            settings: &settings,
            index: &index,
            search: "",
            focus_search: false,
            highlight: &highlight,
            scroll_to_highlight: false,
            scroll_to: None,
            crisis: crate::ui::crisis::CrisisHelp::Neutral,
            other_crisis: &[],
            languages: &[],
            commands: Vec::new(),
        };
        let text = "Cognitive behavioural therapy (CBT) in a group";
        let lay_out = |view: &View<'_>| {
            marked(
                view,
                text,
                egui::FontId::proportional(18.0),
                palette.text,
                400.0,
            )
        };
        let (job, found) = lay_out(&view);
        assert!(found);
        assert_eq!(job.text, text, "no text lost or added");
        assert_eq!(
            marked_words(&job, palette.highlight),
            ["behavioural", "group"]
        );
        // Nothing searched: nothing marked.
        let view = View {
            highlight: &[],
            ..view
        };
        let (job, found) = lay_out(&view);
        assert!(!found);
        assert!(marked_words(&job, palette.highlight).is_empty());
    }
}

//! Drawing the pack. Screens read the model and push [`Command`]s; they never
//! change app state directly.

pub mod approaches;
pub mod benefits;
pub mod chrome;
pub mod compare;
pub mod decide;
pub mod home;
pub mod kiosk;
pub mod markdown;
pub mod pages;
pub mod search;
pub mod sources;
pub mod theme;

use egui::accesskit::Role;
use egui::{
    Align, Color32, CornerRadius, FontId, Frame, Layout, Margin, RichText, Sense, Stroke, Ui,
    UiBuilder, Vec2, WidgetInfo,
};

use crate::content::{Format, Pack};
use crate::state::{Command, Route};
use theme::{Palette, size};

/// What every screen needs while drawing.
pub struct View<'a> {
    pub pack: &'a Pack,
    pub palette: &'a Palette,
    pub kiosk: bool,
    pub settings: &'a crate::settings::Settings,
    pub index: &'a crate::content::search::SearchIndex,
    /// What is in the search box.
    pub search: &'a str,
    /// Put the cursor in the search box this frame.
    pub focus_search: bool,
    /// Normalised words to highlight in documents (from a search).
    pub highlight: &'a [String],
    /// Scroll the first highlighted word into view this frame.
    pub scroll_to_highlight: bool,
    /// Row or source id to bring into view this frame.
    pub scroll_to: Option<&'a str>,
    pub commands: Vec<Command>,
}

impl View<'_> {
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn go(&mut self, route: Route) {
        self.commands.push(Command::Go(route));
    }

    pub fn format_name(&self, format: Format) -> &str {
        &self.pack.info.format(format).name
    }
}

/// How scrolling works on a kiosk: drag anywhere, from the first touch (egui
/// would wait until it has seen a touch event), or turn a wheel. The scroll
/// bar only shows where you are: at 12 px it is too thin a target for a finger.
pub const KIOSK_SCROLL: egui::scroll_area::ScrollSource = egui::scroll_area::ScrollSource {
    scroll_bar: false,
    drag: egui::scroll_area::DragScroll::Always,
    mouse_wheel: true,
};

/// A heading that screen readers announce as a heading.
pub fn heading(ui: &mut Ui, palette: &Palette, level: u8, text: &str) -> egui::Response {
    let response = ui.add(
        egui::Label::new(
            RichText::new(text)
                .font(theme::heading_font(level))
                .color(palette.heading),
        )
        .wrap(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Heading, true, text));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        // AccessKit counts levels from 0 (a screen reader says "heading level 1").
        node.set_level(usize::from(level).saturating_sub(1));
    });
    response
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

/// A wrapped label whose words found by a search are highlighted; opened
/// from a search, the first such label is brought into view once.
pub fn marked_label(
    ui: &mut Ui,
    view: &mut View<'_>,
    text: &str,
    font: egui::FontId,
    color: egui::Color32,
) -> egui::Response {
    let (job, found) = marked(view, text, font, color, ui.available_width());
    let response = ui.add(egui::Label::new(job).wrap());
    if found && view.scroll_to_highlight {
        response.scroll_to_me(Some(egui::Align::Center));
        view.scroll_to_highlight = false;
    }
    response
}

/// A heading (see [`heading`]) whose words found by a search are highlighted.
pub fn heading_marked(ui: &mut Ui, view: &mut View<'_>, level: u8, text: &str) -> egui::Response {
    let color = view.palette.heading;
    let response = marked_label(ui, view, text, theme::heading_font(level), color);
    response.widget_info(|| WidgetInfo::labeled(Role::Heading, true, text));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        // AccessKit counts levels from 0 (a screen reader says "heading level 1").
        node.set_level(usize::from(level).saturating_sub(1));
    });
    response
}

/// Body text that wraps.
pub fn body(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text).size(size::BODY)).wrap())
}

/// Secondary text that wraps.
pub fn muted(ui: &mut Ui, palette: &Palette, text: &str) -> egui::Response {
    ui.add(
        egui::Label::new(
            RichText::new(text)
                .size(size::SMALL)
                .color(palette.text_muted),
        )
        .wrap(),
    )
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
        .corner_radius(CornerRadius::same(24))
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
            .corner_radius(CornerRadius::same(24))
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
pub fn card_button(
    ui: &mut Ui,
    palette: &Palette,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    accessible: &str,
    min_height: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    let builder = UiBuilder::new().id_salt(id_salt).sense(Sense::click());
    let response = ui
        .scope_builder(builder, |ui| {
            let response = ui.response();
            let (fill, stroke) = if response.is_pointer_button_down_on() {
                (palette.pressed, Stroke::new(2.0, palette.focus))
            } else if response.hovered() || response.has_focus() {
                (palette.hovered, Stroke::new(2.0, palette.focus))
            } else {
                (palette.surface, Stroke::new(1.0, palette.border))
            };
            let stroke = if response.has_focus() {
                Stroke::new(3.0, palette.focus)
            } else {
                stroke
            };
            Frame::new()
                .fill(fill)
                .stroke(stroke)
                .corner_radius(CornerRadius::same(size::CORNER))
                .inner_margin(Margin::same(20))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    ui.set_min_height(min_height);
                    add_contents(ui);
                });
        })
        .response;
    label_for_screen_readers(&response, Role::Button, accessible);
    response
}

/// The look of every card and panel: surface, thin border, rounded corners.
pub fn card_frame(palette: &Palette, margin: i8) -> Frame {
    Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(size::CORNER))
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
    Frame::new()
        .fill(view.palette.format(format))
        .corner_radius(CornerRadius::same(12))
        .inner_margin(Margin::symmetric(10, 3))
        .show(ui, |ui| {
            ui.label(
                RichText::new(name)
                    .font(theme::bold_font(size::SMALL))
                    .color(view.palette.on_format),
            );
        });
}

/// Lay out `count` equal-width cells in as many columns as fit, calling
/// `cell(ui, index)` for each. Rows keep equal heights.
pub fn grid(
    ui: &mut Ui,
    id_salt: &str,
    count: usize,
    min_cell_width: f32,
    mut cell: impl FnMut(&mut Ui, usize),
) {
    if count == 0 {
        return;
    }
    let gap = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let columns =
        (((width + gap) / (min_cell_width + gap)).floor() as usize).clamp(1, count.min(3));
    let cell_width = ((width - gap * (columns as f32 - 1.0)) / columns as f32).max(1.0);
    // Very long lists (only huge packs have them) are shown a page at a time,
    // so each frame stays quick and Tab still reaches every shown card.
    let shown_id = ui.scope_id().with((id_salt, "shown"));
    let shown = ui
        .data(|d| d.get_temp::<usize>(shown_id))
        .unwrap_or(GRID_PAGE)
        .min(count);
    for (row_index, start) in (0..shown).step_by(columns).enumerate() {
        // Heights are remembered per width: a wider window makes shorter rows.
        let height_id = ui.scope_id().with((
            id_salt,
            "row-height",
            row_index,
            columns,
            cell_width.round() as i32,
        ));
        let min_height: f32 = ui.data(|d| d.get_temp(height_id)).unwrap_or(0.0);
        let mut tallest: f32 = 0.0;
        ui.horizontal_top(|ui| {
            for index in start..(start + columns).min(shown) {
                let rect = ui
                    .allocate_ui_with_layout(
                        Vec2::new(cell_width, 0.0),
                        Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(cell_width);
                            ui.set_min_height(min_height);
                            cell(ui, index);
                        },
                    )
                    .response
                    .rect;
                tallest = tallest.max(rect.height());
            }
        });
        // Cells grow to the tallest of their row on the next frame.
        if (tallest - min_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id, tallest));
            ui.ctx().request_repaint();
        }
    }
    if shown < count {
        let more = (count - shown).min(GRID_PAGE);
        let text = format!("Show {more} more (of {} not shown)", count - shown);
        if button(ui, &text, &text).clicked() {
            ui.data_mut(|d| d.insert_temp(shown_id, shown + GRID_PAGE));
        }
    }
}

/// How many cells a grid shows before "Show more".
pub const GRID_PAGE: usize = 48;

/// The screen's reading column: centred, at most [`size::READING_WIDTH`] wide.
pub fn reading_column(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui)) {
    let width = ui.available_width().min(size::READING_WIDTH);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add_contents(ui);
        });
    });
}

/// Sources and review dates, under every card and page.
pub fn sources_footer(ui: &mut Ui, view: &mut View<'_>, source_ids: &[String]) {
    ui.add_space(16.0);
    ui.separator();
    let palette = view.palette;
    heading(ui, palette, 3, "Sources");
    if source_ids.is_empty() {
        muted(
            ui,
            palette,
            "This is written from general knowledge. It names no specific source.",
        );
    }
    for id in source_ids {
        let Some(source) = view.pack.source(id) else {
            continue;
        };
        let citation = source.citation();
        let response = ui.add(
            egui::Button::new(
                RichText::new(&citation)
                    .size(size::SMALL)
                    .color(palette.link),
            )
            .frame(false)
            .wrap()
            .min_size(Vec2::new(0.0, size::TARGET)),
        );
        label_for_screen_readers(&response, Role::Link, &format!("Source: {citation}"));
        if response.clicked() {
            view.go(Route::Sources {
                focus: Some(source.id.clone()),
            });
        }
    }
    review_dates(ui, view);
}

/// Published, last reviewed and next review dates of the pack.
pub fn review_dates(ui: &mut Ui, view: &View<'_>) {
    let info = &view.pack.info;
    muted(
        ui,
        view.palette,
        &format!(
            "Published {} · Last reviewed {} · Next review due {}",
            info.published, info.last_reviewed, info.next_review
        ),
    );
}

/// Font for body text.
pub fn body_font() -> FontId {
    FontId::proportional(size::BODY)
}

/// Which group of a [`split_bar`] is being drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// A bar with a group on the left and a group on the right. When both do
/// not fit on one line (narrow window, large text), the right group moves
/// to its own line instead of overlapping the left one.
/// The least room between the two groups of a [`split_bar`].
const BAR_GAP: f32 = 16.0;

/// Whether the [`split_bar`] drawn under `id_salt` fits on one row here, as
/// measured the last time it was drawn (true if it never was: drawing it
/// measures it, and a change asks for one more frame). Widths are in points,
/// so a measurement holds at every text size.
pub fn bar_fits(ui: &Ui, id_salt: &str) -> bool {
    let id = ui.make_persistent_id(id_salt);
    let (left, right): (f32, f32) = ui.data(|d| d.get_temp(id)).unwrap_or((0.0, 0.0));
    left + right + BAR_GAP <= ui.available_width()
}

pub fn split_bar(ui: &mut Ui, id_salt: &str, mut items: impl FnMut(&mut Ui, Side)) {
    let id = ui.make_persistent_id(id_salt);
    let (left_w, right_w): (f32, f32) = ui.data(|d| d.get_temp(id)).unwrap_or((0.0, 0.0));
    let gap = BAR_GAP;
    let one_row = left_w + right_w + gap <= ui.available_width();
    let (left, right) = if one_row {
        ui.horizontal(|ui| {
            let left = ui
                .horizontal(|ui| items(ui, Side::Left))
                .response
                .rect
                .width();
            let right = ui
                .with_layout(Layout::right_to_left(Align::Center), |ui| {
                    ui.horizontal(|ui| items(ui, Side::Right))
                        .response
                        .rect
                        .width()
                })
                .inner;
            (left, right)
        })
        .inner
    } else {
        let left = ui
            .horizontal_wrapped(|ui| items(ui, Side::Left))
            .response
            .rect
            .width();
        let right = ui
            .with_layout(
                Layout::right_to_left(Align::Center).with_main_wrap(true),
                |ui| {
                    items(ui, Side::Right);
                },
            )
            .response
            .rect
            .width();
        (left, right)
    };
    if (left - left_w).abs() > 0.5 || (right - right_w).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, (left, right)));
        ui.ctx().request_repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::search::{Language, SearchIndex};

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
        // A search for "behavior" (US spelling) and "groups".
        let highlight = vec![
            Language::English.normalise_word("behavior"),
            Language::English.normalise_word("groups"),
        ];
        let view = View {
            pack: &pack,
            palette: &palette,
            kiosk: false,
            settings: &settings,
            index: &index,
            search: "",
            focus_search: false,
            highlight: &highlight,
            scroll_to_highlight: false,
            scroll_to: None,
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

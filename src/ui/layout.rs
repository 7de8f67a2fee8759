//! Laying screens out: the reading column, grids of cards that reflow, and
//! the widths bars are folded by.
//!
//! What is measured is used in the same frame: a measurement that changes
//! the layout asks egui to lay the frame out again before it is shown
//! (`request_discard`), so the first frame shown is already the settled one.

use egui::{Align, FontId, Id, Layout, Ui, Vec2};

use super::button;
use super::theme::{size, space};
use crate::i18n::Catalogue;

/// Lay out `count` equal-width cells in as many columns as fit, calling
/// `cell(ui, index)` for each. Rows keep equal heights.
pub fn grid(
    ui: &mut Ui,
    catalogue: &Catalogue,
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
        // Cells grow to the tallest of their row: the pass is laid out
        // again before it is shown, so no frame shows uneven rows.
        if (tallest - min_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id, tallest));
            ui.ctx().request_discard("grid row heights");
        }
    }
    if shown < count {
        let more = (count - shown).min(GRID_PAGE);
        let text = catalogue.tr_args(
            "layout-show-more",
            &[("more", more.into()), ("hidden", (count - shown).into())],
        );
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

/// Room between two things in a bar.
pub const BAR_ITEM_GAP: f32 = space::M_PLUS;

/// The least room between a bar's left group and its right group.
pub const BAR_GAP: f32 = space::XL;

fn width_id(text: &str, font: &FontId) -> Id {
    Id::unique(("bar-item-width", text, font.size.to_bits(), &font.family))
}

/// How wide a button with `text` in `font` is: as last drawn (see
/// [`remember_width`]), or else as its text and the button's padding say.
pub fn button_width(ui: &Ui, text: &str, font: &FontId) -> f32 {
    if let Some(width) = ui.data(|d| d.get_temp::<f32>(width_id(text, font))) {
        return width;
    }
    let text_width = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
        .size()
        .x;
    // The frame's stroke is inside the button's size.
    (text_width + 2.0 * ui.spacing().button_padding.x + 3.0).max(size::TARGET)
}

/// Remember how wide a button drawn in a bar is, for [`button_width`]. A
/// width that differs from the one assumed lays the frame out again
/// before it is shown.
pub fn remember_width(ui: &Ui, text: &str, font: &FontId, width: f32) {
    let assumed = button_width(ui, text, font);
    let id = width_id(text, font);
    if ui.data(|d| d.get_temp::<f32>(id)).is_none() || (assumed - width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, width));
    }
    if (assumed - width).abs() > 0.5 {
        ui.ctx().request_discard("a bar item's width");
    }
}

/// Whether groups of things this wide fit on one row of `available` points:
/// each group's items with [`BAR_ITEM_GAP`] between them, and [`BAR_GAP`]
/// between the groups.
pub fn row_fits(available: f32, left: &[f32], right: &[f32]) -> bool {
    row_width(left, right) <= available
}

/// The width of a row of two groups (see [`row_fits`]).
pub fn row_width(left: &[f32], right: &[f32]) -> f32 {
    let group = |items: &[f32]| {
        items.iter().sum::<f32>() + BAR_ITEM_GAP * items.len().saturating_sub(1) as f32
    };
    group(left) + group(right) + BAR_GAP
}

/// The id of the panel `ui` is drawn in (the top bar, the bottom bar, the
/// page), for [`place_panel`].
pub fn panel_id(ui: &Ui) -> Option<Id> {
    ui.stack()
        .iter()
        .find(|s| s.is_panel_ui())
        .map(|s| s.unique_id)
}

/// Gives a panel its place on the screen for assistive technology: egui
/// names a panel's region (a pane) but leaves where it is unset, so a
/// screen magnifier or a test cannot tell where a bar ends and the page
/// begins.
pub fn place_panel(ctx: &egui::Context, panel: Option<Id>, rect: egui::Rect) {
    let Some(id) = panel else { return };
    ctx.accesskit_node_builder(id, |node| {
        node.set_bounds(egui::accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}

/// One-to-one and group side by side at the same height, or one above the
/// other when the column is narrower than [`super::compare::STACK_BELOW`].
/// `card(ui, format, min_height)` draws one format's card, stretched to
/// `min_height`, and returns the height its own text needs; side by side,
/// both are stretched to the taller one (measured, and laid out again
/// before the frame is shown when it changed).
pub fn format_pair(
    ui: &mut Ui,
    id: Id,
    mut card: impl FnMut(&mut Ui, crate::content::Format, f32) -> f32,
) {
    let side_by_side = ui.available_width() >= super::compare::STACK_BELOW;
    let gap = space::L;
    let width = if side_by_side {
        (ui.available_width() - gap) / 2.0
    } else {
        ui.available_width()
    };
    let layout = if side_by_side {
        Layout::left_to_right(Align::Min)
    } else {
        Layout::top_down(Align::Min)
    };
    let min_height = if side_by_side {
        ui.data(|d| d.get_temp::<f32>(id)).unwrap_or(0.0)
    } else {
        0.0
    };
    let mut tallest: f32 = 0.0;
    ui.allocate_ui_with_layout(Vec2::new(ui.available_width(), 0.0), layout, |ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(gap);
        for format in crate::content::Format::ALL {
            let needed = ui
                .allocate_ui_with_layout(
                    Vec2::new(width, 0.0),
                    Layout::top_down(Align::Min),
                    |ui| {
                        ui.set_width(width);
                        card(ui, format, min_height)
                    },
                )
                .inner;
            tallest = tallest.max(needed);
        }
    });
    if side_by_side && (tallest - min_height).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, tallest));
        ui.ctx().request_discard("a pair of cards changed height");
    }
}

//! Laying screens out: the reading column, grids of cards that reflow, and
//! bars whose two halves fold onto two rows when they no longer fit.

use egui::{Align, Layout, Ui, Vec2};

use super::button;
use super::theme::size;
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
        // Cells grow to the tallest of their row on the next frame.
        if (tallest - min_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id, tallest));
            ui.ctx().request_repaint();
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

/// Which group of a [`split_bar`] is being drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// The least room between the two groups of a [`split_bar`].
const BAR_GAP: f32 = super::theme::space::XL;

/// Whether the [`split_bar`] drawn under `id_salt` fits on one row here, as
/// measured the last time it was drawn (true if it never was: drawing it
/// measures it, and a change asks for one more frame). Widths are in points,
/// so a measurement holds at every text size.
pub fn bar_fits(ui: &Ui, id_salt: &str) -> bool {
    let id = ui.make_persistent_id(id_salt);
    let (left, right): (f32, f32) = ui.data(|d| d.get_temp(id)).unwrap_or((0.0, 0.0));
    left + right + BAR_GAP <= ui.available_width()
}

/// A bar with a group on the left and a group on the right. When both do
/// not fit on one line (narrow window, large text), the right group moves
/// to its own line instead of overlapping the left one.
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

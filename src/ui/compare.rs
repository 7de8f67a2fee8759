//! Compare: the side-by-side tables, a row per question, then the paired
//! stories. With Easy Read on, the Easy Read text comes first.
//!
//! Screen readers see a real table: a `Table` node per table, `Row` nodes,
//! column headers named after the formats, a row header per question, and
//! cells that carry their row and column index and say both when read alone.

use egui::accesskit::Role;
use egui::{
    Align, CornerRadius, FontId, Frame, Layout, Margin, Rect, RichText, Shape, Ui, UiBuilder, Vec2,
};

use super::theme::{self, radius, size, space};
use super::{View, body, easy_read, heading, muted};
use crate::content::{EasyScreenKind, Format, ItemKind, Row, Table};

/// Below this width each row stacks into a card.
pub const STACK_BELOW: f32 = 620.0;

/// Columns of every comparison table: the question, then one per format.
const COLUMNS: usize = 1 + Format::ALL.len();

/// How many tables are shown before "Show more".
pub const TABLES_PAGE: usize = 12;

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    match easy_read::screen(view, EasyScreenKind::Compare) {
        Some(easy) => {
            easy_read::screen_ui(ui, view, easy, 1);
            easy_read::rest_note_ui(ui, view);
        }
        None => {
            heading(ui, palette, 1, &view.tr("compare-title"));
            body(ui, &view.pack.comparison.intro);
        }
    }
    ui.add_space(space::M);
    let stacked = ui.available_width() < STACK_BELOW;
    let tables = &view.pack.comparison.tables;
    // Huge packs are shown some tables at a time, to keep every frame quick.
    let shown_id = ui.scope_id().with("tables-shown");
    let shown = ui
        .data(|d| d.get_temp::<usize>(shown_id))
        .unwrap_or(TABLES_PAGE)
        .min(tables.len());
    for table in &tables[..shown] {
        ui.add_space(space::L);
        heading(ui, palette, 2, &table.title);
        let builder = UiBuilder::new()
            .accessibility_role(Role::Table)
            .accessibility_label(table.title.clone());
        ui.scope_builder(builder, |ui| {
            // So a screen reader can say "row 3 of 11, column 2 of 3": the
            // shape told is the shape exposed. Wide, a header row comes
            // first; stacked, there is none, and the rows start at 0.
            let header_rows = usize::from(!stacked);
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_row_count(header_rows + table.rows.len());
                node.set_column_count(COLUMNS);
            });
            if stacked {
                for (index, row) in table.rows.iter().enumerate() {
                    stacked_row(ui, view, row, index);
                }
            } else {
                wide_table(ui, view, table);
            }
        });
    }
    if shown < tables.len() {
        let text = view.tr_args(
            "compare-show-more",
            &[("hidden", (tables.len() - shown).into())],
        );
        if super::button(ui, &text, &text).clicked() {
            ui.data_mut(|d| d.insert_temp(shown_id, shown + TABLES_PAGE));
        }
    }
    // Both stories of each situation, side by side like the tables.
    super::stories::stories_ui(ui, view);
    super::easy_read::credit_ui(ui, view);
    ui.add_space(space::L);
    let mut ids: Vec<&String> = tables
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.sources)
        .collect();
    ids.sort();
    ids.dedup();
    let ids: Vec<String> = ids.into_iter().cloned().collect();
    super::sources_footer(ui, view, &ids);
}

/// A row of the table, for screen readers.
fn row_scope<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    let builder = UiBuilder::new()
        .layout(Layout::left_to_right(Align::Min))
        .accessibility_role(Role::Row);
    ui.scope_builder(builder, add_contents)
}

fn header_cell(ui: &mut Ui, view: &View<'_>, format: Format, column: usize) {
    let palette = view.palette;
    Frame::new()
        .fill(palette.format(format))
        .corner_radius(CornerRadius::same(radius::MEDIUM))
        .inner_margin(Margin::symmetric(14, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = view.format_name(format);
            let label = egui::Label::new(
                RichText::new(name)
                    .font(theme::bold_font(size::H3))
                    .color(palette.on_format),
            )
            .wrap();
            let response = super::reading::label(ui, label, Role::ColumnHeader, name);
            super::table_place(ui, &response, 0, column);
        });
}

fn column(ui: &mut Ui, width: f32, add_contents: impl FnOnce(&mut Ui)) {
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), Layout::top_down(Align::Min), |ui| {
        ui.set_width(width);
        add_contents(ui);
    });
}

fn wide_table(ui: &mut Ui, view: &mut View<'_>, table: &Table) {
    let palette = view.palette;
    let gap = space::L;
    let width = ui.available_width();
    let question_w = (width * 0.28).max(160.0);
    let cell_w = (width - question_w - 2.0 * gap) / 2.0;
    row_scope(ui, |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        column(ui, question_w, |_| {});
        for (i, format) in Format::ALL.into_iter().enumerate() {
            column(ui, cell_w, |ui| header_cell(ui, view, format, i + 1));
        }
    });
    for (index, row) in table.rows.iter().enumerate() {
        let background = ui.painter().add(Shape::Noop);
        let top = ui.cursor().top();
        let left = ui.cursor().left();
        // Each column is exactly under its header, its text where the
        // header's text starts, with the same room on the right.
        row_scope(ui, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            column(ui, question_w, |ui| {
                padded(ui, CELL_PAD.min(space::M), |ui| {
                    row_header(ui, view, row, size::BODY, index + 1);
                });
            });
            for (i, format) in Format::ALL.into_iter().enumerate() {
                column(ui, cell_w, |ui| {
                    padded(ui, CELL_PAD, |ui| {
                        cell_label(ui, view, row, format, index + 1, i + 1);
                    });
                });
            }
        });
        if let Some(note) = &row.note {
            // Under the two answers, with the table's padding on both sides.
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.add_space(question_w + gap + CELL_PAD);
                ui.vertical(|ui| {
                    ui.set_width((width - question_w - gap - 2.0 * CELL_PAD).max(1.0));
                    muted(ui, palette, note);
                    ui.add_space(space::S);
                });
            });
        }
        let rect = Rect::from_min_max(
            egui::pos2(left, top),
            egui::pos2(ui.max_rect().right(), ui.cursor().top()),
        );
        let fill = if index % 2 == 0 {
            palette.surface
        } else {
            palette.surface_alt
        };
        ui.painter().set(
            background,
            Shape::rect_filled(
                rect.expand2(Vec2::new(0.0, 4.0)),
                CornerRadius::same(radius::SMALL),
                fill,
            ),
        );
        if view.scroll_to == Some(row.id.as_str()) {
            ui.scroll_to_rect(rect, Some(Align::TOP));
        }
    }
}

/// Room between a cell's text and its column's edges: the header's own.
const CELL_PAD: f32 = 14.0;

/// A cell's contents, `pad` in from the column's left and right edges.
fn padded(ui: &mut Ui, pad: f32, add_contents: impl FnOnce(&mut Ui)) {
    let width = (ui.available_width() - 2.0 * pad).max(1.0);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(pad);
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.add_space(space::M_PLUS);
            add_contents(ui);
            ui.add_space(space::S);
        });
    });
}

fn row_header(ui: &mut Ui, view: &View<'_>, row: &Row, font_size: f32, row_index: usize) {
    let (job, _) = super::marked(
        view,
        &row.question,
        theme::bold_font(font_size),
        view.palette.heading,
        ui.available_width(),
    );
    let label = egui::Label::new(job).wrap();
    let response = super::reading::label(ui, label, Role::RowHeader, &row.question);
    super::table_place(ui, &response, row_index, 0);
    super::fallback_note(ui, view, ItemKind::Row, &row.id);
}

fn cell_label(
    ui: &mut Ui,
    view: &View<'_>,
    row: &Row,
    format: Format,
    row_index: usize,
    column: usize,
) {
    let text = row.cell(format);
    // A search opens the row itself: its matched words are marked here.
    let (job, _) = super::marked(
        view,
        text,
        FontId::proportional(size::BODY),
        view.palette.text,
        ui.available_width(),
    );
    let name = view.format_name(format);
    // Read alone, a cell still says which question and which format it answers.
    let spoken = view.tr_args(
        "compare-cell-spoken",
        &[
            ("question", (&row.question).into()),
            ("format", name.into()),
            ("text", text.into()),
        ],
    );
    let response = super::reading::label(ui, egui::Label::new(job).wrap(), Role::Cell, &spoken);
    super::table_place(ui, &response, row_index, column);
}

/// A row as a card of its own. There is no header row: `row_index` counts
/// from 0, and the format named above each cell is not read out (the cell's
/// own name says it), so each row holds its row header and one cell per format.
fn stacked_row(ui: &mut Ui, view: &mut View<'_>, row: &Row, row_index: usize) {
    let palette = view.palette;
    let response = super::card_frame(palette, 16)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let builder = UiBuilder::new().accessibility_role(Role::Row);
            ui.scope_builder(builder, |ui| {
                row_header(ui, view, row, size::H3, row_index);
                for (i, format) in Format::ALL.into_iter().enumerate() {
                    ui.add_space(space::XS);
                    let name = view.format_name(format).to_owned();
                    let shown = ui.label(
                        RichText::new(name)
                            .font(theme::bold_font(size::SMALL))
                            .color(palette.format(format)),
                    );
                    ui.ctx()
                        .accesskit_node_builder(shown.id, |node| node.set_hidden());
                    cell_label(ui, view, row, format, row_index, i + 1);
                }
            });
            if let Some(note) = &row.note {
                muted(ui, palette, note);
            }
        })
        .response;
    if view.scroll_to == Some(row.id.as_str()) {
        ui.scroll_to_rect(response.rect, Some(Align::TOP));
    }
}

//! Compare: the side-by-side tables, a row per question.

use egui::accesskit::Role;
use egui::{
    Align, CornerRadius, FontId, Frame, Layout, Margin, Rect, RichText, Shape, Stroke, Ui, Vec2,
};

use super::theme::{self, size};
use super::{View, body, heading, label_for_screen_readers, muted};
use crate::content::{Format, Row};

/// Below this width each row stacks into a card.
pub const STACK_BELOW: f32 = 620.0;

pub fn ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 1, "Compare side by side");
    body(ui, &view.pack.comparison.intro);
    ui.add_space(8.0);
    let stacked = ui.available_width() < STACK_BELOW;
    let tables = &view.pack.comparison.tables;
    for table in tables {
        ui.add_space(12.0);
        heading(ui, palette, 2, &table.title);
        if stacked {
            for row in &table.rows {
                stacked_row(ui, view, row);
            }
        } else {
            wide_table(ui, view, &table.rows);
        }
    }
    ui.add_space(12.0);
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

fn header_cell(ui: &mut Ui, view: &View<'_>, format: Format, width: f32) {
    let palette = view.palette;
    Frame::new()
        .fill(palette.format(format))
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::symmetric(14, 10))
        .show(ui, |ui| {
            ui.set_width(width - 28.0);
            let name = view.format_name(format);
            let response = ui.add(
                egui::Label::new(
                    RichText::new(name)
                        .font(FontId::new(size::H3, theme::bold()))
                        .color(palette.on_format),
                )
                .wrap(),
            );
            label_for_screen_readers(&response, Role::ColumnHeader, name);
        });
}

fn wide_table(ui: &mut Ui, view: &mut View<'_>, rows: &[Row]) {
    let palette = view.palette;
    let gap = 12.0;
    let width = ui.available_width();
    let question_w = (width * 0.28).max(160.0);
    let cell_w = (width - question_w - 2.0 * gap) / 2.0;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        ui.allocate_ui_with_layout(
            Vec2::new(question_w, 0.0),
            Layout::top_down(Align::Min),
            |ui| {
                ui.set_width(question_w);
            },
        );
        for format in Format::ALL {
            ui.allocate_ui_with_layout(
                Vec2::new(cell_w, 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    header_cell(ui, view, format, cell_w);
                },
            );
        }
    });
    for (index, row) in rows.iter().enumerate() {
        let background = ui.painter().add(Shape::Noop);
        let top = ui.cursor().top();
        let response = ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            ui.add_space(8.0);
            ui.allocate_ui_with_layout(
                Vec2::new(question_w - 8.0, 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    ui.set_width(question_w - 8.0);
                    ui.add_space(10.0);
                    let response = ui.add(
                        egui::Label::new(
                            RichText::new(&row.question)
                                .font(FontId::new(size::BODY, theme::bold()))
                                .color(palette.heading),
                        )
                        .wrap(),
                    );
                    label_for_screen_readers(&response, Role::RowHeader, &row.question);
                    ui.add_space(10.0);
                },
            );
            for format in Format::ALL {
                ui.allocate_ui_with_layout(
                    Vec2::new(cell_w, 0.0),
                    Layout::top_down(Align::Min),
                    |ui| {
                        ui.set_width(cell_w - 8.0);
                        ui.add_space(10.0);
                        cell_label(ui, view, row, format);
                        ui.add_space(10.0);
                    },
                );
            }
        });
        if let Some(note) = &row.note {
            ui.horizontal_top(|ui| {
                ui.add_space(question_w + gap);
                ui.vertical(|ui| {
                    ui.set_width(width - question_w - gap);
                    muted(ui, palette, note);
                });
            });
        }
        let rect = Rect::from_min_max(
            egui::pos2(response.response.rect.left(), top),
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
                CornerRadius::same(8),
                fill,
            ),
        );
        if view.scroll_to == Some(row.id.as_str()) {
            ui.scroll_to_rect(rect, Some(Align::TOP));
        }
    }
}

fn cell_label(ui: &mut Ui, view: &View<'_>, row: &Row, format: Format) {
    let text = row.cell(format);
    let response = ui.add(egui::Label::new(RichText::new(text).size(size::BODY)).wrap());
    let name = view.format_name(format);
    label_for_screen_readers(
        &response,
        Role::Cell,
        &format!("{}, {name}: {text}", row.question),
    );
}

fn stacked_row(ui: &mut Ui, view: &mut View<'_>, row: &Row) {
    let palette = view.palette;
    let response = Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(size::CORNER))
        .inner_margin(Margin::same(16))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let response = ui.add(
                egui::Label::new(
                    RichText::new(&row.question)
                        .font(FontId::new(size::H3, theme::bold()))
                        .color(palette.heading),
                )
                .wrap(),
            );
            label_for_screen_readers(&response, Role::RowHeader, &row.question);
            for format in Format::ALL {
                ui.add_space(4.0);
                let name = view.format_name(format).to_owned();
                ui.label(
                    RichText::new(name)
                        .font(FontId::new(size::SMALL, theme::bold()))
                        .color(palette.format(format)),
                );
                cell_label(ui, view, row, format);
            }
            if let Some(note) = &row.note {
                muted(ui, palette, note);
            }
        })
        .response;
    if view.scroll_to == Some(row.id.as_str()) {
        ui.scroll_to_rect(response.rect, Some(Align::TOP));
    }
}

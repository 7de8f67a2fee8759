//! Drawing a parsed Markdown [`Doc`].
//!
//! On a kiosk, links are shown as large buttons right after the paragraph
//! (or table) that holds them, so they are easy to press with a finger (the
//! words in the text are plain text: a line of text is too small a target).
//! At home the words of a link are the link: underlined, clickable, a stop
//! of Tab, and named for screen readers.

use egui::accesskit::Role;
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{
    CornerRadius, FontId, Frame, Galley, Margin, Pos2, RichText, Sense, Stroke, Ui, UiBuilder, Vec2,
};

use super::theme::{self, radius, size, space};
use super::{View, label_for_screen_readers};
use crate::content::markdown::{Block, Doc, Inline};
use crate::content::{LinkTarget, Pack};
use crate::i18n::Catalogue;
use crate::state::Command;

/// Draw a document. The first level-1 heading is skipped when the screen
/// already shows the title.
pub fn doc_ui(ui: &mut Ui, view: &mut View<'_>, doc: &Doc, skip_title: bool) {
    let mut skipped = !skip_title;
    for block in &doc.blocks {
        if !skipped && matches!(block, Block::Heading { level: 1, .. }) {
            skipped = true;
            continue;
        }
        block_ui(ui, view, doc, block, 0, Role::Paragraph);
    }
}

/// Draw one block. `role`: what a paragraph is on the reading path (the
/// first paragraph of a list item is the list item).
fn block_ui(ui: &mut Ui, view: &mut View<'_>, doc: &Doc, block: &Block, depth: usize, role: Role) {
    let palette = view.palette;
    match block {
        Block::Heading { level, text } => {
            ui.add_space(if *level <= 2 {
                space::M_PLUS
            } else {
                space::XS
            });
            super::heading_marked(ui, view, (*level).max(2), &text.plain());
        }
        Block::Paragraph(inline) => {
            inline_ui(ui, view, doc, inline, role, None);
            if view.kiosk {
                link_buttons(ui, view, doc, &inline.link_indices());
            }
        }
        Block::List { start, items } => {
            for (i, item) in items.iter().enumerate() {
                let marker = match start {
                    Some(n) => format!("{}.", n + i as u64),
                    None => if depth.is_multiple_of(2) {
                        "•"
                    } else {
                        "–"
                    }
                    .to_owned(),
                };
                ui.horizontal_top(|ui| {
                    let bullet = ui.add_sized(
                        Vec2::new(28.0, 0.0),
                        egui::Label::new(
                            RichText::new(marker)
                                .size(size::BODY)
                                .color(palette.text_muted),
                        ),
                    );
                    super::reading::hide(ui, &bullet);
                    ui.vertical(|ui| {
                        ui.spacing_mut().item_spacing.y = space::S;
                        for (n, b) in item.iter().enumerate() {
                            let role = if n == 0 {
                                Role::ListItem
                            } else {
                                Role::Paragraph
                            };
                            block_ui(ui, view, doc, b, depth + 1, role);
                        }
                    });
                });
            }
        }
        Block::Quote(blocks) => {
            Frame::new()
                .fill(palette.surface_alt)
                .corner_radius(CornerRadius::same(radius::MEDIUM))
                .inner_margin(Margin::symmetric(18, 12))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    for b in blocks {
                        block_ui(ui, view, doc, b, depth, Role::Paragraph);
                    }
                });
        }
        Block::Table { header, rows } => table_ui(ui, view, doc, header, rows),
        Block::Code(code) => {
            Frame::new()
                .fill(palette.surface_alt)
                .corner_radius(CornerRadius::same(radius::SMALL))
                .inner_margin(Margin::same(12))
                .show(ui, |ui| {
                    let label = egui::Label::new(RichText::new(code).monospace()).wrap();
                    super::reading::label(ui, label, Role::Paragraph, code);
                });
        }
        Block::Rule => {
            ui.separator();
        }
    }
}

/// Styled text as one wrapped label, a block of the reading path with this
/// role. At home, words of a link follow it when clicked, and each link is a
/// Tab stop and a link for screen readers (on a kiosk the large buttons
/// after the paragraph are the only way).
pub fn inline_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    doc: &Doc,
    inline: &Inline,
    role: Role,
    name: Option<&str>,
) -> egui::Response {
    let mut styled = layout_job(view, inline, size::BODY, ui.available_width());
    if view.kiosk {
        // No 25-px-tall targets on a touch screen: the words are just words.
        styled.links.clear();
    }
    // Clickable, but not a Tab stop of its own: the link buttons are (it is
    // one only while it holds the reading focus).
    let mut sense = super::reading::sense_for_next(ui);
    if !styled.links.is_empty() {
        // Clickable, but not a Tab stop of its own: each link is.
        sense |= Sense::click() - Sense::FOCUSABLE;
    }
    let label = egui::Label::new(styled.job).wrap().sense(sense);
    let slot = super::reading::marker_slot(ui);
    let (galley_pos, galley, response) = label.layout_in_ui(ui);
    let name = name.unwrap_or(galley.text());
    super::reading::block(ui, &response, role, name, Some(slot));
    if ui.is_rect_visible(response.rect) {
        ui.painter().add(egui::epaint::TextShape::new(
            galley_pos,
            galley.clone(),
            view.palette.text,
        ));
    }
    if !styled.links.is_empty() {
        let link_under = |pos: Pos2| {
            let index = char_under(&galley, pos - galley_pos)?;
            styled
                .links
                .iter()
                .find(|(range, _)| range.contains(&index))
                .map(|(_, link)| *link)
        };
        if response.hovered()
            && let Some(pos) = response.hover_pos()
            && link_under(pos).is_some()
        {
            ui.set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
            && let Some(link) = link_under(pos).and_then(|i| doc.links.get(i))
            && let Ok(target) = LinkTarget::parse(&link.target)
        {
            view.push(Command::Follow(target));
        }
        // Each link, where its words start: a stop of Tab, named for
        // screen readers, pressed with Enter. In the accessible tree the
        // links are the paragraph's children, as they are inside its words.
        let links_ui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(response.rect)
                .accessibility_parent(response.id),
        );
        for (range, index) in &styled.links {
            let Some(link) = doc.links.get(*index) else {
                continue;
            };
            let first = galley.pos_from_cursor(CCursor::new(range.start));
            let last_x = (range.start + 1..=range.end)
                .map(|i| galley.pos_from_cursor(CCursor::new(i)))
                .take_while(|p| p.min.y == first.min.y)
                .last()
                .map_or(first.max.x, |p| p.min.x);
            let rect = egui::Rect::from_min_max(first.min, egui::pos2(last_x, first.max.y))
                .translate(galley_pos.to_vec2());
            let link_response =
                links_ui.interact(rect, response.id.with(("link", index)), Sense::click());
            let (_, accessible, target) = link_words(view, link);
            label_for_screen_readers(&link_response, Role::Link, &accessible);
            if link_response.clicked()
                && let Some(target) = target
            {
                view.push(Command::Follow(target));
            }
        }
    }
    if styled.highlighted && view.scroll_to_highlight {
        // Opened from a search: bring the first match into view, once.
        response.scroll_to_me(Some(egui::Align::Center));
        view.scroll_to_highlight = false;
    }
    response
}

/// The character (by index) drawn at `pos`, relative to the galley's corner.
fn char_under(galley: &Galley, pos: Vec2) -> Option<usize> {
    let nearest = galley.cursor_from_pos(pos).index.0;
    // The nearest boundary is either side of the character under the pointer.
    [Some(nearest), nearest.checked_sub(1)]
        .into_iter()
        .flatten()
        .find(|&i| {
            let left = galley.pos_from_cursor(CCursor::new(i));
            let right = galley.pos_from_cursor(CCursor::new(i + 1));
            left.min.y == right.min.y
                && (left.min.x..=right.min.x).contains(&pos.x)
                && (left.min.y..=left.max.y).contains(&pos.y)
        })
}

/// A laid-out run of text and where its links are.
struct Styled {
    job: LayoutJob,
    /// Whether any word found by a search is marked.
    highlighted: bool,
    /// Character ranges of the text that are links, with the link's index
    /// into [`Doc::links`].
    links: Vec<(std::ops::Range<usize>, usize)>,
}

/// Styled text, with words found by a search marked.
fn layout_job(view: &View<'_>, inline: &Inline, font_size: f32, wrap_width: f32) -> Styled {
    let palette = view.palette;
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut found = false;
    let mut links = Vec::new();
    let mut chars = 0;
    for span in &inline.spans {
        let span_chars = span.text.chars().count();
        if let Some(link) = span.link {
            links.push((chars..chars + span_chars, link));
        }
        chars += span_chars;
        let family = if span.style.strong {
            theme::bold()
        } else if span.style.code {
            egui::FontFamily::Monospace
        } else {
            egui::FontFamily::Proportional
        };
        // On a kiosk link words are not pressable, so they do not look it.
        let link = span.link.is_some() && !view.kiosk;
        let mut format = TextFormat {
            font_id: FontId::new(font_size, family),
            color: if link { palette.link } else { palette.text },
            italics: span.style.emphasis,
            line_height: Some(font_size * 1.45),
            ..TextFormat::default()
        };
        if link {
            format.underline = Stroke::new(1.5, palette.link);
        }
        if span.style.code {
            format.background = palette.surface_alt;
        }
        if view.highlight.is_empty() {
            job.append(&span.text, 0.0, format);
            continue;
        }
        let mut at = 0;
        for range in view
            .index
            .language()
            .found_ranges(view.highlight, &span.text)
        {
            job.append(&span.text[at..range.start], 0.0, format.clone());
            let mut marked = format.clone();
            marked.background = palette.highlight;
            marked.color = palette.text;
            job.append(&span.text[range.clone()], 0.0, marked);
            at = range.end;
            found = true;
        }
        job.append(&span.text[at..], 0.0, format);
    }
    Styled {
        job,
        highlighted: found,
        links,
    }
}

/// A large button for each of these links (indices into [`Doc::links`]).
fn link_buttons(ui: &mut Ui, view: &mut View<'_>, doc: &Doc, indices: &[usize]) {
    if indices.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for &index in indices {
            let Some(link) = doc.links.get(index) else {
                continue;
            };
            let (text, accessible, target) = link_words(view, link);
            let response = ui.add(
                egui::Button::new(
                    RichText::new(text)
                        .size(size::SMALL)
                        .color(view.palette.link),
                )
                .fill(view.palette.surface)
                .stroke(Stroke::new(1.5, view.palette.link))
                .corner_radius(theme::pill(size::TARGET))
                .min_size(Vec2::splat(size::TARGET)),
            );
            label_for_screen_readers(&response, Role::Link, &accessible);
            if response.clicked()
                && let Some(target) = target
            {
                view.push(Command::Follow(target));
            }
        }
    });
}

/// What a link's button shows, its name for screen readers, and where it goes.
fn link_words(
    view: &View<'_>,
    link: &crate::content::markdown::Link,
) -> (String, String, Option<LinkTarget>) {
    let target = LinkTarget::parse(&link.target).ok();
    let external = matches!(target, Some(LinkTarget::External(_)));
    let label = capitalised(link.text.trim());
    let text = if external {
        view.tr_args("markdown-link-website", &[("label", (&label).into())])
    } else {
        view.tr_args("markdown-link-inside", &[("label", (&label).into())])
    };
    let accessible = spoken_with_visible(
        view.catalogue,
        &label,
        describe_link(view.catalogue, view.pack, target.as_ref(), &link.text),
    );
    (text, accessible, target)
}

/// A spoken name that holds the words on the button, so someone who says
/// what they see (speech input) or hears it (screen reader) finds it:
/// "Choosing page (open page: Choosing what might suit you)".
fn spoken_with_visible(catalogue: &Catalogue, visible: &str, described: String) -> String {
    if described.to_lowercase().contains(&visible.to_lowercase()) {
        return described;
    }
    let mut chars = described.chars();
    let lowered: String = chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    catalogue.tr_args(
        "markdown-link-spoken",
        &[("visible", visible.into()), ("described", lowered.into())],
    )
}

/// "the cost row" → "The cost row".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// What a link does, read aloud out of context.
pub fn describe_link(
    catalogue: &Catalogue,
    pack: &Pack,
    target: Option<&LinkTarget>,
    text: &str,
) -> String {
    let open = |key: &str, title: &str| catalogue.tr_args(key, &[("title", title.into())]);
    match target {
        Some(LinkTarget::Approach(id)) => open(
            "markdown-open-approach",
            pack.approach(id).map_or(text, |a| &a.title),
        ),
        Some(LinkTarget::Page(id)) => open(
            "markdown-open-page",
            pack.page(id).map_or(text, |p| &p.title),
        ),
        Some(LinkTarget::Card(id)) => open(
            "markdown-open-card",
            pack.card(id).map_or(text, |c| &c.title),
        ),
        Some(LinkTarget::CompareRow(id)) => open(
            "markdown-open-row",
            pack.row(id).map_or(text, |r| &r.question),
        ),
        Some(LinkTarget::Source(id)) => open(
            "markdown-open-source",
            pack.source(id).map_or(text, |s| &s.title),
        ),
        Some(LinkTarget::Screen(screen)) => catalogue.tr_args(
            "markdown-go-to-screen",
            &[("text", text.into()), ("screen", screen.key().into())],
        ),
        Some(LinkTarget::External(url)) => catalogue.tr_args(
            "markdown-website-spoken",
            &[("text", text.into()), ("url", url.into())],
        ),
        None => catalogue.tr_args("markdown-link-spoken-plain", &[("text", text.into())]),
    }
}

/// A Markdown table: a grid when it fits, stacked label/value pairs when not.
fn table_ui(ui: &mut Ui, view: &mut View<'_>, doc: &Doc, header: &[Inline], rows: &[Vec<Inline>]) {
    let palette = view.palette;
    let columns = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1);
    let min_column = 200.0;
    let fits = ui.available_width() >= min_column * columns as f32;
    let head_text = |c: usize| header.get(c).map(Inline::plain).unwrap_or_default();
    Frame::new()
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(radius::MEDIUM))
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let builder = UiBuilder::new().accessibility_role(Role::Table);
            ui.scope_builder(builder, |ui| {
                // So a screen reader can say "row 2 of 5, column 1 of 3".
                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                    node.set_row_count(rows.len() + 1);
                    node.set_column_count(columns);
                });
                let gap = space::XL;
                // Every row, header included, has the same side padding.
                let pad = space::M_PLUS;
                let width = (ui.available_width() - 2.0 * pad - gap * (columns as f32 - 1.0))
                    / columns as f32;
                if fits {
                    Frame::new()
                        .inner_margin(Margin::symmetric(pad as i8, 2))
                        .show(ui, |ui| {
                            table_row(ui, gap, |ui| {
                                for c in 0..columns {
                                    table_cell(ui, width, |ui| {
                                        let text = head_text(c);
                                        let label = egui::Label::new(
                                            RichText::new(&text)
                                                .font(theme::bold_font(size::BODY))
                                                .color(palette.heading),
                                        )
                                        .wrap();
                                        let response = super::reading::label(
                                            ui,
                                            label,
                                            Role::ColumnHeader,
                                            &text,
                                        );
                                        super::table_place(ui, &response, 0, c);
                                    });
                                }
                            });
                        });
                }
                for (r, row) in rows.iter().enumerate() {
                    let fill = if r % 2 == 0 {
                        palette.surface_alt
                    } else {
                        egui::Color32::TRANSPARENT
                    };
                    Frame::new()
                        .fill(fill)
                        .corner_radius(CornerRadius::same(radius::ROW))
                        .inner_margin(Margin::symmetric(pad as i8, 6))
                        .show(ui, |ui| {
                            ui.set_min_width(ui.available_width());
                            let mut cell = |ui: &mut Ui, c: usize| {
                                let Some(inline) = row.get(c) else {
                                    return;
                                };
                                let head = head_text(c);
                                if !fits && !head.is_empty() {
                                    // The cell's own name says its column.
                                    let shown = ui.label(
                                        RichText::new(&head)
                                            .font(theme::bold_font(size::SMALL))
                                            .color(palette.heading),
                                    );
                                    super::reading::hide(ui, &shown);
                                }
                                // Read alone, a cell still says which column it is in.
                                let text = inline.plain();
                                let name = if head.is_empty() {
                                    text
                                } else {
                                    view.tr_args(
                                        "markdown-cell-spoken",
                                        &[("column", (&head).into()), ("text", text.into())],
                                    )
                                };
                                let response =
                                    inline_ui(ui, view, doc, inline, Role::Cell, Some(&name));
                                super::table_place(ui, &response, r + 1, c);
                            };
                            if fits {
                                table_row(ui, gap, |ui| {
                                    for c in 0..columns {
                                        table_cell(ui, width, |ui| cell(ui, c));
                                    }
                                });
                            } else {
                                // Too narrow for columns: each row stacks.
                                let builder = UiBuilder::new().accessibility_role(Role::Row);
                                ui.scope_builder(builder, |ui| {
                                    for c in 0..columns {
                                        cell(ui, c);
                                    }
                                });
                            }
                        });
                }
            });
        });
    // On a kiosk, links in the cells as buttons, like those after a paragraph.
    if !view.kiosk {
        return;
    }
    let mut links: Vec<usize> = Vec::new();
    for inline in rows.iter().flatten() {
        for index in inline.link_indices() {
            if !links.contains(&index) {
                links.push(index);
            }
        }
    }
    link_buttons(ui, view, doc, &links);
}

/// A row of a table, for screen readers, its cells side by side.
fn table_row(ui: &mut Ui, gap: f32, add_contents: impl FnOnce(&mut Ui)) {
    let builder = UiBuilder::new()
        .layout(egui::Layout::left_to_right(egui::Align::Min))
        .accessibility_role(Role::Row);
    ui.scope_builder(builder, |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        add_contents(ui);
    });
}

/// A column of fixed width in a table row.
fn table_cell(ui: &mut Ui, width: f32, add_contents: impl FnOnce(&mut Ui)) {
    ui.allocate_ui_with_layout(
        Vec2::new(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add_contents(ui);
        },
    );
}

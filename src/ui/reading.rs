//! The reading path: every heading, paragraph, list item, table cell and
//! card of a screen (or of the window open on top of it), in reading order,
//! reachable from the keyboard. Down and Up move a reading focus from block
//! to block, H and Shift+H from heading to heading (the keys live in
//! `shortcuts`, the one table of keys).
//!
//! Why: a screen reader's own review commands cannot reach an egui window
//! (they need the toolkit's key forwarding, which AccessKit does not give),
//! and Tab visits only controls. So each block is an AccessKit node with its
//! role and full text, and the reading focus is egui's keyboard focus: the
//! screen reader hears the block as it is focused. A block is a Tab stop
//! only while it holds the focus, so Tab goes on to the next control from
//! where the reader is, and never stops on text otherwise.
//!
//! Blocks are collected while a screen or a window is drawn (inside
//! [`region`]); the keys pressed in a frame move along the blocks collected
//! in the frame before. The focused block shows a calm marker (a soft band
//! behind it and a bar at its left edge, painted outside its text, so
//! nothing moves), and the screen scrolls to it.
//!
//! Read aloud (`read_aloud`) walks the same blocks and marks the one it reads.

use egui::accesskit::{Action, Role};
use egui::layers::ShapeIdx;
use egui::{
    Color32, Context, CornerRadius, Event, FocusDirection, Id, LayerId, Rect, Response, Sense,
    Shape, Ui, Vec2, WidgetInfo,
};

use super::shortcuts::ReadingMove;
use super::theme::{Palette, radius};

/// One stop on the reading path.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub id: Id,
    /// Where it was drawn (screen coordinates, that frame).
    pub rect: Rect,
    pub layer: LayerId,
    pub role: Role,
    /// Its full text, as a screen reader hears it.
    pub text: String,
    /// What "Read this page aloud" says: its text, or for a card the words
    /// drawn on it (its title and summary, not "Open: …").
    pub aloud: String,
    /// A control (a card) rather than text: it takes the focus as any
    /// control does, and keeps the focus ring.
    pub control: bool,
}

impl Block {
    pub fn is_heading(&self) -> bool {
        self.role == Role::Heading
    }
}

/// Everything the reading path remembers between frames (in egui's memory,
/// so it goes with the rest of it when a visit ends).
#[derive(Clone, Debug, Default)]
struct State {
    /// Blocks drawn so far this frame, in reading order.
    current: Vec<Block>,
    /// The blocks of the frame before: what the keys move along.
    /// Shared, so a frame reads it without copying every block's text.
    last: std::sync::Arc<Vec<Block>>,
    /// Controls that use the arrow keys themselves (this frame, the frame before).
    own_arrows: Vec<Id>,
    own_arrows_last: Vec<Id>,
    /// How many [`region`]s are being drawn (blocks are collected inside one).
    regions: u32,
    /// How many cards are being drawn: text inside a card is read as part
    /// of it, not as blocks of its own.
    inside_control: u32,
    /// Bring this block into view when it is drawn.
    scroll_to: Option<Id>,
    /// The window on top (egui's modal layer) in the frame before.
    modal: Option<LayerId>,
    /// What had the focus before a window opened: it gets it back.
    return_to: Option<Id>,
    /// The block being read aloud.
    speaking: Option<Id>,
    /// The marker's colours (from the palette in use).
    band: Color32,
    bar: Color32,
}

fn state_id() -> Id {
    Id::unique("reading-path")
}

fn with_state<R>(ctx: &Context, f: impl FnOnce(&mut State) -> R) -> R {
    ctx.data_mut(|d| f(d.get_temp_mut_or_default::<State>(state_id())))
}

/// Where the reader is when a key is pressed.
#[derive(Clone, Copy, Debug)]
pub struct Keys {
    /// The cursor is in a text box: every key is its own.
    pub typing: bool,
}

/// Start a frame: move the focus into a window that has just opened (and
/// back when it has closed), then follow this frame's reading keys along
/// the blocks of the frame before.
pub fn begin_frame(ctx: &Context, palette: &Palette, keys: Keys) {
    let (last, own_arrows, modal_before) = with_state(ctx, |s| {
        s.last = std::sync::Arc::new(std::mem::take(&mut s.current));
        s.own_arrows_last = std::mem::take(&mut s.own_arrows);
        s.regions = 0;
        s.inside_control = 0;
        s.band = palette.hovered;
        s.bar = palette.focus;
        (
            std::sync::Arc::clone(&s.last),
            s.own_arrows_last.clone(),
            s.modal,
        )
    });
    let modal = ctx.memory(egui::Memory::top_modal_layer);
    if modal != modal_before {
        dialog_focus(ctx, modal_before, modal);
    }
    accesskit_focus_requests(ctx, &last);
    if keys.typing {
        return;
    }
    let focused = ctx.memory(egui::Memory::focused);
    // The "Which fits me?" answers move between themselves with the arrows.
    let arrows_free = !focused.is_some_and(|id| own_arrows.contains(&id));
    let Some(step) = super::shortcuts::reading_move(ctx, arrows_free) else {
        return;
    };
    // egui would also move the focus to the nearest control that way.
    ctx.memory_mut(|m| m.move_focus(FocusDirection::None));
    let blocks: Vec<&Block> = last
        .iter()
        .filter(|b| modal.is_none_or(|layer| b.layer == layer))
        .collect();
    let from = focused.and_then(|id| ctx.read_response(id)).map(|r| r.rect);
    if let Some(target) = next_block(&blocks, focused, from, step) {
        let id = target.id;
        ctx.memory_mut(|m| m.request_focus(id));
        with_state(ctx, |s| s.scroll_to = Some(id));
        ctx.request_repaint();
    }
}

/// Where a step of the reading path goes from the focused widget (a block,
/// a control at `from`, or nothing).
fn next_block<'a>(
    blocks: &[&'a Block],
    focused: Option<Id>,
    from: Option<Rect>,
    step: ReadingMove,
) -> Option<&'a Block> {
    let heading = matches!(
        step,
        ReadingMove::NextHeading | ReadingMove::PreviousHeading
    );
    let wanted = |b: &&&Block| !heading || b.is_heading();
    let forward = matches!(step, ReadingMove::Next | ReadingMove::NextHeading);
    if let Some(i) = focused.and_then(|id| blocks.iter().position(|b| b.id == id)) {
        return if forward {
            blocks[i + 1..].iter().find(wanted).copied()
        } else {
            blocks[..i].iter().rev().find(wanted).copied()
        };
    }
    // From a control (or from nothing): the blocks after or before it on
    // the screen; when there are none (Close at the bottom of a window),
    // from the top.
    let after = |b: &&&Block| from.is_none_or(|r| b.rect.top() >= r.top() - 0.5);
    if forward {
        blocks
            .iter()
            .filter(after)
            .find(wanted)
            .or_else(|| blocks.iter().find(wanted))
            .copied()
    } else {
        blocks
            .iter()
            .rev()
            .filter(|b| from.is_none_or(|r| b.rect.top() < r.top() - 0.5))
            .find(wanted)
            .copied()
    }
}

/// A window opened: its first control takes the focus (what had it is
/// remembered). The window closed: what had the focus before gets it back.
fn dialog_focus(ctx: &Context, before: Option<LayerId>, now: Option<LayerId>) {
    let focused = ctx.memory(egui::Memory::focused);
    let return_to = with_state(ctx, |s| {
        s.modal = now;
        if before.is_none() {
            s.return_to = focused;
        }
        if now.is_none() {
            s.return_to.take()
        } else {
            None
        }
    });
    ctx.memory_mut(|m| {
        if now.is_some() {
            // egui gives the focus to the first control that may take it:
            // only the window's may, now that it is on top.
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
            m.move_focus(FocusDirection::Next);
        } else if let Some(id) = return_to {
            m.request_focus(id);
        }
    });
}

/// A screen reader asked to focus a block (it lists them as focusable).
fn accesskit_focus_requests(ctx: &Context, blocks: &[Block]) {
    let asked = ctx.input(|i| {
        i.events.iter().find_map(|event| match event {
            Event::AccessKitActionRequest(request) if request.action == Action::Focus => blocks
                .iter()
                .find(|b| b.id.accesskit_id() == request.target_node)
                .map(|b| b.id),
            _ => None,
        })
    });
    if let Some(id) = asked {
        ctx.memory_mut(|m| m.request_focus(id));
    }
}

/// Draw `add_contents` as a part of the screen that the reading path walks:
/// the screen itself, or a window over it.
pub fn region<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    with_state(ui.ctx(), |s| s.regions += 1);
    let inner = add_contents(ui);
    with_state(ui.ctx(), |s| s.regions = s.regions.saturating_sub(1));
    inner
}

/// The sense a block's widget needs: it may take the focus only while it
/// has it (so Tab leaves it for the next control, and never lands on text).
/// Call it just before adding the block's widget.
pub fn sense_for_next(ui: &Ui) -> Sense {
    let id = ui.next_auto_id();
    if ui.memory(|m| m.has_focus(id)) {
        Sense::focusable_noninteractive()
    } else {
        Sense::hover()
    }
}

/// Whether the widget with this id holds the reading focus.
pub fn holds_focus(ui: &Ui, id: Id) -> bool {
    ui.memory(|m| m.has_focus(id))
}

/// Reserve room behind a block for its marker; call before drawing it.
pub fn marker_slot(ui: &Ui) -> ShapeIdx {
    ui.painter().add(Shape::Noop)
}

/// A text label that is a block of the reading path.
pub fn label(ui: &mut Ui, label: egui::Label, role: Role, text: &str) -> Response {
    let slot = marker_slot(ui);
    let sense = sense_for_next(ui);
    let response = ui.add(label.sense(sense));
    block(ui, &response, role, text, Some(slot));
    response
}

/// Styled text that wraps, as a block with this role.
pub fn text(ui: &mut Ui, text: egui::RichText, role: Role) -> Response {
    let plain = text.text().to_owned();
    label(ui, egui::Label::new(text).wrap(), role, &plain)
}

/// Hide a drawn widget from screen readers (a list's bullet: the list
/// item says what it is).
pub fn hide(ui: &Ui, response: &Response) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_hidden());
}

/// Make a drawn text widget a block: its role and full text for screen
/// readers, a place on the reading path, its marker when focused or read
/// aloud, and the screen scrolled to it when the reader moved there.
pub fn block(ui: &Ui, response: &Response, role: Role, text: &str, slot: Option<ShapeIdx>) {
    let ctx = ui.ctx();
    response.widget_info(|| WidgetInfo::labeled(role, ui.is_enabled(), text));
    ctx.accesskit_node_builder(response.id, |node| {
        // The text is its name; egui gave a plain label its text as a value.
        node.clear_value();
        node.add_action(Action::Focus);
    });
    let marked = register(ui, response, role, text, text, false);
    if marked || holds_focus(ui, response.id) {
        paint_marker(ui, response.rect, slot);
    }
}

/// A card (a control) as a stop on the reading path; text drawn inside it
/// (`add_contents`) is part of it. Returns what `add_contents` returns.
///
/// Returns also the words drawn on the card, in order, one a line.
pub fn inside_card<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> (R, String) {
    let layer = ui.layer_id();
    let first = ui
        .ctx()
        .graphics(|g| g.get(layer).map_or(0, |list| list.next_idx().0));
    with_state(ui.ctx(), |s| s.inside_control += 1);
    let inner = add_contents(ui);
    with_state(ui.ctx(), |s| {
        s.inside_control = s.inside_control.saturating_sub(1)
    });
    let mut words = Vec::new();
    ui.ctx().graphics(|g| {
        if let Some(list) = g.get(layer) {
            for clipped in list.all_entries().skip(first) {
                drawn_words(&clipped.shape, &mut words);
            }
        }
    });
    (inner, words.join("\n"))
}

fn drawn_words(shape: &Shape, out: &mut Vec<String>) {
    match shape {
        Shape::Text(text) => {
            // Arrows drawn after a link's words ("See more ›") are not said.
            let words = text
                .galley
                .text()
                .split_whitespace()
                .filter(|w| {
                    !w.chars()
                        .all(|c| matches!(c, '›' | '‹' | '»' | '«' | '→' | '←'))
                })
                .collect::<Vec<_>>();
            if !words.is_empty() {
                out.push(words.join(" "));
            }
        }
        Shape::Vec(shapes) => shapes.iter().for_each(|s| drawn_words(s, out)),
        _ => {}
    }
}

/// Put a drawn card on the reading path, under its spoken name; `shown`
/// is the words drawn on it (one a line). A screen reader hears those not
/// already in its name as its description; read aloud says them all.
pub fn card(ui: &Ui, response: &Response, spoken: &str, shown: &str) {
    let extra: Vec<&str> = shown
        .lines()
        .filter(|line| !spoken.contains(line))
        .collect();
    if !extra.is_empty() {
        let description = sentences(extra.iter().copied());
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(description);
        });
    }
    let aloud = if shown.trim().is_empty() {
        spoken.to_owned()
    } else {
        sentences(shown.lines())
    };
    if register(ui, response, Role::Button, spoken, &aloud, true) {
        paint_marker(ui, response.rect, None);
    }
}

/// Lines said as sentences: a line with no closing mark gets a full stop,
/// so a title and the line after it are not run together.
fn sentences<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    lines
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            if line.ends_with(['.', '!', '?', ':', '…', ';']) {
                line.to_owned()
            } else {
                format!("{line}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A control that uses the arrow keys itself (an answer in a radio group):
/// while it has the focus, Down and Up are its own.
pub fn keeps_arrows(ui: &Ui, id: Id) {
    with_state(ui.ctx(), |s| s.own_arrows.push(id));
}

/// Note a block in this frame's list; returns whether it is being read
/// aloud (and scrolls to it when the reader or the reading moved there).
fn register(
    ui: &Ui,
    response: &Response,
    role: Role,
    text: &str,
    aloud: &str,
    control: bool,
) -> bool {
    let id = response.id;
    let (scroll, speaking) = with_state(ui.ctx(), |s| {
        if s.regions > 0 && s.inside_control == 0 {
            s.current.push(Block {
                id,
                rect: response.rect,
                layer: ui.layer_id(),
                role,
                text: text.to_owned(),
                aloud: aloud.to_owned(),
                control,
            });
        }
        let scroll = s.scroll_to == Some(id);
        if scroll {
            s.scroll_to = None;
        }
        (scroll, s.speaking == Some(id))
    });
    if scroll {
        response.scroll_to_me(None);
    }
    speaking
}

/// The calm marker: a soft band behind the block and a bar at its left,
/// both in the margin around it, so nothing moves.
fn paint_marker(ui: &Ui, rect: Rect, slot: Option<ShapeIdx>) {
    let (band, bar) = with_state(ui.ctx(), |s| (s.band, s.bar));
    let around = rect.expand2(Vec2::new(6.0, 3.0));
    let painter = ui.painter();
    let edge = Rect::from_min_max(
        around.left_top() - Vec2::new(4.0, 0.0),
        around.left_bottom() - Vec2::new(1.0, 0.0),
    );
    let bar_shape = Shape::rect_filled(edge, CornerRadius::same(2), bar);
    match slot {
        Some(slot) => {
            let band_shape = Shape::rect_filled(around, CornerRadius::same(radius::SMALL), band);
            painter.set(slot, Shape::Vec(vec![band_shape, bar_shape]));
        }
        None => {
            painter.add(bar_shape);
        }
    }
}

/// The blocks of the screen (or the window on top) drawn in the frame
/// before, in reading order.
pub fn blocks(ctx: &Context) -> Vec<Block> {
    let modal = ctx.memory(egui::Memory::top_modal_layer);
    with_state(ctx, |s| {
        s.last
            .iter()
            .filter(|b| modal.is_none_or(|layer| b.layer == layer))
            .cloned()
            .collect()
    })
}

/// The block marked as being read aloud, if any.
pub fn speaking(ctx: &Context) -> Option<Id> {
    with_state(ctx, |s| s.speaking)
}

/// Mark the block being read aloud (none: nothing is).
pub fn set_speaking(ctx: &Context, id: Option<Id>) {
    with_state(ctx, |s| {
        if s.speaking != id {
            // The page follows the reading, once per block (the reader may
            // scroll elsewhere meanwhile).
            s.speaking = id;
            if id.is_some() {
                s.scroll_to = id;
            }
        }
    });
}

/// Whether a text block (not a card) has the keyboard focus: it shows the
/// reading marker, not the focus ring.
pub fn text_block_focused(ctx: &Context) -> bool {
    let Some(focused) = ctx.memory(egui::Memory::focused) else {
        return false;
    };
    with_state(ctx, |s| {
        s.current
            .iter()
            .chain(s.last.iter())
            .any(|b| b.id == focused && !b.control)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(n: u64, top: f32, role: Role) -> Block {
        Block {
            id: Id::unique(n),
            rect: Rect::from_min_size(egui::pos2(0.0, top), Vec2::new(100.0, 20.0)),
            layer: LayerId::background(),
            role,
            text: n.to_string(),
            aloud: n.to_string(),
            control: false,
        }
    }

    #[test]
    fn a_cards_lines_are_said_as_sentences() {
        assert_eq!(
            sentences(["Group therapy", "  Others who share  ", "", "Why?"].into_iter()),
            "Group therapy. Others who share. Why?"
        );
    }

    #[test]
    fn steps_go_block_by_block_and_heading_by_heading() {
        let all = [
            block(1, 0.0, Role::Heading),
            block(2, 30.0, Role::Paragraph),
            block(3, 60.0, Role::ListItem),
            block(4, 90.0, Role::Heading),
            block(5, 120.0, Role::Cell),
        ];
        let blocks: Vec<&Block> = all.iter().collect();
        let go = |from: Option<u64>, step| {
            next_block(&blocks, from.map(Id::unique), None, step).map(|b| b.text.clone())
        };
        assert_eq!(go(None, ReadingMove::Next).as_deref(), Some("1"));
        assert_eq!(go(Some(1), ReadingMove::Next).as_deref(), Some("2"));
        assert_eq!(
            go(Some(5), ReadingMove::Next),
            None,
            "the end stays the end"
        );
        assert_eq!(go(Some(3), ReadingMove::Previous).as_deref(), Some("2"));
        assert_eq!(go(Some(1), ReadingMove::Previous), None);
        assert_eq!(go(Some(1), ReadingMove::NextHeading).as_deref(), Some("4"));
        assert_eq!(
            go(Some(5), ReadingMove::PreviousHeading).as_deref(),
            Some("4")
        );
        // From a control: the first block below it, else from the top.
        let control = |top: f32| Some(Rect::from_min_size(egui::pos2(0.0, top), Vec2::splat(10.0)));
        let from_control = |top, step| {
            next_block(&blocks, Some(Id::unique(99)), control(top), step).map(|b| b.text.clone())
        };
        assert_eq!(from_control(50.0, ReadingMove::Next).as_deref(), Some("3"));
        assert_eq!(from_control(500.0, ReadingMove::Next).as_deref(), Some("1"));
        assert_eq!(
            from_control(50.0, ReadingMove::Previous).as_deref(),
            Some("2")
        );
        assert_eq!(
            from_control(50.0, ReadingMove::NextHeading).as_deref(),
            Some("4")
        );
    }
}

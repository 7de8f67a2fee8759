//! What a finger or pointer pressed stays under it. Pressing A+ or A−
//! makes everything larger or smaller, which would move a window's buttons
//! away from the finger: the next tap would land on something else. So the
//! button pressed is "held": the window holding it moves until the button
//! is back under the pointer, at the same spot on it, for as long as the
//! pointer stays where it is. (In the bottom bar, A+ is at the right end,
//! where it stays by itself.)

use egui::{Context, Id, Pos2, Response, Ui, Vec2};

/// The button held under the pointer.
#[derive(Clone, Copy, Debug)]
struct Held {
    widget: Id,
    /// Where the pointer pressed it, in physical pixels (they stay put when
    /// the text size changes; points do not).
    pointer_px: Pos2,
    /// Where on the button it was pressed: 0 is its left or top edge, 1
    /// its right or bottom edge.
    spot: Vec2,
    /// The frame it was pressed in.
    frame: u64,
}

/// How far a window has been moved, and the last frame it was shown.
#[derive(Clone, Copy, Debug)]
struct Moved {
    window: Id,
    offset: Vec2,
    frame: u64,
}

fn held_id() -> Id {
    Id::unique("anchor-held")
}

fn moved_id() -> Id {
    Id::unique("anchor-moved")
}

/// Hold the button of `response` under the pointer that just pressed it.
pub fn hold(ui: &Ui, response: &Response) {
    let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    // A frame laid out again (a discarded pass) sees the same press: the
    // spot is the one measured in its first pass, before anything moved.
    let frame = ui.ctx().cumulative_frame_nr();
    let pressed_already = ui
        .data(|d| d.get_temp::<Held>(held_id()))
        .is_some_and(|h| h.widget == response.id && h.frame == frame);
    if pressed_already {
        return;
    }
    // Where the button was seen when it was pressed (this frame's layout
    // may already have moved it).
    let rect = ui
        .ctx()
        .viewport(|v| v.prev_pass.widgets.get(response.id).map(|w| w.rect))
        .unwrap_or(response.rect);
    if !rect.is_positive() {
        return;
    }
    let spot = (pointer - rect.min) / rect.size();
    let held = Held {
        widget: response.id,
        pointer_px: (pointer.to_vec2() * ui.ctx().pixels_per_point()).to_pos2(),
        spot,
        frame,
    };
    ui.data_mut(|d| d.insert_temp(held_id(), held));
}

/// Where to put `window` (the id of its area) this frame, relative to where
/// it is anchored, so the held button in it is under the pointer; and
/// whether a button in it is held (then the window may reach past the top
/// of the screen: the button under the finger matters more, for now, than
/// the heading). Call before showing the window, on every frame it is
/// shown. A window shown again after it was closed starts where it is
/// anchored; once the pointer is seen elsewhere, the window comes back
/// wholly onto the screen.
pub fn window_offset(ctx: &Context, window: Id) -> (Vec2, bool) {
    let frame = ctx.cumulative_frame_nr();
    let moved: Option<Moved> = ctx.data(|d| d.get_temp(moved_id()));
    let mut offset = moved
        .filter(|m| m.window == window && m.frame + 1 >= frame)
        .map_or(Vec2::ZERO, |m| m.offset);
    let mut holding = false;
    if let Some(held) = ctx.data(|d| d.get_temp::<Held>(held_id())) {
        let ppp = ctx.pixels_per_point();
        // Where the pointer was seen this frame, if it moved or pressed.
        // (egui keeps the last position in points, which the new text size
        // makes stale: only new events say where it is.)
        let seen: Vec<Pos2> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::PointerMoved(p) => Some(*p),
                    egui::Event::PointerButton { pos, .. } => Some(*pos),
                    _ => None,
                })
                .collect()
        });
        let here = |p: &Pos2| (p.to_vec2() * ppp - held.pointer_px.to_vec2()).length() <= 1.0;
        match seen.iter().all(here) {
            // Elsewhere: let go. (The window comes back wholly onto the
            // screen on a later frame: one moving now could take a press
            // away from what it was aimed at.)
            false => {
                ctx.data_mut(|d| d.remove::<Held>(held_id()));
                holding = true;
            }
            // Still there (or lifted, on a touch screen, where the next
            // tap is most likely in the same place): put the button back
            // under it.
            true => {
                let pointer = (held.pointer_px.to_vec2() / ppp).to_pos2();
                // (Only a button in this window: one in a bar stays put.)
                if let Some(rect) = ctx
                    .read_response(held.widget)
                    .filter(|r| r.layer_id.id == window)
                    .map(|r| r.rect)
                    && rect.is_positive()
                {
                    holding = true;
                    let wanted = pointer - held.spot * rect.size();
                    let error = wanted - rect.min;
                    if error.length() > 0.5 {
                        offset += error;
                        // Lay the frame out again before it is shown.
                        ctx.request_discard("a held button moved");
                    }
                }
            }
        }
    } else if ctx
        .input(|i| i.pointer.any_down() || i.pointer.any_pressed() || i.pointer.any_released())
    {
        // Nothing held, but in the middle of a press: the window stays
        // where it is (moving it would move what is being pressed).
        holding = true;
    } else {
        // Nothing held: the window is wholly on the screen again.
        offset.y = offset.y.max(0.0);
    }
    let moved = Moved {
        window,
        offset,
        frame,
    };
    ctx.data_mut(|d| d.insert_temp(moved_id(), moved));
    (offset, holding)
}

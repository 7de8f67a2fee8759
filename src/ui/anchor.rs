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
    let rect = response.rect;
    if !rect.is_positive() {
        return;
    }
    let spot = (pointer - rect.min) / rect.size();
    let held = Held {
        widget: response.id,
        pointer_px: (pointer.to_vec2() * ui.ctx().pixels_per_point()).to_pos2(),
        spot,
    };
    ui.data_mut(|d| d.insert_temp(held_id(), held));
}

/// How far to move `window` (the id of its area, from where it is anchored) this frame, so the
/// held button in it is under the pointer. Call before showing the window,
/// on every frame it is shown. A window shown again after it was closed
/// starts where it is anchored.
pub fn window_offset(ctx: &Context, window: Id) -> Vec2 {
    let frame = ctx.cumulative_frame_nr();
    let moved: Option<Moved> = ctx.data(|d| d.get_temp(moved_id()));
    let mut offset = moved
        .filter(|m| m.window == window && m.frame + 1 >= frame)
        .map_or(Vec2::ZERO, |m| m.offset);
    if let Some(held) = ctx.data(|d| d.get_temp::<Held>(held_id())) {
        let ppp = ctx.pixels_per_point();
        let pointer = ctx.input(|i| i.pointer.latest_pos());
        match pointer {
            // Still where it pressed: put the button back under it.
            Some(pointer)
                if (pointer.to_vec2() * ppp - held.pointer_px.to_vec2()).length() <= 1.0 =>
            {
                // (Only a button in this window: one in a bar stays put.)
                if let Some(rect) = ctx
                    .read_response(held.widget)
                    .filter(|r| r.layer_id.id == window)
                    .map(|r| r.rect)
                    && rect.is_positive()
                {
                    let wanted = pointer - held.spot * rect.size();
                    let error = wanted - rect.min;
                    if error.length() > 0.5 {
                        offset += error;
                        // Lay the frame out again before it is shown.
                        ctx.request_discard("a held button moved");
                    }
                }
            }
            // The pointer moved on: the window stays where it is now.
            _ => ctx.data_mut(|d| d.remove::<Held>(held_id())),
        }
    }
    let moved = Moved {
        window,
        offset,
        frame,
    };
    ctx.data_mut(|d| d.insert_temp(moved_id(), moved));
    offset
}

//! The focus ring: a thick ring around whatever has keyboard focus, shown
//! only while the reader moves with the keyboard.

use egui::{CornerRadius, Event, Stroke};

use super::theme::{Palette, radius};

/// Whether the reader is now moving with the keyboard: a key press turns
/// the ring on, a click or touch turns it off.
pub fn keyboard_in_use(ctx: &egui::Context, was: bool) -> bool {
    ctx.input(|i| {
        i.events.iter().fold(was, |on, event| match event {
            Event::Key { pressed: true, .. } => true,
            Event::PointerButton { pressed: true, .. } | Event::Touch { .. } => false,
            _ => on,
        })
    })
}

/// A thick ring around whatever has keyboard focus, above everything else.
pub fn focus_ring_ui(ctx: &egui::Context, palette: &Palette) {
    let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    // The part of the widget that is on screen (nothing if it is scrolled away).
    let rect = response.interact_rect;
    if rect.is_positive() {
        let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("focus-ring"));
        ctx.layer_painter(layer).rect_stroke(
            rect.expand(2.0),
            CornerRadius::same(radius::LARGE),
            Stroke::new(3.0, palette.focus),
            egui::StrokeKind::Outside,
        );
    }
}

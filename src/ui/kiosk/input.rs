//! The kiosk's egui glue: what a frame's input means for the visit (touches
//! keep it going, taps in the staff corner count towards the exit gesture),
//! and keeping the window in front and filling the monitor.
//!
//! The rules themselves (idle time, the gesture, the PIN) are egui-free, in
//! `crate::kiosk`; this file only reads egui's input and sends viewport
//! commands.

use egui::{Event, Pos2, Rect, ViewportCommand};

use crate::kiosk::{Phase, Session, Tick};

/// The staff corner's side, in physical pixels: taps in the top-left
/// corner this big count towards the exit gesture. In pixels, not points,
/// so it stays the same size for a finger whatever the text size.
pub const STAFF_CORNER_PX: f32 = 80.0;

/// The staff corner now, in points.
pub fn staff_corner(ctx: &egui::Context) -> Rect {
    let side = STAFF_CORNER_PX / ctx.pixels_per_point();
    Rect::from_min_max(Pos2::ZERO, Pos2::new(side, side))
}

/// On a kiosk, a press this long still counts as a tap…
pub const KIOSK_TAP_SECS: f64 = 3.0;
/// …and so does one whose finger wanders this far (points) before lifting.
pub const KIOSK_TAP_DIST: f32 = 16.0;

/// Requests to fill the monitor sent since the window last filled it.
const FIT_TRIES: u32 = 5;

/// Egui's input options for a touch screen.
pub fn touch_options(options: &mut egui::Options) {
    // A finger is slower and less steady than a mouse: egui's defaults
    // (0.8 s, 6 px) turn many real taps into nothing. Drag-scrolling still
    // starts once a finger moves further.
    options.input_options.max_click_duration = KIOSK_TAP_SECS;
    options.input_options.max_click_dist = KIOSK_TAP_DIST;
}

/// How often the kiosk has asked to fill the monitor, and when last.
#[derive(Clone, Copy, Debug)]
pub struct FitTries {
    tries: u32,
    /// When the last request was sent.
    last: f64,
}

impl Default for FitTries {
    fn default() -> Self {
        Self {
            tries: 0,
            last: f64::NEG_INFINITY,
        }
    }
}

/// Kiosk bookkeeping that must run even when nothing is drawn: refuse
/// closing, come back to the front, run the idle timer. `changed` says
/// whether the visit differs from a fresh start. Returns whether the visit
/// has ended (the caller forgets it).
pub fn window_logic(
    ctx: &egui::Context,
    session: &mut Session,
    now: f64,
    changed: impl FnOnce() -> bool,
) -> bool {
    let (close_requested, minimized) = ctx.input(|i| {
        let viewport = i.viewport();
        (viewport.close_requested(), viewport.minimized == Some(true))
    });
    if close_requested && !session.exit_allowed {
        log::info!("kiosk: refused a request to close the window");
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
    }
    if minimized {
        // Something (a window manager key, a stray gesture) hid the kiosk:
        // bring it back, and keep trying until it is.
        log::info!("kiosk: the window was minimized; restoring it");
        ctx.send_viewport_cmd(ViewportCommand::Minimized(false));
        ctx.send_viewport_cmd(ViewportCommand::Focus);
        ctx.request_repaint_after_secs(1.0);
    }
    let (tick, next) = session.tick(now, changed);
    if let Some(secs) = next {
        ctx.request_repaint_after_secs(secs as f32);
    }
    tick == Tick::EndVisit
}

/// Without a window manager a fullscreen request is ignored: size and
/// place the window to the monitor ourselves, and look again a second
/// later, since a request sent before the window is mapped can be lost
/// too. A few tries each time the window stops filling the monitor,
/// then it stops asking (never a busy loop). Assumes the kiosk's
/// monitor is the primary one, at the origin of the screen.
pub fn fill_the_monitor(ctx: &egui::Context, fit: &mut FitTries, now: f64) {
    let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
    let Some(monitor) = monitor else {
        return;
    };
    let fits = inner.is_some_and(|r| {
        (r.size() - monitor).length() <= 1.0 && (r.min - Pos2::ZERO).length() <= 1.0
    });
    if fits {
        *fit = FitTries::default();
    } else if fit.tries < FIT_TRIES && now - fit.last >= 1.0 {
        ctx.send_viewport_cmd(ViewportCommand::OuterPosition(Pos2::ZERO));
        ctx.send_viewport_cmd(ViewportCommand::InnerSize(monitor));
        fit.tries += 1;
        fit.last = now;
        ctx.request_repaint_after_secs(1.0);
    }
}

/// Kiosk input of a drawn frame: touches keep the visit going, and taps
/// in the staff corner count towards the exit gesture. (Only in `ui`:
/// while the window is hidden, egui's input is that of the last frame.)
/// `changed` says whether the visit differs from a fresh start.
pub fn frame_input(
    ctx: &egui::Context,
    session: &mut Session,
    now: f64,
    changed: impl FnOnce() -> bool,
) {
    let corner = staff_corner(ctx);
    let (activity, scrolled, corner_taps) = ctx.input(|i| {
        let activity = i.events.iter().any(is_user_input);
        let scrolled = i.pointer.is_decidedly_dragging()
            || i.events.iter().any(|e| {
                matches!(
                    e,
                    Event::MouseWheel { .. } | Event::Key { .. } | Event::Text(_) | Event::Zoom(_)
                )
            });
        let taps = i
            .events
            .iter()
            .filter(|e| {
                matches!(e, Event::PointerButton { pos, pressed: true, .. } if corner.contains(*pos))
            })
            .count();
        (activity, scrolled, taps)
    });
    for _ in 0..corner_taps {
        session.corner_tap(now);
    }
    if session.phase == Phase::Attract && ctx.input(|i| i.events.iter().any(is_press)) {
        // The visit starts as the finger lands, not only after a clean
        // tap. (The press belongs to the attract screen, so whatever is
        // under the finger now does not open when it lifts.)
        session.start_visit_on_press(now);
    } else if activity && session.phase != Phase::Attract {
        session.activity(now);
        if scrolled {
            session.scrolled();
        }
        // The countdown may have been cancelled: look again when the
        // quiet time is next due.
        let (_, next) = session.tick(now, changed);
        if let Some(secs) = next {
            ctx.request_repaint_after_secs(secs as f32);
        }
    }
    if !ctx.input(|i| i.pointer.any_down()) {
        session.touch_lifted();
    }
}

/// A finger or button going down.
fn is_press(event: &Event) -> bool {
    matches!(
        event,
        Event::PointerButton { pressed: true, .. }
            | Event::Touch {
                phase: egui::TouchPhase::Start,
                ..
            }
    )
}

/// Input that means a person is at the screen.
fn is_user_input(event: &Event) -> bool {
    matches!(
        event,
        Event::PointerMoved(_)
            | Event::PointerButton { .. }
            | Event::Touch { .. }
            | Event::MouseWheel { .. }
            | Event::Key { .. }
            | Event::Text(_)
            | Event::Zoom(_)
            | Event::Rotate(_)
            | Event::AccessKitActionRequest(_)
    )
}

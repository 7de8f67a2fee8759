//! Soak: 10 000 seeded random taps, drags, scrolls and key presses through the
//! real app, at home and on the kiosk. Nothing may panic, and on the kiosk a
//! reset afterwards must still give a fresh visit.
//!
//! The seed is fixed so a failure can be replayed; set `SOAK_SEED` to try others.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Event, Key, Modifiers, PointerButton, Pos2, TouchPhase, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::state::VisitState;
use therapy_explorer::{Options, TherapyApp};

const EVENTS: usize = 10_000;

/// A small, seedable random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn float(&mut self, max: f32) -> f32 {
        (self.below(10_000) as f32 / 10_000.0) * max
    }
}

fn seed() -> u64 {
    std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_CAFE_F00D_0001)
}

const KEYS: [Key; 14] = [
    Key::Tab,
    Key::Enter,
    Key::Space,
    Key::Escape,
    Key::Backspace,
    Key::ArrowLeft,
    Key::ArrowRight,
    Key::ArrowDown,
    Key::ArrowUp,
    Key::Home,
    Key::F1,
    Key::F,
    Key::Plus,
    Key::Minus,
];

const TEXT: [&str; 8] = ["a", "privacy", "é", "🙂", "行", " ", "ZZ", "\u{202e}"];

/// One random thing a person (or a stuck finger) might do.
fn poke(harness: &mut Harness<'_, TherapyApp>, rng: &mut Rng, size: Vec2) {
    let pos = |rng: &mut Rng| Pos2::new(rng.float(size.x), rng.float(size.y));
    match rng.below(100) {
        // Taps and clicks.
        0..=44 => {
            let at = pos(rng);
            harness.event(Event::PointerMoved(at));
            for pressed in [true, false] {
                harness.event(Event::PointerButton {
                    pos: at,
                    button: PointerButton::Primary,
                    pressed,
                    modifiers: Modifiers::NONE,
                });
            }
        }
        // Drags (touch scrolling), sometimes released far away.
        45..=59 => {
            let from = pos(rng);
            harness.event(Event::PointerMoved(from));
            harness.event(Event::PointerButton {
                pos: from,
                button: PointerButton::Primary,
                pressed: true,
                modifiers: Modifiers::NONE,
            });
            let mut at = from;
            for _ in 0..rng.below(6) {
                at += Vec2::new(rng.float(200.0) - 100.0, rng.float(400.0) - 200.0);
                harness.event(Event::PointerMoved(at));
            }
            harness.event(Event::PointerButton {
                pos: at,
                button: PointerButton::Primary,
                pressed: false,
                modifiers: Modifiers::NONE,
            });
        }
        // Scroll wheel.
        60..=69 => {
            harness.event(Event::PointerMoved(pos(rng)));
            harness.event(Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: Vec2::new(0.0, rng.float(1200.0) - 600.0),
                modifiers: Modifiers::NONE,
                phase: TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            });
        }
        // Keys, with and without modifiers.
        70..=89 => {
            let key = KEYS[rng.below(KEYS.len() as u64) as usize];
            let modifiers = match rng.below(4) {
                0 => Modifiers::ALT,
                1 => Modifiers::COMMAND,
                2 => Modifiers::SHIFT,
                _ => Modifiers::NONE,
            };
            harness.key_press_modifiers(modifiers, key);
        }
        // Typing (only does something where there is a text box).
        90..=95 => harness.event(Event::Text(
            TEXT[rng.below(TEXT.len() as u64) as usize].to_owned(),
        )),
        // A pointer that leaves the window, or a multi-touch zoom.
        _ => {
            if rng.below(2) == 0 {
                harness.event(Event::PointerGone);
            } else {
                harness.event(Event::Zoom(0.5 + rng.float(1.5)));
            }
        }
    }
    harness.step();
}

fn harness(options: Options, size: Vec2) -> Harness<'static, TherapyApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(64)
        // Random text includes characters no shipped font has: the app draws
        // a box for them, as it would for a real user.
        .allow_missing_glyphs()
        .build_eframe(move |cc| TherapyApp::new(cc, options));
    harness.run_ok();
    harness
}

#[test]
fn soak_at_home() {
    let size = Vec2::new(1024.0, 720.0);
    // Random taps can reach "Open in my browser": open nothing.
    let options = Options {
        browser: therapy_explorer::Browser(|_| {}),
        ..Options::default()
    };
    let mut harness = harness(options, size);
    let mut rng = Rng(seed());
    for i in 0..EVENTS {
        poke(&mut harness, &mut rng, size);
        if i % 500 == 0 {
            harness.run_ok();
        }
    }
    harness.run_ok();
    // Still usable: Home and the crisis contacts work.
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::ALT, Key::Home);
    harness.run_ok();
    harness
        .get_by_label("Need help now? Show crisis contacts")
        .click();
    harness.run_ok();
    let contact = harness.state().pack().info.crisis_contacts[0].how.clone();
    harness.get_by_label(&contact);
}

#[test]
fn soak_on_the_kiosk_then_reset_gives_a_fresh_visit() {
    let size = Vec2::new(1280.0, 800.0);
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(KioskConfig {
            staff_pin: Some("2468".into()),
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    let mut harness = harness(options, size);
    let mut rng = Rng(seed() ^ 0xABCD);
    for i in 0..EVENTS {
        // Time passes too: sometimes long enough for the idle overlay or a reset.
        clock.advance(f64::from(u32::try_from(rng.below(3000)).unwrap_or(0)) / 100.0);
        poke(&mut harness, &mut rng, size);
        // Now and then a burst of taps in the staff corner.
        if rng.below(400) == 0 {
            for _ in 0..5 {
                for pressed in [true, false] {
                    harness.event(Event::PointerButton {
                        pos: Pos2::new(5.0, 5.0),
                        button: PointerButton::Primary,
                        pressed,
                        modifiers: Modifiers::NONE,
                    });
                }
                harness.step();
            }
        }
        if i % 500 == 0 {
            harness.run_ok();
        }
    }
    assert!(
        !harness.state().kiosk().is_some_and(|k| k.exit_allowed),
        "random taps never found the PIN"
    );
    // Leave it alone: the visit ends and nothing of it remains.
    clock.advance(1000.0);
    harness.step();
    harness.run_ok();
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Attract)
    );
    assert_eq!(harness.state().visit(), &VisitState::default());
    assert_eq!(
        harness.state().settings(),
        &therapy_explorer::settings::Settings::default()
    );
}

//! Soak: 10 000 seeded random taps, drags, scrolls and key presses through the
//! real app, at home and on the kiosk. Nothing may panic. On the kiosk, time
//! passes too: mostly seconds between touches, but now and then long enough
//! for "Still reading?", its countdown and the end of the visit, or just past
//! the quiet time and then a touch; the test counts each kiosk phase and how
//! visits ended. A reset afterwards must give the same app as a fresh start
//! (visit, settings, zoom, egui's options and memory).
//!
//! The seed is fixed so a failure can be replayed; set `SOAK_SEED` to try others.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Event, Key, Modifiers, Pos2, TouchPhase, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::state::{Route, VisitState};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{assert_same_as_fresh, egui_memory, press};

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
            harness.event(press(at, true));
            harness.event(press(at, false));
        }
        // Drags (touch scrolling), sometimes released far away.
        45..=59 => {
            let from = pos(rng);
            harness.event(Event::PointerMoved(from));
            harness.event(press(from, true));
            let mut at = from;
            for _ in 0..rng.below(6) {
                at += Vec2::new(rng.float(200.0) - 100.0, rng.float(400.0) - 200.0);
                harness.event(Event::PointerMoved(at));
            }
            harness.event(press(at, false));
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

fn build(options: Options, size: Vec2) -> Harness<'static, TherapyApp> {
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
    let mut harness = build(options, size);
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
    // (Random taps may have switched the language: its words, then.)
    let help = harness.state().catalogue().tr("chrome-help-spoken");
    harness.get_by_label(&help).click();
    harness.run_ok();
    let contact = harness.state().pack().info.crisis_contacts[0].how.clone();
    harness.get_by_label(&contact);
}

/// "Keep reading", in the language the visit is in (random taps may have
/// switched it).
fn keep_reading(harness: &Harness<'_, TherapyApp>) -> String {
    harness.state().catalogue().tr("kiosk-keep-reading")
}

fn phase(harness: &Harness<'_, TherapyApp>) -> Phase {
    harness.state().kiosk().expect("kiosk mode").phase
}

/// What the kiosk soak went through.
#[derive(Debug, Default)]
struct Seen {
    /// How often each phase was seen (after every action and every wait):
    /// the attract screen, a visit, "Still reading?".
    attract: usize,
    active: usize,
    still_reading: usize,
    /// Visits the idle timer ended (nobody touched the screen).
    idle_ends: usize,
    /// Of those, visits that changed something and so ended only after the
    /// "Still reading?" countdown was shown and ran out.
    countdown_ends: usize,
    /// "Still reading?" cancelled: by "Keep reading", or by any touch.
    kept_reading: usize,
    touched_away: usize,
}

impl Seen {
    fn saw(&mut self, phase: Phase) {
        match phase {
            Phase::Attract => self.attract += 1,
            Phase::Active => self.active += 1,
            Phase::StillReading => self.still_reading += 1,
        }
    }
}

fn kiosk_options(clock: &MockClock) -> Options {
    Options {
        kiosk: Some(KioskConfig {
            staff_pin: Some("5081".into()),
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    }
}

#[test]
fn soak_on_the_kiosk_then_reset_gives_a_fresh_visit() {
    let size = Vec2::new(1280.0, 800.0);
    let clock = MockClock::default();
    let config = kiosk_options(&clock).kiosk.expect("kiosk");
    let (idle, countdown) = (
        f64::from(config.idle_secs),
        f64::from(config.countdown_secs),
    );
    let mut harness = build(kiosk_options(&clock), size);
    let mut rng = Rng(seed() ^ 0xABCD);
    let mut seen = Seen::default();
    for i in 0..EVENTS {
        // Time passes too. Mostly a few seconds between touches, but
        // sometimes the visitor walks away, or comes back just in time.
        match rng.below(100) {
            // Gone for good: nobody touches the screen for 95 to 200 s.
            0..=2 => {
                let before = phase(&harness);
                clock.advance(
                    idle + 5.0 + f64::from(u32::try_from(rng.below(10_500)).unwrap_or(0)) / 100.0,
                );
                harness.step();
                harness.run_ok();
                let after = phase(&harness);
                seen.saw(after);
                if before != Phase::Attract && after == Phase::Attract {
                    seen.idle_ends += 1;
                    assert_eq!(harness.state().visit(), &VisitState::default());
                }
                if after == Phase::StillReading {
                    harness.get_by_label(&keep_reading(&harness));
                }
            }
            // Just past the quiet time: "Still reading?" (if the visit changed
            // anything), then the visitor comes back, or the countdown runs out.
            3..=5 => {
                clock.advance(idle + 0.5 + f64::from(rng.float(4.0)));
                // (A few frames: the overlay is a window, shown from its second.)
                harness.step();
                harness.run_ok();
                let shown = phase(&harness);
                seen.saw(shown);
                if shown == Phase::StillReading {
                    harness.get_by_label(&keep_reading(&harness));
                    match rng.below(3) {
                        0 => {
                            // (Pressed directly: scrolling it into view
                            // would itself count as a touch.)
                            harness.get_by_label(&keep_reading(&harness)).click();
                            harness.step();
                            seen.saw(phase(&harness));
                            assert_eq!(phase(&harness), Phase::Active, "Keep reading");
                            seen.kept_reading += 1;
                        }
                        1 => {
                            // A little later, and nobody came: the visit ends.
                            clock.advance(countdown);
                            harness.step();
                            seen.saw(phase(&harness));
                            assert_eq!(phase(&harness), Phase::Attract, "after the countdown");
                            assert_eq!(harness.state().visit(), &VisitState::default());
                            seen.idle_ends += 1;
                            seen.countdown_ends += 1;
                        }
                        // Any touch at all (the poke below) keeps it going.
                        _ => seen.touched_away += 1,
                    }
                }
            }
            _ => clock.advance(f64::from(u32::try_from(rng.below(3000)).unwrap_or(0)) / 100.0),
        }
        poke(&mut harness, &mut rng, size);
        seen.saw(phase(&harness));
        // Now and then a burst of taps in the staff corner.
        if rng.below(400) == 0 {
            for _ in 0..5 {
                for pressed in [true, false] {
                    harness.event(press(Pos2::new(5.0, 5.0), pressed));
                }
                harness.step();
            }
        }
        if i % 500 == 0 {
            harness.run_ok();
        }
    }
    eprintln!("kiosk soak: {seen:?}");
    // Every phase, and enough of each way a visit can end or go on.
    assert!(seen.attract >= 300, "{seen:?}");
    assert!(seen.active >= 5_000, "{seen:?}");
    assert!(seen.still_reading >= 100, "{seen:?}");
    assert!(seen.idle_ends >= 100, "{seen:?}");
    assert!(seen.countdown_ends >= 20, "{seen:?}");
    assert!(seen.kept_reading >= 20, "{seen:?}");
    assert!(seen.touched_away >= 20, "{seen:?}");
    assert!(
        !harness.state().kiosk().is_some_and(|k| k.exit_allowed),
        "random taps never found the PIN"
    );

    // Leave it alone: the visit ends and nothing of it remains. Compared
    // with an app that has just started, as in `tests/kiosk.rs`.
    let mut fresh = build(kiosk_options(&MockClock::default()), size);
    clock.advance(idle + 1.0);
    harness.step();
    harness.run_ok();
    if phase(&harness) == Phase::StillReading {
        harness.get_by_label(&keep_reading(&harness));
    }
    clock.advance(countdown);
    harness.step();
    harness.run_ok();
    assert_eq!(phase(&harness), Phase::Attract);
    harness.get_by_label("Touch anywhere to start");
    assert_same_as_fresh(&harness, &fresh);

    // After the next touch: Home, at the top, nothing open, no way back.
    for h in [&mut harness, &mut fresh] {
        h.get_by_label("Touch anywhere to start").click();
        h.run_ok();
        assert_eq!(phase(h), Phase::Active);
    }
    assert_eq!(harness.state().visit().route, Route::Home);
    assert_eq!(harness.state().visit(), fresh.state().visit());
    let door = "Open: One-to-one therapy";
    assert_eq!(
        harness.get_by_label(door).rect(),
        fresh.get_by_label(door).rect()
    );
    assert!(
        harness
            .query_by_label("Back")
            .is_some_and(|b| b.accesskit_node().is_disabled())
    );
    assert_eq!(egui_memory(&harness), egui_memory(&fresh));
}

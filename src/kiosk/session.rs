//! A kiosk visit: the clock, the idle timer, the staff gesture and the PIN.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use super::{KioskConfig, weak_pin};

/// Seconds since some fixed start.
#[derive(Clone, Debug)]
pub enum Clock {
    System(Instant),
    /// Moved forward by hand in tests.
    Mock(MockClock),
}

impl Default for Clock {
    fn default() -> Self {
        Self::System(Instant::now())
    }
}

impl Clock {
    pub fn now(&self) -> f64 {
        match self {
            Self::System(start) => start.elapsed().as_secs_f64(),
            Self::Mock(mock) => mock.now(),
        }
    }
}

/// A clock that only moves when told to. Clones share the same time.
#[derive(Clone, Debug, Default)]
pub struct MockClock(Arc<AtomicU64>);

impl MockClock {
    pub fn now(&self) -> f64 {
        self.0.load(Ordering::SeqCst) as f64 / 1000.0
    }

    pub fn advance(&self, secs: f64) {
        let millis = (secs * 1000.0).round().max(0.0) as u64;
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

/// What the kiosk shows over the app.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    /// The inviting screen between visits.
    Attract,
    /// Someone is using the app.
    Active,
    /// Nobody touched the screen for a while: counting down to the end of the visit.
    StillReading,
}

/// What the app must do after a [`Session::tick`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tick {
    Nothing,
    /// End the visit: forget everything, show the attract screen.
    EndVisit,
}

/// The staff exit: taps in the corner, then a PIN.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinPad {
    pub entered: String,
    pub wrong: bool,
}

/// Taps in the corner needed to open the PIN pad, and the time they must fit in.
pub const CORNER_TAPS: usize = 5;
pub const CORNER_TAP_WINDOW_SECS: f64 = 3.0;

/// Wrong PINs in a row after which the pad closes and the gesture rests.
pub const PIN_TRIES: u32 = 3;
/// How long the gesture rests then: always the same short time, so that
/// guessing a PIN takes hours while staff who mistype wait seconds, and a
/// visitor can never lock staff out for longer.
pub const PIN_REST_SECS: f64 = 10.0;

/// The kiosk's own state for one run of the app.
#[derive(Clone, Debug)]
pub struct Session {
    pub config: KioskConfig,
    pub phase: Phase,
    /// When someone last touched the screen.
    pub last_activity: f64,
    /// Whether the visitor scrolled or pressed a key since the attract
    /// screen: a change the visit state does not hold. (What it does hold,
    /// the app compares with a fresh start when the quiet time is up.)
    pub scrolled: bool,
    /// The finger that started the visit is still down: what it does is
    /// part of starting, not yet a change.
    starting: bool,
    corner_taps: Vec<f64>,
    pub pin_pad: Option<PinPad>,
    /// Wrong PINs since the gesture last rested. Kept across visits, so
    /// "Start over" does not give a guesser fresh tries.
    wrong_pins: u32,
    /// Until when the staff gesture does nothing.
    resting_until: f64,
    /// Set by the right PIN: the next close request is honoured.
    pub exit_allowed: bool,
}

impl Session {
    pub fn new(mut config: KioskConfig, now: f64) -> Self {
        // However the config was made, a PIN anyone could guess is no PIN.
        if config.staff_pin.as_deref().is_some_and(weak_pin) {
            config.staff_pin = None;
        }
        Self {
            config,
            phase: Phase::Attract,
            last_activity: now,
            scrolled: false,
            starting: false,
            corner_taps: Vec::new(),
            pin_pad: None,
            wrong_pins: 0,
            resting_until: f64::NEG_INFINITY,
            exit_allowed: false,
        }
    }

    /// Someone touched the screen.
    pub fn activity(&mut self, now: f64) {
        self.last_activity = now;
        if self.phase == Phase::StillReading {
            self.phase = Phase::Active;
        }
    }

    /// The visitor scrolled (or pressed a key): the screen may now show
    /// something other than the start, though the visit state is unchanged.
    pub fn scrolled(&mut self) {
        if self.phase != Phase::Attract && !self.starting {
            self.scrolled = true;
        }
    }

    /// The attract screen was touched: a visit starts.
    pub fn start_visit(&mut self, now: f64) {
        self.phase = Phase::Active;
        self.scrolled = false;
        self.starting = false;
        self.last_activity = now;
    }

    /// A finger landed on the attract screen: the visit starts at once, and
    /// the rest of that touch (until [`Self::touch_lifted`]) changes nothing.
    pub fn start_visit_on_press(&mut self, now: f64) {
        self.start_visit(now);
        self.starting = true;
    }

    /// No finger or button is down any more.
    pub fn touch_lifted(&mut self) {
        self.starting = false;
    }

    /// Move time on. `changed` tells whether the visit or the display
    /// settings differ from a fresh start; it is asked only when the quiet
    /// time is up. Returns what to do, and how long until the next change
    /// worth a repaint (`None`: nothing is scheduled).
    pub fn tick(&mut self, now: f64, changed: impl FnOnce() -> bool) -> (Tick, Option<f64>) {
        let idle = f64::from(self.config.idle_secs);
        let countdown = f64::from(self.config.countdown_secs);
        let quiet = (now - self.last_activity).max(0.0);
        match self.phase {
            Phase::Attract => (Tick::Nothing, None),
            Phase::Active if quiet < idle => (Tick::Nothing, Some(idle - quiet)),
            Phase::Active if !self.scrolled && self.pin_pad.is_none() && !changed() => {
                // Nothing to forget: go back to the attract screen quietly.
                self.phase = Phase::Attract;
                (Tick::EndVisit, None)
            }
            Phase::Active | Phase::StillReading => {
                let left = idle + countdown - quiet;
                if left <= 0.0 {
                    (Tick::EndVisit, None)
                } else {
                    self.phase = Phase::StillReading;
                    // Wake up when the shown whole second changes.
                    let to_next_second = left - (left.ceil() - 1.0);
                    (Tick::Nothing, Some(to_next_second.max(0.05)))
                }
            }
        }
    }

    /// Whole seconds left on the "Still reading?" countdown.
    pub fn seconds_left(&self, now: f64) -> u32 {
        let idle = f64::from(self.config.idle_secs);
        let countdown = f64::from(self.config.countdown_secs);
        let left = idle + countdown - (now - self.last_activity);
        left.ceil().clamp(0.0, countdown) as u32
    }

    /// After a visit ends: everything of the visit is forgotten.
    pub fn end_visit(&mut self, now: f64) {
        self.phase = Phase::Attract;
        self.scrolled = false;
        self.starting = false;
        self.last_activity = now;
        self.corner_taps.clear();
        self.pin_pad = None;
    }

    /// A tap in the staff corner. Opens the PIN pad after enough quick taps,
    /// but only when a PIN is configured and the gesture is not resting
    /// after too many wrong PINs.
    pub fn corner_tap(&mut self, now: f64) {
        if now < self.resting_until {
            return;
        }
        self.corner_taps
            .retain(|t| now - t <= CORNER_TAP_WINDOW_SECS);
        self.corner_taps.push(now);
        if self.corner_taps.len() >= CORNER_TAPS {
            self.corner_taps.clear();
            if self.config.staff_pin.is_some() {
                self.pin_pad = Some(PinPad::default());
            }
        }
    }

    /// A key on the PIN pad.
    pub fn pin_digit(&mut self, digit: char) {
        if let Some(pad) = &mut self.pin_pad
            && digit.is_ascii_digit()
            && pad.entered.len() < 8
        {
            pad.entered.push(digit);
            pad.wrong = false;
        }
    }

    pub fn pin_clear(&mut self) {
        if let Some(pad) = &mut self.pin_pad {
            pad.entered.clear();
        }
    }

    pub fn pin_cancel(&mut self) {
        self.pin_pad = None;
    }

    /// Check the entered PIN. Returns true when it is right (staff may quit).
    ///
    /// After [`PIN_TRIES`] wrong PINs in a row the pad closes and the
    /// gesture does nothing for [`PIN_REST_SECS`]. The screen says no more
    /// than "Try again" before that, and nothing after.
    pub fn pin_submit(&mut self, now: f64) -> bool {
        let Some(pad) = &mut self.pin_pad else {
            return false;
        };
        let right = self
            .config
            .staff_pin
            .as_deref()
            .is_some_and(|pin| constant_time_eq(pin.as_bytes(), pad.entered.as_bytes()));
        if right {
            self.pin_pad = None;
            self.wrong_pins = 0;
            self.exit_allowed = true;
            return true;
        }
        pad.entered.clear();
        pad.wrong = true;
        self.wrong_pins += 1;
        if self.wrong_pins >= PIN_TRIES {
            log::warn!(
                "kiosk: {PIN_TRIES} wrong staff PINs; the staff gesture rests for {PIN_REST_SECS} s"
            );
            self.pin_pad = None;
            self.corner_taps.clear();
            self.wrong_pins = 0;
            self.resting_until = now + PIN_REST_SECS;
        }
        false
    }
}

/// Compare without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

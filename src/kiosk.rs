//! Kiosk mode: its configuration, the idle timer, the staff gesture and PIN.
//!
//! No egui here: the app feeds in the time and what happened this frame, and
//! this module says what to show. A [`Clock`] can be mocked, so tests move time
//! forward instead of sleeping.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use serde::Deserialize;

use crate::content::problem::Locator;
use crate::content::{Contact, Problem};
use crate::quiet_hours::Sleep;

/// Kiosk settings, from `--kiosk-config FILE` (RON) or the defaults.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default, rename = "Kiosk")]
pub struct KioskConfig {
    /// Quiet time before "Still reading?" appears.
    pub idle_secs: u32,
    /// How long "Still reading?" counts down before the visit ends.
    pub countdown_secs: u32,
    /// Digits that let staff quit. No PIN: the staff gesture does nothing.
    pub staff_pin: Option<String>,
    /// Where to write the log. No file: the log goes to standard error only.
    pub log_file: Option<PathBuf>,
    /// A content pack folder (the same as `--content`).
    pub content: Option<PathBuf>,
    /// This site's own crisis contacts: shown when the pack's own cannot be
    /// read, and instead of the built-in pack's (which are for the US).
    pub crisis_contacts: Vec<Contact>,
    /// The clinic group's minisign public key (`RW…`, as `minisign -G`
    /// prints it). Set, the kiosk shows `content` only when its signed
    /// manifest, every file and the version check out (see `fleet`).
    pub public_key: Option<String>,
    /// The oldest pack version this kiosk shows (`"2026.11.30"`), read from
    /// the signature's trusted comment: no going back to an older pack.
    pub min_pack_version: Option<String>,
    /// Quiet hours, when the attract screen dims (see `quiet_hours`).
    pub sleep: Option<Sleep>,
    /// Offer "Read this page" aloud (for a kiosk with a handset or
    /// headphones). Off by default: a waiting room is a shared space.
    pub read_aloud: bool,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_secs: 90,
            countdown_secs: 15,
            staff_pin: None,
            log_file: None,
            content: None,
            crisis_contacts: Vec::new(),
            public_key: None,
            min_pack_version: None,
            sleep: None,
            read_aloud: false,
        }
    }
}

/// The PIN written in the shipped example config and the README: anyone
/// who has read them knows it.
pub const EXAMPLE_PIN: &str = "2468";

/// Whether a PIN is too easy to guess: the example's, one digit repeated,
/// or a run such as 1234 or 9876.
pub fn weak_pin(pin: &str) -> bool {
    let digits: Vec<i16> = pin
        .bytes()
        .map(|b| i16::from(b) - i16::from(b'0'))
        .collect();
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    pin == EXAMPLE_PIN
        || steps.iter().all(|s| *s == 0)
        || steps.iter().all(|s| *s == 1)
        || steps.iter().all(|s| *s == -1)
}

/// A kiosk config as the kiosk uses it: whatever could be read, with safe
/// values where a field is broken, and every problem.
#[derive(Clone, Debug, PartialEq)]
pub struct KioskLoad {
    pub config: KioskConfig,
    pub problems: Vec<Problem>,
    /// False when nothing of the file could be read (missing, not RON…):
    /// then the kiosk cannot know which region it is in.
    pub readable: bool,
}

pub const IDLE_SECS_RANGE: std::ops::RangeInclusive<u32> = 10..=3600;
pub const COUNTDOWN_SECS_RANGE: std::ops::RangeInclusive<u32> = 5..=120;

impl KioskConfig {
    /// Parse and check a kiosk config. Problems name the file, line and column.
    ///
    /// # Errors
    /// Every problem found; see [`Self::parse_lenient`] for what a kiosk does then.
    pub fn parse(path: &str, text: &str) -> Result<Self, Vec<Problem>> {
        let load = Self::parse_lenient(path, text);
        if load.problems.is_empty() {
            Ok(load.config)
        } else {
            Err(load.problems)
        }
    }

    /// Parse a kiosk config, keeping every field that is right: a broken
    /// field falls back to its default (a weak or broken PIN to no PIN, so
    /// the exit gesture is off), the rest still counts. A broken PIN must
    /// never cost the clinic's content folder or crisis contacts.
    pub fn parse_lenient(path: &str, text: &str) -> KioskLoad {
        let text = crate::content::files::normalise(text);
        let parsed = crate::content::load::parse_tolerant::<Self>(&text);
        let loc = Locator::new(&text);
        let mut problems: Vec<Problem> = parsed
            .errors
            .iter()
            .map(|e| Problem::error(path, loc.position(e.offset), e.message.clone()))
            .collect();
        let readable = parsed.value.is_some();
        let mut config = parsed.value.unwrap_or_default();
        let at = |field: &str| loc.position(loc.find_field(field, 0).unwrap_or(0));
        let defaults = Self::default();
        if !IDLE_SECS_RANGE.contains(&config.idle_secs) {
            problems.push(Problem::error(
                path,
                at("idle_secs"),
                format!(
                    "`idle_secs` is {}: use a number of seconds from {} to {}",
                    config.idle_secs,
                    IDLE_SECS_RANGE.start(),
                    IDLE_SECS_RANGE.end()
                ),
            ));
            config.idle_secs = defaults.idle_secs;
        }
        if !COUNTDOWN_SECS_RANGE.contains(&config.countdown_secs) {
            problems.push(Problem::error(
                path,
                at("countdown_secs"),
                format!(
                    "`countdown_secs` is {}: use a number of seconds from {} to {}",
                    config.countdown_secs,
                    COUNTDOWN_SECS_RANGE.start(),
                    COUNTDOWN_SECS_RANGE.end()
                ),
            ));
            config.countdown_secs = defaults.countdown_secs;
        }
        if let Some(pin) = &config.staff_pin {
            let message = if !(4..=8).contains(&pin.len())
                || !pin.chars().all(|c| c.is_ascii_digit())
            {
                Some("`staff_pin` must be 4 to 8 digits, like \"5081\"")
            } else if pin == EXAMPLE_PIN {
                Some(
                    "`staff_pin` is the example PIN from the README, which anyone can read: \
                     choose your own 4 to 8 digits (the staff exit stays off until you do)",
                )
            } else if weak_pin(pin) {
                Some(
                    "`staff_pin` is too easy to guess (one digit repeated, or a run like 1234): \
                     choose other digits (the staff exit stays off until you do)",
                )
            } else {
                None
            };
            if let Some(message) = message {
                problems.push(Problem::error(path, at("staff_pin"), message));
                config.staff_pin = None;
            }
        }
        let mut from = loc.find_field("crisis_contacts", 0).unwrap_or(0);
        let mut kept = Vec::new();
        for contact in std::mem::take(&mut config.crisis_contacts) {
            let place = loc.find_quoted(&contact.name, from).unwrap_or(from);
            from = place;
            let empty: Vec<&str> = [
                ("name", &contact.name),
                ("how", &contact.how),
                ("when", &contact.when),
            ]
            .into_iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(f, _)| f)
            .collect();
            if !empty.is_empty() {
                problems.push(Problem::error(
                    path,
                    loc.position(place),
                    format!(
                        "a crisis contact has no `{}`: fill it in (this contact is left out until then)",
                        empty.join("`, `")
                    ),
                ));
                continue;
            }
            if !contact.is_reachable() {
                problems.push(Problem::warning(
                    path,
                    loc.position(place),
                    format!(
                        "crisis contact `{}`: `how` says \"{}\" but holds no number, text code or address to reach it",
                        contact.name, contact.how
                    ),
                ));
            }
            kept.push(contact);
        }
        config.crisis_contacts = kept;
        // A signing setting the parser had to leave out never turns the
        // check off: an empty value verifies nothing, so the kiosk shows
        // no clinic pack until the file is fixed.
        let left_out = |field: &str| {
            parsed.errors.iter().any(|e| {
                e.left_out
                    .as_ref()
                    .is_some_and(|l| l.kind == "field" && l.name.as_deref() == Some(field))
            })
        };
        let key_left_out = config.public_key.is_none() && left_out("public_key");
        if key_left_out {
            config.public_key = Some(String::new());
        }
        let min_left_out = config.min_pack_version.is_none() && left_out("min_pack_version");
        if min_left_out {
            config.min_pack_version = Some(String::new());
        }
        problems.extend(check_signing(
            path,
            &loc,
            &config,
            [key_left_out, min_left_out],
        ));
        if let Some(sleep) = &config.sleep {
            let wrong: Vec<&str> = [("from", &sleep.from), ("to", &sleep.to)]
                .into_iter()
                .filter(|(_, v)| crate::quiet_hours::ClockTime::parse(v).is_none())
                .map(|(f, _)| f)
                .collect();
            let message = if !wrong.is_empty() {
                Some(format!(
                    "`sleep` `{}` must be a time like \"21:00\" or \"07:30\" (24-hour clock): \
                     the screen does not sleep until this is fixed",
                    wrong.join("` and `")
                ))
            } else if sleep.hours().is_none() {
                Some(
                    "`sleep` starts and ends at the same time: give two different times, \
                     like `Sleep(from: \"21:00\", to: \"07:00\")`, or take `sleep` out"
                        .to_owned(),
                )
            } else {
                None
            };
            if let Some(message) = message {
                problems.push(Problem::error(path, at("sleep"), message));
                config.sleep = None;
            }
        }
        KioskLoad {
            config,
            problems,
            readable,
        }
    }

    /// Read a kiosk config file.
    ///
    /// # Errors
    /// As [`Self::parse`], or when the file cannot be read.
    pub fn load(path: &Path) -> Result<Self, Vec<Problem>> {
        let load = Self::load_lenient(path);
        if load.problems.iter().any(Problem::is_error) {
            Err(load.problems)
        } else {
            Ok(load.config)
        }
    }

    /// Read a kiosk config file as the kiosk does: see [`Self::parse_lenient`].
    pub fn load_lenient(path: &Path) -> KioskLoad {
        /// A config is a few lines: anything larger is not one (and a path
        /// such as `/dev/zero` must not be read for ever).
        const MAX_CONFIG_BYTES: u64 = 64 * 1024;
        let name = path.display().to_string();
        let unreadable = |message: String| KioskLoad {
            config: KioskConfig::default(),
            problems: vec![Problem::error(&name, (1, 1), message)],
            readable: false,
        };
        let bytes = match crate::content::files::read_at_most(path, MAX_CONFIG_BYTES) {
            Ok(bytes) => bytes,
            Err(err) => return unreadable(format!("cannot read the kiosk config: {err}")),
        };
        if bytes.len() as u64 > MAX_CONFIG_BYTES {
            return unreadable(format!(
                "the kiosk config is larger than {} KiB: is this the right file?",
                MAX_CONFIG_BYTES / 1024
            ));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Self::parse_lenient(&name, &text),
            Err(_) => unreadable("the kiosk config is not UTF-8 text".to_owned()),
        }
    }
}

/// The problems with `public_key` and `min_pack_version`. A wrong value
/// is kept (it verifies nothing), so a typo never lets an unsigned pack in.
/// `reported`: whether the parser already reported each as left out.
fn check_signing(
    path: &str,
    loc: &Locator<'_>,
    config: &KioskConfig,
    [key_reported, min_reported]: [bool; 2],
) -> Vec<Problem> {
    let at = |field: &str| loc.position(loc.find_field(field, 0).unwrap_or(0));
    let mut problems = Vec::new();
    let refused = "until it is fixed, this kiosk shows no clinic pack: only the built-in one, \
                   with this config's crisis contacts";
    if let Some(key) = &config.public_key {
        if !key_reported && crate::fleet::parse_public_key(key).is_err() {
            problems.push(Problem::error(
                path,
                at("public_key"),
                format!(
                    "`public_key` is not a minisign public key: copy the line that starts with RW \
                     from the signing key's `.pub` file ({refused})"
                ),
            ));
        }
        if config.content.is_none() {
            problems.push(Problem::warning(
                path,
                at("public_key"),
                "`public_key` has no effect without `content`: the built-in pack needs no signature",
            ));
        }
    }
    if let Some(min) = &config.min_pack_version {
        if !min_reported && crate::fleet::PackVersion::parse(min).is_none() {
            problems.push(Problem::error(
                path,
                at("min_pack_version"),
                format!(
                    "`min_pack_version` \"{min}\" is not a version like \"2026.11.30\" ({refused})"
                ),
            ));
        }
        if config.public_key.is_none() {
            problems.push(Problem::warning(
                path,
                at("min_pack_version"),
                "`min_pack_version` has no effect without `public_key`: the version is read from \
                 the pack's signature",
            ));
        }
    }
    problems
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_or_endless_config_file_is_refused_not_read_for_ever() {
        let dir = std::env::temp_dir().join(format!("te-kiosk-big-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("kiosk.ron");
        let _ = std::fs::write(&path, "(idle_secs: 90)\n".repeat(10_000));
        let problems = KioskConfig::load(&path).err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].to_string().contains("larger than 64 KiB"),
            "{}",
            problems[0]
        );
        let _ = std::fs::remove_dir_all(&dir);
        if std::path::Path::new("/dev/zero").exists() {
            let problems = KioskConfig::load(std::path::Path::new("/dev/zero"))
                .err()
                .unwrap_or_default();
            assert_eq!(problems.len(), 1);
        }
    }

    const TEST_PIN: &str = "5081";

    fn session() -> Session {
        let config = KioskConfig {
            idle_secs: 90,
            countdown_secs: 15,
            staff_pin: Some(TEST_PIN.into()),
            ..KioskConfig::default()
        };
        let mut s = Session::new(config, 0.0);
        s.start_visit(0.0);
        s
    }

    #[test]
    fn idle_then_countdown_then_end() {
        let mut s = session();
        s.activity(1.0);
        assert_eq!(s.tick(50.0, || true), (Tick::Nothing, Some(41.0)));
        assert_eq!(s.phase, Phase::Active);
        let (tick, next) = s.tick(91.0, || true);
        assert_eq!(tick, Tick::Nothing);
        assert_eq!(s.phase, Phase::StillReading);
        assert!(next.is_some_and(|n| n > 0.0 && n <= 1.0));
        assert_eq!(s.seconds_left(91.0), 15);
        assert_eq!(s.seconds_left(100.5), 6);
        assert_eq!(s.tick(106.0, || true), (Tick::EndVisit, None));
    }

    #[test]
    fn activity_cancels_the_countdown() {
        let mut s = session();
        s.activity(0.0);
        let _ = s.tick(95.0, || true);
        assert_eq!(s.phase, Phase::StillReading);
        s.activity(96.0);
        assert_eq!(s.phase, Phase::Active);
        assert_eq!(s.tick(100.0, || true).0, Tick::Nothing);
    }

    #[test]
    fn untouched_visit_returns_quietly() {
        let mut s = session();
        assert_eq!(s.tick(95.0, || false), (Tick::EndVisit, None));
        assert_eq!(s.phase, Phase::Attract);
    }

    #[test]
    fn corner_taps_open_the_pin_pad_only_with_a_pin() {
        let mut s = session();
        for t in [0.0, 0.5, 1.0, 1.5] {
            s.corner_tap(t);
        }
        assert!(s.pin_pad.is_none());
        s.corner_tap(2.0);
        assert!(s.pin_pad.is_some());

        let mut slow = session();
        for t in [0.0, 1.0, 2.0, 3.0, 4.0] {
            slow.corner_tap(t);
        }
        assert!(slow.pin_pad.is_none(), "taps spread over 4 s do not count");

        let mut no_pin = Session::new(KioskConfig::default(), 0.0);
        for t in [0.0, 0.1, 0.2, 0.3, 0.4, 0.5] {
            no_pin.corner_tap(t);
        }
        assert!(no_pin.pin_pad.is_none());
    }

    #[test]
    fn pin_right_and_wrong() {
        let mut s = session();
        for t in [0.0, 0.1, 0.2, 0.3, 0.4] {
            s.corner_tap(t);
        }
        for d in "1111".chars() {
            s.pin_digit(d);
        }
        assert!(!s.pin_submit(0.5));
        assert_eq!(
            s.pin_pad,
            Some(PinPad {
                entered: String::new(),
                wrong: true
            })
        );
        assert!(!s.exit_allowed);
        for d in TEST_PIN.chars() {
            s.pin_digit(d);
        }
        assert!(s.pin_submit(0.6));
        assert!(s.exit_allowed);
    }

    fn gesture(s: &mut Session, at: f64) {
        for i in 0..5 {
            s.corner_tap(at + 0.1 * f64::from(i));
        }
    }

    fn wrong_pin(s: &mut Session, at: f64) {
        for d in "1111".chars() {
            s.pin_digit(d);
        }
        assert!(!s.pin_submit(at));
    }

    #[test]
    fn three_wrong_pins_rest_the_gesture_a_short_fixed_time() {
        let mut s = session();
        gesture(&mut s, 0.0);
        wrong_pin(&mut s, 1.0);
        wrong_pin(&mut s, 2.0);
        assert!(s.pin_pad.as_ref().is_some_and(|p| p.wrong));
        wrong_pin(&mut s, 3.0);
        assert!(s.pin_pad.is_none(), "the third wrong PIN closes the pad");
        gesture(&mut s, 12.0);
        assert!(s.pin_pad.is_none(), "resting until 13 s");
        gesture(&mut s, 13.0);
        assert!(s.pin_pad.is_some());
        // A visit ending does not give fresh tries.
        wrong_pin(&mut s, 14.0);
        wrong_pin(&mut s, 15.0);
        s.end_visit(16.0);
        gesture(&mut s, 17.0);
        wrong_pin(&mut s, 18.0);
        assert!(s.pin_pad.is_none());
        // However often it happens, the rest never grows: a visitor cannot
        // lock staff out.
        for round in 0..20 {
            let at = 30.0 + 20.0 * f64::from(round);
            gesture(&mut s, at);
            assert!(s.pin_pad.is_some(), "round {round}");
            for k in 0..3 {
                wrong_pin(&mut s, at + 1.0 + f64::from(k));
            }
        }
        // The last wrong PIN was at 413 s.
        gesture(&mut s, 422.0);
        assert!(s.pin_pad.is_none(), "still the same 10 s rest");
        gesture(&mut s, 423.0);
        assert!(s.pin_pad.is_some());
        for d in TEST_PIN.chars() {
            s.pin_digit(d);
        }
        assert!(s.pin_submit(424.0));
    }

    #[test]
    fn config_parses_and_reports_problems_with_positions() {
        let ok = KioskConfig::parse(
            "kiosk.ron",
            "Kiosk(idle_secs: 60, countdown_secs: 10, staff_pin: \"5081\")",
        );
        assert_eq!(
            ok.map(|c| (c.idle_secs, c.staff_pin)),
            Ok((60, Some("5081".to_owned())))
        );
        let defaults = KioskConfig::parse("kiosk.ron", "Kiosk()");
        assert_eq!(defaults, Ok(KioskConfig::default()));
        let bad = KioskConfig::parse(
            "kiosk.ron",
            "Kiosk(\n  idle_secs: 2,\n  staff_pin: \"12ab\",\n)",
        );
        let messages: Vec<String> = bad
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            messages,
            [
                "kiosk.ron:2:3: error: `idle_secs` is 2: use a number of seconds from 10 to 3600",
                "kiosk.ron:3:3: error: `staff_pin` must be 4 to 8 digits, like \"5081\"",
            ]
        );
        let typo = KioskConfig::parse("kiosk.ron", "Kiosk(idle_sec: 60)");
        assert!(typo.is_err_and(|p| {
            p[0].to_string()
                .starts_with("kiosk.ron:1:7: error: Unexpected field named `idle_sec`")
        }));
    }
}

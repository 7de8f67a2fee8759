//! The kiosk's configuration file, read field by field.

use std::path::{Path, PathBuf};

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

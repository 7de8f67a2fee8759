//! Quiet hours: when a kiosk's attract screen dims (the clinic is closed),
//! from the config's `sleep: Some(Sleep(from: "21:00", to: "07:00"))`.
//!
//! Pure functions of the config and a local time of day, so tests need no
//! clock; [`local_time_now`] reads the system's local time.

use serde::Deserialize;

use crate::kiosk::KioskConfig;

/// The hours the screen sleeps, as written in the config (`"HH:MM"`, 24-hour
/// clock, local time). `to` may be earlier than `from`: then the sleep runs
/// past midnight.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Sleep")]
pub struct Sleep {
    pub from: String,
    pub to: String,
}

/// A time of day, local, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime {
    secs: u32,
}

const DAY_SECS: u32 = 24 * 60 * 60;

impl ClockTime {
    /// `None` unless 0 ≤ hour < 24, minute < 60, second < 60.
    pub fn new(hour: u8, minute: u8, second: u8) -> Option<Self> {
        (hour < 24 && minute < 60 && second < 60).then(|| Self {
            secs: u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second),
        })
    }

    /// Read `"21:00"` or `"7:30"` (24-hour clock).
    pub fn parse(text: &str) -> Option<Self> {
        let (h, m) = text.trim().split_once(':')?;
        let digits = |s: &str, max_len: usize| {
            (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u8>().ok())
                .flatten()
        };
        if m.len() != 2 {
            return None;
        }
        Self::new(digits(h, 2)?, digits(m, 2)?, 0)
    }

    /// The time `secs` seconds after midnight (a day later it comes round).
    pub fn from_secs(secs: u64) -> Self {
        Self {
            secs: (secs % u64::from(DAY_SECS)) as u32,
        }
    }

    /// Seconds since midnight.
    pub fn secs(self) -> u32 {
        self.secs
    }

    /// Seconds from this time until `later` comes round (0 to a day less a second).
    fn until(self, later: Self) -> u32 {
        (later.secs + DAY_SECS - self.secs) % DAY_SECS
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.secs / 3600, self.secs / 60 % 60)
    }
}

impl Sleep {
    /// The two times, if both are right and differ.
    pub fn hours(&self) -> Option<(ClockTime, ClockTime)> {
        let from = ClockTime::parse(&self.from)?;
        let to = ClockTime::parse(&self.to)?;
        (from != to).then_some((from, to))
    }

    /// Whether `now` falls in the quiet hours (`from` included, `to` not).
    pub fn contains(&self, now: ClockTime) -> bool {
        let Some((from, to)) = self.hours() else {
            return false;
        };
        if from < to {
            from <= now && now < to
        } else {
            now >= from || now < to
        }
    }

    /// Seconds from `now` until the screen next falls asleep or wakes: when
    /// the app should look again (`request_repaint_after`).
    pub fn secs_until_change(&self, now: ClockTime) -> Option<u32> {
        let (from, to) = self.hours()?;
        let next = if self.contains(now) { to } else { from };
        Some(now.until(next).max(1))
    }
}

/// Whether the kiosk's screen sleeps at local time `now`: the attract
/// screen dims (a touch still starts a visit at once). Never asleep
/// without `sleep`, or with hours that are not right.
pub fn asleep(config: &KioskConfig, now: ClockTime) -> bool {
    config.sleep.as_ref().is_some_and(|s| s.contains(now))
}

/// The local time of day now, from the system's time zone (`TZ`, else
/// `/etc/localtime`; UTC when neither can be read).
pub fn local_time_now() -> ClockTime {
    let now = jiff::ZonedDateTime::now();
    let time = now.time();
    let part = |v: i8| u8::try_from(v).unwrap_or(0);
    ClockTime::new(part(time.hour()), part(time.minute()), part(time.second()))
        .unwrap_or(ClockTime { secs: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> ClockTime {
        ClockTime::parse(text).unwrap_or_else(|| panic!("{text} is a time"))
    }

    fn config(from: &str, to: &str) -> KioskConfig {
        KioskConfig {
            sleep: Some(Sleep {
                from: from.to_owned(),
                to: to.to_owned(),
            }),
            ..KioskConfig::default()
        }
    }

    #[test]
    fn times_parse() {
        assert_eq!(at("21:00").secs(), 21 * 3600);
        assert_eq!(at("7:30").secs(), 7 * 3600 + 30 * 60);
        assert_eq!(at("07:30").to_string(), "07:30");
        for bad in [
            "24:00", "12:60", "12", "12:5", "ab:cd", "-1:00", "", "12:00:00",
        ] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn overnight_quiet_hours() {
        let c = config("21:00", "07:00");
        assert!(!asleep(&c, at("20:59")));
        assert!(asleep(&c, at("21:00")));
        assert!(asleep(&c, at("23:59")));
        assert!(asleep(&c, at("00:00")));
        assert!(asleep(&c, at("06:59")));
        assert!(!asleep(&c, at("07:00")));
        assert!(!asleep(&c, at("12:00")));
    }

    #[test]
    fn daytime_quiet_hours() {
        let c = config("12:30", "13:30");
        assert!(!asleep(&c, at("12:29")));
        assert!(asleep(&c, at("12:30")));
        assert!(asleep(&c, at("13:29")));
        assert!(!asleep(&c, at("13:30")));
        assert!(!asleep(&c, at("00:00")));
    }

    #[test]
    fn no_or_broken_hours_never_sleep() {
        assert!(!asleep(&KioskConfig::default(), at("03:00")));
        assert!(!asleep(&config("25:00", "07:00"), at("03:00")));
        assert!(!asleep(&config("07:00", "07:00"), at("07:00")));
    }

    #[test]
    fn next_change() {
        let sleep = Sleep {
            from: "21:00".into(),
            to: "07:00".into(),
        };
        assert_eq!(sleep.secs_until_change(at("20:00")), Some(3600));
        assert_eq!(sleep.secs_until_change(at("23:00")), Some(8 * 3600));
        assert_eq!(sleep.secs_until_change(at("07:00")), Some(14 * 3600));
    }

    #[test]
    fn local_time_is_a_time_of_day() {
        assert!(local_time_now().secs() < DAY_SECS);
    }
}

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

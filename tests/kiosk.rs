//! Kiosk mode, driven through the real app with a mock clock (no sleeping).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::{Action, Role};
use egui::{Event, OutputCommand, Pos2, ViewportCommand, ViewportEvent, ViewportId, ViewportInfo};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::settings::ThemeChoice;
use therapy_explorer::state::{BenefitFilter, Route, VisitState};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{
    assert_same_as_fresh, click, egui_memory, egui_options, finger_drag, press, tap_at, wheel,
};

const PIN: &str = "5081";

fn config(pin: Option<&str>) -> KioskConfig {
    KioskConfig {
        idle_secs: 90,
        countdown_secs: 15,
        staff_pin: pin.map(str::to_owned),
        ..KioskConfig::default()
    }
}

fn kiosk_with(pin: Option<&str>, size: [f32; 2]) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(config(pin)),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    (common::build(options, size), clock)
}

fn kiosk() -> (Harness<'static, TherapyApp>, MockClock) {
    kiosk_with(Some(PIN), [1920.0, 1080.0])
}

/// Touch the attract screen to start a visit.
fn start(harness: &mut Harness<'_, TherapyApp>) {
    click(harness, "Touch anywhere to start");
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Active)
    );
}

/// The kiosk shows its attract screen (between visits).
fn assert_attract(harness: &Harness<'_, TherapyApp>) {
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Attract)
    );
}

/// A visit that changed nothing ends after the quiet time without asking
/// "Still reading?".
fn assert_ends_quietly(harness: &mut Harness<'_, TherapyApp>, clock: &MockClock) {
    wait(harness, clock, 91.0);
    assert!(harness.query_by_label("Keep reading").is_none());
    assert_attract(harness);
}

/// Wait, as if nobody touched the screen.
fn wait(harness: &mut Harness<'_, TherapyApp>, clock: &MockClock, secs: f64) {
    clock.advance(secs);
    harness.step();
    harness.run_ok();
}

/// A visit that changes things: a card, a filter, the crisis contacts.
fn visit_some_screens(harness: &mut Harness<'_, TherapyApp>) {
    click(harness, "Open: Group therapy");
    let title = harness
        .state()
        .pack()
        .card("peer-support")
        .map(|c| c.title.clone())
        .unwrap_or_default();
    click(harness, &format!("Open card: {title}"));
    click(harness, "Need help now? Show crisis contacts");
    assert_eq!(
        harness.state().visit().route,
        Route::Card("peer-support".into())
    );
    assert_eq!(
        harness.state().visit().benefit_filter,
        BenefitFilter::Only(therapy_explorer::content::Format::Group)
    );
    assert!(harness.state().visit().overlay.is_some());
}

#[test]
fn starts_on_the_attract_screen_with_crisis_contacts() {
    let (mut harness, _) = kiosk();
    assert_attract(&harness);
    harness.get_by_label("Touch anywhere to start");
    // The attract screen moves gently: it asks for a repaint a few times a second, not every frame.
    let delay = harness.output().viewport_output[&ViewportId::ROOT].repaint_delay;
    assert!(delay.as_secs_f32() >= 0.2, "repaints every {delay:?}");
    start(&mut harness);
    harness.get_by_label("Start over: forget this visit");
}

/// A finger lands on `label`, stays down for `secs` (egui's clock moves a
/// quarter second a step), wanders `wobble` points, and lifts.
fn finger_tap(harness: &mut Harness<'_, TherapyApp>, label: &str, secs: f32, wobble: f32) {
    let at = harness.get_by_label(label).rect().center();
    harness.event(Event::PointerMoved(at));
    harness.event(press(at, true));
    harness.step();
    let steps = (secs / 0.25).round().max(1.0) as usize;
    for step in 1..=steps {
        let moved = at + egui::vec2(wobble * step as f32 / steps as f32, 0.0);
        harness.event(Event::PointerMoved(moved));
        harness.step();
    }
    harness.event(press(at + egui::vec2(wobble, 0.0), false));
    harness.run();
}

#[test]
fn slow_or_wobbly_finger_taps_still_count_on_the_kiosk() {
    let door = "Open: Group therapy";
    let taps = [(2.5, 0.0, "a 2.5 s press"), (0.25, 14.0, "a 14 px wobble")];
    for (secs, wobble, what) in taps {
        let (mut harness, _) = kiosk();
        start(&mut harness);
        finger_tap(&mut harness, door, secs, wobble);
        assert_eq!(
            harness.state().visit().route,
            Route::Benefits,
            "on the kiosk {what} is a tap"
        );
        // At home, with a mouse, egui's stricter defaults stay.
        let mut home = common::app([1280.0, 800.0]);
        finger_tap(&mut home, door, secs, wobble);
        assert_eq!(
            home.state().visit().route,
            Route::Home,
            "at home {what} is not a click"
        );
    }
}

#[test]
fn the_attract_screen_starts_the_visit_as_the_finger_lands() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    let door = harness.get_by_label("Open: Group therapy").rect().center();
    // Untouched, the visit ends quietly: the attract screen again.
    wait(&mut harness, &clock, 91.0);
    harness.get_by_label("Touch anywhere to start");
    harness.event(Event::PointerMoved(door));
    harness.event(press(door, true));
    harness.step();
    harness.step();
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Active),
        "the press alone starts the visit"
    );
    // Held down long: not a tap on the attract screen, still a start.
    for _ in 0..16 {
        harness.step();
    }
    harness.event(press(door, false));
    harness.run();
    assert_eq!(
        harness.state().visit().route,
        Route::Home,
        "the door under the finger did not open"
    );
    harness.get_by_label("Start over: forget this visit");
    // That touch changed nothing: untouched since, the visit ends quietly.
    assert_ends_quietly(&mut harness, &clock);
}

#[test]
fn the_attract_screen_wraps_the_crisis_contacts_on_a_narrow_portrait_screen() {
    // A pack with a third, long contact.
    let dir = common::copy_of_default_pack("three-contacts");
    let manifest = dir.join("pack.ron");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text.replacen(
        "    ],\n    // Topic buttons",
        "        Contact(\n            name: \"Crisis Text Line, free and confidential support by text message\",\n            \
         how: \"Text HOME to 741741\",\n            when: \"Any time, day or night.\",\n        ),\n    ],\n    // Topic buttons",
        1,
    );
    std::fs::write(&manifest, text).unwrap();
    let size = [800.0, 1280.0];
    let harness = common::build(
        Options {
            content_dir: Some(dir.clone()),
            kiosk: Some(config(Some(PIN))),
            clock: Clock::Mock(MockClock::default()),
            ..Options::default()
        },
        size,
    );
    assert!(
        harness.state().staff_notice().is_none(),
        "the edited pack is valid"
    );
    let contacts = harness.state().pack().info.crisis_contacts.clone();
    assert_eq!(contacts.len(), 3);
    let band = harness.get_by_label_contains("Need help now?");
    let node = band.accesskit_node();
    let text = node.label().or_else(|| node.value()).unwrap_or_default();
    for contact in &contacts {
        assert!(
            text.contains(&contact.how) && text.contains(&contact.name),
            "{text}"
        );
    }
    let window = egui::Rect::from_min_size(Pos2::ZERO, egui::Vec2::from(size));
    let rect = band.rect();
    assert!(
        window.contains_rect(rect),
        "{rect:?} is not all within {window:?}"
    );
    assert!(rect.height() > 60.0, "on several lines: {rect:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn still_reading_appears_after_the_quiet_time_and_input_cancels_it() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    visit_some_screens(&mut harness);
    wait(&mut harness, &clock, 89.0);
    assert!(
        harness.query_by_label("Keep reading").is_none(),
        "too early"
    );
    wait(&mut harness, &clock, 2.0);
    harness.get_by_label("Keep reading");
    harness.get_by_role_and_label(Role::Timer, "Starting over in 14 seconds");
    wait(&mut harness, &clock, 5.0);
    harness.get_by_role_and_label(Role::Timer, "Starting over in 9 seconds");
    // (Pressed directly: scrolling it into view would itself count as a touch.)
    harness.get_by_label("Keep reading").click();
    harness.run();
    assert!(harness.query_by_label("Keep reading").is_none());
    assert_eq!(
        harness.state().visit().route,
        Route::Card("peer-support".into()),
        "nothing was lost"
    );

    // Any touch cancels it too, not only the button.
    wait(&mut harness, &clock, 95.0);
    harness.get_by_label("Keep reading");
    harness.event(Event::PointerMoved(Pos2::new(600.0, 600.0)));
    harness.run();
    assert!(harness.query_by_label("Keep reading").is_none());
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Active)
    );
}

#[test]
fn the_visit_ends_after_the_countdown_and_nothing_of_it_remains() {
    // A smaller screen, so Home scrolls a long way.
    let (mut harness, clock) = kiosk_with(Some(PIN), [1280.0, 800.0]);
    let (mut fresh, _) = kiosk_with(Some(PIN), [1280.0, 800.0]);
    start(&mut harness);
    let door = "Open: One-to-one therapy";
    let door_at_start = harness.get_by_label(door).rect();

    // A visit that changes everything it can.
    wheel(&mut harness, Pos2::new(640.0, 500.0), -300.0);
    let after = harness.get_by_label(door).rect();
    assert!(
        after.top() < door_at_start.top() - 100.0,
        "{door_at_start:?} {after:?}"
    );
    click(&mut harness, "Topics: find where a subject is covered");
    click(&mut harness, "Topic: Privacy");
    assert_eq!(harness.state().visit().search, "Privacy");
    click(&mut harness, "Easy Read: short sentences with pictures");
    assert!(harness.state().settings().easy_read);
    click(&mut harness, "A+: larger text (now 100 %)");
    assert!(harness.ctx.zoom_factor() > 1.05);
    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: High contrast");
    click(&mut harness, "Close: Text and colours");
    assert_eq!(harness.state().settings().theme, ThemeChoice::HighContrast);
    click(&mut harness, "Home");
    click(&mut harness, "Open: Which fits me?");
    click(&mut harness, "Begin the questions");
    click(&mut harness, "Answer: Very");
    assert_eq!(harness.state().visit().decision.answer(0), Some(3));
    click(&mut harness, "Need help now? Show crisis contacts");
    assert_ne!(harness.state().visit(), fresh.state().visit());
    let formatter = egui::style::NumberFormatter::new(|n, _| n.to_string());
    assert_ne!(
        egui_options(&harness, &formatter),
        egui_options(&fresh, &formatter)
    );

    wait(&mut harness, &clock, 91.0);
    harness.get_by_label("Keep reading");
    wait(&mut harness, &clock, 15.0);
    assert_attract(&harness);
    harness.get_by_label("Touch anywhere to start");

    assert_same_as_fresh(&harness, &fresh);

    // After the next touch: Home, at the top, nothing open, no way back.
    start(&mut harness);
    start(&mut fresh);
    assert_eq!(harness.state().visit().route, Route::Home);
    assert_eq!(
        harness.get_by_label(door).rect(),
        fresh.get_by_label(door).rect()
    );
    assert_eq!(harness.get_by_label(door).rect(), door_at_start);
    assert!(
        harness
            .query_by_label("Back")
            .is_some_and(|b| b.accesskit_node().is_disabled())
    );
    assert_eq!(egui_memory(&harness), egui_memory(&fresh));
}

#[test]
fn an_untouched_start_screen_never_shows_the_overlay() {
    let (mut harness, clock) = kiosk();
    wait(&mut harness, &clock, 500.0);
    assert!(harness.query_by_label("Keep reading").is_none());
    start(&mut harness);
    // Started but did nothing: back to the attract screen quietly, no countdown.
    assert_ends_quietly(&mut harness, &clock);
}

#[test]
fn taps_that_change_nothing_end_quietly_but_scrolling_asks_first() {
    // Taps on empty space: the start screen is still the start screen.
    let (mut harness, clock) = kiosk_with(Some(PIN), [1280.0, 800.0]);
    start(&mut harness);
    let blank = Pos2::new(1260.0, 400.0);
    for _ in 0..3 {
        tap_at(&mut harness, blank);
    }
    assert_eq!(harness.state().visit(), &VisitState::default());
    assert_ends_quietly(&mut harness, &clock);

    // Somewhere and back again: nothing the screen could show remains.
    start(&mut harness);
    click(&mut harness, "Open: Compare side by side");
    click(&mut harness, "Back");
    assert_eq!(harness.state().visit(), &VisitState::default());
    assert_ends_quietly(&mut harness, &clock);

    // Scrolled down Home: the next person would see where this one was.
    start(&mut harness);
    finger_drag(&mut harness, Pos2::new(640.0, 600.0), 300.0);
    assert_eq!(harness.state().visit(), &VisitState::default());
    wait(&mut harness, &clock, 91.0);
    harness.get_by_label("Keep reading");
}

fn repaint_delay(harness: &Harness<'_, TherapyApp>) -> f32 {
    harness.output().viewport_output[&ViewportId::ROOT]
        .repaint_delay
        .as_secs_f32()
}

#[test]
fn a_visit_asks_for_no_repaint_until_the_quiet_time_is_up() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    visit_some_screens(&mut harness);
    // Settled: the only repaint asked for is the idle check, 90 s away.
    harness.run();
    let delay = repaint_delay(&harness);
    assert!(
        (85.0..=90.0).contains(&delay),
        "repaints after {delay} s while the visitor reads"
    );
    // On "Still reading?" the countdown ticks once a second, no more.
    wait(&mut harness, &clock, 90.5);
    harness.get_by_label("Keep reading");
    let delay = repaint_delay(&harness);
    assert!(
        delay > 0.04 && delay <= 1.0,
        "the countdown repaints after {delay} s"
    );
    wait(&mut harness, &clock, 0.7);
    let delay = repaint_delay(&harness);
    assert!(delay > 0.04 && delay <= 1.0, "then after {delay} s");
}

#[test]
fn start_over_resets_at_once() {
    let (mut harness, _) = kiosk();
    start(&mut harness);
    visit_some_screens(&mut harness);
    click(&mut harness, "Close: Need help now?");
    click(&mut harness, "Start over: forget this visit");
    assert_eq!(harness.state().visit(), &VisitState::default());
    // The visitor is still here, so no attract screen.
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Active)
    );
}

fn request_close(harness: &mut Harness<'_, TherapyApp>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn commands(harness: &Harness<'_, TherapyApp>) -> Vec<ViewportCommand> {
    harness.output().viewport_output[&ViewportId::ROOT]
        .commands
        .clone()
}

#[test]
fn closing_is_refused_in_kiosk_mode_and_honoured_at_home() {
    let (mut harness, _) = kiosk();
    request_close(&mut harness);
    assert!(commands(&harness).contains(&ViewportCommand::CancelClose));

    let mut home = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(16)
        .build_eframe(|cc| TherapyApp::new(cc, Options::default()));
    home.run();
    request_close(&mut home);
    assert!(!commands(&home).contains(&ViewportCommand::CancelClose));
}

/// Run only `App::logic`, as eframe does while the window is minimized or
/// covered: no egui pass, no drawing, just the window's state.
fn logic_only(
    harness: &mut Harness<'_, TherapyApp>,
    viewport: ViewportInfo,
) -> Vec<ViewportCommand> {
    let ctx = harness.ctx.clone();
    let mut input = egui::RawInput::default();
    input.viewports.insert(ViewportId::ROOT, viewport);
    // The same empty frame kittest hands to `App::ui`.
    let mut frame = eframe::Frame::_new_kittest();
    let output = ctx.run_logic(&input, |ctx| {
        eframe::App::logic(harness.state_mut(), ctx, &mut frame);
    });
    output
        .viewport_commands
        .get(&ViewportId::ROOT)
        .cloned()
        .unwrap_or_default()
}

fn minimized(close_requested: bool) -> ViewportInfo {
    let mut info = ViewportInfo {
        minimized: Some(true),
        ..ViewportInfo::default()
    };
    if close_requested {
        info.events.push(ViewportEvent::Close);
    }
    info
}

fn on_monitor(inner: egui::Rect) -> ViewportInfo {
    ViewportInfo {
        monitor_size: Some(egui::vec2(1920.0, 1080.0)),
        inner_rect: Some(inner),
        ..ViewportInfo::default()
    }
}

fn asks_to_fill(commands: &[ViewportCommand]) -> bool {
    commands.contains(&ViewportCommand::InnerSize(egui::vec2(1920.0, 1080.0)))
        && commands.contains(&ViewportCommand::OuterPosition(Pos2::ZERO))
}

#[test]
fn without_a_window_manager_the_kiosk_sizes_itself_to_the_monitor() {
    let (mut harness, clock) = kiosk();
    // The fullscreen request was ignored: a small window in a corner.
    let small = egui::Rect::from_min_size(Pos2::new(40.0, 30.0), egui::vec2(800.0, 600.0));
    let full = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    assert!(asks_to_fill(&logic_only(&mut harness, on_monitor(small))));
    // Asked once a second, not every frame…
    assert!(!asks_to_fill(&logic_only(&mut harness, on_monitor(small))));
    // …and a few times, in case a request was lost, then no more.
    let mut tries = 1;
    for _ in 0..20 {
        clock.advance(1.0);
        if asks_to_fill(&logic_only(&mut harness, on_monitor(small))) {
            tries += 1;
        }
    }
    assert_eq!(tries, 5);
    // Once it fills the screen nothing is asked; if it stops filling it
    // (a new monitor, a resize), the kiosk tries again.
    clock.advance(1.0);
    assert!(logic_only(&mut harness, on_monitor(full)).is_empty());
    clock.advance(1.0);
    assert!(asks_to_fill(&logic_only(&mut harness, on_monitor(small))));

    // At home the window is the reader's to size.
    let mut home = common::app([1280.0, 800.0]);
    assert!(!asks_to_fill(&logic_only(&mut home, on_monitor(small))));
}

#[test]
fn while_minimized_the_kiosk_refuses_to_close_comes_back_and_still_ends_the_visit() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    visit_some_screens(&mut harness);

    let commands = logic_only(&mut harness, minimized(true));
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
    assert!(
        commands.contains(&ViewportCommand::Minimized(false)),
        "{commands:?}"
    );
    assert!(commands.contains(&ViewportCommand::Focus), "{commands:?}");

    // The idle timer keeps running while nothing is drawn.
    clock.advance(91.0);
    logic_only(&mut harness, minimized(false));
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::StillReading)
    );
    clock.advance(15.0);
    logic_only(&mut harness, minimized(false));
    assert_eq!(harness.state().visit(), &VisitState::default());
    assert_attract(&harness);

    // At home a close request is honoured, minimized or not, and a
    // minimized window stays minimized.
    let mut home = common::app([1280.0, 800.0]);
    let commands = logic_only(&mut home, minimized(true));
    assert!(
        !commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
    assert!(
        !commands.contains(&ViewportCommand::Minimized(false)),
        "{commands:?}"
    );
}

/// Five quick taps in the top-left corner.
fn staff_gesture(harness: &mut Harness<'_, TherapyApp>, clock: &MockClock) {
    let corner = Pos2::new(12.0, 12.0);
    for _ in 0..5 {
        for pressed in [true, false] {
            harness.event(press(corner, pressed));
        }
        harness.step();
        clock.advance(0.3);
    }
    harness.run();
}

fn enter_pin(harness: &mut Harness<'_, TherapyApp>, pin: &str) {
    for digit in pin.chars() {
        click(harness, &format!("Digit {digit}"));
    }
    click(harness, "Submit PIN");
}

#[test]
fn staff_exit_with_the_right_pin_only() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    staff_gesture(&mut harness, &clock);
    harness.get_by_role_and_label(Role::Heading, "Staff only");
    enter_pin(&mut harness, "1111");
    harness.get_by_label("Try again");
    assert!(!commands(&harness).contains(&ViewportCommand::Close));
    assert!(!harness.state().kiosk().is_some_and(|k| k.exit_allowed));
    for digit in PIN.chars() {
        click(&mut harness, &format!("Digit {digit}"));
    }
    // The frame that handles the press on OK asks the window to close.
    harness.get_by_label("Submit PIN").click();
    harness.step();
    assert!(
        commands(&harness).contains(&ViewportCommand::Close),
        "the right PIN quits"
    );
    assert!(harness.state().kiosk().is_some_and(|k| k.exit_allowed));
    // Once allowed, a close request is no longer refused.
    request_close(&mut harness);
    assert!(!commands(&harness).contains(&ViewportCommand::CancelClose));
}

/// Everything on screen that has a name, in order.
fn labels(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    harness
        .get_all_by(|_| true)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

#[test]
fn three_wrong_pins_close_the_pad_and_rest_the_gesture_ten_seconds() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    let pad_opens = |harness: &mut Harness<'_, TherapyApp>| {
        // (The gesture itself takes 1.5 s of the clock.)
        staff_gesture(harness, &clock);
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_some()
    };
    let screen_before = labels(&harness);
    assert!(pad_opens(&mut harness));
    for _ in 0..2 {
        enter_pin(&mut harness, "1111");
        harness.get_by_label("Try again");
    }
    enter_pin(&mut harness, "1357");
    // The pad closes, and nothing new is said: no "locked", no time to wait.
    assert_eq!(labels(&harness), screen_before);

    // The gesture rests for 10 s, whatever the taps.
    assert!(!pad_opens(&mut harness));
    clock.advance(5.0);
    assert!(!pad_opens(&mut harness), "still resting 6.5 to 7.7 s after");
    clock.advance(2.0);
    assert!(pad_opens(&mut harness), "open again after 10 s");

    // "Start over" gives no fresh tries, and however many rounds a visitor
    // plays, the rest stays 10 s: staff are never locked out for longer.
    enter_pin(&mut harness, "1111");
    click(&mut harness, "Cancel: close the PIN pad");
    click(&mut harness, "Start over: forget this visit");
    assert!(pad_opens(&mut harness));
    enter_pin(&mut harness, "1111");
    harness.get_by_label("Try again");
    enter_pin(&mut harness, "1111");
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none()
    );
    for round in 0..5 {
        clock.advance(10.0);
        assert!(pad_opens(&mut harness), "round {round}");
        for _ in 0..3 {
            enter_pin(&mut harness, "9999");
        }
        assert!(
            harness
                .query_by_role_and_label(Role::Heading, "Staff only")
                .is_none()
        );
    }
    clock.advance(10.0);
    assert!(pad_opens(&mut harness));
    enter_pin(&mut harness, PIN);
    assert!(harness.state().kiosk().is_some_and(|k| k.exit_allowed));
}

#[test]
fn cancel_esc_or_a_tap_outside_closes_the_pin_pad() {
    let (mut harness, clock) = kiosk();
    start(&mut harness);
    staff_gesture(&mut harness, &clock);
    // Each key has a name that makes sense read aloud; the keys still show
    // just the digit, "Clear" and "OK".
    for name in ["Digit 0", "Digit 5", "Digit 9", "Clear PIN", "Submit PIN"] {
        harness.get_by_role_and_label(Role::Button, name);
    }
    for shown in ["1", "Clear", "OK"] {
        assert!(harness.query_by_label(shown).is_none(), "`{shown}` alone");
    }
    click(&mut harness, "Cancel: close the PIN pad");
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none()
    );

    clock.advance(5.0);
    staff_gesture(&mut harness, &clock);
    harness.get_by_role_and_label(Role::Heading, "Staff only");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none(),
        "Esc closes it"
    );

    clock.advance(5.0);
    staff_gesture(&mut harness, &clock);
    harness.get_by_role_and_label(Role::Heading, "Staff only");
    let outside = Pos2::new(1800.0, 1000.0);
    harness.event(Event::PointerMoved(outside));
    for pressed in [true, false] {
        harness.event(press(outside, pressed));
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none(),
        "a tap outside closes it"
    );
    assert!(harness.state().kiosk().is_some_and(|k| k.pin_pad.is_none()));
}

#[test]
fn f1_does_not_list_keyboard_shortcuts_on_the_kiosk() {
    let (mut harness, _) = kiosk();
    start(&mut harness);
    harness.key_press(egui::Key::F1);
    harness.run();
    assert_eq!(harness.state().visit().overlay, None);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
}

#[test]
fn without_a_pin_the_gesture_does_nothing() {
    let (mut harness, clock) = kiosk_with(None, [1920.0, 1080.0]);
    start(&mut harness);
    staff_gesture(&mut harness, &clock);
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none()
    );
    assert!(harness.state().kiosk().is_some_and(|k| k.pin_pad.is_none()));
}

/// Every widget a person can press on the screen now (anything that
/// offers screen readers a click, whatever its role) is at least 48 × 48 px.
fn assert_targets_are_large(harness: &Harness<'_, TherapyApp>, screen: &str) -> usize {
    let mut count = 0;
    for node in harness.get_all_by(|n| n.data().supports_action(Action::Click)) {
        let rect = node.rect();
        let label = node
            .accesskit_node()
            .label()
            .or_else(|| node.accesskit_node().value())
            .unwrap_or_default();
        assert!(
            rect.width() >= 47.5 && rect.height() >= 47.5,
            "on {screen}: {:?} `{label}` is only {:.0} × {:.0}",
            node.accesskit_node().role(),
            rect.width(),
            rect.height()
        );
        count += 1;
    }
    count
}

/// Check the screen, scrolling through all of it (`pages` wheel turns).
fn assert_whole_screen_is_large(harness: &mut Harness<'_, TherapyApp>, screen: &str, pages: usize) {
    for _ in 0..pages {
        let count = assert_targets_are_large(harness, screen);
        assert!(count >= 4, "on {screen}: only {count} targets found");
        wheel(harness, Pos2::new(960.0, 540.0), -600.0);
    }
}

#[test]
fn every_target_is_at_least_48_px_on_every_main_screen() {
    targets_are_large_on_every_screen(None);
}

/// Spanish runs longer than English: every target still fits and is large.
#[test]
fn every_target_is_at_least_48_px_on_every_main_screen_in_spanish() {
    targets_are_large_on_every_screen(Some("Español"));
}

/// The 48 px test in the language the kiosk's bar names (the default when
/// `None`): every label comes from the catalogue and the pack.
fn targets_are_large_on_every_screen(language: Option<&str>) {
    let (mut harness, clock) = kiosk();
    // The whole screen, and a "Touch to start" in each language.
    let languages = harness.state().languages().len();
    assert_eq!(
        assert_targets_are_large(&harness, "the attract screen"),
        1 + languages
    );
    start(&mut harness);
    // "Start over" returns to the default language: choose it again.
    let start_over = |harness: &mut Harness<'_, TherapyApp>| {
        // (Close any window first: a tap beside a window only closes it.)
        harness.key_press(egui::Key::Escape);
        harness.run();
        let words = harness.state().catalogue();
        click(harness, &words.tr("kiosk-start-over-spoken"));
        if let Some(language) = language {
            click(harness, language);
        }
    };
    start_over(&mut harness);
    let words = therapy_explorer::i18n::Catalogue::new(&harness.state().pack().info.language);
    let tr = |key: &str| words.tr(key);
    let pack = harness.state().pack().clone();
    let mut screens = common::main_screens_in(&pack, &words);
    // The kiosk has topics where home use has search.
    for (path, _) in &mut screens {
        for label in path.iter_mut() {
            if *label == tr("chrome-search-spoken") {
                *label = tr("chrome-topics-spoken");
            }
        }
    }
    let decision = pack.decision.as_ref().expect("Which fits me?");
    let questions = decision.questions.len();
    let wording = &decision.wording;
    let decide = vec![
        words.tr_args(
            "home-open-spoken",
            &[("title", decision.title.as_str().into())],
        ),
        wording.begin_spoken.clone(),
    ];
    let mut result = decide.clone();
    let first = &decision.answers(&decision.questions[0])[3].label;
    result.push(therapy_explorer::content::decision::fill_in(
        &wording.answer_spoken,
        &[("{answer}", first)],
    ));
    result.extend((1..questions).map(|_| wording.skip_spoken.clone()));
    screens.extend([
        (decide, "a question of Which fits me?"),
        (result, "the result of Which fits me?"),
    ]);
    // Scroll through the whole screen (the longest is under 7000 px) so every target is checked.
    for (path, screen) in screens {
        start_over(&mut harness);
        for label in &path {
            click(&mut harness, label);
        }
        assert_whole_screen_is_large(&mut harness, screen, 12);
    }

    // The windows over the screens.
    let url = pack
        .sources
        .sources
        .iter()
        .find_map(|s| s.url.clone())
        .expect("a source with a web address");
    let overlays = [
        (vec![tr("chrome-help-spoken")], "Need help now"),
        (vec![tr("chrome-colours-spoken")], "Text and colours"),
        (vec![tr("chrome-about-spoken")], "About this information"),
        (
            vec![
                words.tr_args(
                    "home-open-spoken",
                    &[("title", tr("home-section-sources").as_str().into())],
                ),
                words.tr_args("sources-website-spoken", &[("url", url.as_str().into())]),
            ],
            "the website note",
        ),
    ];
    for (path, overlay) in overlays {
        start_over(&mut harness);
        for label in &path {
            click(&mut harness, label);
        }
        assert!(
            harness.state().visit().overlay.is_some(),
            "{overlay} is open"
        );
        assert_whole_screen_is_large(&mut harness, overlay, 3);
    }
    let note = tr("chrome-website-note");
    click(
        &mut harness,
        &words.tr_args("chrome-close-spoken", &[("window", note.as_str().into())]),
    );
    wait(&mut harness, &clock, 91.0);
    harness.get_by_label(&tr("kiosk-keep-reading"));
    assert_targets_are_large(&harness, "Still reading?");
    harness.get_by_label(&tr("kiosk-keep-reading")).click();
    harness.run();
    staff_gesture(&mut harness, &clock);
    harness.get_by_role_and_label(Role::Heading, &tr("kiosk-pin-title"));
    assert!(assert_targets_are_large(&harness, "the PIN pad") >= 13);
}

/// Web addresses the app asked a browser to open (instead of opening one).
static OPENED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn record_opened(url: &str) {
    if let Ok(mut opened) = OPENED.lock() {
        opened.push(url.to_owned());
    }
}

fn opened() -> Vec<String> {
    OPENED.lock().map(|o| o.clone()).unwrap_or_default()
}

#[test]
fn an_outside_link_never_opens_a_browser_on_the_kiosk() {
    let url = therapy_explorer::content::builtin()
        .sources
        .sources
        .iter()
        .find_map(|s| s.url.clone())
        .expect("a source with a web address");
    let link = format!("Website link: {url}");

    // At home, the reader is asked first, then the browser opens.
    let mut home = common::build(
        Options {
            browser: therapy_explorer::Browser(record_opened),
            ..Options::default()
        },
        [1280.0, 800.0],
    );
    click(&mut home, "Open: Sources");
    click(&mut home, &link);
    assert!(opened().is_empty(), "not before the reader says so");
    click(&mut home, "Open in my browser");
    assert_eq!(opened(), std::slice::from_ref(&url));

    // On the kiosk: a calm note, no browser, no `OpenUrl` for egui to act on.
    let clock = MockClock::default();
    let mut harness = common::build(
        Options {
            kiosk: Some(config(Some(PIN))),
            clock: Clock::Mock(clock),
            browser: therapy_explorer::Browser(record_opened),
            ..Options::default()
        },
        [1920.0, 1080.0],
    );
    start(&mut harness);
    click(&mut harness, "Open: Sources");
    click(&mut harness, &link);
    harness.get_by_label_contains("please ask at the front desk");
    assert!(harness.query_by_label("Open in my browser").is_none());
    assert_eq!(opened(), [url], "nothing more was opened");
}

/// The real app, with something in its frame asking egui to open a web
/// address on every frame, as an egui `Hyperlink` or an unhooked Markdown
/// link would. Counts the frames whose output still asks for it.
struct AsksToOpenUrls {
    app: TherapyApp,
    frames: usize,
    frames_asking: usize,
}

impl eframe::App for AsksToOpenUrls {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        ui.ctx()
            .open_url(egui::OpenUrl::new_tab("https://example.org/"));
        self.app.ui(ui, frame);
        self.frames += 1;
        if ui.ctx().output(|o| o.commands.iter().any(is_open_url)) {
            self.frames_asking += 1;
        }
    }
}

fn is_open_url(command: &OutputCommand) -> bool {
    matches!(command, OutputCommand::OpenUrl(_))
}

/// How many frames (and harness steps) of a visit asked egui to open a web
/// address, out of how many.
#[derive(Debug)]
struct Asked {
    frames: usize,
    frames_asking: usize,
    steps: usize,
    steps_asking: usize,
}

/// A visit through pages with links, checking egui's output on every frame
/// and after every step.
fn visit_with_links(options: Options) -> Asked {
    let mut harness = Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_max_steps(24)
        .build_eframe(move |cc| AsksToOpenUrls {
            app: TherapyApp::new(cc, options),
            frames: 0,
            frames_asking: 0,
        });
    let mut steps = 0;
    let mut steps_asking = 0;
    let mut check = |harness: &Harness<'_, AsksToOpenUrls>| {
        steps += 1;
        let commands = &harness.output().platform_output.commands;
        steps_asking += usize::from(commands.iter().any(is_open_url));
    };
    harness.run();
    check(&harness);
    if harness.state().app.is_kiosk() {
        click(&mut harness, "Touch anywhere to start");
        check(&harness);
    }
    for label in [
        "Open: Guides and questions",
        "Open page: Using both formats",
        "Home",
        "Open: Sources",
    ] {
        click(&mut harness, label);
        check(&harness);
    }
    let link = harness
        .get_all_by(|n| n.label().is_some_and(|l| l.starts_with("Website link: ")))
        .next()
        .and_then(|n| n.accesskit_node().label())
        .expect("a website link");
    click(&mut harness, &link);
    check(&harness);
    let state = harness.state();
    Asked {
        frames: state.frames,
        frames_asking: state.frames_asking,
        steps,
        steps_asking,
    }
}

#[test]
fn no_request_to_open_a_web_address_ever_leaves_the_kiosk() {
    // At home the request reaches egui on every frame (so the check below
    // is not empty: something really asks)…
    let home = visit_with_links(Options::default());
    assert!(home.frames > 10, "{home:?}");
    assert_eq!(home.frames_asking, home.frames, "{home:?}");
    assert_eq!(home.steps_asking, home.steps, "{home:?}");
    // …and on the kiosk it never does, on any frame.
    let kiosk = visit_with_links(Options {
        kiosk: Some(config(Some(PIN))),
        clock: Clock::Mock(MockClock::default()),
        ..Options::default()
    });
    assert!(kiosk.frames > 10, "{kiosk:?}");
    assert_eq!(kiosk.frames_asking, 0, "{kiosk:?}");
    assert_eq!(kiosk.steps_asking, 0, "{kiosk:?}");
}

#[test]
fn the_kiosk_offers_topics_instead_of_typing() {
    let (mut harness, _) = kiosk();
    start(&mut harness);
    click(&mut harness, "Topics: find where a subject is covered");
    assert!(
        harness.query_by_role(Role::SearchInput).is_none(),
        "no text entry on a kiosk"
    );
    assert!(
        harness.query_by_role(Role::TextInput).is_none(),
        "no text entry on a kiosk"
    );
    let topics = harness.state().pack().info.topics.clone();
    assert!(topics.len() >= 6);
    click(&mut harness, "Topic: Privacy");
    harness.get_by_label_contains("results for \u{201c}Privacy\u{201d}");
    let row = harness.state().pack().row("privacy").cloned().expect("row");
    harness.get_by_label(&format!("Open comparison: {}", row.question));
    // Every topic finds something.
    for topic in &topics {
        click(&mut harness, &format!("Topic: {topic}"));
        assert!(
            harness.query_by_label_contains("Nothing found").is_none(),
            "topic `{topic}` finds nothing"
        );
    }
    // Ctrl+F does not open a search box on a kiosk.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert!(harness.query_by_role(Role::SearchInput).is_none());
}

#[test]
fn dragging_over_cards_scrolls_and_does_not_open_them() {
    let (mut harness, _) = kiosk_with(Some(PIN), [1280.0, 800.0]);
    start(&mut harness);
    click(&mut harness, "Open: Strengths and trade-offs");
    let pack = harness.state().pack().clone();
    let label = format!("Open card: {}", pack.benefits.cards[2].title);
    let before = harness.get_by_label(&label).rect();
    // A finger lands on the card and moves up: no touch screen was seen
    // before, and drag-scrolling still works.
    finger_drag(&mut harness, before.center(), 250.0);
    assert_eq!(
        harness.state().visit().route,
        Route::Benefits,
        "the card did not open"
    );
    let after = harness.get_by_label(&label).rect();
    assert!(
        after.top() < before.top() - 100.0,
        "the list scrolled: {before:?} → {after:?}"
    );
}

fn kiosk_config_fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kiosk-config")
}

/// `therapy-explorer check --kiosk-config FILE`, run as staff would, from
/// the file's folder. Returns the exit code and what it printed.
fn check_kiosk_config(file: &str) -> (Option<i32>, Vec<String>) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_therapy-explorer"))
        .args(["check", "--kiosk-config", file])
        .current_dir(kiosk_config_fixtures())
        .output()
        .expect("run therapy-explorer");
    let printed = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    (output.status.code(), printed)
}

#[test]
fn checking_a_kiosk_config_lists_every_problem_with_its_place() {
    let (code, printed) = check_kiosk_config("out-of-range.ron");
    assert_eq!(
        printed,
        [
            "out-of-range.ron:3:5: error: `idle_secs` is 5: use a number of seconds from 10 to 3600",
            "out-of-range.ron:4:5: error: `countdown_secs` is 600: use a number of seconds from 5 to 120",
            "out-of-range.ron:5:5: error: `staff_pin` must be 4 to 8 digits, like \"5081\"",
            "out-of-range.ron: 3 errors. A kiosk started with this file uses what is right in it and safe \
             defaults for the rest (\"Still reading?\" after 90 s, then a 15 s countdown; staff exit off (no usable \
             staff_pin); no log file; built-in content; no crisis contacts of its own (the pack's are shown)), \
             and shows a staff note. Fix the errors above and run the check again.",
        ]
    );
    assert_eq!(code, Some(1));

    let (code, printed) = check_kiosk_config("typo.ron");
    assert_eq!(code, Some(1));
    assert!(
        printed[0].starts_with("typo.ron:3:5: error: Unexpected field named `staff_pn`"),
        "{printed:?}"
    );

    let (code, printed) = check_kiosk_config("no-such-file.ron");
    assert_eq!(code, Some(1));
    assert!(
        printed[0].starts_with("no-such-file.ron:1:1: error: cannot read the kiosk config"),
        "{printed:?}"
    );

    let (code, printed) = check_kiosk_config("valid.ron");
    assert_eq!(
        printed,
        [
            "valid.ron is OK: \"Still reading?\" after 60 s, then a 10 s countdown; \
             staff exit on (PIN set); no log file; built-in content; no crisis contacts of its own (the pack's \
             are shown)"
        ]
    );
    assert_eq!(code, Some(0));

    // The example shipped for clinics checks clean too.
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/kiosk/kiosk.ron");
    let (code, printed) = check_kiosk_config(&shipped.to_string_lossy());
    assert_eq!(code, Some(0), "{printed:?}");
}

#[test]
fn a_broken_kiosk_config_runs_on_defaults_with_a_calm_notice_for_staff() {
    let (options, problems) = Options::kiosk(Some(&kiosk_config_fixtures().join("typo.ron")));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(options.kiosk, Some(KioskConfig::default()), "safe defaults");
    let clock = MockClock::default();
    let mut harness = common::build(
        Options {
            clock: Clock::Mock(clock.clone()),
            ..options
        },
        [1920.0, 1080.0],
    );
    let notice = "Staff note: this kiosk's settings file has problems";
    // On the attract screen between visits, and at the bottom of every screen.
    let shown = harness.get_by_label_contains(notice);
    let text = shown
        .accesskit_node()
        .label()
        .or_else(|| shown.accesskit_node().value())
        .unwrap_or_default();
    assert!(
        text.contains("therapy-explorer check --kiosk-config"),
        "{text}"
    );
    assert!(
        !text.contains("typo") && !text.contains('/'),
        "no file names for the public: {text}"
    );
    start(&mut harness);
    harness.get_by_label_contains(notice);
    click(&mut harness, "Open: Compare side by side");
    harness.get_by_label_contains(notice);
    // The defaults have no staff PIN: the gesture does nothing.
    staff_gesture(&mut harness, &clock);
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Staff only")
            .is_none()
    );

    // A good file is used as it is, with no notice.
    let (options, problems) = Options::kiosk(Some(&kiosk_config_fixtures().join("valid.ron")));
    assert!(problems.is_empty(), "{problems:?}");
    let config = options.kiosk.clone().expect("kiosk");
    assert_eq!((config.idle_secs, config.countdown_secs), (60, 10));
    assert_eq!(config.staff_pin.as_deref(), Some("5081"));
    let harness = common::build(
        Options {
            clock: Clock::Mock(MockClock::default()),
            ..options
        },
        [1920.0, 1080.0],
    );
    assert!(harness.query_by_label_contains("Staff note").is_none());
}

/// At large text the top bar folds and its title goes, but the staff corner
/// stays empty: nothing a visitor can press sits where the exit gesture is
/// tapped, and the corner taps still open the PIN pad.
#[test]
fn the_staff_corner_stays_empty_when_the_bars_fold() {
    let (mut harness, clock) = kiosk_with(Some(PIN), [1280.0, 800.0]);
    start(&mut harness);
    for _ in 0..10 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run();
    }
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.001);
    // The harness has no window: at 200 % the screen is half as many points.
    harness.set_size(egui::vec2(640.0, 400.0));
    harness.run();
    harness.run();
    harness.get_by_label_contains("Text & colours");
    let corner = therapy_explorer::ui::kiosk::staff_corner(&harness.ctx);
    for node in harness.get_all_by(|n| n.data().supports_action(Action::Click)) {
        assert!(
            !node.rect().intersects(corner),
            "`{}` is in the staff corner",
            node.accesskit_node().label().unwrap_or_default()
        );
    }
    let route = harness.state().visit().route.clone();
    staff_gesture(&mut harness, &clock);
    harness.get_by_role_and_label(Role::Heading, "Staff only");
    assert_eq!(harness.state().visit().route, route, "no page was pressed");
}

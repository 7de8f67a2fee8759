//! The layout matrix: every screen and every window, at the screen sizes
//! the app meets (a small laptop or kiosk panel, a common laptop, a large
//! screen, a portrait kiosk), at 100 %, 160 % and 200 % text, at home and
//! on the kiosk, in English (and at 200 % in Spanish, which runs 20–30 %
//! longer). On each: the bars are one row each and leave at least 55 % of
//! the window for reading, nothing is outside the window, nothing one reads
//! or presses is on top of something else, and each window shows its
//! heading and its actions (the crisis window: every contact too).
//!
//! (150 % is not one of the app's steps; 160 % is the one next to it.)

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::{Action, Role};
use egui::{Key, Modifiers, Pos2, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::i18n::Catalogue;
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::fit::assert_fits;
use common::{click, click_in_bars, press, wheel};

/// Window sizes, in pixels.
const SIZES: [[f32; 2]; 4] = [
    [1024.0, 600.0],
    [1280.0, 800.0],
    [1920.0, 1080.0],
    [800.0, 1280.0],
];

/// Text sizes: presses of A+ from 100 % (0: 100 %, 4: 160 %, 6: 200 %).
const STEPS: [(usize, &str); 3] = [(0, "100 %"), (4, "160 %"), (6, "200 %")];

const PIN: &str = "5081";

/// One configuration of the matrix.
struct Setup {
    size: [f32; 2],
    steps: usize,
    kiosk: bool,
    spanish: bool,
}

impl Setup {
    fn name(&self) -> String {
        let text = STEPS
            .iter()
            .find(|(s, _)| *s == self.steps)
            .map_or("?", |(_, t)| t);
        format!(
            "{}×{} at {text}, {}{}",
            self.size[0],
            self.size[1],
            if self.kiosk { "kiosk" } else { "home" },
            if self.spanish { ", in Spanish" } else { "" }
        )
    }
}

/// The app in this configuration, on Home, its text at the size asked
/// for, the harness sized as a window of that many pixels would be in
/// points. Returns the kiosk's clock too.
fn open(setup: &Setup) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        kiosk: setup.kiosk.then(|| KioskConfig {
            staff_pin: Some(PIN.to_owned()),
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        ..common::home_options()
    };
    let mut harness = common::build(options, setup.size);
    if setup.kiosk {
        click(&mut harness, "Touch anywhere to start");
    }
    if setup.spanish {
        let language = "Español";
        click_in_bars(&mut harness, language);
        // A language chosen in the menu leaves it open.
        harness.key_press(Key::Escape);
        harness.run();
    }
    for _ in 0..setup.steps {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    resize(&mut harness, setup.size);
    (harness, clock)
}

/// The harness has no window: at a zoom of z, a window of `size` pixels is
/// `size / z` points, as egui-winit would make it.
fn resize(harness: &mut Harness<'static, TherapyApp>, size: [f32; 2]) {
    let zoom = harness.ctx.zoom_factor();
    harness.set_size(Vec2::new(size[0], size[1]) / zoom);
    harness.run();
    harness.run();
}

/// The window, in points.
fn screen(harness: &Harness<'_, TherapyApp>) -> Rect {
    harness.ctx.content_rect()
}

/// The rectangle of the panel (top bar, bottom bar, page) that holds the
/// node labelled `label`.
fn pane_of(harness: &Harness<'_, TherapyApp>, label: &str) -> Rect {
    let node = harness.get_by_label(label);
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.role() == Role::Pane {
            // In pixels, as AccessKit has it; the test works in points.
            let b = p.bounding_box().expect("a panel has a place");
            let ppp = harness.ctx.pixels_per_point();
            return Rect::from_min_max(
                Pos2::new(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
                Pos2::new(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
            );
        }
        parent = p.parent();
    }
    panic!("`{label}` is in no panel");
}

/// Both bars are one row, and leave at least 55 % of the window's height
/// for the page.
fn assert_bars(harness: &Harness<'_, TherapyApp>, words: &Catalogue, screen_name: &str) {
    let window = screen(harness);
    let top = pane_of(harness, &words.tr("chrome-help-spoken"));
    let percent = harness.state().settings().percent();
    let smaller = words.tr_args("settings-smaller-spoken", &[("percent", percent.into())]);
    let bottom = pane_of(harness, &smaller);
    let share = (bottom.top() - top.bottom()) / window.height();
    assert!(
        share >= 0.55,
        "on {screen_name}: the page has {:.0} % of the window's height",
        share * 100.0
    );
    for (bar, name) in [(top, "top"), (bottom, "bottom")] {
        // Everything that can be pressed in the bar is on one line: all of
        // them cross the same horizontal line.
        let pressable: Vec<Rect> = harness
            .get_all_by(|n| n.data().supports_action(Action::Click))
            .map(|n| n.rect())
            .filter(|r| r.width() > 1.0 && bar.contains_rect(*r))
            .collect();
        assert!(
            !pressable.is_empty(),
            "on {screen_name}: nothing in the {name} bar"
        );
        let lowest_top = pressable.iter().map(|r| r.top()).fold(f32::MIN, f32::max);
        let highest_bottom = pressable
            .iter()
            .map(|r| r.bottom())
            .fold(f32::MAX, f32::min);
        assert!(
            lowest_top < highest_bottom,
            "on {screen_name}: the {name} bar has two rows: {pressable:?}"
        );
        assert!(
            bar.left() >= window.left() - 0.5 && bar.right() <= window.right() + 0.5,
            "on {screen_name}: the {name} bar {bar:?} is wider than the window {window:?}"
        );
    }
}

/// A node labelled `label` with `role` is wholly on the screen and wholly
/// seen (not cut by a scroll area or the window).
fn assert_seen(harness: &Harness<'_, TherapyApp>, role: Role, label: &str, what: &str) {
    let node = harness
        .query_all_by_role_and_label(role, label)
        .last()
        .unwrap_or_else(|| panic!("{what}: no {role:?} `{label}`"));
    let rect = node.rect();
    let window = screen(harness);
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{what}: `{label}` at {rect:?} is not wholly on the {window:?} screen"
    );
    let clips = common::fit::painted_clipped(harness);
    let seen = common::fit::visible_part(rect, matches!(role, Role::Label | Role::Heading), &clips);
    assert!(
        (seen.height() - rect.height()).abs() < 1.0,
        "{what}: `{label}` is cut to {seen:?} of {rect:?}"
    );
}

/// Everything fits (see `common::fit`), at the top of the screen and at
/// its end.
fn assert_screen(harness: &mut Harness<'static, TherapyApp>, name: &str) {
    let width = screen(harness).width();
    assert_fits(harness, width, name);
    let centre = screen(harness).center();
    wheel(harness, centre, -100_000.0);
    assert_fits(harness, width, &format!("{name}, at its end"));
}

/// The screens, in the catalogue's words (topics instead of search on a kiosk).
fn screens(
    harness: &Harness<'_, TherapyApp>,
    words: &Catalogue,
    kiosk: bool,
) -> Vec<(Vec<String>, &'static str)> {
    let pack = harness.state().pack().clone();
    let mut screens = common::main_screens_in(&pack, words);
    if kiosk {
        for (path, _) in &mut screens {
            for label in path.iter_mut() {
                if *label == words.tr("chrome-search-spoken") {
                    *label = words.tr("chrome-topics-spoken");
                }
            }
        }
    }
    screens
}

/// Home, from wherever the bars keep it (Home is not offered on Home).
fn go_home(harness: &mut Harness<'static, TherapyApp>, words: &Catalogue) {
    if harness.state().visit().route != therapy_explorer::state::Route::Home {
        click_in_bars(harness, &words.tr("chrome-home"));
    }
}

fn close_window(harness: &mut Harness<'static, TherapyApp>) {
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.state().visit().overlay.is_none(),
        "Esc closes the window"
    );
}

/// A window: its heading and its Close are on the screen, wholly seen, and
/// everything in it fits.
fn assert_window(
    harness: &mut Harness<'static, TherapyApp>,
    words: &Catalogue,
    title: &str,
    what: &str,
) {
    assert_seen(harness, Role::Heading, title, what);
    let close = words.tr_args("chrome-close-spoken", &[("window", title.into())]);
    assert_seen(harness, Role::Button, &close, what);
    let width = screen(harness).width();
    assert_fits(harness, width, what);
}

/// Every screen and every window in one configuration.
fn check(setup: &Setup) {
    let name = setup.name();
    let (mut harness, clock) = open(setup);
    let words = Catalogue::new(&harness.state().pack().info.language);
    let tr = |key: &str| words.tr(key);
    for (path, screen_name) in screens(&harness, &words, setup.kiosk) {
        let what = format!("{screen_name} ({name})");
        go_home(&mut harness, &words);
        for label in &path {
            click_in_bars(&mut harness, label);
        }
        assert_bars(&harness, &words, &what);
        assert_screen(&mut harness, &what);
    }
    go_home(&mut harness, &words);

    // Need help now?: its heading, every contact and Close, all at once.
    click(&mut harness, &tr("chrome-help-spoken"));
    let what = format!("Need help now? ({name})");
    assert_window(&mut harness, &words, &tr("chrome-help-title"), &what);
    let contacts = harness.state().pack().info.crisis_contacts.clone();
    assert!(!contacts.is_empty());
    // Where the contacts fit at all beside the heading and Close, all of
    // them are seen at once; where they cannot, each is reached by
    // scrolling the window's body, the heading and Close still in view.
    let title = tr("chrome-help-title");
    let close = words.tr_args("chrome-close-spoken", &[("window", title.as_str().into())]);
    let heading_h = harness
        .get_by_role_and_label(Role::Heading, &title)
        .rect()
        .height();
    let close_h = harness.get_by_label(&close).rect().height();
    let parts: Vec<Rect> = contacts
        .iter()
        .flat_map(|c| [&c.how, &c.name, &c.when])
        .filter(|text| !text.trim().is_empty())
        .filter_map(|text| harness.query_all_by_label(text).last().map(|n| n.rect()))
        .collect();
    let span = parts.iter().map(|r| r.bottom()).fold(f32::MIN, f32::max)
        - parts.iter().map(|r| r.top()).fold(f32::MAX, f32::min);
    // The window's own margins and edges (2 × 24 on a short screen), the
    // cards' padding (2 × 10) and the gaps between the window's parts.
    let chrome = 120.0;
    if span + heading_h + close_h + chrome <= screen(&harness).height() {
        for contact in &contacts {
            assert_seen(&harness, Role::Heading, &contact.how, &what);
        }
    } else {
        for contact in &contacts {
            harness
                .query_all_by_role_and_label(Role::Heading, &contact.how)
                .last()
                .unwrap()
                .scroll_to_me();
            harness.run();
            let what = format!("{what}, scrolled to {}", contact.how);
            assert_seen(&harness, Role::Heading, &contact.how, &what);
            assert_seen(&harness, Role::Heading, &title, &what);
            assert_seen(&harness, Role::Button, &close, &what);
        }
    }
    close_window(&mut harness);

    // Text and colours, About, and the menu, from wherever the bars keep them.
    let display = if harness
        .query_by_label(&tr("chrome-colours-spoken"))
        .is_some()
    {
        tr("chrome-colours-spoken")
    } else if setup.kiosk {
        tr("chrome-display-kiosk-spoken")
    } else {
        tr("chrome-display-spoken")
    };
    click_in_bars(&mut harness, &display);
    assert_window(
        &mut harness,
        &words,
        &tr("settings-title"),
        &format!("Text and colours ({name})"),
    );
    close_window(&mut harness);
    let about = if harness.query_by_label(&tr("chrome-about-spoken")).is_some() {
        tr("chrome-about-spoken")
    } else {
        words.tr_args(
            "chrome-disclaimer-spoken",
            &[(
                "disclaimer",
                harness.state().pack().info.disclaimer.as_str().into(),
            )],
        )
    };
    click(&mut harness, &about);
    assert_window(
        &mut harness,
        &words,
        &tr("about-title"),
        &format!("About ({name})"),
    );
    close_window(&mut harness);
    if harness.query_by_label(&tr("chrome-menu-spoken")).is_some() {
        click(&mut harness, &tr("chrome-menu-spoken"));
        assert_window(
            &mut harness,
            &words,
            &tr("chrome-menu-title"),
            &format!("Menu ({name})"),
        );
        close_window(&mut harness);
    }
    if setup.kiosk {
        // Still reading? (the visit changed: it asks before it ends).
        clock.advance(95.0);
        harness.step();
        harness.run_ok();
        let what = format!("Still reading? ({name})");
        assert_seen(&harness, Role::Heading, &tr("kiosk-still-reading"), &what);
        assert_seen(&harness, Role::Button, &tr("kiosk-keep-reading"), &what);
        assert_seen(&harness, Role::Button, &tr("kiosk-start-over-now"), &what);
        let width = screen(&harness).width();
        assert_fits(&harness, width, &what);
        // Pressed directly: scrolling it into view would itself count as
        // a touch, which already answers the window.
        harness.get_by_label(&tr("kiosk-keep-reading")).click();
        harness.run();
        // The staff PIN pad.
        for _ in 0..5 {
            for pressed in [true, false] {
                harness.event(press(Pos2::new(6.0, 6.0), pressed));
            }
            harness.step();
            clock.advance(0.3);
        }
        harness.run();
        let what = format!("the PIN pad ({name})");
        assert_seen(&harness, Role::Heading, &tr("kiosk-pin-title"), &what);
        for digit in ["1", "5", "9", "0"] {
            let spoken = words.tr_args("kiosk-pin-digit-spoken", &[("digit", digit.into())]);
            assert_seen(&harness, Role::Button, &spoken, &what);
        }
        assert_seen(
            &harness,
            Role::Button,
            &tr("kiosk-pin-cancel-spoken"),
            &what,
        );
        let width = screen(&harness).width();
        assert_fits(&harness, width, &what);
    } else {
        harness.key_press(Key::F1);
        harness.run();
        assert_window(
            &mut harness,
            &words,
            &tr("shortcuts-title"),
            &format!("Keyboard shortcuts ({name})"),
        );
        close_window(&mut harness);
    }
}

/// The kiosk's start screen at 100 % (a visit always ends at 100 %): the
/// title, "Touch to start" and every crisis line on the screen, apart.
fn check_attract(size: [f32; 2]) {
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(clock),
        ..Options::default()
    };
    let harness = common::build(options, size);
    let window = screen(&harness);
    let mut places: Vec<(String, Rect)> = harness
        // (A text's words are its value, a button's its label.)
        .get_all_by(|n| {
            n.label().or_else(|| n.value()).is_some_and(|l| {
                l.starts_with("Touch to start") || l.starts_with("Toque para") || l.contains("988")
            })
        })
        .map(|n| {
            let node = n.accesskit_node();
            (
                node.label().or_else(|| node.value()).unwrap_or_default(),
                n.rect(),
            )
        })
        .collect();
    assert!(places.len() >= 4, "{places:?}");
    for (label, rect) in &places {
        assert!(
            window.expand(0.5).contains_rect(*rect),
            "{size:?}: `{label}` at {rect:?} is off the screen"
        );
    }
    places.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
    for (i, (a, ra)) in places.iter().enumerate() {
        for (b, rb) in &places[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                !(overlap.width() > 1.0 && overlap.height() > 1.0),
                "{size:?}: `{a}` and `{b}` overlap on the start screen"
            );
        }
    }
}

fn size_matrix(size: [f32; 2], kiosk: bool) {
    for (steps, _) in STEPS {
        check(&Setup {
            size,
            steps,
            kiosk,
            spanish: false,
        });
    }
    // Spanish, where it is longest: at 200 %.
    check(&Setup {
        size,
        steps: 6,
        kiosk,
        spanish: true,
    });
    if kiosk {
        check_attract(size);
    }
}

#[test]
fn every_screen_holds_at_1024_by_600_at_home() {
    size_matrix(SIZES[0], false);
}

#[test]
fn every_screen_holds_at_1024_by_600_on_the_kiosk() {
    size_matrix(SIZES[0], true);
}

#[test]
fn every_screen_holds_at_1280_by_800_at_home() {
    size_matrix(SIZES[1], false);
}

#[test]
fn every_screen_holds_at_1280_by_800_on_the_kiosk() {
    size_matrix(SIZES[1], true);
}

#[test]
fn every_screen_holds_at_1920_by_1080_at_home() {
    size_matrix(SIZES[2], false);
}

#[test]
fn every_screen_holds_at_1920_by_1080_on_the_kiosk() {
    size_matrix(SIZES[2], true);
}

#[test]
fn every_screen_holds_at_800_by_1280_at_home() {
    size_matrix(SIZES[3], false);
}

#[test]
fn every_screen_holds_at_800_by_1280_on_the_kiosk() {
    size_matrix(SIZES[3], true);
}

/// A pointer that stays where it is, in pixels: as the text grows, the
/// same pixel is a smaller number of points.
fn press_at_pixel(harness: &mut Harness<'static, TherapyApp>, pixel: Pos2, window: [f32; 2]) {
    let at = pixel / harness.ctx.zoom_factor();
    harness.event(egui::Event::PointerMoved(at));
    harness.event(press(at, true));
    harness.event(press(at, false));
    harness.run();
    resize(harness, window);
}

/// Where the node is now, in pixels.
fn pixel_centre(harness: &Harness<'_, TherapyApp>, rect: Rect) -> Pos2 {
    rect.center() * harness.ctx.zoom_factor()
}

/// Three presses of A+ without moving the pointer make the text three
/// steps larger: A+ stays under the pointer, in the bottom bar at home
/// and in the kiosk's "Text and colours" window.
#[test]
fn three_presses_of_a_plus_under_one_pointer_make_three_steps() {
    let window = [1280.0, 800.0];
    let a_plus = "A+: larger text (now 100 %)";
    // At home, in the bottom bar.
    let mut harness = common::app(window);
    let pixel = pixel_centre(&harness, harness.get_by_label(a_plus).rect());
    for _ in 0..3 {
        press_at_pixel(&mut harness, pixel, window);
    }
    assert_eq!(
        harness.state().settings().percent(),
        140,
        "three steps: 110, 125, 140 %"
    );

    // On a kiosk, in "Text and colours", whose window grows with the text.
    for window in [[1280.0, 800.0], [1024.0, 600.0], [800.0, 1280.0]] {
        let options = Options {
            kiosk: Some(KioskConfig::default()),
            clock: Clock::Mock(MockClock::default()),
            ..Options::default()
        };
        let mut harness = common::build(options, window);
        click(&mut harness, "Touch anywhere to start");
        let words = Catalogue::new("en-US");
        let display = if harness
            .query_by_label(&words.tr("chrome-colours-spoken"))
            .is_some()
        {
            words.tr("chrome-colours-spoken")
        } else {
            words.tr("chrome-display-kiosk-spoken")
        };
        click_in_bars(&mut harness, &display);
        // The one in the window (the bar has one too).
        let in_window = harness
            .get_all_by_label(a_plus)
            .map(|n| n.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .expect("A+ in the window");
        let pixel = pixel_centre(&harness, in_window);
        for _ in 0..3 {
            press_at_pixel(&mut harness, pixel, window);
        }
        assert_eq!(
            harness.state().settings().percent(),
            140,
            "{window:?}: each press landed on A+"
        );
        // …and A− brings it back, from the same place too.
        let now = harness
            .get_all_by_label("A−: smaller text (now 140 %)")
            .map(|n| n.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .expect("A− in the window");
        let pixel = pixel_centre(&harness, now);
        for _ in 0..3 {
            press_at_pixel(&mut harness, pixel, window);
        }
        assert_eq!(
            harness.state().settings().percent(),
            100,
            "{window:?}: A− too"
        );
    }
}

/// "About this information" (on Sources): the pack's language and region
/// read as words, not a code.
#[test]
fn about_names_the_language_and_region_in_words() {
    let mut harness = common::app([1280.0, 800.0]);
    let words = Catalogue::new("en-US");
    let sources = words.tr_args(
        "home-open-spoken",
        &[("title", words.tr("home-section-sources").into())],
    );
    click(&mut harness, &sources);
    harness.get_by_role_and_label(Role::Heading, &words.tr("about-title"));
    let says = |text: &str| {
        harness
            .query_all_by(|n| {
                n.label()
                    .or_else(|| n.value())
                    .is_some_and(|l| l.contains(text))
            })
            .count()
    };
    assert_eq!(
        says("Language and region: English, United States"),
        1,
        "the language and region, in words"
    );
    assert_eq!(says("en-US"), 0, "no language code");
}

/// A kiosk has no system of its own to follow: its "Text and colours"
/// does not offer it (at home it does).
#[test]
fn the_kiosk_does_not_offer_follow_the_system() {
    let follow = "Colours: Follow the system";
    let words = Catalogue::new("en-US");
    let mut home = common::app([1280.0, 800.0]);
    let display = if home
        .query_by_label(&words.tr("chrome-colours-spoken"))
        .is_some()
    {
        words.tr("chrome-colours-spoken")
    } else {
        words.tr("chrome-display-spoken")
    };
    click_in_bars(&mut home, &display);
    assert!(home.query_by_label(follow).is_some(), "offered at home");

    let options = Options {
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(MockClock::default()),
        ..Options::default()
    };
    let mut kiosk = common::build(options, [1280.0, 800.0]);
    click(&mut kiosk, "Touch anywhere to start");
    let display = if kiosk
        .query_by_label(&words.tr("chrome-colours-spoken"))
        .is_some()
    {
        words.tr("chrome-colours-spoken")
    } else {
        words.tr("chrome-display-kiosk-spoken")
    };
    click_in_bars(&mut kiosk, &display);
    assert!(
        kiosk
            .query_all_by_label(&words.tr("settings-title"))
            .next()
            .is_some(),
        "the window is open"
    );
    assert!(kiosk.query_by_label(follow).is_none(), "not on a kiosk");
}

/// The border a card labelled `label` is drawn with (its frame is the
/// painted rectangle the size of the card).
fn card_border(harness: &Harness<'_, TherapyApp>, label: &str) -> f32 {
    let card = harness.get_by_label(label).rect();
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Rect(r) if (r.rect.min - card.min).length() < 2.0 => Some(r.stroke.width),
            _ => None,
        })
        .fold(0.0, f32::max)
}

/// A card a finger has just left (egui keeps the last place the pointer
/// was) is not drawn highlighted on a kiosk; at home, a mouse over a card
/// highlights it.
#[test]
fn a_card_under_a_finger_does_not_stay_highlighted() {
    let words = Catalogue::new("en-US");
    let options = Options {
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(MockClock::default()),
        ..Options::default()
    };
    let mut kiosk = common::build(options, [1280.0, 800.0]);
    click(&mut kiosk, "Touch anywhere to start");
    let mut home = common::app([1280.0, 800.0]);
    for (harness, touch) in [(&mut kiosk, true), (&mut home, false)] {
        let benefits = words.tr_args(
            "home-open-spoken",
            &[("title", words.tr("home-section-benefits").into())],
        );
        click(harness, &benefits);
        let title = harness.state().pack().benefits.cards[0].title.clone();
        let card = words.tr_args("benefits-open-card-spoken", &[("title", title.into())]);
        let plain = card_border(harness, &card);
        let centre = harness.get_by_label(&card).rect().center();
        harness.event(egui::Event::PointerMoved(centre));
        harness.run();
        let under = card_border(harness, &card);
        if touch {
            assert_eq!(under, plain, "on a kiosk: drawn as if nothing were over it");
        } else {
            assert!(under > plain, "at home: a mouse over it highlights it");
        }
    }
}

//! Rendered snapshots of every main screen (1280 × 800, light and high
//! contrast), of the kiosk's start screen and idle overlay (1920 × 1080),
//! and of Home, Compare and Need help now? at 200 % text on a small screen
//! (1024 × 600) and a portrait kiosk (800 × 1280), compared with the PNGs in
//! `tests/snapshots/`.
//!
//! They need a wgpu adapter (on a machine without a GPU, Mesa's lavapipe:
//! Debian `mesa-vulkan-drivers` and `libvulkan1`), so they only build with
//! `cargo test --features snapshots`. Refresh them with
//! `UPDATE_SNAPSHOTS=1 cargo test --features snapshots --test snapshots`.
#![cfg(feature = "snapshots")]
// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::type_text;

/// Software rendering differs slightly between CPUs: allow small colour
/// differences and a few hundred stray pixels (anti-aliased text edges).
fn snapshot_options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(2.0).max_failed_pixels(600)
}

/// The one place every snapshot harness is built.
fn harness(options: Options, size: [f32; 2]) -> Harness<'static, TherapyApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .with_options(snapshot_options())
        .wgpu()
        .build_eframe(move |cc| TherapyApp::new(cc, options));
    harness.run();
    harness
}

fn click(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
    // Let scroll positions and row heights settle before a picture is taken.
    harness.run_ok();
}

/// Each main screen, reached by pressing what a person would press.
fn main_screens(theme: &str) {
    let mut results = SnapshotResults::new();
    let mut h = harness(Options::default(), [1280.0, 800.0]);
    if theme == "high-contrast" {
        click(&mut h, "Colours and text size");
        click(&mut h, "Colours: High contrast");
        click(&mut h, "Close: Text and colours");
    }
    let pack = h.state().pack().clone();
    let mut shot = |h: &mut Harness<'_, TherapyApp>, name: &str| {
        // The pointer would hover whatever it last pressed; move it away.
        h.event(egui::Event::PointerGone);
        h.run_ok();
        results.add(h.try_snapshot(format!("{theme}/{name}")));
    };
    shot(&mut h, "home");
    click(&mut h, "Open: Compare side by side");
    shot(&mut h, "compare");
    click(&mut h, "Home");
    click(&mut h, "Open: Strengths and trade-offs");
    shot(&mut h, "benefits");
    click(
        &mut h,
        &format!(
            "Open card: {}",
            pack.card("peer-support").expect("card").title
        ),
    );
    shot(&mut h, "card");
    click(&mut h, "Home");
    click(&mut h, "Open: Approaches");
    shot(&mut h, "approaches");
    click(
        &mut h,
        &format!(
            "Open approach: {}",
            pack.approach("emdr").expect("emdr").title
        ),
    );
    shot(&mut h, "approach");
    click(&mut h, "Home");
    click(&mut h, "Open: Guides and questions");
    shot(&mut h, "pages");
    click(
        &mut h,
        &format!("Open page: {}", pack.page("choosing").expect("page").title),
    );
    shot(&mut h, "page");
    click(&mut h, "Home");
    click(&mut h, "Open: Sources");
    shot(&mut h, "sources");
    click(&mut h, "Search (Ctrl+F)");
    type_text(&mut h, "privacy");
    shot(&mut h, "search");
    click(&mut h, "Home");
    click(&mut h, "Open: Which fits me?");
    click(&mut h, "Begin the questions");
    shot(&mut h, "decide-question");
    for answer in [
        "Very",
        "Quite",
        "A little",
        "Not important",
        "Very",
        "Not sure",
        "A bit uneasy",
    ] {
        click(&mut h, &format!("Answer: {answer}"));
    }
    shot(&mut h, "decide-result");
    click(&mut h, "Need help now? Show crisis contacts");
    shot(&mut h, "need-help");
    drop(h);
    results.unwrap();
}

#[test]
fn main_screens_light() {
    main_screens("light");
}

#[test]
fn main_screens_high_contrast() {
    main_screens("high-contrast");
}

/// Bring a widget into view (without pressing it), then let it settle.
fn show(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run_ok();
    harness.event(egui::Event::PointerGone);
    harness.run_ok();
}

/// Easy Read on each of its screens, the paired stories (wide and
/// narrow), and the opening of "Which fits me?".
#[test]
fn easy_read_stories_and_the_decision_opening() {
    let mut results = SnapshotResults::new();
    let mut h = harness(Options::default(), [1280.0, 800.0]);
    let pack = h.state().pack().clone();
    let mut shot = |h: &mut Harness<'_, TherapyApp>, name: &str| {
        h.event(egui::Event::PointerGone);
        h.run_ok();
        results.add(h.try_snapshot(name));
    };
    click(&mut h, "Easy Read: short sentences with pictures");
    shot(&mut h, "easy-read/home");
    show(&mut h, "Open: Which fits me?");
    shot(&mut h, "easy-read/home-doors");
    click(&mut h, "Open: One-to-one therapy");
    shot(&mut h, "easy-read/one-to-one");
    click(&mut h, "Home");
    click(&mut h, "Open: Compare side by side");
    shot(&mut h, "easy-read/compare");
    click(&mut h, "Home");
    click(&mut h, "Open: Which fits me?");
    shot(&mut h, "easy-read/decide");
    show(&mut h, "Begin the questions");
    shot(&mut h, "easy-read/decide-begin");
    click(&mut h, "Need help now? Show crisis contacts");
    shot(&mut h, "easy-read/need-help");
    click(&mut h, "Close: Need help now?");
    click(&mut h, "Easy Read: short sentences with pictures");

    let decision = pack.decision.as_ref().expect("decision");
    shot(&mut h, "decide/opening");
    show(&mut h, &decision.options[3].like);
    shot(&mut h, "decide/options");
    show(
        &mut h,
        &decision.evidence[decision.evidence.len() - 1].claim,
    );
    shot(&mut h, "decide/evidence");

    let situation = &pack.stories.situations[0];
    let story = format!(
        "{}: {}, {}",
        pack.stories.label, situation.group.name, pack.info.group.name
    );
    click(&mut h, "Home");
    click(&mut h, "Open: Compare side by side");
    show(&mut h, &story);
    shot(&mut h, "stories/compare");
    drop(h);

    let mut h = harness(Options::default(), [520.0, 900.0]);
    click(&mut h, "Open: Compare side by side");
    show(&mut h, &story);
    results.add(h.try_snapshot("stories/compare-narrow"));
    drop(h);
    results.unwrap();
}

/// Home, Compare and a result of "Which fits me?" in Spanish: the
/// interface from the Spanish catalogue, the pack's Spanish edition.
#[test]
fn main_screens_in_spanish() {
    use therapy_explorer::content::decision::fill_in;
    let mut results = SnapshotResults::new();
    let mut h = harness(Options::default(), [1280.0, 800.0]);
    click(&mut h, "Español");
    let words = therapy_explorer::i18n::Catalogue::new("es-US");
    let pack = h.state().pack().clone();
    let mut shot = |h: &mut Harness<'_, TherapyApp>, name: &str| {
        h.event(egui::Event::PointerGone);
        h.run_ok();
        results.add(h.try_snapshot(format!("spanish/{name}")));
    };
    shot(&mut h, "home");
    let open = |title: &str| words.tr_args("home-open-spoken", &[("title", title.into())]);
    click(&mut h, &open(&words.tr("home-section-compare")));
    shot(&mut h, "compare");
    click(&mut h, &words.tr("chrome-home"));
    let decision = pack.decision.as_ref().expect("Which fits me?");
    click(&mut h, &open(&decision.title));
    click(&mut h, &decision.wording.begin_spoken);
    // The same answers as the English snapshot, by their place in each scale.
    for (question, index) in decision.questions.iter().zip([3, 2, 1, 0, 3, 4, 1]) {
        let answers = decision.answers(question);
        let answer = &answers[index.min(answers.len() - 1)].label;
        click(
            &mut h,
            &fill_in(&decision.wording.answer_spoken, &[("{answer}", answer)]),
        );
    }
    shot(&mut h, "decide-result");
    drop(h);
    results.unwrap();
}

#[test]
fn kiosk_start_and_idle_overlay() {
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    let mut h = harness(options, [1920.0, 1080.0]);
    let mut results = SnapshotResults::new();
    results.add(h.try_snapshot("kiosk/start"));
    click(&mut h, "Touch to start in English");
    click(&mut h, "Open: Group therapy");
    h.event(egui::Event::PointerGone);
    clock.advance(95.0);
    h.step();
    h.run_ok();
    results.add(h.try_snapshot("kiosk/still-reading"));
    drop(h);
    results.unwrap();
}

/// The example clinic's pack (`examples/clinic-pack`): its name, logo and
/// colours on Home, "At this clinic", and on a portrait kiosk the attract
/// screen and the QR code of a visitor's own questions.
#[test]
fn clinic_pack() {
    let pack = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/clinic-pack");
    let mut results = SnapshotResults::new();
    let options = Options {
        content_dir: Some(pack.clone()),
        today: Some((2026, 12, 1)),
        ..Options::default()
    };
    let mut h = harness(options, [1280.0, 800.0]);
    results.add(h.try_snapshot("clinic/home"));
    click(&mut h, "Open: At this clinic");
    h.event(egui::Event::PointerGone);
    h.run_ok();
    results.add(h.try_snapshot("clinic/at-this-clinic"));
    drop(h);
    let options = Options {
        content_dir: Some(pack),
        today: Some((2026, 12, 1)),
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(MockClock::default()),
        ..Options::default()
    };
    let mut h = harness(options, [1080.0, 1920.0]);
    results.add(h.try_snapshot("clinic/kiosk-start"));
    click(&mut h, "Touch anywhere to start");
    click(&mut h, "Open: Which fits me?");
    click(&mut h, "Begin the questions");
    for answer in [
        "Very",
        "Quite",
        "A little",
        "Not important",
        "Very",
        "Not sure",
        "A bit uneasy",
    ] {
        click(&mut h, &format!("Answer: {answer}"));
    }
    h.get_by_label("QR code with your own questions, as text")
        .scroll_to_me();
    h.event(egui::Event::PointerGone);
    h.run_ok();
    results.add(h.try_snapshot("clinic/kiosk-qr"));
    drop(h);
    results.unwrap();
}

/// Issue 14's small and portrait screens at the largest text: a small
/// laptop or kiosk panel (1024 × 600, at home) and a portrait kiosk
/// (800 × 1280), at 200 %: Home, Compare and Need help now?. The pictures
/// are those sizes in pixels (the window is half as many points).
#[test]
fn small_and_portrait_screens_at_200_percent() {
    let mut results = SnapshotResults::new();
    for (size, kiosk, folder) in [
        ([1024.0, 600.0], false, "small-200"),
        ([800.0, 1280.0], true, "portrait-kiosk-200"),
    ] {
        let options = Options {
            kiosk: kiosk.then(KioskConfig::default),
            clock: Clock::Mock(MockClock::default()),
            ..Options::default()
        };
        let mut h = harness(options, size);
        if kiosk {
            click(&mut h, "Touch anywhere to start");
        }
        for _ in 0..6 {
            h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
            h.run();
        }
        let zoom = h.ctx.zoom_factor();
        h.set_size(egui::Vec2::new(size[0], size[1]) / zoom);
        h.run_ok();
        let mut shot = |h: &mut Harness<'_, TherapyApp>, name: &str| {
            h.event(egui::Event::PointerGone);
            h.run_ok();
            results.add(h.try_snapshot(format!("{folder}/{name}")));
        };
        shot(&mut h, "home");
        click(&mut h, "Open: Compare side by side");
        shot(&mut h, "compare");
        click(&mut h, "Need help now? Show crisis contacts");
        shot(&mut h, "need-help");
    }
    results.unwrap();
}

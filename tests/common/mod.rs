//! Helpers shared by the integration tests: build the real app, and press,
//! type and scroll the way a person would.
// Each test binary uses only some of these.
#![allow(dead_code)]

use egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, TouchPhase, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::content::Pack;
use therapy_explorer::{Options, TherapyApp};

pub mod fit;

/// The real app with these options, in a window of `size` points.
pub fn build(options: Options, size: [f32; 2]) -> Harness<'static, TherapyApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(24)
        .build_eframe(move |cc| TherapyApp::new(cc, options));
    harness.run();
    harness
}

/// Home options, except that "open in my browser" opens nothing: a test
/// must never start a real browser on a developer's desktop or in CI.
pub fn home_options() -> Options {
    Options {
        browser: therapy_explorer::Browser(|_| {}),
        ..Options::default()
    }
}

/// The app as used at home.
pub fn app(size: [f32; 2]) -> Harness<'static, TherapyApp> {
    build(home_options(), size)
}

/// Bring a widget into view, then press it.
pub fn click<State>(harness: &mut Harness<'_, State>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Type text, a character at a time.
pub fn type_text(harness: &mut Harness<'_, TherapyApp>, text: &str) {
    for ch in text.chars() {
        harness.event(Event::Text(ch.to_string()));
        harness.run();
    }
}

/// Turn the mouse wheel over `at` (negative `dy` scrolls down the page).
pub fn wheel(harness: &mut Harness<'_, TherapyApp>, at: Pos2, dy: f32) {
    harness.event(Event::PointerMoved(at));
    harness.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: Vec2::new(0.0, dy),
        modifiers: Modifiers::NONE,
        phase: TouchPhase::Move,
        source: MouseWheelSource::Wheel,
    });
    harness.run();
}

/// What to press, from Home, to reach each main screen, and its name.
pub fn main_screens(pack: &Pack) -> Vec<(Vec<String>, &'static str)> {
    main_screens_in(pack, &therapy_explorer::i18n::Catalogue::english())
}

/// [`main_screens`] in the interface language of `words` (with `pack` in
/// the same language): the labels come from the catalogue.
pub fn main_screens_in(
    pack: &Pack,
    words: &therapy_explorer::i18n::Catalogue,
) -> Vec<(Vec<String>, &'static str)> {
    let open = |key: &str, title: &str| words.tr_args(key, &[("title", title.into())]);
    let section = |key: &str| open("home-open-spoken", &words.tr(key));
    let card = open("benefits-open-card-spoken", &pack.benefits.cards[0].title);
    let approach = open(
        "approaches-open-spoken",
        &pack.approaches.approaches[2].title,
    );
    // The first page has a Markdown table, which must stack when narrow.
    let page = open("pages-open-spoken", &pack.pages.pages[0].title);
    let decide = pack
        .decision
        .as_ref()
        .map_or_else(String::new, |d| open("home-open-spoken", &d.title));
    vec![
        (vec![], "Home"),
        (vec![section("home-section-compare")], "Compare"),
        (vec![section("home-section-benefits")], "Benefits"),
        (vec![section("home-section-benefits"), card], "a card"),
        (vec![section("home-section-approaches")], "Approaches"),
        (
            vec![section("home-section-approaches"), approach],
            "an approach",
        ),
        (vec![section("home-section-pages")], "Guides"),
        (vec![section("home-section-pages"), page], "a page"),
        (vec![section("home-section-sources")], "Sources"),
        (vec![decide], "Which fits me?"),
        (vec![words.tr("chrome-search-spoken")], "Search"),
    ]
}

/// A fresh copy of the default pack in a temporary folder, for a test to edit.
pub fn copy_of_default_pack(name: &str) -> std::path::PathBuf {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).expect("make folder");
        for entry in std::fs::read_dir(from).expect("read folder") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("type").is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).expect("copy file");
            }
        }
    }
    let dir = std::env::temp_dir().join(format!(
        "therapy-explorer-test-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &dir,
    );
    dir
}

/// A finger (or mouse button) going down or up at `pos`.
pub fn press(pos: Pos2, pressed: bool) -> Event {
    Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    }
}

/// A quick tap at `pos`, then the frames it causes.
pub fn tap_at<State>(harness: &mut Harness<'_, State>, pos: Pos2) {
    harness.event(Event::PointerMoved(pos));
    harness.event(press(pos, true));
    harness.event(press(pos, false));
    harness.run();
}

/// A finger that lands at `from`, moves up by `dy` points in ten steps (a
/// frame each), and lifts.
pub fn finger_drag(harness: &mut Harness<'_, TherapyApp>, from: Pos2, dy: f32) {
    harness.event(Event::PointerMoved(from));
    harness.event(press(from, true));
    for step in 1..=10 {
        harness.event(Event::PointerMoved(
            from - Vec2::new(0.0, dy * step as f32 / 10.0),
        ));
        harness.step();
    }
    harness.event(press(from - Vec2::new(0.0, dy), false));
    harness.run();
}

/// egui's options: both styles (colours, sizes), zoom, input options…
/// Kittest turns off animations and the cursor blink in the styles it starts
/// with (for steady snapshots); the app's own styles have them, so those
/// three fields are left out. Number formatters compare by pointer, so both
/// sides get the same one.
pub fn egui_options(
    harness: &Harness<'_, TherapyApp>,
    same: &egui::style::NumberFormatter,
) -> egui::Options {
    let mut options = harness.ctx.options(|o| o.clone());
    for style in [&mut options.light_style, &mut options.dark_style] {
        let style = std::sync::Arc::make_mut(style);
        style.number_formatter = same.clone();
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
        style.visuals.text_cursor.blink = false;
    }
    options
}

/// What egui remembers that the screen could show: scroll positions and
/// widget states (data), focus, and the windows and layers it knows.
pub fn egui_memory(
    harness: &Harness<'_, TherapyApp>,
) -> (usize, Option<egui::Id>, Vec<egui::LayerId>) {
    harness.ctx.memory(|m| {
        let mut layers: Vec<_> = m.layer_ids().collect();
        layers.sort_by_key(|l| (l.order, l.id.value()));
        (m.data.len(), m.focused(), layers)
    })
}

/// After a kiosk reset: the same as an app that has just started. The visit
/// (route, history, search, answers, overlay), the settings, text size,
/// colours and every other egui option, and what egui remembers.
pub fn assert_same_as_fresh(harness: &Harness<'_, TherapyApp>, fresh: &Harness<'_, TherapyApp>) {
    assert_eq!(
        harness.state().visit(),
        &therapy_explorer::state::VisitState::default()
    );
    assert_eq!(harness.state().visit(), fresh.state().visit());
    assert_eq!(
        harness.state().settings(),
        &therapy_explorer::settings::Settings::default()
    );
    assert_eq!(harness.state().settings(), fresh.state().settings());
    assert_eq!(harness.ctx.zoom_factor(), fresh.ctx.zoom_factor());
    let formatter = egui::style::NumberFormatter::new(|n, _| n.to_string());
    assert_eq!(
        egui_options(harness, &formatter),
        egui_options(fresh, &formatter)
    );
    assert_eq!(egui_memory(harness), egui_memory(fresh));
}

/// Press `label` in the bars; when a narrow bar has folded it into its
/// menu, open the menu first (as a person would).
pub fn click_in_bars(harness: &mut Harness<'static, TherapyApp>, label: &str) {
    if harness.query_by_label(label).is_none() {
        let menu = harness.state().catalogue().tr("chrome-menu-spoken");
        click(harness, &menu);
    }
    click(harness, label);
}

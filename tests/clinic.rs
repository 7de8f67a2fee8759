//! A clinic's own section (issue 17): its name, logo and colours; "At this
//! clinic" with groups that disappear after their date; the checker's
//! rules for it; and what a visitor takes home: a handout at home, a QR
//! code on the kiosk that holds only their own text and goes with the visit.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::content::load::{Date, LoadOptions, load_with};
use therapy_explorer::content::{self, PackFiles};
use therapy_explorer::i18n::Catalogue;
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::state::{Route, VisitState};
use therapy_explorer::ui::qr::{MAX_SUMMARY_CHARS, summary_text};
use therapy_explorer::ui::theme;
use therapy_explorer::{Browser, Options, TherapyApp, check};

mod common;
use common::{click, type_text};

const NAME: &str = "Maple Street Community Counseling Center (example clinic)";
/// The day the example pack's dates were written for.
const TODAY: Date = (2026, 12, 1);

fn example_pack() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/clinic-pack")
}

fn fixture(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

/// The example clinic's pack at home, on `today`, with a clock to move days on.
fn clinic_app(today: Date, size: [f32; 2]) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        content_dir: Some(example_pack()),
        today: Some(today),
        clock: Clock::Mock(clock.clone()),
        ..common::home_options()
    };
    (common::build(options, size), clock)
}

fn kiosk_app(
    content: Option<PathBuf>,
    size: [f32; 2],
) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        content_dir: content,
        today: Some(TODAY),
        kiosk: Some(KioskConfig {
            idle_secs: 90,
            countdown_secs: 15,
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    (common::build(options, size), clock)
}

/// Every problem `therapy-explorer check` prints for a fixture, on `TODAY`.
fn problems(dir: &Path) -> Vec<String> {
    let options = LoadOptions {
        today: Some(TODAY),
        accent_rule: Some(theme::accent_shortfalls),
        ..LoadOptions::default()
    };
    load_with(&PackFiles::Dir(dir.to_path_buf()), options)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_example_clinic_pack_checks_clean_in_both_languages() {
    assert_eq!(problems(&example_pack()), Vec::<String>::new());
    let loaded = content::load(&PackFiles::Dir(example_pack()));
    let clinic = loaded.pack.info.clinic.as_ref().expect("a clinic");
    assert_eq!(clinic.name, NAME);
    assert!(clinic.logo_image.is_some());
    assert_eq!(loaded.pack.groups.services.len(), 4);
    assert_eq!(clinic.start_title, "How to start here");
    // The Spanish edition: its own words, the default's facts and logo.
    let spanish = &loaded.translations[0];
    let clinic_es = spanish.info.clinic.as_ref().expect("a clinic in Spanish");
    assert!(
        clinic_es.name.starts_with("Centro Comunitario"),
        "{}",
        clinic_es.name
    );
    assert!(clinic_es.logo_image.is_some());
    assert_eq!(clinic_es.accent, clinic.accent);
    assert_eq!(clinic_es.start_title, "Cómo empezar aquí");
    let group = &spanish.groups.services[0];
    assert_eq!(group.name, "Grupo para manejar la preocupación");
    assert_eq!(group.show_until, loaded.pack.groups.services[0].show_until);
    assert!(spanish.fallbacks.is_empty(), "{:?}", spanish.fallbacks);
    // The command staff run says the same.
    let mut out = Vec::new();
    assert_eq!(
        check::run(&PackFiles::Dir(example_pack()), false, &mut out),
        0
    );
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("4 services, 1 start page"), "{text}");
}

#[test]
fn a_colour_with_too_little_contrast_is_refused_with_its_ratio() {
    let mut out = Vec::new();
    let code = check::run(
        &PackFiles::Dir(fixture("clinic-low-contrast")),
        false,
        &mut out,
    );
    let text = String::from_utf8(out).unwrap();
    assert_eq!(code, 1, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "pack.ron:23:9: error: `accent` #9FD0E0 has too little contrast for the light theme: white text on it is 1.67:1, \
             it against the page background is 1.56:1, it against cards is 1.67:1, it against the top and bottom bars is 1.42:1; \
             the light theme promises at least 4.5:1, so choose a darker colour (the app keeps its own colour until then)",
            "pack.ron:24:9: error: `accent_dark` #1F3F4B has too little contrast for the dark theme: dark text on it is 1.47:1, \
             it against the page background is 1.52:1, it against cards is 1.35:1, it against the top and bottom bars is 1.19:1; \
             the dark theme promises at least 4.5:1, so choose a lighter colour (the app keeps its own colour until then)",
        ]
    );
    // The app keeps its own colours.
    let options = Options {
        content_dir: Some(fixture("clinic-low-contrast")),
        ..common::home_options()
    };
    let harness = common::build(options, [1280.0, 800.0]);
    assert_eq!(
        harness.state().palette().accent,
        theme::Palette::light().accent
    );
}

#[test]
fn the_checker_names_what_staff_get_wrong_in_a_clinic_section() {
    assert_eq!(problems(&fixture("clinic-valid")), Vec::<String>::new());
    assert_eq!(
        problems(&fixture("clinic-mistakes")),
        [
            "groups.ron:8:13: error: service `worry-group` names approach `cbtt`, which is not in approaches.ron: fix the id, or leave `approach` out",
            "groups.ron:9:13: error: `who_for` is empty: write some text here",
            "groups.ron:19:13: error: `show_until` is `31/12/2027`, not a date: write it as YYYY-MM-DD, like \"2027-03-31\" (service `worry-group` is not shown until then)",
            "groups.ron:36:13: warning: service `spring-group` was shown until 2020-03-31, which has passed, so the app no longer shows it: take it out, or give it a new `show_until`",
            "pack.ron:22:9: error: `clinic/logo.svg` is not a PNG file: save the logo as PNG (SVG, JPEG and other formats are not shown); the clinic's name is shown without a logo until then",
            "pack.ron:24:9: error: `accent_dark` is `teal`, not a colour: write `#` and six hex digits, like \"#1F6F8B\"",
            "pack.ron:25:9: error: `website` is `www.example.org/clinic`: write the full address, starting with https://",
            "pack.ron:26:9: error: file is missing: add `clinic/strat.md` to the pack; did you mean `clinic/start.md`?",
        ]
    );
    assert_eq!(
        problems(&fixture("clinic-big-logo")),
        [
            "pack.ron:22:9: error: `clinic/logo.png` is 360473 bytes, more than the 256 KiB a logo may have: save it smaller; \
          the clinic's name is shown without a logo until then"
        ]
    );
    assert_eq!(
        problems(&fixture("groups-without-clinic")),
        [
            "groups.ron:1:1: warning: `groups.ron` lists services, but `pack.ron` has no `clinic` section, so they are not shown: \
          add `clinic: Clinic(name: \"…\")` to pack.ron (see content/README.md)"
        ]
    );
    // What is broken is left out; the rest of the clinic is shown.
    let pack = content::load(&PackFiles::Dir(fixture("clinic-mistakes"))).pack;
    let clinic = pack.info.clinic.clone().expect("the clinic is still there");
    assert_eq!(clinic.name, "Test Clinic");
    assert!(clinic.logo_image.is_none());
    assert!(clinic.start_page().is_none());
    let ids: Vec<&str> = pack.groups.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["spring-group"], "the broken one is left out");
    // The one whose date has passed is the app's to leave out, day by day.
    let mut pack = pack;
    assert!(content::clinic::drop_past(&mut pack, TODAY));
    assert!(pack.groups.services.is_empty());
}

#[test]
fn a_clinic_pack_shows_its_name_logo_and_colours() {
    let offered = format!("Offered by {NAME}");
    let logo = format!("Logo of {NAME}");
    let (mut harness, _) = clinic_app(TODAY, [1280.0, 800.0]);
    harness.get_by_label(&offered);
    harness.get_by_role_and_label(Role::Image, &logo);
    let accent = harness.state().palette().accent;
    assert_eq!([accent.r(), accent.g(), accent.b()], [0x1F, 0x6F, 0x8B]);
    // The logo is drawn from its pixels, as a texture.
    assert!(
        harness.output().shapes.iter().any(|s| matches!(
            &s.shape,
            egui::Shape::Rect(rect) if rect.fill_texture_id() != egui::TextureId::default()
        )),
        "no logo texture painted"
    );
    // The crisis help is where it always is, and names no clinic.
    harness.get_by_label("Need help now? Show crisis contacts");
    click(&mut harness, "Open: Sources");
    harness.get_by_label(&offered);
    // Dark: the clinic's dark accent; high contrast: its own colours.
    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: Dark");
    let accent = harness.state().palette().accent;
    assert_eq!([accent.r(), accent.g(), accent.b()], [0x8F, 0xD3, 0xE8]);
    click(&mut harness, "Colours: High contrast");
    assert_eq!(
        harness.state().palette().accent,
        theme::Palette::high_contrast().accent
    );
    // The attract screen of a kiosk names the clinic too.
    let (kiosk, _) = kiosk_app(Some(example_pack()), [1920.0, 1080.0]);
    assert_eq!(kiosk.state().kiosk().map(|k| k.phase), Some(Phase::Attract));
    kiosk.get_by_label(&offered);
    kiosk.get_by_role_and_label(Role::Image, &logo);
}

#[test]
fn at_this_clinic_is_on_home_only_in_a_clinics_pack() {
    let harness = common::app([1280.0, 800.0]);
    assert!(harness.query_by_label("Open: At this clinic").is_none());
    assert!(harness.query_by_label_contains("Offered by").is_none());
    let (mut harness, _) = clinic_app(TODAY, [1280.0, 800.0]);
    click(&mut harness, "Open: At this clinic");
    assert_eq!(harness.state().visit().route, Route::Clinic);
    // The screen carries the name of the tile that opened it, and the
    // clinic's own name under it.
    harness.get_by_role_and_label(Role::Heading, "At this clinic");
    assert!(harness.query_all_by_label(NAME).next().is_some());
    harness.get_by_role_and_label(Role::Heading, "Groups and services");
    for service in ["Managing worry group", "One-to-one counseling"] {
        harness.get_by_role_and_label(Role::Heading, service);
    }
    harness.get_by_role_and_label(Role::Heading, "How to start here");
    // The approach a group uses is one press away.
    click(
        &mut harness,
        "Open approach: Cognitive behavioral therapy (CBT)",
    );
    assert_eq!(harness.state().visit().route, Route::Approach("cbt".into()));
}

#[test]
fn groups_past_their_date_disappear_by_themselves() {
    // The Spanish group is shown until 2027-05-31.
    let group = "Support group in Spanish";
    let (mut harness, clock) = clinic_app((2027, 5, 30), [1280.0, 800.0]);
    click(&mut harness, "Open: At this clinic");
    harness.get_by_role_and_label(Role::Heading, group);
    // Search finds it by its day.
    click(&mut harness, "Search (Ctrl+F)");
    type_text(&mut harness, "Wednesdays");
    harness.get_by_label(&format!("Open at this clinic: {group}"));
    // Its last day…
    clock.advance(86_400.0);
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Open at this clinic: {group}"))
            .is_some()
    );
    // …and the day after: gone from the screen and from search.
    clock.advance(86_400.0);
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Open at this clinic: {group}"))
            .is_none()
    );
    click(&mut harness, "Home");
    click(&mut harness, "Open: At this clinic");
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, group)
            .is_none()
    );
    harness.get_by_role_and_label(Role::Heading, "Managing worry group");
    assert_eq!(harness.state().pack().groups.services.len(), 3);
}

#[test]
fn the_kiosks_topics_reach_the_clinics_groups_and_how_to_start() {
    let (mut harness, _) = kiosk_app(Some(example_pack()), [1080.0, 1920.0]);
    click(&mut harness, "Touch anywhere to start");
    click(&mut harness, "Topics: find where a subject is covered");
    click(&mut harness, "Topic: How to start");
    click(&mut harness, "Open at this clinic: How to start here");
    assert_eq!(harness.state().visit().route, Route::Clinic);
    click(&mut harness, "Topics: find where a subject is covered");
    click(&mut harness, "Topic: Groups here");
    harness.get_by_label("Open at this clinic: Managing worry group");
    // On the clinic's screen, its website as a QR code (no browser on a kiosk).
    click(&mut harness, "Open at this clinic: Managing worry group");
    harness.get_by_role_and_label(
        Role::Image,
        &format!("QR code with the address of the website of {NAME}"),
    );
    assert!(
        harness
            .query_by_label("Save a handout: choose what to put in it")
            .is_none()
    );
}

/// The answer with the strongest feeling on every question.
fn answer_everything_strongly(harness: &mut Harness<'_, TherapyApp>) {
    let decision = harness
        .state()
        .pack()
        .decision
        .clone()
        .expect("a decision aid");
    click(harness, "Open: Which fits me?");
    click(harness, "Begin the questions");
    for question in &decision.questions {
        let answer = decision
            .answers(question)
            .iter()
            .max_by_key(|a| i32::from(a.value).abs())
            .expect("answers");
        click(harness, &format!("Answer: {}", answer.label));
    }
    harness.get_by_role_and_label(Role::Heading, &decision.wording.result_title);
}

/// Rebuild the picture of the QR code drawn at the widget labelled
/// `label` from the rectangles the frame painted, and read it.
fn read_qr(harness: &Harness<'_, TherapyApp>, label: &str) -> String {
    let rect = harness.get_by_label(label).rect();
    let (width, height) = (
        rect.width().round() as usize,
        rect.height().round() as usize,
    );
    let mut pixels = vec![255u8; width * height];
    for clipped in &harness.output().shapes {
        let egui::Shape::Rect(shape) = &clipped.shape else {
            continue;
        };
        if shape.fill != theme::QR_DARK || !rect.expand(0.5).contains_rect(shape.rect) {
            continue;
        }
        let local = shape.rect.translate(-rect.min.to_vec2());
        for y in local.min.y.round() as usize..local.max.y.round() as usize {
            for x in local.min.x.round() as usize..local.max.x.round() as usize {
                if x < width && y < height {
                    pixels[y * width + x] = 0;
                }
            }
        }
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code at `{label}`");
    grids[0].decode().expect("a readable QR code").1
}

#[test]
fn the_qr_code_holds_only_the_visitors_own_text_and_goes_with_the_visit() {
    let (mut harness, clock) = kiosk_app(None, [1080.0, 1920.0]);
    click(&mut harness, "Touch anywhere to start");
    answer_everything_strongly(&mut harness);
    let label = "QR code with your own questions, as text";
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    let text = read_qr(&harness, label);
    let decision = harness
        .state()
        .pack()
        .decision
        .clone()
        .expect("a decision aid");
    let expected = summary_text(
        &Catalogue::english(),
        &decision,
        &harness.state().visit().decision.answers,
    )
    .expect("a summary");
    assert_eq!(text, expected);
    assert!(text.chars().count() <= MAX_SUMMARY_CHARS, "{text}");
    assert!(text.starts_with("What mattered to me: "), "{text}");
    assert!(text.contains("Questions to ask:"), "{text}");
    assert!(
        !text.contains("http") && !text.contains("www."),
        "no address: {text}"
    );
    // The screen shows what the code holds, and says it holds only that.
    harness.get_by_label_contains("It holds only the text below");
    // Nobody touches the screen: "Still reading?", then the visit ends.
    clock.advance(91.0);
    harness.step();
    harness.run_ok();
    clock.advance(16.0);
    harness.step();
    harness.run_ok();
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Attract)
    );
    assert_eq!(harness.state().visit(), &VisitState::default());
    assert!(harness.query_by_label(label).is_none());
    // The next visitor finds the questions at their start, and no code.
    click(&mut harness, "Touch anywhere to start");
    click(&mut harness, "Open: Which fits me?");
    harness.get_by_label("Begin the questions");
    assert!(harness.query_by_label(label).is_none());
}

/// Web addresses the app asked the browser to open.
static OPENED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// An HTML document's tags close in order (void elements aside), and every
/// `&` starts an entity: the handout parses.
fn assert_well_formed(html: &str) {
    const VOID: [&str; 4] = ["meta", "br", "hr", "img"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("a tag ends") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if let Some(closing) = tag.strip_prefix('/') {
            let _ = closing;
            assert_eq!(
                open.pop().as_deref(),
                Some(name.as_str()),
                "closing </{name}>"
            );
        } else if !VOID.contains(&name.as_str()) {
            open.push(name.clone());
        }
        if name == "style" && !tag.starts_with('/') {
            let close = rest.find("</style>").expect("style ends");
            rest = &rest[close..];
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
    for (i, _) in html.match_indices('&') {
        let entity = &html[i..html.len().min(i + 6)];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "a bare & at {entity}"
        );
    }
}

#[test]
fn a_handout_is_saved_with_the_chosen_pages_sources_dates_and_language() {
    let documents =
        std::env::temp_dir().join(format!("therapy-explorer-handout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&documents);
    std::fs::create_dir_all(&documents).unwrap();
    let options = Options {
        documents: Some(documents.clone()),
        today: Some(TODAY),
        browser: Browser(|url| OPENED.lock().unwrap().push(url.to_owned())),
        ..Options::default()
    };
    let mut harness = common::build(options, [1280.0, 800.0]);
    answer_everything_strongly(&mut harness);
    click(&mut harness, "Save a handout: choose what to put in it");
    assert_eq!(harness.state().visit().route, Route::Handout);
    let pack = harness.state().pack().clone();
    let page = pack.page("combining").expect("a page").clone();
    click(&mut harness, &format!("Put in the handout: {}", page.title));
    click(&mut harness, "Save the handout in your Documents folder");
    let saved = harness.state().visit().handout.saved.clone();
    let path = saved.expect("saved").expect("written");
    assert_eq!(path, documents.join("therapy-handout-2026-12-01.html"));
    harness.get_by_label(&format!("Saved: {}", path.display()));
    let html = std::fs::read_to_string(&path).unwrap();
    assert_well_formed(&html);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\">"),
        "{html}"
    );
    assert!(html.contains("<h1>Your handout</h1>"));
    assert!(html.contains("@media print"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("src="), "nothing from outside");
    // The page the reader chose, under its title.
    let escape = therapy_explorer::handout::escape;
    assert!(html.contains(&format!("<h2>{}</h2>", escape(&page.title))));
    // The "Which fits me?" result, with its questions to ask.
    let decision = pack.decision.clone().expect("a decision aid");
    let reflection =
        content::decision::reflect(&decision, &harness.state().visit().decision.answers);
    assert!(!reflection.asks.is_empty());
    for ask in &reflection.asks {
        assert!(html.contains(&format!("<li>{}</li>", escape(ask))), "{ask}");
    }
    // The sources of both, and the pack's dates.
    let mut cited: Vec<String> = pack
        .items_of(content::ItemKind::Page)
        .iter()
        .find(|i| i.id == page.id)
        .map(|i| i.used_sources())
        .unwrap_or_default();
    cited.extend(reflection.priorities.iter().flat_map(|q| q.sources.clone()));
    assert!(!cited.is_empty());
    for id in &cited {
        let source = pack.source(id).expect("a source");
        assert!(html.contains(&escape(&source.citation())), "{id}");
    }
    let info = &pack.info;
    for date in [&info.published, &info.last_reviewed, &info.next_review] {
        assert!(html.contains(date.as_str()), "{date}");
    }
    // The crisis contacts are on paper too.
    assert!(html.contains("988"));
    // "Open it" hands the file to the reader's browser.
    click(&mut harness, "Open the handout in your browser");
    let opened = OPENED.lock().unwrap().clone();
    assert_eq!(opened, [therapy_explorer::handout::file_url(&path)]);
    // Saving again never overwrites.
    click(&mut harness, "Save the handout in your Documents folder");
    let again = harness
        .state()
        .visit()
        .handout
        .saved
        .clone()
        .unwrap()
        .unwrap();
    assert_eq!(again, documents.join("therapy-handout-2026-12-01-2.html"));
    // KEEP_HANDOUT=1 keeps the file, to look at it in a browser.
    if std::env::var_os("KEEP_HANDOUT").is_none() {
        let _ = std::fs::remove_dir_all(&documents);
    }
}

/// Press A+ until the text is at 200 %.
fn text_to_200(harness: &mut Harness<'_, TherapyApp>) {
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.001);
}

#[test]
fn a_long_name_and_the_timetable_fit_at_200_percent_on_a_portrait_screen() {
    // 800 × 1280 pixels at 200 %: 400 × 640 points.
    let (mut harness, _) = clinic_app(TODAY, [800.0, 1280.0]);
    text_to_200(&mut harness);
    harness.set_size(egui::vec2(400.0, 640.0));
    harness.run();
    for path in [vec![], vec!["Open: At this clinic"]] {
        // Home is folded into the Menu at this size, and not offered on Home.
        if harness.state().visit().route != therapy_explorer::state::Route::Home {
            common::click_in_bars(&mut harness, "Home");
        }
        for label in &path {
            click(&mut harness, label);
        }
        for _ in 0..30 {
            common::fit::assert_fits(&harness, 400.0, &format!("{path:?}"));
            common::wheel(&mut harness, egui::pos2(200.0, 300.0), -250.0);
        }
    }
    // The attract screen of a portrait kiosk, with the long name.
    let (kiosk, _) = kiosk_app(Some(example_pack()), [800.0, 1280.0]);
    let name = kiosk.get_by_label(&format!("Offered by {NAME}")).rect();
    assert!(name.left() >= 0.0 && name.right() <= 800.0, "{name:?}");
    let title = kiosk.get_by_label("Touch anywhere to start").rect();
    assert!(
        title.contains_rect(name),
        "the name is on the attract screen"
    );
}

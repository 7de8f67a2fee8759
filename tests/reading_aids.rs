//! Easy Read, the paired stories, and the opening of "Which fits me?" (issue
//! 19), used the way a person would: by pressing what they see, and
//! checking what a screen reader can find.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use therapy_explorer::content::decision::fill_in;
use therapy_explorer::content::{EasyScreenKind, Format, Pack};
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock};
use therapy_explorer::settings::Settings;
use therapy_explorer::state::{BenefitFilter, Route};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{app, assert_same_as_fresh, click};

const TOGGLE: &str = "Easy Read: short sentences with pictures";

fn pack(harness: &Harness<'_, TherapyApp>) -> Pack {
    harness.state().pack().clone()
}

/// The lines of one Easy Read text.
fn easy_lines(pack: &Pack, which: EasyScreenKind) -> Vec<String> {
    let screen = pack
        .easy_read
        .as_ref()
        .expect("the default pack has Easy Read")
        .screen(which)
        .expect("an Easy Read text for each screen");
    screen.lines.iter().map(|l| l.text.clone()).collect()
}

/// How many lines of one Easy Read text have a picture.
fn pictured(pack: &Pack, which: EasyScreenKind) -> usize {
    let screen = pack.easy_read.as_ref().and_then(|e| e.screen(which));
    screen.map_or(0, |s| {
        s.lines.iter().filter(|l| l.picture.is_some()).count()
    })
}

/// The pictures on screen: image nodes, hidden from screen readers (the
/// sentence beside each says what it shows).
fn pictures(harness: &Harness<'_, TherapyApp>) -> usize {
    let images: Vec<_> = harness.query_all(By::new().role(Role::Image)).collect();
    for image in &images {
        assert!(image.accesskit_node().is_hidden(), "{image:?}");
    }
    images.len()
}

fn shows(harness: &Harness<'_, TherapyApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

fn assert_shows_all(harness: &Harness<'_, TherapyApp>, lines: &[String], screen: &str) {
    for line in lines {
        assert!(shows(harness, line), "{screen}: `{line}` is not shown");
    }
}

fn assert_shows_none(harness: &Harness<'_, TherapyApp>, lines: &[String], screen: &str) {
    for line in lines {
        assert!(!shows(harness, line), "{screen}: `{line}` is still shown");
    }
}

fn toggle_state(harness: &Harness<'_, TherapyApp>) -> Option<Toggled> {
    harness.get_by_label(TOGGLE).accesskit_node().toggled()
}

#[test]
fn the_toggle_shows_easy_read_with_pictures_on_each_screen_and_back() {
    let mut harness = app([1280.0, 800.0]);
    let pack = pack(&harness);
    assert_eq!(toggle_state(&harness), Some(Toggled::False));
    assert_eq!(pictures(&harness), 0);

    // Home: the Easy Read welcome instead of the tagline.
    let home = easy_lines(&pack, EasyScreenKind::Home);
    assert_shows_none(&harness, &home, "Home");
    click(&mut harness, TOGGLE);
    assert!(harness.state().settings().easy_read);
    assert_eq!(toggle_state(&harness), Some(Toggled::True));
    assert_shows_all(&harness, &home, "Home");
    assert!(!shows(&harness, &pack.info.tagline));
    // Its lines' pictures, and one beside each door's and the decision
    // card's first Easy Read line.
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Home) + 3);
    assert!(shows(
        &harness,
        "Pictures: OpenMoji, CC BY-SA 4.0. More on the Sources page."
    ));

    // A door opens its format's Easy Read text, and only that one.
    click(&mut harness, "Open: One-to-one therapy");
    assert_eq!(
        harness.state().visit().benefit_filter,
        BenefitFilter::Only(Format::Individual)
    );
    let individual = easy_lines(&pack, EasyScreenKind::Individual);
    let group = easy_lines(&pack, EasyScreenKind::Group);
    assert_shows_all(&harness, &individual, "One-to-one");
    assert!(!shows(&harness, &group[1]));
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Individual));
    assert!(shows(
        &harness,
        "The rest of this page is not in Easy Read."
    ));
    click(&mut harness, "Home");
    click(&mut harness, "Open: Group therapy");
    assert_shows_all(&harness, &group, "Group");
    assert!(!shows(&harness, &individual[1]));
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Group));

    // Compare.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Compare side by side");
    let compare = easy_lines(&pack, EasyScreenKind::Compare);
    assert_shows_all(&harness, &compare, "Compare");
    assert!(!shows(&harness, &pack.comparison.intro));
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Compare));

    // "Which fits me?": its Easy Read introduction, and it can begin.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Which fits me?");
    let decide = easy_lines(&pack, EasyScreenKind::Decide);
    assert_shows_all(&harness, &decide, "Which fits me?");
    let decision = pack.decision.as_ref().expect("decision");
    assert!(!shows(&harness, &decision.intro));
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Decide));
    harness.get_by_label("Begin the questions");

    // "Need help now?": Easy Read lines, and the contacts as the pack has them.
    click(&mut harness, "Need help now? Show crisis contacts");
    let help = easy_lines(&pack, EasyScreenKind::Help);
    assert_shows_all(&harness, &help, "Need help now?");
    assert!(!shows(&harness, &pack.info.crisis_intro));
    for contact in &pack.info.crisis_contacts {
        for text in [&contact.how, &contact.name, &contact.when] {
            assert!(shows(&harness, text), "contact text `{text}`");
        }
    }
    assert!(pictures(&harness) >= pictured(&pack, EasyScreenKind::Help));
    click(&mut harness, "Close: Need help now?");

    // And back: every screen shows its usual words, and no pictures.
    click(&mut harness, TOGGLE);
    assert!(!harness.state().settings().easy_read);
    assert_eq!(toggle_state(&harness), Some(Toggled::False));
    assert_shows_none(&harness, &decide, "Which fits me?");
    assert!(shows(&harness, &decision.intro));
    assert_eq!(pictures(&harness), 0);
    click(&mut harness, "Need help now? Show crisis contacts");
    assert!(shows(&harness, &pack.info.crisis_intro));
    assert_shows_none(&harness, &help[..1], "Need help now?");
    click(&mut harness, "Close: Need help now?");
    click(&mut harness, "Home");
    assert_shows_none(&harness, &home, "Home");
    assert!(shows(&harness, &pack.info.tagline));
    click(&mut harness, "Open: Compare side by side");
    assert_shows_none(&harness, &compare, "Compare");
    assert_eq!(pictures(&harness), 0);
    assert!(!shows(
        &harness,
        "The rest of this page is not in Easy Read."
    ));
}

#[test]
fn a_pack_without_easy_read_has_no_toggle() {
    let dir = common::copy_of_default_pack("no-easy-read");
    std::fs::remove_file(dir.join("easy-read.ron")).expect("remove");
    for lang in std::fs::read_dir(dir.join("translations")).expect("translations") {
        let _ = std::fs::remove_file(lang.expect("entry").path().join("easy-read.ron"));
    }
    let options = Options {
        content_dir: Some(dir.clone()),
        ..common::home_options()
    };
    let mut harness = common::build(options, [1280.0, 800.0]);
    assert!(harness.state().pack().easy_read.is_none());
    assert!(harness.query_by_label(TOGGLE).is_none());
    click(&mut harness, "Open: Sources");
    assert!(harness.query_by_label("Pictures").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

fn kiosk(clock: &MockClock) -> Harness<'static, TherapyApp> {
    let options = Options {
        kiosk: Some(KioskConfig::default()),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    common::build(options, [1920.0, 1080.0])
}

#[test]
fn the_kiosk_reset_turns_easy_read_off() {
    let clock = MockClock::default();
    let mut harness = kiosk(&clock);
    let fresh = kiosk(&MockClock::default());
    click(&mut harness, "Touch anywhere to start");
    click(&mut harness, TOGGLE);
    assert!(harness.state().settings().easy_read);
    assert!(pictures(&harness) > 0);
    click(&mut harness, "Open: Compare side by side");
    click(&mut harness, "Start over: forget this visit");
    assert_eq!(harness.state().settings(), &Settings::default());
    assert_eq!(toggle_state(&harness), Some(Toggled::False));
    assert_eq!(pictures(&harness), 0);

    // Left alone, the visit ends as if the app had just started.
    click(&mut harness, TOGGLE);
    assert!(harness.state().settings().easy_read);
    clock.advance(200.0);
    harness.step();
    harness.run_ok();
    assert_same_as_fresh(&harness, &fresh);
}

/// The made-up people of every situation.
fn story_names(pack: &Pack) -> Vec<(String, String)> {
    pack.stories
        .situations
        .iter()
        .map(|s| (s.individual.name.clone(), s.group.name.clone()))
        .collect()
}

/// Each situation's two stories are both shown, each a group whose name
/// says it is made up; side by side they are the same size.
fn assert_pairs(harness: &Harness<'_, TherapyApp>, screen: &str, side_by_side: bool) {
    let pack = pack(harness);
    assert!(!pack.stories.situations.is_empty());
    for situation in &pack.stories.situations {
        harness.get_by_label(&situation.title);
        let mut rects = Vec::new();
        for format in Format::ALL {
            let story = situation.story(format);
            let spoken = format!(
                "{}: {}, {}",
                pack.stories.label,
                story.name,
                pack.info.format(format).name
            );
            let group = harness.get_by_label(&spoken);
            assert_eq!(group.accesskit_node().role(), Role::Group, "{screen}");
            for text in [&story.name, &story.text, &story.helped, &story.hard] {
                assert!(shows(harness, text), "{screen}: `{text}`");
            }
            rects.push(group.rect());
        }
        let (one, other) = (rects[0], rects[1]);
        if side_by_side {
            assert!(
                (one.width() - other.width()).abs() < 1.0,
                "{screen}: {rects:?}"
            );
            assert!(
                (one.height() - other.height()).abs() < 2.0,
                "{screen}: {rects:?}"
            );
            assert!((one.top() - other.top()).abs() < 1.0, "{screen}: {rects:?}");
        } else {
            assert!(
                (one.left() - other.left()).abs() < 1.0,
                "{screen}: {rects:?}"
            );
            assert!(other.top() >= one.bottom(), "{screen}: {rects:?}");
        }
    }
    let labels = harness.query_all_by_label(&pack.stories.label).count();
    assert_eq!(labels, 2 * pack.stories.situations.len(), "{screen}");
}

#[test]
fn stories_come_in_pairs_on_compare_and_the_format_pages_never_on_the_result() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Compare side by side");
    assert_pairs(&harness, "Compare", true);
    click(&mut harness, "Home");
    click(&mut harness, "Open: Strengths and trade-offs");
    assert_pairs(&harness, "Benefits", true);
    // A door shows one format's cards, and still both stories of each pair.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Group therapy");
    assert_pairs(&harness, "Group therapy", true);
    click(&mut harness, "Home");
    click(&mut harness, "Open: One-to-one therapy");
    assert_pairs(&harness, "One-to-one therapy", true);

    // Neither on the opening nor on the result of "Which fits me?".
    let names = story_names(&pack(&harness));
    click(&mut harness, "Home");
    click(&mut harness, "Open: Which fits me?");
    click(&mut harness, "Begin the questions");
    let decision = pack(&harness).decision.expect("decision");
    let questions = decision.questions.len();
    for _ in 0..questions {
        click(&mut harness, &decision.wording.skip_spoken);
    }
    assert_eq!(harness.state().visit().decision.step, questions + 1);
    for (one, other) in &names {
        assert!(!shows(&harness, one) && !shows(&harness, other));
    }
    assert_eq!(
        harness
            .query_all_by_label(&pack(&harness).stories.label)
            .count(),
        0
    );
}

#[test]
fn stories_stack_on_a_narrow_window() {
    let mut harness = app([520.0, 900.0]);
    click(&mut harness, "Open: Compare side by side");
    assert_pairs(&harness, "Compare (narrow)", false);
}

#[test]
fn the_opening_of_which_fits_me_shows_situation_options_and_evidence() {
    let mut harness = app([1280.0, 800.0]);
    let pack = pack(&harness);
    let decision = pack.decision.clone().expect("decision");
    click(&mut harness, "Open: Which fits me?");
    for (heading, text) in [
        ("Who this is for", &decision.situation),
        ("The choice", &decision.decision),
    ] {
        let node = harness.get_by_label(heading);
        assert_eq!(node.accesskit_node().role(), Role::Heading);
        harness.get_by_label(text);
    }
    harness.get_by_label("The options");
    assert_eq!(decision.options.len(), 4);
    assert!(decision.options.iter().any(|o| o.id == "not-now"));
    for option in &decision.options {
        let name = harness.get_by_label(&option.name);
        assert_eq!(name.accesskit_node().role(), Role::Heading);
        harness.get_by_label(&option.like);
    }
    harness.get_by_label("How sure is the research?");
    assert!(!decision.evidence.is_empty());
    for evidence in &decision.evidence {
        harness.get_by_label(&evidence.claim);
        harness.get_by_label(&evidence.certainty);
        for id in &evidence.sources {
            let citation = pack.source(id).expect("source").citation();
            let link = format!("Source: {citation}");
            assert!(harness.query_all_by_label(&link).next().is_some(), "{link}");
        }
    }
    // A note's source opens on Sources.
    let first = &decision.evidence[0].sources[0];
    let citation = pack.source(first).expect("source").citation();
    click(&mut harness, &format!("Source: {citation}"));
    assert_eq!(
        harness.state().visit().route,
        Route::Sources {
            focus: Some(first.clone())
        }
    );
    // The questions start at the top, however far the opening was scrolled.
    harness.key_press(egui::Key::Escape);
    click(&mut harness, "Back");
    click(&mut harness, "Begin the questions");
    let total = decision.questions.len().to_string();
    let first_question = fill_in(
        &decision.wording.progress,
        &[("{n}", "1"), ("{total}", &total)],
    );
    let question = harness.get_by_label(&first_question);
    assert!(question.rect().top() < 200.0, "{:?}", question.rect());
}

#[test]
fn sources_show_who_reviewed_the_pack_with_the_dates_and_credit_the_pictures() {
    let mut harness = app([1280.0, 800.0]);
    let pack = pack(&harness);
    click(&mut harness, "Open: Sources");
    let title = harness.get_by_label("Clinical review");
    assert_eq!(title.accesskit_node().role(), Role::Heading);
    assert!(!pack.info.reviewed_by.is_empty());
    harness.get_by_label(&pack.info.reviewed_by);
    // The review date, written out in the reader's language.
    let reviewed = harness.state().catalogue().date(&pack.info.last_reviewed);
    let dates = harness
        .query_all(By::new().label_contains(&reviewed))
        .count();
    assert!(dates > 0);
    harness.get_by_label("Pictures");
    harness.get_by_label(therapy_explorer::pictures::CREDIT);
    click(&mut harness, "Website link: https://openmoji.org");
    harness.get_by_role_and_label(Role::Heading, "Open a website?");
}

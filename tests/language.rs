//! More than one language: the switch at home and on the kiosk, every
//! screen and window in Spanish with no English word left over, the kiosk
//! back to its default language after a visit, the language in the
//! accessibility tree, Spanish search, and items shown in the default
//! language for want of a translation, marked.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use egui::Pos2;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::i18n::{self, Catalogue};
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::settings::SettingsStore;
use therapy_explorer::state::Route;
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{
    app, assert_same_as_fresh, build, click, copy_of_default_pack, home_options, main_screens_in,
    press, type_text, wheel,
};

const PIN: &str = "5081";

/// Interface words that are English: the English catalogue's words that
/// differ from the Spanish ones, whole (no placeholders) or as the fixed
/// words before or after a placeholder ("Open: …", "… (website)").
struct EnglishWords {
    whole: BTreeSet<String>,
    starts: BTreeSet<String>,
    ends: BTreeSet<String>,
}

impl EnglishWords {
    fn new() -> Self {
        let en = Catalogue::english();
        let es = Catalogue::new("es-US");
        let mut words = Self {
            whole: BTreeSet::new(),
            starts: BTreeSet::new(),
            ends: BTreeSet::new(),
        };
        const MARK: &str = "\u{1}";
        let worth = |s: &str| s.trim().chars().filter(|c| c.is_alphabetic()).count() >= 3;
        for source in i18n::built_in().filter(|s| s.language == i18n::FALLBACK) {
            for (key, info) in i18n::parse_ftl(&source.text).messages {
                if info.placeholders.is_empty() {
                    let (english, spanish) = (en.tr(&key), es.tr(&key));
                    if english != spanish {
                        words.whole.insert(english);
                    }
                    continue;
                }
                let args: Vec<(&str, i18n::Arg<'_>)> = info
                    .placeholders
                    .iter()
                    .map(|p| (p.as_str(), MARK.into()))
                    .collect();
                let (english, spanish) = (en.tr_args(&key, &args), es.tr_args(&key, &args));
                let start = |s: &str| s.split(MARK).next().unwrap_or_default().to_owned();
                let end = |s: &str| s.rsplit(MARK).next().unwrap_or_default().to_owned();
                if worth(&start(&english)) && start(&english) != start(&spanish) {
                    words.starts.insert(start(&english));
                }
                if worth(&end(&english)) && end(&english) != end(&spanish) {
                    words.ends.insert(end(&english));
                }
            }
        }
        words
    }

    /// Whether `text` is, or is built around, English interface words.
    fn found_in(&self, text: &str) -> bool {
        self.whole.contains(text)
            || self.starts.iter().any(|s| text.starts_with(s.as_str()))
            || self.ends.iter().any(|e| text.ends_with(e.as_str()))
    }
}

/// Every name and value in the accessibility tree, except those marked as
/// in another language (the switch's "English").
fn spanish_texts(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    harness
        .get_all_by(|n| n.data().language().is_none_or(|l| l.starts_with("es")))
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !t.is_empty())
        .collect()
}

/// Fail on any interface word still in English where the reader is now.
fn assert_no_english(harness: &Harness<'_, TherapyApp>, english: &EnglishWords, place: &str) {
    let left: Vec<String> = spanish_texts(harness)
        .into_iter()
        .filter(|t| english.found_in(t))
        .collect();
    assert!(left.is_empty(), "on {place}, English words: {left:#?}");
}

/// The language the accessibility tree says the app is in.
fn tree_language(harness: &Harness<'_, TherapyApp>) -> Option<String> {
    harness
        .root()
        .accesskit_node()
        .data()
        .language()
        .map(str::to_owned)
}

fn spanish() -> Catalogue {
    Catalogue::new("es-US")
}

#[test]
fn every_screen_and_window_is_in_spanish_after_the_switch_on_home() {
    let english = EnglishWords::new();
    let mut harness = app([1280.0, 800.0]);
    assert_eq!(tree_language(&harness).as_deref(), Some("en-US"));
    // The check sees English when there is English to see.
    let seen: Vec<String> = spanish_texts(&harness)
        .into_iter()
        .filter(|t| english.found_in(t))
        .collect();
    for expected in [
        "Home",
        "Open: Compare side by side",
        "Need help now? Show crisis contacts",
    ] {
        assert!(seen.iter().any(|t| t == expected), "{expected}: {seen:#?}");
    }
    // The switch names each language in itself, and says which language
    // that name is in.
    let espanol = harness.get_by_label("Español");
    assert_eq!(espanol.accesskit_node().data().language(), Some("es-US"));
    click(&mut harness, "Español");
    assert_eq!(
        harness.state().visit().route,
        Route::Home,
        "the same screen"
    );
    assert_eq!(tree_language(&harness).as_deref(), Some("es-US"));
    assert_eq!(harness.state().pack().info.language, "es-US");
    let es = spanish();
    let pack = harness.state().pack().clone();
    harness.get_by_role_and_label(Role::Heading, &pack.info.title);
    for (path, screen) in main_screens_in(&pack, &es) {
        click(&mut harness, &es.tr("chrome-home"));
        for label in &path {
            click(&mut harness, label);
        }
        assert_no_english(&harness, &english, screen);
        // Grids show some cards at a time, and long pages are long: look
        // further down too.
        wheel(&mut harness, Pos2::new(640.0, 400.0), -2000.0);
        assert_no_english(&harness, &english, screen);
    }
    // "Which fits me?": a question, then the result.
    let wording = &pack.decision.as_ref().expect("decision").wording;
    click(&mut harness, &es.tr("chrome-home"));
    let decide = pack.decision.as_ref().expect("decision").title.clone();
    click(
        &mut harness,
        &es.tr_args("home-open-spoken", &[("title", decide.as_str().into())]),
    );
    click(&mut harness, &wording.begin_spoken);
    assert_no_english(&harness, &english, "a question");
    while harness.query_by_label(&wording.skip_spoken).is_some() {
        click(&mut harness, &wording.skip_spoken);
    }
    assert_no_english(&harness, &english, "the result");
    // Search, with results.
    click(&mut harness, &es.tr("chrome-search-spoken"));
    type_text(&mut harness, "privacidad");
    assert_no_english(&harness, &english, "search results");
    // Every window.
    for (open, window) in [
        (es.tr("chrome-help-spoken"), es.tr("chrome-help-title")),
        (es.tr("chrome-about-spoken"), es.tr("about-title")),
        (es.tr("chrome-colours-spoken"), es.tr("settings-title")),
        (es.tr("chrome-keys-spoken"), es.tr("shortcuts-title")),
    ] {
        click(&mut harness, &open);
        harness.get_by_role_and_label(Role::Heading, &window);
        assert_no_english(&harness, &english, &window);
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    // The note before a website opens.
    click(&mut harness, &es.tr("chrome-home"));
    click(
        &mut harness,
        &es.tr_args(
            "home-open-spoken",
            &[("title", es.tr("home-section-sources").as_str().into())],
        ),
    );
    let url = pack
        .sources
        .sources
        .iter()
        .find_map(|s| s.url.clone())
        .expect("a source with a website");
    click(
        &mut harness,
        &es.tr_args("sources-website-spoken", &[("url", url.as_str().into())]),
    );
    harness.get_by_role_and_label(Role::Heading, &es.tr("chrome-website-title"));
    assert_no_english(&harness, &english, "the website note");
}

#[test]
fn the_crisis_window_gives_the_spanish_988_instructions() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Español");
    let es = spanish();
    click(&mut harness, &es.tr("chrome-help-spoken"));
    harness.get_by_role_and_label(Role::Heading, "¿Necesita ayuda ahora?");
    let texts = spanish_texts(&harness);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("AYUDA") && t.contains("988") && t.contains("oprima el 2")),
        "{texts:#?}"
    );
    // The button reads exactly as the pack's Spanish words name it.
    harness.get_by_label("¿Necesita ayuda ahora? Ver los contactos de crisis");
}

#[test]
fn switching_in_text_and_colours_keeps_the_screen_and_is_remembered() {
    let dir = std::env::temp_dir().join(format!("te-language-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = SettingsStore::at(dir.join("settings.ron"));
    let options = || Options {
        settings: store.clone(),
        ..home_options()
    };
    let mut harness = build(options(), [1280.0, 800.0]);
    click(&mut harness, "Open: Compare side by side");
    click(&mut harness, "Colours and text size");
    harness.get_by_role_and_label(Role::Heading, "Language");
    click(&mut harness, "Español");
    // Same screen, same window, now in Spanish.
    assert!(matches!(
        harness.state().visit().route,
        Route::Compare { .. }
    ));
    harness.get_by_role_and_label(Role::Heading, "Idioma");
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Comparar lado a lado");
    drop(harness);
    // The next start remembers it…
    let mut harness = build(options(), [1280.0, 800.0]);
    assert_eq!(harness.state().pack().info.language, "es-US");
    harness.get_by_label("Inicio");
    // …and the choice back, too.
    click(&mut harness, "English");
    drop(harness);
    let harness = build(options(), [1280.0, 800.0]);
    assert_eq!(harness.state().pack().info.language, "en-US");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_first_start_follows_the_system_language_when_the_pack_has_it() {
    let with_locale = |locale: &str| Options {
        system_locale: Some(locale.to_owned()),
        ..home_options()
    };
    let harness = build(with_locale("es-MX"), [1280.0, 800.0]);
    assert_eq!(harness.state().pack().info.language, "es-US");
    harness.get_by_label("Inicio");
    // A language the pack does not have: its default.
    let harness = build(with_locale("fr-FR"), [1280.0, 800.0]);
    assert_eq!(harness.state().pack().info.language, "en-US");
    // A kiosk starts every visit in the pack's default language.
    let harness = build(
        Options {
            kiosk: Some(KioskConfig::default()),
            ..with_locale("es-MX")
        },
        [1920.0, 1080.0],
    );
    assert_eq!(harness.state().pack().info.language, "en-US");
}

#[test]
fn spanish_search_finds_words_without_accents_and_lands_on_them() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Español");
    let es = spanish();
    click(&mut harness, &es.tr("chrome-search-spoken"));
    type_text(&mut harness, "privacidad");
    // The comparison's privacy row comes first, and opens at its place.
    let pack = harness.state().pack().clone();
    let privacy = pack.row("privacy").expect("privacy row").question.clone();
    let first = es.tr_args(
        "search-open-comparison-spoken",
        &[("title", privacy.as_str().into())],
    );
    let results: Vec<String> = harness
        .get_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Abrir "))
        .collect();
    assert_eq!(results.first(), Some(&first), "{results:#?}");
    click(&mut harness, &first);
    assert_eq!(
        harness.state().visit().route,
        Route::Compare {
            row: Some("privacy".into())
        }
    );
    // "grupo" finds the guide to a first group session.
    click(&mut harness, &es.tr("chrome-search-spoken"));
    harness.event(egui::Event::Key {
        key: egui::Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.run();
    type_text(&mut harness, "grupo");
    let page = pack
        .page("first-group-session")
        .expect("page")
        .title
        .clone();
    harness.get_by_label(&es.tr_args(
        "search-open-page-spoken",
        &[("title", page.as_str().into())],
    ));
}

#[test]
fn psicologo_finds_psicologo_in_the_app() {
    // The built-in Spanish pack names psychologists only in source notes,
    // which search does not read: give a page the word.
    let dir = copy_of_default_pack("psicologo");
    let faq = dir.join("translations/es-US/pages/faq.md");
    let mut text = std::fs::read_to_string(&faq).expect("faq");
    text.push_str("\n\nUn psicólogo o una psicóloga también puede dirigir un grupo.\n");
    std::fs::write(&faq, text).expect("write faq");
    let mut harness = build(
        Options {
            content_dir: Some(dir.clone()),
            ..home_options()
        },
        [1280.0, 800.0],
    );
    click(&mut harness, "Español");
    let es = spanish();
    click(&mut harness, &es.tr("chrome-search-spoken"));
    type_text(&mut harness, "psicologo");
    let title = harness
        .state()
        .pack()
        .page("faq")
        .expect("faq")
        .title
        .clone();
    let result = es.tr_args(
        "search-open-page-spoken",
        &[("title", title.as_str().into())],
    );
    click(&mut harness, &result);
    assert_eq!(harness.state().visit().route, Route::Page("faq".into()));
    assert!(
        harness
            .state()
            .visit()
            .highlight
            .iter()
            .any(|w| w.starts_with("psicolog")),
        "{:?}",
        harness.state().visit().highlight
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn what_is_not_translated_is_shown_in_the_default_language_marked() {
    let dir = copy_of_default_pack("fallback");
    let es = dir.join("translations/es-US");
    std::fs::remove_file(es.join("approaches.ron")).expect("remove approaches.ron");
    std::fs::remove_file(es.join("decision.ron")).expect("remove decision.ron");
    let mut harness = build(
        Options {
            content_dir: Some(dir.clone()),
            ..home_options()
        },
        [1280.0, 800.0],
    );
    click(&mut harness, "Español");
    let words = spanish();
    click(
        &mut harness,
        &words.tr_args(
            "home-open-spoken",
            &[("title", words.tr("home-section-approaches").as_str().into())],
        ),
    );
    let notes = harness.get_all_by_label("(en inglés)").count();
    let approaches = harness.state().pack().approaches.approaches.len();
    assert_eq!(notes, approaches.min(48), "each approach card is marked");
    let cbt = harness
        .state()
        .pack()
        .approach("cbt")
        .expect("cbt")
        .title
        .clone();
    click(
        &mut harness,
        &words.tr_args("approaches-open-spoken", &[("title", cbt.as_str().into())]),
    );
    harness.get_by_label("(en inglés)");
    // "Which fits me?" comes in English, marked as such.
    click(&mut harness, &words.tr("chrome-home"));
    let decide = harness.state().pack().decision.clone().expect("decision");
    click(
        &mut harness,
        &words.tr_args(
            "home-open-spoken",
            &[("title", decide.title.as_str().into())],
        ),
    );
    harness.get_by_role_and_label(Role::Heading, "Which fits me?");
    harness.get_by_label("(en inglés)");
    // The cards were translated: no mark there.
    click(&mut harness, &words.tr("chrome-home"));
    click(
        &mut harness,
        &words.tr_args(
            "home-open-spoken",
            &[("title", words.tr("home-section-benefits").as_str().into())],
        ),
    );
    assert!(harness.query_by_label("(en inglés)").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

fn kiosk(size: [f32; 2]) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(KioskConfig {
            staff_pin: Some(PIN.to_owned()),
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        ..Options::default()
    };
    (build(options, size), clock)
}

fn phase(harness: &Harness<'_, TherapyApp>) -> Option<Phase> {
    harness.state().kiosk().map(|k| k.phase)
}

#[test]
fn the_kiosk_starts_in_either_language_and_returns_to_english_after_a_visit() {
    let english = EnglishWords::new();
    let (mut harness, clock) = kiosk([1920.0, 1080.0]);
    // The start screen offers both, each in its own language.
    let touch = harness.get_by_label("Touch to start in English");
    assert_eq!(touch.accesskit_node().data().language(), Some("en-US"));
    let toque = harness.get_by_label("Toque para empezar en español");
    assert_eq!(toque.accesskit_node().data().language(), Some("es-US"));
    // Crisis help in both languages, each read in its own voice.
    let ayuda = harness.get_by_label_contains("¿Necesita ayuda ahora?");
    let node = ayuda.accesskit_node();
    let said = node.label().or_else(|| node.value()).unwrap_or_default();
    assert!(said.contains("AYUDA"), "{said}");
    assert_eq!(ayuda.accesskit_node().data().language(), Some("es-US"));
    harness.get_by_label_contains("Call or text 988");
    click(&mut harness, "Toque para empezar en español");
    assert_eq!(phase(&harness), Some(Phase::Active));
    assert_eq!(tree_language(&harness).as_deref(), Some("es-US"));
    let es = spanish();
    assert_no_english(&harness, &english, "the kiosk's Home");
    // Topics instead of typing, in Spanish, from the Spanish pack.
    click(&mut harness, &es.tr("chrome-topics-spoken"));
    let topic = harness.state().pack().info.topics[0].clone();
    assert_eq!(topic, "Privacidad");
    click(
        &mut harness,
        &es.tr_args("search-topic-spoken", &[("topic", topic.as_str().into())]),
    );
    assert_no_english(&harness, &english, "the kiosk's topics");
    // The staff PIN pad.
    let corner = Pos2::new(12.0, 12.0);
    for _ in 0..5 {
        for pressed in [true, false] {
            harness.event(press(corner, pressed));
        }
        harness.step();
        clock.advance(0.3);
    }
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Solo para el personal");
    assert_no_english(&harness, &english, "the PIN pad");
    click(&mut harness, &es.tr("kiosk-pin-cancel-spoken"));
    // "Still reading?", then the visit ends.
    clock.advance(95.0);
    harness.step();
    harness.run();
    assert_eq!(phase(&harness), Some(Phase::StillReading));
    assert_no_english(&harness, &english, "Still reading?");
    clock.advance(20.0);
    harness.step();
    harness.run();
    assert_eq!(phase(&harness), Some(Phase::Attract));
    // The next visitor starts in English, as if the app had just started.
    assert_eq!(harness.state().pack().info.language, "en-US");
    assert_eq!(harness.state().catalogue().tr("chrome-home"), "Home");
    assert_eq!(tree_language(&harness).as_deref(), Some("en-US"));
    let (fresh, _) = kiosk([1920.0, 1080.0]);
    assert_same_as_fresh(&harness, &fresh);
}

#[test]
fn on_the_kiosk_the_other_language_is_one_tap_away_on_every_screen() {
    let (mut harness, _clock) = kiosk([1920.0, 1080.0]);
    click(&mut harness, "Touch to start in English");
    click(&mut harness, "Open: Compare side by side");
    click(&mut harness, "Español");
    assert!(matches!(
        harness.state().visit().route,
        Route::Compare { .. }
    ));
    harness.get_by_role_and_label(Role::Heading, "Comparar lado a lado");
    click(&mut harness, "English");
    harness.get_by_role_and_label(Role::Heading, "Compare side by side");
    // "Start over" goes back to the default language too.
    click(&mut harness, "Español");
    click(&mut harness, "Empezar de nuevo: borrar esta visita");
    assert_eq!(harness.state().pack().info.language, "en-US");
    assert_eq!(phase(&harness), Some(Phase::Active));
}

#[test]
fn the_kiosks_topic_buttons_come_from_each_languages_pack() {
    let (mut harness, _clock) = kiosk([1920.0, 1080.0]);
    click(&mut harness, "Touch to start in English");
    click(&mut harness, "Topics: find where a subject is covered");
    let english_topics = harness.state().pack().info.topics.clone();
    harness.get_by_label(&format!("Topic: {}", english_topics[0]));
    click(&mut harness, "Español");
    let spanish_topics = harness.state().pack().info.topics.clone();
    assert_ne!(english_topics, spanish_topics);
    for topic in &spanish_topics {
        harness.get_by_label(&format!("Tema: {topic}"));
    }
}

#[test]
fn check_compares_a_clinics_interface_words_with_english() {
    let dir = copy_of_default_pack("interface-words");
    let fr = dir.join("i18n/fr");
    std::fs::create_dir_all(&fr).expect("i18n folder");
    std::fs::write(
        fr.join("chrome.ftl"),
        "chrome-home = Accueil\nchrome-close-spoken = Fermer : { $fenetre }\nchrome-homme = Accueil\n",
    )
    .expect("write chrome.ftl");
    let mut out = Vec::new();
    let code = therapy_explorer::check::run(
        &therapy_explorer::content::PackFiles::Dir(dir.clone()),
        false,
        &mut out,
    );
    let out = String::from_utf8(out).expect("utf-8");
    assert_eq!(code, 1, "{out}");
    for expected in [
        "i18n/fr/chrome.ftl:2:1: error: `chrome-close-spoken` uses { $fenetre }, which the app does not give",
        "i18n/fr/chrome.ftl:2:1: warning: `chrome-close-spoken` leaves out { $window }",
        "i18n/fr/chrome.ftl:3:1: warning: `chrome-homme` is not a word the app uses",
        "i18n/fr/chrome.ftl: warning: this file leaves out",
        "i18n/fr/search.ftl: warning: there is no such file, so it leaves out",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }
    // The app reads them: French interface words where the pack has them.
    let words = therapy_explorer::i18n::pack_sources(&therapy_explorer::content::PackFiles::Dir(
        dir.clone(),
    ));
    assert_eq!(
        Catalogue::with_sources("fr-CA", &words).tr("chrome-home"),
        "Accueil"
    );
    let _ = std::fs::remove_dir_all(dir);
}

//! "Which fits me?", walked through like a person would.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::content::decision::VERDICT_PHRASES;
use therapy_explorer::state::{DecisionState, Route, VisitState};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::click;

fn app() -> Harness<'static, TherapyApp> {
    common::app([1280.0, 800.0])
}

fn begin(harness: &mut Harness<'_, TherapyApp>) {
    click(harness, "Open: Which fits me?");
    assert_eq!(harness.state().visit().route, Route::Decide);
    click(harness, "Begin the questions");
}

/// Answer every question with the given labels (`None` skips it).
fn answer_all(harness: &mut Harness<'_, TherapyApp>, answers: &[Option<&str>]) {
    let questions = harness
        .state()
        .pack()
        .decision
        .as_ref()
        .map_or(0, |d| d.questions.len());
    assert_eq!(answers.len(), questions, "one answer per question");
    for (i, answer) in answers.iter().enumerate() {
        harness.get_by_label(&format!("Question {} of {questions}", i + 1));
        match answer {
            Some(label) => click(harness, &format!("Answer: {label}")),
            None => click(harness, "Skip this question"),
        }
    }
}

/// Every piece of text on the result screen (not the text-size buttons, which show a percentage).
fn result_text(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    harness
        .get_all_by(|n| n.label().is_some() || n.value().is_some())
        .filter_map(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
        })
        .filter(|l| !l.starts_with("A+: larger text") && !l.starts_with("A−: smaller text"))
        .collect()
}

fn topics_shown(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    let decision = harness
        .state()
        .pack()
        .decision
        .clone()
        .expect("decision aid");
    decision
        .questions
        .iter()
        .filter(|q| {
            harness
                .query_by_role_and_label(Role::Heading, &q.topic)
                .is_some()
        })
        .map(|q| q.id.clone())
        .collect()
}

/// The first and last topic on the result screen can be far apart: look at all of it.
fn scroll_all(
    harness: &mut Harness<'_, TherapyApp>,
    mut each: impl FnMut(&Harness<'_, TherapyApp>),
) {
    for _ in 0..20 {
        each(harness);
        common::wheel(harness, egui::pos2(640.0, 400.0), -400.0);
    }
}

#[test]
fn a_scripted_walk_to_a_result_that_names_no_winner() {
    let mut harness = app();
    begin(&mut harness);
    // Privacy and attention matter very much; the rest a little or not at all.
    answer_all(
        &mut harness,
        &[
            Some("Very"),
            Some("Very"),
            Some("A little"),
            Some("Not important"),
            None,
            Some("Not sure"),
            Some("A bit uneasy"),
        ],
    );
    harness.get_by_role_and_label(Role::Heading, "What matters to you");

    let mut text = Vec::new();
    let mut topics = Vec::new();
    scroll_all(&mut harness, |h| {
        text.extend(result_text(h));
        topics.extend(topics_shown(h));
    });
    topics.sort();
    topics.dedup();
    // What matters most (privacy, attention), then what matters a little (pace, and
    // feeling a bit uneasy in a group); nothing for "not important", skipped or "not sure".
    assert_eq!(topics, ["attention", "group-comfort", "pace", "privacy"]);

    // Never a verdict, never a score.
    let all = text.join("\n").to_lowercase();
    for phrase in VERDICT_PHRASES {
        assert!(!all.contains(phrase), "the result says \"{phrase}\"");
    }
    for word in ["score", "points", "winner", "%"] {
        assert!(!all.contains(word), "the result shows a {word}");
    }
    // Both options, in equal measure: one box each per topic shown.
    let one = text
        .iter()
        .filter(|t| t.as_str() == "One-to-one therapy")
        .count();
    let group = text
        .iter()
        .filter(|t| t.as_str() == "Group therapy")
        .count();
    assert!(
        one >= 3 && one == group,
        "{one} one-to-one boxes, {group} group boxes"
    );
    // The note about using both, with its link, and questions for a professional.
    assert!(all.contains("many people use both"));
    assert!(
        text.iter().any(|t| t.starts_with("Open page: ")),
        "links to the combining page"
    );
    assert!(all.contains("questions to ask a professional"));
    let decision = harness.state().pack().decision.clone().expect("decision");
    let privacy = decision
        .questions
        .iter()
        .find(|q| q.id == "privacy")
        .expect("privacy");
    assert!(
        text.contains(&privacy.ask),
        "the privacy question for a professional is listed"
    );
    let cost = decision
        .questions
        .iter()
        .find(|q| q.id == "cost")
        .expect("cost");
    let unsure = cost.ask_unsure.clone().unwrap_or_else(|| cost.ask.clone());
    assert!(
        text.contains(&unsure),
        "Not sure about cost becomes a question to ask"
    );
}

#[test]
fn different_answers_show_different_priorities() {
    let mut first = app();
    begin(&mut first);
    answer_all(
        &mut first,
        &[Some("Very"), Some("Quite"), None, None, None, None, None],
    );
    let mut a = Vec::new();
    scroll_all(&mut first, |h| a.extend(topics_shown(h)));
    a.sort();
    a.dedup();

    let mut second = app();
    begin(&mut second);
    answer_all(
        &mut second,
        &[
            None,
            None,
            None,
            Some("Very"),
            Some("Very"),
            Some("Quite"),
            Some("Very comfortable"),
        ],
    );
    let mut b = Vec::new();
    scroll_all(&mut second, |h| b.extend(topics_shown(h)));
    b.sort();
    b.dedup();

    assert_eq!(a, ["attention", "privacy"]);
    assert_eq!(b, ["cost", "group-comfort", "social-skills", "understood"]);
}

#[test]
fn back_keeps_earlier_answers() {
    let mut harness = app();
    begin(&mut harness);
    click(&mut harness, "Answer: Very");
    click(&mut harness, "Answer: Quite");
    harness.get_by_label("Question 3 of 7");
    click(&mut harness, "Back to the previous question");
    harness.get_by_label("Question 2 of 7");
    assert!(
        harness
            .get_by_label("Answer: Quite")
            .accesskit_node()
            .toggled()
            == Some(Toggled::True)
    );
    click(&mut harness, "Back to the previous question");
    assert!(
        harness
            .get_by_label("Answer: Very")
            .accesskit_node()
            .toggled()
            == Some(Toggled::True)
    );
    assert!(
        harness
            .get_by_label("Answer: Quite")
            .accesskit_node()
            .toggled()
            != Some(Toggled::True)
    );
    // Changing one answer keeps the next.
    click(&mut harness, "Answer: A little");
    harness.get_by_label("Question 2 of 7");
    assert!(
        harness
            .get_by_label("Answer: Quite")
            .accesskit_node()
            .toggled()
            == Some(Toggled::True)
    );
    let state = &harness.state().visit().decision;
    assert_eq!(state.answers[..2], [Some(1), Some(2)]);
}

#[test]
fn previous_then_next_keeps_the_answers() {
    let mut harness = app();
    begin(&mut harness);
    // An unanswered question is skipped; an answered one moves on with "Next".
    harness.get_by_label("Skip this question");
    click(&mut harness, "Answer: Very");
    click(&mut harness, "Answer: Quite");
    harness.get_by_label("Question 3 of 7");
    click(&mut harness, "Back to the previous question");
    click(&mut harness, "Back to the previous question");
    harness.get_by_label("Question 1 of 7");
    assert!(harness.query_by_label("Skip this question").is_none());
    click(&mut harness, "Next question, keeping your answer");
    harness.get_by_label("Question 2 of 7");
    click(&mut harness, "Next question, keeping your answer");
    harness.get_by_label("Question 3 of 7");
    assert!(
        harness
            .query_by_label("Next question, keeping your answer")
            .is_none()
    );
    assert_eq!(
        harness.state().visit().decision.answers[..2],
        [Some(3), Some(2)]
    );
    // The result still shows what was answered.
    for _ in 2..7 {
        click(&mut harness, "Skip this question");
    }
    harness.get_by_role_and_label(Role::Heading, "What matters to you");
    let mut topics = Vec::new();
    scroll_all(&mut harness, |h| topics.extend(topics_shown(h)));
    topics.sort();
    topics.dedup();
    assert_eq!(topics, ["attention", "privacy"]);
}

/// Walk to a result that lists a question for a professional: all of its text.
fn result_with_asks(harness: &mut Harness<'_, TherapyApp>) -> Vec<String> {
    begin(harness);
    answer_all(harness, &[Some("Very"), None, None, None, None, None, None]);
    harness.get_by_role_and_label(Role::Heading, "Questions to ask a professional");
    let mut text = Vec::new();
    scroll_all(harness, |h| text.extend(result_text(h)));
    text
}

#[test]
fn the_front_desk_is_mentioned_only_on_a_kiosk() {
    let mut home = app();
    let wording = home
        .state()
        .pack()
        .decision
        .clone()
        .expect("decision")
        .wording;
    let text = result_with_asks(&mut home);
    assert!(text.contains(&wording.asks_intro_home), "{text:?}");
    assert!(!text.iter().any(|t| t.contains("front desk")), "{text:?}");

    let options = Options {
        kiosk: Some(therapy_explorer::kiosk::KioskConfig::default()),
        clock: therapy_explorer::kiosk::Clock::Mock(therapy_explorer::kiosk::MockClock::default()),
        ..Options::default()
    };
    let mut kiosk = Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_max_steps(24)
        .build_eframe(move |cc| TherapyApp::new(cc, options));
    kiosk.run();
    click(&mut kiosk, "Touch anywhere to start");
    let text = result_with_asks(&mut kiosk);
    assert!(text.contains(&wording.asks_intro_kiosk), "{text:?}");
    assert!(!text.contains(&wording.asks_intro_home), "{text:?}");
}

#[test]
fn usable_by_keyboard_alone() {
    let mut harness = app();
    begin(&mut harness);
    for _ in 0..60 {
        let focused = harness
            .query_by(|n| n.is_focused())
            .and_then(|n| n.accesskit_node().label());
        if focused.as_deref() == Some("Answer: Very") {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("Question 2 of 7");
    assert_eq!(harness.state().visit().decision.answers[0], Some(3));
}

#[test]
fn nothing_of_it_is_kept_after_a_kiosk_visit() {
    let clock = therapy_explorer::kiosk::MockClock::default();
    let options = Options {
        kiosk: Some(therapy_explorer::kiosk::KioskConfig::default()),
        clock: therapy_explorer::kiosk::Clock::Mock(clock.clone()),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_max_steps(24)
        .build_eframe(move |cc| TherapyApp::new(cc, options));
    harness.run();
    click(&mut harness, "Touch anywhere to start");
    begin(&mut harness);
    click(&mut harness, "Answer: Very");
    click(&mut harness, "Answer: Not sure");
    assert_ne!(harness.state().visit().decision, DecisionState::default());
    clock.advance(200.0);
    harness.step();
    harness.run_ok();
    assert_eq!(harness.state().visit(), &VisitState::default());
}

//! "Which fits me?", walked through like a person would.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::content::Format;
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
            Some(label) => {
                let label = format!("Answer: {label}");
                // The answer is heard as part of the question it answers.
                in_group_of_this_question(harness, &label);
                click(harness, &label);
            }
            None => click(harness, "Skip this question"),
        }
    }
}

/// The question on screen now.
fn question_on_screen(
    harness: &Harness<'_, TherapyApp>,
) -> therapy_explorer::content::decision::Question {
    let step = harness.state().visit().decision.step;
    harness
        .state()
        .pack()
        .decision
        .as_ref()
        .and_then(|d| d.questions.get(step.wrapping_sub(1)))
        .cloned()
        .expect("a question is on screen")
}

/// Check that the answer labelled `label` sits in the radio group named
/// by the question on screen.
fn in_group_of_this_question(harness: &Harness<'_, TherapyApp>, label: &str) {
    let question = question_on_screen(harness);
    harness
        .get_by_role_and_label(Role::RadioGroup, &question.text)
        .get_by_role_and_label(Role::RadioButton, label);
}

/// Every piece of text on the result screen (not the text-size buttons, which show a percentage).
/// The pack's decision aid (the default pack has one).
fn decision_of(harness: &Harness<'_, TherapyApp>) -> therapy_explorer::content::decision::Decision {
    harness
        .state()
        .pack()
        .decision
        .clone()
        .expect("decision aid")
}

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
    let decision = decision_of(harness);
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

/// Words that would name a winner or a score, kept here apart from the
/// checker's `VERDICT_PHRASES`, so a phrase the checker misses is still caught.
const WINNER_WORDS: [&str; 24] = [
    "is better",
    "is best",
    "works best",
    "better option",
    "best option",
    "better fit",
    "best fit",
    "fits you best",
    "suits you best",
    "more suitable",
    "we suggest",
    "recommend",
    "our advice",
    "go with",
    "choose group",
    "choose one-to-one",
    "winner",
    "comes out ahead",
    "clear choice",
    "score",
    "points",
    "out of",
    "match:",
    "%",
];

/// The result, read in full, never names a winner or shows a score.
fn assert_names_no_winner(text: &[String]) {
    let all = text.join("\n").to_lowercase();
    for phrase in VERDICT_PHRASES.iter().chain(&WINNER_WORDS) {
        assert!(!all.contains(phrase), "the result says \"{phrase}\"");
    }
}

/// A piece of text on screen and where it is.
struct Placed {
    heading: bool,
    text: String,
    rect: egui::Rect,
}

fn placed(harness: &Harness<'_, TherapyApp>) -> Vec<Placed> {
    let mut all: Vec<Placed> = harness
        .get_all_by(|n| n.label().is_some() || n.value().is_some())
        .filter_map(|n| {
            let node = n.accesskit_node();
            let text = node.label().or_else(|| node.value())?;
            Some(Placed {
                heading: node.role() == Role::Heading,
                text,
                rect: n.rect(),
            })
        })
        .collect();
    all.sort_by(|a, b| {
        (a.rect.top(), a.rect.left())
            .partial_cmp(&(b.rect.top(), b.rect.left()))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    all
}

/// Under each topic heading on the result: exactly one box per format, and
/// each box holds that format's own strength and trade-off, not the other's.
/// Returns the ids of the topics checked. (Every widget of the scrolled
/// result is in the tree, on screen or not, so one look covers it all.)
fn assert_one_box_per_format(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    let pack = harness.state().pack().clone();
    let decision = pack.decision.clone().expect("decision aid");
    let names = [
        (
            therapy_explorer::content::Format::Individual,
            &pack.info.individual.name,
        ),
        (
            therapy_explorer::content::Format::Group,
            &pack.info.group.name,
        ),
    ];
    let all = placed(harness);
    let mut checked = Vec::new();
    for (at, heading) in all.iter().enumerate().filter(|(_, p)| p.heading) {
        let Some(question) = decision.questions.iter().find(|q| q.topic == heading.text) else {
            continue;
        };
        // What lies between this heading and the next one.
        let section: Vec<&Placed> = all[at + 1..].iter().take_while(|p| !p.heading).collect();
        let mut columns = Vec::new();
        for (format, name) in names {
            let labels: Vec<&&Placed> = section.iter().filter(|p| &p.text == name).collect();
            assert_eq!(
                labels.len(),
                1,
                "topic `{}` has {} boxes for {name}",
                question.id,
                labels.len()
            );
            columns.push((format, name, labels[0].rect.left()));
        }
        // Side by side at this width: each text belongs to the box whose
        // name is written at the same left edge.
        assert!(
            (columns[0].2 - columns[1].2).abs() > 100.0,
            "topic `{}`: the boxes are not side by side",
            question.id
        );
        for &(format, name, left) in &columns {
            let in_box: Vec<&str> = section
                .iter()
                .filter(|p| (p.rect.left() - left).abs() < 1.0)
                .map(|p| p.text.as_str())
                .collect();
            let own = question.offer(format);
            let other = question.offer(match format {
                Format::Individual => Format::Group,
                Format::Group => Format::Individual,
            });
            for text in [&own.strength, &own.trade_off] {
                assert!(
                    in_box.contains(&text.as_str()),
                    "topic `{}`: the {name} box lacks {text:?}: {in_box:?}",
                    question.id
                );
            }
            for text in [&other.strength, &other.trade_off] {
                assert!(
                    !in_box.contains(&text.as_str()),
                    "topic `{}`: the {name} box shows the other format's {text:?}",
                    question.id
                );
            }
        }
        checked.push(question.id.clone());
    }
    checked.sort();
    checked
}

/// The result lists the sources of the topics it shows, each as a link.
fn assert_lists_sources_of(harness: &Harness<'_, TherapyApp>, topics: &[String]) {
    let pack = harness.state().pack().clone();
    let decision = pack.decision.clone().expect("decision aid");
    let mut listed = 0;
    for question in decision.questions.iter().filter(|q| topics.contains(&q.id)) {
        for id in &question.sources {
            let source = pack.source(id).expect("a known source");
            harness.get_by_role_and_label(Role::Link, &format!("Source: {}", source.citation()));
            listed += 1;
        }
    }
    assert!(listed > 0, "the result lists no `Source: ` link");
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
    assert_names_no_winner(&text);
    // Both options, in equal measure: one box each under every topic shown,
    // each with its own strength and trade-off; and the topics' sources.
    assert_eq!(assert_one_box_per_format(&harness), topics);
    assert_lists_sources_of(&harness, &topics);
    let all = text.join("\n").to_lowercase();
    // The note about using both, with its link, and questions for a professional.
    assert!(all.contains("many people use both"));
    assert!(
        text.iter().any(|t| t.starts_with("Open page: ")),
        "links to the combining page"
    );
    assert!(all.contains("questions to ask a professional"));
    let decision = decision_of(&harness);
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
    let mut a_text = Vec::new();
    scroll_all(&mut first, |h| {
        a.extend(topics_shown(h));
        a_text.extend(result_text(h));
    });
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
    let mut b_text = Vec::new();
    scroll_all(&mut second, |h| {
        b.extend(topics_shown(h));
        b_text.extend(result_text(h));
    });
    b.sort();
    b.dedup();

    assert_eq!(a, ["attention", "privacy"]);
    assert_eq!(b, ["cost", "group-comfort", "social-skills", "understood"]);
    // Neither walk names a winner, whichever way its answers lean; each
    // shows both formats under every topic, and where the words come from.
    for (harness, text, topics) in [(&first, &a_text, &a), (&second, &b_text, &b)] {
        assert_names_no_winner(text);
        assert_eq!(&assert_one_box_per_format(harness), topics);
        assert_lists_sources_of(harness, topics);
    }
}

/// Nothing marked as mattering: the note says so, and every topic is shown,
/// each still with one box per format.
#[test]
fn no_priorities_shows_the_note_and_every_topic() {
    let mut harness = app();
    begin(&mut harness);
    answer_all(&mut harness, &[None; 7]);
    let decision = decision_of(&harness);
    harness.get_by_label(&decision.no_priorities_note);
    let mut every: Vec<String> = decision.questions.iter().map(|q| q.id.clone()).collect();
    every.sort();
    assert_eq!(assert_one_box_per_format(&harness), every);
    let mut text = Vec::new();
    scroll_all(&mut harness, |h| text.extend(result_text(h)));
    assert_names_no_winner(&text);
}

/// "Answer: Very" alone does not say what it answers: each question's
/// answers are a radio group named by the question, and say "1 of 4".
#[test]
fn answers_are_a_group_named_by_their_question() {
    let mut harness = app();
    begin(&mut harness);
    let decision = decision_of(&harness);
    for (i, question) in decision.questions.iter().enumerate() {
        harness.get_by_label(&format!(
            "Question {} of {}",
            i + 1,
            decision.questions.len()
        ));
        let group = harness.get_by_role_and_label(Role::RadioGroup, &question.text);
        let answers = decision.answers(question);
        assert_eq!(group.accesskit_node().size_of_set(), Some(answers.len()));
        let buttons: Vec<_> = group.get_all_by_role(Role::RadioButton).collect();
        assert_eq!(buttons.len(), answers.len(), "{}", question.text);
        for (position, (button, answer)) in buttons.iter().zip(answers).enumerate() {
            assert_eq!(
                button.accesskit_node().label().as_deref(),
                Some(format!("Answer: {}", answer.label).as_str())
            );
            assert_eq!(button.accesskit_node().position_in_set(), Some(position));
        }
        // No answer button stands outside the group.
        assert_eq!(
            harness.get_all_by_role(Role::RadioButton).count(),
            answers.len()
        );
        assert_eq!(harness.get_all_by_role(Role::RadioGroup).count(), 1);
        click(&mut harness, "Skip this question");
    }
    harness.get_by_role_and_label(Role::Heading, "What matters to you");
    assert!(harness.query_by_role(Role::RadioGroup).is_none());
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

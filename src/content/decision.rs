//! "Which fits me?": a short guided reflection (`decision.ron`).
//!
//! It follows the International Patient Decision Aid Standards: both options
//! are described for every question, each with a strength and a trade-off;
//! the result shows what matters to the person and never names a winner.
//! The balance check here makes sure the questions cannot tilt towards one
//! option: each option can gather exactly as much as the other.

use serde::Deserialize;

use super::markdown::Doc;
use super::model::Format;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub title: String,
    pub intro: String,
    pub result_intro: String,
    /// Markdown: many people use both (links to the combining page).
    pub both_note: String,
    /// Shown when nothing was marked as important.
    pub no_priorities_note: String,
    pub scales: Vec<Scale>,
    pub questions: Vec<Question>,
    #[serde(skip)]
    pub both_doc: Doc,
}

/// A set of answers, shared by the questions that name it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: String,
    pub answers: Vec<Answer>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub label: String,
    /// How much this answer points along the question's lean: positive
    /// towards it, negative away from it, 0 neither. Never shown.
    pub value: i8,
    /// "Not sure": becomes a question to ask a professional.
    #[serde(default)]
    pub unsure: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// A short name for the result ("Privacy").
    pub topic: String,
    pub text: String,
    pub help: String,
    /// The id of a [`Scale`].
    pub scale: String,
    /// Which option a high value points towards (only for the balance check).
    pub leans: Format,
    pub individual: Offer,
    pub group: Offer,
    /// A question to ask a professional when this matters.
    pub ask: String,
    /// A question to ask when the answer was "Not sure".
    #[serde(default)]
    pub ask_unsure: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Question {
    pub fn offer(&self, format: Format) -> &Offer {
        match format {
            Format::Individual => &self.individual,
            Format::Group => &self.group,
        }
    }
}

/// What one option tends to offer on a topic, and what to keep in mind.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub strength: String,
    pub trade_off: String,
}

impl Decision {
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The answers offered for a question (empty if its scale is unknown).
    pub fn answers(&self, question: &Question) -> &[Answer] {
        self.scale(&question.scale)
            .map_or(&[], |s| s.answers.as_slice())
    }

    /// The most each option could gather over every possible set of answers.
    pub fn reach(&self) -> (i32, i32) {
        let (mut individual, mut group) = (0, 0);
        for question in &self.questions {
            let values = self.answers(question).iter().map(|a| i32::from(a.value));
            let towards = values.clone().max().unwrap_or(0).max(0);
            let away = -values.min().unwrap_or(0).min(0);
            let (lean, other) = match question.leans {
                Format::Individual => (&mut individual, &mut group),
                Format::Group => (&mut group, &mut individual),
            };
            *lean += towards;
            *other += away;
        }
        (individual, group)
    }
}

/// What the reader said, turned into what to show. Never a score.
#[derive(Clone, Debug, Default)]
pub struct Reflection<'a> {
    /// Topics that matter most, most important first.
    pub priorities: Vec<&'a Question>,
    /// Topics that matter a little.
    pub also: Vec<&'a Question>,
    /// Topics the reader was not sure about.
    pub unsure: Vec<&'a Question>,
    /// Questions to ask a professional, built from the answers.
    pub asks: Vec<String>,
}

/// How many questions for a professional are listed at most.
pub const MAX_ASKS: usize = 6;

/// Turn answers (an index into each question's answers, or `None` if
/// skipped) into what the result screen shows.
pub fn reflect<'a>(decision: &'a Decision, answers: &[Option<usize>]) -> Reflection<'a> {
    let mut ranked: Vec<(i32, usize, &Question)> = Vec::new();
    let mut reflection = Reflection::default();
    for (index, question) in decision.questions.iter().enumerate() {
        let Some(answer) = answers
            .get(index)
            .copied()
            .flatten()
            .and_then(|a| decision.answers(question).get(a))
        else {
            continue;
        };
        if answer.unsure {
            reflection.unsure.push(question);
            continue;
        }
        // Strength of feeling, whichever way it points.
        // Widened, so no value a file can hold overflows the sums below.
        let strength = i32::from(answer.value).abs();
        let max = decision
            .answers(question)
            .iter()
            .map(|a| i32::from(a.value).abs())
            .max()
            .unwrap_or(0);
        if strength == 0 {
            continue;
        }
        if strength * 3 >= max * 2 {
            ranked.push((strength * 10 / max.max(1), index, question));
        } else {
            reflection.also.push(question);
        }
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    reflection.priorities = ranked.into_iter().map(|(_, _, q)| q).collect();
    for question in &reflection.priorities {
        reflection.asks.push(question.ask.clone());
    }
    for question in &reflection.unsure {
        reflection.asks.push(
            question
                .ask_unsure
                .clone()
                .unwrap_or_else(|| question.ask.clone()),
        );
    }
    reflection.asks.dedup();
    reflection.asks.truncate(MAX_ASKS);
    reflection
}

/// Words a decision aid must not use: they tell the reader what to pick.
pub const VERDICT_PHRASES: [&str; 8] = [
    "you should",
    "we recommend",
    "better for you",
    "best for you",
    "best choice",
    "the right choice",
    "right for you",
    "you must",
];

/// The first verdict phrase in a text, if any.
pub fn verdict_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    VERDICT_PHRASES.into_iter().find(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(leans: &[Format]) -> Decision {
        let scale = Scale {
            id: "importance".into(),
            answers: [
                ("Not important", 0, false),
                ("Very", 3, false),
                ("Not sure", 0, true),
            ]
            .into_iter()
            .map(|(label, value, unsure)| Answer {
                label: label.into(),
                value,
                unsure,
            })
            .collect(),
        };
        let offer = || Offer {
            strength: "s".into(),
            trade_off: "t".into(),
        };
        Decision {
            scales: vec![scale],
            questions: leans
                .iter()
                .enumerate()
                .map(|(i, lean)| Question {
                    id: format!("q{i}"),
                    topic: format!("Topic {i}"),
                    text: "?".into(),
                    help: String::new(),
                    scale: "importance".into(),
                    leans: *lean,
                    individual: offer(),
                    group: offer(),
                    ask: format!("Ask {i}"),
                    ask_unsure: None,
                    sources: Vec::new(),
                })
                .collect(),
            ..Decision::default()
        }
    }

    #[test]
    fn reach_is_equal_only_when_balanced() {
        let balanced = decision(&[Format::Individual, Format::Group]);
        assert_eq!(balanced.reach(), (3, 3));
        let skewed = decision(&[Format::Individual, Format::Individual]);
        assert_eq!(skewed.reach(), (6, 0));
    }

    #[test]
    fn priorities_follow_the_answers() {
        let d = decision(&[Format::Individual, Format::Group, Format::Group]);
        let r = reflect(&d, &[Some(1), Some(0), Some(2)]);
        assert_eq!(
            r.priorities
                .iter()
                .map(|q| q.id.as_str())
                .collect::<Vec<_>>(),
            ["q0"]
        );
        assert_eq!(r.unsure.len(), 1);
        assert_eq!(r.asks, ["Ask 0", "Ask 2"]);
        let r = reflect(&d, &[None, Some(1), None]);
        assert_eq!(r.priorities[0].id, "q1");
        // Out-of-range answers are ignored, not a crash.
        let r = reflect(&d, &[Some(99)]);
        assert!(r.priorities.is_empty());
    }

    #[test]
    fn extreme_answer_values_do_not_overflow() {
        let mut d = decision(&[Format::Individual, Format::Group]);
        d.scales[0].answers[0].value = i8::MIN;
        d.scales[0].answers[1].value = i8::MAX;
        let r = reflect(&d, &[Some(0), Some(1)]);
        assert_eq!(r.priorities.len(), 2);
        assert_eq!(d.reach(), (255, 255));
    }

    #[test]
    fn verdicts_are_spotted() {
        assert_eq!(
            verdict_in("Group therapy is BETTER FOR YOU."),
            Some("better for you")
        );
        assert_eq!(verdict_in("Groups tend to cost less."), None);
    }
}

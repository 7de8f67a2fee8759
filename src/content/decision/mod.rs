//! "Which fits me?": a short guided reflection (`decision.ron`).
//!
//! It follows the International Patient Decision Aid Standards: both options
//! are described for every question, each with a strength and a trade-off;
//! the result shows what matters to the person and never names a winner.
//! The balance check here makes sure the questions cannot tilt towards one
//! option: each option can gather exactly as much as the other.

pub(crate) mod check;

use serde::Deserialize;

use super::markdown::Doc;
use super::model::Format;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub title: String,
    /// One line under the title on Home, inviting people in.
    pub summary: String,
    pub intro: String,
    pub result_intro: String,
    /// Markdown: many people use both (links to the combining page).
    pub both_note: String,
    /// Shown when nothing was marked as important.
    pub no_priorities_note: String,
    pub scales: Vec<Scale>,
    pub questions: Vec<Question>,
    /// Every other word the flow shows or speaks: buttons, headings, progress.
    pub wording: Wording,
    /// The situation the aid is for (IPDAS: describe the health situation).
    #[serde(default)]
    pub situation: String,
    /// The decision to make, and what it is not about.
    #[serde(default)]
    pub decision: String,
    /// The options, "not now" among them, each with what it is like to live through.
    #[serde(default)]
    pub options: Vec<DecisionOption>,
    /// How sure the research is, for the claims that matter.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(skip)]
    pub both_doc: Doc,
}

/// One option of the decision, and what it is like to live through.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionOption {
    pub id: String,
    pub name: String,
    pub like: String,
}

/// A claim that matters, and how sure the research is, in plain words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub claim: String,
    pub certainty: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The words of the "Which fits me?" screens, so a pack can change them or
/// translate them. Fields ending in `_spoken` are what a screen reader says
/// for the button or line next to them. Some fields hold placeholders the
/// app fills in: `{n}` (this question's number), `{total}` (how many
/// questions there are) and `{answer}` (an answer's label).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// Under the introduction: how many questions there are (`{total}`).
    pub question_count: String,
    pub begin: String,
    pub begin_spoken: String,
    /// Above each question (`{n}`, `{total}`); also spoken.
    pub progress: String,
    /// The chosen answer's button (`{answer}`).
    pub your_answer: String,
    /// What a screen reader says for each answer button (`{answer}`).
    pub answer_spoken: String,
    pub previous: String,
    pub previous_spoken: String,
    /// Moves on when the question has no answer.
    pub skip: String,
    pub skip_spoken: String,
    /// Moves on when the question has an answer, keeping it.
    pub next: String,
    pub next_spoken: String,
    pub result_title: String,
    /// Above the topics that matter a little.
    pub also_title: String,
    /// Above `both_note`.
    pub both_title: String,
    /// Above the questions to ask a professional.
    pub asks_title: String,
    /// Under `asks_title` when the app runs on someone's own computer.
    pub asks_intro_home: String,
    /// Under `asks_title` on a kiosk in the clinic.
    pub asks_intro_kiosk: String,
    /// In each topic's boxes, above an option's strength.
    pub strength_title: String,
    /// In each topic's boxes, above an option's trade-off.
    pub trade_off_title: String,
    pub change_answers: String,
    pub change_answers_spoken: String,
    pub start_again: String,
    pub start_again_spoken: String,
    /// At the end of the result.
    pub not_saved: String,
}

/// A wording field: its name in `decision.ron`, its text, and the
/// placeholders it must contain.
pub struct WordingField<'a> {
    pub name: &'static str,
    pub text: &'a str,
    pub placeholders: &'static [&'static str],
}

/// Every placeholder the app fills in, and what it puts there.
pub const PLACEHOLDERS: [(&str, &str); 3] = [
    ("{n}", "the question's number"),
    ("{total}", "the number of questions"),
    ("{answer}", "the answer's label"),
];

impl Wording {
    /// Every field, in file order, for the checker.
    pub fn fields(&self) -> [WordingField<'_>; 25] {
        fn field<'a>(
            name: &'static str,
            text: &'a str,
            placeholders: &'static [&'static str],
        ) -> WordingField<'a> {
            WordingField {
                name,
                text,
                placeholders,
            }
        }
        [
            field("question_count", &self.question_count, &["{total}"]),
            field("begin", &self.begin, &[]),
            field("begin_spoken", &self.begin_spoken, &[]),
            field("progress", &self.progress, &["{n}", "{total}"]),
            field("your_answer", &self.your_answer, &["{answer}"]),
            field("answer_spoken", &self.answer_spoken, &["{answer}"]),
            field("previous", &self.previous, &[]),
            field("previous_spoken", &self.previous_spoken, &[]),
            field("skip", &self.skip, &[]),
            field("skip_spoken", &self.skip_spoken, &[]),
            field("next", &self.next, &[]),
            field("next_spoken", &self.next_spoken, &[]),
            field("result_title", &self.result_title, &[]),
            field("also_title", &self.also_title, &[]),
            field("both_title", &self.both_title, &[]),
            field("asks_title", &self.asks_title, &[]),
            field("asks_intro_home", &self.asks_intro_home, &[]),
            field("asks_intro_kiosk", &self.asks_intro_kiosk, &[]),
            field("strength_title", &self.strength_title, &[]),
            field("trade_off_title", &self.trade_off_title, &[]),
            field("change_answers", &self.change_answers, &[]),
            field("change_answers_spoken", &self.change_answers_spoken, &[]),
            field("start_again", &self.start_again, &[]),
            field("start_again_spoken", &self.start_again_spoken, &[]),
            field("not_saved", &self.not_saved, &[]),
        ]
    }
}

/// `template` with each `{name}` placeholder replaced by its value.
/// Placeholders are replaced in one pass, so a value that itself contains
/// `{n}` (an answer label, say) is shown as written.
pub fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let found = values
            .iter()
            .find(|(name, _)| after.strip_prefix(*name).is_some());
        if let Some((name, value)) = found {
            out.push_str(value);
            rest = &after[name.len()..];
        } else {
            out.push('{');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Placeholders written in `text` (anything like `{word}`) other than the
/// `allowed` ones: the app would show them as they are, like a misspelt `{totl}`.
pub fn unknown_placeholders<'t>(text: &'t str, allowed: &[&str]) -> Vec<&'t str> {
    let mut unknown = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        match after.find('}') {
            Some(end)
                if after[1..end]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_') =>
            {
                let placeholder = &after[..=end];
                if !allowed.contains(&placeholder) {
                    unknown.push(placeholder);
                }
                rest = &after[end + 1..];
            }
            _ => rest = &after[1..],
        }
    }
    unknown
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
    /// ("Not sure" answers count for nothing, as in [`reflect`].)
    pub fn reach(&self) -> (i32, i32) {
        let (mut individual, mut group) = (0, 0);
        for question in &self.questions {
            let values = self
                .answers(question)
                .iter()
                .filter(|a| !a.unsure)
                .map(|a| i32::from(a.value));
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
pub const MAX_ASKS: usize = 8;

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
    // Each question is asked once. When the list is long, what the reader
    // was unsure about keeps up to half of it (more if there is room): those
    // are the questions a professional can help with most. The things that
    // matter most fill the rest, most important first, and come first.
    let mut unsure: Vec<String> = Vec::new();
    for question in &reflection.unsure {
        let ask = question.ask_unsure.as_ref().unwrap_or(&question.ask);
        if !unsure.contains(ask) {
            unsure.push(ask.clone());
        }
    }
    let mut priority: Vec<String> = Vec::new();
    for question in &reflection.priorities {
        if !priority.contains(&question.ask) && !unsure.contains(&question.ask) {
            priority.push(question.ask.clone());
        }
    }
    let unsure_room = (MAX_ASKS / 2).max(MAX_ASKS.saturating_sub(priority.len()));
    unsure.truncate(unsure_room);
    priority.truncate(MAX_ASKS - unsure.len());
    reflection.asks = priority;
    reflection.asks.extend(unsure);
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
    fn a_long_list_of_asks_keeps_what_the_reader_was_unsure_about() {
        let d = decision(&[Format::Individual; 12]);
        // Nine topics matter very much, three are "not sure".
        let mut answers = vec![Some(1); 9];
        answers.extend([Some(2); 3]);
        let r = reflect(&d, &answers);
        assert_eq!(r.asks.len(), MAX_ASKS);
        for unsure in ["Ask 9", "Ask 10", "Ask 11"] {
            assert!(r.asks.iter().any(|a| a == unsure), "{unsure} kept");
        }
        assert_eq!(r.asks[0], "Ask 0", "the first priority comes first");
        // Every answer "Very" on a pack of seven: all seven asks, none dropped.
        let d = decision(&[Format::Individual; 7]);
        assert_eq!(reflect(&d, &[Some(1); 7]).asks.len(), 7);
        // The same ask is never listed twice, even when not next to itself.
        let mut d = decision(&[Format::Individual, Format::Group, Format::Group]);
        d.questions[2].ask = "Ask 0".into();
        let r = reflect(&d, &[Some(1), Some(1), Some(1)]);
        assert_eq!(r.asks, ["Ask 0", "Ask 1"]);
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
    fn placeholders_are_filled_in_once() {
        let values = [("{n}", "2"), ("{total}", "7")];
        assert_eq!(
            fill_in("Question {n} of {total}", &values),
            "Question 2 of 7"
        );
        assert_eq!(fill_in("{total}: {n}, {x} {", &values), "7: 2, {x} {");
        // A value is shown as written, even if it looks like a placeholder.
        assert_eq!(
            fill_in("Answer: {answer}", &[("{answer}", "{n} é")]),
            "Answer: {n} é"
        );
    }

    #[test]
    fn unknown_placeholders_are_spotted() {
        let allowed = ["{n}", "{total}"];
        assert_eq!(
            unknown_placeholders("Fråga {n} av {totl} {} {answer}", &allowed),
            ["{totl}", "{}", "{answer}"]
        );
        assert!(unknown_placeholders("Question {n} of {total} { not one }", &allowed).is_empty());
        let wording = Wording::default();
        let fields = wording.fields();
        let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "each field is listed once");
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

//! Checks of `decision.ron`: complete, speaks to both options, balanced,
//! never a verdict. Any error here leaves "Which fits me?" out of the app:
//! a half-read decision aid could tilt towards one option.

use crate::content::check::Checker;
use crate::content::load::{DECISION_FILE, prefix};
use crate::content::model::Format;

use super::Decision;

/// Ids with where each is declared, searching on from the previous one.
fn place<'a>(checker: &Checker<'_>, ids: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let loc = checker.context.texts.locator(DECISION_FILE);
    let mut from = 0;
    ids.map(|id| {
        let offset = loc.find_id(id, from).unwrap_or(from);
        from = offset + 1;
        (id, offset)
    })
    .collect()
}

/// `decision.ron`'s `wording`: every field filled in, with the
/// placeholders the app fills in and no others, and no verdicts.
fn check_wording(checker: &mut Checker<'_>, d: &Decision) {
    let path = DECISION_FILE;
    let wording_at = checker
        .context
        .texts
        .locator(path)
        .find_field("wording", 0)
        .unwrap_or(0);
    for field in d.wording.fields() {
        let (name, text) = (field.name, field.text);
        if text.trim().is_empty() {
            checker.non_empty(path, wording_at, name, text);
            continue;
        }
        let at = checker
            .context
            .texts
            .locator(path)
            .find_field(name, wording_at)
            .unwrap_or(wording_at);
        for (placeholder, meaning) in super::PLACEHOLDERS {
            if field.placeholders.contains(&placeholder) && !text.contains(placeholder) {
                checker.error_at(
                    path,
                    at,
                    format!("`{name}` needs `{placeholder}` ({meaning}): put it back in the text"),
                );
            }
        }
        for unknown in super::unknown_placeholders(text, field.placeholders) {
            let fix = match field.placeholders {
                [] => "take it out".to_owned(),
                allowed => format!(
                    "use only {}",
                    allowed
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            };
            checker.error_at(
                path,
                at,
                format!("`{name}` has `{unknown}`, which the app does not fill in: {fix}"),
            );
        }
        if let Some(phrase) = super::verdict_in(text) {
            checker.error_at(
                path,
                at,
                format!("`{name}` says \"{phrase}\": never tell people what to choose"),
            );
        }
    }
}

/// `decision.ron`: complete, speaks to both options, balanced, no verdicts.
pub(crate) fn check(checker: &mut Checker<'_>, d: &Decision) {
    let path = DECISION_FILE;
    for (field, value) in [
        ("title", &d.title),
        ("summary", &d.summary),
        ("intro", &d.intro),
        ("result_intro", &d.result_intro),
        ("both_note", &d.both_note),
        ("no_priorities_note", &d.no_priorities_note),
    ] {
        checker.non_empty(path, 0, field, value);
    }
    let scales = place(checker, d.scales.iter().map(|s| s.id.as_str()));
    let questions = place(checker, d.questions.iter().map(|q| q.id.as_str()));
    checker.check_ids(path, "scale", &scales);
    checker.check_ids(path, "question", &questions);
    for (scale, &(_, offset)) in d.scales.iter().zip(&scales) {
        if scale.answers.len() < 2 {
            checker.error_at(
                path,
                offset,
                format!("scale `{}` needs at least two answers", scale.id),
            );
        }
        for answer in &scale.answers {
            checker.non_empty(path, offset, "label", &answer.label);
            let mut messages = Vec::new();
            if !(-3..=3).contains(&answer.value) {
                messages.push(format!(
                    "answer `{}` has value {}: use -3 to 3",
                    answer.label, answer.value
                ));
            }
            if answer.unsure && answer.value != 0 {
                messages.push(format!(
                    "answer `{}` is marked `unsure: true`, so its value {} never counts: \
                     set `value: 0`",
                    answer.label, answer.value
                ));
            }
            if let Some(phrase) = super::verdict_in(&answer.label) {
                messages.push(format!(
                    "answer `{}` says \"{phrase}\": never tell people what to choose",
                    answer.label
                ));
            }
            if messages.is_empty() {
                continue;
            }
            let at = checker
                .context
                .texts
                .locator(path)
                .find_quoted(&answer.label, offset)
                .unwrap_or(offset);
            for message in messages {
                checker.error_at(path, at, message);
            }
        }
    }
    if d.questions.is_empty() {
        checker.error_at(
            path,
            0,
            "there are no questions: add at least one `Question(…)`",
        );
    }
    for (question, &(_, offset)) in d.questions.iter().zip(&questions) {
        for (field, value) in [
            ("topic", &question.topic),
            ("text", &question.text),
            ("help", &question.help),
            ("ask", &question.ask),
        ] {
            checker.non_empty(path, offset, field, value);
        }
        if d.scale(&question.scale).is_none() {
            let at = checker.field_offset(path, offset, "scale");
            checker.error_at(
                path,
                at,
                format!(
                    "question `{}` uses scale `{}`, which is not in `scales`",
                    question.id, question.scale
                ),
            );
        }
        // Every question speaks to both options, with a strength and a trade-off each.
        for (format, name) in [(Format::Individual, "individual"), (Format::Group, "group")] {
            let offer = question.offer(format);
            if offer.strength.trim().is_empty() || offer.trade_off.trim().is_empty() {
                let at = checker.field_offset(path, offset, name);
                checker.error_at(
                    path,
                    at,
                    format!(
                        "question `{}` must speak to both options: fill in `{name}` with a strength and a trade-off",
                        question.id
                    ),
                );
            }
        }
        let words = |f: Format| {
            let o = question.offer(f);
            o.strength.split_whitespace().count() + o.trade_off.split_whitespace().count()
        };
        // Equal detail for both options. A little more on one side is a
        // warning; more than twice as much tilts the aid, like a verdict
        // would, so the pack is refused until it is evened out.
        let (one, group) = (words(Format::Individual), words(Format::Group));
        let (fewer, more) = (one.min(group), one.max(group));
        if fewer > 0 && more > fewer * 2 {
            checker.error_at(
                path,
                offset,
                format!(
                    "question `{}` gives one-to-one {one} words and group {group}, more than twice as many on one side: \
                     give both options equal detail",
                    question.id
                ),
            );
        } else if fewer > 0 && more * 2 > fewer * 3 {
            checker.warning_at(
                path,
                offset,
                format!(
                    "question `{}` gives one-to-one {one} words and group {group}: give both options equal detail",
                    question.id
                ),
            );
        }
        checker.check_source_list(path, offset, "question", &question.id, &question.sources);
        let texts = [
            Some(&question.topic),
            Some(&question.text),
            Some(&question.help),
            Some(&question.individual.strength),
            Some(&question.individual.trade_off),
            Some(&question.group.strength),
            Some(&question.group.trade_off),
            Some(&question.ask),
            question.ask_unsure.as_ref(),
        ];
        for text in texts.into_iter().flatten() {
            if let Some(phrase) = super::verdict_in(text) {
                let at = checker
                    .context
                    .texts
                    .locator(path)
                    .find(prefix(text, 20), offset)
                    .unwrap_or(offset);
                checker.error_at(
                    path,
                    at,
                    format!("question `{}` says \"{phrase}\": a decision aid describes, it never tells people what to choose", question.id),
                );
            }
        }
    }
    for (field, text) in [
        ("summary", &d.summary),
        ("intro", &d.intro),
        ("result_intro", &d.result_intro),
        ("both_note", &d.both_note),
        ("no_priorities_note", &d.no_priorities_note),
    ] {
        if let Some(phrase) = super::verdict_in(text) {
            let at = checker
                .context
                .texts
                .locator(path)
                .find_field(field, 0)
                .unwrap_or(0);
            checker.error_at(
                path,
                at,
                format!("`{field}` says \"{phrase}\": never tell people what to choose"),
            );
        }
    }
    check_wording(checker, d);
    check_ipdas(checker, d);
    // Balance: over every possible set of answers, each option can gather
    // as much as the other, so no option comes out ahead whatever is answered.
    if d.scales.iter().all(|s| !s.answers.is_empty()) && !d.questions.is_empty() {
        let (one, group) = d.reach();
        let at = checker
            .context
            .texts
            .locator(path)
            .find_field("questions", 0)
            .unwrap_or(0);
        if one == 0 || group == 0 {
            let (never, name) = if one == 0 {
                (Format::Individual, "one-to-one")
            } else {
                (Format::Group, "group")
            };
            checker.error_at(
                path,
                at,
                format!(
                    "the questions are skewed: no answers can ever point towards {name} therapy (`leans: {never:?}`): \
                     balance the questions so each option can come out ahead"
                ),
            );
        } else if one != group {
            checker.error_at(
                path,
                at,
                format!(
                    "the questions are not balanced: answers can point up to {one} towards one-to-one but {group} towards group: \
                     change `leans` or the answer values so both reach the same"
                ),
            );
        }
    }
}

/// What the International Patient Decision Aid Standards' qualifying
/// criteria ask of the aid beyond the questions: the situation, the
/// decision, every option (not now among them) with what it is like, and
/// how sure the research is.
fn check_ipdas(checker: &mut Checker<'_>, d: &Decision) {
    let path = DECISION_FILE;
    for (field, value, what) in [
        (
            "situation",
            &d.situation,
            "the situation the questions are for (someone thinking about therapy for how they feel)",
        ),
        (
            "decision",
            &d.decision,
            "the decision to make (which format to start with, or not now), and what it is not about",
        ),
    ] {
        if value.trim().is_empty() {
            let at = checker.field_offset(path, 0, field);
            checker.warning_at(
                path,
                at,
                format!("`{field}` is empty: describe {what}; the decision aid standards (IPDAS) ask for it"),
            );
        }
    }
    let options_at = checker.field_offset(path, 0, "options");
    if d.options.is_empty() {
        checker.warning_at(
            path,
            options_at,
            "`options` is empty: list each option (one-to-one, group, both, and not now or other support) \
             with what it is like to live through; the decision aid standards (IPDAS) ask for it",
        );
    } else {
        for needed in ["individual", "group", "not-now"] {
            if !d.options.iter().any(|o| o.id == needed) {
                checker.warning_at(
                    path,
                    options_at,
                    format!(
                        "`options` has no option with id `{needed}`: show every option, including not now or other support"
                    ),
                );
            }
        }
    }
    let mut from = options_at;
    for option in &d.options {
        let at = checker
            .context
            .texts
            .locator(path)
            .find_id(&option.id, from)
            .unwrap_or(from);
        from = at + 1;
        checker.non_empty(path, at, "name", &option.name);
        checker.non_empty(path, at, "like", &option.like);
        for text in [&option.name, &option.like] {
            if let Some(phrase) = super::verdict_in(text) {
                checker.error_at(
                    path,
                    at,
                    format!(
                        "option `{}` says \"{phrase}\": never tell people what to choose",
                        option.id
                    ),
                );
            }
        }
    }
    let evidence_at = checker.field_offset(path, 0, "evidence");
    if d.evidence.is_empty() {
        checker.warning_at(
            path,
            evidence_at,
            "`evidence` is empty: say, in plain words, how sure the research is for the claims that matter; \
             the decision aid standards (IPDAS) ask for it",
        );
    }
    let mut from = evidence_at;
    for (index, evidence) in d.evidence.iter().enumerate() {
        let at = checker
            .context
            .texts
            .locator(path)
            .find_field("claim", from)
            .unwrap_or(from);
        from = at + 1;
        checker.non_empty(path, at, "claim", &evidence.claim);
        checker.non_empty(path, at, "certainty", &evidence.certainty);
        checker.check_source_list(
            path,
            at,
            "evidence",
            &format!("#{}", index + 1),
            &evidence.sources,
        );
        for text in [&evidence.claim, &evidence.certainty] {
            if let Some(phrase) = super::verdict_in(text) {
                checker.error_at(
                    path,
                    at,
                    format!(
                        "evidence #{} says \"{phrase}\": never tell people what to choose",
                        index + 1
                    ),
                );
            }
        }
    }
}

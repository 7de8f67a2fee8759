//! Words that tell the reader what to choose, anywhere in the pack. The
//! decision aid refuses them outright (see `decision/check.rs`); elsewhere
//! they are a warning, naming the words, since a sentence like "you should
//! feel free to ask" is fine.

use super::{Checker, Placed};
use crate::content::load::{PACK_FILE, prefix};
use crate::content::model::Pack;

/// Phrases that tell the reader what to pick. Narrower than the decision
/// aid's list: "it cannot tell you what is right for you" is fine here.
const ADVICE_PHRASES: [&str; 12] = [
    "we recommend",
    "we suggest you",
    "best option for you",
    "best choice",
    "the right choice",
    "better for you",
    "you should choose",
    "you should pick",
    "you should start with",
    "you should try",
    "you should go for",
    "you should join",
];

/// The first advice phrase in a text, if any.
fn verdict_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase().replace('’', "'");
    ADVICE_PHRASES.into_iter().find(|p| lower.contains(p))
}

impl Checker<'_> {
    pub(super) fn check_wording(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        let mut found: Vec<(String, usize, String, &'static str)> = Vec::new();
        for p in placed.iter().filter(|p| p.item.kind.is_reading()) {
            let (kind, id) = (p.item.kind.key(), p.item.id);
            let mut texts: Vec<(&str, usize, &str)> = vec![
                (p.path, p.offset, p.item.title),
                (p.path, p.offset, p.item.summary),
            ];
            texts.extend(p.item.texts.iter().map(|(_, t)| (p.path, p.offset, *t)));
            if let Some(doc) = p.item.doc {
                let file = p.item.file.unwrap_or(p.path);
                for (offset, text) in doc.prose_units() {
                    // Places inside a file are exact; inside a RON string, the item's.
                    let at = if p.item.file.is_some() {
                        offset
                    } else {
                        p.offset
                    };
                    if let Some(phrase) = verdict_in(&text) {
                        found.push((file.to_owned(), at, format!("{kind} `{id}`"), phrase));
                    }
                }
            }
            for (path, from, text) in texts {
                if let Some(phrase) = verdict_in(text) {
                    let at = self
                        .context
                        .texts
                        .locator(path)
                        .find(prefix(text, 20), from)
                        .unwrap_or(from);
                    found.push((path.to_owned(), at, format!("{kind} `{id}`"), phrase));
                }
            }
        }
        let info = &pack.info;
        for (field, text) in [
            ("tagline", &info.tagline),
            ("disclaimer_detail", &info.disclaimer_detail),
            ("crisis_intro", &info.crisis_intro),
        ] {
            if let Some(phrase) = verdict_in(text) {
                let at = self.field_offset(PACK_FILE, 0, field);
                found.push((PACK_FILE.to_owned(), at, format!("`{field}`"), phrase));
            }
        }
        for (path, at, what, phrase) in found {
            self.warning_at(
                &path,
                at,
                format!(
                    "{what} says \"{phrase}\", which tells the reader what to choose: describe the options and leave the choice to them"
                ),
            );
        }
    }
}

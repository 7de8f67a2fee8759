//! `easy-read.ron`: short sentences, no unexplained short forms, pictures
//! that exist, each screen once, and the same crisis numbers as `pack.ron`.

use super::Checker;
use super::info::phone_numbers;
use crate::content::load::{EASY_READ_FILE, prefix};
use crate::content::model::{EasyRead, EasyScreenKind, Pack};

/// The most words an Easy Read sentence may have.
pub const MAX_EASY_WORDS: usize = 15;

impl Checker<'_> {
    pub(super) fn check_easy_read(&mut self, pack: &Pack) {
        let Some(easy) = &pack.easy_read else {
            return;
        };
        let path = EASY_READ_FILE;
        let loc = self.context.texts.locator(path);
        let mut seen: Vec<EasyScreenKind> = Vec::new();
        // Short forms explained so far, in any screen: "(CBT)" explains CBT.
        let mut explained: Vec<String> = Vec::new();
        let mut from = 0;
        let mut found: Vec<(usize, bool, String)> = Vec::new();
        for screen in &easy.screens {
            let at = loc.find_field("screen", from).unwrap_or(from);
            from = at + 1;
            if seen.contains(&screen.screen) {
                found.push((
                    at,
                    true,
                    format!("the {:?} screen is written twice: keep one", screen.screen),
                ));
            }
            seen.push(screen.screen);
            if screen.title.trim().is_empty() {
                found.push((
                    at,
                    true,
                    "`title` is empty: write some text here".to_owned(),
                ));
            }
            if screen.lines.is_empty() {
                found.push((
                    at,
                    true,
                    format!("the {:?} screen has no lines: add some", screen.screen),
                ));
            }
            for line in &screen.lines {
                let line_at = loc.find(prefix(&line.text, 24), at).unwrap_or(at);
                for sentence in sentences(&line.text) {
                    let words = sentence.split_whitespace().count();
                    if words > MAX_EASY_WORDS {
                        found.push((
                            line_at,
                            true,
                            format!(
                                "this Easy Read sentence has {words} words: keep each sentence to {MAX_EASY_WORDS} words \
                                 or fewer, one idea each (\"{}…\")",
                                prefix(sentence.trim(), 40)
                            ),
                        ));
                    }
                }
                explained.extend(in_brackets(&line.text));
                for short in short_forms(&line.text) {
                    if !explained.contains(&short) {
                        found.push((
                            line_at,
                            false,
                            format!(
                                "`{short}` is a short form: in Easy Read, say what it means the first time, \
                                 like \"Cognitive behavioral therapy ({short})\", or use the words instead"
                            ),
                        ));
                        explained.push(short);
                    }
                }
                if let Some(code) = &line.picture
                    && crate::pictures::png(code).is_none()
                {
                    let pic_at = loc.find_quoted(code, line_at).unwrap_or(line_at);
                    found.push((
                        pic_at,
                        true,
                        format!(
                            "there is no picture `{code}`: use a code from assets/openmoji/ (like \"1F465\"), \
                             or `None` (this line is shown without a picture until then)"
                        ),
                    ));
                }
            }
        }
        self.crisis_numbers_match(easy, pack, &mut found);
        for (at, error, message) in found {
            if error {
                self.error_at(path, at, message);
            } else {
                self.warning_at(path, at, message);
            }
        }
    }

    /// The Help screen must not give numbers other than `pack.ron`'s, nor
    /// leave one out.
    fn crisis_numbers_match(
        &self,
        easy: &EasyRead,
        pack: &Pack,
        found: &mut Vec<(usize, bool, String)>,
    ) {
        let Some(help) = easy.screen(EasyScreenKind::Help) else {
            return;
        };
        let loc = self.context.texts.locator(EASY_READ_FILE);
        let at = loc.find("Help", 0).unwrap_or(0);
        let contact_numbers: Vec<String> = pack
            .info
            .crisis_contacts
            .iter()
            .flat_map(|c| phone_numbers(&c.how))
            .collect();
        let help_numbers: Vec<String> = help
            .lines
            .iter()
            .flat_map(|l| phone_numbers(&l.text))
            .collect();
        for number in &help_numbers {
            if !contact_numbers.contains(number) {
                found.push((
                    at,
                    true,
                    format!(
                        "the Easy Read Help screen gives {number}, which is not among pack.ron's crisis contacts: \
                         give the same numbers in both"
                    ),
                ));
            }
        }
        for number in &contact_numbers {
            if !help_numbers.contains(number) {
                found.push((
                    at,
                    false,
                    format!("the Easy Read Help screen does not give {number}, which pack.ron's crisis contacts do"),
                ));
            }
        }
    }
}

/// Sentences of a line, split after `.`, `!` and `?`.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect()
}

/// Words written in capitals (two letters or more): CBT, PTSD, TCC. A word
/// in quotes (text “AYUDA”) is a word to type, not a short form.
fn short_forms(text: &str) -> Vec<String> {
    /// Capital words everyone reads as words.
    const PLAIN: [&str; 2] = ["OK", "TV"];
    let unquoted: String = text
        .split(['“', '”', '"'])
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    unquoted
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2 && !PLAIN.contains(w))
        .filter(|w| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        .filter(|w| w.chars().any(char::is_uppercase))
        .map(str::to_owned)
        .collect()
}

/// Short forms written in brackets, where they are being explained.
fn in_brackets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else {
            break;
        };
        out.extend(short_forms(&after[..close]));
        rest = &after[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_and_sentences() {
        assert_eq!(
            short_forms("Cognitive behavioral therapy (CBT) helps."),
            ["CBT"]
        );
        assert!(short_forms("Call 988 or 911.").is_empty());
        assert!(short_forms("I am OK").is_empty());
        assert_eq!(in_brackets("A talking therapy (CBT)."), ["CBT"]);
        assert_eq!(sentences("One idea. Two ideas! Three?").len(), 3);
    }
}

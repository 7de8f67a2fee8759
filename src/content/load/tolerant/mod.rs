//! Reading a RON file so that one broken item costs that item, not the file.
//!
//! serde stops at the first error. To load everything that is valid, a small
//! lexer that never fails finds the file's outline (brackets, lists, items,
//! top-level fields). Then the file is parsed; each error blanks out the
//! smallest item around it (a card, a row, a contact) or, outside any item,
//! the top-level field it sits in, and the file is parsed again. Blanking
//! writes spaces over the item's bytes, so every later position is still
//! where the editor shows it. A missing comma is put back instead of
//! costing anything.

mod outline;
#[cfg(test)]
mod tests;

use serde::de::DeserializeOwned;

use super::ron_options;
use outline::{Kind, Outline, Token};

/// Parses tried before a file is given up (each one leaves out one item).
const MAX_TRIES: usize = 64;

/// What came of parsing one file.
pub struct Parsed<T> {
    /// `None` when the file could not be read as its kind at all.
    pub value: Option<T>,
    /// Every error, in the order found, at byte offsets of the text.
    pub errors: Vec<RonError>,
}

/// One RON error, in words a staff member can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RonError {
    pub offset: usize,
    pub message: String,
    /// The item (or top-level field) left out because of it.
    pub left_out: Option<LeftOut>,
}

/// An item or field the app does without until the error is fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// "card", "row"… (the item's RON name, lowercase), or "field" for a top-level field.
    pub kind: String,
    /// The item's `id`, or the field's name.
    pub name: Option<String>,
}

/// Parse `text` as a `T`, leaving out what is broken.
pub fn parse<T: DeserializeOwned>(text: &str) -> Parsed<T> {
    // Worked out only when something is wrong: good files cost one parse.
    let mut outline: Option<Outline> = None;
    let mut work = text.as_bytes().to_vec();
    let mut errors = Vec::new();
    let mut blanked: Vec<(usize, usize)> = Vec::new();
    // Where a forgotten closing quote was put back.
    let mut closed: Vec<usize> = Vec::new();
    for _ in 0..MAX_TRIES {
        let Ok(current) = std::str::from_utf8(&work) else {
            break;
        };
        let err = match ron_options().from_str::<T>(current) {
            Ok(value) => {
                return Parsed {
                    value: Some(value),
                    errors,
                };
            }
            Err(err) => err,
        };
        let at = offset_of(current, err.span.start.line, err.span.start.col);
        if outline.is_none() && close_unclosed_texts(&mut work, &mut errors, &mut closed) {
            // Parse again with every text closed on its own line, before
            // working out the file's shape from the repaired text.
            outline = Some(Outline::new(&String::from_utf8_lossy(&work)));
            continue;
        }
        let outline = outline.get_or_insert_with(|| Outline::new(text));
        let mut message = super::ron_message(&err.code);
        let before = outline.token_before(at);
        let hint = Hint::new(text, outline, &err.code, at, before);
        if let Some(extra) = hint.words(text, at) {
            message = extra;
        }
        if hint == Hint::MissingComma
            && let Some(space) = before.and_then(|b| whitespace_between(&work, b.end, at))
        {
            // Put the comma back and go on: the item itself is fine. (After
            // a quote put back in place of a comma, it was said already.)
            work[space] = b',';
            if !before.is_some_and(|b| closed.contains(&(b.end - 1))) {
                errors.push(RonError {
                    offset: at,
                    message,
                    left_out: None,
                });
            }
            continue;
        }
        let Some(region) = outline.region(text, at) else {
            errors.push(RonError {
                offset: at,
                message,
                left_out: None,
            });
            break;
        };
        if region.end <= region.start
            || blanked
                .iter()
                .any(|&(s, e)| s <= region.start && region.end <= e)
        {
            // Nothing left to leave out: the file cannot be read.
            errors.push(RonError {
                offset: at,
                message,
                left_out: None,
            });
            break;
        }
        for byte in &mut work[region.start..region.end] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
        blanked.push((region.start, region.end));
        errors.push(RonError {
            offset: at,
            message,
            left_out: Some(region.left_out),
        });
    }
    Parsed {
        value: None,
        errors,
    }
}

/// A text whose closing `"` was forgotten runs on into the next lines and
/// turns the rest of the file inside out: every later text becomes words and
/// every word a text. In a pack a `"…"` text never needs to span lines (long
/// texts are written `r#"…"#`), so each one that does is closed where its
/// line ends: its last `,` becomes the `"` (the comma is put back after it
/// like any missing comma), or else its line break does. Returns whether any
/// was closed; each is reported where it starts.
fn close_unclosed_texts(
    work: &mut [u8],
    errors: &mut Vec<RonError>,
    closed_at: &mut Vec<usize>,
) -> bool {
    let mut closed = false;
    // One at a time: closing the first puts every later quote back in its
    // place, so the next one found is really open too.
    for _ in 0..MAX_TRIES {
        let Ok(text) = std::str::from_utf8(work) else {
            break;
        };
        let open = outline::strings(text).into_iter().find_map(|(start, end)| {
            let body = &text[start..end];
            let newline = body.starts_with('"').then(|| body.find('\n'))??;
            Some((start, start + newline))
        });
        let Some((start, newline)) = open else {
            break;
        };
        let line = &text[start..newline];
        let close_at = match line.trim_end().strip_suffix(',') {
            Some(rest) => start + rest.len(),
            None => newline,
        };
        if let Some(byte) = work.get_mut(close_at) {
            *byte = b'"';
            closed_at.push(close_at);
        }
        errors.push(RonError {
            offset: start,
            message: "this text has no closing `\"` on its line: end it with `\"` \
                      (a text over several lines is written r#\"…\"#)"
                .to_owned(),
            left_out: None,
        });
        closed = true;
    }
    closed
}

/// Byte offset of a line and column (both from 1; the column counts characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line.max(1) {
        match text[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => return text.len(),
        }
    }
    text[offset..]
        .char_indices()
        .nth(col.max(1) - 1)
        .map_or(text.len(), |(i, _)| offset + i)
}

/// A space or tab (or, failing that, a line break) between two offsets.
fn whitespace_between(work: &[u8], from: usize, to: usize) -> Option<usize> {
    let gap = work.get(from..to)?;
    if gap.is_empty() || !gap.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let at = gap
        .iter()
        .position(|b| *b == b' ' || *b == b'\t')
        .or_else(|| gap.iter().position(|b| *b == b'\n'))?;
    Some(from + at)
}

/// A likelier cause than the parser's own words, for the mistakes staff make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hint {
    None,
    /// Two values with only spaces between them: a comma was forgotten.
    MissingComma,
    /// `option: "Group"`: a choice written as text.
    QuotedChoice,
    /// `"A "quoted" word"`: a quote inside a text ends it early.
    QuoteInText,
    /// `title: "A"),` with fields after: a stray `)` closed the item early.
    ClosedEarly,
}

impl Hint {
    fn new(
        text: &str,
        outline: &Outline,
        code: &ron::Error,
        at: usize,
        before: Option<Token>,
    ) -> Self {
        let rest = text.get(at..).unwrap_or("");
        let line_rest = rest.split('\n').next().unwrap_or("");
        let expects_choice = matches!(
            code,
            ron::Error::ExpectedIdentifier
                | ron::Error::ExpectedStructLike
                | ron::Error::ExpectedNamedStructLike(_)
                | ron::Error::ExpectedUnit
        ) || matches!(code, ron::Error::InvalidValueForType { found, .. } if found.contains("string"));
        if expects_choice && rest.starts_with('"') {
            return Self::QuotedChoice;
        }
        let after_text = before.is_some_and(|b| b.kind == Kind::Str);
        let starts_word = rest.chars().next().is_some_and(char::is_alphanumeric);
        if after_text
            && starts_word
            && !outline.is_field_name(at)
            && line_rest.contains('"')
            && before.is_some_and(|b| !text[b.end..at].contains('\n'))
        {
            return Self::QuoteInText;
        }
        let closes_here = rest.starts_with(')') && outline.field_follows(at + 1);
        let closed_before =
            before.is_some_and(|b| b.kind == Kind::Close(b'(')) && outline.field_follows(at);
        if matches!(code, ron::Error::MissingStructField { .. }) && (closes_here || closed_before) {
            return Self::ClosedEarly;
        }
        if matches!(code, ron::Error::ExpectedComma)
            && before.is_some_and(|b| {
                matches!(
                    b.kind,
                    Kind::Str | Kind::Ident | Kind::Close(_) | Kind::Other
                )
            })
        {
            return Self::MissingComma;
        }
        Self::None
    }

    /// The message to show instead of the parser's, if this hint has one.
    fn words(self, text: &str, at: usize) -> Option<String> {
        match self {
            Self::None | Self::MissingComma => None,
            Self::QuotedChoice => {
                let quoted = text.get(at + 1..).unwrap_or("");
                let word: String = quoted.chars().take_while(|c| *c != '"').take(40).collect();
                Some(format!(
                    "`\"{word}\"` is written as text, but this is a choice: write it without quotes, like `{}`",
                    word.trim()
                ))
            }
            Self::ClosedEarly => Some(
                "there is an extra `)` here: it ends the item early, so the fields after it \
                 are not read: take it out"
                    .to_owned(),
            ),
            Self::QuoteInText => Some(
                "a `\"` inside this text ends it too early: write `\\\"` for a quote inside text, \
                 or use curly quotes “ ”, or start the text with `r#\"` and end it with `\"#`"
                    .to_owned(),
            ),
        }
    }
}

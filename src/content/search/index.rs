//! Building the index: each item of the pack becomes a document (title,
//! summary, body), each distinct word a term with its postings, so a query
//! only touches the documents that contain its words.

use std::collections::HashMap;
use std::ops::Range;

use super::SearchIndex;
use super::fuzzy::letter_set;
use super::lang::{Language, prepare, words};
use crate::content::markdown::Doc;
use crate::content::{ItemKind, LinkTarget, Pack};

/// Weights of the title, summary and body fields.
const FIELD_WEIGHTS: [f32; 3] = [4.0, 2.0, 1.0];
/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// A word with no term (never happens for real words; kept for safety).
const NO_TERM: u32 = u32::MAX;

/// A vocabulary entry: a normalised word.
#[derive(Clone, Debug)]
pub(super) struct Term {
    pub(super) text: String,
    pub(super) chars: Vec<char>,
    pub(super) letters: u64,
    pub(super) idf: f32,
}

/// A distinct word as written (lowercase; accent-folded where the language
/// ignores accents), with its term: prefixes and typos are also looked for
/// in written forms, which stemming may have cut short.
#[derive(Clone, Debug)]
pub(super) struct RawForm {
    pub(super) text: String,
    pub(super) chars: Vec<char>,
    pub(super) letters: u64,
    pub(super) term: u32,
}

/// One document containing a term.
#[derive(Clone, Copy, Debug)]
pub(super) struct Posting {
    pub(super) doc: u32,
    /// Σ over title, summary, body of field weight × tf / (tf + k1).
    pub(super) fields: f32,
}

/// A term's weight in a document from its counts in title, summary and body.
fn field_score(tf: [u16; 3]) -> f32 {
    tf.iter()
        .zip(FIELD_WEIGHTS)
        .map(|(&tf, weight)| {
            let tf = f32::from(tf);
            weight * tf / (tf + K1)
        })
        .sum()
}

/// A word in a document's text, with its term.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) term: u32,
    /// First word of the text, or the text between this word and the one
    /// before holds `.`, `!`, `?` or a line break.
    pub(super) sentence_start: bool,
}

impl Token {
    pub(super) fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One searchable item.
#[derive(Clone, Debug)]
pub(super) struct DocEntry {
    pub(super) kind: ItemKind,
    pub(super) target: LinkTarget,
    pub(super) title: String,
    /// The title's words, lowercase, joined by single spaces.
    pub(super) title_key: String,
    pub(super) title_tokens: Vec<Token>,
    /// Summary, then a newline, then the body: what snippets are cut from.
    pub(super) text: String,
    pub(super) tokens: Vec<Token>,
}

impl SearchIndex {
    /// Index every benefit card, comparison row, approach and page of `pack`,
    /// with the language rules of its language tag (see [`Language::from_tag`]).
    pub fn new(pack: &Pack) -> Self {
        let mut builder = Builder::new(Language::from_tag(&pack.info.language));
        // Walk the one list of items; each kind says what of it is searched.
        for item in pack.items() {
            let kind = item.kind;
            if !kind.is_searched() {
                continue;
            }
            let (summary, body) = match (item.kind, item.doc) {
                // A row's cells read as its summary, its note as its body.
                (ItemKind::Row, _) => {
                    let cells: Vec<&str> = item
                        .texts
                        .iter()
                        .filter(|(f, _)| *f != "note")
                        .map(|(_, t)| t.trim())
                        .collect();
                    let note = item
                        .texts
                        .iter()
                        .find(|(f, _)| *f == "note")
                        .map_or("", |(_, t)| *t);
                    (cells.join(" "), note.to_owned())
                }
                (ItemKind::Card, Some(doc)) => (item.summary.to_owned(), doc.plain_text()),
                // A service's times, language, cost and how to join.
                (ItemKind::Service, _) => (
                    item.summary.to_owned(),
                    item.texts
                        .iter()
                        .map(|(_, t)| t.trim())
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                (_, Some(doc)) => (item.summary.to_owned(), body_without_title(doc, item.title)),
                (_, None) => (item.summary.to_owned(), String::new()),
            };
            builder.add(kind, item.target(), item.title, &summary, &body);
        }
        builder.finish()
    }
}

/// Collects documents and vocabulary while the index is built.
struct Builder {
    index: SearchIndex,
    /// Lowercase word as written → term id, so each distinct word is normalised once.
    raw_to_term: HashMap<String, u32>,
    /// Per term, its counts in title, summary and body of the document being added.
    counts: Vec<[u16; 3]>,
    /// Terms with non-zero `counts`.
    counted: Vec<u32>,
}

impl Builder {
    fn new(language: Language) -> Self {
        Self {
            index: SearchIndex {
                language,
                ..SearchIndex::default()
            },
            raw_to_term: HashMap::new(),
            counts: Vec::new(),
            counted: Vec::new(),
        }
    }

    fn add(&mut self, kind: ItemKind, target: LinkTarget, title: &str, summary: &str, body: &str) {
        let Ok(doc_id) = u32::try_from(self.index.docs.len()) else {
            return;
        };
        let summary = summary.trim();
        let body = body.trim();
        let text = match (summary.is_empty(), body.is_empty()) {
            (_, true) => summary.to_owned(),
            (true, false) => body.to_owned(),
            (false, false) => format!("{summary}\n{body}"),
        };
        let summary_end = summary.len();

        let title_tokens = self.tokenize(title);
        for token in &title_tokens {
            self.count(token.term, 0);
        }
        let tokens = self.tokenize(&text);
        for token in &tokens {
            let field = if (token.start as usize) < summary_end {
                1
            } else {
                2
            };
            self.count(token.term, field);
        }
        self.counted.sort_unstable();
        for term in self.counted.drain(..) {
            let Some(tf) = self.counts.get_mut(term as usize) else {
                continue;
            };
            let fields = field_score(std::mem::take(tf));
            if let Some(list) = self.index.postings.get_mut(term as usize) {
                list.push(Posting {
                    doc: doc_id,
                    fields,
                });
            }
        }

        self.index.docs.push(DocEntry {
            kind,
            target,
            title: title.to_owned(),
            title_key: title_key(self.index.language, title),
            title_tokens,
            text,
            tokens,
        });
    }

    fn count(&mut self, term: u32, field: usize) {
        let term_index = term as usize;
        if term_index >= self.counts.len() {
            self.counts.resize(term_index + 1, [0; 3]);
        }
        let tf = &mut self.counts[term_index];
        if *tf == [0; 3] {
            self.counted.push(term);
        }
        tf[field] = tf[field].saturating_add(1);
    }

    fn tokenize(&mut self, text: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::new();
        let mut previous_end = 0;
        for (range, word) in words(text) {
            let between = text.get(previous_end..range.start).unwrap_or("");
            let sentence_start = previous_end == 0 || ends_sentence(between);
            previous_end = range.end;
            let (Ok(start), Ok(end)) = (u32::try_from(range.start), u32::try_from(range.end))
            else {
                break;
            };
            let term = self.intern(word);
            if term != NO_TERM {
                out.push(Token {
                    start,
                    end,
                    term,
                    sentence_start,
                });
            }
        }
        out
    }

    fn intern(&mut self, word: &str) -> u32 {
        // Most words are already lowercase ASCII: look them up without copying.
        if word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && let Some(&term) = self.raw_to_term.get(word)
        {
            return term;
        }
        let raw = prepare(word);
        if let Some(&term) = self.raw_to_term.get(&raw) {
            return term;
        }
        let language = self.index.language;
        let norm = language.normalise_prepared(&raw);
        let term = if norm.is_empty() {
            NO_TERM
        } else if let Some(&term) = self.index.term_ids.get(&norm) {
            term
        } else {
            let Ok(term) = u32::try_from(self.index.terms.len()) else {
                return NO_TERM;
            };
            let chars: Vec<char> = norm.chars().collect();
            self.index.terms.push(Term {
                letters: letter_set(&chars),
                chars,
                text: norm.clone(),
                idf: 0.0,
            });
            self.index.postings.push(Vec::new());
            self.index.term_ids.insert(norm, term);
            term
        };
        if term != NO_TERM {
            let key = language.raw_key(&raw).into_owned();
            if language.folds_accents() {
                // Typed without accents, a word still meets its written form
                // as an exact match (the stemmer may cut the two differently:
                // "investigacion" and "investigación").
                let terms = self.index.folded_raws.entry(key.clone()).or_default();
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
            let chars: Vec<char> = key.chars().collect();
            self.index.raw_forms.push(RawForm {
                letters: letter_set(&chars),
                chars,
                text: key,
                term,
            });
        }
        self.raw_to_term.insert(raw, term);
        term
    }

    fn finish(mut self) -> SearchIndex {
        let n = self.index.docs.len() as f32;
        for (term, postings) in self.index.terms.iter_mut().zip(&self.index.postings) {
            let df = postings.len() as f32;
            term.idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        }
        self.index
    }
}

/// The document's plain text, without a first line that only repeats the title.
fn body_without_title(doc: &Doc, title: &str) -> String {
    let text = doc.plain_text();
    if let Some(heading) = doc.title()
        && heading.trim().eq_ignore_ascii_case(title.trim())
        && let Some((first, rest)) = text.split_once('\n')
        && first.trim() == heading.trim()
    {
        return rest.to_owned();
    }
    text
}

/// The words of a title (or query), lowercase (and accent-folded where the
/// language ignores accents), joined by single spaces: a query equal to a
/// title's key puts that item first.
pub(super) fn title_key(language: Language, text: &str) -> String {
    let mut key = String::new();
    for (_, word) in words(text) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&language.raw_key(&prepare(word)));
    }
    key
}

fn ends_sentence(between_words: &str) -> bool {
    between_words.contains(['.', '!', '?', '\n'])
}

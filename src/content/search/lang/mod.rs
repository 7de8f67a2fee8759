//! Language rules: how text splits into words, which words are too common to
//! search for, and how a word is normalised so that related forms meet
//! (lowercase, spelling and accent folding, Snowball stemming).
//!
//! The index and the query use the same rules, chosen by the pack's language
//! tag, so a word typed in a query meets the same word in the pack however it
//! is inflected. Each language has its own file: add a language by adding a
//! variant, its file and its arm in each match below.

mod english;
mod spanish;

use std::borrow::Cow;
use std::ops::Range;

pub use crate::content::language::Language;

/// Search's rules for each language: English is Snowball (Porter 2) with
/// British spellings folded to US ones; Spanish is Snowball Spanish,
/// accent-insensitive, with Spanish stop words.
impl Language {
    /// A word's normal form: lowercase, folded and stemmed by this language's
    /// rules. The UI compares words in a document, normalised this way, with
    /// [`SearchIndex::matching_words`](super::SearchIndex::matching_words).
    ///
    /// Related forms meet ("therapies" and "therapy", "behaviour" and
    /// "behavioral", "counselling" and "counseling", "privacy" and "private";
    /// "grupos" and "grupo", "psicologo" and "psicólogo"); the result need not
    /// be a real word.
    pub fn normalise_word(self, word: &str) -> String {
        self.normalise_prepared(&prepare(word))
    }

    /// Byte ranges of the words in `text` whose normal form is one of `found`
    /// (from [`SearchIndex::matching_words`](super::SearchIndex::matching_words)):
    /// what a page marks after a search.
    pub fn found_ranges(self, found: &[String], text: &str) -> Vec<Range<usize>> {
        if found.is_empty() {
            return Vec::new();
        }
        words(text)
            .filter(|(_, word)| found.contains(&self.normalise_word(word)))
            .map(|(range, _)| range)
            .collect()
    }

    /// The normal form of a word already through [`prepare`].
    pub(super) fn normalise_prepared(self, raw: &str) -> String {
        match self {
            Self::English => english::normalise(raw),
            Self::Spanish => spanish::normalise(raw),
        }
    }

    /// Whether accents are ignored when words are compared as written
    /// (for prefixes, typos and exact word forms).
    pub(super) fn folds_accents(self) -> bool {
        match self {
            Self::English => false,
            Self::Spanish => true,
        }
    }

    /// A word through [`prepare`], as compared when written forms are
    /// compared: accent-folded where the language ignores accents.
    pub(super) fn raw_key(self, raw: &str) -> Cow<'_, str> {
        if self.folds_accents() {
            fold_accents(raw)
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// Whether a word through [`Self::raw_key`] is too common to search for.
    pub(super) fn is_stop_word(self, key: &str) -> bool {
        match self {
            Self::English => english::is_stop_word(key),
            Self::Spanish => spanish::is_stop_word(key),
        }
    }
}

/// A lowercase word without accents: á à â ä → a, é è ê ë → e, í ì î ï → i,
/// ó ò ô ö → o, ú ù û ü → u, ñ → n, ç → c. Borrowed when there is nothing to
/// fold (most words), so folding costs little.
pub(super) fn fold_accents(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    Cow::Owned(word.chars().map(fold_char).collect())
}

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Split text into words with byte ranges: runs of letters and digits, with
/// apostrophes inside a word kept ("don't", "therapist's"). Hyphens and all
/// other characters split words.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = text.get(pos..)?;
        let Some((offset, _)) = rest.char_indices().find(|&(_, c)| c.is_alphanumeric()) else {
            pos = text.len();
            return None;
        };
        let start = pos + offset;
        let mut end = start;
        let mut chars = text[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphanumeric() {
                end = start + i + c.len_utf8();
            } else if is_apostrophe(c)
                && chars
                    .peek()
                    .is_some_and(|&(_, next)| next.is_alphanumeric())
            {
                continue;
            } else {
                break;
            }
        }
        pos = end;
        Some((start..end, &text[start..end]))
    })
}

/// Lowercase, with every apostrophe written as `'`: the "raw" form of a word.
pub(super) fn prepare(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect()
}

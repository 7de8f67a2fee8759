//! Full-text search over a pack: benefit cards, comparison rows, approaches
//! and pages.
//!
//! The index is built once when a pack is loaded and queried on every
//! keystroke. Words are normalised the same way in the index and in the
//! query, by the rules of the pack's language (lowercase; English: British
//! spellings folded to the US spellings the content uses; Spanish: accents
//! ignored; then Snowball stemming), and a query word matches a vocabulary
//! word exactly, as a prefix (the last, perhaps half-typed, word only) or
//! with a small typo. Scores are BM25-like; snippets and highlights are built
//! only for the results returned.
//!
//! One file per concern:
//! - `index`: building the index from a pack (documents, vocabulary, postings);
//! - `query`: parsing a query, matching its words and ranking documents;
//! - `snippet`: the passage shown under a result, with its highlights;
//! - `lang`: language rules (words, stop words, stemming, spelling and
//!   accent folding), one file per language;
//! - `fuzzy`: edit distance and typo tolerance.

mod fuzzy;
mod index;
mod lang;
mod query;
mod snippet;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_spanish;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

pub use fuzzy::edit_distance;
pub use lang::{Language, words};

use super::{ItemKind, LinkTarget};
use index::{DocEntry, Posting, RawForm, Term};

/// One search hit, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult {
    /// What kind of item this is, for a badge in the UI (the one list of
    /// kinds; the UI names each in the reader's language).
    pub kind: ItemKind,
    /// Where the result opens: `LinkTarget::Card(id)`, `::CompareRow(row_id)`,
    /// `::Approach(id)` or `::Page(id)`.
    pub target: LinkTarget,
    /// The item's title (a comparison row's question).
    pub title: String,
    /// Byte ranges in `title` of matched words (for highlighting).
    pub title_highlights: Vec<Range<usize>>,
    /// A short passage (about 20–30 words, cut at word boundaries, with "…"
    /// where a sentence is cut) around the best match in the item's text; the
    /// start of the summary if the match is only in the title.
    pub snippet: String,
    /// Byte ranges in `snippet` of matched words.
    pub snippet_highlights: Vec<Range<usize>>,
    /// Relevance: higher is better; only comparable within one search.
    pub score: f32,
}

/// A search index over one pack. Built once (on load), queried on every keystroke.
#[derive(Clone, Default)]
pub struct SearchIndex {
    /// The rules words are normalised by, from the pack's language tag.
    language: Language,
    docs: Vec<DocEntry>,
    /// Vocabulary: normalised words, indexed by term id.
    terms: Vec<Term>,
    term_ids: HashMap<String, u32>,
    /// Every distinct lowercase word as written, with its term.
    raw_forms: Vec<RawForm>,
    /// Where accents are ignored: each written form, accent-folded, with its
    /// terms, so a word typed without accents matches exactly.
    folded_raws: HashMap<String, Vec<u32>>,
    /// Term id → the documents containing it, with the term's weight there.
    postings: Vec<Vec<Posting>>,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("language", &self.language)
            .field("documents", &self.docs.len())
            .field("terms", &self.terms.len())
            .field("raw_forms", &self.raw_forms.len())
            .finish()
    }
}

impl SearchIndex {
    /// Number of items indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether nothing is indexed (an empty pack, or the default index).
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The language rules this index normalises words by: use the same rules
    /// to mark words found by [`SearchIndex::matching_words`] in a page
    /// ([`Language::found_ranges`]).
    pub fn language(&self) -> Language {
        self.language
    }
}

//! Queries: a query's words are normalised like the index's, each is matched
//! against the vocabulary (exactly, as a prefix while it is still being typed,
//! or with a small typo), and documents are ranked BM25-like, with a bonus for
//! covering every word and for a query that is exactly an item's title.

use std::collections::HashMap;

use super::fuzzy::{letter_set, may_be_within, osa_within, typo_allowance};
use super::index::{DocEntry, title_key};
use super::lang::{Language, prepare, words};
use super::snippet::{snippet, token_mask};
use super::{SearchIndex, SearchResult};

const EXACT_WEIGHT: f32 = 1.0;
const PREFIX_WEIGHT: f32 = 0.8;
const TYPO_WEIGHT: f32 = 0.6;
/// Query words beyond this many (after stop words and repeats) are ignored.
const MAX_QUERY_TERMS: usize = 32;

/// One word of a query, after normalisation.
#[derive(Debug)]
struct QueryTerm {
    norm: String,
    /// The lowercase forms as typed (several if the same word came twice),
    /// accent-folded where the language ignores accents.
    raws: Vec<String>,
    /// The last word, still being typed: may match as a prefix.
    prefix: bool,
}

impl SearchIndex {
    /// Results best first, at most `limit`. Empty or whitespace query → empty vec.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchResult> {
        if limit == 0 || self.docs.is_empty() {
            return Vec::new();
        }
        let terms = parse_query(self.language, query);
        if terms.is_empty() {
            return Vec::new();
        }
        let matches: Vec<Vec<(u32, f32)>> = terms.iter().map(|t| self.match_term(t)).collect();

        let n = self.docs.len();
        let mut total = vec![0.0_f32; n];
        let mut matched_terms = vec![0_u16; n];
        let mut best = vec![0.0_f32; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        for term_matches in &matches {
            for &(term, weight) in term_matches {
                let Some(postings) = self.postings.get(term as usize) else {
                    continue;
                };
                let idf = self.terms.get(term as usize).map_or(0.0, |t| t.idf);
                for posting in postings {
                    let doc = posting.doc as usize;
                    let score = weight * idf * posting.fields;
                    if best[doc] == 0.0 {
                        touched.push(doc);
                    }
                    if score > best[doc] {
                        best[doc] = score;
                    }
                }
            }
            for &doc in &touched {
                if matched_terms[doc] == 0 {
                    candidates.push(doc);
                }
                total[doc] += best[doc];
                matched_terms[doc] += 1;
                best[doc] = 0.0;
            }
            touched.clear();
        }

        let query_count = terms.len() as f32;
        let mut scored: Vec<(usize, f32)> = candidates
            .into_iter()
            .map(|doc| {
                let coverage = f32::from(matched_terms[doc]) / query_count;
                (doc, total[doc] * coverage * coverage)
            })
            .filter(|&(_, score)| score > 0.0)
            .collect();

        // A query that is exactly an item's title puts that item first.
        let key = title_key(self.language, query);
        if !key.is_empty() {
            let top = scored.iter().map(|&(_, s)| s).fold(0.0_f32, f32::max);
            for (doc, score) in &mut scored {
                if self.docs[*doc].title_key == key {
                    *score += top;
                }
            }
        }

        let order = |a: &(usize, f32), b: &(usize, f32)| {
            b.1.total_cmp(&a.1).then_with(|| {
                let (da, db) = (&self.docs[a.0], &self.docs[b.0]);
                da.title_key
                    .cmp(&db.title_key)
                    .then_with(|| da.title.cmp(&db.title))
                    .then_with(|| a.0.cmp(&b.0))
            })
        };
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit - 1, order);
            scored.truncate(limit);
        }
        scored.sort_unstable_by(order);

        let mask = self.term_mask(&matches);
        scored
            .into_iter()
            .map(|(doc, score)| self.result(&self.docs[doc], score, &mask))
            .collect()
    }

    /// The normalised forms of the query's words (same normalisation as the
    /// index), without stop words unless the query is nothing else, without
    /// repeats.
    pub fn query_terms(&self, query: &str) -> Vec<String> {
        parse_query(self.language, query)
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    /// Every vocabulary word (normalised) that a query term matches (exact,
    /// prefix, or typo), so the UI can highlight words in an opened document
    /// with [`Language::found_ranges`] (the index's [`SearchIndex::language`]).
    /// Sorted.
    pub fn matching_words(&self, query: &str) -> Vec<String> {
        let mut out: Vec<String> = parse_query(self.language, query)
            .iter()
            .flat_map(|t| self.match_term(t))
            .filter_map(|(term, _)| self.terms.get(term as usize))
            .map(|t| t.text.clone())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The vocabulary words one query term matches, with the match weight.
    fn match_term(&self, query: &QueryTerm) -> Vec<(u32, f32)> {
        let mut found: HashMap<u32, f32> = HashMap::new();
        let mut note = |term: u32, weight: f32| {
            let entry = found.entry(term).or_insert(0.0);
            if weight > *entry {
                *entry = weight;
            }
        };
        let mut exact = false;
        if let Some(&term) = self.term_ids.get(&query.norm) {
            note(term, EXACT_WEIGHT);
            exact = true;
        }
        // Where accents are ignored, a word typed without them is the word
        // with them, however the stemmer cut each.
        for raw in &query.raws {
            for &term in self.folded_raws.get(raw).into_iter().flatten() {
                note(term, EXACT_WEIGHT);
                exact = true;
            }
        }
        if query.prefix {
            if query.norm.chars().count() >= 3 {
                for (id, term) in self.terms.iter().enumerate() {
                    if term.text.len() > query.norm.len() && term.text.starts_with(&query.norm) {
                        note(id as u32, PREFIX_WEIGHT);
                    }
                }
            }
            for raw in &query.raws {
                if raw.chars().count() >= 3 {
                    for form in &self.raw_forms {
                        if form.text.len() > raw.len() && form.text.starts_with(raw.as_str()) {
                            note(form.term, PREFIX_WEIGHT);
                        }
                    }
                }
            }
        }
        // A word the pack uses is taken as meant; typos are only looked for
        // when the word itself is nowhere in the pack.
        if !exact {
            let norm: Vec<char> = query.norm.chars().collect();
            if let Some(max) = typo_allowance(norm.len()) {
                let letters = letter_set(&norm);
                for (id, term) in self.terms.iter().enumerate() {
                    if may_be_within(letters, term.letters, max)
                        && osa_within(&norm, &term.chars, max)
                    {
                        note(id as u32, TYPO_WEIGHT);
                    }
                }
            }
            for raw in &query.raws {
                let raw: Vec<char> = raw.chars().collect();
                if let Some(max) = typo_allowance(raw.len()) {
                    let letters = letter_set(&raw);
                    for form in &self.raw_forms {
                        if may_be_within(letters, form.letters, max)
                            && osa_within(&raw, &form.chars, max)
                        {
                            note(form.term, TYPO_WEIGHT);
                        }
                    }
                }
            }
        }
        let mut out: Vec<(u32, f32)> = found.into_iter().collect();
        out.sort_unstable_by_key(|&(term, _)| term);
        out
    }

    /// Term id → bit set of the query terms that matched it.
    fn term_mask(&self, matches: &[Vec<(u32, f32)>]) -> Vec<u64> {
        let mut mask = vec![0_u64; self.terms.len()];
        for (i, term_matches) in matches.iter().enumerate() {
            let bit = 1_u64 << (i % 64);
            for &(term, _) in term_matches {
                if let Some(m) = mask.get_mut(term as usize) {
                    *m |= bit;
                }
            }
        }
        mask
    }

    fn result(&self, doc: &DocEntry, score: f32, mask: &[u64]) -> SearchResult {
        let title_highlights = doc
            .title_tokens
            .iter()
            .filter(|t| token_mask(t, mask) != 0)
            .map(|t| t.range())
            .collect();
        let (snippet, snippet_highlights) = snippet(&doc.text, &doc.tokens, mask);
        SearchResult {
            kind: doc.kind,
            target: doc.target.clone(),
            title: doc.title.clone(),
            title_highlights,
            snippet,
            snippet_highlights,
            score,
        }
    }
}

/// The query's words, normalised, without stop words unless the query is
/// nothing else, without repeats, at most [`MAX_QUERY_TERMS`].
fn parse_query(language: Language, query: &str) -> Vec<QueryTerm> {
    let all: Vec<(String, String, bool)> = words(query)
        .map(|(range, word)| {
            let raw = prepare(word);
            let key = language.raw_key(&raw).into_owned();
            (raw, key, range.end == query.len())
        })
        .collect();
    let only_stop_words = all.iter().all(|(_, key, _)| language.is_stop_word(key));
    let mut terms: Vec<QueryTerm> = Vec::new();
    for (raw, key, last) in all {
        if !only_stop_words && language.is_stop_word(&key) {
            continue;
        }
        let norm = language.normalise_prepared(&raw);
        if norm.is_empty() {
            continue;
        }
        if let Some(term) = terms.iter_mut().find(|t| t.norm == norm) {
            term.prefix |= last;
            if !term.raws.contains(&key) {
                term.raws.push(key);
            }
            continue;
        }
        if terms.len() == MAX_QUERY_TERMS {
            continue;
        }
        terms.push(QueryTerm {
            norm,
            raws: vec![key],
            prefix: last,
        });
    }
    terms
}

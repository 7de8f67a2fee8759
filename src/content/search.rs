//! Full-text search over a pack: benefit cards, comparison rows, approaches
//! and pages.
//!
//! The index is built once when a pack is loaded and queried on every
//! keystroke. Words are normalised the same way in the index and in the
//! query (lowercase, British spellings folded to the US spellings the content
//! uses, light stemming), and a query word matches a vocabulary word exactly,
//! as a prefix (the last, perhaps half-typed, word only) or with a small typo.
//! Scores are BM25-like; snippets and highlights are built only for the
//! results returned.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use super::markdown::Doc;
use super::{LinkTarget, Pack};

/// Weights of the title, summary and body fields.
const FIELD_WEIGHTS: [f32; 3] = [4.0, 2.0, 1.0];
/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
const EXACT_WEIGHT: f32 = 1.0;
const PREFIX_WEIGHT: f32 = 0.8;
const TYPO_WEIGHT: f32 = 0.6;
/// Query words beyond this many (after stop words and repeats) are ignored.
const MAX_QUERY_TERMS: usize = 32;
/// Words longer than this (in chars) are never compared for typos.
const MAX_TYPO_CHARS: usize = 40;
/// Words in a snippet before it is stretched to the end of a sentence.
const SNIPPET_WORDS: usize = 24;
/// How far a snippet may be stretched to end at a sentence end.
const SNIPPET_STRETCH: usize = 6;
/// How far back a snippet may start to begin at a sentence start.
const SNIPPET_LOOK_BACK: usize = 12;
/// Matches considered as the centre of a snippet (the first ones in the text).
const MAX_SNIPPET_ANCHORS: usize = 64;
/// A word with no term (never happens for real words; kept for safety).
const NO_TERM: u32 = u32::MAX;

const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "it", "i", "you", "me",
    "my", "with", "what", "how", "do", "does", "be", "are", "can", "at", "as", "by", "that",
    "this",
];

/// What kind of item a result is, for a badge in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    Card,
    Comparison,
    Approach,
    Page,
}

impl ResultKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Card => "Card",
            Self::Comparison => "Comparison",
            Self::Approach => "Approach",
            Self::Page => "Guide",
        }
    }
}

/// One search hit, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult {
    pub kind: ResultKind,
    /// Where the result opens: `LinkTarget::Card(id)`, `::CompareRow(row_id)`,
    /// `::Approach(id)` or `::Page(id)`.
    pub target: LinkTarget,
    pub title: String,
    /// Byte ranges in `title` of matched words (for highlighting).
    pub title_highlights: Vec<Range<usize>>,
    /// A short passage (about 20–30 words, cut at word boundaries, with "…"
    /// where a sentence is cut) around the best match in the item's text; the
    /// start of the summary if the match is only in the title.
    pub snippet: String,
    /// Byte ranges in `snippet` of matched words.
    pub snippet_highlights: Vec<Range<usize>>,
    pub score: f32,
}

/// A search index over one pack. Built once (on load), queried on every keystroke.
#[derive(Clone, Default)]
pub struct SearchIndex {
    docs: Vec<DocEntry>,
    /// Vocabulary: normalised words, indexed by term id.
    terms: Vec<Term>,
    term_ids: HashMap<String, u32>,
    /// Every distinct lowercase word as written, with its term.
    raw_forms: Vec<RawForm>,
    /// Term id → the documents containing it, with the term's weight there.
    postings: Vec<Vec<Posting>>,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.docs.len())
            .field("terms", &self.terms.len())
            .field("raw_forms", &self.raw_forms.len())
            .finish()
    }
}

#[derive(Clone, Debug)]
struct Term {
    text: String,
    chars: Vec<char>,
    letters: u64,
    idf: f32,
}

#[derive(Clone, Debug)]
struct RawForm {
    text: String,
    chars: Vec<char>,
    letters: u64,
    term: u32,
}

#[derive(Clone, Copy, Debug)]
struct Posting {
    doc: u32,
    /// Σ over title, summary, body of field weight × tf / (tf + k1).
    fields: f32,
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
struct Token {
    start: u32,
    end: u32,
    term: u32,
    /// First word of the text, or the text between this word and the one
    /// before holds `.`, `!`, `?` or a line break.
    sentence_start: bool,
}

impl Token {
    fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[derive(Clone, Debug)]
struct DocEntry {
    kind: ResultKind,
    target: LinkTarget,
    title: String,
    /// The title's words, lowercase, joined by single spaces.
    title_key: String,
    title_tokens: Vec<Token>,
    /// Summary, then a newline, then the body: what snippets are cut from.
    text: String,
    tokens: Vec<Token>,
}

/// One word of a query, after normalisation.
#[derive(Debug)]
struct QueryTerm {
    norm: String,
    /// The lowercase forms as typed (several if the same word came twice).
    raws: Vec<String>,
    /// The last word, still being typed: may match as a prefix.
    prefix: bool,
}

impl SearchIndex {
    pub fn new(pack: &Pack) -> Self {
        let mut builder = Builder::default();
        for card in &pack.benefits.cards {
            builder.add(
                ResultKind::Card,
                LinkTarget::Card(card.id.clone()),
                &card.title,
                &card.summary,
                &card.doc.plain_text(),
            );
        }
        for row in pack.comparison.tables.iter().flat_map(|t| &t.rows) {
            let cells = format!("{} {}", row.individual.trim(), row.group.trim());
            builder.add(
                ResultKind::Comparison,
                LinkTarget::CompareRow(row.id.clone()),
                &row.question,
                &cells,
                row.note.as_deref().unwrap_or(""),
            );
        }
        for approach in &pack.approaches.approaches {
            builder.add(
                ResultKind::Approach,
                LinkTarget::Approach(approach.id.clone()),
                &approach.title,
                &approach.summary,
                &body_without_title(&approach.doc, &approach.title),
            );
        }
        for page in &pack.pages.pages {
            builder.add(
                ResultKind::Page,
                LinkTarget::Page(page.id.clone()),
                &page.title,
                &page.summary,
                &body_without_title(&page.doc, &page.title),
            );
        }
        builder.finish()
    }

    /// Number of items indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Results best first, at most `limit`. Empty or whitespace query → empty vec.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchResult> {
        if limit == 0 || self.docs.is_empty() {
            return Vec::new();
        }
        let terms = parse_query(query);
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
        let key = title_key(query);
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
        parse_query(query).into_iter().map(|t| t.norm).collect()
    }

    /// Every vocabulary word (normalised) that a query term matches (exact,
    /// prefix, or typo), so the UI can highlight words in an opened document
    /// by comparing `normalise_word(word)` against this list. Sorted.
    pub fn matching_words(&self, query: &str) -> Vec<String> {
        let mut out: Vec<String> = parse_query(query)
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
        let exact = self.term_ids.get(&query.norm).copied();
        if let Some(term) = exact {
            note(term, EXACT_WEIGHT);
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
        if exact.is_none() {
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

/// Collects documents and vocabulary while the index is built.
#[derive(Default)]
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
    fn add(
        &mut self,
        kind: ResultKind,
        target: LinkTarget,
        title: &str,
        summary: &str,
        body: &str,
    ) {
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
            title_key: title_key(title),
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
        let norm = normalise_prepared(&raw);
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
            let chars: Vec<char> = raw.chars().collect();
            self.index.raw_forms.push(RawForm {
                letters: letter_set(&chars),
                chars,
                text: raw.clone(),
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

/// The words of a title (or query), lowercase, joined by single spaces.
fn title_key(text: &str) -> String {
    let mut key = String::new();
    for (_, word) in words(text) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&prepare(word));
    }
    key
}

fn parse_query(query: &str) -> Vec<QueryTerm> {
    let all: Vec<(String, bool)> = words(query)
        .map(|(range, word)| (prepare(word), range.end == query.len()))
        .collect();
    let only_stop_words = all.iter().all(|(raw, _)| is_stop_word(raw));
    let mut terms: Vec<QueryTerm> = Vec::new();
    for (raw, last) in all {
        if !only_stop_words && is_stop_word(&raw) {
            continue;
        }
        let norm = normalise_prepared(&raw);
        if norm.is_empty() {
            continue;
        }
        if let Some(term) = terms.iter_mut().find(|t| t.norm == norm) {
            term.prefix |= last;
            if !term.raws.contains(&raw) {
                term.raws.push(raw);
            }
            continue;
        }
        if terms.len() == MAX_QUERY_TERMS {
            continue;
        }
        terms.push(QueryTerm {
            norm,
            raws: vec![raw],
            prefix: last,
        });
    }
    terms
}

fn is_stop_word(raw: &str) -> bool {
    let word = raw.strip_suffix("'s").unwrap_or(raw);
    STOP_WORDS.contains(&word)
}

fn ends_sentence(between_words: &str) -> bool {
    between_words.contains(['.', '!', '?', '\n'])
}

fn token_mask(token: &Token, mask: &[u64]) -> u64 {
    mask.get(token.term as usize).copied().unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Snippets

/// Cut a passage of about `SNIPPET_WORDS` words around the best cluster of
/// matches, with the byte ranges of matched words in the passage.
fn snippet(text: &str, tokens: &[Token], mask: &[u64]) -> (String, Vec<Range<usize>>) {
    let n = tokens.len();
    if n == 0 {
        return (String::new(), Vec::new());
    }
    let gap = |i: usize| gap_before(text, tokens, i);
    let starts_sentence = |i: usize| tokens.get(i).is_none_or(|t| t.sentence_start);
    let ends_at = |i: usize| starts_sentence(i + 1);

    // Choose the window: the most distinct query terms, then the most matches, earliest first.
    let start_for = |p: usize| {
        let s = (p.saturating_sub(SNIPPET_LOOK_BACK)..=p)
            .rev()
            .find(|&i| starts_sentence(i))
            .unwrap_or_else(|| p.saturating_sub(3));
        if s + SNIPPET_WORDS <= n {
            return s;
        }
        // Near the end of the text: show more before the match, from a
        // sentence start if there is one close by.
        let earliest = n.saturating_sub(SNIPPET_WORDS);
        (earliest..=s)
            .take(SNIPPET_LOOK_BACK)
            .find(|&i| starts_sentence(i))
            .unwrap_or(earliest)
    };
    let mut best: Option<(u32, usize, usize)> = None;
    let anchors = (0..n)
        .filter(|&i| token_mask(&tokens[i], mask) != 0)
        .take(MAX_SNIPPET_ANCHORS);
    for p in anchors {
        let s = start_for(p);
        let e = (s + SNIPPET_WORDS).min(n);
        let (mut seen, mut hits) = (0_u64, 0_usize);
        for token in &tokens[s..e] {
            let m = token_mask(token, mask);
            if m != 0 {
                seen |= m;
                hits += 1;
            }
        }
        let key = (seen.count_ones(), hits);
        if best.is_none_or(|(distinct, most, _)| key > (distinct, most)) {
            best = Some((key.0, key.1, s));
        }
    }
    let s = best.map_or(0, |(_, _, s)| s);
    let mut e = (s + SNIPPET_WORDS).min(n);
    if !ends_at(e - 1)
        && let Some(j) = (e..(e + SNIPPET_STRETCH).min(n)).find(|&j| ends_at(j))
    {
        e = j + 1;
    }

    let mut out = String::new();
    let mut highlights = Vec::new();
    if starts_sentence(s) {
        // Keep an opening quote or bracket just before the first word.
        let before = gap(s);
        let lead: usize = before
            .chars()
            .rev()
            .take_while(|&c| is_opening(c))
            .map(char::len_utf8)
            .sum();
        out.push_str(&before[before.len() - lead..]);
    } else {
        out.push('…');
    }
    for (i, token) in tokens.iter().enumerate().take(e).skip(s) {
        if i > s {
            push_separator(&mut out, gap(i));
        }
        let start = out.len();
        out.push_str(text.get(token.range()).unwrap_or(""));
        if token_mask(token, mask) != 0 {
            highlights.push(start..out.len());
        }
    }
    let after = gap(e);
    if ends_at(e - 1) {
        // The full stop and any closing quote or bracket.
        let tail: usize = after
            .chars()
            .take_while(|&c| is_closing(c))
            .map(char::len_utf8)
            .sum();
        out.push_str(&after[..tail]);
    } else {
        out.push('…');
    }
    (out, highlights)
}

fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '"' | '\'' | '\u{201C}' | '\u{2018}')
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ')' | ']' | '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{2026}'
    )
}

/// Text between token `i - 1` and token `i`; before the first token when `i`
/// is 0, after the last when `i` is `tokens.len()`.
fn gap_before<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    let start = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .map_or(0, |t| t.end as usize);
    let end = tokens.get(i).map_or(text.len(), |t| t.start as usize);
    text.get(start..end).unwrap_or("")
}

/// Text between two words with whitespace collapsed; a line break with no
/// punctuation before it (after a heading or list item) becomes " · ".
fn push_separator(out: &mut String, gap: &str) {
    match gap.split_once('\n') {
        None => push_collapsed(out, gap),
        Some((before, after)) => {
            push_collapsed(out, before.trim_end());
            let bare = out.trim_end_matches([')', '"', '\u{201D}', '\u{2019}', '\'']);
            if bare.ends_with(['.', '!', '?', ':', ';', ',', '\u{2026}']) {
                out.push(' ');
            } else {
                out.push_str(" \u{00B7} ");
            }
            push_collapsed(out, after.trim_start());
        }
    }
}

fn push_collapsed(out: &mut String, text: &str) {
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
}

// ---------------------------------------------------------------------------
// Words

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
fn prepare(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect()
}

/// Lowercase, US/UK spelling folded, lightly stemmed. Public so the UI can
/// compare words in a document with [`SearchIndex::matching_words`].
///
/// Related forms meet ("therapies" and "therapy", "behaviour" and
/// "behavioral", "counselling" and "counseling", "privacy" and "private");
/// the result need not be a real word.
pub fn normalise_word(word: &str) -> String {
    normalise_prepared(&prepare(word))
}

/// Byte ranges of the words in `text` whose normalised form is one of
/// `found` (from [`SearchIndex::matching_words`]): what a page marks after
/// a search.
pub fn found_ranges(found: &[String], text: &str) -> Vec<Range<usize>> {
    if found.is_empty() {
        return Vec::new();
    }
    words(text)
        .filter(|(_, word)| found.contains(&normalise_word(word)))
        .map(|(range, _)| range)
        .collect()
}

fn normalise_prepared(raw: &str) -> String {
    let base = raw.strip_suffix("'s").unwrap_or(raw);
    let mut word: String = base.chars().filter(|&c| c != '\'').collect();
    if word.is_ascii() {
        fold_spelling(&mut word);
        stem(&mut word);
    }
    word
}

// ---------------------------------------------------------------------------
// British → US spelling

/// -our words (only these: not hour, four, your, tour, journey…).
const OUR_WORDS: &[(&str, &str)] = &[
    ("behaviour", "behavior"),
    ("colour", "color"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("humour", "humor"),
    ("labour", "labor"),
    ("neighbour", "neighbor"),
    ("rumour", "rumor"),
    ("endeavour", "endeavor"),
    ("flavour", "flavor"),
    ("vigour", "vigor"),
    ("rigour", "rigor"),
    ("harbour", "harbor"),
    ("odour", "odor"),
    ("armour", "armor"),
    ("savour", "savor"),
    ("tumour", "tumor"),
    ("valour", "valor"),
    ("candour", "candor"),
    ("splendour", "splendor"),
    ("fervour", "fervor"),
    ("demeanour", "demeanor"),
    ("saviour", "savior"),
    ("parlour", "parlor"),
];

/// Other spellings that differ inside a word.
const INFIXES: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("judgement", "judgment"),
    ("acknowledgement", "acknowledgment"),
    ("sceptic", "skeptic"),
    ("skilful", "skillful"),
    ("wilful", "willful"),
    ("jewellery", "jewelry"),
    ("paed", "ped"),
    ("anaes", "anes"),
    ("aemia", "emia"),
    ("aemic", "emic"),
    ("haem", "hem"),
    ("oestr", "estr"),
    ("oesoph", "esoph"),
    ("oedem", "edem"),
    ("rrhoea", "rrhea"),
    ("pnoea", "pnea"),
    ("gynaec", "gynec"),
    ("foetus", "fetus"),
    ("foetal", "fetal"),
    ("coeliac", "celiac"),
    ("palaeo", "paleo"),
];

/// Whole words.
const WHOLE_WORDS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("whilst", "while"),
    ("amongst", "among"),
];

/// Words starting with these take the US spelling for the start.
const PREFIXES: &[(&str, &str)] = &[
    ("ageing", "aging"),
    ("grey", "gray"),
    ("practis", "practic"),
];

/// Stems of -re words (centre → center).
const RE_STEMS: &[&str] = &[
    "cent", "met", "theat", "fib", "lit", "calib", "somb", "spect", "meag", "lust", "sab", "mit",
    "och",
];

/// Stems whose final l is doubled in British spelling before a suffix
/// (counselling → counseling).
const LL_STEMS: &[&str] = &[
    "counsel", "travel", "label", "model", "cancel", "signal", "fuel", "level", "marvel",
    "channel", "tunnel", "funnel", "quarrel", "dial", "equal", "total", "shovel", "rival", "jewel",
    "pedal", "duel", "libel", "bevel", "revel", "grovel", "yodel", "panel", "parcel", "chisel",
    "swivel", "initial", "pencil", "snorkel",
];
const LL_SUFFIXES: &[&str] = &[
    "ing", "ings", "ed", "er", "ers", "or", "ors", "ous", "ist", "ists",
];

/// Stems with a single l in British spelling and a double l in US spelling
/// (enrol → enroll, enrolment → enrollment).
const SINGLE_L_STEMS: &[&str] = &["enrol", "fulfil", "instal", "distil", "instil"];

const ISE_SUFFIXES: &[&str] = &[
    "isations",
    "isational",
    "isation",
    "isable",
    "isers",
    "iser",
    "ising",
    "ised",
    "ises",
    "ise",
];
/// -ise words spelled -ise in US English too.
const ISE_EXACT: &[&str] = &[
    "exercise",
    "expertise",
    "treatise",
    "chastise",
    "merchandise",
    "paradise",
    "circumcise",
    "excise",
    "incise",
    "demise",
    "chemise",
    "surmise",
    "premise",
    "despise",
    "valise",
    "mortise",
    "cerise",
    "sunrise",
    "uprise",
];
/// Endings of -ise words spelled -ise in US English too.
const ISE_ENDINGS: &[&str] = &[
    "wise",
    "vise",
    "prise",
    "aise",
    "oise",
    "uise",
    "promise",
    "advertise",
    "precise",
    "concise",
    "franchise",
];

const YSE_SUFFIXES: &[&str] = &["ysers", "yser", "ysing", "ysed", "yses", "yse"];

fn fold_spelling(word: &mut String) {
    if word.len() < 4 {
        return;
    }
    if let Some(&(_, us)) = WHOLE_WORDS.iter().find(|(uk, _)| *uk == word.as_str()) {
        *word = us.to_owned();
        return;
    }
    if word.contains("our")
        && let Some(&(uk, us)) = OUR_WORDS.iter().find(|(uk, _)| word.contains(uk))
    {
        *word = word.replacen(uk, us, 1);
    }
    for &(uk, us) in INFIXES {
        if word.contains(uk) {
            *word = word.replacen(uk, us, 1);
        }
    }
    for &(uk, us) in PREFIXES {
        if let Some(rest) = word.strip_prefix(uk) {
            *word = format!("{us}{rest}");
        }
    }
    if let Some(rest) = word.strip_prefix("manoeuvr") {
        let rest = match rest {
            "e" => "",
            "es" => "s",
            "ed" => "ed",
            other => other.strip_prefix('e').unwrap_or(other),
        };
        *word = format!("maneuver{rest}");
    }
    fold_re(word);
    fold_ise(word);
    fold_yse(word);
    for stem in LL_STEMS {
        if let Some(after) = word.strip_prefix(stem).and_then(|r| r.strip_prefix('l'))
            && LL_SUFFIXES.contains(&after)
        {
            *word = format!("{stem}{after}");
            break;
        }
    }
    for stem in SINGLE_L_STEMS {
        if let Some(rest) = word.strip_prefix(stem)
            && !rest.starts_with('l')
        {
            *word = format!("{stem}l{rest}");
            break;
        }
    }
}

/// centre → center, centres → centers, centred → centered, centring → centering.
fn fold_re(word: &mut String) {
    if !word.contains("re") && !word.contains("ring") {
        return;
    }
    for stem in RE_STEMS {
        let Some(at) = word.find(stem) else {
            continue;
        };
        let after = at + stem.len();
        let rest = &word[after..];
        let change = [("red", "ered"), ("re", "er"), ("ring", "ering")]
            .into_iter()
            .find(|(uk, _)| rest.starts_with(uk));
        if let Some((uk, us)) = change {
            word.replace_range(after..after + uk.len(), us);
            return;
        }
    }
}

/// organise → organize, organisation → organization; not advise, exercise…
fn fold_ise(word: &mut String) {
    if !word.contains("is") {
        return;
    }
    for suffix in ISE_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            let base = format!("{stem}ise");
            let keep = base.len() < 6
                || ISE_EXACT.contains(&base.as_str())
                || ISE_ENDINGS.iter().any(|e| base.ends_with(e));
            if !keep {
                *word = format!("{stem}iz{}", &suffix[2..]);
            }
            return;
        }
    }
}

/// analyse → analyze, paralysed → paralyzed.
fn fold_yse(word: &mut String) {
    for suffix in YSE_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 3 && stem.ends_with('l') {
                *word = format!("{stem}yz{}", &suffix[2..]);
            }
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Stemming

/// Light suffix stripping so that related forms meet. ASCII words only.
fn stem(word: &mut String) {
    let len = word.len();
    // Plurals.
    if len > 4 && word.ends_with("ies") {
        word.truncate(len - 3);
        word.push('y');
    } else if word.ends_with("sses")
        || (len > 4 && (word.ends_with("ches") || word.ends_with("shes") || word.ends_with("xes")))
    {
        word.truncate(len - 2);
    } else if len > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        word.truncate(len - 1);
    }
    // -ied, -ing, -ed.
    let len = word.len();
    if len > 4 && word.ends_with("ied") {
        word.truncate(len - 3);
        word.push('y');
    } else if len >= 7 && word.ends_with("ing") {
        word.truncate(len - 3);
        undouble(word);
    } else if len >= 6 && word.ends_with("ed") {
        word.truncate(len - 2);
        undouble(word);
    }
    // behavioral → behavior, emotional → emotion.
    if word.ends_with("ional") || word.ends_with("ioral") {
        word.truncate(word.len() - 2);
    }
    // privacy → privat (like private), intimacy → intimat.
    if word.len() >= 6 && word.ends_with("acy") {
        word.truncate(word.len() - 3);
        word.push_str("at");
    }
    // shape, shaped, shaping → shap.
    if word.len() >= 5 && word.ends_with('e') {
        word.pop();
    }
}

/// stopp → stop, but not fall, miss or buzz.
fn undouble(word: &mut String) {
    let bytes = word.as_bytes();
    if let [.., a, b] = bytes
        && a == b
        && a.is_ascii_alphabetic()
        && !matches!(a, b'a' | b'e' | b'i' | b'o' | b'u' | b'l' | b's' | b'z')
    {
        word.pop();
    }
}

// ---------------------------------------------------------------------------
// Typos

/// How many edits a word of `len` chars may be off by, if any.
fn typo_allowance(len: usize) -> Option<usize> {
    match len {
        0..4 => None,
        4..8 => Some(1),
        8..=MAX_TYPO_CHARS => Some(2),
        _ => None,
    }
}

/// Optimal string alignment (restricted Damerau–Levenshtein) distance between
/// two words: insertions, deletions, substitutions and swaps of neighbours.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa(&a, &b, usize::MAX)
}

/// The set of letters in a word, as bits: a–z and 0–9 each have their own bit,
/// other characters share the remaining bits.
fn letter_set(chars: &[char]) -> u64 {
    chars.iter().fold(0, |set, &c| {
        let bit = match c {
            'a'..='z' => u32::from(c) - u32::from('a'),
            '0'..='9' => 26 + u32::from(c) - u32::from('0'),
            _ => 36 + u32::from(c) % 28,
        };
        set | 1 << bit
    })
}

/// A quick test that two words could be at most `max` edits apart: each
/// letter one word has and the other lacks costs at least one edit.
fn may_be_within(a: u64, b: u64, max: usize) -> bool {
    (a & !b).count_ones() as usize <= max && (b & !a).count_ones() as usize <= max
}

/// Whether `a` and `b` are at most `max` edits apart (words up to `MAX_TYPO_CHARS`).
fn osa_within(a: &[char], b: &[char], max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max || a.len() > MAX_TYPO_CHARS || b.len() > MAX_TYPO_CHARS {
        return false;
    }
    let mut rows = [[0_usize; MAX_TYPO_CHARS + 1]; 3];
    let [before, previous, current] = &mut rows;
    osa_rows(a, b, max, before, previous, current) <= max
}

/// The OSA distance, or something above `max` as soon as it must exceed `max`.
fn osa(a: &[char], b: &[char], max: usize) -> usize {
    let m = b.len();
    let (mut before, mut previous, mut current) = (vec![0; m + 1], vec![0; m + 1], vec![0; m + 1]);
    osa_rows(a, b, max, &mut before, &mut previous, &mut current)
}

/// The dynamic programme behind [`osa`], on three rows of at least `b.len() + 1` cells.
fn osa_rows<'r>(
    a: &[char],
    b: &[char],
    max: usize,
    mut before: &'r mut [usize],
    mut previous: &'r mut [usize],
    mut current: &'r mut [usize],
) -> usize {
    let m = b.len();
    for (j, cell) in previous.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        // Row minima never decrease, so the distance is already above `max`.
        if row_min > max {
            return row_min;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[m]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    fn index() -> SearchIndex {
        SearchIndex::new(&builtin())
    }

    fn top(index: &SearchIndex, query: &str, n: usize) -> Vec<LinkTarget> {
        index
            .search(query, n)
            .into_iter()
            .map(|r| r.target)
            .collect()
    }

    fn card(id: &str) -> LinkTarget {
        LinkTarget::Card(id.to_owned())
    }

    /// Every highlight is a whole word, on char boundaries, that the query matches.
    fn check_highlights(index: &SearchIndex, query: &str) {
        let matching = index.matching_words(query);
        for result in index.search(query, 50) {
            for (text, ranges) in [
                (&result.title, &result.title_highlights),
                (&result.snippet, &result.snippet_highlights),
            ] {
                for range in ranges {
                    assert!(
                        range.start < range.end,
                        "{query:?}: empty range in {text:?}"
                    );
                    assert!(
                        range.end <= text.len(),
                        "{query:?}: {range:?} outside {text:?}"
                    );
                    assert!(
                        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
                        "{query:?}: {range:?} not on char boundaries in {text:?}"
                    );
                    let word = &text[range.clone()];
                    assert!(
                        words(text).any(|(r, _)| r == *range),
                        "{query:?}: {word:?} is not a whole word of {text:?}"
                    );
                    assert!(
                        matching.contains(&normalise_word(word)),
                        "{query:?}: highlighted {word:?} ({}) not in {matching:?}",
                        normalise_word(word)
                    );
                }
            }
        }
    }

    #[test]
    fn labels() {
        assert_eq!(ResultKind::Card.label(), "Card");
        assert_eq!(ResultKind::Comparison.label(), "Comparison");
        assert_eq!(ResultKind::Approach.label(), "Approach");
        assert_eq!(ResultKind::Page.label(), "Guide");
    }

    #[test]
    fn privacy_finds_the_card_and_the_row() {
        let index = index();
        let found = top(&index, "privacy", 5);
        let row = LinkTarget::CompareRow("privacy".into());
        let space = card("confidential-space");
        // The card says "privacy" five times and has "private" in its title;
        // the row has "private" in its question and "privacy" in its note.
        assert_eq!(found.first(), Some(&space), "{found:?}");
        assert!(found.contains(&row), "{found:?}");
        // Asked as the row's own question, the row comes first.
        assert_eq!(top(&index, "How private is it?", 1), vec![row]);
    }

    #[test]
    fn british_spelling_finds_us_content() {
        let index = index();
        let cbt = LinkTarget::Approach("cbt".into());
        let uk = top(&index, "behaviour", 3);
        assert!(uk.contains(&cbt), "{uk:?}");
        let first = uk.first().cloned();
        assert!(first.is_some());
        for query in [
            "behavior",
            "behaviours",
            "behaviors",
            "behavioural",
            "behavioral",
        ] {
            assert_eq!(top(&index, query, 1).first().cloned(), first, "{query}");
        }
        assert_eq!(top(&index, "counselling", 3), top(&index, "counseling", 3));
        assert_eq!(top(&index, "organise", 3), top(&index, "organize", 3));
        // Highlighting in the UK query marks the US word.
        let result = &index.search("behavioural therapy", 1)[0];
        let marked: Vec<&str> = result
            .title_highlights
            .iter()
            .map(|r| &result.title[r.clone()])
            .collect();
        assert!(
            marked.iter().any(|w| w.starts_with("behavior")),
            "{marked:?}"
        );
    }

    #[test]
    fn typos_are_forgiven() {
        let index = index();
        for (query, meant) in [
            ("privcy", "privat"),
            ("theraphy", "therapy"),
            ("confidental", "confidential"),
            ("Therapsit", "therapist"),
        ] {
            let results = index.search(query, 10);
            assert!(!results.is_empty(), "{query}");
            assert!(
                index.matching_words(query).contains(&meant.to_owned()),
                "{query}"
            );
            let first = &results[0];
            let marked = first
                .title_highlights
                .iter()
                .map(|r| &first.title[r.clone()])
                .chain(
                    first
                        .snippet_highlights
                        .iter()
                        .map(|r| &first.snippet[r.clone()]),
                )
                .any(|word| normalise_word(word) == meant);
            assert!(marked, "{query}: nothing marked in {first:?}");
        }
        // Short words are never corrected.
        assert!(index.search("grp", 5).is_empty());
    }

    #[test]
    fn the_last_word_may_be_half_typed() {
        let index = index();
        let found = top(&index, "confid", 3);
        assert!(found.contains(&card("confidential-space")), "{found:?}");
        assert!(!top(&index, "recover", 3).is_empty());
        // Only the last word: "confid group" does not expand "confid".
        assert!(
            !index
                .matching_words("confid group")
                .contains(&"confidential".to_owned())
        );
        // A space after the word says it is finished.
        assert!(index.search("confid ", 3).is_empty());
    }

    #[test]
    fn a_title_as_query_comes_first() {
        let pack = builtin();
        let index = SearchIndex::new(&pack);
        let mut items: Vec<(String, LinkTarget)> = Vec::new();
        items.extend(
            pack.benefits
                .cards
                .iter()
                .map(|c| (c.title.clone(), LinkTarget::Card(c.id.clone()))),
        );
        items.extend(
            pack.comparison
                .tables
                .iter()
                .flat_map(|t| &t.rows)
                .map(|r| (r.question.clone(), LinkTarget::CompareRow(r.id.clone()))),
        );
        items.extend(
            pack.approaches
                .approaches
                .iter()
                .map(|a| (a.title.clone(), LinkTarget::Approach(a.id.clone()))),
        );
        items.extend(
            pack.pages
                .pages
                .iter()
                .map(|p| (p.title.clone(), LinkTarget::Page(p.id.clone()))),
        );
        assert!(items.len() > 30);
        for (title, target) in items {
            assert_eq!(top(&index, &title, 1), vec![target.clone()], "{title}");
            let shouted = title.to_uppercase();
            assert_eq!(top(&index, &shouted, 1), vec![target], "{shouted}");
        }
    }

    #[test]
    fn results_are_ordered_limited_and_readable() {
        let index = index();
        for query in [
            "group",
            "therapy",
            "feelings",
            "cost insurance",
            "trust",
            "the",
        ] {
            let results = index.search(query, 7);
            assert!(!results.is_empty(), "{query}");
            assert!(results.len() <= 7);
            for pair in results.windows(2) {
                assert!(pair[0].score >= pair[1].score, "{query}: {pair:?}");
            }
            for result in &results {
                assert!(result.score > 0.0);
                let count = words(&result.snippet).count();
                assert!(
                    (1..=36).contains(&count),
                    "{query}: {count} words in {result:?}"
                );
                assert!(!result.snippet.contains('\n'), "{:?}", result.snippet);
                assert!(!result.snippet.contains("  "), "{:?}", result.snippet);
            }
        }
        assert!(index.search("group", 0).is_empty());
        // A match deep in a long text is shown with "…" where the text is cut.
        let result = index
            .search("setback", 10)
            .into_iter()
            .find(|r| r.target == card("recovery-in-others"))
            .unwrap();
        assert!(result.snippet.contains("setback"), "{result:?}");
        assert!(!result.snippet_highlights.is_empty());
        assert!(
            result.snippet.starts_with('…') || result.snippet.starts_with(char::is_uppercase),
            "{result:?}"
        );
    }

    #[test]
    fn highlights_are_whole_matched_words() {
        let index = index();
        for query in [
            "privacy",
            "behaviour",
            "privcy",
            "theraphy",
            "confidental",
            "confid",
            "group therapy cost",
            "one-to-one",
            "How private is it?",
            "therapist's view",
            "feelings",
            "the",
            "what is it",
            "PTSD trauma",
            "emdr",
        ] {
            check_highlights(&index, query);
        }
    }

    #[test]
    fn odd_queries_are_safe() {
        let index = index();
        for query in ["", "   ", "\t\n ", "?!...", "— – -", "''", "🙂", "🙂🙂 !!"] {
            assert!(index.search(query, 10).is_empty(), "{query:?}");
            assert!(index.query_terms(query).is_empty(), "{query:?}");
            assert!(index.matching_words(query).is_empty(), "{query:?}");
        }
        let long = "therapy group privacy ".repeat(500);
        assert!(long.len() > 10_000);
        assert!(!index.search(&long, 10).is_empty());
        let mut mixed = String::new();
        let mut n: u32 = 7;
        while mixed.len() < 10_000 {
            n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let word_len = 1 + (n >> 16) % 14;
            for k in 0..word_len {
                let c = char::from(b'a' + u8::try_from((n >> (k % 16)) % 26).unwrap());
                mixed.push(c);
            }
            mixed.push(if n.is_multiple_of(5) { '-' } else { ' ' });
        }
        let _ = index.search(&mixed, 10);
        let _ = index.search(&"x".repeat(10_000), 10);
        for query in [
            "🙂 group",
            "терапия",
            "集団療法",
            "علاج جماعي",
            "İSTANBUL ǅemal ß",
            "naïve café",
            "e\u{301}",
            "a\u{2019}s",
            "therapist\u{2019}s",
            "𝔤𝔯𝔬𝔲𝔭",
        ] {
            let results = index.search(query, 10);
            for r in &results {
                assert!(
                    r.snippet_highlights
                        .iter()
                        .all(|h| r.snippet.is_char_boundary(h.start))
                );
            }
            check_highlights(&index, query);
        }
        assert!(!index.search("🙂 group", 5).is_empty());
        let empty = SearchIndex::default();
        assert!(empty.search("group", 5).is_empty());
        assert!(empty.matching_words("group").is_empty());
    }

    #[test]
    fn stop_words() {
        let index = index();
        assert_eq!(index.query_terms("the group"), vec!["group"]);
        assert_eq!(index.query_terms("What is it?"), vec!["what", "is", "it"]);
        assert_eq!(index.query_terms("Groups, group and GROUP"), vec!["group"]);
        assert!(!index.search("what is it", 5).is_empty());
    }

    #[test]
    fn spelling_is_folded() {
        let same = |a: &str, b: &str| {
            assert_eq!(normalise_word(a), normalise_word(b), "{a} / {b}");
        };
        for (uk, us) in [
            ("behaviour", "behavior"),
            ("behaviours", "behaviors"),
            ("behavioural", "behavioral"),
            ("behaviour", "behavioral"),
            ("Behaviour", "behavior"),
            ("counselling", "counseling"),
            ("counsellor", "counselor"),
            ("counselled", "counseled"),
            ("travelling", "traveling"),
            ("labelled", "labeled"),
            ("modelling", "modeling"),
            ("cancelled", "canceled"),
            ("signalling", "signaling"),
            ("fuelled", "fueled"),
            ("organisation", "organization"),
            ("organisations", "organizations"),
            ("organise", "organize"),
            ("organised", "organized"),
            ("organising", "organizing"),
            ("recognise", "recognize"),
            ("realise", "realize"),
            ("specialise", "specialize"),
            ("apologise", "apologize"),
            ("prioritise", "prioritize"),
            ("normalise", "normalize"),
            ("socialise", "socialize"),
            ("minimise", "minimize"),
            ("emphasise", "emphasize"),
            ("desensitisation", "desensitization"),
            ("recognisable", "recognizable"),
            ("analyse", "analyze"),
            ("analysed", "analyzed"),
            ("paralyse", "paralyze"),
            ("colour", "color"),
            ("favourite", "favorite"),
            ("honour", "honor"),
            ("humour", "humor"),
            ("labour", "labor"),
            ("neighbours", "neighbors"),
            ("rumour", "rumor"),
            ("endeavour", "endeavor"),
            ("flavour", "flavor"),
            ("vigour", "vigor"),
            ("rigour", "rigor"),
            ("harbour", "harbor"),
            ("odour", "odor"),
            ("armour", "armor"),
            ("savour", "savor"),
            ("centre", "center"),
            ("centres", "centers"),
            ("centred", "centered"),
            ("metre", "meter"),
            ("theatre", "theater"),
            ("fibre", "fiber"),
            ("litre", "liter"),
            ("programme", "program"),
            ("programmes", "programs"),
            ("defence", "defense"),
            ("licence", "license"),
            ("offence", "offense"),
            ("pretence", "pretense"),
            ("ageing", "aging"),
            ("judgement", "judgment"),
            ("acknowledgement", "acknowledgment"),
            ("enrol", "enroll"),
            ("enrolment", "enrollment"),
            ("fulfil", "fulfill"),
            ("paediatric", "pediatric"),
            ("anaesthetic", "anesthetic"),
            ("haemorrhage", "hemorrhage"),
            ("oestrogen", "estrogen"),
            ("diarrhoea", "diarrhea"),
            ("manoeuvre", "maneuver"),
            ("manoeuvres", "maneuvers"),
            ("anaemia", "anemia"),
            ("sceptical", "skeptical"),
            ("grey", "gray"),
            ("practise", "practice"),
            ("practising", "practicing"),
            ("centring", "centering"),
            ("fibres", "fibers"),
            ("ochre", "ocher"),
            ("appetiser", "appetizer"),
            ("civilisation", "civilization"),
        ] {
            same(uk, us);
        }
        // Words that only look like British spellings are left alone.
        for word in [
            "literal",
            "ability",
            "spectrum",
            "illustrate",
            "calibrate",
            "metro",
        ] {
            assert_eq!(normalise_word(word), {
                let mut w = word.to_owned();
                stem(&mut w);
                w
            });
        }
        // Words that are -ise (or -our) in US English too stay as they are.
        for word in [
            "advise",
            "exercise",
            "promise",
            "otherwise",
            "surprise",
            "compromise",
            "expertise",
            "likewise",
            "supervise",
            "televise",
            "wise",
            "rise",
            "arise",
            "noise",
            "raise",
            "praise",
            "precise",
            "concise",
            "franchise",
            "enterprise",
            "devise",
            "revise",
            "comprise",
            "disguise",
            "despise",
            "premise",
            "improvise",
            "treatise",
            "poise",
            "advertise",
        ] {
            let n = normalise_word(word);
            assert!(!n.contains("iz"), "{word} → {n}");
            assert!(n.starts_with(&word[..word.len() - 1]), "{word} → {n}");
        }
        for word in [
            "hour", "four", "your", "pour", "tour", "sour", "flour", "our", "journey",
        ] {
            assert!(normalise_word(word).contains("our"), "{word}");
        }
        assert_ne!(normalise_word("emphasis"), normalise_word("emphasise"));
        assert_eq!(normalise_word("improvisation"), "improvisation");
    }

    #[test]
    fn stemming_makes_forms_meet() {
        let same = |a: &str, b: &str| {
            assert_eq!(normalise_word(a), normalise_word(b), "{a} / {b}");
        };
        assert_eq!(normalise_word("therapies"), "therapy");
        assert_eq!(normalise_word("Therapy"), "therapy");
        assert_eq!(normalise_word("stopped"), "stop");
        assert_eq!(normalise_word("classes"), "class");
        assert_eq!(normalise_word("focus"), "focus");
        assert_eq!(normalise_word("analysis"), "analysis");
        assert_eq!(normalise_word("less"), "less");
        assert_eq!(normalise_word("gently"), "gently");
        assert_eq!(normalise_word("bus"), "bus");
        assert_eq!(normalise_word("is"), "is");
        assert_eq!(normalise_word("being"), "being");
        assert_eq!(normalise_word(""), "");
        same("feelings", "feeling");
        same("feeling", "feel");
        same("therapists", "therapist");
        same("therapist's", "therapist");
        same("therapist\u{2019}s", "therapist");
        same("sessions", "session");
        same("groups", "group");
        same("approaches", "approach");
        same("worried", "worry");
        same("studies", "study");
        same("shaped", "shape");
        same("shaping", "shapes");
        same("practicing", "practice");
        same("emotional", "emotions");
        same("privacy", "private");
        same("running", "run");
        same("needed", "need");
        same("agreed", "agree");
        same("headaches", "headache");
        assert_ne!(normalise_word("gently"), normalise_word("gentle"));
        // Non-Latin words are lowercased and otherwise left alone.
        assert_eq!(normalise_word("ТЕРАПИЯ"), "терапия");
        assert_eq!(normalise_word("Café"), "café");
    }

    #[test]
    fn words_split_text() {
        let text = "Don't stop—it's one-to-one therapy\u{2019}s end. 'Quoted' 60-90 naïve 集団";
        let found: Vec<&str> = words(text).map(|(_, w)| w).collect();
        assert_eq!(
            found,
            vec![
                "Don't",
                "stop",
                "it's",
                "one",
                "to",
                "one",
                "therapy\u{2019}s",
                "end",
                "Quoted",
                "60",
                "90",
                "naïve",
                "集団"
            ]
        );
        for (range, word) in words(text) {
            assert_eq!(&text[range], word);
        }
        assert_eq!(words("").count(), 0);
        assert_eq!(words("  ... —  ").count(), 0);
        assert_eq!(
            words("end'").map(|(_, w)| w).collect::<Vec<_>>(),
            vec!["end"]
        );
        assert_eq!(
            words("a''b").map(|(_, w)| w).collect::<Vec<_>>(),
            vec!["a", "b"]
        );
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("therapy", "therapy"), 0);
        assert_eq!(edit_distance("theraphy", "therapy"), 1);
        assert_eq!(edit_distance("privcy", "privacy"), 1);
        assert_eq!(edit_distance("confidental", "confidential"), 1);
        assert_eq!(edit_distance("therpay", "therapy"), 1);
        assert_eq!(edit_distance("groop", "group"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        // Optimal string alignment, not full Damerau: no edits inside a swap.
        assert_eq!(edit_distance("ca", "abc"), 3);
        assert_eq!(edit_distance("café", "cafe"), 1);
        // The bounded check agrees with the full distance.
        let sample = [
            "therapy",
            "theraphy",
            "therapist",
            "group",
            "groups",
            "grope",
            "privacy",
            "private",
            "privcy",
            "session",
            "sessions",
            "lesson",
            "abcdefgh",
            "badcfehg",
            "",
        ];
        for a in sample {
            for b in sample {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let d = edit_distance(a, b);
                for max in 0..4 {
                    assert_eq!(osa_within(&ca, &cb, max), d <= max, "{a} {b} {max}");
                }
            }
        }
        assert_eq!(typo_allowance(3), None);
        assert_eq!(typo_allowance(4), Some(1));
        assert_eq!(typo_allowance(7), Some(1));
        assert_eq!(typo_allowance(8), Some(2));
    }

    /// A pack about 100 times larger, with a few thousand extra words.
    fn big_pack() -> Pack {
        let base = builtin();
        let mut pack = base.clone();
        let mut seed: u32 = 1;
        let mut next = move || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 8
        };
        let pool: Vec<String> = (0..4000)
            .map(|_| {
                let len = 4 + next() % 7;
                (0..len)
                    .map(|_| char::from(b'a' + u8::try_from(next() % 26).unwrap()))
                    .collect()
            })
            .collect();
        let mut extra = |n: usize| -> String {
            (0..n)
                .map(|_| pool[usize::try_from(next()).unwrap() % pool.len()].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for k in 0..99 {
            for c in &base.benefits.cards {
                let mut c = c.clone();
                c.id = format!("{}-{k}", c.id);
                c.title = format!("{} {}", c.title, extra(1));
                c.body = format!("{}\n\n{}.", c.body, extra(40));
                c.doc = crate::content::markdown::parse(&c.body);
                pack.benefits.cards.push(c);
            }
            for a in &base.approaches.approaches {
                let mut a = a.clone();
                a.id = format!("{}-{k}", a.id);
                a.doc = crate::content::markdown::parse(&format!(
                    "{}\n\n{}.",
                    crate::content::markdown::parse("").plain_text(),
                    extra(200)
                ));
                pack.approaches.approaches.push(a);
            }
            for p in &base.pages.pages {
                let mut p = p.clone();
                p.id = format!("{}-{k}", p.id);
                pack.pages.pages.push(p);
            }
            let mut table = base.comparison.tables[0].clone();
            for r in &mut table.rows {
                r.id = format!("{}-{k}", r.id);
                r.note = Some(extra(12));
            }
            pack.comparison.tables.push(table);
        }
        pack
    }

    /// A pack 100 times larger still finds what it should (how fast is
    /// measured by `cargo bench`, not here).
    #[test]
    fn a_big_pack_is_searchable() {
        let pack = big_pack();
        let index = SearchIndex::new(&pack);
        assert!(index.len() > 3000);
        for query in ["privacy", "behaviour", "theraphy", "group cost", "t", "the"] {
            // Every query, even one letter, returns at most the number asked for.
            assert!(index.search(query, 10).len() <= 10, "{query}");
        }
        let results = index.search("theraphy", 5);
        assert!(!results.is_empty());
        let results = index.search("how private is it", 5);
        assert_eq!(
            results.first().map(|r| &r.target),
            Some(&LinkTarget::CompareRow("privacy".into()))
        );
    }

    /// Everyday questions, typos and spellings land where a reader expects.
    #[test]
    fn everyday_queries_find_the_expected_place() {
        let index = index();
        let card = |id: &str| LinkTarget::Card(id.into());
        for (query, expected, within) in [
            ("privacy", card("confidential-space"), 2),
            ("privcy", card("confidential-space"), 2),
            ("confid", card("confidential-space"), 1),
            (
                "how private is it",
                LinkTarget::CompareRow("privacy".into()),
                1,
            ),
            ("group cost", card("lower-cost-online"), 1),
            ("behaviour", LinkTarget::Approach("cbt".into()), 2),
            ("behavior", LinkTarget::Approach("dbt".into()), 2),
            ("trauma ptsd", LinkTarget::Approach("emdr".into()), 2),
        ] {
            let results = index.search(query, within);
            assert!(
                results.iter().any(|r| r.target == expected),
                "{query:?}: expected {expected:?} in the first {within}, got {:?}",
                results.iter().map(|r| &r.target).collect::<Vec<_>>()
            );
        }
    }
}

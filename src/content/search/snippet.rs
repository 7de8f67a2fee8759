//! The passage shown under a result: about two dozen words around the best
//! cluster of matches, cut at sentence or word boundaries, with the byte
//! ranges of the matched words so the UI can mark them.

use std::ops::Range;

use super::index::Token;

/// Words in a snippet before it is stretched to the end of a sentence.
const SNIPPET_WORDS: usize = 24;
/// How far a snippet may be stretched to end at a sentence end.
const SNIPPET_STRETCH: usize = 6;
/// How far back a snippet may start to begin at a sentence start.
const SNIPPET_LOOK_BACK: usize = 12;
/// Matches considered as the centre of a snippet (the first ones in the text).
const MAX_SNIPPET_ANCHORS: usize = 64;

/// The bit set of query terms that matched a token's term (see `term_mask`).
pub(super) fn token_mask(token: &Token, mask: &[u64]) -> u64 {
    mask.get(token.term as usize).copied().unwrap_or(0)
}

/// Cut a passage of about `SNIPPET_WORDS` words around the best cluster of
/// matches, with the byte ranges of matched words in the passage.
pub(super) fn snippet(text: &str, tokens: &[Token], mask: &[u64]) -> (String, Vec<Range<usize>>) {
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

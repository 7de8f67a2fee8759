//! Typo tolerance: how many edits a word may be off by, and a bounded
//! optimal-string-alignment distance that is cheap enough to run against the
//! whole vocabulary on every keystroke.

/// Words longer than this (in chars) are never compared for typos.
pub(super) const MAX_TYPO_CHARS: usize = 40;

/// How many edits a word of `len` chars may be off by, if any.
pub(super) fn typo_allowance(len: usize) -> Option<usize> {
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
pub(super) fn letter_set(chars: &[char]) -> u64 {
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
pub(super) fn may_be_within(a: u64, b: u64, max: usize) -> bool {
    (a & !b).count_ones() as usize <= max && (b & !a).count_ones() as usize <= max
}

/// Whether `a` and `b` are at most `max` edits apart (words up to `MAX_TYPO_CHARS`).
pub(super) fn osa_within(a: &[char], b: &[char], max: usize) -> bool {
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

//! Feed arbitrary bytes through everything that reads a pack.
//!
//! Used by the fuzz target (`fuzz/fuzz_targets/pack_loader.rs`) and by the
//! regression test that replays the inputs fuzzing found
//! (`tests/fixtures/fuzz/`), so both exercise exactly the same code.

use super::files::PackFiles;
use super::search::SearchIndex;
use super::{decision, load, markdown, readability};

/// The files the first input byte (its low seven bits) can choose to replace.
pub const KINDS: [&str; 13] = [
    "pack.ron",
    "comparison.ron",
    "benefits.ron",
    "approaches.ron",
    "pages.ron",
    "sources.ron",
    "decision.ron",
    "pages/faq.md",
    "approaches/cbt.md",
    "stories.ron",
    "easy-read.ron",
    // A translation's files go through the merge and the parity checks.
    "translations/es-US/pack.ron",
    "translations/es-US/benefits.ron",
];

/// The file an input whose first byte is `selector` replaces. The top bit
/// only says whether to build the search index; the other seven choose the
/// file, so `i` and `i | 0x80` replace the same one (as the seeds written by
/// `scripts/fuzz-seeds.py` expect).
pub fn replaced_file(selector: u8) -> &'static str {
    KINDS[usize::from(selector & 0x7F) % KINDS.len()]
}

/// Replace one file of the built-in pack (chosen by the first byte) with the
/// rest of the input, then load, check, index, search and reflect. Must never
/// panic, whatever the input.
pub fn exercise(data: &[u8]) {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let kind = replaced_file(selector);
    let PackFiles::Memory(mut files) = PackFiles::embedded_in_memory() else {
        return;
    };
    files.insert(kind.to_owned(), bytes.to_vec());
    let loaded = load(&PackFiles::Memory(files));
    for problem in &loaded.problems {
        let _ = problem.to_string();
    }
    // Building the search index is the slow part: do it for one input in two
    // (the top bit of the first byte), so fuzzing stays fast and still covers it.
    if selector & 0x80 != 0 {
        let pack = &loaded.pack;
        let index = SearchIndex::new(pack);
        let query = String::from_utf8_lossy(&bytes[..bytes.len().min(48)]);
        for result in index.search(&query, 20) {
            let _ = (&result.title, &result.snippet);
        }
        let _ = index.matching_words(&query);
    }
    if let Some(d) = loaded.pack.decision.as_ref() {
        let answers: Vec<Option<usize>> = bytes
            .iter()
            .take(d.questions.len())
            .map(|b| (b % 7 != 6).then_some(usize::from(*b % 7)))
            .collect();
        let _ = decision::reflect(d, &answers);
    }
    // The Markdown parser and reading level on the raw text as well.
    let text = String::from_utf8_lossy(bytes);
    let doc = markdown::parse(&text);
    let _ = readability::grade(&doc.prose_text());
    let _ = doc.plain_text();
}

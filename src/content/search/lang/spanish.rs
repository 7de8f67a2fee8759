//! Spanish rules: stop words, the Snowball Spanish stemmer, a few adjective
//! stems joined by hand to their nouns, then accents folded away.
//!
//! Accents are folded *after* stemming because the stemmer needs them to
//! recognise endings ("-ción", "-ía"); folding afterwards lets "psicologo"
//! typed without accents meet "psicólogo".

use rust_stemmers::{Algorithm, Stemmer};

use super::fold_accents;

/// The most common function words, written without accents (they are compared
/// with accent-folded words, so "qué" and "que", "cómo" and "como" are both
/// stop words). Dropped from a query unless it has nothing else, so "terapia
/// de grupo" looks for "terapia" and "grupo", not every text with "de".
const STOP_WORDS: &[&str] = &[
    "a", "al", "con", "como", "cual", "de", "del", "e", "el", "en", "es", "esta", "este", "hay",
    "la", "las", "le", "les", "lo", "los", "me", "mi", "mis", "o", "para", "por", "que", "se",
    "si", "son", "su", "sus", "te", "tu", "u", "un", "una", "unas", "uno", "unos", "y", "yo",
];

/// Snowball stems of relational adjectives, joined to the stem of the noun
/// they come from. Snowball leaves the "-al" of an adjective alone, so
/// without this "terapia grupal" would never find "terapia de grupo". A
/// general "-al" rule would also join unrelated words ("animal" and "ánimo"),
/// so only words that matter in this app are listed. Stems are written as the
/// stemmer gives them, before accents are folded.
const STEM_JOINS: &[(&str, &str)] = &[
    // grupal, grupales → grupo, grupos
    ("grupal", "grup"),
    // individual, individuales → individuo
    ("individual", "individu"),
    // emocional, emocionales → emoción, emociones
    ("emocional", "emocion"),
    // profesional, profesionales → profesión
    ("profesional", "profesion"),
    // conductual (cognitivo-conductual) → conducta
    ("conductual", "conduct"),
    // mental, mentales → mente
    ("mental", "ment"),
    // privacidad → privado, privada (as "privacy" meets "private" in English)
    ("privac", "priv"),
];

/// Whether an accent-folded lowercase word is a Spanish stop word.
pub(super) fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(&folded)
}

/// The normal form of a lowercase word: apostrophes removed, Latin-script
/// words stemmed and joined (see [`STEM_JOINS`]), accents folded. Words in
/// other scripts are only lowercased.
pub(super) fn normalise(raw: &str) -> String {
    let word: String = raw.chars().filter(|&c| c != '\'').collect();
    if !word.chars().all(is_latin) {
        return word;
    }
    let stem = Stemmer::create(Algorithm::Spanish).stem(&word).into_owned();
    let stem = STEM_JOINS
        .iter()
        .find(|(from, _)| *from == stem)
        .map_or(stem, |&(_, to)| to.to_owned());
    fold_accents(&stem).into_owned()
}

/// ASCII, or a letter of Latin-1 or Latin Extended-A (á, ñ, ü, ç…): the
/// letters the Spanish stemmer was written for.
fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{C0}'..='\u{17F}').contains(&c)
}

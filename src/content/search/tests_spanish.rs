//! The search tests on a small Spanish pack built in memory: Snowball
//! stemming, accents ignored, Spanish stop words, typos forgiven.

use super::*;
use crate::content::{Card, Pack, builtin, markdown};

/// Benefit cards: (id, title, summary, body).
const CARDS: &[(&str, &str, &str, &str)] = &[
    (
        "psicologo",
        "Hablar con un psicólogo",
        "Un psicólogo escucha y cuida la privacidad de lo que usted cuenta.",
        "En la terapia individual, usted y el psicólogo trabajan a solas. \
         La psicología estudia cómo pensamos y sentimos.",
    ),
    (
        "grupo",
        "La terapia de grupo",
        "Varias personas se reúnen con un terapeuta.",
        "En el grupo, usted escucha a otras personas que viven algo parecido.",
    ),
    (
        "costo",
        "Lo que cuesta",
        "Pregunte a su seguro qué cubre.",
        "Cada clínica tiene sus propios precios.",
    ),
    (
        "horario",
        "Los horarios",
        "A la hora de la cita, llegue unos minutos antes.",
        "Si no puede venir, llame a la clínica.",
    ),
];

/// The built-in pack with its language set to Spanish and only the cards
/// above (no rows, approaches or pages), so each query has one right answer.
fn spanish_pack() -> Pack {
    let mut pack = builtin();
    pack.info.language = "es-US".to_owned();
    let template = pack.benefits.cards[0].clone();
    pack.benefits.cards = CARDS
        .iter()
        .map(|&(id, title, summary, body)| Card {
            id: id.to_owned(),
            title: title.to_owned(),
            summary: summary.to_owned(),
            body: body.to_owned(),
            doc: markdown::parse(body),
            ..template.clone()
        })
        .collect();
    pack.comparison.tables.clear();
    pack.approaches.approaches.clear();
    pack.pages.pages.clear();
    pack
}

fn index() -> SearchIndex {
    SearchIndex::new(&spanish_pack())
}

fn ids(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, 10)
        .into_iter()
        .map(|r| match r.target {
            LinkTarget::Card(id) => id,
            other => format!("{other:?}"),
        })
        .collect()
}

fn first(index: &SearchIndex, query: &str) -> Option<String> {
    ids(index, query).into_iter().next()
}

/// The words a result marks, in its title and snippet.
fn marked(result: &SearchResult) -> Vec<&str> {
    let title = result
        .title_highlights
        .iter()
        .map(|r| &result.title[r.clone()]);
    let snippet = result
        .snippet_highlights
        .iter()
        .map(|r| &result.snippet[r.clone()]);
    title.chain(snippet).collect()
}

#[test]
fn the_language_comes_from_the_tag() {
    for tag in ["es-US", "es", "ES", "es_MX", " es-419 "] {
        assert_eq!(Language::from_tag(tag), Language::Spanish, "{tag:?}");
    }
    for tag in ["en-US", "en", "", "fr-CA", "est", "eu"] {
        assert_eq!(Language::from_tag(tag), Language::English, "{tag:?}");
    }
    assert_eq!(index().language(), Language::Spanish);
    assert_eq!(SearchIndex::default().language(), Language::English);
    assert_eq!(SearchIndex::new(&builtin()).language(), Language::English);
}

#[test]
fn words_meet_without_accents_and_across_forms() {
    let es = Language::Spanish;
    let same = |a: &str, b: &str| {
        assert_eq!(es.normalise_word(a), es.normalise_word(b), "{a} / {b}");
    };
    same("psicologo", "psicólogo");
    same("Psicólogos", "psicóloga");
    same("grupos", "grupo");
    same("grupal", "grupo");
    same("grupales", "grupos");
    same("terapias", "terapia");
    same("emocional", "emociones");
    same("individual", "individuo");
    same("conductual", "conducta");
    same("privacidad", "privada");
    same("sesion", "sesiones");
    same("niños", "ninos");
    same("ayudan", "ayudar");
    // Accents are gone from every normal form.
    assert_eq!(es.normalise_word("Sesión"), "sesion");
    assert!(es.normalise_word("pingüino").is_ascii());
    // Unrelated words stay apart: the "-al" joins are listed, not general.
    assert_ne!(es.normalise_word("animal"), es.normalise_word("ánimo"));
    // Other scripts are only lowercased.
    assert_eq!(es.normalise_word("ТЕРАПИЯ"), "терапия");
    assert_eq!(es.normalise_word(""), "");
}

#[test]
fn psicologo_finds_psicologo() {
    let index = index();
    assert_eq!(first(&index, "psicologo").as_deref(), Some("psicologo"));
    assert_eq!(first(&index, "PSICÓLOGO").as_deref(), Some("psicologo"));
    let result = &index.search("psicologo", 1)[0];
    assert!(marked(result).contains(&"psicólogo"), "{result:?}");
    // A page opened from the search marks the accented word too.
    let found = index.matching_words("psicologo");
    let text = "El psicólogo y la psicóloga.";
    let ranges = index.language().found_ranges(&found, text);
    let words: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(words, vec!["psicólogo", "psicóloga"]);
    // A word the stemmer cuts differently without its accent still meets the
    // written word: "psicologia" is "psicología".
    assert_eq!(first(&index, "psicologia ").as_deref(), Some("psicologo"));
}

#[test]
fn privacidad_finds_privacidad_even_misspelled() {
    let index = index();
    assert_eq!(first(&index, "privacidad").as_deref(), Some("psicologo"));
    for typo in ["privasidad", "privacidda", "pribacidad"] {
        assert_eq!(first(&index, typo).as_deref(), Some("psicologo"), "{typo}");
        let result = &index.search(typo, 1)[0];
        assert!(marked(result).contains(&"privacidad"), "{typo}: {result:?}");
    }
    // Short words are never corrected.
    assert!(index.search("grp", 5).is_empty());
}

#[test]
fn plurals_and_verb_forms_meet() {
    let index = index();
    assert_eq!(first(&index, "grupos").as_deref(), Some("grupo"));
    assert_eq!(
        first(&index, "terapias de grupos").as_deref(),
        Some("grupo")
    );
    assert!(ids(&index, "escuchan").contains(&"grupo".to_owned()));
    assert!(ids(&index, "escuchan").contains(&"psicologo".to_owned()));
    // The last word may be half typed, with or without its accent.
    assert_eq!(first(&index, "psicol").as_deref(), Some("psicologo"));
    let clinic = ids(&index, "clini");
    assert!(clinic.contains(&"costo".to_owned()), "{clinic:?}");
    assert!(clinic.contains(&"horario".to_owned()), "{clinic:?}");
}

#[test]
fn terapia_grupal_finds_terapia_de_grupo() {
    let index = index();
    assert_eq!(first(&index, "terapia grupal").as_deref(), Some("grupo"));
    let result = &index.search("terapia grupal", 1)[0];
    assert_eq!(marked(result)[..2], ["terapia", "grupo"], "{result:?}");
    // The title typed as it is written, accents or not, comes first.
    assert_eq!(
        first(&index, "la terapia de grupo").as_deref(),
        Some("grupo")
    );
    assert_eq!(first(&index, "lo que cuesta").as_deref(), Some("costo"));
}

#[test]
fn stop_words_do_not_match_everything() {
    let index = index();
    assert_eq!(
        index.query_terms("la terapia de grupo"),
        vec!["terapi", "grup"]
    );
    assert_eq!(index.query_terms("¿Qué es?"), vec!["que", "es"]);
    // "horario" shares only "a", "la" and "de" with the query: not a result.
    let found = ids(&index, "a la terapia de grupo");
    assert!(!found.contains(&"horario".to_owned()), "{found:?}");
    assert!(!found.contains(&"costo".to_owned()), "{found:?}");
    // A query of stop words only still searches for them.
    assert!(!index.search("de la", 5).is_empty());
}

#[test]
fn highlights_are_whole_matched_words() {
    let index = index();
    let language = index.language();
    for query in [
        "psicologo",
        "privasidad",
        "terapia grupal",
        "grupos",
        "la",
        "psicol",
        "niño",
        "İSTANBUL ǅemal ß",
        "e\u{301}",
    ] {
        let matching = index.matching_words(query);
        for result in index.search(query, 10) {
            for (text, ranges) in [
                (&result.title, &result.title_highlights),
                (&result.snippet, &result.snippet_highlights),
            ] {
                for range in ranges {
                    assert!(text.is_char_boundary(range.start), "{query:?}");
                    assert!(text.is_char_boundary(range.end), "{query:?}");
                    let word = &text[range.clone()];
                    assert!(words(text).any(|(r, _)| r == *range), "{query:?}: {word}");
                    assert!(
                        matching.contains(&language.normalise_word(word)),
                        "{query:?}: {word} not in {matching:?}"
                    );
                }
            }
        }
    }
}

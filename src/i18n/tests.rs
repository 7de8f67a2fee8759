use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;

#[test]
fn plurals_and_placeholders_are_fluents_job() {
    let en = Catalogue::english();
    let results = |n: usize| {
        en.tr_args(
            "search-results",
            &[("count", n.into()), ("query", "cost".into())],
        )
    };
    assert_eq!(results(1), "1 result for “cost”");
    assert_eq!(results(3), "3 results for “cost”");
    let countdown = |n: u32| en.tr_args("kiosk-countdown", &[("seconds", n.into())]);
    assert_eq!(countdown(1), "Starting over in 1 second");
    assert_eq!(countdown(14), "Starting over in 14 seconds");
    // No Unicode isolation marks around placeholders: egui draws them as boxes.
    assert!(!results(3).contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn a_missing_key_shows_the_key_and_never_panics() {
    let en = Catalogue::english();
    assert_eq!(en.tr("chrome-no-such-words"), "chrome-no-such-words");
    // Twice: logged once, shown both times.
    assert_eq!(en.tr("chrome-no-such-words"), "chrome-no-such-words");
    assert!(!en.has("chrome-no-such-words"));
    // A missing placeholder is shown by name, not a panic.
    assert_eq!(
        en.tr("search-results-best"),
        "The best {$count} results for “{$query}”"
    );
}

#[test]
fn another_language_falls_back_to_english_key_by_key() {
    let french = FtlSource::new("fr", "i18n/fr/chrome.ftl", "chrome-home = Accueil\n");
    let fr = Catalogue::with_sources("fr-CA", std::slice::from_ref(&french));
    assert_eq!(fr.language().to_string(), "fr-CA");
    assert_eq!(fr.tr("chrome-home"), "Accueil");
    // Not translated yet: English.
    assert_eq!(fr.tr("chrome-back-spoken"), "Back");
    assert_eq!(
        fr.tr_args("kiosk-countdown", &[("seconds", 1.into())]),
        "Starting over in 1 second"
    );
    // A language with no words at all is English.
    let de = Catalogue::new("de-DE");
    assert_eq!(de.tr("chrome-home"), "Home");
    // So is a tag that is not one.
    assert_eq!(Catalogue::new("not a tag!").tr("chrome-home"), "Home");
    // Spanish is built in, whatever its region.
    assert_eq!(Catalogue::new("es-MX").tr("chrome-home"), "Inicio");
}

#[test]
fn a_clinics_words_override_and_broken_files_are_survived() {
    let own = FtlSource::new(
        "en-US",
        "pack/i18n/en/chrome.ftl",
        "chrome-home = Start\nchrome-back = { broken\nchrome-topics = Subjects\n",
    );
    let en = Catalogue::with_sources("en-US", &[own]);
    assert_eq!(en.tr("chrome-home"), "Start");
    // The entry after the broken one is still read.
    assert_eq!(en.tr("chrome-topics"), "Subjects");
    // The broken one keeps the built-in words.
    assert_eq!(en.tr("chrome-back"), "‹ Back");
    assert_eq!(line_col("ab\ncd", 4), (2, 2));
}

/// The English catalogue as (key, file) pairs.
fn english_keys() -> Vec<(String, String)> {
    built_in()
        .filter(|s| s.language == FALLBACK)
        .flat_map(|s| {
            keys_of(&s.text)
                .into_iter()
                .map(move |key| (key, s.name.clone()))
        })
        .collect()
}

/// The area a file's keys start with: `chrome` for `en/chrome.ftl`.
fn area_of(name: &str) -> &str {
    name.rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".ftl")
}

#[test]
fn every_catalogue_file_is_built_in_and_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut on_disk = BTreeSet::new();
    for lang in std::fs::read_dir(&dir).expect("assets/i18n") {
        let lang = lang.expect("entry").path();
        for file in std::fs::read_dir(&lang).expect("language folder") {
            let file = file.expect("entry").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let rel = file.strip_prefix(&dir).expect("inside");
                on_disk.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let built: BTreeSet<String> = built_in().map(|s| s.name).collect();
    assert_eq!(built, on_disk, "every .ftl file is listed in BUILT_IN");
    for source in built_in() {
        if let Err((_, errors)) = FluentResource::try_new(source.text.clone()) {
            panic!("{}: {errors:?}", source.name);
        }
    }
}

#[test]
fn keys_are_kebab_case_prefixed_by_their_file_and_unique() {
    let mut seen = BTreeSet::new();
    for (key, file) in english_keys() {
        let area = area_of(&file);
        assert!(
            key.starts_with(&format!("{area}-")),
            "{file}: `{key}` does not start with `{area}-`"
        );
        assert!(is_key_shaped(&key), "{file}: `{key}` is not kebab-case");
        assert!(seen.insert(key.clone()), "{file}: `{key}` is defined twice");
    }
}

fn is_key_shaped(text: &str) -> bool {
    let mut parts = text.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_lowercase()));
    let rest: Vec<&str> = parts.collect();
    first_ok
        && !rest.is_empty()
        && text.split('-').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The coverage test: every key the code uses is in the English catalogue,
/// and every key there is used. The code must write each key as a string
/// literal (a `match` per enum variant, not `format!`), so this scan of
/// `src/**/*.rs` (tests left out) sees it: a literal counts as a key when it
/// is kebab-case and starts with a catalogue area (`chrome-…`).
#[test]
fn every_key_used_exists_and_every_key_is_used() {
    let english = english_keys();
    let areas: BTreeSet<String> = english.iter().map(|(_, f)| area_of(f).to_owned()).collect();
    let defined: BTreeSet<String> = english.into_iter().map(|(k, _)| k).collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    for file in rust_files(&src) {
        let text = std::fs::read_to_string(&file).expect("read source");
        for (line, literal) in string_literals(without_tests(&text)) {
            let looks_like_key = is_key_shaped(&literal)
                && areas.iter().any(|a| literal.starts_with(&format!("{a}-")));
            if !looks_like_key {
                continue;
            }
            if !defined.contains(&literal) {
                missing.push(format!("{}:{line}: `{literal}`", file.display()));
            }
            used.insert(literal);
        }
    }
    assert!(
        missing.is_empty(),
        "keys used in code but missing from assets/i18n/en:\n{}",
        missing.join("\n")
    );
    let unused: Vec<&String> = defined.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "keys in assets/i18n/en that no code uses: {unused:?}"
    );
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            // Test files name keys to test the catalogue, not to use them.
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The source before its test module (by the house style, at the end).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod ")
        .map_or(text, |at| &text[..at])
}

/// Every string literal outside comments, with the line it starts on.
/// Understands escapes, raw strings, byte strings and char literals (so
/// `'"'` starts no string) well enough for this crate's source.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => line += 1,
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 1;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    } else if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                continue;
            }
            '\'' => {
                // A char literal ('x', '\n', '"'), or a lifetime ('a).
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' if (i == 0
                || !ident(chars[i - 1])
                || (chars[i - 1] == 'b' && (i < 2 || !ident(chars[i - 2]))))
                && matches!(next, Some('"' | '#')) =>
            {
                let mut hashes = 0;
                let mut j = i + 1;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    let start_line = line;
                    let mut literal = String::new();
                    j += 1;
                    while let Some(&d) = chars.get(j) {
                        if d == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                            j += 1 + hashes;
                            break;
                        }
                        if d == '\n' {
                            line += 1;
                        }
                        literal.push(d);
                        j += 1;
                    }
                    out.push((start_line, literal));
                    i = j;
                    continue;
                }
            }
            '"' => {
                let start_line = line;
                let mut literal = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        literal.push(chars[i]);
                        i += 1;
                    }
                    if chars.get(i) == Some(&'\n') {
                        line += 1;
                    }
                    if let Some(&d) = chars.get(i) {
                        literal.push(d);
                    }
                    i += 1;
                }
                out.push((start_line, literal));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[test]
fn the_literal_scanner_reads_rust() {
    let source = r####"
        let a = "chrome-home"; // "chrome-comment"
        let b = '"'; let c = "x\"y";
        /* "chrome-block" */ fn f<'a>(x: &'a str) {}
        let d = r#"raw "inside""#;
    "####;
    let found: Vec<String> = string_literals(source)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(found, ["chrome-home", "x\\\"y", "raw \"inside\""]);
}

/// Every built-in language has every English key, in the file of the same
/// name, with the same placeholders, and no key English lacks.
#[test]
fn every_language_has_every_english_key_with_the_same_placeholders() {
    let mut english: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    for source in built_in().filter(|s| s.language == FALLBACK) {
        for (key, info) in parse_ftl(&source.text).messages {
            english.insert(key, (area_of(&source.name).to_owned(), info.placeholders));
        }
    }
    let others: Vec<&str> = built_in_languages()
        .into_iter()
        .filter(|l| *l != FALLBACK)
        .collect();
    assert!(others.contains(&"es"), "Spanish is built in");
    for language in others {
        let mut found: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
        for source in built_in().filter(|s| s.language == language) {
            let parsed = parse_ftl(&source.text);
            assert!(
                parsed.errors.is_empty(),
                "{}: {:?}",
                source.name,
                parsed.errors
            );
            for (key, info) in parsed.messages {
                let area = area_of(&source.name).to_owned();
                assert!(
                    found
                        .insert(key.clone(), (area, info.placeholders))
                        .is_none(),
                    "{}: `{key}` is defined twice",
                    source.name
                );
            }
        }
        let missing: Vec<&String> = english.keys().filter(|k| !found.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        let extra: Vec<&String> = found.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{language} has keys English lacks: {extra:?}"
        );
        for (key, (area, placeholders)) in &found {
            let (en_area, en_placeholders) = &english[key];
            assert_eq!(area, en_area, "{language}: `{key}` is in another file");
            assert_eq!(
                placeholders, en_placeholders,
                "{language}: `{key}` has other placeholders than English"
            );
        }
    }
}

#[test]
fn spanish_words_plurals_and_dates() {
    let es = Catalogue::new("es-US");
    assert_eq!(es.tr("chrome-help"), "¿Necesita ayuda ahora?");
    assert_eq!(
        es.tr_args("kiosk-countdown", &[("seconds", 1.into())]),
        "Vuelve al inicio en 1 segundo"
    );
    assert_eq!(
        es.tr_args("kiosk-countdown", &[("seconds", 14.into())]),
        "Vuelve al inicio en 14 segundos"
    );
    assert_eq!(
        es.tr_args(
            "search-results",
            &[("count", 3.into()), ("query", "grupo".into())]
        ),
        "3 resultados para “grupo”"
    );
    assert_eq!(es.date("2026-11-23"), "23 de noviembre de 2026");
    assert_eq!(es.date("2027-01-05"), "5 de enero de 2027");
    let en = Catalogue::english();
    assert_eq!(en.date("2026-11-23"), "November 23, 2026");
    // A date the pack did not write as YYYY-MM-DD is shown as written.
    assert_eq!(en.date("Spring 2026"), "Spring 2026");
    assert_eq!(es.language_name("en-US"), "inglés");
    assert_eq!(en.language_name("es-US"), "Spanish");
    assert_eq!(es.own_name(), "Español");
    assert_eq!(en.own_name(), "English");
    assert_eq!(Catalogue::new("fr").language_name("fr-CA"), "fr-CA");
}

fn memory_pack(files: &[(&str, &str)]) -> crate::content::PackFiles {
    crate::content::PackFiles::Memory(
        files
            .iter()
            .map(|(path, text)| ((*path).to_owned(), text.as_bytes().to_vec()))
            .collect(),
    )
}

#[test]
fn a_clinics_interface_words_are_checked_against_english() {
    let pack = memory_pack(&[
        (
            "i18n/fr/chrome.ftl",
            "# Français\nchrome-home = Accueil\nchrome-close-spoken = Fermer : { $fenetre }\n\
             chrome-no-such = Rien\nchrome-back = { broken\nchrome-topics = Sujets\n",
        ),
        ("i18n/fr/notes.txt", "hello"),
        ("i18n/French/chrome.ftl", "chrome-home = Accueil\n"),
    ]);
    let problems: Vec<String> = check_pack(&pack).iter().map(ToString::to_string).collect();
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        has("i18n/fr/chrome.ftl:3:1: error: `chrome-close-spoken` uses { $fenetre }"),
        "{problems:#?}"
    );
    assert!(
        has("i18n/fr/chrome.ftl:3:1: warning: `chrome-close-spoken` leaves out { $window }"),
        "{problems:#?}"
    );
    assert!(
        has("i18n/fr/chrome.ftl:4:1: warning: `chrome-no-such` is not a word the app uses"),
        "{problems:#?}"
    );
    assert!(
        has("i18n/fr/chrome.ftl:6:1: error: this is not valid Fluent"),
        "{problems:#?}"
    );
    assert!(
        has("i18n/fr/chrome.ftl: warning: this file leaves out"),
        "{problems:#?}"
    );
    assert!(
        has("i18n/fr/search.ftl: warning: there is no such file, so it leaves out"),
        "{problems:#?}"
    );
    assert!(has("i18n/fr/notes.txt: warning: not read"), "{problems:#?}");
    assert!(
        has("i18n/French/chrome.ftl: error: `French` is not a language tag"),
        "{problems:#?}"
    );
    // A complete, correct language has nothing to say; the words are used.
    let mut complete = String::new();
    for source in built_in().filter(|s| s.language == "es") {
        complete.push_str(&source.text);
        complete.push('\n');
    }
    let fine = memory_pack(&[("i18n/pt-BR/all.ftl", &complete)]);
    assert_eq!(check_pack(&fine), Vec::new());
    let sources = pack_sources(&fine);
    assert_eq!(sources.len(), 1);
    let pt = Catalogue::with_sources("pt-BR", &sources);
    assert_eq!(pt.tr("chrome-home"), "Inicio");
}

//! The search tests on the built-in (English) pack.

use super::fuzzy::{osa_within, typo_allowance};
use super::*;
use crate::content::{Pack, builtin};

/// The English normal form (the built-in pack is English).
fn normalise_word(word: &str) -> String {
    Language::English.normalise_word(word)
}

/// The Snowball English stem alone, without spelling folding.
fn stem(word: &str) -> String {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
        .stem(word)
        .into_owned()
}

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
    // The words meant, by their normal forms (Snowball's, not always words).
    for (query, meant) in [
        ("privcy", "privacy"),
        ("theraphy", "therapy"),
        ("confidental", "confidential"),
        ("Therapsit", "therapist"),
    ] {
        let meant = normalise_word(meant);
        let results = index.search(query, 10);
        assert!(!results.is_empty(), "{query}");
        assert!(index.matching_words(query).contains(&meant), "{query}");
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
            .contains(&normalise_word("confidential"))
    );
    // A space after the word says it is finished: not expanded. (Snowball
    // stems "confidence" to "confid", so the finished word is a word of the
    // pack now and finds that one; it used to find nothing.)
    assert!(
        !index
            .matching_words("confid ")
            .contains(&normalise_word("confidential"))
    );
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
        assert_eq!(normalise_word(word), stem(word));
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
    // Stemmed, but not folded to "improvization".
    assert_eq!(normalise_word("improvisation"), stem("improvisation"));
}

#[test]
fn stemming_makes_forms_meet() {
    let same = |a: &str, b: &str| {
        assert_eq!(normalise_word(a), normalise_word(b), "{a} / {b}");
    };
    // Snowball's normal forms need not be words ("therapi").
    same("therapies", "therapy");
    same("Therapy", "therapy");
    assert_eq!(normalise_word("stopped"), "stop");
    assert_eq!(normalise_word("classes"), "class");
    assert_eq!(normalise_word("focus"), "focus");
    assert_eq!(normalise_word("analysis"), "analysi");
    assert_eq!(normalise_word("less"), "less");
    assert_eq!(normalise_word("gently"), "gentl");
    assert_eq!(normalise_word("bus"), "bus");
    assert_eq!(normalise_word("is"), "is");
    assert_eq!(normalise_word("being"), "be");
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
    // Snowball joins these on purpose (an exception in its English rules).
    same("gently", "gentle");
    assert_ne!(normalise_word("gently"), normalise_word("gent"));
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

//! The pack loader and checker, against the built-in pack and real broken
//! fixture packs in `tests/fixtures/` (made by `scripts/make-fixtures.py`).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::content::{self, PackFiles};
use therapy_explorer::{Options, TherapyApp, check};

mod common;

fn fixture(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

/// Every problem in a fixture pack, as `therapy-explorer check` prints it.
fn problems(case: &str) -> Vec<String> {
    content::load(&PackFiles::Dir(fixture(case)))
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn assert_problems(case: &str, expected: &[&str]) {
    let found = problems(case);
    assert_eq!(found, expected, "problems in fixture `{case}`");
}

#[test]
fn builtin_pack_loads_and_checks_clean() {
    let loaded = content::load(&PackFiles::Embedded);
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the built-in pack has problems:\n{}",
        problems.join("\n")
    );
    let pack = loaded.pack.expect("the built-in pack loads");
    for id in [
        "who",
        "focus",
        "privacy",
        "cost",
        "insurance",
        "access",
        "therapist-role",
        "pace",
        "feelings",
        "good-fit",
    ] {
        assert!(pack.row(id).is_some(), "comparison row `{id}` is missing");
    }
    for id in ["cbt", "dbt", "emdr", "mindfulness", "interpersonal"] {
        assert!(pack.approach(id).is_some(), "approach `{id}` is missing");
    }
    for id in [
        "choosing",
        "combining",
        "care-for-everyone",
        "faq",
        "history",
        "first-group-session",
    ] {
        assert!(pack.page(id).is_some(), "page `{id}` is missing");
    }
    assert!(pack.source("khan-2012").is_some());
    assert!(
        pack.info
            .crisis_contacts
            .iter()
            .any(|c| c.how.contains("988"))
    );
}

#[test]
fn builtin_pack_is_balanced_between_formats() {
    let pack = content::builtin();
    let individual = pack.cards_for(content::Format::Individual).count();
    let group = pack.cards_for(content::Format::Group).count();
    assert!(
        individual >= 9 && group >= 9,
        "{individual} one-to-one cards, {group} group cards"
    );
    assert!(
        individual.abs_diff(group) <= 1,
        "{individual} vs {group} cards"
    );
    // Every card names a trade-off, not only good points.
    for card in &pack.benefits.cards {
        assert!(
            card.body.contains("Keep in mind"),
            "card `{}` has no trade-off",
            card.id
        );
    }
}

#[test]
fn check_command_reports_and_exits() {
    let mut out = Vec::new();
    assert_eq!(check::run(&PackFiles::Embedded, &mut out), 0);
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.lines()
            .last()
            .unwrap_or_default()
            .starts_with("the built-in pack is OK: 10 comparison rows"),
        "{text}"
    );
    // Every card and page has its reading level reported.
    assert!(
        text.contains("Reading level (Flesch–Kincaid grade"),
        "{text}"
    );
    assert!(text.contains("peer-support "), "{text}");
    assert!(text.contains("first-group-session "), "{text}");

    let mut out = Vec::new();
    assert_eq!(
        check::run(&PackFiles::Dir(fixture("unknown-ids")), &mut out),
        1
    );
    let text = String::from_utf8(out).expect("utf-8");
    assert_eq!(
        text.lines().filter(|l| l.contains(": error: ")).count(),
        5,
        "five problems:\n{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap_or_default()
            .ends_with("5 error(s), 0 warning(s). Fix the errors above and run the check again.")
    );
}

#[test]
fn a_valid_fixture_and_one_with_bom_and_crlf_check_clean() {
    assert_problems("valid", &[]);
    assert_problems("bom-crlf", &[]);
    let loaded = content::load(&PackFiles::Dir(fixture("bom-crlf")));
    let pack = loaded.pack.expect("loads");
    assert_eq!(pack.info.title, "Test pack");
    assert!(!pack.benefits.cards[0].body.contains('\r'));
}

#[test]
fn ron_syntax_error_at_its_position() {
    assert_problems(
        "syntax-error",
        &[
            "benefits.ron:7:13: error: Expected comma (add a `,` at the end of the line before this one)",
        ],
    );
}

#[test]
fn unknown_field_with_bom_and_crlf() {
    assert_problems(
        "unknown-field",
        &[
            "benefits.ron:16:13: error: Unexpected field named `sumary` in `Card`, expected one of `id`, `option`, \
           `title`, `summary`, `body`, or `sources` instead (check the spelling of the field name, or remove it)",
        ],
    );
}

#[test]
fn unknown_variant() {
    assert_problems(
        "unknown-variant",
        &[
            "benefits.ron:14:21: error: Unexpected variant named `Groups` in enum `Format`, expected either \
           `Individual` or `Group` instead (check the spelling; allowed values are listed)",
        ],
    );
}

#[test]
fn unknown_source_and_link_ids_are_all_reported() {
    assert_problems(
        "unknown-ids",
        &[
            "approaches/cbt.md:7:33: error: link `wiki:privacy` has an unknown kind `wiki`: use approach:ID, \
             page:ID, card:ID, compare:ROW-ID, source:ID, screen:NAME or a full https:// address",
            "benefits.ron:10:23: error: card `confidential-space` names source `src-b`, which is not in \
             sources.ron: add it there or fix the id",
            "benefits.ron:17:64: error: link `page:guides` goes to page `guides`, which does not exist",
            "pages/guide.md:8:12: error: link `approach:dbt` goes to approach `dbt`, which does not exist",
            "pages/guide.md:8:41: error: link `screen:settings`: there is no screen `settings` (screens: home, \
             compare, benefits, approaches, pages, sources, decide)",
        ],
    );
}

#[test]
fn duplicate_ids() {
    assert_problems(
        "duplicate-id",
        &[
            "benefits.ron:13:17: error: duplicate card id `confidential-space`: it is already used at line 5, \
           column 17; give each card its own id",
        ],
    );
}

#[test]
fn empty_and_missing_required_fields_in_several_files() {
    assert_problems(
        "empty-fields",
        &[
            "benefits.ron:15:13: error: `title` is empty: write some text here",
            "pack.ron:15:5: error: `crisis_intro` is empty: write some text here",
            "pages.ron:8:9: error: Unexpected missing field named `summary` in `Page` (add this field; see \
             content/README.md)",
        ],
    );
}

#[test]
fn missing_files() {
    assert_problems(
        "missing-files",
        &[
            "approaches.ron:9:19: error: file is missing: add `approaches/cbt-missing.md` to the pack",
            "sources.ron:1:1: error: file is missing: add `sources.ron` to the pack",
        ],
    );
}

#[test]
fn unreadable_files() {
    assert_problems(
        "unreadable",
        &["pages.ron:7:19: error: cannot read `pages/guide.md`: it is a folder, not a file"],
    );
    assert_problems(
        "not-utf8",
        &[
            "pages/guide.md:3:4: error: `pages/guide.md` is not UTF-8 text (bad byte at line 3, column 4): save it \
           as UTF-8",
        ],
    );
}

#[test]
fn file_larger_than_the_limit() {
    assert_problems(
        "too-large",
        &[
            "pages.ron:7:19: error: `pages/guide.md` is 1120139 bytes, more than the 1 MiB limit: split it into \
           smaller files",
        ],
    );
}

#[test]
fn paths_that_leave_the_pack() {
    assert_problems(
        "outside-paths",
        &[
            "approaches.ron:9:19: error: path `../outside.md` leaves the pack folder: use a path inside the pack, \
             like `pages/faq.md`",
            "pages.ron:7:19: error: path `/etc/hostname` leaves the pack folder: use a path inside the pack, like \
             `pages/faq.md`",
        ],
    );
    assert_problems(
        "symlink-outside",
        &[
            "pages.ron:7:19: error: `pages/guide.md` is a link that points outside the pack folder: copy the file \
           into the pack instead",
        ],
    );
}

#[test]
fn bad_dates() {
    assert_problems(
        "bad-dates",
        &[
            "pack.ron:6:5: error: `published` is `10/01/2026`, not a date: write it as YYYY-MM-DD, like \
             \"2026-11-23\"",
            "pack.ron:8:5: error: `next_review` must be after `last_reviewed`: set the date of the next planned \
             review",
        ],
    );
}

#[test]
fn bad_ids_and_an_unused_source_warning() {
    assert_problems(
        "bad-ids-and-unused-source",
        &[
            "benefits.ron:13:17: error: card id `Peer Support` must use only lowercase letters, digits and \
             hyphens, like \"peer-support\"",
            "sources.ron:12:17: warning: source `src-unused` is not used by any row, card, approach or page",
        ],
    );
}

#[test]
fn text_above_grade_8_gets_a_reading_level_warning() {
    assert_problems(
        "hard-to-read",
        &[
            "pages/guide.md:1:1: warning: page `guide` reads at grade 29.1 (Flesch–Kincaid), above grade 8: \
           use shorter sentences and everyday words",
        ],
    );
    let loaded = content::load(&PackFiles::Dir(fixture("hard-to-read")));
    assert_eq!(loaded.error_count(), 0, "a warning does not stop the pack");
    assert!(loaded.pack.is_some());
    let easy = loaded
        .reading
        .iter()
        .find(|r| r.id == "peer-support")
        .map(|r| r.grade);
    assert!(easy.is_some_and(|g| g < 8.0), "{easy:?}");
}

/// Table cells and a card's summary are read too, so they are graded: here
/// the paragraphs and the card's body are easy, the cell and summary are not.
#[test]
fn table_cells_and_card_summaries_count_towards_the_reading_level() {
    assert_problems(
        "hard-table-and-summary",
        &[
            "benefits.ron:17:13: warning: card `peer-support` reads at grade 14.3 (Flesch–Kincaid), above grade 8: \
             use shorter sentences and everyday words",
            "pages/guide.md:1:1: warning: page `guide` reads at grade 21.8 (Flesch–Kincaid), above grade 8: \
             use shorter sentences and everyday words",
        ],
    );
}

#[test]
fn a_missing_folder_is_reported_not_a_crash() {
    let found = problems("no-such-pack");
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(found[0].starts_with("approaches.ron:1:1: error: file is missing"));
}

#[test]
fn the_app_shows_the_builtin_pack_and_a_calm_notice_for_a_broken_pack() {
    let dir = fixture("unknown-ids");
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(16)
        .build_eframe(move |cc| {
            TherapyApp::new(
                cc,
                Options {
                    content_dir: Some(dir),
                    ..Options::default()
                },
            )
        });
    harness.run();
    let notice = harness
        .state()
        .staff_notice()
        .expect("a staff notice")
        .to_owned();
    assert!(notice.contains("5 problems"), "{notice}");
    assert_eq!(harness.state().pack().info.title, "Therapy Explorer");
    harness.get_by_label_contains("Staff note: the content pack in");

    // On a kiosk the public can read it too: no folder names there.
    let harness = common::build(
        Options {
            content_dir: Some(fixture("unknown-ids")),
            kiosk: Some(therapy_explorer::kiosk::KioskConfig::default()),
            ..Options::default()
        },
        [1920.0, 1080.0],
    );
    let notice = harness.state().staff_notice().expect("a staff notice");
    assert!(notice.contains("therapy-explorer check"), "{notice}");
    assert!(
        !notice.contains("unknown-ids") && !notice.contains('/'),
        "{notice}"
    );
    // A good pack is used as it is, with no notice.
    let dir = fixture("valid");
    let harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(16)
        .build_eframe(move |cc| {
            TherapyApp::new(
                cc,
                Options {
                    content_dir: Some(dir),
                    ..Options::default()
                },
            )
        });
    assert!(harness.state().staff_notice().is_none());
    assert_eq!(harness.state().pack().info.title, "Test pack");
}

#[test]
fn the_decision_aid_balance_check() {
    // The default pack's questions are balanced and check clean.
    let pack = content::builtin();
    let decision = pack
        .decision
        .as_ref()
        .expect("the default pack has a decision aid");
    let (one, group) = decision.reach();
    assert_eq!(one, group);
    assert!(one > 0);
    for question in &decision.questions {
        for format in content::Format::ALL {
            let offer = question.offer(format);
            assert!(
                !offer.strength.is_empty() && !offer.trade_off.is_empty(),
                "{}",
                question.id
            );
        }
    }
    assert_problems("decision-valid", &[]);
    assert_problems(
        "decision-skewed",
        &[
            "decision.ron:18:5: error: the questions are skewed: no answers can ever point towards group therapy \
           (`leans: Group`): balance the questions so each option can come out ahead",
        ],
    );
    assert_problems(
        "decision-unbalanced",
        &[
            "decision.ron:25:5: error: the questions are not balanced: answers can point up to 3 towards one-to-one \
           but 1 towards group: change `leans` or the answer values so both reach the same",
        ],
    );
    // A "Not sure" never counts, so it cannot balance a skewed file.
    assert_problems(
        "decision-unsure-counts",
        &[
            "decision.ron:21:31: error: answer `Not sure` is marked `unsure: true`, so its value 3 never \
             counts: set `value: 0`",
            "decision.ron:25:5: error: the questions are skewed: no answers can ever point towards group \
             therapy (`leans: Group`): balance the questions so each option can come out ahead",
        ],
    );
    assert_problems(
        "decision-one-sided",
        &[
            "decision.ron:27:13: error: question `privacy` must speak to both options: fill in `group` with a \
             strength and a trade-off",
            "decision.ron:32:17: warning: question `cost` gives one-to-one 9 words and group 14: give both options \
             equal detail",
            "decision.ron:39:37: error: question `cost` says \"you should\": a decision aid describes, it never \
             tells people what to choose",
            // Also in what becomes a question to ask a professional.
            "decision.ron:41:26: error: question `cost` says \"best choice\": a decision aid describes, it never \
             tells people what to choose",
        ],
    );
    // Every word of the screens is in the file: none may be blank, and the
    // numbers and labels the app fills in need their placeholders.
    assert_problems(
        "decision-wording",
        &[
            "decision.ron:46:9: error: `begin` is empty: write some text here",
            "decision.ron:48:9: error: `progress` needs `{total}` (the number of questions): put it back in the text",
            "decision.ron:48:9: error: `progress` has `{totl}`, which the app does not fill in: use only `{n}` and \
             `{total}`",
            "decision.ron:50:9: error: `answer_spoken` needs `{answer}` (the answer's label): put it back in the text",
            "decision.ron:62:9: error: `asks_intro_kiosk` is empty: write some text here",
        ],
    );
}

/// Balance in any pack, not only the default one: every card has a trade-off,
/// and each format has as many cards as the other.
#[test]
fn cards_without_a_trade_off_or_uneven_card_counts_get_warnings() {
    assert_problems(
        "card-balance",
        &[
            "benefits.ron:3:5: warning: there are 2 one-to-one cards and 1 group cards: give both formats the \
             same number of cards",
            "benefits.ron:25:13: warning: card `your-own-pace` has no \"Keep in mind\" part: end its body with a \
             paragraph that starts `**Keep in mind:**` and an honest trade-off",
        ],
    );
    let loaded = content::load(&PackFiles::Dir(fixture("card-balance")));
    assert_eq!(loaded.error_count(), 0, "warnings do not stop the pack");
    assert!(loaded.pack.is_some());
}

/// A pack in another language names its own trade-off words in
/// `benefits.ron`: the check looks for those instead of "Keep in mind".
#[test]
fn a_pack_can_name_its_own_trade_off_words() {
    assert_problems(
        "card-trade-off-mark",
        &[
            "benefits.ron:18:13: warning: card `peer-support` has no \"A tener en cuenta\" part: end its body \
           with a paragraph that starts `**A tener en cuenta:**` and an honest trade-off",
        ],
    );
}

/// More than twice the words on one side of a question is an error; a
/// little more (over one and a half times) stays a warning (`decision-one-sided`).
#[test]
fn a_lopsided_decision_question_is_an_error() {
    assert_problems(
        "decision-lopsided",
        &[
            "decision.ron:20:17: error: question `privacy` gives one-to-one 11 words and group 28, more than \
             twice as many on one side: give both options equal detail",
        ],
    );
}

/// `decision.ron` may be left out, but then nothing may link to its screen.
#[test]
fn a_link_to_the_questions_needs_the_questions() {
    assert_problems(
        "decide-link-without-decision",
        &[
            "pages/guide.md:8:41: error: link `screen:decide` goes to the \"Which fits me?\" questions, but this \
           pack has no `decision.ron`: add the file, or take the link out",
        ],
    );
}

/// Inputs kept from fuzzing (`fuzz/`) and hand-made nasty ones: each replaces
/// one file of the built-in pack, exactly as the fuzz target does.
#[test]
fn fuzz_regressions_never_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz fixtures") {
        let path = entry.expect("entry").path();
        let data = std::fs::read(&path).expect("read");
        if std::env::var_os("FUZZ_VERBOSE").is_some() {
            eprintln!("{}", path.display());
        }
        therapy_explorer::content::exercise::exercise(&data);
        count += 1;
    }
    assert!(count >= 10, "only {count} fuzz fixtures");
}

/// The fuzz seeds (`scripts/fuzz-seeds.py`) set the top bit of the first
/// byte to also build the search index: it must not change which file the
/// input replaces, or every seed that builds the index breaks the pack.
#[test]
fn the_search_index_bit_does_not_change_the_replaced_file() {
    use therapy_explorer::content::exercise::{KINDS, replaced_file};
    for (i, kind) in KINDS.iter().enumerate() {
        let i = u8::try_from(i).expect("few kinds");
        assert_eq!(replaced_file(i), *kind);
        assert_eq!(replaced_file(i | 0x80), *kind);
    }
}

#[test]
fn a_pack_too_big_in_all_stops_being_read_with_one_clear_error() {
    use therapy_explorer::content::load::{LoadOptions, load_with};
    // The built-in pack is well over 40 000 bytes in all.
    let options = LoadOptions {
        max_pack_bytes: 40_000,
        ..LoadOptions::default()
    };
    let loaded = load_with(&PackFiles::embedded_in_memory(), options);
    let errors: Vec<String> = loaded
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("the pack's files come to more than 40000 bytes in all"),
        "{}",
        errors[0]
    );
    // With the usual limit it loads clean.
    let loaded = load_with(&PackFiles::embedded_in_memory(), LoadOptions::default());
    assert_eq!(loaded.error_count(), 0);
}

#[test]
fn a_link_in_a_heading_gets_a_warning() {
    let PackFiles::Memory(mut files) = PackFiles::embedded_in_memory() else {
        panic!("the built-in pack is in memory");
    };
    files.insert(
        "pages/faq.md".into(),
        b"# Common questions\n\n## What is [CBT](approach:cbt)?\n\nA way of working.\n".to_vec(),
    );
    let loaded = content::load(&PackFiles::Memory(files));
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "pages/faq.md:3:12: warning: the link to `approach:cbt` is in a heading, where it shows as plain \
          words: move it into the text below the heading"
        ],
    );
}

#[test]
fn an_item_that_names_no_sources_gets_a_warning() {
    let PackFiles::Memory(mut files) = PackFiles::embedded_in_memory() else {
        panic!("the built-in pack is in memory");
    };
    let pages = String::from_utf8(files["pages.ron"].clone()).expect("UTF-8");
    let pages = pages.replacen(
        r#"sources: ["clinic-article-a", "clinic-article-b", "khan-2012"],"#,
        "sources: [],",
        1,
    );
    files.insert("pages.ron".into(), pages.into_bytes());
    let loaded = content::load(&PackFiles::Memory(files));
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "pages.ron:6:17: warning: page `choosing` names no sources: add the ids of the sources it rests on, \
          like `sources: [\"khan-2012\"]`"
        ],
    );
}

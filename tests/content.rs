//! The pack loader and checker, against the built-in pack and real broken
//! fixture packs in `tests/fixtures/` (made by `scripts/make-fixtures.py`).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use therapy_explorer::content::{self, PackFiles};
use therapy_explorer::{Options, check};

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
    let pack = loaded.pack;
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
    assert_eq!(check::run(&PackFiles::Embedded, false, &mut out), 0);
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.lines()
            .last()
            .unwrap_or_default()
            .starts_with("the built-in pack is OK: 10 comparison rows"),
        "{text}"
    );
    // The problems and the summary are what staff see; the reading-level
    // table only with --verbose, after the summary.
    assert!(!text.contains("Reading level"), "{text}");
    let mut out = Vec::new();
    assert_eq!(check::run(&PackFiles::Embedded, true, &mut out), 0);
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.lines()
            .next()
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
        check::run(&PackFiles::Dir(fixture("unknown-ids")), false, &mut out),
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
            .contains("5 errors, 0 warnings. Fix the errors above and run the check again."),
        "{text}"
    );

    // A folder that is not there: one line, not a "missing" for every file.
    let mut out = Vec::new();
    assert_eq!(
        check::run(&PackFiles::Dir(fixture("no-such-pack")), false, &mut out),
        1
    );
    let text = String::from_utf8(out).expect("utf-8");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.ends_with("no-such-pack: error: there is no folder here: check the path (a pack folder holds `pack.ron` and the other files)\n"),
        "{text}"
    );
}

#[test]
fn a_valid_fixture_and_one_with_bom_and_crlf_check_clean() {
    assert_problems("valid", &[]);
    assert_problems("bom-crlf", &[]);
    let loaded = content::load(&PackFiles::Dir(fixture("bom-crlf")));
    let pack = loaded.pack;
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
    // A forgotten comma costs nothing: the card is read as meant.
    let pack = content::load(&PackFiles::Dir(fixture("syntax-error"))).pack;
    assert!(pack.card("confidential-space").is_some());
    assert!(pack.card("peer-support").is_some());
}

#[test]
fn unknown_field_with_bom_and_crlf() {
    assert_problems(
        "unknown-field",
        &[
            "benefits.ron:1:1: error: there are no cards with `option: Group`: add at least one",
            "benefits.ron:16:13: error: Unexpected field named `sumary` in `Card`, expected one of `id`, `option`, \
           `title`, `summary`, `body`, or `sources` instead (check the spelling of the field name, or remove it); \
           card `peer-support` is left out until this is fixed",
        ],
    );
}

#[test]
fn unknown_variant() {
    assert_problems(
        "unknown-variant",
        &[
            "benefits.ron:1:1: error: there are no cards with `option: Group`: add at least one",
            "benefits.ron:14:21: error: Unexpected variant named `Groups` in enum `Format`, expected either \
           `Individual` or `Group` instead (check the spelling; allowed values are listed); card `peer-support` \
           is left out until this is fixed",
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
             compare, benefits, approaches, pages, sources, decide, clinic)",
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
            "benefits.ron:17:64: error: link `page:guide` goes to page `guide`, which is left out because of the \
             error at pages.ron:8:9; the link shows as plain words until that is fixed",
            "pack.ron:16:5: error: `crisis_intro` is empty: write some text here",
            "pages.ron:8:9: error: Unexpected missing field named `summary` in `Page` (add this field; see \
             content/README.md); page `guide` is left out until this is fixed",
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
            "pages/guide.md:3:1: warning: page `guide` reads at grade 29.1 (Flesch–Kincaid), above grade 8: \
           use shorter sentences and everyday words; the hardest part starts here (grade 33.8)",
        ],
    );
    let loaded = content::load(&PackFiles::Dir(fixture("hard-to-read")));
    assert_eq!(loaded.error_count(), 0, "a warning does not stop the pack");
    assert!(
        loaded.pack.page("guide").is_some(),
        "a hard page is still shown"
    );
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
            "benefits.ron:16:13: warning: card `peer-support` reads at grade 14.3 (Flesch–Kincaid), above grade 8: \
             use shorter sentences and everyday words; the hardest part starts here (grade 39.1)",
            "pages/guide.md:7:12: warning: page `guide` reads at grade 21.8 (Flesch–Kincaid), above grade 8: \
             use shorter sentences and everyday words; the hardest part starts here (grade 40.2)",
        ],
    );
}

#[test]
fn a_missing_folder_is_reported_not_a_crash() {
    let found = problems("no-such-pack");
    assert_eq!(
        found.len(),
        1,
        "one line for the folder, not one per file: {found:?}"
    );
    assert!(found[0].ends_with("no-such-pack: error: there is no folder here: check the path (a pack folder holds `pack.ron` and the other files)"), "{found:?}");
}

/// A clinic's pack with errors is still the clinic's pack: what is broken is
/// left out, the rest is shown, with a calm note for staff. The built-in pack
/// is shown only when no pack is given.
#[test]
fn the_app_shows_the_clinic_pack_without_its_broken_parts_and_a_calm_notice() {
    let mut harness = common::build(
        Options {
            content_dir: Some(fixture("unknown-ids")),
            ..common::home_options()
        },
        [1280.0, 800.0],
    );
    harness.run();
    let notice = harness
        .state()
        .staff_notice()
        .expect("a staff notice")
        .to_owned();
    assert!(notice.contains("5 problems"), "{notice}");
    assert_eq!(
        harness.state().pack().info.title,
        "Test pack",
        "never the built-in pack"
    );
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
    assert_eq!(harness.state().pack().info.title, "Test pack");
    // A good pack is used as it is, with no notice.
    let harness = common::build(
        Options {
            content_dir: Some(fixture("valid")),
            ..common::home_options()
        },
        [1280.0, 800.0],
    );
    assert!(harness.state().staff_notice().is_none());
    assert_eq!(harness.state().pack().info.title, "Test pack");
}

/// One stray bracket in one card of a UK clinic's pack costs that card only:
/// the UK crisis contacts, the other card and every link to what is left
/// out (now plain words) are as they should be.
#[test]
fn a_broken_card_is_left_out_and_everything_else_is_the_clinics_own() {
    let loaded = content::load(&PackFiles::Dir(fixture("uk-clinic-broken-card")));
    let pack = &loaded.pack;
    assert!(
        pack.card("peer-support").is_none(),
        "the broken card is left out"
    );
    assert!(
        pack.card("confidential-space").is_some(),
        "the other card is shown"
    );
    let numbers: Vec<&str> = pack
        .info
        .crisis_contacts
        .iter()
        .map(|c| c.how.as_str())
        .collect();
    assert_eq!(numbers, ["Call 116 123", "Call 111", "Call 999"]);
    assert_eq!(pack.info.region, "United Kingdom");
    assert!(pack.approach("cbt").is_some() && pack.page("guide").is_some());
    assert_eq!(
        problems("uk-clinic-broken-card"),
        [
            "benefits.ron:1:1: error: there are no cards with `option: Group`: add at least one",
            "benefits.ron:15:39: error: there is an extra `)` here: it ends the item early, so the fields after it \
             are not read: take it out; card `peer-support` is left out until this is fixed",
        ]
    );
}

/// A link to an item that is left out becomes plain words.
#[test]
fn links_to_left_out_items_become_plain_words() {
    use therapy_explorer::content::markdown::Block;
    let pack = content::load(&PackFiles::Dir(fixture("empty-fields"))).pack;
    assert!(pack.page("guide").is_none(), "the broken page is left out");
    let card = pack
        .card("confidential-space")
        .expect("the card with the broken title is left out, this one not");
    assert!(card.doc.links.iter().any(|l| l.target == "approach:cbt"));
    let peer = pack.card("peer-support");
    assert!(peer.is_none(), "its title is empty, so it is left out");
    // In the other card, the link to the left-out page is plain text now.
    let pack = content::load(&PackFiles::Dir(fixture("uk-clinic-broken-card"))).pack;
    let linked: Vec<bool> = pack
        .card("confidential-space")
        .map(|c| {
            c.doc
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(inline) => Some(inline.spans.iter().any(|s| s.link.is_some())),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(linked, [true], "a link to a card that exists stays a link");
}

#[test]
fn an_unreadable_pack_file_gives_no_crisis_contacts_and_says_so() {
    let loaded = content::load(&PackFiles::Dir(fixture("uk-clinic-unreadable-pack")));
    assert!(
        loaded.pack.info.crisis_contacts.is_empty(),
        "never another pack's contacts"
    );
    assert!(
        loaded.pack.card("peer-support").is_some(),
        "the rest of the pack is read"
    );
    let mut out = Vec::new();
    assert_eq!(
        check::run(
            &PackFiles::Dir(fixture("uk-clinic-unreadable-pack")),
            false,
            &mut out
        ),
        1
    );
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.contains("pack.ron:1:1: error: Expected struct `Pack` but found `This` (check the name before the first `(`"),
        "{text}"
    );
    assert!(
        text.contains("this pack has no crisis contacts the app can show"),
        "{text}"
    );
}

#[test]
fn empty_markdown_files_are_errors_and_their_items_are_left_out() {
    assert_problems(
        "empty-markdown",
        &[
            "approaches/cbt.md:1:1: error: `approaches/cbt.md` is empty: write the approach's text in it, or take \
             approach `cbt` out of approaches.ron",
            "pages/guide.md:1:1: error: `pages/guide.md` has no text beyond its title: write the page's text under \
             the title, or take page `guide` out of pages.ron",
        ],
    );
    let pack = content::load(&PackFiles::Dir(fixture("empty-markdown"))).pack;
    assert!(pack.approach("cbt").is_none() && pack.page("guide").is_none());
}

/// The mistakes a clinic's staff make in pack.ron and the Markdown, each in
/// plain words at its place.
#[test]
fn language_contacts_duplicates_region_review_markdown_and_advice() {
    let found = problems("pack-mistakes");
    let expected = [
        "benefits.ron:10:32: warning: card `confidential-space` names source `src-a` twice: take one out",
        "comparison.ron:20:29: warning: row `cost` says \"we recommend\", which tells the reader what to choose: \
         describe the options and leave the choice to them",
        "pack.ron:4:5: error: `language` is `English`, which is not a language tag: write the language's two-letter \
         code, a hyphen and the country's, such as \"en-US\", \"en-GB\" or \"es-US\"",
        "pack.ron:18:56: warning: 988 is a crisis or emergency number for the United States (and Canada), but this \
         pack's region is \"United Kingdom\": give the numbers that work where the pack is used",
        "pack.ron:19:37: warning: crisis contact `Front desk`: `how` says \"Ask at the front desk\" but holds no \
         number, text code or address to reach it: write the number to call or text (or the address)",
        "pack.ron:20:23: warning: crisis contact `988 Suicide & Crisis Lifeline` is listed twice: take one out",
        "pack.ron:22:33: warning: topic \"privacy\" is listed twice: take one out",
        "pages/guide.md:10:9: warning: the link to `https://example.org/more` opens a web browser at home; on a \
         kiosk it shows \"please ask at the front desk\" instead: if visitors need the address, write it out in the text",
        "pages/guide.md:12:1: warning: images are not shown (only their description is read out): say in words \
         what it shows, or take it out",
        "pages/guide.md:14:1: warning: HTML is not shown: write the text as plain Markdown instead (see \
         content/README.md, \"Writing text\")",
        "sources.ron:12:17: warning: source `src-a-again` has the same title as source `src-a`: list each work \
         once, and use one id for it",
    ];
    for line in expected {
        assert!(
            found.iter().any(|f| f == line),
            "missing:\n{line}\nin:\n{}",
            found.join("\n")
        );
    }
    // next_review in the past: a warning at check time, against today's date.
    use therapy_explorer::content::load::{LoadOptions, load_with};
    let loaded = load_with(
        &PackFiles::Dir(fixture("pack-mistakes")),
        LoadOptions {
            today: Some((2026, 11, 30)),
            ..LoadOptions::default()
        },
    );
    let review: Vec<String> = loaded
        .problems
        .iter()
        .map(ToString::to_string)
        .filter(|p| p.contains("next_review"))
        .collect();
    assert_eq!(
        review,
        [
            "pack.ron:8:5: warning: `next_review` (2026-03-01) has passed: review the pack, then update \
          `last_reviewed` and `next_review` (the Sources screen shows these dates to readers)"
        ]
    );
    let earlier = load_with(
        &PackFiles::Dir(fixture("pack-mistakes")),
        LoadOptions {
            today: Some((2026, 2, 1)),
            ..LoadOptions::default()
        },
    );
    assert!(
        !earlier
            .problems
            .iter()
            .any(|p| p.message.contains("has passed"))
    );
}

#[test]
fn near_miss_paths_say_what_was_meant() {
    assert_problems(
        "near-miss-paths",
        &[
            "approaches.ron:9:19: error: file is missing: add `approaches/CBT.md` to the pack; there is \
             `approaches/cbt.md`, which differs only in capital letters: write it exactly so (Linux tells them apart)",
            "pages.ron:7:19: error: file is missing: add `pages/gide.md` to the pack; did you mean `pages/guide.md`?",
            "pages.ron:14:19: error: path `pages\\guide.md` is written with `\\`: write it with `/` instead, like \
             `pages/guide.md`",
        ],
    );
}

#[test]
fn misleading_ron_messages_are_put_in_plain_words() {
    assert_problems(
        "ron-hints",
        &[
            "benefits.ron:1:1: error: there are no cards with `option: Individual`: add at least one",
            "benefits.ron:1:1: error: there are no cards with `option: Group`: add at least one",
            "benefits.ron:7:24: error: a `\"` inside this text ends it too early: write `\\\"` for a quote inside \
             text, or use curly quotes “ ”, or start the text with `r#\"` and end it with `\"#`; card \
             `confidential-space` is left out until this is fixed",
            "benefits.ron:14:21: error: `\"Group\"` is written as text, but this is a choice: write it without \
             quotes, like `Group`; card `peer-support` is left out until this is fixed",
        ],
    );
}

#[test]
fn source_notes_are_graded_too() {
    assert_problems(
        "hard-source-note",
        &[
            "sources.ron:10:13: warning: the note of source `src-a` reads at grade 45.2 (Flesch–Kincaid), above \
           grade 8: use shorter sentences and everyday words",
        ],
    );
}

#[test]
fn the_example_pin_and_easy_pins_are_refused_and_turn_the_exit_off() {
    use therapy_explorer::kiosk::KioskConfig;
    let dir = fixture("kiosk-config");
    for (file, words) in [
        (
            "example-pin.ron",
            "`staff_pin` is the example PIN from the README",
        ),
        ("trivial-pin.ron", "`staff_pin` is too easy to guess"),
        ("run-pin.ron", "`staff_pin` is too easy to guess"),
    ] {
        let load = KioskConfig::load_lenient(&dir.join(file));
        assert_eq!(load.config.staff_pin, None, "{file}: the exit is off");
        assert!(load.readable);
        assert_eq!(load.problems.len(), 1, "{file}: {:?}", load.problems);
        assert!(
            load.problems[0].message.starts_with(words),
            "{file}: {}",
            load.problems[0]
        );
        let mut out = Vec::new();
        assert_eq!(check::kiosk_config(&dir.join(file), &mut out), 1, "{file}");
    }
    // A weak PIN never costs the rest: the clinic's content folder is kept.
    let load = KioskConfig::load_lenient(&dir.join("example-pin.ron"));
    assert_eq!(
        load.config.content.as_deref(),
        Some(std::path::Path::new("/opt/clinic-pack"))
    );
    // The shipped example has its PIN commented out, and checks clean.
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/kiosk/kiosk.ron");
    let load = KioskConfig::load_lenient(&shipped);
    assert!(load.problems.is_empty(), "{:?}", load.problems);
    assert_eq!(load.config.staff_pin, None);
    // A site's own crisis contacts are read and checked.
    let load = KioskConfig::load_lenient(&dir.join("uk-contacts.ron"));
    assert!(load.problems.is_empty(), "{:?}", load.problems);
    let numbers: Vec<&str> = load
        .config
        .crisis_contacts
        .iter()
        .map(|c| c.how.as_str())
        .collect();
    assert_eq!(numbers, ["Call 116 123", "Call 999"]);
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
            "decision.ron:28:5: error: the questions are skewed: no answers can ever point towards group therapy \
           (`leans: Group`): balance the questions so each option can come out ahead",
        ],
    );
    assert_problems(
        "decision-unbalanced",
        &[
            "decision.ron:35:5: error: the questions are not balanced: answers can point up to 3 towards one-to-one \
           but 1 towards group: change `leans` or the answer values so both reach the same",
        ],
    );
    // A "Not sure" never counts, so it cannot balance a skewed file.
    assert_problems(
        "decision-unsure-counts",
        &[
            "decision.ron:31:31: error: answer `Not sure` is marked `unsure: true`, so its value 3 never \
             counts: set `value: 0`",
            "decision.ron:35:5: error: the questions are skewed: no answers can ever point towards group \
             therapy (`leans: Group`): balance the questions so each option can come out ahead",
        ],
    );
    assert_problems(
        "decision-one-sided",
        &[
            "decision.ron:37:13: error: question `privacy` must speak to both options: fill in `group` with a \
             strength and a trade-off",
            "decision.ron:42:17: warning: question `cost` gives one-to-one 9 words and group 14: give both options \
             equal detail",
            "decision.ron:49:37: error: question `cost` says \"you should\": a decision aid describes, it never \
             tells people what to choose",
            // Also in what becomes a question to ask a professional.
            "decision.ron:51:26: error: question `cost` says \"best choice\": a decision aid describes, it never \
             tells people what to choose",
        ],
    );
    // Every word of the screens is in the file: none may be blank, and the
    // numbers and labels the app fills in need their placeholders.
    assert_problems(
        "decision-wording",
        &[
            "decision.ron:56:9: error: `begin` is empty: write some text here",
            "decision.ron:58:9: error: `progress` needs `{total}` (the number of questions): put it back in the text",
            "decision.ron:58:9: error: `progress` has `{totl}`, which the app does not fill in: use only `{n}` and \
             `{total}`",
            "decision.ron:60:9: error: `answer_spoken` needs `{answer}` (the answer's label): put it back in the text",
            "decision.ron:72:9: error: `asks_intro_kiosk` is empty: write some text here",
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
    assert_eq!(loaded.pack.benefits.cards.len(), 3, "every card is shown");
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
            "decision.ron:30:17: error: question `privacy` gives one-to-one 11 words and group 28, more than \
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
    // English only: a change here would differ from the Spanish edition.
    files.retain(|path, _| !path.starts_with("translations/"));
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
    // English only: a change here would differ from the Spanish edition.
    files.retain(|path, _| !path.starts_with("translations/"));
    let pages = String::from_utf8(files["pages.ron"].clone()).expect("UTF-8");
    // The first page's sources list, whatever it holds.
    let start = pages.find("sources: [").expect("a sources list");
    let end = start + pages[start..].find(']').expect("its end") + 1;
    let pages = format!("{}sources: []{}", &pages[..start], &pages[end..]);
    files.insert("pages.ron".into(), pages.into_bytes());
    let loaded = content::load(&PackFiles::Memory(files));
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    // The warning, and (since this page was their only user) some sources
    // now unused: nothing else.
    assert_eq!(
        problems[0],
        "pages.ron:6:17: warning: page `choosing` names no sources: add the ids of the sources it rests on, \
          like `sources: [\"khan-2012\"]`"
    );
    assert!(
        problems[1..]
            .iter()
            .all(|p| p.contains("is not used by any row")),
        "{problems:#?}"
    );
}

/// The default pack is complete in English and Spanish: nothing of the
/// Spanish edition falls back to English, and its crisis help is the
/// Lifeline's own Spanish service.
#[test]
fn the_builtin_pack_is_complete_in_spanish() {
    let loaded = content::load(&PackFiles::Embedded);
    assert_eq!(loaded.translations.len(), 1);
    let es = &loaded.translations[0];
    assert_eq!(es.info.language, "es-US");
    assert!(
        es.fallbacks.is_empty(),
        "shown in English: {:?}",
        es.fallbacks
    );
    assert!(!es.decision_fallback);
    assert_eq!(es.fallback_language, "en-US");
    let contacts: Vec<&str> = es
        .info
        .crisis_contacts
        .iter()
        .map(|c| c.how.as_str())
        .collect();
    assert!(
        contacts
            .iter()
            .any(|c| c.contains("988") && c.contains("AYUDA")),
        "{contacts:?}"
    );
    assert!(contacts.iter().any(|c| c.contains("911")), "{contacts:?}");
    assert_eq!(es.benefits.trade_off_mark, "Tenga en cuenta");
    for card in &es.benefits.cards {
        assert!(card.body.contains("Tenga en cuenta"), "card `{}`", card.id);
    }
    // Same items, in the same order, as the English.
    for kind in content::ItemKind::ALL {
        let en: Vec<&str> = loaded.pack.items_of(kind).iter().map(|i| i.id).collect();
        let es_ids: Vec<&str> = es.items_of(kind).iter().map(|i| i.id).collect();
        assert_eq!(en, es_ids, "{kind:?}");
    }
    // Spanish is graded by its own formula, and reads easily.
    let spanish: Vec<_> = loaded
        .reading
        .iter()
        .filter(|r| r.language == "es-US")
        .collect();
    assert!(spanish.len() >= 30, "{}", spanish.len());
    for r in spanish {
        assert!(
            matches!(r.score, content::readability::Score::Ease(e) if e >= 70.0),
            "{r:?}"
        );
    }
}

/// A translation's differences from the default language, each in its
/// translation file, with what the app does about it.
#[test]
fn translation_parity_is_checked_and_gaps_fall_back_marked() {
    assert_problems(
        "translation-parity",
        &[
            "translations/es-US/approaches/cbt.md:3:1: warning: approach `cbt` reads at ease -27.2 (Fernández-Huerta), \
             below ease 70, \"fairly easy\": use shorter sentences and everyday words; the hardest part starts here \
             (ease -47.4)",
            "translations/es-US/benefits.ron:1:1: warning: card `peer-support` is not translated here: it is shown in \
             the default language (en-US), marked",
            "translations/es-US/benefits.ron:6:17: warning: card `confidential-space` links to [page:guide] here but to \
             [approach:cbt] in en-US: give both the same links",
            "translations/es-US/comparison.ron:24:25: warning: row `extra` is not in the default language's pack \
             (en-US), so it is not shown: add it there too, or take it out here",
            "translations/es-US/pages.ron: warning: `pages.ron` is not translated: its pages are shown in the default \
             language (en-US), marked",
            "translations/es-US/sources.ron:4:17: warning: source `src-a` has another title here than in en-US: titles \
             stay as published (translate only the `note`)",
        ],
    );
    let loaded = content::load(&PackFiles::Dir(fixture("translation-parity")));
    let es = &loaded.translations[0];
    assert_eq!(es.info.title, "Paquete de prueba");
    assert_eq!(es.info.crisis_contacts[0].how, "Llame al 000");
    assert_eq!(
        es.card("confidential-space").map(|c| c.title.as_str()),
        Some("Un espacio privado")
    );
    // Left out in Spanish: shown in English, marked.
    assert_eq!(
        es.card("peer-support").map(|c| c.title.as_str()),
        Some("You are not alone")
    );
    assert!(es.is_fallback(content::ItemKind::Card, "peer-support"));
    assert!(!es.is_fallback(content::ItemKind::Card, "confidential-space"));
    assert!(es.is_fallback(content::ItemKind::Page, "guide"));
    // An extra row is not shown; the source keeps its published title.
    assert!(es.row("extra").is_none());
    assert_eq!(
        es.source("src-a").map(|s| s.title.as_str()),
        Some("A test source")
    );
}

/// Easy Read's rules and the stories' pairing, each with its place; and a
/// pack that does not say who reviewed it.
#[test]
fn easy_read_sentences_short_forms_pictures_and_paired_stories() {
    assert_problems(
        "easy-read-and-stories",
        &[
            "easy-read.ron:7:33: error: this Easy Read sentence has 18 words: keep each sentence to 15 words or \
             fewer, one idea each (\"This app tells you about therapy, which …\")",
            "easy-read.ron:8:33: warning: `CBT` is a short form: in Easy Read, say what it means the first time, \
             like \"Cognitive behavioral therapy (CBT)\", or use the words instead",
            "easy-read.ron:9:96: error: there is no picture `ZZZZ`: use a code from assets/openmoji/ (like \
             \"1F465\"), or `None` (this line is shown without a picture until then)",
            "easy-read.ron:14:21: error: the Easy Read Help screen gives 911, which is not among pack.ron's crisis \
             contacts: give the same numbers in both",
            "pack.ron:1:1: warning: `reviewed_by` is empty: name the clinician who reviewed the pack and their \
             role, or say honestly \"No clinician has reviewed this pack yet.\" (it is shown on Sources)",
            "stories.ron:5:17: error: the stories of `uneven` have 8 words (one-to-one) and 34 (group): keep a \
             pair within 20 % of each other, so neither side gets the fuller story (this pair is left out until then)",
            "stories.ron:11:17: error: the stories of `empty-part` have 6 words (one-to-one) and 9 (group): keep \
             a pair within 20 % of each other, so neither side gets the fuller story (this pair is left out until then)",
            "stories.ron:13:99: error: `hard` is empty: write some text here",
        ],
    );
    let pack = content::load(&PackFiles::Dir(fixture("easy-read-and-stories"))).pack;
    let ids: Vec<&str> = pack
        .stories
        .situations
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["fair"], "uneven or broken pairs are left out, whole");
}

#[test]
fn trade_offs_that_all_point_one_way_get_a_warning() {
    assert_problems(
        "cross-reference-balance",
        &[
            "benefits.ron:3:5: warning: the trade-offs of 5 of 5 one-to-one cards point to group therapy, but those \
           of 0 of 5 group cards point to one-to-one: even this out, so neither format reads as the answer to the \
           other's downsides",
        ],
    );
}

/// The default pack's decision aid carries what the IPDAS qualifying
/// criteria ask for, in both languages, and says honestly who reviewed it.
#[test]
fn the_decision_aid_describes_the_situation_the_options_and_the_evidence() {
    let loaded = content::load(&PackFiles::Embedded);
    for pack in std::iter::once(&loaded.pack).chain(&loaded.translations) {
        let d = pack.decision.as_ref().expect("a decision aid");
        assert!(!d.situation.is_empty() && !d.decision.is_empty());
        let ids: Vec<&str> = d.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["individual", "group", "both", "not-now"]);
        assert!(d.evidence.len() >= 3);
        assert!(d.evidence.iter().all(|e| !e.sources.is_empty()));
        assert!(!pack.info.reviewed_by.is_empty());
    }
    assert_eq!(
        loaded.pack.info.reviewed_by,
        "No clinician has reviewed this pack yet."
    );
    assert_eq!(loaded.pack.stories.situations.len(), 3);
    assert!(loaded.pack.easy_read.is_some());
}

//! The explorer screens, driven like a person would: find by label, click, read.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::content::Format;
use therapy_explorer::state::Route;
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{app, build, click};

#[test]
fn home_shows_the_two_doors_and_sections() {
    let harness = app([1280.0, 800.0]);
    harness.get_by_label("Open: One-to-one therapy");
    harness.get_by_label("Open: Group therapy");
    harness.get_by_label("Open: Compare side by side");
    harness.get_by_role_and_label(Role::Heading, "Therapy Explorer");
    harness.get_by_label_contains("General information, not medical advice");
}

#[test]
fn compare_shows_the_privacy_row_with_both_cells() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Compare side by side");
    assert_eq!(harness.state().visit().route, Route::Compare { row: None });
    let row = harness
        .state()
        .pack()
        .row("privacy")
        .cloned()
        .expect("the default pack has a privacy row");
    harness.get_by_role_and_label(Role::RowHeader, &row.question);
    let one = format!("{}, One-to-one therapy: {}", row.question, row.individual);
    let group = format!("{}, Group therapy: {}", row.question, row.group);
    harness.get_by_role_and_label(Role::Cell, &one);
    harness.get_by_role_and_label(Role::Cell, &group);
    // Each table has both column headers.
    let tables = harness.state().pack().comparison.tables.len();
    assert_eq!(
        harness
            .get_all_by_role_and_label(Role::ColumnHeader, "One-to-one therapy")
            .count(),
        tables
    );
    assert_eq!(
        harness
            .get_all_by_role_and_label(Role::ColumnHeader, "Group therapy")
            .count(),
        tables
    );
}

#[test]
fn compare_stacks_rows_on_a_narrow_window() {
    let mut harness = app([420.0, 800.0]);
    click(&mut harness, "Open: Compare side by side");
    // Stacked rows name each format above its cell, and no column headers are drawn.
    assert!(harness.query_by_role(Role::ColumnHeader).is_none());
    let row = harness
        .state()
        .pack()
        .row("privacy")
        .cloned()
        .expect("privacy row");
    let label = format!("{}, Group therapy: {}", row.question, row.group);
    let cell = harness.get_by_role_and_label(Role::Cell, &label);
    assert!(
        cell.rect().right() <= 420.0,
        "cell is cut off: {:?}",
        cell.rect()
    );
}

/// Check that each comparison table tells screen readers the shape it
/// really exposes: as many rows as it has `Row` nodes, a header row only
/// when column headers are there, and every cell at its row and column.
fn assert_tables_match_their_shape(harness: &egui_kittest::Harness<'_, TherapyApp>, wide: bool) {
    let pack = harness.state().pack().clone();
    let mut column_headers = 0;
    for table in &pack.comparison.tables {
        let node = harness.get_by_role_and_label(Role::Table, &table.title);
        let data = node.accesskit_node();
        let header_rows = usize::from(wide);
        let rows: Vec<_> = node.get_all_by_role(Role::Row).collect();
        assert_eq!(
            rows.len(),
            header_rows + table.rows.len(),
            "{}",
            table.title
        );
        assert_eq!(data.data().row_count(), Some(rows.len()), "{}", table.title);
        assert_eq!(data.data().column_count(), Some(3), "{}", table.title);
        for (index, row) in rows.iter().enumerate() {
            // What a screen reader finds in the row: hidden nodes and plain
            // layout containers aside.
            let mut places = Vec::new();
            let mut stack: Vec<_> = row.accesskit_node().children().collect();
            while let Some(child) = stack.pop() {
                if child.is_hidden() {
                    continue;
                }
                match child.role() {
                    Role::GenericContainer => stack.extend(child.children()),
                    role => places.push((
                        role,
                        child.data().row_index(),
                        child.data().column_index(),
                        child.label().unwrap_or_default(),
                    )),
                }
            }
            places.sort_by_key(|p| p.2);
            let roles: Vec<Role> = places.iter().map(|p| p.0).collect();
            if wide && index == 0 {
                assert_eq!(
                    roles,
                    [Role::ColumnHeader, Role::ColumnHeader],
                    "{places:?}"
                );
                column_headers += 2;
            } else {
                assert_eq!(
                    roles,
                    [Role::RowHeader, Role::Cell, Role::Cell],
                    "{places:?}"
                );
                let question = &table.rows[index - header_rows].question;
                assert_eq!(&places[0].3, question);
                // Read alone, each cell says its question and its format.
                for (place, format) in places[1..].iter().zip(Format::ALL) {
                    let name = &pack.info.format(format).name;
                    assert!(
                        place.3.starts_with(&format!("{question}, {name}: ")),
                        "{place:?}"
                    );
                }
            }
            for (column, place) in places.iter().enumerate() {
                let column = if wide && index == 0 {
                    column + 1
                } else {
                    column
                };
                assert_eq!(place.1, Some(index), "row of {place:?}");
                assert_eq!(place.2, Some(column), "column of {place:?}");
            }
        }
    }
    if !wide {
        assert_eq!(column_headers, 0);
        assert!(harness.query_by_role(Role::ColumnHeader).is_none());
    }
}

#[test]
fn compare_tables_tell_the_shape_they_show_wide_and_stacked() {
    for (size, wide) in [([1280.0, 800.0], true), ([420.0, 800.0], false)] {
        let mut harness = app(size);
        click(&mut harness, "Open: Compare side by side");
        assert_tables_match_their_shape(&harness, wide);
    }
}

#[test]
fn a_benefit_card_opens_its_body_and_back_returns() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Group therapy");
    assert_eq!(harness.state().visit().route, Route::Benefits);
    let card = harness
        .state()
        .pack()
        .card("peer-support")
        .cloned()
        .expect("peer-support card");
    // The Group door shows group cards only.
    let confidential = harness
        .state()
        .pack()
        .card("confidential-space")
        .cloned()
        .expect("card");
    assert!(
        harness
            .query_by_label(&format!("Open card: {}", confidential.title))
            .is_none()
    );
    let open = format!("Open card: {}", card.title);
    harness.get_by_label(&open).scroll_to_me();
    harness.run();
    click(&mut harness, &open);
    assert_eq!(
        harness.state().visit().route,
        Route::Card("peer-support".into())
    );
    harness.get_by_role_and_label(Role::Heading, &card.title);
    // The body's first words are on screen.
    let first_line = card
        .doc
        .plain_text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    harness.get_by_label_contains(&first_line[..first_line.len().min(30)]);
    // Its own sources, each a link to the Sources screen, and the review dates.
    assert!(!card.sources.is_empty(), "the card names its sources");
    let pack = harness.state().pack().clone();
    for id in &card.sources {
        let source = pack.source(id).expect("a known source");
        harness.get_by_role_and_label(Role::Link, &format!("Source: {}", source.citation()));
    }
    harness.get_by_label_contains("Last reviewed");
    click(&mut harness, "Back");
    assert_eq!(harness.state().visit().route, Route::Benefits);
    click(&mut harness, "Back");
    assert_eq!(harness.state().visit().route, Route::Home);
}

#[test]
fn benefit_filter_switches_between_formats() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Strengths and trade-offs");
    let pack = harness.state().pack().clone();
    let individual = pack.card("confidential-space").expect("card").title.clone();
    let group = pack.card("peer-support").expect("card").title.clone();
    assert!(
        harness
            .query_by_label(&format!("Open card: {individual}"))
            .is_some()
    );
    assert!(
        harness
            .query_by_label(&format!("Open card: {group}"))
            .is_some()
    );
    click(&mut harness, "Show only Group therapy");
    assert!(
        harness
            .query_by_label(&format!("Open card: {individual}"))
            .is_none()
    );
    assert!(
        harness
            .query_by_label(&format!("Open card: {group}"))
            .is_some()
    );
    click(&mut harness, "Show only One-to-one therapy");
    assert!(
        harness
            .query_by_label(&format!("Open card: {individual}"))
            .is_some()
    );
    assert!(
        harness
            .query_by_label(&format!("Open card: {group}"))
            .is_none()
    );
}

#[test]
fn strengths_of_each_from_home_shows_both_formats_after_a_door() {
    let mut harness = app([1280.0, 800.0]);
    let pack = harness.state().pack().clone();
    let individual = format!(
        "Open card: {}",
        pack.card("confidential-space").expect("card").title
    );
    let group = format!(
        "Open card: {}",
        pack.card("peer-support").expect("card").title
    );
    // The Group door narrows the cards to group therapy...
    click(&mut harness, "Open: Group therapy");
    assert!(harness.query_by_label(&individual).is_none());
    assert!(harness.query_by_label(&group).is_some());
    // ...but the "Strengths and trade-offs" section, from Home, shows both again.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Strengths and trade-offs");
    assert!(harness.query_by_label(&individual).is_some());
    assert!(harness.query_by_label(&group).is_some());
}

#[test]
fn an_internal_link_opens_its_target_and_back_returns() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Strengths and trade-offs");
    // The "many approaches" card links to the CBT page.
    let pack = harness.state().pack().clone();
    let card = pack
        .benefits
        .cards
        .iter()
        .find(|c| c.doc.links.iter().any(|l| l.target == "approach:cbt"))
        .expect("a card links to approach:cbt");
    let open = format!("Open card: {}", card.title);
    harness.get_by_label(&open).scroll_to_me();
    harness.run();
    click(&mut harness, &open);
    let cbt = pack.approach("cbt").expect("cbt").title.clone();
    let label = format!("Open approach: {cbt}");
    harness
        .get_all_by_label(&label)
        .next()
        .expect("link button")
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label(&label)
        .next()
        .expect("link")
        .click();
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Approach("cbt".into()));
    harness.get_by_role_and_label(Role::Heading, &cbt);
    click(&mut harness, "Back");
    assert_eq!(harness.state().visit().route, Route::Card(card.id.clone()));
}

#[test]
fn tapping_the_words_of_a_link_in_the_text_follows_it() {
    // A page whose paragraphs start with a link and with plain words.
    let dir = common::copy_of_default_pack("inline-links");
    let page = dir.join("pages/history.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let text = text.replacen(
        "\n",
        "\n\n[Common questions](page:faq) has more answers.\n\n\
         Plain words come first here, and then [the choosing page](page:choosing).\n",
        1,
    );
    std::fs::write(&page, text).unwrap();
    let options = Options {
        content_dir: Some(dir.clone()),
        open: Some("page:history".into()),
        ..Options::default()
    };
    let mut harness = build(options, [1280.0, 800.0]);
    let history = Route::Page("history".into());
    assert_eq!(harness.state().visit().route, history);

    let paragraph = |harness: &egui_kittest::Harness<'_, _>, start: &str| {
        harness
            .get_by(|n| n.label().is_some_and(|v| v.starts_with(start)))
            .rect()
    };

    // Plain words do nothing when tapped.
    let plain = paragraph(&harness, "Plain words come first");
    common::tap_at(&mut harness, plain.left_top() + egui::vec2(12.0, 12.0));
    assert_eq!(harness.state().visit().route, history);

    // The words of a link follow it, and Back returns.
    let linked = paragraph(&harness, "Common questions has");
    common::tap_at(&mut harness, linked.left_top() + egui::vec2(12.0, 12.0));
    assert_eq!(harness.state().visit().route, Route::Page("faq".into()));
    click(&mut harness, "Back");
    assert_eq!(harness.state().visit().route, history);

    // On a kiosk the words are plain text (too small a target for a finger):
    // the large link button after the paragraph is the way. (A kiosk always
    // starts at Home: `--open` is for previewing at home.)
    let options = Options {
        content_dir: Some(dir.clone()),
        open: Some("page:history".into()),
        kiosk: Some(therapy_explorer::kiosk::KioskConfig::default()),
        ..Options::default()
    };
    let mut kiosk = build(options, [1280.0, 800.0]);
    click(&mut kiosk, "Touch anywhere to start");
    assert_eq!(kiosk.state().visit().route, Route::Home);
    let title = kiosk
        .state()
        .pack()
        .page("history")
        .map(|p| p.title.clone())
        .unwrap_or_default();
    click(&mut kiosk, "Open: Guides and questions");
    click(&mut kiosk, &format!("Open page: {title}"));
    assert_eq!(kiosk.state().visit().route, history);
    let linked = paragraph(&kiosk, "Common questions has");
    common::tap_at(&mut kiosk, linked.left_top() + egui::vec2(12.0, 12.0));
    assert_eq!(kiosk.state().visit().route, history);
    click(&mut kiosk, "Open page: Common questions");
    assert_eq!(kiosk.state().visit().route, Route::Page("faq".into()));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn need_help_now_shows_the_crisis_contacts_everywhere() {
    let mut harness = app([1280.0, 800.0]);
    let contacts = harness.state().pack().info.crisis_contacts.clone();
    for screen in ["Open: Compare side by side", "Open: Approaches"] {
        click(&mut harness, "Home");
        click(&mut harness, screen);
        click(&mut harness, "Need help now? Show crisis contacts");
        for contact in &contacts {
            harness.get_by_label(&contact.how);
            harness.get_by_label(&contact.name);
        }
        click(&mut harness, "Close: Need help now?");
        assert!(harness.query_by_label(&contacts[0].how).is_none());
    }
}

#[test]
fn every_approach_and_page_opens() {
    let mut harness = app([1280.0, 800.0]);
    let pack = harness.state().pack().clone();
    for approach in &pack.approaches.approaches {
        click(&mut harness, "Home");
        click(&mut harness, "Open: Approaches");
        let label = format!("Open approach: {}", approach.title);
        harness.get_by_label(&label).scroll_to_me();
        harness.run();
        click(&mut harness, &label);
        harness.get_by_role_and_label(Role::Heading, &approach.title);
    }
    for page in &pack.pages.pages {
        click(&mut harness, "Home");
        click(&mut harness, "Open: Guides and questions");
        let label = format!("Open page: {}", page.title);
        harness.get_by_label(&label).scroll_to_me();
        harness.run();
        click(&mut harness, &label);
        harness.get_by_role_and_label(Role::Heading, &page.title);
    }
}

#[test]
fn sources_screen_lists_every_reference_and_review_dates() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Sources");
    let pack = harness.state().pack().clone();
    for source in &pack.sources.sources {
        // Each title is drawn at heading size, and is a heading to screen
        // readers too, so they can jump from source to source.
        let headings: Vec<_> = harness
            .get_all_by_role_and_label(Role::Heading, &source.title)
            .collect();
        assert_eq!(headings.len(), 1, "`{}` is one heading", source.title);
        // Level 3, counted from 0 as AccessKit does.
        assert_eq!(headings[0].accesskit_node().level(), Some(2));
    }
    // Dates are written out: "Next review due November 23, 2027".
    let next = harness.state().catalogue().date(&pack.info.next_review);
    assert!(next.ends_with(", 2027") && !next.contains('-'), "{next}");
    harness.get_by_label_contains(&format!("Next review due {next}"));
}

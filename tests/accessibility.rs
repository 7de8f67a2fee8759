//! Screen readers: the window's and windows' names, focus into windows and
//! back, and the reading path through every screen's text.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::TherapyApp;

mod common;

/// Roles of text on the reading path.
const TEXT_ROLES: [Role; 6] = [
    Role::Heading,
    Role::Paragraph,
    Role::ListItem,
    Role::Cell,
    Role::RowHeader,
    Role::ColumnHeader,
];

/// One stop of the reading path, as the tree has it.
#[derive(Clone, Debug, PartialEq)]
struct Stop {
    id: String,
    role: Role,
    name: String,
}

fn stop_of(node: &egui_kittest::Node<'_>) -> Stop {
    let n = node.accesskit_node();
    Stop {
        id: format!("{:?}", n.id()),
        role: n.role(),
        name: n.label().or_else(|| n.value()).unwrap_or_default(),
    }
}

fn focused(harness: &Harness<'_, TherapyApp>) -> Option<Stop> {
    harness.query_by(|n| n.is_focused()).map(|n| stop_of(&n))
}

/// The screen's pane (not the top or bottom bar): the last one.
fn content<'h>(harness: &'h Harness<'_, TherapyApp>) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_role(Role::Pane)
        .last()
        .expect("the screen's pane")
}

/// Every text node of the screen, in tree order, outside controls.
fn texts_of(node: &egui_kittest::Node<'_>, out: &mut Vec<Stop>, loose: &mut Vec<String>) {
    let role = node.accesskit_node().role();
    if matches!(role, Role::Button | Role::Link | Role::RadioButton) {
        return;
    }
    if TEXT_ROLES.contains(&role) {
        out.push(stop_of(node));
    } else if role == Role::Label && !node.accesskit_node().is_hidden() {
        loose.push(stop_of(node).name);
    }
    for child in node.children() {
        texts_of(&child, out, loose);
    }
}

/// Press Down from the top of the screen until the reading focus stops
/// moving: every stop, in order.
fn walk(harness: &mut Harness<'_, TherapyApp>) -> Vec<Stop> {
    // From nothing: the first block.
    harness.key_press(Key::Escape);
    harness.run();
    let mut stops: Vec<Stop> = Vec::new();
    for _ in 0..600 {
        harness.key_press(Key::ArrowDown);
        harness.run();
        let Some(stop) = focused(harness) else {
            break;
        };
        if stops.last().is_some_and(|last| last.id == stop.id) {
            return stops;
        }
        stops.push(stop);
    }
    panic!("the reading path never came to an end: {stops:#?}");
}

/// Walk the screen and check that the walk visits every text block of it,
/// in order, each once, and no text is left off the path.
fn assert_walks_every_block(harness: &mut Harness<'_, TherapyApp>, screen: &str) -> Vec<Stop> {
    let stops = walk(harness);
    let mut texts = Vec::new();
    let mut loose = Vec::new();
    texts_of(&content(harness), &mut texts, &mut loose);
    let visited: Vec<Stop> = stops
        .iter()
        .filter(|s| TEXT_ROLES.contains(&s.role))
        .cloned()
        .collect();
    let names = |list: &[Stop]| {
        list.iter()
            .map(|s| format!("{:?} {}", s.role, s.name))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&visited),
        names(&texts),
        "on {screen}: the walk and the screen's text differ"
    );
    for stop in &stops {
        assert!(
            TEXT_ROLES.contains(&stop.role) || stop.role == Role::Button,
            "on {screen}: {stop:?} is neither text nor a card"
        );
        assert!(
            !stop.name.trim().is_empty(),
            "on {screen}: {stop:?} has no name"
        );
    }
    assert!(
        loose.is_empty(),
        "on {screen}: text off the reading path: {loose:#?}"
    );
    stops
}

#[test]
fn home_is_read_block_by_block() {
    let mut harness = common::app([1280.0, 800.0]);
    let stops = assert_walks_every_block(&mut harness, "Home");
    let info = harness.state().pack().info.clone();
    assert_eq!(stops[0].role, Role::Heading);
    assert_eq!(stops[0].name, info.title);
    assert_eq!(stops[1].role, Role::Paragraph);
    assert_eq!(stops[1].name, info.tagline);
}

/// Open a main screen by the labels `common::main_screens` gives.
fn open(harness: &mut Harness<'_, TherapyApp>, name: &str) {
    let pack = harness.state().pack().clone();
    let (path, _) = common::main_screens(&pack)
        .into_iter()
        .find(|(_, n)| *n == name)
        .expect("a main screen");
    for label in path {
        common::click(harness, &label);
    }
}

#[test]
fn compare_is_read_cell_by_cell() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "Compare");
    let stops = assert_walks_every_block(&mut harness, "Compare");
    let pack = harness.state().pack().clone();
    let row = &pack.comparison.tables[0].rows[0];
    let one_to_one = &pack.info.individual.name;
    let cell = stops
        .iter()
        .find(|s| s.role == Role::Cell)
        .expect("a cell on the path");
    // Read alone, the cell says its row's question, its column and its text.
    assert!(
        cell.name.contains(&row.question)
            && cell.name.contains(one_to_one.as_str())
            && cell.name.contains(&row.individual),
        "{cell:?}"
    );
    let node = harness.get_by(|n| format!("{:?}", n.id()) == cell.id);
    assert_eq!(node.accesskit_node().data().row_index(), Some(1));
    assert_eq!(node.accesskit_node().data().column_index(), Some(1));
    // The column headers and the row header come before it.
    let before: Vec<Role> = stops
        .iter()
        .take_while(|s| s.id != cell.id)
        .map(|s| s.role)
        .collect();
    assert!(before.contains(&Role::ColumnHeader) && before.contains(&Role::RowHeader));
}

#[test]
fn a_card_is_read_block_by_block() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "a card");
    let stops = assert_walks_every_block(&mut harness, "a card");
    let title = harness.state().pack().benefits.cards[0].title.clone();
    assert!(
        stops
            .iter()
            .any(|s| s.role == Role::Heading && s.name == title)
    );
    assert!(stops.iter().filter(|s| s.role == Role::Paragraph).count() >= 2);
}

#[test]
fn an_approach_page_is_read_block_by_block() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "an approach");
    let stops = assert_walks_every_block(&mut harness, "an approach");
    let title = harness.state().pack().approaches.approaches[2]
        .title
        .clone();
    assert!(
        stops
            .iter()
            .any(|s| s.role == Role::Heading && s.name == title)
    );
    assert!(stops.iter().any(|s| s.role == Role::ListItem), "{stops:#?}");
}

#[test]
fn a_guide_page_with_a_table_is_read_block_by_block() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "a page");
    assert_walks_every_block(&mut harness, "a page");
}

#[test]
fn the_which_fits_me_result_is_read_block_by_block() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "Which fits me?");
    common::click(&mut harness, "Begin the questions");
    let count = harness
        .state()
        .pack()
        .decision
        .as_ref()
        .unwrap()
        .questions
        .len();
    for _ in 0..count {
        common::click(&mut harness, "Skip this question");
    }
    let stops = assert_walks_every_block(&mut harness, "the result");
    let title = harness
        .state()
        .pack()
        .decision
        .as_ref()
        .unwrap()
        .wording
        .result_title
        .clone();
    assert!(
        stops
            .iter()
            .any(|s| s.role == Role::Heading && s.name == title)
    );
}

#[test]
fn every_main_screen_has_all_its_text_on_the_reading_path() {
    let pack = therapy_explorer::content::builtin();
    for (path, name) in common::main_screens(&pack) {
        if name == "Search" {
            continue; // its box takes the keys: see `reading_keys_leave_a_text_box_alone`
        }
        let mut harness = common::app([1280.0, 800.0]);
        for label in path {
            common::click(&mut harness, &label);
        }
        assert_walks_every_block(&mut harness, name);
    }
}

fn focused_label(harness: &Harness<'_, TherapyApp>) -> Option<String> {
    focused(harness).map(|s| s.name)
}

/// Press Tab until the control labelled `label` has the focus.
fn tab_to(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    for _ in 0..80 {
        if focused_label(harness).as_deref() == Some(label) {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached `{label}`");
}

#[test]
fn the_window_is_named_after_the_pack() {
    let harness = common::app([1280.0, 800.0]);
    let title = harness.state().pack().info.title.clone();
    assert_eq!(harness.root().accesskit_node().role(), Role::Window);
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some(title.as_str())
    );
}

#[test]
fn the_window_name_follows_the_language() {
    let mut harness = common::app([1280.0, 800.0]);
    common::click(&mut harness, "Español");
    let title = harness.state().pack().info.title.clone();
    assert_eq!(harness.state().pack().info.language, "es-US");
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some(title.as_str())
    );
}

#[test]
fn each_window_is_named_takes_the_focus_and_gives_it_back() {
    let words = therapy_explorer::i18n::Catalogue::english();
    for (opener, title_key) in [
        ("Need help now? Show crisis contacts", "chrome-help-title"),
        ("About this information", "about-title"),
        ("Colours and text size", "settings-title"),
        ("Keys: keyboard shortcuts", "shortcuts-title"),
    ] {
        let mut harness = common::app([1280.0, 800.0]);
        tab_to(&mut harness, opener);
        harness.key_press(Key::Enter);
        harness.run();
        let title = words.tr(title_key);
        let dialog = harness.get_by_role_and_label(Role::Dialog, &title);
        let inside = dialog.query_by(|n| n.is_focused());
        assert!(
            inside.is_some(),
            "{title}: nothing in it has the focus; {:?} has",
            focused_label(&harness)
        );
        // Its text is on the reading path too: Up reads back to its title
        // (and no further: the screen beneath is not on the path now).
        let mut read = None;
        for _ in 0..12 {
            harness.key_press(Key::ArrowUp);
            harness.run();
            read = focused(&harness);
        }
        let read = read.expect("a block has the focus");
        assert_eq!(
            (read.role, read.name.as_str()),
            (Role::Heading, title.as_str())
        );
        harness.key_press(Key::Escape);
        harness.run();
        assert!(
            harness
                .query_by_role_and_label(Role::Dialog, &title)
                .is_none()
        );
        assert_eq!(
            focused_label(&harness).as_deref(),
            Some(opener),
            "after {title}"
        );
    }
}

#[test]
fn reading_keys_leave_a_text_box_alone() {
    let mut harness = common::app([1280.0, 800.0]);
    let search = therapy_explorer::i18n::Catalogue::english().tr("chrome-search-spoken");
    common::click(&mut harness, &search);
    common::type_text(&mut harness, "group");
    let before = focused(&harness).expect("the search box has the focus");
    assert_eq!(before.role, Role::SearchInput);
    for key in [Key::ArrowDown, Key::ArrowUp, Key::H] {
        harness.key_press(key);
        harness.run();
        assert_eq!(
            focused(&harness).map(|s| s.id),
            Some(before.id.clone()),
            "{key:?}"
        );
    }
    // The box had the arrows: Up took its cursor to the start.
    common::type_text(&mut harness, "h");
    assert_eq!(harness.state().visit().search, "hgroup");
    assert_eq!(focused(&harness).map(|s| s.id), Some(before.id));
}

#[test]
fn the_answers_keep_their_arrow_keys() {
    let mut harness = common::app([1280.0, 800.0]);
    open(&mut harness, "Which fits me?");
    common::click(&mut harness, "Begin the questions");
    tab_to(&mut harness, "Answer: Very");
    harness.key_press(Key::ArrowDown);
    harness.run();
    let now = focused(&harness).expect("an answer has the focus");
    assert_eq!(
        now.role,
        Role::RadioButton,
        "Down left the answers: {now:?}"
    );
    assert_ne!(now.name, "Answer: Very");
    // Shift+H (the heading before) still reads: the question itself.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::H);
    harness.run();
    let question = harness.state().pack().decision.as_ref().unwrap().questions[0]
        .text
        .clone();
    let read = focused(&harness).expect("a block has the focus");
    assert_eq!(
        (read.role, read.name.as_str()),
        (Role::Heading, question.as_str())
    );
}

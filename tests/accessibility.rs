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
    let names = |list: &[Stop]| list.iter().map(|s| format!("{:?} {}", s.role, s.name)).collect::<Vec<_>>();
    assert_eq!(names(&visited), names(&texts), "on {screen}: the walk and the screen's text differ");
    for stop in &stops {
        assert!(
            TEXT_ROLES.contains(&stop.role) || stop.role == Role::Button,
            "on {screen}: {stop:?} is neither text nor a card"
        );
        assert!(!stop.name.trim().is_empty(), "on {screen}: {stop:?} has no name");
    }
    assert!(loose.is_empty(), "on {screen}: text off the reading path: {loose:#?}");
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

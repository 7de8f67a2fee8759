//! Crisis contacts are never borrowed: a clinic's pack shows its own, even
//! with a broken file; when its `pack.ron` cannot be read, the kiosk
//! config's own, or no number at all; never the built-in pack's US numbers.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::kiosk::{Clock, MockClock};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::{build, click, home_options};

fn fixture(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

const NEUTRAL: &str =
    "If you are in danger, call your local emergency number now, or ask at the front desk.";

/// Every name and value in the accessibility tree.
fn texts(harness: &Harness<'_, TherapyApp>) -> Vec<String> {
    harness
        .get_all_by(|_| true)
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

fn assert_no_us_numbers(harness: &Harness<'_, TherapyApp>, place: &str) {
    let us: Vec<String> = texts(harness)
        .into_iter()
        .filter(|t| t.contains("988") || t.contains("911"))
        .collect();
    assert!(us.is_empty(), "on {place}: {us:#?}");
}

fn home(content: &str) -> Harness<'static, TherapyApp> {
    build(
        Options {
            content_dir: Some(fixture(content)),
            ..home_options()
        },
        [1280.0, 800.0],
    )
}

/// A kiosk with the config file `config` (from tests/fixtures/kiosk-config)
/// and the pack `content` (the built-in one when `None`).
fn kiosk(config: Option<&str>, content: Option<&str>) -> Harness<'static, TherapyApp> {
    let path = config.map(|c| fixture("kiosk-config").join(c));
    let (options, _) = Options::kiosk(path.as_deref());
    build(
        Options {
            content_dir: content.map(fixture),
            clock: Clock::Mock(MockClock::default()),
            ..options
        },
        [1920.0, 1080.0],
    )
}

fn open_help(harness: &mut Harness<'_, TherapyApp>) {
    click(harness, "Need help now? Show crisis contacts");
    harness.get_by_role_and_label(Role::Heading, "Need help now?");
}

/// The attract screen's band of crisis contacts.
fn attract_band(harness: &Harness<'_, TherapyApp>) -> String {
    let band = harness.get_by_label_contains("Need help now?");
    let node = band.accesskit_node();
    node.label().or_else(|| node.value()).unwrap_or_default()
}

#[test]
fn a_uk_pack_with_a_broken_card_shows_its_own_contacts_and_leaves_the_card_out() {
    let mut harness = home("uk-clinic-broken-card");
    open_help(&mut harness);
    for how in ["Call 116 123", "Call 111", "Call 999"] {
        harness.get_by_role_and_label(Role::Heading, how);
    }
    assert_no_us_numbers(&harness, "Need help now?");
    harness.key_press(egui::Key::Escape);
    harness.run();
    click(&mut harness, "Open: Strengths and trade-offs");
    harness.get_by_label("Open card: A private space");
    assert!(
        harness
            .query_by_label("Open card: You are not alone")
            .is_none(),
        "the broken card is left out"
    );
    // The staff note says what to do.
    assert!(harness.state().staff_notice().is_some());

    // On a kiosk: the attract screen and "Need help now?".
    let mut harness = kiosk(None, Some("uk-clinic-broken-card"));
    let band = attract_band(&harness);
    assert!(band.contains("Call 116 123 (Samaritans)"), "{band}");
    assert!(band.contains("Call 999"), "{band}");
    assert_no_us_numbers(&harness, "the attract screen");
    click(&mut harness, "Touch anywhere to start");
    open_help(&mut harness);
    harness.get_by_role_and_label(Role::Heading, "Call 116 123");
    assert_no_us_numbers(&harness, "the kiosk's Need help now?");
}

#[test]
fn an_unreadable_pack_shows_no_number_unless_the_kiosk_has_its_own() {
    // At home: no number anywhere, only the words that fit every region.
    let mut harness = home("uk-clinic-unreadable-pack");
    assert_no_us_numbers(&harness, "Home");
    // Its title and format names are empty: the interface's words stand in.
    harness.get_by_role_and_label(Role::Heading, "Therapy Explorer");
    open_help(&mut harness);
    harness.get_by_role_and_label(Role::Heading, NEUTRAL);
    assert_no_us_numbers(&harness, "Need help now?");

    // A kiosk with no config of its own: the same.
    let mut harness = kiosk(None, Some("uk-clinic-unreadable-pack"));
    let band = attract_band(&harness);
    assert!(band.contains(NEUTRAL), "{band}");
    assert_no_us_numbers(&harness, "the attract screen");
    click(&mut harness, "Touch anywhere to start");
    assert_no_us_numbers(&harness, "the kiosk's Home");
    open_help(&mut harness);
    harness.get_by_role_and_label(Role::Heading, NEUTRAL);
    assert_no_us_numbers(&harness, "the kiosk's Need help now?");

    // A kiosk whose config names the site's own contacts: those.
    let mut harness = kiosk(Some("uk-contacts.ron"), Some("uk-clinic-unreadable-pack"));
    let band = attract_band(&harness);
    assert!(band.contains("Call 116 123 (Samaritans)"), "{band}");
    assert!(!band.contains(NEUTRAL), "{band}");
    assert_no_us_numbers(&harness, "the attract screen");
    click(&mut harness, "Touch anywhere to start");
    open_help(&mut harness);
    harness.get_by_role_and_label(Role::Heading, "Call 116 123");
    harness.get_by_role_and_label(Role::Heading, "Call 999");
    assert_no_us_numbers(&harness, "the kiosk's Need help now?");
}

#[test]
fn the_built_in_packs_us_numbers_only_where_nothing_says_otherwise() {
    // A plain kiosk with the built-in pack: its US contacts.
    let harness = kiosk(None, None);
    let band = attract_band(&harness);
    assert!(band.contains("988"), "{band}");
    // A kiosk config with the site's own contacts: those instead.
    let harness = kiosk(Some("uk-contacts.ron"), None);
    let band = attract_band(&harness);
    assert!(band.contains("Call 116 123 (Samaritans)"), "{band}");
    assert_no_us_numbers(&harness, "the attract screen");
    // A kiosk config that cannot be read at all: the kiosk may stand
    // anywhere, so no number.
    let mut harness = kiosk(Some("no-such-file.ron"), None);
    let band = attract_band(&harness);
    assert!(band.contains(NEUTRAL), "{band}");
    assert_no_us_numbers(&harness, "the attract screen");
    click(&mut harness, "Touch anywhere to start");
    open_help(&mut harness);
    harness.get_by_role_and_label(Role::Heading, NEUTRAL);
}

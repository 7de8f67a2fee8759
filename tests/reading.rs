//! Reading at home: keyboard, screen-reader roles and names, text size.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::TherapyApp;
use therapy_explorer::settings::ThemeChoice;
use therapy_explorer::state::{Overlay, Route};
use therapy_explorer::ui::theme::Palette;

mod common;
use common::{app, click, main_screens_in, type_text, wheel};

fn focused_label(harness: &Harness<'_, TherapyApp>) -> Option<String> {
    harness
        .query_by(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// Press Tab until the widget labelled `label` has the focus.
fn tab_to(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    for _ in 0..80 {
        if focused_label(harness).as_deref() == Some(label) {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!(
        "Tab never reached `{label}`; focus is on {:?}",
        focused_label(harness)
    );
}

#[test]
fn keyboard_only_walk_from_home_to_a_card_and_back() {
    let mut harness = app([1280.0, 800.0]);
    tab_to(&mut harness, "Open: Strengths and trade-offs");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Benefits);

    let card = harness
        .state()
        .pack()
        .card("peer-support")
        .cloned()
        .expect("card");
    tab_to(&mut harness, &format!("Open card: {}", card.title));
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(
        harness.state().visit().route,
        Route::Card("peer-support".into())
    );
    harness.get_by_role_and_label(Role::Heading, &card.title);

    // Shift+Tab moves backwards.
    tab_to(&mut harness, "Home");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(focused_label(&harness).as_deref(), Some("Back"));

    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Benefits);
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Home);
    // Alt+Home goes to the start from anywhere.
    click(&mut harness, "Open: Approaches");
    harness.key_press_modifiers(Modifiers::ALT, Key::Home);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Home);
}

/// Every shape the last frame painted, nested ones too.
fn painted(harness: &Harness<'_, TherapyApp>) -> Vec<egui::Shape> {
    fn flatten(shape: &egui::Shape, out: &mut Vec<egui::Shape>) {
        if let egui::Shape::Vec(shapes) = shape {
            for shape in shapes {
                flatten(shape, out);
            }
        } else {
            out.push(shape.clone());
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        flatten(&clipped.shape, &mut out);
    }
    out
}

/// The rectangles drawn as a focus ring: a thick stroke in the focus colour.
/// (Hovered controls get a thin one; this is the ring keyboard users follow.)
fn focus_rings(harness: &Harness<'_, TherapyApp>) -> Vec<egui::Rect> {
    let focus = Palette::light().focus;
    painted(harness)
        .into_iter()
        .filter_map(|shape| match shape {
            egui::Shape::Rect(r) if r.stroke.color == focus && r.stroke.width >= 3.0 => {
                Some(r.rect)
            }
            _ => None,
        })
        .collect()
}

/// The rectangle of the control that has keyboard focus.
fn focused_rect(harness: &Harness<'_, TherapyApp>) -> egui::Rect {
    harness
        .query_by(|n| n.is_focused())
        .expect("something has the focus")
        .rect()
}

#[test]
fn tab_draws_a_focus_ring_around_the_focused_control() {
    let mut harness = app([1280.0, 800.0]);
    // Nothing has the focus yet, and no ring is drawn.
    assert!(focused_label(&harness).is_none());
    assert!(
        focus_rings(&harness).is_empty(),
        "{:?}",
        focus_rings(&harness)
    );
    let mut seen = Vec::new();
    for _ in 0..4 {
        harness.key_press(Key::Tab);
        harness.run();
        let focused = focused_rect(&harness);
        let label = focused_label(&harness).unwrap_or_default();
        let rings = focus_rings(&harness);
        // A ring goes all round the control, close to it, and round no other.
        assert!(
            rings.iter().any(|ring| ring.contains_rect(focused)
                && focused.expand(8.0).contains_rect(*ring)),
            "no focus ring around `{label}` at {focused:?}: rings at {rings:?}"
        );
        assert!(
            rings.iter().all(|ring| ring.intersects(focused)),
            "a ring is left elsewhere while `{label}` has the focus: {rings:?}"
        );
        seen.push(label);
    }
    seen.dedup();
    assert_eq!(seen.len(), 4, "Tab moved the focus each time: {seen:?}");
    // A press of the mouse hides the ring (it is there for the keyboard).
    let blank = egui::pos2(4.0, 400.0);
    common::tap_at(&mut harness, blank);
    assert!(
        focus_rings(&harness).is_empty(),
        "{:?}",
        focus_rings(&harness)
    );
}

/// The font family each piece of painted text with exactly this text is in.
fn families_of(harness: &Harness<'_, TherapyApp>, text: &str) -> Vec<egui::FontFamily> {
    painted(harness)
        .into_iter()
        .filter_map(|shape| match shape {
            egui::Shape::Text(t) if t.galley.text() == text => Some(t.galley.job.clone()),
            _ => None,
        })
        .flat_map(|job| {
            job.sections
                .iter()
                .map(|s| s.format.font_id.family.clone())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Text shown as bold is in Atkinson Hyperlegible Bold, not in the regular
/// face with another colour (which is all egui's `strong()` does).
#[test]
fn bold_text_is_in_the_bold_face() {
    let mut harness = app([1280.0, 800.0]);
    let bold = therapy_explorer::ui::theme::bold();
    let check = |harness: &Harness<'_, TherapyApp>, text: &str| {
        let families = families_of(harness, text);
        assert!(!families.is_empty(), "`{text}` is not on screen");
        assert!(
            families.iter().all(|f| *f == bold),
            "`{text}` is in {families:?}"
        );
    };
    check(&harness, "Need help now?");
    // The format badge atop each benefit card: the text on the badge's fill.
    let pack = harness.state().pack().clone();
    let palette = Palette::light();
    for format in therapy_explorer::content::Format::ALL {
        let card = pack.cards_for(format).next().expect("a card").title.clone();
        click(&mut harness, "Home");
        click(&mut harness, "Open: Strengths and trade-offs");
        click(&mut harness, &format!("Open card: {card}"));
        let shapes = painted(&harness);
        let badges: Vec<egui::Rect> = shapes
            .iter()
            .filter_map(|shape| match shape {
                // (A selected toggle may share the fill: badges are the
                // ones rounded by 12.)
                egui::Shape::Rect(r)
                    if r.fill == palette.format(format)
                        && r.corner_radius == egui::CornerRadius::same(12) =>
                {
                    Some(r.rect)
                }
                _ => None,
            })
            .collect();
        let on_badges: Vec<_> = shapes
            .iter()
            .filter_map(|shape| match shape {
                egui::Shape::Text(t)
                    if badges
                        .iter()
                        .any(|b| b.contains(t.visual_bounding_rect().center())) =>
                {
                    Some(t.galley.clone())
                }
                _ => None,
            })
            .collect();
        assert!(!on_badges.is_empty(), "no {format:?} badge on screen");
        for galley in on_badges {
            assert_eq!(galley.text(), pack.info.format(format).name);
            for section in &galley.job.sections {
                assert_eq!(section.format.font_id.family, bold, "{format:?} badge");
            }
        }
    }
    // The name of each crisis contact.
    click(&mut harness, "Need help now? Show crisis contacts");
    for contact in &pack.info.crisis_contacts {
        check(&harness, &contact.name);
    }
}

#[test]
fn escape_closes_overlays_and_f1_shows_the_shortcuts() {
    let mut harness = app([1280.0, 800.0]);
    harness.key_press(Key::F1);
    harness.run();
    assert_eq!(harness.state().visit().overlay, Some(Overlay::Shortcuts));
    harness.get_by_role_and_label(Role::Heading, "Keyboard shortcuts");
    harness.get_by_label_contains("Alt+Left or Backspace");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().visit().overlay, None);

    // The shortcuts are also reachable from the UI, not only by a key.
    click(&mut harness, "Keys: keyboard shortcuts");
    assert_eq!(harness.state().visit().overlay, Some(Overlay::Shortcuts));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().visit().overlay, None);

    click(&mut harness, "Need help now? Show crisis contacts");
    assert_eq!(harness.state().visit().overlay, Some(Overlay::Help));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().visit().overlay, None);
}

#[test]
fn back_with_a_window_open_closes_only_the_window() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Open: Approaches");
    for back in [
        |h: &mut Harness<'_, TherapyApp>| h.key_press(Key::Backspace),
        |h: &mut Harness<'_, TherapyApp>| h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft),
    ] {
        harness.key_press(Key::F1);
        harness.run();
        assert_eq!(harness.state().visit().overlay, Some(Overlay::Shortcuts));
        back(&mut harness);
        harness.run();
        assert_eq!(harness.state().visit().overlay, None);
        assert_eq!(harness.state().visit().route, Route::Approaches);
    }
    // With nothing open, the same key goes back.
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Home);
}

/// Someone using speech input says the words they see: every name holds them.
#[test]
fn spoken_names_hold_the_words_on_screen() {
    let mut harness = app([1280.0, 800.0]);
    harness.get_by_role_and_label(Role::Button, "Keys: keyboard shortcuts");
    harness.get_by_role_and_label(Role::Button, "Colours and text size");
    harness.get_by_role_and_label(Role::Button, "A+: larger text (now 100 %)");
    click(&mut harness, "Open: Guides and questions");
    click(&mut harness, "Open page: Common questions");
    // The link shows "choosing page ›" and goes to "Choosing what might suit you".
    harness.get_by_role_and_label(
        Role::Link,
        "Choosing page (open page: Choosing what might suit you)",
    );
    // Where the words already match the title, the name stays short.
    assert!(
        harness
            .get_all_by_role_and_label(Role::Link, "Open page: Using both formats")
            .count()
            >= 1
    );
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Close: Keyboard shortcuts");
}

#[test]
fn screen_readers_get_roles_and_names_that_make_sense_alone() {
    let mut harness = app([1280.0, 800.0]);
    // Buttons say what they do.
    harness.get_by_role_and_label(Role::Button, "Need help now? Show crisis contacts");
    harness.get_by_role_and_label(Role::Button, "Open: Group therapy");
    harness.get_by_role_and_label(Role::Button, "A+: larger text (now 100 %)");
    // Headings are headings, with a level (AccessKit counts from 0: the
    // page title is read as "heading level 1").
    let title = harness.get_by_role_and_label(Role::Heading, "Therapy Explorer");
    assert_eq!(title.accesskit_node().level(), Some(0));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::Heading, "Explore")
            .accesskit_node()
            .level(),
        Some(1)
    );

    // Cards are buttons named after the card.
    click(&mut harness, "Open: Strengths and trade-offs");
    let pack = harness.state().pack().clone();
    for card in pack
        .cards_for(therapy_explorer::content::Format::Individual)
        .take(3)
    {
        harness.get_by_role_and_label(Role::Button, &format!("Open card: {}", card.title));
    }
    harness.get_by_role_and_label(Role::Button, "Show only Group therapy");

    // The comparison is a table: rows, column headers, row headers, and cells
    // that know their row and column.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Compare side by side");
    let table_title = pack.comparison.tables[0].title.clone();
    let table = harness.get_by_role_and_label(Role::Table, &table_title);
    let rows: Vec<_> = table.get_all_by_role(Role::Row).collect();
    assert_eq!(
        rows.len(),
        pack.comparison.tables[0].rows.len() + 1,
        "a header row and a row per question"
    );
    let row = &pack.comparison.tables[0].rows[0];
    let header = harness.get_by_role_and_label(Role::RowHeader, &row.question);
    assert_eq!(header.accesskit_node().data().row_index(), Some(1));
    let cell_label = format!("{}, Group therapy: {}", row.question, row.group);
    let cell = harness.get_by_role_and_label(Role::Cell, &cell_label);
    assert_eq!(cell.accesskit_node().data().row_index(), Some(1));
    assert_eq!(cell.accesskit_node().data().column_index(), Some(2));
    let column = table.get_by_role_and_label(Role::ColumnHeader, "One-to-one therapy");
    assert_eq!(column.accesskit_node().data().column_index(), Some(1));
    // It says how big it is, for "row 3 of 11".
    assert_eq!(
        table.accesskit_node().data().row_count(),
        Some(pack.comparison.tables[0].rows.len() + 1)
    );
    assert_eq!(table.accesskit_node().data().column_count(), Some(3));

    // A table written in a page's Markdown is a table too.
    click(&mut harness, "Home");
    click(&mut harness, "Open: Guides and questions");
    let choosing = pack.page("choosing").expect("page").title.clone();
    click(&mut harness, &format!("Open page: {choosing}"));
    let table = harness.get_by_role(Role::Table);
    assert_eq!(table.accesskit_node().data().row_count(), Some(7));
    assert_eq!(table.accesskit_node().data().column_count(), Some(2));
    assert_eq!(table.get_all_by_role(Role::Row).count(), 7);
    let head = table.get_by_role_and_label(Role::ColumnHeader, "Questions to ask yourself");
    assert_eq!(head.accesskit_node().data().column_index(), Some(1));
    let cell = table.get_by_role_and_label(
        Role::Cell,
        "Questions to ask yourself: What does my plan cover? What can I afford?",
    );
    assert_eq!(cell.accesskit_node().data().row_index(), Some(4));
    assert_eq!(cell.accesskit_node().data().column_index(), Some(1));

    // Links say where they go.
    let links: Vec<String> = harness
        .get_all_by_role(Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("Open page: ") || l.starts_with("Open comparison row: ")),
        "{links:?}"
    );
    assert!(
        links.iter().all(|l| l.len() > 12),
        "every link has a full name: {links:?}"
    );
}

/// Press A+ until the text is at 200 %.
fn text_to_200(harness: &mut Harness<'_, TherapyApp>) {
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert_eq!(harness.state().settings().text_scale, 2.0);
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.001);
}

/// Look at all of a long screen, checking it fits at each step.
fn scroll_through(harness: &mut Harness<'_, TherapyApp>, screen: &str) {
    for _ in 0..15 {
        common::fit::assert_fits(harness, 640.0, screen);
        wheel(harness, egui::pos2(320.0, 200.0), -300.0);
    }
}

/// The bars at the top and bottom leave at least 55 % of the window's
/// height for the page itself: at large sizes they fold, one row each.
fn assert_room_to_read(harness: &Harness<'_, TherapyApp>, height: f32, screen: &str) {
    let words = harness.state().catalogue();
    let top = harness
        .get_by_label(&words.tr("chrome-help-spoken"))
        .rect()
        .bottom();
    // A− is in the bottom bar at every size.
    let percent = harness.state().settings().percent();
    let bottom = harness
        .get_by_label(&words.tr_args("settings-smaller-spoken", &[("percent", percent.into())]))
        .rect()
        .top();
    assert!(
        bottom - top >= height * 0.55,
        "on {screen}: only {} of {height} points are left between the bars",
        bottom - top
    );
}

#[test]
fn at_200_percent_every_screen_reflows_inside_the_window() {
    reflows_at_200_percent(None);
}

/// Spanish runs 20–30 % longer than English: every bar, door and button
/// must still fit.
#[test]
fn at_200_percent_every_screen_reflows_inside_the_window_in_spanish() {
    reflows_at_200_percent(Some("Español"));
}

/// The reflow test, in the language the switch on Home names (the default
/// when `None`). Every label comes from the catalogue and the pack.
fn reflows_at_200_percent(language: Option<&str>) {
    // A 1280 × 800 window at 200 % is 640 × 400 points: egui-winit divides
    // the window's pixels by the zoom. The test harness has no window, so it
    // is resized the same way.
    let mut harness = app([1280.0, 800.0]);
    if let Some(language) = language {
        click(&mut harness, language);
    }
    let words =
        therapy_explorer::i18n::Catalogue::new(harness.state().pack().info.language.as_str());
    let tr = |key: &str| words.tr(key);
    text_to_200(&mut harness);
    harness.set_size(egui::vec2(640.0, 400.0));
    harness.run();
    let pack = harness.state().pack().clone();
    let screens = main_screens_in(&pack, &words);
    for (path, screen) in &screens {
        common::click_in_bars(&mut harness, &tr("chrome-home"));
        for label in path {
            common::click_in_bars(&mut harness, label);
        }
        assert_room_to_read(&harness, 400.0, screen);
        scroll_through(&mut harness, screen);
    }
    // Search with results, and the longest "Which fits me?" result (every
    // question skipped shows every topic).
    let wording = &pack
        .decision
        .as_ref()
        .expect("the pack has Which fits me?")
        .wording;
    common::click_in_bars(&mut harness, &tr("chrome-home"));
    common::click_in_bars(&mut harness, &tr("chrome-search-spoken"));
    type_text(
        &mut harness,
        if language.is_some() { "grupo" } else { "group" },
    );
    scroll_through(&mut harness, "search results");
    common::click_in_bars(&mut harness, &tr("chrome-home"));
    let decide = &screens
        .iter()
        .find(|(_, s)| *s == "Which fits me?")
        .expect("listed")
        .0[0];
    click(&mut harness, decide);
    click(&mut harness, &wording.begin_spoken);
    while harness.query_by_label(&wording.skip_spoken).is_some() {
        scroll_through(&mut harness, "a question");
        click(&mut harness, &wording.skip_spoken);
    }
    scroll_through(&mut harness, "the result");
    // Each window that opens on top fits too.
    let about = words.tr_args(
        "chrome-disclaimer-spoken",
        &[("disclaimer", pack.info.disclaimer.as_str().into())],
    );
    for (open, window) in [
        (tr("chrome-display-spoken"), tr("settings-title")),
        (tr("settings-shortcuts-spoken"), tr("shortcuts-title")),
        (tr("chrome-help-spoken"), tr("chrome-help-title")),
        (about, tr("about-title")),
    ] {
        common::click_in_bars(&mut harness, &open);
        harness.get_by_role_and_label(Role::Heading, &window);
        scroll_through(&mut harness, &window);
        harness.key_press(Key::Escape);
        harness.run();
        // Keyboard shortcuts opens from inside "Text and colours".
        if window == tr("settings-title") {
            common::click_in_bars(&mut harness, &open);
        }
    }
    harness.key_press(Key::Escape);
    harness.run();
    // The comparison stacks at this size: no column headers, each row a card.
    common::click_in_bars(&mut harness, &tr("chrome-home"));
    click(&mut harness, &screens[1].0[0]);
    assert!(harness.query_by_role(Role::ColumnHeader).is_none());
}

#[test]
fn at_200_percent_easy_read_reflows_inside_the_window() {
    let mut harness = app([1280.0, 800.0]);
    text_to_200(&mut harness);
    harness.set_size(egui::vec2(640.0, 400.0));
    harness.run();
    // Folded, the bar keeps Easy Read in "Text and colours".
    common::click_in_bars(
        &mut harness,
        "Text & colours: text size, colours and keyboard shortcuts",
    );
    click(&mut harness, "Easy Read: short sentences with pictures");
    click(&mut harness, "Close: Text and colours");
    scroll_through(&mut harness, "Easy Read Home");
    for (door, screen) in [
        ("Open: One-to-one therapy", "Easy Read one-to-one"),
        ("Open: Compare side by side", "Easy Read Compare"),
        ("Open: Which fits me?", "Easy Read Which fits me?"),
    ] {
        click(&mut harness, "Home");
        click(&mut harness, door);
        scroll_through(&mut harness, screen);
    }
    click(&mut harness, "Need help now? Show crisis contacts");
    scroll_through(&mut harness, "Easy Read Need help now?");
}

#[test]
fn text_size_and_theme_controls_change_the_app() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "A+: larger text (now 100 %)");
    assert_eq!(harness.state().settings().text_scale, 1.1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(
        harness.state().settings().text_scale,
        1.0,
        "never below 100 %"
    );

    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: High contrast");
    assert_eq!(harness.state().settings().theme, ThemeChoice::HighContrast);
    let panel = harness.ctx.style_of(egui::Theme::Light).visuals.panel_fill;
    assert_eq!(panel, egui::Color32::BLACK);
    click(&mut harness, "Colours: Light");
    let panel = harness.ctx.style_of(egui::Theme::Light).visuals.panel_fill;
    assert_ne!(panel, egui::Color32::BLACK);
}

#[test]
fn search_updates_as_you_type_and_opens_the_result_at_its_place() {
    let mut harness = app([1280.0, 800.0]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Search);
    let field = harness.get_by_role(Role::SearchInput);
    assert!(field.is_focused(), "the cursor is in the search box");

    // British spelling finds the American text, and results appear while typing.
    type_text(&mut harness, "behav");
    let cbt = harness
        .state()
        .pack()
        .approach("cbt")
        .expect("cbt")
        .title
        .clone();
    harness.get_by_label(&format!("Open approach: {cbt}"));
    type_text(&mut harness, "iour");
    harness.get_by_label(&format!("Open approach: {cbt}"));
    harness.get_by_label_contains("results for \u{201c}behaviour\u{201d}");

    // Enter opens the best result, with the matched words highlighted there.
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Approach("cbt".into()));
    assert!(
        harness
            .state()
            .visit()
            .highlight
            .iter()
            .any(|w| w.starts_with("behavior"))
    );

    // Back returns to the results, with the query kept.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Search);
    assert_eq!(harness.state().visit().search, "behaviour");
    // Esc leaves search.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().visit().route, Route::Home);
}

#[test]
fn search_forgives_typos_and_opens_a_row_in_the_comparison() {
    let mut harness = app([1280.0, 800.0]);
    click(&mut harness, "Search (Ctrl+F)");
    type_text(&mut harness, "privcy");
    let row = harness
        .state()
        .pack()
        .row("privacy")
        .cloned()
        .expect("privacy row");
    let label = format!("Open comparison: {}", row.question);
    click(&mut harness, &label);
    assert_eq!(
        harness.state().visit().route,
        Route::Compare {
            row: Some("privacy".into())
        }
    );
    // The row was scrolled into view (the window is 800 high, with bars of
    // about 70 at the top and bottom)...
    let rect = harness
        .get_by_role_and_label(Role::RowHeader, &row.question)
        .rect();
    assert!(rect.top() >= 70.0 && rect.bottom() <= 730.0, "{rect:?}");
    // ...where opening the comparison at its top leaves it below the fold.
    {
        let mut fresh = app([1280.0, 800.0]);
        click(&mut fresh, "Open: Compare side by side");
        let rect = fresh
            .get_by_role_and_label(Role::RowHeader, &row.question)
            .rect();
        assert!(rect.top() > 730.0, "{rect:?}");
    }

    click(&mut harness, "Search (Ctrl+F)");
    harness.get_by_role(Role::SearchInput).focus();
    for _ in 0..6 {
        harness.key_press(Key::Backspace);
        harness.run();
    }
    type_text(&mut harness, "zzzzqqq");
    harness.get_by_label_contains("Nothing found for");
}

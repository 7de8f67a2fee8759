//! Live preview: a real temporary pack folder, edited the way editors save,
//! and the watcher's answer awaited with a deadline (no fixed sleeps).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use therapy_explorer::content::{self, PackFiles};
use therapy_explorer::watch::{PackWatcher, Reload, WatchMode, reload};

fn temp_pack(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "therapy-explorer-watch-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    therapy_explorer::export::export_pack(&dir).unwrap();
    dir
}

/// Ask `changed()` every 20 ms until it says yes or `limit` runs out;
/// returns how long it took.
fn wait_for_change(watcher: &PackWatcher, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if watcher.changed() {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Save the way many editors do: write a new file, then rename it over the old.
fn save_by_rename(path: &Path, text: &str) {
    let temp = path.with_extension("swp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

fn edit_title(dir: &Path, title: &str) {
    let pack = dir.join("pack.ron");
    let text = std::fs::read_to_string(&pack).unwrap();
    let edited = text.replacen(
        "title: \"Therapy Explorer\"",
        &format!("title: \"{title}\""),
        1,
    );
    assert_ne!(text, edited);
    save_by_rename(&pack, &edited);
}

#[test]
fn an_edit_is_seen_after_the_debounce_and_reading_is_not_an_edit() {
    let dir = temp_pack("events");
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let watcher = PackWatcher::new(&dir, WatchMode::Events, move || {
        counter.fetch_add(1, Ordering::SeqCst);
    })
    .unwrap();
    assert!(!watcher.changed());

    let saved = Instant::now();
    edit_title(&dir, "Our clinic");
    let took = wait_for_change(&watcher, Duration::from_secs(3)).expect("the edit is seen");
    assert!(
        took >= Duration::from_millis(300),
        "debounced, not at once: {took:?}"
    );
    assert!(wakes.load(Ordering::SeqCst) >= 1, "the app is woken");
    // The app reloads: the new title is there.
    let loaded = content::load(&PackFiles::Dir(dir.clone()));
    assert_eq!(loaded.pack.info.title, "Our clinic");
    assert!(saved.elapsed() < Duration::from_secs(3));

    // Reloading reads every file: that is no change, or reloads would never end.
    assert!(wait_for_change(&watcher, Duration::from_millis(700)).is_none());

    // A new file in a folder inside the pack counts too.
    std::fs::write(dir.join("pages/new.md"), "# New\n").unwrap();
    assert!(wait_for_change(&watcher, Duration::from_secs(3)).is_some());
    drop(watcher);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_edit_keeps_the_last_good_pack_until_it_is_fixed() {
    let dir = temp_pack("broken");
    let watcher = PackWatcher::new(&dir, WatchMode::Events, || {}).unwrap();
    let pack = dir.join("pack.ron");
    let good = std::fs::read_to_string(&pack).unwrap();
    // A missing quote: the kind of slip a save in the middle of typing makes.
    save_by_rename(
        &pack,
        &good.replacen(
            "title: \"Therapy Explorer\"",
            "title: \"Therapy Explorer",
            1,
        ),
    );
    assert!(wait_for_change(&watcher, Duration::from_secs(3)).is_some());
    let Reload::Broken(problems) = reload(&dir) else {
        panic!("a pack with an error is not shown");
    };
    let first = problems.iter().find(|p| p.is_error()).unwrap().to_string();
    assert!(first.starts_with("pack.ron:"), "{first}");
    // The same words as `check`.
    let mut out = Vec::new();
    therapy_explorer::check::run(&PackFiles::Dir(dir.clone()), false, &mut out);
    assert!(String::from_utf8(out).unwrap().contains(&first));

    save_by_rename(&pack, &good);
    assert!(wait_for_change(&watcher, Duration::from_secs(3)).is_some());
    let Reload::Clean(loaded) = reload(&dir) else {
        panic!("the fixed pack is shown again");
    };
    assert_eq!(loaded.pack.info.title, "Therapy Explorer");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn polling_sees_an_edit_too() {
    let dir = temp_pack("poll");
    let watcher = PackWatcher::new(&dir, WatchMode::Poll, || {}).unwrap();
    // The poller takes its first look inside `new`. The edit falls in the
    // same second as the export: the poller compares contents, not only
    // whole-second modification times.
    edit_title(&dir, "Polled clinic");
    assert!(wait_for_change(&watcher, Duration::from_secs(4)).is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_folder_is_one_clear_error() {
    let missing = std::env::temp_dir().join("therapy-explorer-watch-no-such-folder");
    let err = PackWatcher::new(&missing, WatchMode::Events, || {}).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "cannot watch {}: there is no folder there",
            missing.display()
        )
    );
}

/// The app itself with `--watch`: an edit shows in place (same screen), a
/// broken edit keeps the last good pack and lists the problem in a panel,
/// and fixing it clears the panel.
#[test]
fn the_app_follows_the_folder_and_keeps_the_last_good_pack() {
    use egui_kittest::kittest::Queryable;
    let dir = temp_pack("app");
    let options = therapy_explorer::Options {
        content_dir: Some(dir.clone()),
        watch: Some(WatchMode::Events),
        browser: therapy_explorer::Browser(|_| {}),
        ..therapy_explorer::Options::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(24)
        .build_eframe(move |cc| therapy_explorer::TherapyApp::new(cc, options));
    harness.run();
    harness.get_by_label("Open: Compare side by side").click();
    harness.run();
    let route = harness.state().visit().route.clone();
    // Run frames until `done` holds, or fail after a few seconds.
    let wait = |harness: &mut egui_kittest::Harness<'_, therapy_explorer::TherapyApp>,
                what: &str,
                done: &dyn Fn(&therapy_explorer::TherapyApp) -> bool| {
        let start = Instant::now();
        while !done(harness.state()) {
            assert!(
                start.elapsed() < Duration::from_secs(8),
                "never saw: {what}"
            );
            std::thread::sleep(Duration::from_millis(50));
            harness.run();
        }
    };

    edit_title(&dir, "Edited live");
    wait(&mut harness, "the new title", &|app| {
        app.pack().info.title == "Edited live"
    });
    assert_eq!(harness.state().visit().route, route, "the same screen");

    // A card with a misspelt field: an error. The last good pack stays.
    let benefits = dir.join("benefits.ron");
    let good = std::fs::read_to_string(&benefits).unwrap();
    save_by_rename(&benefits, &good.replacen("summary:", "sumary:", 1));
    wait(&mut harness, "the problems panel", &|app| {
        app.preview_problems() > 0
    });
    harness.run();
    harness.get_by_label("The pack in the folder has 1 error");
    assert!(harness.query_by_label_contains("benefits.ron:").is_some());
    let cards = content::load(&PackFiles::Embedded)
        .pack
        .benefits
        .cards
        .len();
    assert_eq!(
        harness.state().pack().benefits.cards.len(),
        cards,
        "nothing left out on screen"
    );

    save_by_rename(&benefits, &good);
    wait(&mut harness, "the panel to clear", &|app| {
        app.preview_problems() == 0
    });
    harness.run();
    assert!(
        harness
            .query_by_label("The pack in the folder has 1 error")
            .is_none()
    );
    drop(harness);
    let _ = std::fs::remove_dir_all(&dir);
}

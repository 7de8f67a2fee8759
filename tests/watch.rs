//! Live preview: a real temporary pack folder, edited the way editors save,
//! and the watcher's answer awaited with a deadline (no fixed sleeps).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use therapy_explorer::content::{self, PackFiles};
use therapy_explorer::watch::{PackWatcher, WatchMode};

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

//! Remembered settings: round trip, atomic writes, corrupt files, kiosk never writes.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::Mutex;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::kiosk::KioskConfig;
use therapy_explorer::settings::{Settings, SettingsStore, ThemeChoice};
use therapy_explorer::{Options, TherapyApp};

mod common;
use common::build;

fn app_with(options: Options) -> Harness<'static, TherapyApp> {
    build(options, [1280.0, 800.0])
}

/// Collects log lines so a test can check what was logged.
struct Capture;

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        if let Ok(mut lines) = LINES.lock() {
            lines.push(format!("{}: {}", record.level(), record.args()));
        }
    }

    fn flush(&self) {}
}

fn capture_logs() {
    // Only the first call installs it; the others find it there.
    let _ = log::set_logger(&Capture);
    log::set_max_level(log::LevelFilter::Warn);
}

/// The captured lines that hold every one of `parts`.
fn lines_with(parts: &[&str]) -> Vec<String> {
    LINES
        .lock()
        .map(|lines| {
            lines
                .iter()
                .filter(|l| parts.iter().all(|p| l.contains(p)))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// Forget the captured lines (only the lines of this test's own file are
/// looked for, so other tests logging meanwhile do no harm).
fn clear_logs() {
    if let Ok(mut lines) = LINES.lock() {
        lines.clear();
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "therapy-explorer-test-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn click(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn settings_are_remembered_between_runs() {
    let dir = temp_dir("roundtrip");
    let path = dir.join("therapy-explorer").join("settings.ron");
    let options = Options {
        settings: SettingsStore::at(path.clone()),
        ..Options::default()
    };
    let mut harness = app_with(options.clone());
    click(&mut harness, "A+: larger text (now 100 %)");
    click(&mut harness, "A+: larger text (now 110 %)");
    click(&mut harness, "Easy Read: short sentences with pictures");
    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: Dark");
    assert!(path.exists(), "saved at {}", path.display());
    assert!(
        !path.with_extension("ron.tmp").exists(),
        "no temporary file left behind"
    );
    drop(harness);

    // A new run starts with the same choices.
    let harness = app_with(options);
    assert_eq!(
        harness.state().settings(),
        &Settings {
            text_scale: 1.25,
            theme: ThemeChoice::Dark,
            easy_read: true,
            language: None,
        }
    );
    assert!((harness.ctx.zoom_factor() - 1.25).abs() < 0.001);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_corrupt_settings_file_falls_back_to_defaults_with_a_log_line() {
    capture_logs();
    let dir = temp_dir("corrupt");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("settings.ron");
    for (i, garbage) in [
        "(text_scale: \"big\",",
        "\u{0}\u{1}not ron at all",
        "(colour: Dark)",
    ]
    .into_iter()
    .enumerate()
    {
        clear_logs();
        std::fs::write(&path, garbage).expect("write");
        let settings = SettingsStore::at(path.clone()).load();
        assert_eq!(settings, Settings::default(), "case {i}");
        // Each broken file gets its own line, naming the file.
        let shown = path.display().to_string();
        let lines = lines_with(&["WARN", "is not valid", &shown]);
        assert_eq!(lines.len(), 1, "case {i}: {lines:?}");
    }

    // The app starts normally with it, and the next change replaces the file.
    let mut harness = app_with(Options {
        settings: SettingsStore::at(path.clone()),
        ..Options::default()
    });
    assert_eq!(harness.state().settings(), &Settings::default());
    click(&mut harness, "A+: larger text (now 100 %)");
    let text = std::fs::read_to_string(&path).expect("rewritten");
    assert!(text.contains("text_scale: 1.1"), "{text}");

    // Values out of range are clamped, not trusted.
    std::fs::write(&path, "(text_scale: 40.0, theme: HighContrast)").expect("write");
    let settings = SettingsStore::at(path.clone()).load();
    assert_eq!(settings.text_scale, 2.0);
    assert_eq!(settings.theme, ThemeChoice::HighContrast);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_kiosk_never_writes_settings_and_forgets_them_after_a_visit() {
    let dir = temp_dir("kiosk");
    let path = dir.join("settings.ron");
    let mut harness = app_with(Options {
        kiosk: Some(KioskConfig::default()),
        // Even if given a place to write, a kiosk does not use it.
        settings: SettingsStore::at(path.clone()),
        ..Options::default()
    });
    click(&mut harness, "Touch anywhere to start");
    click(&mut harness, "A+: larger text (now 100 %)");
    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: High contrast");
    assert_eq!(harness.state().settings().theme, ThemeChoice::HighContrast);
    assert!(!path.exists());
    assert!(!dir.exists());
    click(&mut harness, "Close: Text and colours");
    click(&mut harness, "Start over: forget this visit");
    assert_eq!(harness.state().settings(), &Settings::default());
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 0.001);
}

#[test]
fn follow_the_system_switches_when_the_system_does() {
    let mut harness = app_with(Options::default());
    harness.input_mut().system_theme = Some(egui::Theme::Light);
    harness.run();
    click(&mut harness, "Colours and text size");
    click(&mut harness, "Colours: Follow the system");
    assert_eq!(harness.state().settings().theme, ThemeChoice::System);
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    let light_fill = harness.ctx.global_style().visuals.panel_fill;

    // The system turns dark while the app is open: so does the app.
    harness.input_mut().system_theme = Some(egui::Theme::Dark);
    harness.run();
    let dark = harness.ctx.global_style().visuals.clone();
    assert!(dark.dark_mode);
    assert_ne!(dark.panel_fill, light_fill);

    // And back.
    harness.input_mut().system_theme = Some(egui::Theme::Light);
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    assert_eq!(harness.ctx.global_style().visuals.panel_fill, light_fill);

    // A fixed choice ignores the system.
    click(&mut harness, "Colours: Light");
    harness.input_mut().system_theme = Some(egui::Theme::Dark);
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode);
}

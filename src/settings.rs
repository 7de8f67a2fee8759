//! The reader's display settings (text size, colours, Easy Read), and where
//! they are kept at home.
//!
//! At home they are written atomically (temp file, then rename) to the user's
//! config folder. A kiosk never writes them: its settings last one visit.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Which colours the reader chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
    /// Light or dark, following the operating system.
    System,
}

impl ThemeChoice {
    /// Every choice, in the order "Text and colours" offers them (their
    /// names are in the interface's catalogue, `settings-theme-*`).
    pub const ALL: [Self; 4] = [Self::Light, Self::Dark, Self::HighContrast, Self::System];
}

/// Text sizes the A− and A+ buttons step through.
pub const TEXT_SCALES: [f32; 7] = [1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0];

/// Display settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// 1.0 is 100 %, 2.0 is 200 %.
    pub text_scale: f32,
    pub theme: ThemeChoice,
    /// Easy Read: short sentences with pictures, where the pack has them.
    pub easy_read: bool,
    /// The language the reader chose (a tag like `es-US`); `None` until
    /// they choose (then the system's, when the pack has it, or the pack's
    /// default). On a kiosk it lasts one visit, like the rest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale: 1.0,
            theme: ThemeChoice::Light,
            easy_read: false,
            language: None,
        }
    }
}

impl Settings {
    /// One step larger, up to 200 %.
    pub fn larger(&mut self) {
        if let Some(next) = TEXT_SCALES.iter().find(|s| **s > self.text_scale + 0.001) {
            self.text_scale = *next;
        }
    }

    /// One step smaller, down to 100 %.
    pub fn smaller(&mut self) {
        if let Some(next) = TEXT_SCALES
            .iter()
            .rev()
            .find(|s| **s < self.text_scale - 0.001)
        {
            self.text_scale = *next;
        }
    }

    pub fn percent(&self) -> u32 {
        (self.text_scale * 100.0).round() as u32
    }

    /// Keep values inside what the app supports (a hand-edited file may not).
    fn clamped(mut self) -> Self {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self.text_scale.clamp(1.0, 2.0);
        self
    }
}

/// Where settings are kept: a file at home, nowhere on a kiosk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SettingsStore {
    path: Option<PathBuf>,
}

impl SettingsStore {
    /// A store that never reads or writes anything (kiosk, tests).
    pub fn none() -> Self {
        Self { path: None }
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path: Some(path) }
    }

    /// The usual place for this user: `$XDG_CONFIG_HOME/therapy-explorer/settings.ron`
    /// (or the platform's equivalent).
    pub fn user_default() -> Self {
        Self {
            path: config_dir().map(|d| d.join("therapy-explorer").join("settings.ron")),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Read the settings. A missing file gives the defaults quietly; a broken
    /// one gives the defaults and a log line, and is left alone until the
    /// next save replaces it.
    pub fn load(&self) -> Settings {
        let Some(path) = &self.path else {
            return Settings::default();
        };
        // Settings are two lines: a file far larger is not ours to read whole.
        const MAX_SETTINGS_BYTES: u64 = 16 * 1024;
        let read = |path: &std::path::Path| -> std::io::Result<String> {
            let bytes = crate::content::files::read_at_most(path, MAX_SETTINGS_BYTES)?;
            if bytes.len() as u64 > MAX_SETTINGS_BYTES {
                return Err(std::io::Error::other("larger than 16 KiB"));
            }
            String::from_utf8(bytes).map_err(std::io::Error::other)
        };
        let text = match read(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Settings::default(),
            Err(err) => {
                log::warn!(
                    "cannot read settings {}: {err}; using the defaults",
                    path.display()
                );
                return Settings::default();
            }
        };
        match ron::from_str::<Settings>(&text) {
            Ok(settings) => settings.clamped(),
            Err(err) => {
                log::warn!(
                    "settings file {}:{}:{} is not valid ({}); using the defaults",
                    path.display(),
                    err.span.start.line,
                    err.span.start.col,
                    err.code
                );
                Settings::default()
            }
        }
    }

    /// Write the settings: to a temporary file first, then renamed over the
    /// old one, so a crash or full disk never leaves a half-written file.
    ///
    /// # Errors
    /// When the folder cannot be made or the file cannot be written.
    pub fn save(&self, settings: &Settings) -> std::io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        let tmp = path.with_extension("ron.tmp");
        {
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(text.as_bytes())?;
            file.write_all(b"\n")?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path)
    }
}

fn config_dir() -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(target_os = "windows") {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env("XDG_CONFIG_HOME").or_else(|| env("HOME").map(|h| h.join(".config")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A write that fails half-way leaves the old file whole: the new text
    /// goes to a temporary file, and only a finished one replaces it.
    #[test]
    fn an_oversized_settings_file_gives_the_defaults() {
        let dir = std::env::temp_dir().join(format!("te-settings-big-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("settings.ron");
        let valid = "(text_scale: 1.5, theme: Dark)";
        let _ = std::fs::write(&path, format!("{valid}{}", " ".repeat(20 * 1024)));
        assert_eq!(SettingsStore::at(path.clone()).load(), Settings::default());
        let _ = std::fs::write(&path, valid);
        assert_eq!(SettingsStore::at(path).load().theme, ThemeChoice::Dark);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_save_leaves_the_old_settings_whole() {
        let dir = std::env::temp_dir().join(format!("te-settings-atomic-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("settings.ron");
        let store = SettingsStore::at(path.clone());
        let old = Settings {
            text_scale: 1.5,
            theme: ThemeChoice::Dark,
            easy_read: true,
            language: Some("es-US".to_owned()),
        };
        assert!(store.save(&old).is_ok());
        let before = std::fs::read(&path).unwrap_or_default();
        // The temporary file cannot be made: a folder is in its place.
        std::fs::create_dir_all(path.with_extension("ron.tmp")).unwrap_or_default();
        assert!(store.save(&Settings::default()).is_err());
        assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
        assert_eq!(store.load(), old);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn steps_stay_between_100_and_200_percent() {
        let mut s = Settings::default();
        s.smaller();
        assert_eq!(s.percent(), 100);
        for _ in 0..20 {
            s.larger();
        }
        assert_eq!(s.percent(), 200);
        s.smaller();
        assert_eq!(s.percent(), 180);
    }

    #[test]
    fn odd_values_are_clamped() {
        let s = Settings {
            text_scale: 9.0,
            ..Settings::default()
        }
        .clamped();
        assert_eq!(s.percent(), 200);
        let s = Settings {
            text_scale: f32::NAN,
            ..Settings::default()
        }
        .clamped();
        assert_eq!(s.percent(), 100);
    }
}

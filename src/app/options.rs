//! How the app was started: its options, and how a web address is opened.

use std::path::{Path, PathBuf};

use crate::content::Problem;
use crate::kiosk::{Clock, KioskConfig};
use crate::settings::SettingsStore;

/// How the app was started.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A clinic's own pack, instead of the built-in one.
    pub content_dir: Option<PathBuf>,
    /// A link to open at start, like `page:faq`.
    pub open: Option<String>,
    /// Kiosk mode, with its settings. `None` is home use.
    pub kiosk: Option<KioskConfig>,
    /// The clock for idle timing (tests pass a mock).
    pub clock: Clock,
    /// Where text size and colours are remembered (home use only; a kiosk never writes).
    pub settings: SettingsStore,
    /// How a web address is opened at home (tests record it instead).
    pub browser: Browser,
    /// The kiosk config file could not be used, so `kiosk` holds safe
    /// defaults: staff see a notice on the screen.
    pub kiosk_config_failed: bool,
}

impl Options {
    /// Kiosk mode with the settings from `config_file` (the defaults when
    /// there is none). A file with problems gives safe defaults, with no
    /// staff PIN, and a notice for staff on the screen; the problems are
    /// returned for the caller to report.
    pub fn kiosk(config_file: Option<&Path>) -> (Self, Vec<Problem>) {
        let (config, problems) = match config_file.map(KioskConfig::load) {
            None => (KioskConfig::default(), Vec::new()),
            Some(Ok(config)) => (config, Vec::new()),
            Some(Err(problems)) => (KioskConfig::default(), problems),
        };
        let options = Self {
            kiosk: Some(config),
            kiosk_config_failed: !problems.is_empty(),
            ..Self::default()
        };
        (options, problems)
    }
}

/// Opens a web address in the reader's browser. Only ever used at home:
/// on a kiosk nothing opens another program.
#[derive(Clone, Copy)]
pub struct Browser(pub fn(&str));

impl Default for Browser {
    fn default() -> Self {
        Self(open_in_browser)
    }
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Browser")
    }
}

/// Open a web address in the reader's browser (home use only).
fn open_in_browser(url: &str) {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:"))
    {
        log::warn!("refusing to open `{url}`: not a web address");
        return;
    }
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    if let Err(err) = command.arg(url).spawn() {
        log::warn!("could not open a browser for {url}: {err}");
    }
}

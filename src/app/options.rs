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
    /// The kiosk config file has errors, so `kiosk` holds safe defaults
    /// where it is wrong: staff see a notice on the screen.
    pub kiosk_config_failed: bool,
    /// Nothing of the kiosk config could be read: the kiosk cannot know its
    /// region, so it shows no crisis numbers it cannot be sure of.
    pub kiosk_config_unreadable: bool,
    /// Today's date when the app starts (tests set it; `None`: the
    /// system's). Days then pass with [`Self::clock`], so a test moves the
    /// date by moving a mock clock.
    pub today: Option<crate::content::load::Date>,
    /// Where handouts are saved (tests give a temporary folder; `None`: the
    /// reader's documents folder).
    pub documents: Option<PathBuf>,
    /// The system's language (a tag like `es-MX`, from `sys-locale`): at
    /// home, the first start shows the pack in it when the pack has it.
    /// `None` in tests, so they do not depend on the machine.
    pub system_locale: Option<String>,
    /// The local time of day when [`Self::clock`] reads 0 (tests set it,
    /// and move it on with the clock); `None`: the system's local time.
    /// The kiosk's quiet hours follow it.
    pub time_of_day: Option<crate::quiet_hours::ClockTime>,
    /// The speech service for "Read this page" (`Off` in tests, unless
    /// they give a fake one). A kiosk uses it only when its config allows.
    pub speech: crate::speech::Service,
    /// Live preview (`--watch`): follow the pack folder as staff edit it.
    /// Never on a kiosk.
    pub watch: Option<crate::watch::WatchMode>,
}

impl Options {
    /// Kiosk mode with the settings from `config_file` (the defaults when
    /// there is none). A file with problems keeps every setting that is
    /// right and safe defaults for the rest (a broken or weak PIN means no
    /// staff exit), with a notice for staff on the screen; the problems are
    /// returned for the caller to report.
    pub fn kiosk(config_file: Option<&Path>) -> (Self, Vec<Problem>) {
        let load = config_file.map_or_else(
            || crate::kiosk::KioskLoad {
                config: KioskConfig::default(),
                problems: Vec::new(),
                readable: true,
            },
            KioskConfig::load_lenient,
        );
        let options = Self {
            kiosk: Some(load.config),
            kiosk_config_failed: load.problems.iter().any(Problem::is_error),
            kiosk_config_unreadable: !load.readable,
            ..Self::default()
        };
        (options, load.problems)
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
    // A handout the reader saved (`file://…/name.html`) may open too.
    let handout = lower.starts_with("file://") && lower.ends_with(".html");
    if !(lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || handout)
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

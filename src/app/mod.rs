//! The app: the pack, the visit, the frame and the command reducer.
//!
//! Screens draw and push [`Command`]s (`ui/`); this file runs them after
//! the frame (`frame`). How the app was started is in `options`, the pack it shows
//! in `pack`.

mod frame;
mod language;
mod options;
mod pack;
mod preview;
mod take_home;

use egui::ViewportCommand;

pub use options::{Browser, Options};
pub use pack::{PackEditions, load_editions, load_pack};

use crate::content::search::SearchIndex;
use crate::content::{LinkTarget, Pack};
use crate::i18n::Catalogue;
use crate::kiosk::{Clock, KioskConfig, Session};
use crate::settings::{Settings, SettingsStore};
use crate::state::{
    Command, DisplayCommand, KioskCommand, Overlay, ReadAloudCommand, Route, StaffNote, VisitState,
};
use crate::ui::theme::{self, Palette};
use crate::ui::{self, chrome, kiosk as kiosk_ui, screens};

/// When the process started (set by `main`), to log the time to the first frame.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The whole app. Tests build it with [`TherapyApp::new`] through `egui_kittest`.
pub struct TherapyApp {
    pack: Pack,
    /// Built once from the pack; queried on every keystroke.
    index: SearchIndex,
    /// The interface's words, in the reader's language.
    catalogue: Catalogue,
    /// The pack's other languages, waiting to be shown (pack, index and
    /// words are swapped in place: `set_language`).
    editions: language::Editions,
    /// Whether the pack is the built-in one (whose crisis contacts are for the US).
    built_in_pack: bool,
    /// A kiosk config was given but could not be read at all.
    kiosk_config_unreadable: bool,
    /// What staff should know (their pack or kiosk settings could not be used)…
    staff_notes: Vec<StaffNote>,
    /// …in the reader's language (made again when the language changes).
    staff_notice: Option<String>,
    visit: VisitState,
    settings: Settings,
    store: SettingsStore,
    palette: Palette,
    clock: Clock,
    kiosk: Option<Session>,
    /// How often the kiosk window has asked to fill the monitor.
    kiosk_fit: kiosk_ui::FitTries,
    browser: Browser,
    /// Frames drawn, for `RUST_LOG=therapy_explorer::app=trace` (idle measurements).
    frames: u64,
    /// Whether the reader is moving with the keyboard (then the focus ring shows).
    keyboard_focus: bool,
    /// Put the cursor in the search box on the next frame.
    focus_search: bool,
    /// Open the next screen at its top (a new place, not Back).
    scroll_to_top: bool,
    /// The first thing on the page that Tab can reach ("Skip to content").
    first_in_page: Option<egui::Id>,
    /// Today as given at start (tests); `None`: the system's date.
    today_at_start: Option<crate::content::load::Date>,
    /// The day the pack's services were last sorted by their `show_until`.
    services_day: crate::content::load::Date,
    /// Where handouts go (tests); `None`: the documents folder.
    documents: Option<std::path::PathBuf>,
    /// The time of day when the clock read 0 (tests); `None`: the system's.
    time_of_day: Option<crate::quiet_hours::ClockTime>,
    /// "Read this page" aloud (never ready without a speech service, or on
    /// a kiosk whose config does not allow it).
    read_aloud: crate::speech::ReadAloud,
    /// The blocks being read aloud, in order (to mark the one being read).
    read_aloud_blocks: Vec<egui::Id>,
    /// Live preview (`--watch`): the folder followed, and its problems.
    preview: Option<preview::Preview>,
}

impl TherapyApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: Options) -> Self {
        let kiosk = options.kiosk.is_some();
        // At home always; on a kiosk only with a handset or headphones.
        let read_aloud = options.kiosk.as_ref().is_none_or(|k| k.read_aloud);
        let content_dir = options
            .content_dir
            .clone()
            .or_else(|| options.kiosk.as_ref().and_then(|k| k.content.clone()));
        let editions = match &options.kiosk {
            // A kiosk verifies a signed pack when its config names a key.
            Some(config) => {
                let mut config = config.clone();
                config.content.clone_from(&content_dir);
                pack::load_kiosk_editions(&config)
            }
            None => load_editions(content_dir.as_deref()),
        };
        let pack_note = editions.note.clone();
        let mut notes = Vec::new();
        if kiosk && options.kiosk_config_failed {
            notes.push(StaffNote::KioskConfig);
        }
        notes.extend(pack_note.map(|note| match note {
            // The public can read it too: no folder names, just what staff need.
            StaffNote::PackProblems { count, .. } if kiosk => {
                StaffNote::KioskPackProblems { count }
            }
            note => note,
        }));
        let store = if kiosk {
            SettingsStore::none()
        } else {
            options.settings
        };
        let mut app = Self::with_editions(
            &cc.egui_ctx,
            editions,
            notes,
            options.kiosk,
            options.clock,
            store,
        );
        app.browser = options.browser;
        if read_aloud {
            app.read_aloud = crate::speech::ReadAloud::start(&options.speech);
            let ctx = cc.egui_ctx.clone();
            app.read_aloud.on_change(move || ctx.request_repaint());
        }
        app.today_at_start = options.today;
        app.documents = options.documents;
        app.time_of_day = options.time_of_day;
        app.drop_past_services();
        app.kiosk_config_unreadable = kiosk && options.kiosk_config_unreadable;
        app.start_language(options.system_locale.as_deref());
        if let (Some(mode), Some(dir), false) = (options.watch, &content_dir, kiosk) {
            app.preview = preview::Preview::start(&cc.egui_ctx, dir, mode);
        }
        if let Some(link) = &options.open {
            // A kiosk always starts, and starts over, at the attract screen
            // and Home: a preview link has no place there.
            if app.is_kiosk() {
                log::warn!("--open {link}: ignored in kiosk mode");
            } else {
                app.open_at(link);
            }
        }
        app
    }

    /// How many errors the live preview lists now (0 without `--watch`).
    pub fn preview_problems(&self) -> usize {
        self.preview.as_ref().map_or(0, |p| p.problems.len())
    }

    /// Live preview: show the folder's pack again when it changed and reads
    /// clean, in the same language and on the same screen (Home, if what it
    /// showed is gone); keep the last good pack when it has errors.
    fn follow_the_folder(&mut self) {
        let Some(change) = self.preview.as_mut().and_then(preview::Preview::poll) else {
            return;
        };
        let preview::Change::Show(editions) = change else {
            return;
        };
        let tag = self.pack.info.language.trim().to_owned();
        let (shown, waiting) = language::Editions::new(editions.packs, &editions.words);
        self.editions = waiting;
        self.pack = shown.pack;
        self.catalogue = shown.catalogue;
        self.index = SearchIndex::new(&self.pack);
        self.set_language(&tag);
        // The pack is clean now: its old problems are no longer news.
        self.staff_notes
            .retain(|n| !matches!(n, StaffNote::PackProblems { .. }));
        self.staff_notice = chrome::staff_notice(&self.catalogue, &self.staff_notes);
        if !screens::exists(&self.visit.route, &self.pack) {
            self.visit.route = Route::Home;
        }
    }

    /// Start on the place a link points to (`--open page:faq`).
    fn open_at(&mut self, link: &str) {
        match LinkTarget::parse(link)
            .ok()
            .as_ref()
            .and_then(screens::route_for)
        {
            Some(route) => self.visit.route = route,
            None => log::warn!("--open {link}: not a link to a place in the app"),
        }
    }

    /// Start with a given pack (tests and benchmarks use this for fixture
    /// packs), and what staff should be told about it.
    pub fn with_pack(
        ctx: &egui::Context,
        pack: Pack,
        staff_notes: Vec<StaffNote>,
        kiosk: Option<KioskConfig>,
        clock: Clock,
        store: SettingsStore,
    ) -> Self {
        let editions = PackEditions {
            packs: vec![pack],
            words: Vec::new(),
            built_in: false,
            note: None,
        };
        Self::with_editions(ctx, editions, staff_notes, kiosk, clock, store)
    }

    /// Start with a pack in all its languages (the default shown first).
    pub fn with_editions(
        ctx: &egui::Context,
        editions: PackEditions,
        staff_notes: Vec<StaffNote>,
        kiosk: Option<KioskConfig>,
        clock: Clock,
        store: SettingsStore,
    ) -> Self {
        theme::install_fonts(ctx);
        ui::picture::install(ctx);
        ctx.options_mut(|o| {
            // The app handles Ctrl+plus/minus itself, within its own limits.
            o.zoom_with_keyboard = false;
            // A frame whose layout settles (a bar folds, a row of cards
            // evens out, a window sizes itself) is laid out again before
            // it is shown: the first frame shown is the settled one.
            o.max_passes = std::num::NonZeroUsize::new(3).unwrap_or(o.max_passes);
            if kiosk.is_some() {
                kiosk_ui::touch_options(o);
            }
        });
        let settings = store.load();
        let now = clock.now();
        let built_in_pack = editions.built_in;
        let (shown, editions) = language::Editions::new(editions.packs, &editions.words);
        let language::Edition {
            pack, catalogue, ..
        } = shown;
        let palette = theme::palette_for_pack(settings.theme, theme::system_is_dark(ctx), &pack);
        theme::apply(ctx, &palette, kiosk.is_some());
        ui::widgets::set_touch_screen(ctx, kiosk.is_some());
        ctx.set_zoom_factor(settings.text_scale);
        Self {
            index: SearchIndex::new(&pack),
            pack,
            staff_notice: chrome::staff_notice(&catalogue, &staff_notes),
            staff_notes,
            catalogue,
            editions,
            built_in_pack,
            kiosk_config_unreadable: false,
            visit: VisitState::default(),
            settings,
            store,
            palette,
            kiosk: kiosk.map(|config| Session::new(config, now)),
            clock,
            kiosk_fit: kiosk_ui::FitTries::default(),
            browser: Browser::default(),
            frames: 0,
            keyboard_focus: false,
            focus_search: false,
            scroll_to_top: false,
            first_in_page: None,
            today_at_start: None,
            services_day: (0, 0, 0),
            documents: None,
            time_of_day: None,
            read_aloud: crate::speech::ReadAloud::start(&crate::speech::Service::Off),
            read_aloud_blocks: Vec::new(),
            preview: None,
        }
    }

    pub fn visit(&self) -> &VisitState {
        &self.visit
    }

    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    /// The interface's words now in use.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Show the pack and the interface in another of the pack's languages
    /// (a tag like `es-US`), on the same screen: its pack, search index and
    /// words are swapped in place. A language the pack does not have
    /// changes nothing.
    pub fn set_language(&mut self, tag: &str) {
        if tag == self.pack.info.language.trim() {
            return;
        }
        let shown = language::Edition {
            pack: std::mem::take(&mut self.pack),
            index: Some(std::mem::take(&mut self.index)),
            catalogue: std::mem::take(&mut self.catalogue),
        };
        let next = self.editions.swap(tag, shown);
        self.pack = next.pack;
        self.index = next.index.unwrap_or_else(|| SearchIndex::new(&self.pack));
        self.catalogue = next.catalogue;
        self.staff_notice = chrome::staff_notice(&self.catalogue, &self.staff_notes);
    }

    /// The language the settings ask for, or the pack's default.
    fn apply_language(&mut self) {
        let tag = self
            .settings
            .language
            .as_deref()
            .and_then(|wanted| self.editions.best_match(wanted))
            .unwrap_or(self.editions.default_tag())
            .to_owned();
        self.set_language(&tag);
    }

    /// The first language shown: the one chosen before (at home), else the
    /// system's when the pack has it (at home), else the pack's default.
    fn start_language(&mut self, system_locale: Option<&str>) {
        if self.settings.language.is_none()
            && !self.is_kiosk()
            && let Some(tag) = system_locale.and_then(|l| self.editions.best_match(l))
        {
            let tag = tag.to_owned();
            self.set_language(&tag);
            return;
        }
        self.apply_language();
    }

    /// The pack's languages, each named in itself, for the language switch.
    pub fn languages(&self) -> &[ui::language::LanguageChoice] {
        self.editions.choices()
    }

    /// What staff are told on the screen, in the interface's language.
    pub fn staff_notice(&self) -> Option<&str> {
        self.staff_notice.as_deref()
    }

    /// The kiosk's state, in kiosk mode.
    pub fn kiosk(&self) -> Option<&Session> {
        self.kiosk.as_ref()
    }

    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// Read aloud (tests ask how far it has come).
    pub fn read_aloud(&self) -> &crate::speech::ReadAloud {
        &self.read_aloud
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Apply the settings' colours and text size if they changed.
    fn apply_settings(&mut self, ctx: &egui::Context) {
        let palette =
            theme::palette_for_pack(self.settings.theme, theme::system_is_dark(ctx), &self.pack);
        if palette != self.palette {
            theme::apply(ctx, &palette, self.kiosk.is_some());
            self.palette = palette;
        }
        if (ctx.zoom_factor() - self.settings.text_scale).abs() > 0.001 {
            ctx.set_zoom_factor(self.settings.text_scale);
        }
    }

    fn change_display(&mut self, ctx: &egui::Context, command: DisplayCommand) {
        let settings = &mut self.settings;
        match command {
            DisplayCommand::Larger => settings.larger(),
            DisplayCommand::Smaller => settings.smaller(),
            DisplayCommand::ResetSize => settings.text_scale = 1.0,
            DisplayCommand::Theme(choice) => settings.theme = choice,
            DisplayCommand::EasyRead(on) => settings.easy_read = on,
        }
        self.apply_settings(ctx);
        if let Err(err) = self.store.save(&self.settings) {
            log::warn!("could not save settings: {err}");
        }
    }

    /// End the visit: everything the visitor did is forgotten, as if the app
    /// had just started.
    pub fn end_visit(&mut self, ctx: &egui::Context) {
        let Self {
            visit,
            kiosk,
            settings,
            read_aloud,
            ..
        } = self;
        // Nothing of the visit may go on being said.
        read_aloud.stop();
        *visit = VisitState::default();
        *settings = Settings::default();
        if let Some(session) = kiosk {
            session.end_visit(self.clock.now());
        }
        // Scroll positions, widget states and focus live in egui's memory.
        ctx.memory_mut(|m| {
            m.data.clear();
            m.reset_areas();
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
        ui::widgets::set_touch_screen(ctx, self.kiosk.is_some());
        self.apply_settings(ctx);
        // A kiosk's next visitor starts in the pack's default language.
        self.apply_language();
        ctx.request_repaint();
    }

    /// Apply one command from the UI.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let kiosk = self.is_kiosk();
        let visit = &mut self.visit;
        // A new place opens at its top; Back returns to where it was left.
        if matches!(
            command,
            Command::Go(_)
                | Command::Home
                | Command::Follow(_)
                | Command::OpenSearch
                | Command::OpenResult { .. }
        ) {
            self.scroll_to_top = true;
        }
        match command {
            Command::Go(route) => {
                visit.overlay = None;
                visit.go(route);
            }
            Command::Back => {
                visit.overlay = None;
                visit.back();
            }
            Command::Home => {
                visit.overlay = None;
                visit.go(Route::Home);
            }
            Command::Follow(target) => match screens::route_for(&target) {
                Some(route) => {
                    visit.overlay = None;
                    visit.go(route);
                }
                None => {
                    if let LinkTarget::External(url) = target {
                        visit.overlay = Some(Overlay::ExternalLink(url));
                    }
                }
            },
            Command::Show(overlay) => visit.overlay = Some(overlay),
            Command::CloseOverlay => visit.overlay = None,
            Command::Filter(filter) => visit.benefit_filter = filter,
            Command::OpenExternal(url) => {
                // Nothing on the kiosk path may open another program.
                if !kiosk {
                    (self.browser.0)(&url);
                }
            }
            Command::StartOver => {
                self.end_visit(ctx);
                if let Some(session) = &mut self.kiosk {
                    // The visitor is still here: no attract screen.
                    session.start_visit(self.clock.now());
                }
            }
            Command::Kiosk(command) => self.run_kiosk(ctx, command),
            Command::Display(command) => self.change_display(ctx, command),
            Command::SetLanguage(tag) => {
                self.read_aloud.stop();
                self.set_language(&tag);
                // Remembered at home; on a kiosk it lasts this visit (and
                // starting in the default language changes nothing).
                let default = tag == self.editions.default_tag();
                self.settings.language = (!kiosk || !default).then_some(tag);
                if let Err(err) = self.store.save(&self.settings) {
                    log::warn!("could not save settings: {err}");
                }
            }
            Command::Decide(command) => {
                let count = self.pack.decision.as_ref().map_or(0, |d| d.questions.len());
                visit.decision.apply(count, command);
            }
            Command::OpenSearch => {
                visit.overlay = None;
                // A new search: the box empty (Back still returns to the
                // last results, kept in the history's place).
                if visit.route != Route::Search {
                    visit.search.clear();
                }
                visit.go(Route::Search);
                self.focus_search = !kiosk;
            }
            Command::SetSearch(text) => {
                // A touch storm or a pasted book must not grow without bound.
                visit.search = text.chars().take(200).collect();
            }
            Command::Handout(command) => self.run_handout(&command),
            Command::ReadAloud(command) => self.run_read_aloud(ctx, command),
            Command::OpenResult { target, highlight } => {
                if let Some(route) = screens::route_for(&target) {
                    visit.overlay = None;
                    visit.go(route);
                    visit.highlight = highlight;
                    visit.scroll_to_highlight = true;
                }
            }
        }
        ctx.request_repaint();
    }

    fn run_read_aloud(&mut self, ctx: &egui::Context, command: ReadAloudCommand) {
        let speech = &self.read_aloud;
        match command {
            ReadAloudCommand::Start => {
                // The screen's blocks as drawn: the reading path's, in order.
                let blocks = ui::reading::blocks(ctx);
                self.read_aloud_blocks = blocks.iter().map(|b| b.id).collect();
                let texts = blocks.into_iter().map(|b| b.aloud).collect();
                speech.read(&self.pack.info.language, texts);
            }
            ReadAloudCommand::Pause => speech.pause(),
            ReadAloudCommand::Resume => speech.resume(),
            ReadAloudCommand::Stop => speech.stop(),
        }
    }

    fn run_kiosk(&mut self, ctx: &egui::Context, command: KioskCommand) {
        let now = self.clock.now();
        let Some(session) = &mut self.kiosk else {
            return;
        };
        match command {
            KioskCommand::StartVisit => session.start_visit(now),
            KioskCommand::KeepReading => session.activity(now),
            KioskCommand::PinDigit(d) => session.pin_digit(d),
            KioskCommand::PinClear => session.pin_clear(),
            KioskCommand::PinCancel => session.pin_cancel(),
            KioskCommand::PinSubmit => {
                if session.pin_submit(now) {
                    log::info!("kiosk: staff exit with the right PIN");
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            }
        }
    }

    /// Whether the visit or the display differs from a fresh start (what
    /// egui keeps, like scroll positions, the kiosk session tracks itself).
    fn changed_since_start(visit: &VisitState, settings: &Settings) -> bool {
        *visit != VisitState::default() || *settings != Settings::default()
    }

    /// The local time of day now (for the kiosk's quiet hours).
    fn time_of_day(&self) -> crate::quiet_hours::ClockTime {
        match self.time_of_day {
            Some(start) => crate::quiet_hours::ClockTime::from_secs(
                u64::from(start.secs()) + self.clock.now().max(0.0) as u64,
            ),
            None => crate::quiet_hours::local_time_now(),
        }
    }

    /// Whether the kiosk's screen is in its quiet hours now, and (when it
    /// has quiet hours) how long until they begin or end.
    pub fn quiet_hours(&self) -> (bool, Option<u32>) {
        let Some(session) = &self.kiosk else {
            return (false, None);
        };
        let Some(sleep) = &session.config.sleep else {
            return (false, None);
        };
        let now = self.time_of_day();
        (
            crate::quiet_hours::asleep(&session.config, now),
            sleep.secs_until_change(now),
        )
    }

    /// Log the time to the first frame shown (for `scripts/startup.sh`).
    fn log_start_up(&self, ctx: &egui::Context) {
        let Some(started) = STARTED.get() else {
            return;
        };
        if !log::log_enabled!(log::Level::Info) {
            return;
        }
        // The second frame starts once the first is painted and on screen:
        // that is the start-up time `scripts/startup.sh` reports.
        match self.frames {
            1 => ctx.request_repaint(),
            2 => {
                // Wall-clock milliseconds since 1970, for the script to time
                // the whole start from before the program is launched.
                let epoch_ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis());
                log::info!(
                    "first frame shown after {:.1} ms in main, at {epoch_ms} ms since the epoch",
                    started.elapsed().as_secs_f64() * 1000.0,
                );
            }
            _ => {}
        }
    }
}

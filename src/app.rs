//! The app: the pack, the visit, and the frame loop.

use std::path::{Path, PathBuf};

use egui::{
    CentralPanel, Event, Frame, Key, Margin, Modifiers, OutputCommand, Panel, Pos2, Rect,
    ScrollArea, Stroke, ViewportCommand,
};

use crate::content::search::SearchIndex;
use crate::content::{LinkTarget, Pack, Problem, load_for_app};
use crate::kiosk::{Clock, KioskConfig, Phase, Session, Tick};
use crate::settings::{Settings, SettingsStore, ThemeChoice};
use crate::state::{Command, DisplayCommand, KioskCommand, Overlay, Route, VisitState};
use crate::ui::theme::{self, Palette};
use crate::ui::{self, View, chrome, kiosk as kiosk_ui};

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
}

impl Options {
    /// Kiosk mode with the settings from `config_file` (the defaults when
    /// there is none). A file with problems gives safe defaults, with no
    /// staff PIN, and a notice for staff on the screen; the problems are
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
        let failed = load.problems.iter().any(Problem::is_error);
        let options = Self {
            kiosk: Some(load.config),
            kiosk_config_failed: failed,
            kiosk_config_unreadable: !load.readable,
            ..Self::default()
        };
        (options, load.problems)
    }
}

/// Shown to staff (and so to anyone) on a kiosk whose config file has
/// problems. No file names: the public can read it too.
pub const KIOSK_CONFIG_NOTICE: &str = "Staff note: this kiosk's settings file has problems, so it runs on default \
     settings with no staff PIN. Run `therapy-explorer check --kiosk-config` on the file to see them.";

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

/// Wall-clock milliseconds since 1970, for `scripts/startup.sh` to time the
/// whole start from before the program is launched.
fn epoch_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// When the process started (set by `main`), to log the time to the first frame.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The staff corner: taps here (top left) count towards the exit gesture.
pub const STAFF_CORNER: Rect = Rect::from_min_max(Pos2::ZERO, Pos2::new(80.0, 80.0));

/// On a kiosk, a press this long still counts as a tap…
pub const KIOSK_TAP_SECS: f64 = 3.0;
/// …and so does one whose finger wanders this far (points) before lifting.
pub const KIOSK_TAP_DIST: f32 = 16.0;

/// Requests to fill the monitor sent since the window last filled it.
const FIT_TRIES: u32 = 5;

#[derive(Clone, Copy, Debug)]
struct FitTries {
    tries: u32,
    /// When the last request was sent.
    last: f64,
}

impl Default for FitTries {
    fn default() -> Self {
        Self {
            tries: 0,
            last: f64::NEG_INFINITY,
        }
    }
}

/// The whole app. Tests build it with [`TherapyApp::new`] through `egui_kittest`.
pub struct TherapyApp {
    pack: Pack,
    /// Built once from the pack; queried on every keystroke.
    index: SearchIndex,
    /// Shown to staff when their pack could not be used.
    staff_notice: Option<String>,
    visit: VisitState,
    settings: Settings,
    store: SettingsStore,
    palette: Palette,
    clock: Clock,
    kiosk: Option<Session>,
    /// The monitor size the kiosk window was last sized to.
    kiosk_fit: FitTries,
    browser: Browser,
    /// Frames drawn, for `RUST_LOG=therapy_explorer::app=trace` (idle measurements).
    frames: u64,
    /// Whether the reader is moving with the keyboard (then the focus ring shows).
    keyboard_focus: bool,
    /// Put the cursor in the search box on the next frame.
    focus_search: bool,
}

impl TherapyApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: Options) -> Self {
        let content_dir = options
            .content_dir
            .clone()
            .or_else(|| options.kiosk.as_ref().and_then(|k| k.content.clone()));
        let (pack, trouble) = load_for_app(content_dir.as_deref());
        let mut notice = trouble.map(|t| {
            if options.kiosk.is_some() {
                // The public can read it too: no folder names, just what staff need.
                format!(
                    "Staff note: this kiosk's content pack has {} problem(s), so some of it is left out. \
                     Run `therapy-explorer check` on the pack's folder to see them.",
                    t.errors
                )
            } else {
                format!(
                    "Staff note: the content pack in {} has {} problem(s), so some of it is left out. \
                     Run `therapy-explorer check {}` to see them.",
                    t.folder, t.errors, t.folder
                )
            }
        });
        if options.kiosk.is_some() && options.kiosk_config_failed {
            notice = Some(match notice {
                Some(pack_notice) => format!("{KIOSK_CONFIG_NOTICE}\n{pack_notice}"),
                None => KIOSK_CONFIG_NOTICE.to_owned(),
            });
        }
        let store = if options.kiosk.is_some() {
            SettingsStore::none()
        } else {
            options.settings
        };
        let mut app = Self::with_pack(
            &cc.egui_ctx,
            pack,
            notice,
            options.kiosk,
            options.clock,
            store,
        );
        app.browser = options.browser;
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

    /// Start on the place a link points to (`--open page:faq`).
    fn open_at(&mut self, link: &str) {
        match LinkTarget::parse(link)
            .ok()
            .as_ref()
            .and_then(Route::from_link)
        {
            Some(route) => self.visit.route = route,
            None => log::warn!("--open {link}: not a link to a place in the app"),
        }
    }

    /// Start with a given pack (tests use this for fixture packs).
    pub fn with_pack(
        ctx: &egui::Context,
        pack: Pack,
        staff_notice: Option<String>,
        kiosk: Option<KioskConfig>,
        clock: Clock,
        store: SettingsStore,
    ) -> Self {
        theme::install_fonts(ctx);
        ctx.options_mut(|o| {
            // The app handles Ctrl+plus/minus itself, within its own limits.
            o.zoom_with_keyboard = false;
            if kiosk.is_some() {
                // A finger is slower and less steady than a mouse: egui's
                // defaults (0.8 s, 6 px) turn many real taps into nothing.
                // Drag-scrolling still starts once a finger moves further.
                o.input_options.max_click_duration = KIOSK_TAP_SECS;
                o.input_options.max_click_dist = KIOSK_TAP_DIST;
            }
        });
        let settings = store.load();
        let palette = theme::palette_for(settings.theme, system_is_dark(ctx));
        theme::apply(ctx, &palette);
        ctx.set_zoom_factor(settings.text_scale);
        let now = clock.now();
        Self {
            index: SearchIndex::new(&pack),
            pack,
            staff_notice,
            visit: VisitState::default(),
            settings,
            store,
            palette,
            kiosk: kiosk.map(|config| Session::new(config, now)),
            clock,
            kiosk_fit: FitTries::default(),
            browser: Browser::default(),
            frames: 0,
            keyboard_focus: false,
            focus_search: false,
        }
    }

    pub fn visit(&self) -> &VisitState {
        &self.visit
    }

    pub fn pack(&self) -> &Pack {
        &self.pack
    }

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

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Apply the settings' colours and text size if they changed.
    fn apply_settings(&mut self, ctx: &egui::Context) {
        let palette = theme::palette_for(self.settings.theme, system_is_dark(ctx));
        if palette != self.palette {
            theme::apply(ctx, &palette);
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
            ..
        } = self;
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
        self.apply_settings(ctx);
        ctx.request_repaint();
    }

    /// Apply one command from the UI.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let kiosk = self.is_kiosk();
        let visit = &mut self.visit;
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
            Command::Follow(target) => match Route::from_link(&target) {
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
            Command::Decide(command) => {
                let count = self.pack.decision.as_ref().map_or(0, |d| d.questions.len());
                decide(&mut visit.decision, count, command);
            }
            Command::OpenSearch => {
                visit.overlay = None;
                visit.go(Route::Search);
                self.focus_search = !kiosk;
            }
            Command::SetSearch(text) => {
                // A touch storm or a pasted book must not grow without bound.
                visit.search = text.chars().take(200).collect();
            }
            Command::OpenResult { target, highlight } => {
                if let Some(route) = Route::from_link(&target) {
                    visit.overlay = None;
                    visit.go(route);
                    visit.highlight = highlight;
                    visit.scroll_to_highlight = true;
                }
            }
        }
        ctx.request_repaint();
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

    fn keyboard_commands(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = ctx.text_edit_focused();
        let kiosk = self.is_kiosk();
        let on_search = self.visit.route == Route::Search;
        let overlay = self.visit.overlay.is_some();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::ALT, Key::ArrowLeft)
                || (!typing && i.consume_key(Modifiers::NONE, Key::Backspace))
            {
                // With a window open on top, "back" closes just that window:
                // the page beneath stays where the reader left it.
                commands.push(if overlay {
                    Command::CloseOverlay
                } else {
                    Command::Back
                });
            }
            if i.consume_key(Modifiers::ALT, Key::Home) {
                commands.push(Command::Home);
            }
            if i.consume_key(Modifiers::COMMAND, Key::Plus)
                || i.consume_key(Modifiers::COMMAND, Key::Equals)
                || i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Equals)
            {
                commands.push(Command::Display(DisplayCommand::Larger));
            }
            if i.consume_key(Modifiers::COMMAND, Key::Minus) {
                commands.push(Command::Display(DisplayCommand::Smaller));
            }
            if i.consume_key(Modifiers::COMMAND, Key::Num0) {
                commands.push(Command::Display(DisplayCommand::ResetSize));
            }
            // The shortcuts list is for keyboard readers at home; on a kiosk
            // it would advertise keys that do nothing there (Ctrl+F).
            if !kiosk && i.consume_key(Modifiers::NONE, Key::F1) {
                commands.push(Command::Show(Overlay::Shortcuts));
            }
            if !kiosk && i.consume_key(Modifiers::COMMAND, Key::F) {
                commands.push(Command::OpenSearch);
            }
            // Esc leaves search (overlays close themselves on Esc).
            if on_search && !overlay && i.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::Back);
            }
        });
        commands
    }

    /// Whether the visit or the display differs from a fresh start (what
    /// egui keeps, like scroll positions, the kiosk session tracks itself).
    fn changed_since_start(visit: &VisitState, settings: &Settings) -> bool {
        *visit != VisitState::default() || *settings != Settings::default()
    }

    /// Kiosk bookkeeping that must run even when nothing is drawn (eframe
    /// calls only [`eframe::App::logic`] while the window is minimized or
    /// covered): refuse closing, come back to the front, run the idle timer,
    /// fill the screen.
    fn kiosk_logic(&mut self, ctx: &egui::Context) {
        let now = self.clock.now();
        let Some(session) = &mut self.kiosk else {
            return;
        };
        let (close_requested, minimized) = ctx.input(|i| {
            let viewport = i.viewport();
            (viewport.close_requested(), viewport.minimized == Some(true))
        });
        if close_requested && !session.exit_allowed {
            log::info!("kiosk: refused a request to close the window");
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
        if minimized {
            // Something (a window manager key, a stray gesture) hid the kiosk:
            // bring it back, and keep trying until it is.
            log::info!("kiosk: the window was minimized; restoring it");
            ctx.send_viewport_cmd(ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(ViewportCommand::Focus);
            ctx.request_repaint_after_secs(1.0);
        }
        let (tick, next) = session.tick(now, || {
            Self::changed_since_start(&self.visit, &self.settings)
        });
        if let Some(secs) = next {
            ctx.request_repaint_after_secs(secs as f32);
        }
        if tick == Tick::EndVisit {
            self.end_visit(ctx);
        }
        self.fill_the_monitor(ctx, now);
    }

    /// Without a window manager a fullscreen request is ignored: size and
    /// place the window to the monitor ourselves, and look again a second
    /// later, since a request sent before the window is mapped can be lost
    /// too. A few tries each time the window stops filling the monitor,
    /// then it stops asking (never a busy loop). Assumes the kiosk's
    /// monitor is the primary one, at the origin of the screen.
    fn fill_the_monitor(&mut self, ctx: &egui::Context, now: f64) {
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        let Some(monitor) = monitor else {
            return;
        };
        let fits = inner.is_some_and(|r| {
            (r.size() - monitor).length() <= 1.0 && (r.min - Pos2::ZERO).length() <= 1.0
        });
        let fit = &mut self.kiosk_fit;
        if fits {
            *fit = FitTries::default();
        } else if fit.tries < FIT_TRIES && now - fit.last >= 1.0 {
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(Pos2::ZERO));
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(monitor));
            fit.tries += 1;
            fit.last = now;
            ctx.request_repaint_after_secs(1.0);
        }
    }

    /// Kiosk input of a drawn frame: touches keep the visit going, and taps
    /// in the staff corner count towards the exit gesture. (Only in `ui`:
    /// while the window is hidden, egui's input is that of the last frame.)
    fn kiosk_input(&mut self, ctx: &egui::Context) {
        let now = self.clock.now();
        let Some(session) = &mut self.kiosk else {
            return;
        };
        let (activity, scrolled, corner_taps) = ctx.input(|i| {
            let activity = i.events.iter().any(is_user_input);
            let scrolled = i.pointer.is_decidedly_dragging()
                || i.events.iter().any(|e| {
                    matches!(
                        e,
                        Event::MouseWheel { .. } | Event::Key { .. } | Event::Text(_) | Event::Zoom(_)
                    )
                });
            let taps = i
                .events
                .iter()
                .filter(|e| {
                    matches!(e, Event::PointerButton { pos, pressed: true, .. } if STAFF_CORNER.contains(*pos))
                })
                .count();
            (activity, scrolled, taps)
        });
        for _ in 0..corner_taps {
            session.corner_tap(now);
        }
        if session.phase == Phase::Attract && ctx.input(|i| i.events.iter().any(is_press)) {
            // The visit starts as the finger lands, not only after a clean
            // tap. (The press belongs to the attract screen, so whatever is
            // under the finger now does not open when it lifts.)
            session.start_visit_on_press(now);
        } else if activity && session.phase != Phase::Attract {
            session.activity(now);
            if scrolled {
                session.scrolled();
            }
            // The countdown may have been cancelled: look again when the
            // quiet time is next due.
            let (_, next) = session.tick(now, || {
                Self::changed_since_start(&self.visit, &self.settings)
            });
            if let Some(secs) = next {
                ctx.request_repaint_after_secs(secs as f32);
            }
        }
        if !ctx.input(|i| i.pointer.any_down()) {
            session.touch_lifted();
        }
    }

    fn screen_ui(ui: &mut egui::Ui, view: &mut View<'_>, visit: &VisitState) {
        match &visit.route {
            Route::Home => ui::home::ui(ui, view),
            Route::Compare { .. } => ui::compare::ui(ui, view),
            Route::Benefits => ui::benefits::ui(ui, view, visit.benefit_filter),
            Route::Card(id) => ui::benefits::card_ui(ui, view, id),
            Route::Approaches => ui::approaches::list_ui(ui, view),
            Route::Approach(id) => ui::approaches::page_ui(ui, view, id),
            Route::Pages => ui::pages::list_ui(ui, view),
            Route::Page(id) => ui::pages::page_ui(ui, view, id),
            Route::Sources { .. } => ui::sources::ui(ui, view),
            Route::Search => ui::search::ui(ui, view),
            Route::Decide => ui::decide::ui(ui, view, &visit.decision),
        }
    }
}

/// One step of "Which fits me?". Answers are kept when moving back and forth.
fn decide(
    state: &mut crate::state::DecisionState,
    count: usize,
    command: crate::state::DecideCommand,
) {
    use crate::state::DecideCommand;
    state.answers.resize(count, None);
    match command {
        DecideCommand::Start => state.step = 1,
        DecideCommand::Answer { question, answer } => {
            if let Some(slot) = state.answers.get_mut(question) {
                *slot = Some(answer);
                state.step = question + 2;
            }
        }
        // "Skip" on an unanswered question, "Next" on an answered one: either
        // way the answer (if any) is kept, so going back and on loses nothing.
        DecideCommand::Skip => state.step = (state.step + 1).min(count + 1),
        DecideCommand::Back => state.step = state.step.saturating_sub(1),
        DecideCommand::Restart => {
            state.answers = vec![None; count];
            state.step = 1;
        }
    }
}

/// A thick ring around whatever has keyboard focus, above everything else.
fn focus_ring_ui(ctx: &egui::Context, palette: &Palette) {
    let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    // The part of the widget that is on screen (nothing if it is scrolled away).
    let rect = response.interact_rect;
    if rect.is_positive() {
        let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("focus-ring"));
        ctx.layer_painter(layer).rect_stroke(
            rect.expand(2.0),
            egui::CornerRadius::same(12),
            Stroke::new(3.0, palette.focus),
            egui::StrokeKind::Outside,
        );
    }
}

fn system_is_dark(ctx: &egui::Context) -> bool {
    ctx.system_theme() == Some(egui::Theme::Dark)
}

/// A finger or button going down.
fn is_press(event: &Event) -> bool {
    matches!(
        event,
        Event::PointerButton { pressed: true, .. }
            | Event::Touch {
                phase: egui::TouchPhase::Start,
                ..
            }
    )
}

/// Input that means a person is at the screen.
fn is_user_input(event: &Event) -> bool {
    matches!(
        event,
        Event::PointerMoved(_)
            | Event::PointerButton { .. }
            | Event::Touch { .. }
            | Event::MouseWheel { .. }
            | Event::Key { .. }
            | Event::Text(_)
            | Event::Zoom(_)
            | Event::Rotate(_)
            | Event::AccessKitActionRequest(_)
    )
}

impl eframe::App for TherapyApp {
    /// Runs before every [`Self::ui`], and also alone while the window is
    /// minimized or covered: what must happen even then lives here.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.kiosk_logic(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        log::trace!("frame {}", self.frames);
        if let Some(started) = STARTED.get()
            && log::log_enabled!(log::Level::Info)
        {
            // The second frame starts once the first is painted and on screen:
            // that is the start-up time `scripts/startup.sh` reports.
            match self.frames {
                1 => ctx.request_repaint(),
                2 => log::info!(
                    "first frame shown after {:.1} ms in main, at {} ms since the epoch",
                    started.elapsed().as_secs_f64() * 1000.0,
                    epoch_ms()
                ),
                _ => {}
            }
        }
        if self.settings.theme == ThemeChoice::System {
            // The system may switch between light and dark at any time.
            self.apply_settings(&ctx);
        }
        self.kiosk_input(&ctx);
        self.keyboard_focus = ctx.input(|i| {
            i.events
                .iter()
                .fold(self.keyboard_focus, |on, event| match event {
                    Event::Key { pressed: true, .. } => true,
                    Event::PointerButton { pressed: true, .. } | Event::Touch { .. } => false,
                    _ => on,
                })
        });
        let mut commands = self.keyboard_commands(&ctx);
        let palette = &self.palette;
        let kiosk = self.kiosk.as_ref();
        let mut view = View {
            pack: &self.pack,
            palette,
            kiosk: kiosk.is_some(),
            settings: &self.settings,
            index: &self.index,
            search: &self.visit.search,
            focus_search: std::mem::take(&mut self.focus_search),
            highlight: &self.visit.highlight,
            scroll_to_highlight: self.visit.scroll_to_highlight,
            scroll_to: self.visit.scroll_to.as_deref(),
            commands: Vec::new(),
        };
        // The attract screen covers everything: skip drawing what it hides.
        let attract = kiosk.is_some_and(|k| k.phase == Phase::Attract);
        if !attract {
            let bar = Frame::new()
                .fill(palette.surface_alt)
                .stroke(Stroke::new(1.0, palette.border))
                .inner_margin(Margin::symmetric(20, 10));
            Panel::top("top-bar").frame(bar).show(ui, |ui| {
                chrome::top_bar_ui(
                    ui,
                    &mut view,
                    self.visit.can_go_back(),
                    self.visit.route == Route::Home,
                );
            });
            Panel::bottom("bottom-bar").frame(bar).show(ui, |ui| {
                chrome::bottom_bar_ui(ui, &mut view, self.staff_notice.as_deref());
            });
            CentralPanel::default()
                .frame(
                    Frame::new()
                        .fill(palette.bg)
                        .inner_margin(Margin::symmetric(16, 12)),
                )
                .show(ui, |ui| {
                    let mut scroll = ScrollArea::vertical()
                        .id_salt(("screen", self.visit.route.key()))
                        .auto_shrink([false, false]);
                    if view.kiosk {
                        // Touch screens: drag anywhere to scroll, from the first touch.
                        scroll = scroll.scroll_source(ui::KIOSK_SCROLL);
                    }
                    scroll.show(ui, |ui| {
                        ui::reading_column(ui, |ui| {
                            ui.add_space(8.0);
                            Self::screen_ui(ui, &mut view, &self.visit);
                            ui.add_space(24.0);
                        });
                    });
                });
            if let Some(overlay) = &self.visit.overlay {
                chrome::overlay_ui(&ctx, &mut view, overlay);
            }
        }
        if let Some(session) = kiosk {
            let now = self.clock.now();
            kiosk_ui::overlays_ui(&ctx, &mut view, session, now, self.staff_notice.as_deref());
        }
        if self.keyboard_focus {
            focus_ring_ui(&ctx, palette);
        }
        commands.extend(view.commands);
        // A scroll target is used once, on the frame after navigating.
        self.visit.scroll_to = None;
        self.visit.scroll_to_highlight = false;
        for command in commands {
            self.run(&ctx, command);
        }
        if self.is_kiosk() {
            // No link may open a browser or another program on a kiosk.
            ctx.output_mut(|o| {
                o.commands
                    .retain(|c| !matches!(c, OutputCommand::OpenUrl(_)));
            });
        }
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

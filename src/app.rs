//! The app: the pack, the visit, and the frame loop.

use std::path::PathBuf;

use egui::{CentralPanel, Frame, Key, Margin, Modifiers, Panel, ScrollArea, Stroke};

use crate::content::{LinkTarget, Pack, load_or_builtin};
use crate::state::{Command, Overlay, Route, VisitState};
use crate::ui::theme::{self, Palette, ThemeChoice};
use crate::ui::{self, View, chrome};

/// How the app was started.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A clinic's own pack, instead of the built-in one.
    pub content_dir: Option<PathBuf>,
    /// A link to open at start, like `page:faq`.
    pub open: Option<String>,
}

/// The whole app. Tests build it with [`TherapyApp::new`] through `egui_kittest`.
pub struct TherapyApp {
    pack: Pack,
    /// Shown to staff when their pack could not be used.
    staff_notice: Option<String>,
    visit: VisitState,
    palette: Palette,
}

impl TherapyApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: Options) -> Self {
        let (pack, notice) = load_or_builtin(options.content_dir.as_deref());
        let mut app = Self::with_pack(&cc.egui_ctx, pack, notice);
        if let Some(link) = &options.open {
            match LinkTarget::parse(link)
                .ok()
                .as_ref()
                .and_then(Route::from_link)
            {
                Some(route) => app.visit.route = route,
                None => log::warn!("--open {link}: not a link to a place in the app"),
            }
        }
        app
    }

    /// Start with a given pack (tests use this for fixture packs).
    pub fn with_pack(ctx: &egui::Context, pack: Pack, staff_notice: Option<String>) -> Self {
        theme::install_fonts(ctx);
        ctx.options_mut(|o| {
            // The app handles Ctrl+plus/minus itself, within its own limits.
            o.zoom_with_keyboard = false;
        });
        let palette = ThemeChoice::default().palette(false);
        theme::apply(ctx, &palette);
        Self {
            pack,
            staff_notice,
            visit: VisitState::default(),
            palette,
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

    /// Apply one command from the UI.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
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
            Command::OpenExternal(url) => open_in_browser(&url),
        }
        ctx.request_repaint();
    }

    fn keyboard_commands(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = ctx.text_edit_focused();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::ALT, Key::ArrowLeft)
                || (!typing && i.consume_key(Modifiers::NONE, Key::Backspace))
            {
                commands.push(Command::Back);
            }
            if i.consume_key(Modifiers::ALT, Key::Home) {
                commands.push(Command::Home);
            }
        });
        commands
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
        }
    }
}

impl eframe::App for TherapyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = self.keyboard_commands(&ctx);
        let palette = &self.palette;
        let mut view = View {
            pack: &self.pack,
            palette,
            kiosk: false,
            scroll_to: self.visit.scroll_to.as_deref(),
            commands: Vec::new(),
        };
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
                ScrollArea::vertical()
                    .id_salt(("screen", self.visit.route.key()))
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
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
        commands.extend(view.commands);
        // A scroll target is used once, on the frame after navigating.
        self.visit.scroll_to = None;
        for command in commands {
            self.run(&ctx, command);
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

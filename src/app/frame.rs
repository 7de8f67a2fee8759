//! Each frame: the kiosk's logic, the bars, the page and the windows over it,
//! then the commands the screens pushed, run in order.

use egui::scroll_area::ScrollBarVisibility;
use egui::{CentralPanel, Frame, Margin, OutputCommand, Panel, ScrollArea, Stroke};

use crate::kiosk::Phase;
use crate::settings::ThemeChoice;
use crate::state::{Command, Route};
use crate::ui::theme::{self, space};
use crate::ui::{self, View, chrome, focus, kiosk as kiosk_ui, overlays, screens, shortcuts};

use super::TherapyApp;

impl eframe::App for TherapyApp {
    /// Runs before every [`Self::ui`], and also alone while the window is
    /// minimized or covered: what must happen even then lives here (the
    /// kiosk refuses closing, comes back to the front, runs the idle timer
    /// and fills the screen).
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let now = self.clock.now();
        let Some(session) = &mut self.kiosk else {
            return;
        };
        let (visit, settings) = (&self.visit, &self.settings);
        let ended = kiosk_ui::window_logic(ctx, session, now, || {
            Self::changed_since_start(visit, settings)
        });
        if ended {
            self.end_visit(ctx);
        }
        kiosk_ui::fill_the_monitor(ctx, &mut self.kiosk_fit, now);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        log::trace!("frame {}", self.frames);
        // A kiosk runs for days: a group whose date has passed goes by itself.
        self.drop_past_services();
        self.follow_the_folder();
        self.log_start_up(&ctx);
        if self.settings.theme == ThemeChoice::System {
            // The system may switch between light and dark at any time.
            self.apply_settings(&ctx);
        }
        let mut start_in = None;
        if let Some(session) = &mut self.kiosk {
            if session.phase == Phase::Attract {
                // A finger on "Toque para empezar" starts the visit in Spanish.
                start_in = kiosk_ui::language_pressed(&ctx);
            }
            let (visit, settings) = (&self.visit, &self.settings);
            kiosk_ui::frame_input(&ctx, session, self.clock.now(), || {
                Self::changed_since_start(visit, settings)
            });
        }
        self.keyboard_focus = focus::keyboard_in_use(&ctx, self.keyboard_focus);
        // The reading path's keys, and the focus into and out of windows.
        ui::reading::begin_frame(
            &ctx,
            &self.palette,
            ui::reading::Keys {
                typing: ctx.text_edit_focused(),
            },
        );
        let mut commands = shortcuts::commands(
            &ctx,
            shortcuts::KeyContext {
                kiosk: self.is_kiosk(),
                typing: ctx.text_edit_focused(),
                on_search: self.visit.route == Route::Search,
                overlay: self.visit.overlay.is_some(),
            },
        );
        // Read aloud: the control on reading screens, the block being read marked.
        let speech_progress = self.read_aloud.progress();
        let read_aloud_shown = self.read_aloud.is_ready()
            && !matches!(self.visit.route, Route::Search | Route::Handout);
        let speaking = speech_progress
            .block
            .and_then(|i| self.read_aloud_blocks.get(i).copied());
        ui::reading::set_speaking(&ctx, speaking);
        let palette = &self.palette;
        let kiosk = self.kiosk.as_ref();
        // The attract screen covers everything: skip drawing what it hides.
        let attract = kiosk.is_some_and(|k| k.phase == Phase::Attract);
        // Where crisis contacts may come from, but the pack's own.
        let crisis_base = ui::crisis::CrisisSources {
            pack: &[],
            built_in_pack: self.built_in_pack,
            kiosk: kiosk.map_or(&[], |k| &k.config.crisis_contacts),
            kiosk_config_unreadable: self.kiosk_config_unreadable,
        };
        // Between visits, crisis help is shown in every language.
        let other_crisis: Vec<ui::crisis::CrisisLines> = if attract {
            self.editions
                .waiting()
                .iter()
                .map(|e| {
                    let help = ui::crisis::crisis_help(ui::crisis::CrisisSources {
                        pack: &e.pack.info.crisis_contacts,
                        ..crisis_base
                    });
                    ui::crisis::CrisisLines::new(e.tag(), &e.catalogue, help)
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut view = View {
            pack: &self.pack,
            palette,
            catalogue: &self.catalogue,
            kiosk: kiosk.is_some(),
            settings: &self.settings,
            index: &self.index,
            search: &self.visit.search,
            focus_search: std::mem::take(&mut self.focus_search),
            highlight: &self.visit.highlight,
            scroll_to_highlight: self.visit.scroll_to_highlight,
            scroll_to: self.visit.scroll_to.as_deref(),
            crisis: ui::crisis::crisis_help(ui::crisis::CrisisSources {
                pack: &self.pack.info.crisis_contacts,
                ..crisis_base
            }),
            other_crisis: &other_crisis,
            languages: self.editions.choices(),
            commands: Vec::new(),
        };
        // Screen readers read the app in the pack's language's voice, and
        // name the window after the pack (between kiosk visits: the start screen).
        let language = self.pack.info.language.trim();
        let window_name = if attract {
            self.catalogue.tr_args(
                "kiosk-attract-spoken",
                &[("title", (&self.pack.info.title).into())],
            )
        } else {
            self.pack.info.title.clone()
        };
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            if !language.is_empty() {
                node.set_language(language.to_owned());
            }
            node.set_label(window_name);
        });
        if !attract {
            let overlay_open = self.visit.overlay.is_some()
                || kiosk.is_some_and(|k| k.pin_pad.is_some() || k.phase == Phase::StillReading);
            // The first stop of Tab, before the bars (not on a kiosk, which
            // has no keyboard; not under a window, which keeps the focus).
            let skip = !view.kiosk && !overlay_open && chrome::skip_link_ui(&ctx, &view);
            let bar = Frame::new()
                .fill(palette.surface_alt)
                .stroke(Stroke::new(1.0, palette.border))
                .inner_margin(chrome::BAR_MARGIN);
            let shown = Panel::top("top-bar").frame(bar).show(ui, |ui| {
                let top = chrome::top_bar_ui(
                    ui,
                    &mut view,
                    self.visit.can_go_back(),
                    self.visit.route == Route::Home,
                );
                (top, ui::layout::panel_id(ui))
            });
            let (top, panel) = shown.inner;
            ui::layout::place_panel(&ctx, panel, shown.response.rect);
            let shown = Panel::bottom("bottom-bar").frame(bar).show(ui, |ui| {
                chrome::bottom_bar_ui(ui, &mut view, self.staff_notice.as_deref(), top);
                ui::layout::panel_id(ui)
            });
            ui::layout::place_panel(&ctx, shown.inner, shown.response.rect);
            let page_starts = ctx.viewport(|v| {
                v.this_pass
                    .widgets
                    .get_layer(egui::LayerId::background())
                    .count()
            });
            let key = screens::key(&self.visit.route);
            let depth = self.visit.history.len();
            let to_top = std::mem::take(&mut self.scroll_to_top);
            if let Some(preview) = self.preview.as_ref().filter(|p| !p.problems.is_empty()) {
                let shown = Panel::bottom("problems-panel").frame(bar).show(ui, |ui| {
                    ui::preview::problems_ui(ui, &view, &preview.problems);
                    ui::layout::panel_id(ui)
                });
                ui::layout::place_panel(&ctx, shown.inner, shown.response.rect);
            }
            let page = CentralPanel::default()
                .frame(
                    // The page's own first and last spaces are its margins
                    // above and below: the bars leave it all the room.
                    Frame::new()
                        .fill(palette.bg)
                        .inner_margin(Margin::symmetric(16, 0)),
                )
                .show(ui, |ui| {
                    // One place, one scroll position: the same place reached
                    // again by going forward opens at its top, and Back
                    // finds each place where it was left.
                    let fits_id = egui::Id::unique(("screen-fits", &key, depth));
                    let fits: bool = ui.data(|d| d.get_temp(fits_id)).unwrap_or(false);
                    let mut scroll = ScrollArea::vertical()
                        .id_salt(("screen", &key, depth))
                        .auto_shrink([false, false])
                        // Its room is always kept, so nothing moves sideways
                        // when it appears (or between screens): when the page
                        // fits, it is there but not seen.
                        .scroll_bar_visibility(ScrollBarVisibility::AlwaysVisible);
                    if to_top {
                        scroll = scroll.vertical_scroll_offset(0.0);
                    }
                    if view.kiosk {
                        // Touch screens: drag anywhere to scroll, from the first touch.
                        scroll = scroll.scroll_source(ui::KIOSK_SCROLL);
                    }
                    let page_style = ui.style().clone();
                    if fits {
                        theme::hide_scroll_bar(ui.style_mut());
                    }
                    let output = scroll.show(ui, |ui| {
                        ui.set_style(page_style);
                        ui::reading_column(ui, |ui| {
                            ui.add_space(space::L);
                            if read_aloud_shown {
                                ui::read_aloud::control_ui(ui, &mut view, speech_progress);
                            }
                            ui::reading::region(ui, |ui| {
                                screens::screen_ui(ui, &mut view, &self.visit);
                            });
                            ui.add_space(space::XXL);
                        });
                    });
                    let fits_now = output.content_size.y <= output.inner_rect.height() + 0.5;
                    if fits_now != fits {
                        ui.data_mut(|d| d.insert_temp(fits_id, fits_now));
                        ctx.request_discard("the page's scroll bar");
                    }
                    ui::layout::panel_id(ui)
                });
            ui::layout::place_panel(&ctx, page.inner, page.response.rect);
            self.first_in_page = ctx.viewport(|v| {
                v.this_pass
                    .widgets
                    .get_layer(egui::LayerId::background())
                    .skip(page_starts)
                    .find(|w| w.enabled && w.sense.is_focusable())
                    .map(|w| w.id)
            });
            if skip && let Some(first) = self.first_in_page {
                ctx.memory_mut(|m| m.request_focus(first));
            }
            if let Some(overlay) = &self.visit.overlay {
                overlays::overlay_ui(&ctx, &mut view, overlay, &self.visit);
            }
        }
        if let Some(session) = kiosk {
            let now = self.clock.now();
            let (asleep, change) = self.quiet_hours();
            kiosk_ui::overlays_ui(
                &ctx,
                &mut view,
                session,
                now,
                asleep,
                self.staff_notice.as_deref(),
            );
            if attract && let Some(secs) = change {
                // Look again when quiet hours begin or end, and not before.
                ctx.request_repaint_after_secs(secs as f32);
            }
        }
        // (Text that holds the reading focus shows its own, calmer marker.)
        if self.keyboard_focus && !ui::reading::text_block_focused(&ctx) {
            focus::focus_ring_ui(&ctx, palette);
        }
        commands.extend(start_in.map(Command::SetLanguage));
        commands.extend(view.commands);
        // A scroll target is used once, on the frame after navigating.
        self.visit.scroll_to = None;
        self.visit.scroll_to_highlight = false;
        let route_before = self.visit.route.clone();
        for command in commands {
            self.run(&ctx, command);
        }
        // Another screen: what was being read of the last one stops at once.
        if self.visit.route != route_before {
            self.read_aloud.stop();
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

//! The windows over a screen: crisis contacts ("Need help now?"), "About
//! this information", a note before a website opens, "Text and colours",
//! and the keyboard shortcuts.

use egui::{Align, CornerRadius, Frame, Layout, Margin, RichText, Stroke, Ui, Vec2};

use crate::state::VisitState;

use super::chrome::size_button;
use super::theme::{self, radius, size, space};
use super::{View, body, button, heading, muted, review_dates, shortcuts};
use crate::settings::ThemeChoice;
use crate::state::{Command, DisplayCommand, Overlay};

/// Room between a window and the edges of the screen, and inside its frame.
fn window_room(screen: egui::Rect) -> (f32, i8) {
    if screen.height() < 560.0 || screen.width() < 560.0 {
        (space::L, 12)
    } else {
        (space::XXL, 28)
    }
}

/// How a window looks: its fill and border, and its widest.
pub struct WindowLook {
    pub fill: egui::Color32,
    pub border: egui::Color32,
    pub backdrop: egui::Color32,
    pub max_width: f32,
    /// What a screen reader calls it: its title.
    pub name: String,
}

/// A window over the screen, anchored by its top (it grows downwards,
/// and what is under the finger stays there): its `header` (the heading)
/// and `footer` (its actions, and the crisis contacts) always in view, and
/// its `body` between them, scrolling only when the screen is too short
/// for all of it. Sized to the screen, so nothing is cut off. `state` is
/// lent to each part in turn.
#[allow(clippy::too_many_arguments)]
pub fn window_ui<S>(
    ctx: &egui::Context,
    id: egui::Id,
    look: &WindowLook,
    kiosk: bool,
    state: &mut S,
    header: impl FnOnce(&mut Ui, &mut S),
    body: impl FnOnce(&mut Ui, &mut S),
    footer: impl FnOnce(&mut Ui, &mut S),
) -> egui::ModalResponse<()> {
    let screen = ctx.content_rect();
    let (edge, margin) = window_room(screen);
    let outer_width = (screen.width() - 2.0 * edge).min(look.max_width).max(1.0);
    let inner_width = (outer_width - 2.0 * f32::from(margin) - 2.0).max(1.0);
    let frame = Frame::new()
        .fill(look.fill)
        .stroke(Stroke::new(1.0, look.border))
        .corner_radius(CornerRadius::same(radius::CARD))
        .inner_margin(Margin::same(margin));
    // Pressing A+ moves the window so A+ stays under the finger.
    let (offset, held) = super::anchor::window_offset(ctx, id);
    let area = egui::Modal::default_area(id)
        .anchor(
            egui::Align2::CENTER_TOP,
            egui::vec2(offset.x, edge + offset.y),
        )
        .constrain(!held)
        // Named by its title, so a screen reader says which window opened.
        .accessible_name(look.name.clone());
    // The header's and footer's heights, as last laid out.
    let parts_id = id.with("parts");
    let (header_h, footer_h): (f32, f32) = ctx.data(|d| d.get_temp(parts_id)).unwrap_or((0.0, 0.0));
    egui::Modal::new(id)
        .area(area)
        .frame(frame)
        .backdrop_color(look.backdrop)
        .show(ctx, |ui| {
            ui.set_width(inner_width);
            let gap = ui.spacing().item_spacing.y;
            let top = ui.cursor().top();
            super::reading::region(ui, |ui| header(ui, state));
            let header_now = ui.cursor().top() - top;
            let body_room = (screen.height()
                - 2.0 * edge
                - 2.0 * f32::from(margin)
                - header_h
                - footer_h
                - gap)
                // Never taller than the screen: on the shortest screens the
                // heading, the actions (and the crisis contacts) come first.
                .max(0.0);
            let mut scroll = egui::ScrollArea::vertical()
                .max_height(body_room)
                .auto_shrink([false, true])
                .id_salt("window-body");
            if kiosk {
                // Touch screens: drag anywhere to scroll, as on the screens below.
                scroll = scroll.scroll_source(super::KIOSK_SCROLL);
            }
            // Its text is on the reading path.
            scroll.show(ui, |ui| super::reading::region(ui, |ui| body(ui, state)));
            let top = ui.cursor().top();
            super::reading::region(ui, |ui| footer(ui, state));
            let footer_now = ui.cursor().top() - top;
            if (header_now - header_h).abs() > 0.5 || (footer_now - footer_h).abs() > 0.5 {
                ui.data_mut(|d| d.insert_temp(parts_id, (header_now, footer_now)));
                // Lay it out again before it is shown, with the body sized.
                ui.ctx().request_discard("a window's parts changed height");
            }
        })
}

/// Draw the open overlay, if any, as a window over the screen.
pub fn overlay_ui(
    ctx: &egui::Context,
    view: &mut View<'_>,
    overlay: &Overlay,
    visit: &crate::state::VisitState,
) {
    let palette = view.palette;
    let look = WindowLook {
        fill: palette.surface,
        border: palette.border,
        backdrop: theme::BACKDROP,
        max_width: 700.0,
        name: window_title(view, overlay),
    };
    let id = egui::Id::unique(("overlay", std::mem::discriminant(overlay)));
    let kiosk = view.kiosk;
    // The crisis contacts stay in view with the heading and Close, unless
    // the screen is too short even for them: then they scroll too.
    let contacts_fixed = matches!(overlay, Overlay::Help) && contacts_fit(ctx, id);
    let modal = window_ui(
        ctx,
        id,
        &look,
        kiosk,
        view,
        |ui, view| {
            let title = window_title(view, overlay);
            heading(ui, view.palette, 1, &title);
        },
        |ui, view| match overlay {
            Overlay::Help => {
                if let Some(height) = help_ui(ui, view, !contacts_fixed) {
                    ui.data_mut(|d| d.insert_temp(id.with("contacts"), height));
                }
            }
            Overlay::About => about_ui(ui, view),
            Overlay::ExternalLink(url) => external_ui(ui, view, url),
            Overlay::Display => display_ui(ui, view),
            Overlay::Shortcuts => shortcuts::list_ui(ui, view),
            Overlay::Menu => menu_ui(ui, view, visit),
        },
        |ui, view| {
            if contacts_fixed {
                let height = super::crisis::contacts_ui(ui, view);
                ui.data_mut(|d| d.insert_temp(id.with("contacts"), height));
            }
            ui.add_space(space::XS);
            // One row as tall as Close (a right-to-left layout of its own
            // would take all the height left and centre Close in it).
            let row = Vec2::new(ui.available_width(), size::TARGET);
            ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
                // Named for what it closes: "Close" alone says little when heard.
                let window = view.tr(title_key(overlay));
                let spoken = view.tr_args("chrome-close-spoken", &[("window", window.into())]);
                if button(ui, &view.tr("chrome-close"), &spoken).clicked() {
                    view.push(Command::CloseOverlay);
                }
            });
        },
    );
    if modal.should_close() {
        view.push(Command::CloseOverlay);
    }
}

/// Whether the crisis contacts (as last measured) leave room for the
/// window's heading, Close and a little of the words before them.
fn contacts_fit(ctx: &egui::Context, id: egui::Id) -> bool {
    let screen = ctx.content_rect();
    let (edge, margin) = window_room(screen);
    let contacts: f32 = ctx.data(|d| d.get_temp(id.with("contacts"))).unwrap_or(0.0);
    // The heading (as last laid out) and Close's row, with the gaps
    // between the window's parts.
    let (header, _): (f32, f32) = ctx
        .data(|d| d.get_temp(id.with("parts")))
        .unwrap_or((0.0, 0.0));
    let heading = header.max(size::H1 * 1.3);
    let close = space::XS + size::TARGET;
    let gaps = 3.0 * ctx.global_style().spacing.item_spacing.y;
    contacts + heading + close + gaps + 2.0 * (edge + f32::from(margin)) <= screen.height()
}

/// What a window is called: its heading.
fn window_title(view: &View<'_>, overlay: &Overlay) -> String {
    match overlay {
        Overlay::Help => match help_easy_read(view) {
            Some(easy) => easy.title.clone(),
            None => view.tr("chrome-help-title"),
        },
        Overlay::ExternalLink(_) if view.kiosk => view.tr("chrome-website-kiosk-title"),
        Overlay::ExternalLink(_) => view.tr("chrome-website-title"),
        _ => view.tr(title_key(overlay)),
    }
}

/// Catalogue key of what an overlay is called, for its Close button's spoken name.
fn title_key(overlay: &Overlay) -> &'static str {
    match overlay {
        Overlay::Help => "chrome-help-title",
        Overlay::About => "about-title",
        Overlay::ExternalLink(_) => "chrome-website-note",
        Overlay::Display => "settings-title",
        Overlay::Shortcuts => "shortcuts-title",
        Overlay::Menu => "chrome-menu-title",
    }
}

/// Easy Read's words for "Need help now?", but only beside the pack's own
/// contacts: its numbers are the pack's, and the crisis rule may have
/// chosen the kiosk's or none (then no Easy Read numbers either).
fn help_easy_read<'a>(view: &View<'a>) -> Option<&'a crate::content::EasyScreen> {
    let pack_own = matches!(view.crisis, super::crisis::CrisisHelp::Contacts(contacts)
        if contacts == view.pack.info.crisis_contacts.as_slice());
    super::easy_read::screen(view, crate::content::EasyScreenKind::Help).filter(|_| pack_own)
}

/// Returns the contacts' height, when they were drawn here.
fn help_ui(ui: &mut Ui, view: &mut View<'_>, with_contacts: bool) -> Option<f32> {
    let contacts = match help_easy_read(view) {
        Some(easy) => {
            super::easy_read::lines_ui(ui, &easy.lines);
            with_contacts.then(|| {
                ui.add_space(space::S);
                super::crisis::contacts_ui(ui, view)
            })
        }
        None => {
            // Whose contacts, by the one rule (never another region's).
            super::crisis::help_ui(ui, view, with_contacts)
        }
    };
    super::easy_read::credit_ui(ui, view);
    contacts
}

fn about_ui(ui: &mut Ui, view: &mut View<'_>) {
    let info = &view.pack.info;
    body(ui, &info.disclaimer_detail);
    ui.add_space(space::S);
    body(
        ui,
        &view.tr_args("about-written-by", &[("name", (&info.written_by).into())]),
    );
    body(
        ui,
        &view.tr_args("about-funded-by", &[("name", (&info.funded_by).into())]),
    );
    review_dates(ui, view);
}

fn external_ui(ui: &mut Ui, view: &mut View<'_>, url: &str) {
    let palette = view.palette;
    if view.kiosk {
        body(ui, &view.tr("chrome-website-kiosk-body"));
        muted(ui, palette, url);
    } else {
        body(ui, &view.tr("chrome-website-body"));
        ui.add(egui::Label::new(RichText::new(url).size(size::BODY).color(palette.link)).wrap());
        ui.add_space(space::S);
        let open = view.tr("chrome-website-open");
        if button(ui, &open, &open).clicked() {
            view.push(Command::OpenExternal(url.to_owned()));
            view.push(Command::CloseOverlay);
        }
    }
}

/// Catalogue key of a colour choice's name.
fn theme_key(choice: ThemeChoice) -> &'static str {
    match choice {
        ThemeChoice::Light => "settings-theme-light",
        ThemeChoice::Dark => "settings-theme-dark",
        ThemeChoice::HighContrast => "settings-theme-high-contrast",
        ThemeChoice::System => "settings-theme-system",
    }
}

/// "Text and colours": text size, colours, and (at home) the shortcuts.
fn display_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    heading(ui, palette, 2, &view.tr("settings-text-size"));
    ui.horizontal_wrapped(|ui| {
        let percent = view.settings.percent();
        size_button(ui, view, false);
        let now = view.tr_args("settings-percent", &[("percent", percent.into())]);
        ui.label(RichText::new(now).size(size::H3));
        size_button(ui, view, true);
        if percent != 100
            && button(
                ui,
                &view.tr("settings-reset"),
                &view.tr("settings-reset-spoken"),
            )
            .clicked()
        {
            view.push(Command::Display(DisplayCommand::ResetSize));
        }
    });
    heading(ui, palette, 2, &view.tr("settings-colours"));
    ui.horizontal_wrapped(|ui| {
        // A kiosk has no system of its own to follow.
        let kiosk = view.kiosk;
        let choices = ThemeChoice::ALL
            .into_iter()
            .filter(move |c| !(kiosk && *c == ThemeChoice::System));
        for choice in choices {
            let selected = view.settings.theme == choice;
            let label = view.tr(theme_key(choice));
            let spoken = view.tr_args("settings-theme-spoken", &[("theme", (&label).into())]);
            if super::toggle(ui, palette, selected, &label, &spoken).clicked() {
                view.push(Command::Display(DisplayCommand::Theme(choice)));
            }
        }
    });
    if view.pack.easy_read.is_some() {
        heading(ui, palette, 2, &view.tr("easy-read-toggle"));
        super::easy_read::toggle_ui(ui, view);
    }
    // (A kiosk has its switch in the top bar, on every screen.)
    if view.languages.len() > 1 && !view.kiosk {
        heading(ui, palette, 2, &view.tr("language-title"));
        super::language::switch_ui(ui, view);
    }
    if view.kiosk {
        muted(ui, palette, &view.tr("settings-kiosk-note"));
    } else {
        muted(ui, palette, &view.tr("settings-home-note"));
        ui.add_space(space::S);
        if button(
            ui,
            &view.tr("settings-shortcuts"),
            &view.tr("settings-shortcuts-spoken"),
        )
        .clicked()
        {
            view.push(Command::Show(Overlay::Shortcuts));
        }
    }
}

/// The menu of a folded top bar: everything the bar has no room for, each
/// a large button, and "Text & colours…" and "About this information…".
fn menu_ui(ui: &mut Ui, view: &mut View<'_>, visit: &VisitState) {
    let palette = view.palette;
    let full = |ui: &mut Ui, view: &View<'_>, text: &str, spoken: &str, enabled: bool| {
        ui.add_enabled_ui(enabled, |ui| {
            let response = ui.add(
                egui::Button::new(RichText::new(text).size(size::BUTTON))
                    .wrap()
                    .min_size(egui::vec2(ui.available_width(), size::TARGET)),
            );
            super::label_for_screen_readers(&response, egui::accesskit::Role::Button, spoken);
            let _ = view;
            response.clicked()
        })
        .inner
    };
    let back = (view.tr("chrome-back"), view.tr("chrome-back-spoken"));
    if full(ui, view, &back.0, &back.1, visit.can_go_back()) {
        view.push(Command::Back);
    }
    let home = view.tr("chrome-home");
    if full(
        ui,
        view,
        &home,
        &home,
        visit.route != crate::state::Route::Home,
    ) {
        view.push(Command::Home);
    }
    let search = if view.kiosk {
        (view.tr("chrome-topics"), view.tr("chrome-topics-spoken"))
    } else {
        (view.tr("chrome-search"), view.tr("chrome-search-spoken"))
    };
    if full(ui, view, &search.0, &search.1, true) {
        view.push(Command::OpenSearch);
    }
    if view.pack.easy_read.is_some() {
        ui.horizontal_wrapped(|ui| {
            if super::easy_read::toggle_ui(ui, view).is_some_and(|r| r.clicked()) {
                view.push(Command::CloseOverlay);
            }
        });
    }
    if view.languages.len() > 1 {
        heading(ui, palette, 2, &view.tr("language-title"));
        super::language::switch_ui(ui, view);
    }
    let display = (
        view.tr("chrome-display"),
        view.tr(if view.kiosk {
            "chrome-display-kiosk-spoken"
        } else {
            "chrome-display-spoken"
        }),
    );
    if full(ui, view, &display.0, &display.1, true) {
        view.push(Command::Show(Overlay::Display));
    }
    let about = (view.tr("chrome-about"), view.tr("chrome-about-spoken"));
    if full(ui, view, &about.0, &about.1, true) {
        view.push(Command::Show(Overlay::About));
    }
    if view.kiosk {
        let over = (
            view.tr("kiosk-start-over"),
            view.tr("kiosk-start-over-spoken"),
        );
        if full(ui, view, &over.0, &over.1, true) {
            view.push(Command::StartOver);
        }
    }
}

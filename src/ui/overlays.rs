//! The windows over a screen: crisis contacts ("Need help now?"), "About
//! this information", a note before a website opens, "Text and colours",
//! and the keyboard shortcuts.

use egui::{Align, CornerRadius, Frame, Layout, Margin, RichText, Stroke, Ui};

use super::chrome::size_button;
use super::theme::{self, radius, size, space};
use super::{View, body, button, heading, muted, review_dates, shortcuts};
use crate::settings::ThemeChoice;
use crate::state::{Command, DisplayCommand, Overlay};

/// The windows' inner margin.
const MARGIN: i8 = 28;

/// Draw the open overlay, if any, as a modal dialog.
pub fn overlay_ui(ctx: &egui::Context, view: &mut View<'_>, overlay: &Overlay) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    let width = (screen.width() - 48.0).clamp(280.0, 640.0);
    let frame = Frame::new()
        .fill(palette.surface)
        .stroke(Stroke::new(1.0, palette.border))
        .corner_radius(CornerRadius::same(radius::CARD))
        .inner_margin(Margin::same(MARGIN));
    let id = egui::Id::unique(("overlay", std::mem::discriminant(overlay)));
    // Anchored by its top, not its middle: when its content grows (larger
    // text, a picture that has loaded) the window grows downwards, and what
    // is under the finger or the pointer stays there.
    // Named by its title, so a screen reader says which window opened.
    let area = egui::Modal::default_area(id)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, space::XXL))
        .accessible_name(view.tr(title_key(overlay)));
    let modal = egui::Modal::new(id)
        .area(area)
        .frame(frame)
        .backdrop_color(theme::BACKDROP)
        .show(ctx, |ui| {
            ui.set_width(width);
            // The text scrolls; the window's margins, the Close row and some
            // screen around them must still fit, or Close is pushed off screen
            // (and cannot be pressed) when the text is long, as in Easy Read.
            let around = 2.0 * f32::from(MARGIN)
                + space::M
                + size::TARGET
                + 2.0 * ui.spacing().item_spacing.y
                + 2.0 * space::XXL;
            let max_height = (screen.height() - around).max(200.0);
            let mut scroll = egui::ScrollArea::vertical()
                .max_height(max_height)
                .id_salt("overlay-scroll");
            if view.kiosk {
                // Touch screens: drag anywhere to scroll, as on the screens below.
                scroll = scroll.scroll_source(super::KIOSK_SCROLL);
            }
            scroll.show(ui, |ui| {
                super::reading::region(ui, |ui| match overlay {
                    Overlay::Help => help_ui(ui, view),
                    Overlay::About => about_ui(ui, view),
                    Overlay::ExternalLink(url) => external_ui(ui, view, url),
                    Overlay::Display => display_ui(ui, view),
                    Overlay::Shortcuts => shortcuts::list_ui(ui, view),
                });
            });
            ui.add_space(space::M);
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                // Named for what it closes: "Close" alone says little when heard.
                let window = view.tr(title_key(overlay));
                let spoken = view.tr_args("chrome-close-spoken", &[("window", window.into())]);
                if button(ui, &view.tr("chrome-close"), &spoken).clicked() {
                    view.push(Command::CloseOverlay);
                }
            });
        });
    if modal.should_close() {
        view.push(Command::CloseOverlay);
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
    }
}

fn help_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    // Easy Read says it in short sentences, but only beside the pack's own
    // contacts: its numbers are the pack's, and the crisis rule may have
    // chosen the kiosk's or none (then no Easy Read numbers either).
    let pack_own = matches!(view.crisis, super::crisis::CrisisHelp::Contacts(contacts)
        if contacts == view.pack.info.crisis_contacts.as_slice());
    let easy =
        super::easy_read::screen(view, crate::content::EasyScreenKind::Help).filter(|_| pack_own);
    match easy {
        Some(easy) => {
            super::easy_read::screen_ui(ui, view, easy, 1);
            ui.add_space(space::S);
            super::crisis::contacts_ui(ui, view);
        }
        None => {
            heading(ui, palette, 1, &view.tr("chrome-help-title"));
            // Whose contacts, by the one rule (never another region's).
            super::crisis::help_ui(ui, view);
        }
    }
    super::easy_read::credit_ui(ui, view);
}

fn about_ui(ui: &mut Ui, view: &mut View<'_>) {
    let palette = view.palette;
    let info = &view.pack.info;
    heading(ui, palette, 1, &view.tr("about-title"));
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
        heading(ui, palette, 1, &view.tr("chrome-website-kiosk-title"));
        body(ui, &view.tr("chrome-website-kiosk-body"));
        muted(ui, palette, url);
    } else {
        heading(ui, palette, 1, &view.tr("chrome-website-title"));
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
    heading(ui, palette, 1, &view.tr("settings-title"));
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
        for choice in ThemeChoice::ALL {
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

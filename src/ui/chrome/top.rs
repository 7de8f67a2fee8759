//! The top bar: its forms, fullest first, and the Menu for what does not fit.

use egui::accesskit::Role;
use egui::{Align, CornerRadius, FontId, Layout, RichText, Ui, Vec2};

use crate::state::{Command, Overlay};
use crate::ui::layout::{BAR_ITEM_GAP, button_width, remember_width, row_fits, row_width};
use crate::ui::theme::{self, radius, size};
use crate::ui::{View, label_for_screen_readers};

use super::*;

/// Something in the top bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Top {
    /// The pack's title.
    Title,
    /// The kiosk's staff corner, with the app's mark in it (nothing to press).
    Corner,
    Back,
    Home,
    /// Search at home, topics on a kiosk.
    Search,
    EasyRead,
    /// The kiosk's other languages, one button each.
    Languages,
    StartOver,
    /// What a narrow bar has no room for.
    Menu,
    Help,
}

/// The top bar's forms at home, fullest first.
const HOME_TOP: [Form<Top>; 6] = [
    (
        &[Top::Back, Top::Home, Top::Search, Top::Title],
        &[Top::EasyRead, Top::Help],
    ),
    (
        &[Top::Back, Top::Home, Top::Search],
        &[Top::EasyRead, Top::Help],
    ),
    (
        &[Top::Back, Top::Home, Top::Search, Top::Menu],
        &[Top::Help],
    ),
    (&[Top::Back, Top::Home, Top::Menu], &[Top::Help]),
    (&[Top::Back, Top::Menu], &[Top::Help]),
    (&[Top::Menu], &[Top::Help]),
];

/// The top bar's forms on a kiosk, fullest first. The top-left corner is
/// where staff tap their exit gesture: it holds the title or the app's
/// mark, never anything to press.
const KIOSK_TOP: [Form<Top>; 6] = [
    (
        &[Top::Title, Top::Back, Top::Home, Top::Search],
        &[Top::EasyRead, Top::Languages, Top::StartOver, Top::Help],
    ),
    (
        &[Top::Corner, Top::Back, Top::Home, Top::Search],
        &[Top::EasyRead, Top::Languages, Top::StartOver, Top::Help],
    ),
    (
        &[Top::Corner, Top::Back, Top::Home, Top::Search, Top::Menu],
        &[Top::Help],
    ),
    (
        &[Top::Corner, Top::Back, Top::Home, Top::Menu],
        &[Top::Help],
    ),
    (&[Top::Corner, Top::Back, Top::Menu], &[Top::Help]),
    (&[Top::Corner, Top::Menu], &[Top::Help]),
];

/// How the top bar is drawn this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopBar {
    /// Which of the forms (0 is the fullest).
    pub form: usize,
    /// Whether it has the "Menu" button.
    pub has_menu: bool,
}

/// The bar at the top of every screen. Returns how it was drawn (the
/// bottom bar folds further when the top one has a menu).
pub fn top_bar_ui(ui: &mut Ui, view: &mut View<'_>, can_go_back: bool, at_home: bool) -> TopBar {
    ui.spacing_mut().item_spacing.x = BAR_ITEM_GAP;
    let forms: &[Form<Top>] = if view.kiosk { &KIOSK_TOP } else { &HOME_TOP };
    let available = ui.available_width();
    let widths = |items: &[Top]| -> Vec<f32> {
        items
            .iter()
            .map(|item| top_width(ui, view, *item))
            .filter(|w| *w > 0.0)
            .collect()
    };
    let chosen = forms
        .iter()
        .position(|(left, right)| row_fits(available, &widths(left), &widths(right)));
    let form = chosen.unwrap_or(forms.len() - 1);
    let (left, right) = forms[form];
    // In the narrowest form, on the narrowest screens, "Need help now?"
    // takes the room there is and wraps its words: it never goes.
    let help_room = chosen.is_none().then(|| {
        let others: Vec<Top> = right.iter().filter(|i| **i != Top::Help).copied().collect();
        let others = widths(&others);
        let gap = if others.is_empty() { 0.0 } else { BAR_ITEM_GAP };
        available - row_width(&widths(left), &others) - gap
    });
    ui.horizontal(|ui| {
        ui.set_min_height(size::TARGET);
        for item in left {
            top_item_ui(ui, view, *item, can_go_back, at_home, None);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for item in right.iter().rev() {
                top_item_ui(ui, view, *item, can_go_back, at_home, help_room);
            }
        });
    });
    TopBar {
        form,
        has_menu: left.contains(&Top::Menu),
    }
}

/// How wide an item of the top bar is (0 when it is not shown at all).
fn top_width(ui: &Ui, view: &View<'_>, item: Top) -> f32 {
    let font = FontId::proportional(size::BUTTON);
    match item {
        Top::Title => {
            let title = ui
                .painter()
                .layout_no_wrap(
                    view.pack.info.title.clone(),
                    theme::heading_font(3),
                    view.palette.heading,
                )
                .size()
                .x;
            if view.kiosk {
                title.max(corner_width(ui))
            } else {
                title
            }
        }
        Top::Corner => corner_width(ui),
        Top::Back => button_width(ui, &view.tr("chrome-back"), &font),
        Top::Home => button_width(ui, &view.tr("chrome-home"), &font),
        Top::Search => button_width(ui, &view.tr(search_key(view).0), &font),
        Top::EasyRead => {
            if view.pack.easy_read.is_none() {
                0.0
            } else {
                crate::ui::easy_read::toggle_width(ui, view)
            }
        }
        Top::Languages => {
            let others: Vec<f32> = view
                .languages
                .iter()
                .filter(|c| !c.current)
                .map(|c| button_width(ui, &c.name, &font))
                .collect();
            others.iter().sum::<f32>() + BAR_ITEM_GAP * others.len().saturating_sub(1) as f32
        }
        Top::StartOver => button_width(ui, &view.tr("kiosk-start-over"), &font),
        Top::Menu => button_width(ui, &view.tr("chrome-menu"), &font),
        Top::Help => button_width(ui, &view.tr("chrome-help"), &theme::bold_font(size::BUTTON))
            .max(size::TARGET * 2.0),
    }
}

/// The width of the kiosk's staff corner, in points now.
fn corner_width(ui: &Ui) -> f32 {
    let corner = crate::ui::kiosk::staff_corner(ui.ctx());
    // The bar's own margin is part of the corner.
    (corner.right() - f32::from(BAR_MARGIN.left)).max(0.0)
}

/// Search's words (at home) or topics' (on a kiosk): shown and spoken.
fn search_key(view: &View<'_>) -> (&'static str, &'static str) {
    if view.kiosk {
        ("chrome-topics", "chrome-topics-spoken")
    } else {
        ("chrome-search", "chrome-search-spoken")
    }
}

fn top_item_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    item: Top,
    can_go_back: bool,
    at_home: bool,
    help_room: Option<f32>,
) {
    match item {
        Top::Title => {
            let response = title_ui(ui, view);
            if view.kiosk && response.rect.width() < corner_width(ui) {
                ui.add_space(corner_width(ui) - response.rect.width());
            }
        }
        Top::Corner => mark_ui(ui, view),
        Top::Back => {
            let (back, spoken) = (view.tr("chrome-back"), view.tr("chrome-back-spoken"));
            let response = ui
                .add_enabled_ui(can_go_back, |ui| bar_button(ui, &back, &spoken))
                .inner;
            if response.clicked() {
                view.push(Command::Back);
            }
        }
        Top::Home => {
            let home = view.tr("chrome-home");
            let response = ui
                .add_enabled_ui(!at_home, |ui| bar_button(ui, &home, &home))
                .inner;
            if response.clicked() {
                view.push(Command::Home);
            }
        }
        Top::Search => {
            let (text, spoken) = search_key(view);
            if bar_button(ui, &view.tr(text), &view.tr(spoken)).clicked() {
                view.push(Command::OpenSearch);
            }
        }
        Top::EasyRead => {
            if let Some(response) = crate::ui::easy_read::toggle_ui(ui, view) {
                crate::ui::easy_read::remember_toggle_width(ui, view, response.rect.width());
            }
        }
        Top::Languages => {
            // Drawn right to left: the last language first, so they read in order.
            for choice in view.languages.iter().rev().filter(|c| !c.current) {
                let response = bar_button(ui, &choice.name, &choice.name);
                crate::ui::language::set_language(ui, response.id, &choice.tag);
                if response.clicked() {
                    view.push(Command::SetLanguage(choice.tag.clone()));
                }
            }
        }
        Top::StartOver => {
            let (text, spoken) = (
                view.tr("kiosk-start-over"),
                view.tr("kiosk-start-over-spoken"),
            );
            if bar_button(ui, &text, &spoken).clicked() {
                view.push(Command::StartOver);
            }
        }
        Top::Menu => {
            let (text, spoken) = (view.tr("chrome-menu"), view.tr("chrome-menu-spoken"));
            if bar_button(ui, &text, &spoken).clicked() {
                view.push(Command::Show(Overlay::Menu));
            }
        }
        Top::Help => help_button_ui(ui, view, help_room),
    }
}

/// "Need help now?": in its own colour, on every screen. With `room`, its
/// words wrap to fit it.
fn help_button_ui(ui: &mut Ui, view: &mut View<'_>, room: Option<f32>) {
    let palette = view.palette;
    let (help, spoken) = (view.tr("chrome-help"), view.tr("chrome-help-spoken"));
    let font = theme::bold_font(size::BUTTON);
    let response = match room {
        None => crate::ui::primary_button(ui, palette.help, palette.on_help, &help, &spoken),
        Some(room) => {
            let button = egui::Button::new(
                RichText::new(&help)
                    .font(font.clone())
                    .color(palette.on_help),
            )
            .fill(palette.help)
            .stroke(egui::Stroke::NONE)
            .corner_radius(CornerRadius::same(radius::CARD))
            .wrap()
            .min_size(Vec2::new(size::TARGET * 2.0, size::TARGET));
            let response = ui
                .allocate_ui_with_layout(
                    Vec2::new(room.max(size::TARGET * 2.0), size::TARGET),
                    Layout::right_to_left(Align::Center),
                    |ui| ui.add(button),
                )
                .inner;
            label_for_screen_readers(&response, Role::Button, &spoken);
            response
        }
    };
    if room.is_none() {
        remember_width(ui, &help, &font, response.rect.width());
    }
    if response.clicked() {
        view.push(Command::Show(Overlay::Help));
    }
}

fn title_ui(ui: &mut Ui, view: &View<'_>) -> egui::Response {
    ui.label(
        RichText::new(&view.pack.info.title)
            .font(theme::heading_font(3))
            .color(view.palette.heading),
    )
}

/// The app's mark in the kiosk's staff corner: the two formats' colours,
/// overlapping. Nothing to press, and nothing for a screen reader to read.
fn mark_ui(ui: &mut Ui, view: &View<'_>) {
    let width = corner_width(ui);
    let (_, rect) = ui.allocate_space(Vec2::new(width, size::TARGET));
    let r = (rect.height().min(rect.width()) * 0.3).max(4.0);
    let centre = rect.center();
    let painter = ui.painter();
    let palette = view.palette;
    painter.circle_filled(
        centre - Vec2::new(r * 0.55, 0.0),
        r,
        theme::with_alpha(palette.individual, 200),
    );
    painter.circle_filled(
        centre + Vec2::new(r * 0.55, 0.0),
        r,
        theme::with_alpha(palette.group, 170),
    );
}

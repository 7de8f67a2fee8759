//! What is on every screen: the top bar (Back, Home, Search, Easy Read,
//! "Need help now?"), the bottom bar (the disclaimer, text size, colours,
//! keys), any note for staff, and the "Skip to content" stop before them.
//! The windows these open are in `overlays`.
//!
//! Each bar is always one row. Its forms are listed fullest first, and the
//! first that fits the window is drawn: what no longer fits goes into the
//! top bar's "Menu" (itself a large button), and "Need help now?" stays.
//! Widths are known before drawing (see `layout::button_width`), so the
//! first frame is already the settled one.

use egui::accesskit::Role;
use egui::{Align, CornerRadius, FontId, Frame, Layout, Margin, RichText, Ui, Vec2};

use super::layout::{BAR_ITEM_GAP, button_width, remember_width, row_fits, row_width};
use super::theme::{self, radius, size};
use super::{View, label_for_screen_readers};
use crate::i18n::Catalogue;
use crate::state::{Command, DisplayCommand, Overlay, StaffNote};

/// The bars' inner margins: room for a row of 48-point buttons and little
/// more, so the page keeps its room at large text on small screens.
pub const BAR_MARGIN: Margin = Margin::symmetric(12, 6);

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

/// A form of a bar: its left group and its right group, each in reading order.
type Form<T> = (&'static [T], &'static [T]);

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
                super::easy_read::toggle_width(ui, view)
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
    let corner = super::kiosk::staff_corner(ui.ctx());
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

/// A button in a bar, whose drawn width is remembered for folding.
fn bar_button(ui: &mut Ui, text: &str, spoken: &str) -> egui::Response {
    let response = super::button(ui, text, spoken);
    remember_width(
        ui,
        text,
        &FontId::proportional(size::BUTTON),
        response.rect.width(),
    );
    response
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
            if let Some(response) = super::easy_read::toggle_ui(ui, view) {
                super::easy_read::remember_toggle_width(ui, view, response.rect.width());
            }
        }
        Top::Languages => {
            // Drawn right to left: the last language first, so they read in order.
            for choice in view.languages.iter().rev().filter(|c| !c.current) {
                let response = bar_button(ui, &choice.name, &choice.name);
                super::language::set_language(ui, response.id, &choice.tag);
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
        None => super::primary_button(ui, palette.help, palette.on_help, &help, &spoken),
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

/// Something in the bottom bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bottom {
    /// The pack's disclaimer, as text…
    Disclaimer,
    /// …with "About this information…" beside it.
    About,
    /// The disclaimer as a link to "About this information" (it wraps).
    DisclaimerLink,
    Keys,
    Colours,
    /// "Text & colours…": text size, colours, Easy Read, language, keys.
    Display,
    Smaller,
    Larger,
}

/// The bottom bar's forms, fullest first. A− and A+ are always at the
/// right end, A+ last: as the text grows, A+ stays under the pointer that
/// pressed it.
const HOME_BOTTOM: [Form<Bottom>; 3] = [
    (
        &[Bottom::Disclaimer, Bottom::About],
        &[
            Bottom::Keys,
            Bottom::Colours,
            Bottom::Smaller,
            Bottom::Larger,
        ],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Display, Bottom::Smaller, Bottom::Larger],
    ),
    // Only when the top bar has a menu, which has "Text & colours…".
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Smaller, Bottom::Larger],
    ),
];

const KIOSK_BOTTOM: [Form<Bottom>; 3] = [
    (
        &[Bottom::Disclaimer, Bottom::About],
        &[Bottom::Colours, Bottom::Smaller, Bottom::Larger],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Display, Bottom::Smaller, Bottom::Larger],
    ),
    (
        &[Bottom::DisclaimerLink],
        &[Bottom::Smaller, Bottom::Larger],
    ),
];

/// The bar at the bottom: the disclaimer, text size and colours, and any
/// notice for staff. `top` is how the top bar was drawn.
pub fn bottom_bar_ui(ui: &mut Ui, view: &mut View<'_>, staff_notice: Option<&str>, top: TopBar) {
    let palette = view.palette;
    if let Some(notice) = staff_notice {
        Frame::new()
            .fill(palette.notice_bg)
            .corner_radius(CornerRadius::same(radius::SMALL))
            .inner_margin(Margin::symmetric(12, 6))
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(notice)
                            .size(size::SMALL)
                            .color(palette.notice_text),
                    )
                    .wrap(),
                );
            });
    }
    ui.spacing_mut().item_spacing.x = BAR_ITEM_GAP;
    let forms: &[Form<Bottom>] = if view.kiosk {
        &KIOSK_BOTTOM
    } else {
        &HOME_BOTTOM
    };
    let forms = if top.has_menu { forms } else { &forms[..2] };
    let available = ui.available_width();
    let widths = |items: &[Bottom]| -> Vec<f32> {
        items
            .iter()
            .map(|item| bottom_width(ui, view, *item))
            .collect()
    };
    let form = forms
        .iter()
        .position(|(left, right)| row_fits(available, &widths(left), &widths(right)))
        .unwrap_or(forms.len() - 1);
    let (left, right) = forms[form];
    // The disclaimer wraps into what the right group leaves.
    let left_room = available - row_width(&[], &widths(right));
    ui.horizontal(|ui| {
        ui.set_min_height(size::TARGET);
        for item in left {
            bottom_item_ui(ui, view, *item, left_room);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for item in right.iter().rev() {
                bottom_item_ui(ui, view, *item, left_room);
            }
        });
    });
}

/// How wide an item of the bottom bar needs to be. The disclaimer as a
/// link may wrap onto two lines.
fn bottom_width(ui: &Ui, view: &View<'_>, item: Bottom) -> f32 {
    let font = FontId::proportional(size::BUTTON);
    let text_width = |text: &str, font: FontId| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font, view.palette.text)
            .size()
            .x
    };
    match item {
        Bottom::Disclaimer => text_width(
            &view.pack.info.disclaimer,
            FontId::proportional(size::SMALL),
        ),
        Bottom::About => button_width(ui, &view.tr("chrome-about"), &font),
        Bottom::DisclaimerLink => {
            let one_line = text_width(&disclaimer_link(view), FontId::proportional(size::SMALL));
            // Two lines, with room for words that do not break evenly.
            (one_line / 2.0 + size::SMALL * 3.0).min(one_line) + 2.0 * ui.spacing().button_padding.x
        }
        Bottom::Keys => button_width(ui, &view.tr("chrome-keys"), &font),
        Bottom::Colours => button_width(ui, &view.tr("chrome-colours"), &font),
        Bottom::Display => button_width(ui, &view.tr("chrome-display"), &font),
        Bottom::Smaller => button_width(ui, &view.tr("settings-smaller"), &font),
        Bottom::Larger => button_width(ui, &view.tr("settings-larger"), &font),
    }
}

fn disclaimer_link(view: &View<'_>) -> String {
    let disclaimer = [("disclaimer", (&view.pack.info.disclaimer).into())];
    view.tr_args("chrome-disclaimer", &disclaimer)
}

fn bottom_item_ui(ui: &mut Ui, view: &mut View<'_>, item: Bottom, left_room: f32) {
    let palette = view.palette;
    match item {
        Bottom::Disclaimer => {
            ui.label(
                RichText::new(&view.pack.info.disclaimer)
                    .size(size::SMALL)
                    .color(palette.text),
            );
        }
        Bottom::About => {
            let (about, spoken) = (view.tr("chrome-about"), view.tr("chrome-about-spoken"));
            if bar_button(ui, &about, &spoken).clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Bottom::DisclaimerLink => {
            let disclaimer = [("disclaimer", (&view.pack.info.disclaimer).into())];
            let button = egui::Button::new(
                RichText::new(disclaimer_link(view))
                    .size(size::SMALL)
                    .color(palette.text),
            )
            .frame(false)
            .wrap()
            .min_size(Vec2::splat(size::TARGET));
            let response = ui
                .allocate_ui_with_layout(
                    Vec2::new(left_room.max(size::TARGET), size::TARGET),
                    Layout::left_to_right(Align::Center),
                    |ui| ui.add(button),
                )
                .inner;
            label_for_screen_readers(
                &response,
                Role::Button,
                &view.tr_args("chrome-disclaimer-spoken", &disclaimer),
            );
            if response.clicked() {
                view.push(Command::Show(Overlay::About));
            }
        }
        Bottom::Keys => {
            let (keys, spoken) = (view.tr("chrome-keys"), view.tr("chrome-keys-spoken"));
            if bar_button(ui, &keys, &spoken).clicked() {
                view.push(Command::Show(Overlay::Shortcuts));
            }
        }
        Bottom::Colours => {
            let (colours, spoken) = (view.tr("chrome-colours"), view.tr("chrome-colours-spoken"));
            if bar_button(ui, &colours, &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
        }
        Bottom::Display => {
            let spoken = if view.kiosk {
                view.tr("chrome-display-kiosk-spoken")
            } else {
                view.tr("chrome-display-spoken")
            };
            if bar_button(ui, &view.tr("chrome-display"), &spoken).clicked() {
                view.push(Command::Show(Overlay::Display));
            }
        }
        Bottom::Smaller => size_button(ui, view, false),
        Bottom::Larger => size_button(ui, view, true),
    }
}

/// A+ or A−, disabled at the end of the range, named with the size now.
pub fn size_button(ui: &mut Ui, view: &mut View<'_>, larger: bool) {
    let percent = view.settings.percent();
    let ((text, spoken), enabled, command) = if larger {
        (
            ("settings-larger", "settings-larger-spoken"),
            percent < 200,
            DisplayCommand::Larger,
        )
    } else {
        (
            ("settings-smaller", "settings-smaller-spoken"),
            percent > 100,
            DisplayCommand::Smaller,
        )
    };
    let text = view.tr(text);
    let spoken = view.tr_args(spoken, &[("percent", percent.into())]);
    let response = ui
        .add_enabled_ui(enabled, |ui| bar_button(ui, &text, &spoken))
        .inner;
    if response.clicked() {
        super::anchor::hold(ui, &response);
        view.push(Command::Display(command));
    }
}

/// "Skip to content": the first stop of Tab, before the bars, seen only
/// while it has the focus (it is nothing a pointer can press). Enter or
/// Space on it returns true: the caller moves the focus to the first thing
/// on the page.
pub fn skip_link_ui(ctx: &egui::Context, view: &View<'_>) -> bool {
    let shown_id = egui::Id::unique("skip-to-content-shown");
    let shown: bool = ctx.data(|d| d.get_temp(shown_id)).unwrap_or(false);
    let text = view.tr("chrome-skip");
    let font = FontId::proportional(size::BUTTON);
    let palette = view.palette;
    let corner = egui::pos2(f32::from(BAR_MARGIN.left), f32::from(BAR_MARGIN.top));
    egui::Area::new(egui::Id::unique("skip-to-content"))
        .order(egui::Order::Foreground)
        .fixed_pos(corner)
        .constrain(false)
        .show(ctx, |ui| {
            let size = if shown {
                Vec2::new(button_width(ui, &text, &font), size::TARGET)
            } else {
                Vec2::splat(1.0)
            };
            let (rect, response) =
                ui.allocate_exact_size(size, egui::Sense::focusable_noninteractive());
            label_for_screen_readers(&response, Role::Link, &text);
            let focused = response.has_focus();
            if focused && shown {
                let painter = ui.painter();
                painter.rect_filled(rect, CornerRadius::same(radius::MEDIUM), palette.surface);
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    &text,
                    font.clone(),
                    palette.text,
                );
            }
            if focused != shown {
                ui.data_mut(|d| d.insert_temp(shown_id, focused));
                ui.ctx().request_discard("Skip to content shown or hidden");
            }
            focused
                && ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space))
        })
        .inner
}

/// What staff are told, one note a line, in the reader's language. The
/// public can read a kiosk's too: its notes name no folder.
pub fn staff_notice(catalogue: &Catalogue, notes: &[StaffNote]) -> Option<String> {
    let lines: Vec<String> = notes
        .iter()
        .map(|note| match note {
            StaffNote::KioskConfig => catalogue.tr("staff-note-kiosk-config"),
            StaffNote::PackProblems { folder, count } => catalogue.tr_args(
                "staff-note-pack-problems",
                &[("folder", folder.into()), ("count", (*count).into())],
            ),
            StaffNote::KioskPackProblems { count } => catalogue.tr_args(
                "staff-note-kiosk-pack-problems",
                &[("count", (*count).into())],
            ),
            StaffNote::KioskPackRefusedPrevious { version } => catalogue.tr_args(
                "staff-note-kiosk-pack-refused-previous",
                &[("version", version.into())],
            ),
            StaffNote::KioskPackRefused => catalogue.tr("staff-note-kiosk-pack-refused"),
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

//! Design tokens: the one place for colours, type sizes, spacing and
//! corner radii. Literal colours are kept out of the rest of the interface
//! by `clippy.toml` (`disallowed-methods`); this file is where they live.
#![allow(
    clippy::disallowed_methods,
    reason = "the palettes: the one place where colours are written out"
)]

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, Style, TextStyle, Vec2};

pub use crate::settings::ThemeChoice;

use crate::content::Pack;
use crate::content::clinic::{Clinic, Shade, Shortfall, parse_colour};

/// Whether the system prefers dark colours (for [`ThemeChoice::System`]).
pub fn system_is_dark(ctx: &egui::Context) -> bool {
    ctx.system_theme() == Some(egui::Theme::Dark)
}

/// The palette for a choice, given whether the system prefers dark.
pub fn palette_for(choice: ThemeChoice, system_dark: bool) -> Palette {
    match choice {
        ThemeChoice::Light => Palette::light(),
        ThemeChoice::Dark => Palette::dark(),
        ThemeChoice::HighContrast => Palette::high_contrast(),
        ThemeChoice::System if system_dark => Palette::dark(),
        ThemeChoice::System => Palette::light(),
    }
}

/// The palette for a choice in a pack: [`palette_for`], in the clinic's
/// own accent colour where the pack names one that keeps the theme's
/// contrast (high contrast always keeps its own).
pub fn palette_for_pack(choice: ThemeChoice, system_dark: bool, pack: &Pack) -> Palette {
    let palette = palette_for(choice, system_dark);
    match &pack.info.clinic {
        Some(clinic) => palette.with_clinic(clinic),
        None => palette,
    }
}

/// The contrast the light and dark themes promise for text.
pub const CONTRAST_TEXT: f64 = 4.5;
/// The contrast the high-contrast theme promises for text.
pub const CONTRAST_HIGH: f64 = 7.0;

/// How a clinic's accent colour fares in the theme it is for: every pair
/// below the contrast the theme promises ([`CONTRAST_TEXT`]): the text on
/// its buttons, and the colour itself against each background it is drawn
/// on. The checker reports these (`therapy-explorer check`), and
/// [`Palette::with_clinic`] refuses such a colour.
pub fn accent_shortfalls(rgb: [u8; 3], shade: Shade) -> Vec<Shortfall> {
    let base = match shade {
        Shade::Light => Palette::light(),
        Shade::Dark => Palette::dark(),
    };
    let accent = Color32::from_rgb(rgb[0], rgb[1], rgb[2]);
    let on = if base.on_accent == Color32::WHITE {
        "white text on it"
    } else {
        "dark text on it"
    };
    let mut pairs = vec![(on.to_owned(), base.on_accent, accent)];
    for (name, bg) in [
        ("the page background", base.bg),
        ("cards", base.surface),
        ("the top and bottom bars", base.surface_alt),
    ] {
        pairs.push((format!("it against {name}"), accent, bg));
    }
    pairs
        .into_iter()
        .filter_map(|(pair, fg, bg)| {
            let ratio = contrast(fg, bg);
            // Shown with two decimals, never rounded up to the promise.
            (ratio < CONTRAST_TEXT).then(|| Shortfall {
                pair,
                ratio: (ratio * 100.0).floor() / 100.0,
                needed: CONTRAST_TEXT,
            })
        })
        .collect()
}

/// The light palette as CSS custom properties (`--text: #2B2A33;`…), for
/// the printable handout: the same colours, written out in one place.
pub fn css_colours() -> String {
    let p = Palette::light();
    let hex = |c: Color32| format!("#{:02X}{:02X}{:02X}", c.r(), c.g(), c.b());
    format!(
        ":root {{ --text: {}; --muted: {}; --heading: {}; --link: {}; --border: {}; --bg: {}; --help: {}; }}\n",
        hex(p.text),
        hex(p.text_muted),
        hex(p.heading),
        hex(p.link),
        hex(p.border),
        hex(p.surface),
        hex(p.help),
    )
}

/// Modules of a QR code and the quiet zone around them: black on white in
/// every theme, as phone cameras expect.
pub const QR_DARK: Color32 = Color32::BLACK;
pub const QR_LIGHT: Color32 = Color32::WHITE;

/// Colours of one theme. Every text colour is meant to be read on `bg`,
/// `surface` and `surface_alt` (tested for contrast).
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub name: &'static str,
    pub dark: bool,
    /// Window background.
    pub bg: Color32,
    /// Cards and panels.
    pub surface: Color32,
    /// Quiet bands: header, footer, table heads.
    pub surface_alt: Color32,
    pub text: Color32,
    pub text_muted: Color32,
    pub heading: Color32,
    pub border: Color32,
    pub link: Color32,
    /// Primary buttons: fill and text on it.
    pub accent: Color32,
    pub on_accent: Color32,
    /// Badges and headers for the two formats, with text on them.
    pub individual: Color32,
    pub group: Color32,
    pub on_format: Color32,
    /// The "Need help now?" button.
    pub help: Color32,
    pub on_help: Color32,
    /// Staff notices.
    pub notice_bg: Color32,
    pub notice_text: Color32,
    pub focus: Color32,
    /// Search matches: background behind matched words (text stays `text`).
    pub highlight: Color32,
    /// Pressed and hovered buttons.
    pub pressed: Color32,
    pub hovered: Color32,
    /// The opacity of disabled controls (A− at 100 %, Back on the first
    /// screen): low enough to look unavailable, high enough that their text
    /// still meets the contrast every other text meets (tested).
    pub disabled_alpha: f32,
}

impl Palette {
    pub fn light() -> Self {
        Self {
            name: "light",
            dark: false,
            bg: Color32::from_rgb(0xFB, 0xF7, 0xF2),
            surface: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            surface_alt: Color32::from_rgb(0xF3, 0xEC, 0xE3),
            text: Color32::from_rgb(0x2B, 0x2A, 0x33),
            text_muted: Color32::from_rgb(0x55, 0x51, 0x5C),
            heading: Color32::from_rgb(0x23, 0x3D, 0x4D),
            border: Color32::from_rgb(0xDD, 0xD1, 0xC2),
            link: Color32::from_rgb(0x1B, 0x5E, 0x8A),
            accent: Color32::from_rgb(0x1F, 0x6B, 0x66),
            on_accent: Color32::WHITE,
            individual: Color32::from_rgb(0x1F, 0x6B, 0x66),
            group: Color32::from_rgb(0x6A, 0x4A, 0x8C),
            on_format: Color32::WHITE,
            help: Color32::from_rgb(0xA2, 0x3E, 0x2C),
            on_help: Color32::WHITE,
            notice_bg: Color32::from_rgb(0xFF, 0xF1, 0xCC),
            notice_text: Color32::from_rgb(0x4D, 0x39, 0x00),
            focus: Color32::from_rgb(0x1B, 0x5E, 0x8A),
            highlight: Color32::from_rgb(0xFF, 0xE0, 0x8A),
            pressed: Color32::from_rgb(0xE6, 0xDA, 0xCB),
            hovered: Color32::from_rgb(0xF0, 0xE8, 0xDD),
            disabled_alpha: 0.7,
        }
    }

    pub fn dark() -> Self {
        Self {
            name: "dark",
            dark: true,
            bg: Color32::from_rgb(0x1C, 0x1B, 0x20),
            surface: Color32::from_rgb(0x26, 0x25, 0x2C),
            surface_alt: Color32::from_rgb(0x30, 0x2E, 0x36),
            text: Color32::from_rgb(0xEE, 0xEA, 0xE4),
            text_muted: Color32::from_rgb(0xC2, 0xBC, 0xB4),
            heading: Color32::from_rgb(0xB9, 0xDC, 0xE8),
            border: Color32::from_rgb(0x4A, 0x47, 0x52),
            link: Color32::from_rgb(0x8C, 0xC8, 0xF0),
            accent: Color32::from_rgb(0x7F, 0xD1, 0xC7),
            on_accent: Color32::from_rgb(0x10, 0x22, 0x20),
            individual: Color32::from_rgb(0x7F, 0xD1, 0xC7),
            group: Color32::from_rgb(0xCB, 0xB2, 0xEC),
            on_format: Color32::from_rgb(0x16, 0x14, 0x1A),
            help: Color32::from_rgb(0xF2, 0xA8, 0x96),
            on_help: Color32::from_rgb(0x2A, 0x0E, 0x08),
            notice_bg: Color32::from_rgb(0x4A, 0x3C, 0x12),
            notice_text: Color32::from_rgb(0xFF, 0xEB, 0xB5),
            focus: Color32::from_rgb(0x8C, 0xC8, 0xF0),
            highlight: Color32::from_rgb(0x5A, 0x47, 0x0D),
            pressed: Color32::from_rgb(0x45, 0x42, 0x4D),
            hovered: Color32::from_rgb(0x38, 0x36, 0x3F),
            disabled_alpha: 0.6,
        }
    }

    /// The kiosk's start screen during quiet hours: the dark palette, dimmer
    /// still, its text as easy to read as ever.
    pub fn asleep() -> Self {
        Self {
            name: "asleep",
            bg: Color32::from_rgb(0x0E, 0x0D, 0x11),
            surface_alt: Color32::from_rgb(0x1A, 0x19, 0x1F),
            // (The format colours stay the dark palette's: they are also
            // text. The start screen draws its circle fainter instead.)
            accent: Color32::from_rgb(0x3E, 0x6E, 0x69),
            on_accent: Color32::from_rgb(0xEE, 0xEA, 0xE4),
            ..Self::dark()
        }
    }

    pub fn high_contrast() -> Self {
        Self {
            name: "high contrast",
            dark: true,
            bg: Color32::BLACK,
            surface: Color32::BLACK,
            surface_alt: Color32::from_rgb(0x10, 0x10, 0x10),
            text: Color32::WHITE,
            text_muted: Color32::from_rgb(0xE6, 0xE6, 0xE6),
            heading: Color32::from_rgb(0xFF, 0xFF, 0x66),
            border: Color32::WHITE,
            link: Color32::from_rgb(0x80, 0xE0, 0xFF),
            accent: Color32::from_rgb(0xFF, 0xFF, 0x66),
            on_accent: Color32::BLACK,
            individual: Color32::from_rgb(0x80, 0xFF, 0xE0),
            group: Color32::from_rgb(0xFF, 0xC0, 0xFF),
            on_format: Color32::BLACK,
            help: Color32::from_rgb(0xFF, 0xC0, 0xA0),
            on_help: Color32::BLACK,
            notice_bg: Color32::from_rgb(0xFF, 0xFF, 0x66),
            notice_text: Color32::BLACK,
            focus: Color32::from_rgb(0xFF, 0xFF, 0x66),
            highlight: Color32::from_rgb(0x00, 0x00, 0xA0),
            pressed: Color32::from_rgb(0x33, 0x33, 0x33),
            hovered: Color32::from_rgb(0x1E, 0x1E, 0x1E),
            disabled_alpha: 0.65,
        }
    }

    /// This palette in a clinic's accent colour for its theme (light:
    /// `accent`, dark: `accent_dark`), if the clinic names one with enough
    /// contrast. High contrast keeps its own colours.
    pub fn with_clinic(mut self, clinic: &Clinic) -> Self {
        let (value, shade) = if self.name == Self::light().name {
            (&clinic.accent, Shade::Light)
        } else if self.name == Self::dark().name {
            (&clinic.accent_dark, Shade::Dark)
        } else {
            return self;
        };
        if let Some(rgb) = value.as_deref().and_then(parse_colour)
            && accent_shortfalls(rgb, shade).is_empty()
        {
            self.accent = Color32::from_rgb(rgb[0], rgb[1], rgb[2]);
        }
        self
    }

    pub fn format(&self, format: crate::content::Format) -> Color32 {
        match format {
            crate::content::Format::Individual => self.individual,
            crate::content::Format::Group => self.group,
        }
    }
}

/// Type sizes in points at 100 % text size.
pub mod size {
    pub const BODY: f32 = 19.0;
    /// Summaries, notes, citations and dates: still at least 18 px, like all reading text.
    pub const SMALL: f32 = 18.0;
    pub const BUTTON: f32 = 19.0;
    pub const H1: f32 = 34.0;
    pub const H2: f32 = 26.0;
    pub const H3: f32 = 22.0;
    /// The smallest height and width of anything that can be pressed.
    pub const TARGET: f32 = 48.0;
    /// Widest a column of reading text gets.
    pub const READING_WIDTH: f32 = 860.0;
    /// Easy Read text: at least a quarter larger than [`BODY`].
    pub const EASY_READ: f32 = 24.0;
    /// An Easy Read picture beside its sentence (square).
    pub const PICTURE: f32 = 56.0;
    /// A picture inside a button, like the Easy Read toggle (square).
    pub const PICTURE_IN_BUTTON: f32 = 28.0;
    /// The crisis contacts on the kiosk's start screen: large, to be read
    /// from across a waiting room.
    pub const CRISIS_ATTRACT: f32 = 26.0;
}

/// Space between things, in points at 100 % text size: a 2-point scale.
pub mod space {
    /// Between search results.
    pub const HAIR: f32 = 2.0;
    pub const XS: f32 = 4.0;
    pub const S: f32 = 6.0;
    pub const M: f32 = 8.0;
    pub const M_PLUS: f32 = 10.0;
    pub const L: f32 = 12.0;
    pub const L_PLUS: f32 = 14.0;
    pub const XL: f32 = 16.0;
    /// After the last thing on a screen.
    pub const XXL: f32 = 24.0;
}

/// Corner radii, in points.
pub mod radius {
    /// Rows of a Markdown table.
    pub const ROW: u8 = 6;
    /// Staff notes, code, comparison rows.
    pub const SMALL: u8 = 8;
    /// Chips, quotes, table frames and egui's own controls.
    pub const MEDIUM: u8 = 10;
    /// Badges, contact boxes, PIN keys and the focus ring.
    pub const LARGE: u8 = 12;
    /// Cards, panels, windows and answer buttons.
    pub const CARD: u8 = 14;
}

/// Fully rounded ends for something `height` points tall: pill buttons,
/// progress bars.
pub fn pill(height: f32) -> CornerRadius {
    CornerRadius::same((height / 2.0).round().clamp(0.0, 255.0) as u8)
}

/// Dims the screen behind a window.
pub const BACKDROP: Color32 = Color32::from_black_alpha(140);
/// Dims the screen behind "Still reading?" a little more.
pub const BACKDROP_COUNTDOWN: Color32 = Color32::from_black_alpha(150);
/// Dims the screen behind the staff PIN pad most.
pub const BACKDROP_PIN: Color32 = Color32::from_black_alpha(170);

/// `color` at opacity `alpha` (0 to 255).
pub fn with_alpha(color: Color32, alpha: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), alpha)
}

/// The font family used for bold text and headings.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Text in the shipped bold face at `size` points.
pub fn bold_font(size: f32) -> FontId {
    FontId::new(size, bold())
}

pub fn heading_font(level: u8) -> FontId {
    let size = match level {
        1 => size::H1,
        2 => size::H2,
        _ => size::H3,
    };
    bold_font(size)
}

/// Install the shipped fonts: Atkinson Hyperlegible, with egui's defaults as fallback.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "atkinson".into(),
        egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/AtkinsonHyperlegible_400Regular.ttf"
        ))
        .into(),
    );
    fonts.font_data.insert(
        "atkinson-bold".into(),
        egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/AtkinsonHyperlegible_700Bold.ttf"
        ))
        .into(),
    );
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut regular = vec!["atkinson".to_owned()];
    regular.extend(fallback.iter().cloned());
    let mut bold_list = vec!["atkinson-bold".to_owned()];
    bold_list.extend(fallback);
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(bold(), bold_list);
    ctx.set_fonts(fonts);
}

/// Build the egui style for a palette.
pub fn style(palette: &Palette) -> Style {
    let mut style = Style {
        text_styles: [
            (TextStyle::Heading, FontId::new(size::H1, bold())),
            (TextStyle::Body, FontId::proportional(size::BODY)),
            (TextStyle::Button, FontId::proportional(size::BUTTON)),
            (TextStyle::Small, FontId::proportional(size::SMALL)),
            (TextStyle::Monospace, FontId::monospace(size::SMALL)),
        ]
        .into(),
        ..Style::default()
    };
    let spacing = &mut style.spacing;
    spacing.item_spacing = Vec2::new(12.0, 12.0);
    spacing.button_padding = Vec2::new(18.0, 10.0);
    spacing.interact_size = Vec2::new(size::TARGET, size::TARGET);
    spacing.window_margin = Margin::same(24);
    spacing.scroll.bar_width = 12.0;
    spacing.scroll.floating = false;
    spacing.scroll.bar_inner_margin = 6.0;

    let visuals = &mut style.visuals;
    *visuals = if palette.dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.override_text_color = Some(palette.text);
    visuals.weak_text_color = Some(palette.text_muted);
    visuals.hyperlink_color = palette.link;
    visuals.panel_fill = palette.bg;
    visuals.window_fill = palette.surface;
    visuals.window_stroke = Stroke::new(1.0, palette.border);
    visuals.window_corner_radius = CornerRadius::same(radius::CARD);
    visuals.extreme_bg_color = palette.surface;
    visuals.faint_bg_color = palette.surface_alt;
    visuals.code_bg_color = palette.surface_alt;
    visuals.selection.bg_fill = palette.highlight;
    visuals.selection.stroke = Stroke::new(2.0, palette.focus);
    let corner = CornerRadius::same(radius::MEDIUM);
    for (w, fill, stroke) in [
        (
            &mut visuals.widgets.noninteractive,
            palette.surface,
            palette.border,
        ),
        (
            &mut visuals.widgets.inactive,
            palette.surface,
            palette.border,
        ),
        (&mut visuals.widgets.hovered, palette.hovered, palette.focus),
        (&mut visuals.widgets.active, palette.pressed, palette.focus),
        (&mut visuals.widgets.open, palette.pressed, palette.focus),
    ] {
        w.bg_fill = fill;
        w.weak_bg_fill = fill;
        w.bg_stroke = Stroke::new(1.5, stroke);
        w.fg_stroke = Stroke::new(1.5, palette.text);
        w.corner_radius = corner;
        w.expansion = 0.0;
    }
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, palette.border);
    // egui fades a disabled control, fill and text, to this opacity (0.5 by
    // default: under 3:1 for text in the light theme).
    visuals.disabled_alpha = palette.disabled_alpha;
    style.interaction.tooltip_delay = 0.6;
    // Selectable labels would take the press away from the cards they sit on.
    style.interaction.selectable_labels = false;
    style
}

/// A scroll bar that keeps its room but is not seen: the page fits, and
/// there is nothing to scroll (its room is kept so nothing moves sideways
/// when a longer page needs it).
pub fn hide_scroll_bar(style: &mut Style) {
    let visuals = &mut style.visuals;
    visuals.extreme_bg_color = Color32::TRANSPARENT;
    for widget in [
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
    ] {
        widget.bg_fill = Color32::TRANSPARENT;
        widget.weak_bg_fill = Color32::TRANSPARENT;
        widget.fg_stroke.color = Color32::TRANSPARENT;
    }
}

/// Apply a palette to the whole app. On a touch screen nothing is drawn
/// hovered: a finger that has lifted is over nothing (a screen that
/// reports touches as a mouse would leave the last button tapped lit).
pub fn apply(ctx: &egui::Context, palette: &Palette, touch: bool) {
    let mut style = style(palette);
    if touch {
        let visuals = &mut style.visuals;
        visuals.widgets.hovered = visuals.widgets.inactive;
    }
    ctx.set_style_of(egui::Theme::Light, style.clone());
    ctx.set_style_of(egui::Theme::Dark, style);
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance(color: Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The text and fill colours a disabled control is seen in, drawn by egui
/// over `behind` with `style`: egui multiplies the opacity of its fill and
/// its text by `disabled_alpha`, and blends in gamma space.
pub fn disabled_colours(style: &Style, behind: Color32) -> (Color32, Color32) {
    let visuals = &style.visuals;
    let alpha = visuals.disabled_alpha();
    let fill = behind.blend(visuals.widgets.inactive.weak_bg_fill.gamma_multiply(alpha));
    let text = fill.blend(visuals.text_color().gamma_multiply(alpha));
    (text, fill)
}

impl Palette {
    /// Every text colour with every background it can be drawn on: each
    /// ordinary text colour on each surface, hovered and pressed cards and
    /// search highlights included, and each "on" colour on its own fill.
    pub fn text_pairs(&self) -> Vec<(String, Color32, Color32)> {
        let mut pairs = Vec::new();
        for (name, fg) in [
            ("text", self.text),
            ("text_muted", self.text_muted),
            ("heading", self.heading),
            ("link", self.link),
            ("individual label", self.individual),
            ("group label", self.group),
        ] {
            for (bg_name, bg) in self.backgrounds() {
                pairs.push((format!("{name} on {bg_name}"), fg, bg));
            }
        }
        for (name, fg, bg) in [
            ("on_accent", self.on_accent, self.accent),
            ("on_format individual", self.on_format, self.individual),
            ("on_format group", self.on_format, self.group),
            ("on_help", self.on_help, self.help),
            ("notice", self.notice_text, self.notice_bg),
        ] {
            pairs.push((name.to_owned(), fg, bg));
        }
        // Disabled controls sit in the bars (surface_alt) and in windows
        // (surface), and are drawn faded by egui.
        let style = style(self);
        for (bg_name, behind) in [("surface_alt", self.surface_alt), ("surface", self.surface)] {
            let (fg, bg) = disabled_colours(&style, behind);
            pairs.push((format!("disabled control text on {bg_name}"), fg, bg));
        }
        pairs
    }

    /// Every background that text or the focus ring is drawn on.
    pub fn backgrounds(&self) -> [(&'static str, Color32); 6] {
        [
            ("bg", self.bg),
            ("surface", self.surface),
            ("surface_alt", self.surface_alt),
            ("hovered", self.hovered),
            ("pressed", self.pressed),
            ("search highlight", self.highlight),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clinic_accent_is_used_only_with_enough_contrast() {
        let clinic = |accent: &str, dark: &str| Clinic {
            name: "A clinic".into(),
            accent: Some(accent.into()),
            accent_dark: Some(dark.into()),
            ..Clinic::default()
        };
        let good = clinic("#1F6F8B", "#8FD3E8");
        let light = Palette::light().with_clinic(&good);
        assert_eq!(light.accent, Color32::from_rgb(0x1F, 0x6F, 0x8B));
        let dark = Palette::dark().with_clinic(&good);
        assert_eq!(dark.accent, Color32::from_rgb(0x8F, 0xD3, 0xE8));
        // High contrast keeps its own palette.
        assert_eq!(
            Palette::high_contrast().with_clinic(&good),
            Palette::high_contrast()
        );
        // Every text pair still meets the promise with the clinic's colours.
        for palette in [light, dark] {
            for (name, fg, bg) in palette.text_pairs() {
                assert!(contrast(fg, bg) >= CONTRAST_TEXT, "{name}");
            }
        }
        // Too pale for white text, too dark for dark text: refused, and said with the ratio.
        let pale = clinic("#9FD0E0", "#1F3F4B");
        assert_eq!(Palette::light().with_clinic(&pale), Palette::light());
        assert_eq!(Palette::dark().with_clinic(&pale), Palette::dark());
        let shortfalls = accent_shortfalls([0x9F, 0xD0, 0xE0], Shade::Light);
        assert_eq!(shortfalls[0].pair, "white text on it");
        assert!(shortfalls[0].ratio < 2.0, "{shortfalls:?}");
        assert!(accent_shortfalls([0x1F, 0x6F, 0x8B], Shade::Light).is_empty());
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    /// `text_pairs` covers disabled controls, with the faded colours egui
    /// really draws them in (0.5 opacity, its default, is under 3:1).
    #[test]
    fn disabled_controls_are_among_the_text_pairs() {
        let palette = Palette::light();
        let pairs = palette.text_pairs();
        let disabled: Vec<_> = pairs
            .iter()
            .filter(|(name, ..)| name.starts_with("disabled control text"))
            .collect();
        assert_eq!(disabled.len(), 2);
        let mut default_fade = style(&palette);
        default_fade.visuals.disabled_alpha = egui::Visuals::light().disabled_alpha;
        let (fg, bg) = disabled_colours(&default_fade, palette.surface_alt);
        assert!(contrast(fg, bg) < 3.0, "{:.2}", contrast(fg, bg));
    }

    #[test]
    fn every_text_pair_meets_wcag() {
        for (palette, needed) in [
            (Palette::light(), CONTRAST_TEXT),
            (Palette::dark(), CONTRAST_TEXT),
            (Palette::asleep(), CONTRAST_TEXT),
            (Palette::high_contrast(), CONTRAST_HIGH),
        ] {
            for (name, fg, bg) in palette.text_pairs() {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= needed,
                    "{} theme: {name} is {ratio:.2}:1, needs {needed}:1",
                    palette.name
                );
            }
            // Disabled controls still look it: their text is clearly
            // fainter than the text of controls that can be pressed.
            let style = style(&palette);
            for behind in [palette.surface_alt, palette.surface] {
                let (fg, bg) = disabled_colours(&style, behind);
                let enabled = contrast(palette.text, behind);
                assert!(
                    palette.disabled_alpha < 1.0 && contrast(fg, bg) < 0.7 * enabled,
                    "{} theme: disabled text is as strong as enabled text",
                    palette.name
                );
            }
            // The focus ring must stand out from whatever it is drawn
            // around (WCAG 1.4.11: 3:1).
            for (bg_name, bg) in palette.backgrounds() {
                let ratio = contrast(palette.focus, bg);
                assert!(
                    ratio >= 3.0,
                    "{} theme: focus ring on {bg_name} is {ratio:.2}:1",
                    palette.name
                );
            }
        }
    }
}

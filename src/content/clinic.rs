//! A clinic's own part of a pack: its name, logo and colours (the `clinic`
//! section of `pack.ron`), its groups and services (`groups.ron`), and how
//! to start there (a Markdown page that `clinic.start` names).
//!
//! The general information stays free of advertising; this is the one place
//! where a clinic speaks about itself. A timetable is not a claim about
//! therapy, so it names no sources and is not held to the balance and
//! "tells the reader what to choose" rules (see `check/clinic.rs`).
//!
//! Plain data, no egui: the logo is decoded here (PNG only, with limits) and
//! drawn by the interface; the contrast a colour needs is the interface's
//! rule ([`AccentRule`]), given to the loader by whoever checks a pack.

use std::sync::Arc;

use serde::Deserialize;

use super::load::{Date, civil_from_days, parse_date};
use super::markdown::Doc;
use super::model::{Format, Pack};

/// Optional: the clinic's groups and services.
pub const GROUPS_FILE: &str = "groups.ron";
/// The largest logo file a pack may hold.
pub const LOGO_MAX_BYTES: u64 = 256 * 1024;
/// The widest and tallest a logo may be, in pixels.
pub const LOGO_MAX_SIDE: u32 = 1024;

/// `clinic: Clinic(…)` in `pack.ron`: who offers this kiosk, in their own
/// colours. Every field but `name` may be left out.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Clinic {
    /// Shown on Home, the attract screen and Sources (never instead of the crisis help).
    pub name: String,
    /// A PNG inside the pack, like `clinic/logo.png`.
    pub logo: Option<String>,
    /// `#RRGGBB`: buttons and bands in the light theme.
    pub accent: Option<String>,
    /// `#RRGGBB`: the same in the dark theme. High contrast keeps its own colours.
    pub accent_dark: Option<String>,
    /// The clinic's web page (`https://…`): a QR code on the kiosk, a link at home.
    pub website: Option<String>,
    /// A Markdown page inside the pack: "How to start here".
    pub start: Option<String>,
    /// The logo's pixels, filled in by the loader when the file is a usable PNG.
    #[serde(skip)]
    pub logo_image: Option<Logo>,
    /// The start page, parsed by the loader.
    #[serde(skip)]
    pub start_doc: Doc,
    /// The start page's first heading, its title.
    #[serde(skip)]
    pub start_title: String,
}

impl Clinic {
    /// The start page, if the pack has one with text.
    pub fn start_page(&self) -> Option<&Doc> {
        (self.start.is_some() && !self.start_doc.blocks.is_empty()).then_some(&self.start_doc)
    }
}

/// A decoded logo: straight (not premultiplied) RGBA, 8 bits a channel.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub rgba: Arc<[u8]>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{})", self.width, self.height)
    }
}

/// Why a logo cannot be used, in words for staff.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error(
        "`{0}` is not a PNG file: save the logo as PNG (SVG, JPEG and other formats are not shown)"
    )]
    NotPng(String),
    #[error("`{path}` is {bytes} bytes, more than the {max} KiB a logo may have: save it smaller", max = LOGO_MAX_BYTES / 1024)]
    TooLarge { path: String, bytes: u64 },
    #[error("`{path}` is {width} × {height} pixels, more than {max} × {max}: save it smaller (about 400 pixels wide is plenty)", max = LOGO_MAX_SIDE)]
    TooManyPixels {
        path: String,
        width: u32,
        height: u32,
    },
    #[error("`{path}` cannot be read as a PNG ({reason}): save it again as PNG")]
    Broken { path: String, reason: String },
}

/// Decode a logo: a PNG of at most [`LOGO_MAX_BYTES`] and
/// [`LOGO_MAX_SIDE`] pixels a side, into RGBA. The size is read from the
/// header before any pixel is decoded.
///
/// # Errors
/// When the file is not a PNG, is too large, or is broken.
pub fn decode_logo(path: &str, bytes: &[u8]) -> Result<Logo, LogoError> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if !bytes.starts_with(SIGNATURE) || !path.to_ascii_lowercase().ends_with(".png") {
        return Err(LogoError::NotPng(path.to_owned()));
    }
    if bytes.len() as u64 > LOGO_MAX_BYTES {
        return Err(LogoError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    let broken = |err: png::DecodingError| LogoError::Broken {
        path: path.to_owned(),
        reason: err.to_string(),
    };
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    // Palettes and small bit depths become 8-bit samples; 16 bits become 8.
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    decoder.set_limits(png::Limits {
        bytes: (LOGO_MAX_SIDE as usize).pow(2) * 8,
    });
    let header = decoder.read_header_info().map_err(broken)?;
    let (width, height) = (header.width, header.height);
    if width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE {
        return Err(LogoError::TooManyPixels {
            path: path.to_owned(),
            width,
            height,
        });
    }
    let mut reader = decoder.read_info().map_err(broken)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| LogoError::Broken {
            path: path.to_owned(),
            reason: "its size does not add up".to_owned(),
        })?;
    let mut buffer = vec![0; size];
    let frame = reader.next_frame(&mut buffer).map_err(broken)?;
    buffer.truncate(frame.buffer_size());
    let Some(rgba) = rgba8(frame.color_type, buffer) else {
        return Err(LogoError::Broken {
            path: path.to_owned(),
            reason: "its colour palette could not be expanded".to_owned(),
        });
    };
    if rgba.len() != width as usize * height as usize * 4 {
        return Err(LogoError::Broken {
            path: path.to_owned(),
            reason: "it holds fewer pixels than it says".to_owned(),
        });
    }
    Ok(Logo {
        width,
        height,
        rgba: rgba.into(),
    })
}

/// A colour written `#RRGGBB`.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Which theme a clinic's colour is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    Light,
    Dark,
}

/// A pair of colours that falls short of the contrast a theme promises.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    /// The pair, in words for staff: "white text on it".
    pub pair: String,
    /// The contrast found, like 3.2 (for 3.2:1).
    pub ratio: f64,
    /// The contrast the theme promises, like 4.5.
    pub needed: f64,
}

/// The interface's contrast rule for a clinic colour: every pair in which
/// it falls short. (The palettes and their promises live with the
/// interface; the checker only reports.)
pub type AccentRule = fn([u8; 3], Shade) -> Vec<Shortfall>;

/// `groups.ron`: the clinic's groups and services.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Groups {
    /// A line above the list, such as "Times can change: ask at the front desk."
    pub intro: String,
    pub services: Vec<Service>,
}

/// One group or one-to-one service at the clinic.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// One-to-one (`Individual`) or `Group`.
    pub format: Format,
    /// The id of the approach it uses, if the pack has a page for it.
    #[serde(default)]
    pub approach: Option<String>,
    /// Who it is for.
    pub who_for: String,
    /// Day and time, in words: "Tuesdays, 6 to 7:30 pm".
    pub when: String,
    /// How long each session is.
    #[serde(default)]
    pub minutes: Option<u16>,
    /// How many weeks it runs.
    #[serde(default)]
    pub weeks: Option<u16>,
    /// How many people, in words: "6 to 10 people". Leave out for one-to-one.
    #[serde(default)]
    pub group_size: Option<String>,
    /// The language it is held in.
    pub language: String,
    /// In person, online, or both.
    pub place: Place,
    /// What is there for access needs.
    #[serde(default)]
    pub access: Vec<Access>,
    /// Cost or insurance, in words.
    pub cost: String,
    /// How to join.
    pub join: String,
    /// `YYYY-MM-DD`: the last day it is shown; it disappears by itself after.
    pub show_until: String,
}

impl Service {
    /// Whether it is still shown on `today` (its `show_until` has not passed).
    pub fn shown_on(&self, today: Date) -> bool {
        parse_date(&self.show_until).is_some_and(|until| until >= today)
    }
}

/// Where a service meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum Place {
    InPerson,
    Online,
    Both,
}

/// What a service offers for access needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub enum Access {
    /// No steps: a lift or a ramp.
    StepFree,
    /// A hearing loop in the room.
    HearingLoop,
    /// Spoken-language interpreters.
    Interpreters,
    /// Sign-language interpreters.
    SignLanguage,
}

impl Access {
    pub const ALL: [Self; 4] = [
        Self::StepFree,
        Self::HearingLoop,
        Self::Interpreters,
        Self::SignLanguage,
    ];
}

/// Leave out the services whose `show_until` has passed by `today`.
/// Returns whether any went.
pub fn drop_past(pack: &mut Pack, today: Date) -> bool {
    let before = pack.groups.services.len();
    pack.groups.services.retain(|s| s.shown_on(today));
    pack.groups.services.len() != before
}

/// Whether the pack has an "At this clinic" section: a clinic with
/// services to show or a start page.
pub fn has_section(pack: &Pack) -> bool {
    pack.info
        .clinic
        .as_ref()
        .is_some_and(|c| c.start_page().is_some() || !pack.groups.services.is_empty())
}

/// Days from 1970-01-01 to `date` (the inverse of [`civil_from_days`]).
pub fn days_from_civil((year, month, day): Date) -> i64 {
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after `date`.
pub fn days_after(date: Date, days: i64) -> Date {
    civil_from_days(days_from_civil(date) + days)
}

/// `YYYY-MM-DD`.
pub fn format_date((year, month, day): Date) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// 8-bit pixels of a decoded PNG as RGBA (grey spread to the three colours,
/// opaque where it has no alpha); `None` for a palette left unexpanded.
pub fn rgba8(color: png::ColorType, pixels: Vec<u8>) -> Option<Vec<u8>> {
    Some(match color {
        png::ColorType::Rgba => pixels,
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => pixels.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_six_hex_digits() {
        assert_eq!(parse_colour("#1F6F8B"), Some([0x1F, 0x6F, 0x8B]));
        assert_eq!(parse_colour(" #ffffff "), Some([255, 255, 255]));
        for bad in ["1F6F8B", "#1F6", "#1F6F8G", "#1F6F8B00", "teal", ""] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_move_by_days() {
        for date in [(1970, 1, 1), (2024, 2, 29), (2026, 12, 31), (2000, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(date)), date);
        }
        assert_eq!(days_after((2026, 12, 31), 1), (2027, 1, 1));
        assert_eq!(days_after((2024, 2, 28), 1), (2024, 2, 29));
        assert_eq!(format_date((2026, 5, 1)), "2026-05-01");
    }

    /// A PNG written by hand: one 2 × 1 grey-and-alpha image, stored
    /// without compression.
    fn tiny_png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, width, height);
            encoder.set_color(png::ColorType::GrayscaleAlpha);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().expect("header");
            let pixels = vec![128u8; (width * height * 2) as usize];
            writer.write_image_data(&pixels).expect("pixels");
        }
        out
    }

    #[test]
    fn logos_are_png_within_limits() {
        let logo = decode_logo("clinic/logo.png", &tiny_png(2, 1)).expect("a PNG");
        assert_eq!((logo.width, logo.height), (2, 1));
        assert_eq!(&logo.rgba[..4], &[128, 128, 128, 128]);
        assert_eq!(
            decode_logo("clinic/logo.svg", b"<svg/>"),
            Err(LogoError::NotPng("clinic/logo.svg".into()))
        );
        assert!(matches!(
            decode_logo("big.png", &tiny_png(1100, 1)),
            Err(LogoError::TooManyPixels { width: 1100, .. })
        ));
        let mut cut = tiny_png(4, 4);
        cut.truncate(cut.len() - 20);
        assert!(matches!(
            decode_logo("cut.png", &cut),
            Err(LogoError::Broken { .. })
        ));
    }
}

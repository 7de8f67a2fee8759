//! The Easy Read pictures: OpenMoji (<https://openmoji.org>, CC BY-SA 4.0),
//! small PNGs in `assets/openmoji/`, embedded in the binary. The content
//! checker asks which codes exist; the UI draws them.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/pictures.rs"));
}

/// The credit the licence asks for, shown on Sources.
pub const CREDIT: &str = "All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0";

/// The PNG of a picture, by its OpenMoji code (like `1F465`).
pub fn png(code: &str) -> Option<&'static [u8]> {
    embedded::PICTURES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, bytes)| *bytes)
}

/// Every picture code there is.
pub fn codes() -> impl Iterator<Item = &'static str> {
    embedded::PICTURES.iter().map(|(code, _)| *code)
}

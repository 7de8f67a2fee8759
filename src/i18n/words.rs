//! Words the catalogue builds from parts: dates written out in the reader's
//! language, and the names of languages.

use super::{Catalogue, primary_of};

impl Catalogue {
    /// A pack date (`YYYY-MM-DD`) in words: "November 23, 2026",
    /// "23 de noviembre de 2026". A date the pack did not write that way is
    /// shown as written.
    pub fn date(&self, text: &str) -> String {
        let Some((year, month, day)) = crate::content::load::parse_date(text) else {
            return text.trim().to_owned();
        };
        let month = self.tr(month_key(month));
        self.tr_args(
            "date-full",
            &[
                ("year", year.to_string().into()),
                ("month", month.into()),
                ("day", day.to_string().into()),
            ],
        )
    }

    /// The name of the language `tag` (like `en-US`) in this catalogue's
    /// language: "English", "inglés". A language the catalogue has no name
    /// for is named by its tag.
    pub fn language_name(&self, tag: &str) -> String {
        match primary_of(tag).as_str() {
            "en" => self.tr("language-name-en"),
            "es" => self.tr("language-name-es"),
            _ => tag.trim().to_owned(),
        }
    }

    /// This catalogue's language, named in itself ("English", "Español"):
    /// how a language switch names it.
    pub fn own_name(&self) -> String {
        self.tr("language-self")
    }
}

/// Catalogue key of a month's name (1 is January).
fn month_key(month: u8) -> &'static str {
    match month {
        1 => "date-month-1",
        2 => "date-month-2",
        3 => "date-month-3",
        4 => "date-month-4",
        5 => "date-month-5",
        6 => "date-month-6",
        7 => "date-month-7",
        8 => "date-month-8",
        9 => "date-month-9",
        10 => "date-month-10",
        11 => "date-month-11",
        _ => "date-month-12",
    }
}

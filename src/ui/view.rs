//! What every screen gets while drawing: the pack, the colours, the words,
//! and a list to push [`Command`]s on.

use crate::content::search::SearchIndex;
use crate::content::{Format, Pack};
use crate::i18n::{Args, Catalogue};
use crate::settings::Settings;
use crate::state::{Command, Route};

use super::crisis::CrisisHelp;
use super::language::LanguageChoice;
use super::theme::Palette;

/// What every screen needs while drawing.
pub struct View<'a> {
    pub pack: &'a Pack,
    pub palette: &'a Palette,
    /// The interface's words, in the reader's language.
    pub catalogue: &'a Catalogue,
    pub kiosk: bool,
    pub settings: &'a Settings,
    pub index: &'a SearchIndex,
    /// What is in the search box.
    pub search: &'a str,
    /// Put the cursor in the search box this frame.
    pub focus_search: bool,
    /// Normalised words to highlight in documents (from a search).
    pub highlight: &'a [String],
    /// Scroll the first highlighted word into view this frame.
    pub scroll_to_highlight: bool,
    /// Row or source id to bring into view this frame.
    pub scroll_to: Option<&'a str>,
    /// The crisis contacts to show (by `crisis::crisis_help`), or none.
    pub crisis: CrisisHelp<'a>,
    /// Crisis help in the pack's other languages (only between kiosk
    /// visits: the attract screen shows every language's).
    pub other_crisis: &'a [super::crisis::CrisisLines],
    /// The pack's languages, for the language switch.
    pub languages: &'a [LanguageChoice],
    pub commands: Vec<Command>,
}

impl View<'_> {
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn go(&mut self, route: Route) {
        self.commands.push(Command::Go(route));
    }

    pub fn format_name(&self, format: Format) -> &str {
        &self.pack.info.format(format).name
    }

    /// The interface's words for `key`.
    pub fn tr(&self, key: &str) -> String {
        self.catalogue.tr(key)
    }

    /// The interface's words for `key`, with placeholders filled in.
    pub fn tr_args(&self, key: &str, args: &Args<'_>) -> String {
        self.catalogue.tr_args(key, args)
    }
}

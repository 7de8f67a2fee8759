//! The content model: plain data, loaded from a pack, drawn by the UI.
//!
//! Field names here are the field names clinic staff write in the RON files,
//! so renaming one is a breaking change for every pack (see `content/README.md`).

use serde::Deserialize;

use super::markdown::Doc;

/// The two formats the app compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum Format {
    Individual,
    Group,
}

impl Format {
    pub const ALL: [Self; 2] = [Self::Individual, Self::Group];
}

/// How an approach can be delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum Delivery {
    OneToOne,
    Group,
}

/// `pack.ron`: what the pack is, who stands behind it, and crisis contacts.
///
/// Every field may be missing as far as parsing goes (`default`), so one
/// broken field never costs the crisis contacts; the checker reports
/// missing ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename = "Pack")]
pub struct PackInfo {
    pub title: String,
    pub tagline: String,
    pub language: String,
    pub region: String,
    pub published: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub written_by: String,
    pub funded_by: String,
    pub disclaimer: String,
    pub disclaimer_detail: String,
    pub individual: FormatInfo,
    pub group: FormatInfo,
    pub crisis_intro: String,
    pub crisis_contacts: Vec<Contact>,
    /// Topic buttons the kiosk offers instead of typing a search.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Who reviewed the pack (a clinician's name and role), or an honest
    /// "No clinician has reviewed this pack yet." Shown on Sources.
    #[serde(default)]
    pub reviewed_by: String,
    /// The clinic that offers this pack, in its own name and colours
    /// (optional; see `content/README.md`, "A clinic's own section").
    #[serde(default)]
    pub clinic: Option<super::clinic::Clinic>,
}

impl PackInfo {
    pub fn format(&self, format: Format) -> &FormatInfo {
        match format {
            Format::Individual => &self.individual,
            Format::Group => &self.group,
        }
    }
}

/// The name and one-line summary of a format, as shown on Home.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatInfo {
    pub name: String,
    pub summary: String,
}

/// A crisis contact: shown behind "Need help now?" on every screen.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub how: String,
    pub when: String,
}

impl Contact {
    /// Whether `how` holds something to reach: a number, a text code's
    /// number, or an address.
    pub fn is_reachable(&self) -> bool {
        let how = self.how.to_lowercase();
        how.chars().any(|c| c.is_ascii_digit())
            || how.contains('@')
            || how.contains("http")
            || how.contains("www.")
            || how.contains(".org")
            || how.contains(".com")
    }
}

/// `comparison.ron`: side-by-side tables.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Comparison {
    pub intro: String,
    pub tables: Vec<Table>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: String,
    pub title: String,
    pub rows: Vec<Row>,
}

/// One question, answered for each format.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub id: String,
    pub question: String,
    pub individual: String,
    pub group: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Row {
    pub fn cell(&self, format: Format) -> &str {
        match format {
            Format::Individual => &self.individual,
            Format::Group => &self.group,
        }
    }
}

/// `benefits.ron`: benefit cards for each format.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Benefits {
    pub intro: String,
    /// The words that open each card's trade-off paragraph, so a pack in
    /// another language can name its own (default "Keep in mind").
    #[serde(default = "default_trade_off_mark")]
    pub trade_off_mark: String,
    pub cards: Vec<Card>,
}

fn default_trade_off_mark() -> String {
    "Keep in mind".to_owned()
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub option: Format,
    pub title: String,
    pub summary: String,
    /// Markdown source as written in the file.
    pub body: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The parsed body, filled in by the loader.
    #[serde(skip)]
    pub doc: Doc,
}

/// `approaches.ron`: the index of approach pages.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Approaches {
    pub intro: String,
    pub approaches: Vec<Approach>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approach {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub formats: Vec<Delivery>,
    pub file: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(skip)]
    pub doc: Doc,
}

/// `pages.ron`: the index of longer pages.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pages {
    pub pages: Vec<Page>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub file: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(skip)]
    pub doc: Doc,
}

/// `sources.ron`: every reference the pack rests on.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Sources {
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub authors: String,
    pub title: String,
    pub published_in: String,
    pub year: u16,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Source {
    /// One line in a common citation style.
    pub fn citation(&self) -> String {
        format!(
            "{} ({}). {}. {}.",
            self.authors.trim(),
            self.year,
            self.title.trim_end_matches('.'),
            self.published_in.trim_end_matches('.')
        )
    }
}

/// A whole content pack, loaded and checked.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    pub info: PackInfo,
    pub comparison: Comparison,
    pub benefits: Benefits,
    pub approaches: Approaches,
    pub pages: Pages,
    pub sources: Sources,
    /// "Which fits me?", if the pack has `decision.ron`.
    pub decision: Option<super::decision::Decision>,
    /// Paired made-up stories (`stories.ron`, optional).
    pub stories: Stories,
    /// The Easy Read edition (`easy-read.ron`, optional).
    pub easy_read: Option<EasyRead>,
    /// The clinic's groups and services (`groups.ron`, optional).
    pub groups: super::clinic::Groups,
    /// In a translation: the items its files leave out, shown in the
    /// default language (`fallback_language`), marked as such.
    pub fallbacks: std::collections::BTreeSet<(super::items::ItemKind, String)>,
    /// In a translation: "Which fits me?" is the default language's.
    pub decision_fallback: bool,
    /// In a translation: the Easy Read edition is the default language's.
    pub easy_read_fallback: bool,
    /// In a translation: the default language's tag; empty otherwise.
    pub fallback_language: String,
}

impl Pack {
    /// Whether this item is shown in the default language, for want of a translation.
    pub fn is_fallback(&self, kind: super::items::ItemKind, id: &str) -> bool {
        !self.fallbacks.is_empty() && self.fallbacks.contains(&(kind, id.to_owned()))
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.benefits.cards.iter().find(|c| c.id == id)
    }

    pub fn approach(&self, id: &str) -> Option<&Approach> {
        self.approaches.approaches.iter().find(|a| a.id == id)
    }

    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.pages.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.sources.iter().find(|s| s.id == id)
    }

    pub fn row(&self, id: &str) -> Option<&Row> {
        self.comparison
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .find(|r| r.id == id)
    }

    pub fn cards_for(&self, format: Format) -> impl Iterator<Item = &Card> {
        self.benefits
            .cards
            .iter()
            .filter(move |c| c.option == format)
    }
}

/// `stories.ron`: made-up stories in pairs, one situation told twice.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Stories {
    /// Shown on every story: it says the story is made up.
    pub label: String,
    pub situations: Vec<Situation>,
}

/// One situation, as lived in one-to-one therapy and in a group.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    pub title: String,
    pub individual: Story,
    pub group: Story,
}

impl Situation {
    pub fn story(&self, format: Format) -> &Story {
        match format {
            Format::Individual => &self.individual,
            Format::Group => &self.group,
        }
    }
}

/// A made-up story: who, what helped, what was hard.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub name: String,
    pub text: String,
    pub helped: String,
    pub hard: String,
}

impl Story {
    /// Its words, for the length rule and the reading level.
    pub fn words(&self) -> usize {
        [&self.text, &self.helped, &self.hard]
            .iter()
            .map(|t| t.split_whitespace().count())
            .sum()
    }
}

/// `easy-read.ron`: short sentences with a picture beside each key idea.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EasyRead {
    pub screens: Vec<EasyScreen>,
}

impl EasyRead {
    pub fn screen(&self, which: EasyScreenKind) -> Option<&EasyScreen> {
        self.screens.iter().find(|s| s.screen == which)
    }
}

/// Which screen an Easy Read text stands in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum EasyScreenKind {
    Home,
    Individual,
    Group,
    Compare,
    Help,
    Decide,
}

impl EasyScreenKind {
    pub const ALL: [Self; 6] = [
        Self::Home,
        Self::Individual,
        Self::Group,
        Self::Compare,
        Self::Help,
        Self::Decide,
    ];
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasyScreen {
    pub screen: EasyScreenKind,
    pub title: String,
    pub lines: Vec<EasyLine>,
}

/// One idea: a short sentence or two, and maybe a picture (an OpenMoji code).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasyLine {
    pub text: String,
    #[serde(default)]
    pub picture: Option<String>,
}

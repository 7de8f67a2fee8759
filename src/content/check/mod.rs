//! Checking a parsed pack: cross-references, required text, reading level,
//! balance and the mistakes staff really make. One file per area:
//!
//! - `info.rs`: `pack.ron` (dates, language, crisis contacts and region);
//! - `items.rs`: every item's ids, required text and sources, walking the one item list;
//! - `links.rs`: links, images and HTML in Markdown;
//! - `reading.rs`: reading level, pointed at the hardest paragraph;
//! - `wording.rs`: words that tell the reader what to choose;
//! - `balance.rs`: trade-offs that point to the other format, evenly;
//! - `easy_read.rs`: the Easy Read edition's sentence and short-form rules;
//! - `clinic.rs`: a clinic's own section (name, logo, colours, services, start page);
//! - the decision aid's own checks live with it, in `decision/check.rs`.
//!
//! The checker only reports; it also says which items are too broken to
//! show ([`Drops`]), and the loader leaves those out.

mod balance;
mod clinic;
mod easy_read;
mod info;
mod items;
mod links;
mod reading;
mod wording;

pub(crate) use info::is_language_tag;

use std::collections::HashSet;

use super::items::{Item, ItemKind};
use super::load::{Date, Reading, Texts};
use super::model::Pack;
use super::problem::Problem;

/// Which top-level files could not be read or parsed at all.
#[derive(Clone, Copy, Default)]
pub(crate) struct Failed {
    pub info: bool,
    pub comparison: bool,
    pub benefits: bool,
    pub approaches: bool,
    pub pages: bool,
    pub sources: bool,
    pub decision: bool,
}

impl Failed {
    /// Whether the file listing items of `kind` was read.
    fn read(self, kind: ItemKind) -> bool {
        !match kind {
            ItemKind::Table | ItemKind::Row => self.comparison,
            ItemKind::Card => self.benefits,
            ItemKind::Approach => self.approaches,
            ItemKind::Page => self.pages,
            ItemKind::Source => self.sources,
            // Optional: a missing `stories.ron` is no failure; nothing links
            // to a service or the start page by id.
            ItemKind::Story | ItemKind::Service | ItemKind::StartPage => false,
        }
    }

    fn all_items_read(self) -> bool {
        ItemKind::ALL.into_iter().all(|k| self.read(k))
    }
}

/// An item a RON error left out, and where.
#[derive(Clone, Debug)]
pub(crate) struct LeftOutItem {
    pub kind: ItemKind,
    pub id: String,
    pub path: String,
    pub at: (usize, usize),
}

/// What the checker needs besides the pack.
pub(crate) struct Context<'a> {
    pub texts: &'a Texts,
    pub failed: Failed,
    pub left_out: &'a [LeftOutItem],
    /// Markdown files that could not be read.
    pub unread: &'a HashSet<String>,
    /// A translation: what it leaves out comes from the default language,
    /// so whole-pack checks (counts, intros, unused sources) do not apply.
    pub partial: bool,
    pub today: Date,
    /// The pack's language, for its reading-level formula.
    pub language: super::readability::Language,
    /// The interface's contrast rule for a clinic's colours, if given.
    pub accent_rule: Option<super::clinic::AccentRule>,
}

/// Items too broken to show.
#[derive(Default)]
pub(crate) struct Drops {
    items: HashSet<(ItemKind, String)>,
    /// Crisis contacts, by position.
    contacts: HashSet<usize>,
}

impl Drops {
    /// Leave the dropped items out of `pack`.
    pub fn apply(&self, pack: &mut Pack) {
        let gone = |kind: ItemKind, id: &str| self.items.contains(&(kind, id.to_owned()));
        for table in &mut pack.comparison.tables {
            table.rows.retain(|r| !gone(ItemKind::Row, &r.id));
        }
        pack.comparison
            .tables
            .retain(|t| !t.rows.is_empty() && !gone(ItemKind::Table, &t.id));
        pack.benefits.cards.retain(|c| !gone(ItemKind::Card, &c.id));
        pack.approaches
            .approaches
            .retain(|a| !gone(ItemKind::Approach, &a.id));
        pack.pages.pages.retain(|p| !gone(ItemKind::Page, &p.id));
        pack.sources
            .sources
            .retain(|s| !gone(ItemKind::Source, &s.id));
        pack.stories
            .situations
            .retain(|s| !gone(ItemKind::Story, &s.id));
        pack.groups
            .services
            .retain(|s| !gone(ItemKind::Service, &s.id));
        if let Some(clinic) = &mut pack.info.clinic
            && gone(ItemKind::StartPage, super::items::START_PAGE_ID)
        {
            clinic.start = None;
            clinic.start_doc = super::markdown::Doc::default();
        }
        let mut index = 0;
        pack.info.crisis_contacts.retain(|_| {
            index += 1;
            !self.contacts.contains(&(index - 1))
        });
    }
}

/// What checking found.
pub(crate) struct Outcome {
    pub problems: Vec<Problem>,
    pub drops: Drops,
    pub reading: Vec<Reading>,
}

/// Check a parsed pack.
pub(crate) fn check(pack: &Pack, context: &Context<'_>) -> Outcome {
    let mut checker = Checker {
        context,
        problems: Vec::new(),
        drops: Drops::default(),
        ids: pack.items().map(|i| (i.kind, i.id.to_owned())).collect(),
        has_decision: pack.decision.is_some(),
        has_clinic: pack.info.clinic.is_some(),
    };
    if !context.failed.info && !context.partial {
        checker.check_info(pack);
    }
    let placed = checker.place_all(pack);
    checker.check_items(pack, &placed);
    checker.check_links(pack, &placed);
    checker.check_wording(pack, &placed);
    checker.check_easy_read(pack);
    checker.check_clinic(pack);
    if !context.partial {
        checker.check_cross_references(pack);
    }
    if let Some(decision) = &pack.decision {
        super::decision::check::check(&mut checker, decision);
    }
    if context.failed.all_items_read() && !context.failed.decision && !context.partial {
        checker.check_unused_sources(pack, &placed);
    }
    let reading = checker.check_reading_level(pack, &placed);
    Outcome {
        problems: checker.problems,
        drops: checker.drops,
        reading,
    }
}

/// An item with where its `id` is written.
pub(crate) struct Placed<'a> {
    pub item: Item<'a>,
    pub path: &'static str,
    pub offset: usize,
}

/// Cross-reference and content checks on a parsed pack.
pub(crate) struct Checker<'a> {
    pub(crate) context: &'a Context<'a>,
    problems: Vec<Problem>,
    drops: Drops,
    /// Every id in the pack, by kind, so a reference is checked without a
    /// scan (big packs have thousands of links).
    ids: HashSet<(ItemKind, String)>,
    has_decision: bool,
    /// Whether `pack.ron` names a clinic (for `screen:clinic` links).
    has_clinic: bool,
}

impl Checker<'_> {
    /// Every item, kind by kind, with where it is declared.
    fn place_all<'p>(&self, pack: &'p Pack) -> Vec<Placed<'p>> {
        let mut out = Vec::new();
        for kind in ItemKind::ALL {
            let path = kind.file();
            let loc = self.context.texts.locator(path);
            let mut from = 0;
            for item in pack.items_of(kind) {
                let offset = loc.find_id(item.id, from).unwrap_or(from);
                from = offset + 1;
                out.push(Placed { item, path, offset });
            }
        }
        out
    }

    /// Leave an item out of what the app shows.
    fn drop_item(&mut self, kind: ItemKind, id: &str) {
        self.drops.items.insert((kind, id.to_owned()));
    }

    pub(crate) fn field_offset(&self, path: &str, from: usize, field: &str) -> usize {
        self.context
            .texts
            .locator(path)
            .find_field(field, from)
            .unwrap_or(from)
    }

    pub(crate) fn error_at(&mut self, path: &str, offset: usize, message: impl Into<String>) {
        let at = self.context.texts.position(path, offset);
        self.problems.push(Problem::error(path, at, message));
    }

    pub(crate) fn warning_at(&mut self, path: &str, offset: usize, message: impl Into<String>) {
        let at = self.context.texts.position(path, offset);
        self.problems.push(Problem::warning(path, at, message));
    }

    /// Report an empty (or missing) required text. Returns whether it was empty.
    pub(crate) fn non_empty(&mut self, path: &str, from: usize, field: &str, value: &str) -> bool {
        if !value.trim().is_empty() {
            return false;
        }
        let found = self.context.texts.locator(path).find_field(field, from);
        match found {
            Some(offset) => self.error_at(
                path,
                offset,
                format!("`{field}` is empty: write some text here"),
            ),
            None => self.error_at(
                path,
                from,
                format!("`{field}` is missing: add it (see content/README.md)"),
            ),
        }
        true
    }

    /// Ids in one list: valid, and each used once.
    pub(crate) fn check_ids(&mut self, path: &str, kind: &str, items: &[(&str, usize)]) {
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for &(id, offset) in items {
            if !super::load::valid_id(id) {
                self.error_at(
                    path,
                    offset,
                    format!(
                        "{kind} id `{id}` must use only lowercase letters, digits and hyphens, like \"peer-support\""
                    ),
                );
            }
            if let Some(first) = seen.get(id) {
                let (line, col) = self.context.texts.position(path, *first);
                self.error_at(
                    path,
                    offset,
                    format!(
                        "duplicate {kind} id `{id}`: it is already used at line {line}, column {col}; give each {kind} its own id"
                    ),
                );
            } else {
                seen.insert(id, offset);
            }
        }
    }
}

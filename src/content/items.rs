//! The one list of what a pack holds.
//!
//! Loading, id checks, unused-source checks, reading level, search, "used
//! by" and the summary counts all walk [`Pack::items`], so a kind of item is
//! declared once. To add a kind:
//! 1. add its type to `model.rs` and its file to the loader (`load/mod.rs`);
//! 2. add a variant to [`ItemKind`] (and to [`ItemKind::ALL`]);
//! 3. add its arm to [`Pack::items_of`] — the compiler asks for it;
//! 4. add its own checks (required text and the like) to `check/items.rs`.

use super::links::LinkTarget;

/// The id of the clinic's start page (there is one at most).
pub const START_PAGE_ID: &str = "start";
use super::markdown::Doc;
use super::model::Pack;

/// Every kind of item a pack holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// A table of the comparison.
    Table,
    /// One question of the comparison, answered for each format.
    Row,
    Card,
    Approach,
    Page,
    Source,
    /// A pair of made-up stories about one situation.
    Story,
    /// A group or one-to-one service at the clinic (`groups.ron`).
    Service,
    /// The clinic's "How to start here" page (named by `clinic.start`).
    StartPage,
}

impl ItemKind {
    /// Every kind, in the order screens and reports list them.
    pub const ALL: [Self; 9] = [
        Self::Table,
        Self::Row,
        Self::Card,
        Self::Approach,
        Self::Page,
        Self::Source,
        Self::Story,
        Self::Service,
        Self::StartPage,
    ];

    /// The word for the kind in messages to staff ("card").
    pub fn key(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Row => "row",
            Self::Card => "card",
            Self::Approach => "approach",
            Self::Page => "page",
            Self::Source => "source",
            Self::Story => "story pair",
            Self::Service => "service",
            Self::StartPage => "start page",
        }
    }

    /// "1 card", "3 cards", for the checker's summary.
    pub fn count(self, n: usize) -> String {
        if n == 1 {
            let one = match self {
                Self::Row => "comparison row",
                other => other.key(),
            };
            format!("1 {one}")
        } else {
            format!("{n} {}", self.plural())
        }
    }

    /// The plural, for the checker's summary ("cards").
    pub fn plural(self) -> &'static str {
        match self {
            Self::Table => "tables",
            Self::Row => "comparison rows",
            Self::Card => "cards",
            Self::Approach => "approaches",
            Self::Page => "pages",
            Self::Source => "sources",
            Self::Story => "story pairs",
            Self::Service => "services",
            Self::StartPage => "start pages",
        }
    }

    /// The file that lists items of this kind.
    pub fn file(self) -> &'static str {
        use super::clinic::GROUPS_FILE;
        use super::load::{
            APPROACHES_FILE, BENEFITS_FILE, COMPARISON_FILE, PACK_FILE, PAGES_FILE, SOURCES_FILE,
            STORIES_FILE,
        };
        match self {
            Self::Table | Self::Row => COMPARISON_FILE,
            Self::Card => BENEFITS_FILE,
            Self::Approach => APPROACHES_FILE,
            Self::Page => PAGES_FILE,
            Self::Source => SOURCES_FILE,
            Self::Story => STORIES_FILE,
            Self::Service => GROUPS_FILE,
            // Named by `clinic.start` in pack.ron.
            Self::StartPage => PACK_FILE,
        }
    }

    /// The RON name an item of this kind is written with (`Card(…)`).
    pub fn ron_name(self) -> &'static str {
        match self {
            Self::Table => "Table",
            Self::Row => "Row",
            Self::Card => "Card",
            Self::Approach => "Approach",
            Self::Page => "Page",
            Self::Source => "Source",
            Self::Story => "Situation",
            Self::Service => "Service",
            Self::StartPage => "Clinic",
        }
    }

    /// Whether people read it as running text (graded, searched, checked for
    /// advice wording). Tables are only headings; sources only references;
    /// the clinic's own section speaks for the clinic, not about therapy in
    /// general, so the advice-wording rule does not apply to it.
    pub fn is_reading(self) -> bool {
        matches!(
            self,
            Self::Row | Self::Card | Self::Approach | Self::Page | Self::Story
        )
    }

    /// Whether search finds it. Tables are only headings of their rows,
    /// sources are references, and stories are read where they stand.
    pub fn is_searched(self) -> bool {
        match self {
            Self::Row | Self::Card | Self::Approach | Self::Page => true,
            Self::Service | Self::StartPage => true,
            Self::Table | Self::Source | Self::Story => false,
        }
    }

    /// Whether it names the sources it rests on. Stories are made up, and
    /// say so; tables and sources are not claims; nor is a clinic's
    /// timetable or how to start there.
    pub fn has_sources(self) -> bool {
        matches!(self, Self::Row | Self::Card | Self::Approach | Self::Page)
    }

    /// The kind a link of this form goes to, if it goes to an item.
    pub fn of_link(target: &LinkTarget) -> Option<(Self, &str)> {
        match target {
            LinkTarget::Card(id) => Some((Self::Card, id)),
            LinkTarget::CompareRow(id) => Some((Self::Row, id)),
            LinkTarget::Approach(id) => Some((Self::Approach, id)),
            LinkTarget::Page(id) => Some((Self::Page, id)),
            LinkTarget::Source(id) => Some((Self::Source, id)),
            LinkTarget::Screen(_) | LinkTarget::External(_) => None,
        }
    }
}

/// One item, as everything that walks the pack sees it.
#[derive(Clone, Debug)]
pub struct Item<'a> {
    pub kind: ItemKind,
    pub id: &'a str,
    pub title: &'a str,
    /// The one line shown with it in lists (a row's cells; a source's citation is its title).
    pub summary: &'a str,
    /// Its Markdown body, if it has one.
    pub doc: Option<&'a Doc>,
    /// Other text it shows: a row's two cells and note, a source's note.
    pub texts: Vec<(&'static str, &'a str)>,
    /// The sources it names.
    pub sources: &'a [String],
    /// The Markdown file its body comes from (approaches and pages).
    pub file: Option<&'a str>,
}

impl<'a> Item<'a> {
    /// An item written as a title, a summary and a Markdown body.
    fn written(
        kind: ItemKind,
        id: &'a str,
        title: &'a str,
        summary: &'a str,
        doc: &'a Doc,
        sources: &'a [String],
        file: Option<&'a str>,
    ) -> Self {
        Self {
            kind,
            id,
            title,
            summary,
            doc: Some(doc),
            texts: Vec::new(),
            sources,
            file,
        }
    }

    /// Where a link to this item goes.
    pub fn target(&self) -> LinkTarget {
        let id = self.id.to_owned();
        match self.kind {
            ItemKind::Table | ItemKind::Row => LinkTarget::CompareRow(id),
            ItemKind::Card => LinkTarget::Card(id),
            ItemKind::Approach => LinkTarget::Approach(id),
            ItemKind::Page => LinkTarget::Page(id),
            ItemKind::Source => LinkTarget::Source(id),
            // Stories are shown with the comparison.
            ItemKind::Story => LinkTarget::Screen(super::links::Screen::Compare),
            ItemKind::Service | ItemKind::StartPage => {
                LinkTarget::Screen(super::links::Screen::Clinic)
            }
        }
    }

    /// The sources this item uses: its `sources` list and its `source:` links.
    pub fn used_sources(&self) -> Vec<String> {
        let links = self
            .doc
            .into_iter()
            .flat_map(|doc| &doc.links)
            .filter_map(|link| match LinkTarget::parse(&link.target) {
                Ok(LinkTarget::Source(id)) => Some(id),
                _ => None,
            });
        self.sources.iter().cloned().chain(links).collect()
    }
}

impl Pack {
    /// Every item of the pack, kind by kind, in file order.
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> {
        ItemKind::ALL
            .into_iter()
            .flat_map(move |kind| self.items_of(kind))
    }

    /// The items of one kind, in file order.
    pub fn items_of(&self, kind: ItemKind) -> Vec<Item<'_>> {
        let none: &[String] = &[];
        match kind {
            ItemKind::Table => self
                .comparison
                .tables
                .iter()
                .map(|t| Item {
                    kind,
                    id: &t.id,
                    title: &t.title,
                    summary: "",
                    doc: None,
                    texts: Vec::new(),
                    sources: none,
                    file: None,
                })
                .collect(),
            ItemKind::Row => self
                .comparison
                .tables
                .iter()
                .flat_map(|t| &t.rows)
                .map(|r| Item {
                    kind,
                    id: &r.id,
                    title: &r.question,
                    summary: "",
                    doc: None,
                    texts: [
                        ("individual", r.individual.as_str()),
                        ("group", r.group.as_str()),
                    ]
                    .into_iter()
                    .chain(r.note.as_deref().map(|n| ("note", n)))
                    .collect(),
                    sources: &r.sources,
                    file: None,
                })
                .collect(),
            ItemKind::Card => self
                .benefits
                .cards
                .iter()
                .map(|c| Item::written(kind, &c.id, &c.title, &c.summary, &c.doc, &c.sources, None))
                .collect(),
            ItemKind::Approach => self
                .approaches
                .approaches
                .iter()
                .map(|a| {
                    Item::written(
                        kind,
                        &a.id,
                        &a.title,
                        &a.summary,
                        &a.doc,
                        &a.sources,
                        Some(&a.file),
                    )
                })
                .collect(),
            ItemKind::Page => self
                .pages
                .pages
                .iter()
                .map(|p| {
                    Item::written(
                        kind,
                        &p.id,
                        &p.title,
                        &p.summary,
                        &p.doc,
                        &p.sources,
                        Some(&p.file),
                    )
                })
                .collect(),
            ItemKind::Source => self
                .sources
                .sources
                .iter()
                .map(|s| Item {
                    kind,
                    id: &s.id,
                    title: &s.title,
                    summary: "",
                    doc: None,
                    texts: s.note.as_deref().map(|n| ("note", n)).into_iter().collect(),
                    sources: none,
                    file: None,
                })
                .collect(),
            ItemKind::Story => self
                .stories
                .situations
                .iter()
                .map(|s| Item {
                    kind,
                    id: &s.id,
                    title: &s.title,
                    summary: "",
                    doc: None,
                    texts: vec![
                        ("individual", s.individual.text.as_str()),
                        ("individual", s.individual.helped.as_str()),
                        ("individual", s.individual.hard.as_str()),
                        ("group", s.group.text.as_str()),
                        ("group", s.group.helped.as_str()),
                        ("group", s.group.hard.as_str()),
                    ],
                    sources: none,
                    file: None,
                })
                .collect(),
            ItemKind::Service => self
                .groups
                .services
                .iter()
                .map(|s| Item {
                    kind,
                    id: &s.id,
                    title: &s.name,
                    summary: &s.who_for,
                    doc: None,
                    texts: [
                        ("when", s.when.as_str()),
                        ("language", s.language.as_str()),
                        ("cost", s.cost.as_str()),
                        ("join", s.join.as_str()),
                    ]
                    .into_iter()
                    .chain(s.group_size.as_deref().map(|g| ("group_size", g)))
                    .collect(),
                    sources: none,
                    file: None,
                })
                .collect(),
            ItemKind::StartPage => self
                .info
                .clinic
                .iter()
                .filter(|c| c.start.is_some())
                .map(|c| Item {
                    kind,
                    id: START_PAGE_ID,
                    title: &c.start_title,
                    summary: "",
                    doc: Some(&c.start_doc),
                    texts: Vec::new(),
                    sources: none,
                    file: c.start.as_deref(),
                })
                .collect(),
        }
    }

    /// Every item that names or links to source `id` ("used by" on Sources).
    pub fn used_by(&self, source: &str) -> Vec<Item<'_>> {
        self.items()
            .filter(|item| item.used_sources().iter().any(|s| s == source))
            .collect()
    }

    /// How many items of each kind the pack has, for the checker's summary.
    pub fn counts(&self) -> Vec<(ItemKind, usize)> {
        ItemKind::ALL
            .into_iter()
            .map(|kind| (kind, self.items_of(kind).len()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Adding a variant without listing it in `ALL` fails here (and without
    /// an arm in `items_of`, fails to compile).
    #[test]
    fn every_kind_is_listed_once() {
        fn index(kind: ItemKind) -> usize {
            match kind {
                ItemKind::Table => 0,
                ItemKind::Row => 1,
                ItemKind::Card => 2,
                ItemKind::Approach => 3,
                ItemKind::Page => 4,
                ItemKind::Source => 5,
                ItemKind::Story => 6,
                ItemKind::Service => 7,
                ItemKind::StartPage => 8,
            }
        }
        for (i, kind) in ItemKind::ALL.into_iter().enumerate() {
            assert_eq!(index(kind), i, "{kind:?} is out of place in ItemKind::ALL");
        }
        let pack = crate::content::builtin();
        // The built-in pack names no clinic: the example clinic pack has its kinds.
        let clinic = crate::content::load(&crate::content::PackFiles::Dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/clinic-pack"),
        ))
        .pack;
        for kind in ItemKind::ALL {
            let pack = match kind {
                ItemKind::Service | ItemKind::StartPage => &clinic,
                _ => &pack,
            };
            assert!(
                !pack.items_of(kind).is_empty(),
                "the built-in pack has no {}: the list misses the kind",
                kind.plural()
            );
            assert!(pack.items().any(|i| i.kind == kind));
        }
    }

    #[test]
    fn used_by_counts_source_links_in_markdown_too() {
        let pack = crate::content::builtin();
        for source in &pack.sources.sources {
            let by_list = pack
                .items()
                .filter(|i| i.sources.contains(&source.id))
                .count();
            assert!(pack.used_by(&source.id).len() >= by_list);
        }
    }
}

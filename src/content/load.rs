//! Loading a pack and checking everything in it.
//!
//! Loading never stops at the first problem: a clinic editor should be able
//! to fix every mistake in one pass. A pack is returned whenever every file
//! could be parsed, even if cross-references are wrong; callers decide
//! whether errors make it unusable (the app does, see [`load_or_builtin`]).

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;

use super::decision::{self, Decision};
use super::files::{FileError, PackFiles};
use super::links::{LinkTarget, Screen};
use super::markdown::{self, Doc};
use super::model::{Approaches, Benefits, Comparison, Format, Pack, PackInfo, Pages, Sources};
use super::problem::{Locator, Problem};
use super::readability;

/// The result of loading a pack.
#[derive(Debug)]
pub struct Loaded {
    /// `None` when a file could not be read or parsed at all.
    pub pack: Option<Pack>,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
    /// The reading level of every card, approach and page.
    pub reading: Vec<Reading>,
}

/// The Flesch–Kincaid grade of one item's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// "card", "approach" or "page".
    pub kind: &'static str,
    pub id: String,
    pub grade: f64,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.problems.len() - self.error_count()
    }
}

/// The files every pack has at its top level.
pub const PACK_FILE: &str = "pack.ron";
pub const COMPARISON_FILE: &str = "comparison.ron";
pub const BENEFITS_FILE: &str = "benefits.ron";
pub const APPROACHES_FILE: &str = "approaches.ron";
pub const PAGES_FILE: &str = "pages.ron";
pub const SOURCES_FILE: &str = "sources.ron";
/// Optional: "Which fits me?" is shown only when a pack has it.
pub const DECISION_FILE: &str = "decision.ron";

/// The text of each file read, kept to place problems found after parsing.
#[derive(Default)]
struct Texts {
    by_path: HashMap<String, String>,
}

impl Texts {
    fn locator(&self, path: &str) -> Locator<'_> {
        Locator::new(self.by_path.get(path).map_or("", String::as_str))
    }

    fn position(&self, path: &str, offset: usize) -> (usize, usize) {
        self.locator(path).position(offset)
    }
}

/// How a pack is loaded.
#[derive(Clone, Copy, Debug)]
pub struct LoadOptions {
    /// Files larger than this are refused (1 MiB by default).
    pub max_file_bytes: u64,
    /// All the files read, together (32 MiB by default): a pack that names
    /// the same big file a thousand times cannot eat the memory.
    pub max_pack_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: super::files::MAX_FILE_BYTES,
            max_pack_bytes: super::files::MAX_PACK_BYTES,
        }
    }
}

struct Loader<'a> {
    files: &'a PackFiles,
    options: LoadOptions,
    texts: Texts,
    problems: Vec<Problem>,
    /// Bytes read so far, against [`LoadOptions::max_pack_bytes`].
    bytes_read: u64,
}

/// Load and check the pack in `files`.
pub fn load(files: &PackFiles) -> Loaded {
    load_with(files, LoadOptions::default())
}

/// [`load`] with options.
pub fn load_with(files: &PackFiles, options: LoadOptions) -> Loaded {
    let mut loader = Loader {
        files,
        options,
        texts: Texts::default(),
        problems: Vec::new(),
        bytes_read: 0,
    };
    let info = loader.ron::<PackInfo>(PACK_FILE);
    let comparison = loader.ron::<Comparison>(COMPARISON_FILE);
    let benefits = loader.ron::<Benefits>(BENEFITS_FILE);
    let approaches = loader.ron::<Approaches>(APPROACHES_FILE);
    let pages = loader.ron::<Pages>(PAGES_FILE);
    let sources = loader.ron::<Sources>(SOURCES_FILE);
    let decision = if loader
        .files
        .read(DECISION_FILE)
        .is_err_and(|e| matches!(e, FileError::Missing(_)))
    {
        // No decision aid in this pack: fine, the app leaves it out.
        Ok(None)
    } else {
        loader
            .ron::<Decision>(DECISION_FILE)
            .map(|mut d| {
                d.both_doc = markdown::parse(&d.both_note);
                Some(d)
            })
            .ok_or(())
    };

    let benefits = benefits.map(|mut b| {
        for card in &mut b.cards {
            card.doc = markdown::parse(&card.body);
        }
        b
    });
    let approaches = approaches.map(|mut a| {
        let mut from = 0;
        for item in &mut a.approaches {
            item.doc = loader.markdown_file(APPROACHES_FILE, &item.id, &item.file, &mut from);
        }
        a
    });
    let pages = pages.map(|mut p| {
        let mut from = 0;
        for item in &mut p.pages {
            item.doc = loader.markdown_file(PAGES_FILE, &item.id, &item.file, &mut from);
        }
        p
    });

    // Check whatever could be parsed, so one broken file does not hide the
    // problems in the others; checks that need a broken file are skipped.
    let failed = Failed {
        info: info.is_none(),
        comparison: comparison.is_none(),
        benefits: benefits.is_none(),
        approaches: approaches.is_none(),
        pages: pages.is_none(),
        sources: sources.is_none(),
        decision: decision.is_err(),
    };
    let pack = Pack {
        info: info.unwrap_or_default(),
        comparison: comparison.unwrap_or_default(),
        benefits: benefits.unwrap_or_default(),
        approaches: approaches.unwrap_or_default(),
        pages: pages.unwrap_or_default(),
        sources: sources.unwrap_or_default(),
        decision: decision.unwrap_or_default(),
    };
    let mut checker = Checker {
        texts: &loader.texts,
        problems: &mut loader.problems,
        failed,
        ids: Ids::new(&pack),
    };
    checker.check(&pack);
    let reading = checker.check_reading_level(&pack);
    let pack = (!failed.any()).then_some(pack);
    let mut problems = loader.problems;
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    Loaded {
        pack,
        problems,
        reading,
    }
}

/// Options every RON file is read with: optional fields can be written
/// without `Some(…)`.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

impl Loader<'_> {
    /// Count a file's bytes against the whole pack's limit. Past it, the file
    /// is refused (and the problem reported once, at `path`).
    fn within_pack_limit(
        &mut self,
        path: &str,
        at: impl FnOnce(&Texts) -> (usize, usize),
        text: &str,
    ) -> bool {
        let before = self.bytes_read;
        self.bytes_read = before.saturating_add(text.len() as u64);
        if self.bytes_read <= self.options.max_pack_bytes {
            return true;
        }
        if before <= self.options.max_pack_bytes {
            let at = at(&self.texts);
            self.problems.push(Problem::error(
                path,
                at,
                format!(
                    "the pack's files come to more than {} in all, so `{path}` and the files after it are not read: \
                     make the pack smaller, or check that the same file is not named many times",
                    describe_bytes(self.options.max_pack_bytes)
                ),
            ));
        }
        false
    }

    fn read(&mut self, path: &str) -> Option<String> {
        match self.files.read_limited(path, self.options.max_file_bytes) {
            Ok(text) if !self.within_pack_limit(path, |_| (1, 1), &text) => None,
            Ok(text) => {
                self.texts.by_path.insert(path.to_owned(), text.clone());
                Some(text)
            }
            Err(err) => {
                let at = match &err {
                    FileError::NotUtf8 { line, col, .. } => (*line, *col),
                    _ => (1, 1),
                };
                self.problems
                    .push(Problem::error(path, at, err.to_string()));
                None
            }
        }
    }

    fn ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let text = self.read(path)?;
        match ron_options().from_str::<T>(&text) {
            Ok(value) => Some(value),
            Err(err) => {
                let at = (err.span.start.line.max(1), err.span.start.col.max(1));
                self.problems
                    .push(Problem::error(path, at, ron_message(&err.code)));
                None
            }
        }
    }

    /// Read and parse a Markdown file named by an index entry. Problems with
    /// the path itself are reported where the index names it.
    fn markdown_file(&mut self, index: &str, id: &str, rel: &str, from: &mut usize) -> Doc {
        // Where the index names this file (searching on from the previous
        // entry keeps big packs linear); turned into a line only on error.
        let offset = {
            let loc = self.texts.locator(index);
            let item = loc.find_id(id, *from).unwrap_or(*from);
            *from = item + 1;
            loc.find_field("file", item)
                .and_then(|f| loc.find_quoted(rel, f))
                .unwrap_or(item)
        };
        let at = |texts: &Texts| texts.position(index, offset);
        match self.files.read_limited(rel, self.options.max_file_bytes) {
            Ok(text) if !self.within_pack_limit(index, at, &text) => Doc::default(),
            Ok(text) => {
                let doc = markdown::parse(&text);
                self.texts.by_path.insert(rel.to_owned(), text);
                doc
            }
            Err(err @ FileError::NotUtf8 { .. }) => {
                let FileError::NotUtf8 { line, col, .. } = &err else {
                    return Doc::default();
                };
                self.problems
                    .push(Problem::error(rel, (*line, *col), err.to_string()));
                Doc::default()
            }
            Err(err) => {
                let at = at(&self.texts);
                self.problems
                    .push(Problem::error(index, at, err.to_string()));
                Doc::default()
            }
        }
    }
}

/// A RON error in words a staff member can act on.
fn ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    let hint = match code {
        E::NoSuchStructField { .. } => " (check the spelling of the field name, or remove it)",
        E::MissingStructField { .. } => " (add this field; see content/README.md)",
        E::NoSuchEnumVariant { .. } => " (check the spelling; allowed values are listed)",
        E::ExpectedString | E::ExpectedStringEnd => " (text must be in \"double quotes\")",
        E::Eof => " (the file ends too early: check for a missing `)` or `]`)",
        E::ExpectedComma => " (add a `,` at the end of the line before this one)",
        E::TrailingCharacters => " (there is text after the end: check for an extra `)` or `]`)",
        _ => "",
    };
    format!("{code}{hint}")
}

/// Which top-level files could not be read or parsed.
#[derive(Clone, Copy, Default)]
struct Failed {
    info: bool,
    comparison: bool,
    benefits: bool,
    approaches: bool,
    pages: bool,
    sources: bool,
    decision: bool,
}

impl Failed {
    fn any(self) -> bool {
        self.info
            || self.comparison
            || self.benefits
            || self.approaches
            || self.pages
            || self.sources
            || self.decision
    }

    /// Whether links and references of this kind can be checked.
    fn can_check(self, target: &LinkTarget) -> bool {
        match target {
            LinkTarget::Approach(_) => !self.approaches,
            LinkTarget::Page(_) => !self.pages,
            LinkTarget::Card(_) => !self.benefits,
            LinkTarget::CompareRow(_) => !self.comparison,
            LinkTarget::Source(_) => !self.sources,
            LinkTarget::Screen(Screen::Decide) => !self.decision,
            LinkTarget::Screen(_) | LinkTarget::External(_) => true,
        }
    }
}

/// Cross-reference and content checks on a parsed pack.
struct Checker<'a> {
    texts: &'a Texts,
    problems: &'a mut Vec<Problem>,
    failed: Failed,
    ids: Ids<'a>,
}

/// Every id in the pack, by kind, so a reference is checked without a scan
/// (big packs have thousands of links).
struct Ids<'a> {
    cards: HashSet<&'a str>,
    approaches: HashSet<&'a str>,
    pages: HashSet<&'a str>,
    rows: HashSet<&'a str>,
    sources: HashSet<&'a str>,
    /// Whether the pack has a `decision.ron`, so `screen:decide` goes somewhere.
    decision: bool,
}

impl<'a> Ids<'a> {
    fn new(pack: &'a Pack) -> Self {
        Self {
            cards: pack.benefits.cards.iter().map(|c| c.id.as_str()).collect(),
            approaches: pack
                .approaches
                .approaches
                .iter()
                .map(|a| a.id.as_str())
                .collect(),
            pages: pack.pages.pages.iter().map(|p| p.id.as_str()).collect(),
            rows: pack
                .comparison
                .tables
                .iter()
                .flat_map(|t| &t.rows)
                .map(|r| r.id.as_str())
                .collect(),
            sources: pack.sources.sources.iter().map(|s| s.id.as_str()).collect(),
            decision: pack.decision.is_some(),
        }
    }
}

/// An item of a list in a RON file, with where its `id` is written.
struct Item<'a> {
    path: &'static str,
    kind: &'static str,
    id: &'a str,
    offset: usize,
}

impl Checker<'_> {
    fn check(&mut self, pack: &Pack) {
        if !self.failed.info {
            self.check_info(&pack.info);
        }

        let rows: Vec<(Item<'_>, &super::model::Row)> = {
            let mut from = 0;
            pack.comparison
                .tables
                .iter()
                .flat_map(|t| &t.rows)
                .map(|row| {
                    let item = self.item(COMPARISON_FILE, "row", &row.id, &mut from);
                    (item, row)
                })
                .collect()
        };
        let tables: Vec<Item<'_>> = {
            let mut from = 0;
            pack.comparison
                .tables
                .iter()
                .map(|t| self.item(COMPARISON_FILE, "table", &t.id, &mut from))
                .collect()
        };
        let cards: Vec<Item<'_>> = {
            let mut from = 0;
            pack.benefits
                .cards
                .iter()
                .map(|c| self.item(BENEFITS_FILE, "card", &c.id, &mut from))
                .collect()
        };
        let approaches: Vec<Item<'_>> = {
            let mut from = 0;
            pack.approaches
                .approaches
                .iter()
                .map(|a| self.item(APPROACHES_FILE, "approach", &a.id, &mut from))
                .collect()
        };
        let pages: Vec<Item<'_>> = {
            let mut from = 0;
            pack.pages
                .pages
                .iter()
                .map(|p| self.item(PAGES_FILE, "page", &p.id, &mut from))
                .collect()
        };
        let sources: Vec<Item<'_>> = {
            let mut from = 0;
            pack.sources
                .sources
                .iter()
                .map(|s| self.item(SOURCES_FILE, "source", &s.id, &mut from))
                .collect()
        };

        for list in [
            tables.iter().collect::<Vec<_>>(),
            rows.iter().map(|(i, _)| i).collect(),
            cards.iter().collect(),
            approaches.iter().collect(),
            pages.iter().collect(),
            sources.iter().collect(),
        ] {
            self.check_ids(&list);
        }

        // Required text.
        if !self.failed.comparison {
            self.non_empty(COMPARISON_FILE, 0, "intro", &pack.comparison.intro);
        }
        if !self.failed.comparison && pack.comparison.tables.is_empty() {
            self.error_at(
                COMPARISON_FILE,
                0,
                "the comparison has no tables: add at least one `Table(…)`",
            );
        }
        for (table, item) in pack.comparison.tables.iter().zip(&tables) {
            self.non_empty(item.path, item.offset, "title", &table.title);
            if table.rows.is_empty() {
                self.error_at(
                    item.path,
                    item.offset,
                    format!("table `{}` has no rows", table.id),
                );
            }
        }
        for (item, row) in &rows {
            for (field, value) in [
                ("question", &row.question),
                ("individual", &row.individual),
                ("group", &row.group),
            ] {
                self.non_empty(item.path, item.offset, field, value);
            }
            self.check_source_refs(item, &row.sources);
        }
        if !self.failed.benefits {
            self.non_empty(BENEFITS_FILE, 0, "intro", &pack.benefits.intro);
        }
        for (card, item) in pack.benefits.cards.iter().zip(&cards) {
            for (field, value) in [
                ("title", &card.title),
                ("summary", &card.summary),
                ("body", &card.body),
            ] {
                self.non_empty(item.path, item.offset, field, value);
            }
            self.check_source_refs(item, &card.sources);
            self.check_links_in_ron(item, &card.doc);
            // Each card shows a trade-off, not only good points (an empty
            // body is already an error).
            let mark = pack.benefits.trade_off_mark.trim();
            if !card.body.trim().is_empty() && !mark.is_empty() && !has_trade_off(&card.body, mark)
            {
                let at = self.field_offset(item, "body");
                self.warning_at(
                    item.path,
                    at,
                    format!(
                        "card `{}` has no \"{mark}\" part: end its body with a paragraph that starts \
                         `**{mark}:**` and an honest trade-off",
                        card.id
                    ),
                );
            }
        }
        for format in Format::ALL {
            if !self.failed.benefits && pack.cards_for(format).next().is_none() {
                self.error_at(
                    BENEFITS_FILE,
                    0,
                    format!("there are no cards with `option: {format:?}`: add at least one"),
                );
            }
        }
        // As many cards for each format, so neither looks like it has more going for it.
        let (one, group) = (
            pack.cards_for(Format::Individual).count(),
            pack.cards_for(Format::Group).count(),
        );
        if !self.failed.benefits && one > 0 && group > 0 && one != group {
            let at = self
                .texts
                .locator(BENEFITS_FILE)
                .find_field("cards", 0)
                .unwrap_or(0);
            self.warning_at(
                BENEFITS_FILE,
                at,
                format!(
                    "there are {one} one-to-one cards and {group} group cards: give both formats the same number of cards"
                ),
            );
        }
        if !self.failed.approaches {
            self.non_empty(APPROACHES_FILE, 0, "intro", &pack.approaches.intro);
        }
        for (approach, item) in pack.approaches.approaches.iter().zip(&approaches) {
            for (field, value) in [
                ("title", &approach.title),
                ("summary", &approach.summary),
                ("file", &approach.file),
            ] {
                self.non_empty(item.path, item.offset, field, value);
            }
            if approach.formats.is_empty() {
                self.error_at(
                    item.path,
                    self.field_offset(item, "formats"),
                    "`formats` is empty: list at least one of OneToOne, Group",
                );
            }
            self.check_source_refs(item, &approach.sources);
            self.check_doc(&approach.file, &approach.doc);
        }
        for (page, item) in pack.pages.pages.iter().zip(&pages) {
            for (field, value) in [
                ("title", &page.title),
                ("summary", &page.summary),
                ("file", &page.file),
            ] {
                self.non_empty(item.path, item.offset, field, value);
            }
            self.check_source_refs(item, &page.sources);
            self.check_doc(&page.file, &page.doc);
        }
        for (source, item) in pack.sources.sources.iter().zip(&sources) {
            for (field, value) in [
                ("authors", &source.authors),
                ("title", &source.title),
                ("published_in", &source.published_in),
            ] {
                self.non_empty(item.path, item.offset, field, value);
            }
            if let Some(url) = &source.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                self.error_at(
                    item.path,
                    self.field_offset(item, "url"),
                    format!("source url `{url}` must start with https:// (or leave `url` out)"),
                );
            }
        }
        let everything_parsed = !(self.failed.comparison
            || self.failed.benefits
            || self.failed.approaches
            || self.failed.pages);
        if let Some(decision) = &pack.decision {
            self.check_decision(decision);
        }
        if everything_parsed && !self.failed.decision {
            self.check_unused_sources(pack, &sources);
        }
    }

    /// `decision.ron`'s `wording`: every field filled in, with the
    /// placeholders the app fills in and no others, and no verdicts.
    fn check_wording(&mut self, d: &Decision) {
        let path = DECISION_FILE;
        let wording_at = self
            .texts
            .locator(path)
            .find_field("wording", 0)
            .unwrap_or(0);
        for field in d.wording.fields() {
            let (name, text) = (field.name, field.text);
            if text.trim().is_empty() {
                self.non_empty(path, wording_at, name, text);
                continue;
            }
            let at = self
                .texts
                .locator(path)
                .find_field(name, wording_at)
                .unwrap_or(wording_at);
            for (placeholder, meaning) in decision::PLACEHOLDERS {
                if field.placeholders.contains(&placeholder) && !text.contains(placeholder) {
                    self.error_at(
                        path,
                        at,
                        format!(
                            "`{name}` needs `{placeholder}` ({meaning}): put it back in the text"
                        ),
                    );
                }
            }
            for unknown in decision::unknown_placeholders(text, field.placeholders) {
                let fix = match field.placeholders {
                    [] => "take it out".to_owned(),
                    allowed => format!(
                        "use only {}",
                        allowed
                            .iter()
                            .map(|p| format!("`{p}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                };
                self.error_at(
                    path,
                    at,
                    format!("`{name}` has `{unknown}`, which the app does not fill in: {fix}"),
                );
            }
            if let Some(phrase) = decision::verdict_in(text) {
                self.error_at(
                    path,
                    at,
                    format!("`{name}` says \"{phrase}\": never tell people what to choose"),
                );
            }
        }
    }

    /// `decision.ron`: complete, speaks to both options, balanced, no verdicts.
    fn check_decision(&mut self, d: &Decision) {
        let path = DECISION_FILE;
        for (field, value) in [
            ("title", &d.title),
            ("summary", &d.summary),
            ("intro", &d.intro),
            ("result_intro", &d.result_intro),
            ("both_note", &d.both_note),
            ("no_priorities_note", &d.no_priorities_note),
        ] {
            self.non_empty(path, 0, field, value);
        }
        let mut from = 0;
        let scales: Vec<Item<'_>> = d
            .scales
            .iter()
            .map(|s| self.item(path, "scale", &s.id, &mut from))
            .collect();
        let mut from = 0;
        let questions: Vec<Item<'_>> = d
            .questions
            .iter()
            .map(|q| self.item(path, "question", &q.id, &mut from))
            .collect();
        self.check_ids(&scales.iter().collect::<Vec<_>>());
        self.check_ids(&questions.iter().collect::<Vec<_>>());
        for (scale, item) in d.scales.iter().zip(&scales) {
            if scale.answers.len() < 2 {
                self.error_at(
                    path,
                    item.offset,
                    format!("scale `{}` needs at least two answers", scale.id),
                );
            }
            for answer in &scale.answers {
                self.non_empty(path, item.offset, "label", &answer.label);
                let mut messages = Vec::new();
                if !(-3..=3).contains(&answer.value) {
                    messages.push(format!(
                        "answer `{}` has value {}: use -3 to 3",
                        answer.label, answer.value
                    ));
                }
                if answer.unsure && answer.value != 0 {
                    messages.push(format!(
                        "answer `{}` is marked `unsure: true`, so its value {} never counts: \
                         set `value: 0`",
                        answer.label, answer.value
                    ));
                }
                if let Some(phrase) = decision::verdict_in(&answer.label) {
                    messages.push(format!(
                        "answer `{}` says \"{phrase}\": never tell people what to choose",
                        answer.label
                    ));
                }
                if messages.is_empty() {
                    continue;
                }
                let at = self
                    .texts
                    .locator(path)
                    .find_quoted(&answer.label, item.offset)
                    .unwrap_or(item.offset);
                for message in messages {
                    self.error_at(path, at, message);
                }
            }
        }
        if d.questions.is_empty() {
            self.error_at(
                path,
                0,
                "there are no questions: add at least one `Question(…)`",
            );
        }
        for (question, item) in d.questions.iter().zip(&questions) {
            for (field, value) in [
                ("topic", &question.topic),
                ("text", &question.text),
                ("help", &question.help),
                ("ask", &question.ask),
            ] {
                self.non_empty(path, item.offset, field, value);
            }
            if d.scale(&question.scale).is_none() {
                let at = self.field_offset(item, "scale");
                self.error_at(
                    path,
                    at,
                    format!(
                        "question `{}` uses scale `{}`, which is not in `scales`",
                        question.id, question.scale
                    ),
                );
            }
            // Every question speaks to both options, with a strength and a trade-off each.
            for (format, name) in [(Format::Individual, "individual"), (Format::Group, "group")] {
                let offer = question.offer(format);
                if offer.strength.trim().is_empty() || offer.trade_off.trim().is_empty() {
                    let at = self.field_offset(item, name);
                    self.error_at(
                        path,
                        at,
                        format!(
                            "question `{}` must speak to both options: fill in `{name}` with a strength and a trade-off",
                            question.id
                        ),
                    );
                }
            }
            let words = |f: Format| {
                let o = question.offer(f);
                o.strength.split_whitespace().count() + o.trade_off.split_whitespace().count()
            };
            // Equal detail for both options. A little more on one side is a
            // warning; more than twice as much tilts the aid, like a verdict
            // would, so the pack is refused until it is evened out.
            let (one, group) = (words(Format::Individual), words(Format::Group));
            let (fewer, more) = (one.min(group), one.max(group));
            if fewer > 0 && more > fewer * 2 {
                self.error_at(
                    path,
                    item.offset,
                    format!(
                        "question `{}` gives one-to-one {one} words and group {group}, more than twice as many on one side: \
                         give both options equal detail",
                        question.id
                    ),
                );
            } else if fewer > 0 && more * 2 > fewer * 3 {
                self.warning_at(
                    path,
                    item.offset,
                    format!(
                        "question `{}` gives one-to-one {one} words and group {group}: give both options equal detail",
                        question.id
                    ),
                );
            }
            self.check_source_refs(item, &question.sources);
            let texts = [
                Some(&question.topic),
                Some(&question.text),
                Some(&question.help),
                Some(&question.individual.strength),
                Some(&question.individual.trade_off),
                Some(&question.group.strength),
                Some(&question.group.trade_off),
                Some(&question.ask),
                question.ask_unsure.as_ref(),
            ];
            for text in texts.into_iter().flatten() {
                if let Some(phrase) = decision::verdict_in(text) {
                    let at = self
                        .texts
                        .locator(path)
                        .find(prefix(text, 20), item.offset)
                        .unwrap_or(item.offset);
                    self.error_at(
                        path,
                        at,
                        format!("question `{}` says \"{phrase}\": a decision aid describes, it never tells people what to choose", question.id),
                    );
                }
            }
        }
        for (field, text) in [
            ("summary", &d.summary),
            ("intro", &d.intro),
            ("result_intro", &d.result_intro),
            ("both_note", &d.both_note),
            ("no_priorities_note", &d.no_priorities_note),
        ] {
            if let Some(phrase) = decision::verdict_in(text) {
                let at = self.texts.locator(path).find_field(field, 0).unwrap_or(0);
                self.error_at(
                    path,
                    at,
                    format!("`{field}` says \"{phrase}\": never tell people what to choose"),
                );
            }
        }
        self.check_wording(d);
        let links: Vec<(usize, Option<String>)> = {
            let loc = self.texts.locator(path);
            let mut from = loc.find_field("both_note", 0).unwrap_or(0);
            d.both_doc
                .links
                .iter()
                .map(|link| {
                    let at = loc
                        .find(&format!("({})", link.target), from)
                        .unwrap_or(from);
                    from = at + 1;
                    (at, self.link_problem(&link.target))
                })
                .collect()
        };
        for (at, problem) in links {
            if let Some(message) = problem {
                self.error_at(path, at, message);
            }
        }
        // Balance: over every possible set of answers, each option can gather
        // as much as the other, so no option comes out ahead whatever is answered.
        if d.scales.iter().all(|s| !s.answers.is_empty()) && !d.questions.is_empty() {
            let (one, group) = d.reach();
            let at = self
                .texts
                .locator(path)
                .find_field("questions", 0)
                .unwrap_or(0);
            if one == 0 || group == 0 {
                let (never, name) = if one == 0 {
                    (Format::Individual, "one-to-one")
                } else {
                    (Format::Group, "group")
                };
                self.error_at(
                    path,
                    at,
                    format!(
                        "the questions are skewed: no answers can ever point towards {name} therapy (`leans: {never:?}`): \
                         balance the questions so each option can come out ahead"
                    ),
                );
            } else if one != group {
                self.error_at(
                    path,
                    at,
                    format!(
                        "the questions are not balanced: answers can point up to {one} towards one-to-one but {group} towards group: \
                         change `leans` or the answer values so both reach the same"
                    ),
                );
            }
        }
    }

    fn check_info(&mut self, info: &PackInfo) {
        let path = PACK_FILE;
        for (field, value) in [
            ("title", &info.title),
            ("tagline", &info.tagline),
            ("language", &info.language),
            ("region", &info.region),
            ("written_by", &info.written_by),
            ("funded_by", &info.funded_by),
            ("disclaimer", &info.disclaimer),
            ("disclaimer_detail", &info.disclaimer_detail),
            ("crisis_intro", &info.crisis_intro),
        ] {
            self.non_empty(path, 0, field, value);
        }
        for format in [&info.individual, &info.group] {
            self.non_empty(path, 0, "name", &format.name);
            self.non_empty(path, 0, "summary", &format.summary);
        }
        let mut dates = Vec::new();
        for (field, value) in [
            ("published", &info.published),
            ("last_reviewed", &info.last_reviewed),
            ("next_review", &info.next_review),
        ] {
            let date = parse_date(value);
            if date.is_none() {
                self.error_at(
                    path,
                    self.texts.locator(path).find_field(field, 0).unwrap_or(0),
                    format!("`{field}` is `{value}`, not a date: write it as YYYY-MM-DD, like \"2026-11-23\""),
                );
            }
            dates.push(date);
        }
        if let [Some(published), Some(reviewed), _] = dates[..]
            && reviewed < published
        {
            self.error_at(
                path,
                self.texts
                    .locator(path)
                    .find_field("last_reviewed", 0)
                    .unwrap_or(0),
                "`last_reviewed` is before `published`: check both dates",
            );
        }
        if let [_, Some(reviewed), Some(next)] = dates[..]
            && next <= reviewed
        {
            self.error_at(
                path,
                self.texts.locator(path).find_field("next_review", 0).unwrap_or(0),
                "`next_review` must be after `last_reviewed`: set the date of the next planned review",
            );
        }
        if info.crisis_contacts.is_empty() {
            self.error_at(
                path,
                self.texts
                    .locator(path)
                    .find_field("crisis_contacts", 0)
                    .unwrap_or(0),
                "`crisis_contacts` is empty: list at least one way to get help now",
            );
        }
        let loc = self.texts.locator(path);
        let mut from = loc.find_field("crisis_contacts", 0).unwrap_or(0);
        for contact in &info.crisis_contacts {
            let at = loc.find_quoted(&contact.name, from).unwrap_or(from);
            from = at;
            for (field, value) in [
                ("name", &contact.name),
                ("how", &contact.how),
                ("when", &contact.when),
            ] {
                self.non_empty(path, at, field, value);
            }
        }
    }

    /// Where item `id` is declared in `path`, searching on from the previous item.
    fn item<'i>(
        &self,
        path: &'static str,
        kind: &'static str,
        id: &'i str,
        from: &mut usize,
    ) -> Item<'i> {
        let offset = self.texts.locator(path).find_id(id, *from).unwrap_or(*from);
        *from = offset + 1;
        Item {
            path,
            kind,
            id,
            offset,
        }
    }

    fn field_offset(&self, item: &Item<'_>, field: &str) -> usize {
        self.texts
            .locator(item.path)
            .find_field(field, item.offset)
            .unwrap_or(item.offset)
    }

    fn error_at(&mut self, path: &str, offset: usize, message: impl Into<String>) {
        let at = self.texts.position(path, offset);
        self.problems.push(Problem::error(path, at, message));
    }

    fn warning_at(&mut self, path: &str, offset: usize, message: impl Into<String>) {
        let at = self.texts.position(path, offset);
        self.problems.push(Problem::warning(path, at, message));
    }

    fn non_empty(&mut self, path: &str, from: usize, field: &str, value: &str) {
        if value.trim().is_empty() {
            let offset = self
                .texts
                .locator(path)
                .find_field(field, from)
                .unwrap_or(from);
            self.error_at(
                path,
                offset,
                format!("`{field}` is empty: write some text here"),
            );
        }
    }

    fn check_ids(&mut self, items: &[&Item<'_>]) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for item in items {
            if !valid_id(item.id) {
                self.error_at(
                    item.path,
                    item.offset,
                    format!(
                        "{} id `{}` must use only lowercase letters, digits and hyphens, like \"peer-support\"",
                        item.kind, item.id
                    ),
                );
            }
            if let Some(first) = seen.get(item.id) {
                let (line, col) = self.texts.position(item.path, *first);
                self.error_at(
                    item.path,
                    item.offset,
                    format!(
                        "duplicate {} id `{}`: it is already used at line {line}, column {col}; give each {} its own id",
                        item.kind, item.id, item.kind
                    ),
                );
            } else {
                seen.insert(item.id, item.offset);
            }
        }
    }

    fn check_source_refs(&mut self, item: &Item<'_>, refs: &[String]) {
        if refs.is_empty() {
            // Readers see each item's sources under it: an item with none
            // looks like opinion.
            self.warning_at(
                item.path,
                item.offset,
                format!(
                    "{} `{}` names no sources: add the ids of the sources it rests on, like `sources: [\"khan-2012\"]`",
                    item.kind, item.id
                ),
            );
        }
        if self.failed.sources {
            return;
        }
        let loc = self.texts.locator(item.path);
        let list = loc
            .find_field("sources", item.offset)
            .unwrap_or(item.offset);
        let mut from = list;
        for id in refs {
            let at = loc.find_quoted(id, from).unwrap_or(from);
            from = at + 1;
            if !self.ids.sources.contains(id.as_str()) {
                self.error_at(
                    item.path,
                    at,
                    format!(
                        "{} `{}` names source `{id}`, which is not in sources.ron: add it there or fix the id",
                        item.kind, item.id
                    ),
                );
            }
        }
    }

    /// Links inside Markdown written in a RON string: placed by finding `(target)`.
    fn check_links_in_ron(&mut self, item: &Item<'_>, doc: &Doc) {
        let loc = self.texts.locator(item.path);
        let mut from = item.offset;
        let mut found = Vec::new();
        for link in &doc.links {
            let at = loc
                .find(&format!("({})", link.target), from)
                .unwrap_or(from);
            from = at + 1;
            found.push((at, self.link_problem(&link.target)));
        }
        for (at, problem) in found {
            if let Some(message) = problem {
                self.error_at(item.path, at, message);
            }
        }
    }

    /// Links in a Markdown file: placed exactly.
    fn check_doc(&mut self, path: &str, doc: &Doc) {
        for link in &doc.links {
            if let Some(message) = self.link_problem(&link.target) {
                self.error_at(path, link.offset, message);
            }
        }
        let mut in_headings = Vec::new();
        heading_links(&doc.blocks, &mut in_headings);
        for link in in_headings.into_iter().filter_map(|i| doc.links.get(i)) {
            self.warning_at(
                path,
                link.offset,
                format!(
                    "the link to `{}` is in a heading, where it shows as plain words: move it into the text below the heading",
                    link.target
                ),
            );
        }
    }

    fn check_unused_sources(&mut self, pack: &Pack, items: &[Item<'_>]) {
        let mut used: Vec<&str> = Vec::new();
        let rows = pack
            .comparison
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .flat_map(|r| &r.sources);
        let cards = pack.benefits.cards.iter().flat_map(|c| &c.sources);
        let approaches = pack.approaches.approaches.iter().flat_map(|a| &a.sources);
        let pages = pack.pages.pages.iter().flat_map(|p| &p.sources);
        used.extend(
            rows.chain(cards)
                .chain(approaches)
                .chain(pages)
                .map(String::as_str),
        );
        let docs = pack
            .benefits
            .cards
            .iter()
            .map(|c| &c.doc)
            .chain(pack.approaches.approaches.iter().map(|a| &a.doc))
            .chain(pack.pages.pages.iter().map(|p| &p.doc));
        for doc in docs {
            for link in &doc.links {
                if let Ok(LinkTarget::Source(id)) = LinkTarget::parse(&link.target) {
                    used.push(pack.source(&id).map_or("", |s| s.id.as_str()));
                }
            }
        }
        for item in items {
            if !used.contains(&item.id) {
                self.warning_at(
                    item.path,
                    item.offset,
                    format!(
                        "source `{}` is not used by any row, card, approach or page",
                        item.id
                    ),
                );
            }
        }
    }
}

impl Checker<'_> {
    /// Grade every card, approach and page, and warn where text is hard to read.
    /// Each is graded with its one-line summary, which people read with it.
    fn check_reading_level(&mut self, pack: &Pack) -> Vec<Reading> {
        let with_summary =
            |summary: &str, doc: &Doc| format!("{}\n{}", summary.trim(), doc.prose_text());
        let mut out = Vec::new();
        let mut from = 0;
        for card in &pack.benefits.cards {
            let item = self.item(BENEFITS_FILE, "card", &card.id, &mut from);
            if let Some(grade) = readability::grade(&with_summary(&card.summary, &card.doc)) {
                let at = self.field_offset(&item, "body");
                self.warn_if_hard(BENEFITS_FILE, at, "card", &card.id, grade);
                out.push(Reading {
                    kind: "card",
                    id: card.id.clone(),
                    grade,
                });
            }
        }
        for approach in &pack.approaches.approaches {
            if let Some(grade) = readability::grade(&with_summary(&approach.summary, &approach.doc))
            {
                self.warn_if_hard(&approach.file, 0, "approach", &approach.id, grade);
                out.push(Reading {
                    kind: "approach",
                    id: approach.id.clone(),
                    grade,
                });
            }
        }
        for page in &pack.pages.pages {
            if let Some(grade) = readability::grade(&with_summary(&page.summary, &page.doc)) {
                self.warn_if_hard(&page.file, 0, "page", &page.id, grade);
                out.push(Reading {
                    kind: "page",
                    id: page.id.clone(),
                    grade,
                });
            }
        }
        out
    }

    fn warn_if_hard(&mut self, path: &str, offset: usize, kind: &str, id: &str, grade: f64) {
        if grade > readability::MAX_GRADE {
            self.warning_at(
                path,
                offset,
                format!(
                    "{kind} `{id}` reads at grade {grade:.1} (Flesch–Kincaid), above grade {:.0}: \
                     use shorter sentences and everyday words",
                    readability::MAX_GRADE
                ),
            );
        }
    }

    /// What is wrong with a link, if anything.
    fn link_problem(&self, target: &str) -> Option<String> {
        let parsed = match LinkTarget::parse(target) {
            Ok(parsed) => parsed,
            Err(err) => return Some(err.to_string()),
        };
        if !self.failed.can_check(&parsed) {
            return None;
        }
        link_problem(&parsed, target, &self.ids)
    }
}

/// What is wrong with a parsed link, if anything.
fn link_problem(parsed: &LinkTarget, target: &str, ids: &Ids<'_>) -> Option<String> {
    let (kind, id, exists) = match parsed {
        LinkTarget::Screen(Screen::Decide) if !ids.decision => {
            return Some(format!(
                "link `{target}` goes to the \"Which fits me?\" questions, but this pack has no `decision.ron`: add the file, or take the link out"
            ));
        }
        LinkTarget::Screen(_) | LinkTarget::External(_) => return None,
        LinkTarget::Approach(id) => ("approach", id, ids.approaches.contains(id.as_str())),
        LinkTarget::Page(id) => ("page", id, ids.pages.contains(id.as_str())),
        LinkTarget::Card(id) => ("card", id, ids.cards.contains(id.as_str())),
        LinkTarget::CompareRow(id) => ("comparison row", id, ids.rows.contains(id.as_str())),
        LinkTarget::Source(id) => ("source", id, ids.sources.contains(id.as_str())),
    };
    (!exists).then(|| format!("link `{target}` goes to {kind} `{id}`, which does not exist"))
}

/// Ids are lowercase ASCII letters, digits and single hyphens.
/// Links (indices into [`Doc::links`]) written inside headings, at any depth.
fn heading_links(blocks: &[markdown::Block], out: &mut Vec<usize>) {
    for block in blocks {
        match block {
            markdown::Block::Heading { text, .. } => out.extend(text.link_indices()),
            markdown::Block::List { items, .. } => {
                for item in items {
                    heading_links(item, out);
                }
            }
            markdown::Block::Quote(inner) => heading_links(inner, out),
            _ => {}
        }
    }
}

/// Whether a card's body has its trade-off paragraph (opened by `mark`,
/// "Keep in mind" unless `benefits.ron` says otherwise), in any letter case.
fn has_trade_off(body: &str, mark: &str) -> bool {
    body.to_lowercase().contains(&mark.to_lowercase())
}

/// "32 MiB", or "40000 bytes" when not a whole number of MiB.
fn describe_bytes(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// The first `chars` characters of `text` (never cuts a character in two).
fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(end, _)| &text[..end])
}

pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A calendar date, comparable.
pub type Date = (u16, u8, u8);

/// Parse `YYYY-MM-DD`, checking the day exists.
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// Load a pack for the app: a folder if given and usable, else the built-in pack.
///
/// Returns the pack and, when a folder was refused, a short notice for staff.
/// Every problem is logged.
pub fn load_or_builtin(dir: Option<&std::path::Path>) -> (Pack, Option<String>) {
    if let Some(dir) = dir {
        let files = PackFiles::Dir(dir.to_path_buf());
        let loaded = load(&files);
        for problem in &loaded.problems {
            if problem.is_error() {
                log::error!("{}: {problem}", files.describe());
            } else {
                log::warn!("{}: {problem}", files.describe());
            }
        }
        match loaded.pack {
            Some(pack) if loaded.error_count() == 0 => return (pack, None),
            _ => {
                let notice = format!(
                    "Staff note: the content pack in {} has {} problem(s), so the built-in content is shown. \
                     Run `therapy-explorer check {}` to see them.",
                    files.describe(),
                    loaded.error_count(),
                    files.describe()
                );
                return (builtin(), Some(notice));
            }
        }
    }
    (builtin(), None)
}

/// The built-in pack. It is checked by the test suite, so it always loads;
/// should it ever not, an empty placeholder keeps the app alive.
pub fn builtin() -> Pack {
    let loaded = load(&PackFiles::Embedded);
    for problem in loaded.problems.iter().filter(|p| p.is_error()) {
        log::error!("built-in pack: {problem}");
    }
    loaded.pack.unwrap_or_else(placeholder)
}

fn placeholder() -> Pack {
    use super::model::{Contact, FormatInfo};
    let text = |s: &str| s.to_owned();
    Pack {
        info: PackInfo {
            title: text("Therapy Explorer"),
            tagline: text("The content could not be loaded. Please ask staff for help."),
            language: text("en"),
            region: text(""),
            published: text("2026-01-01"),
            last_reviewed: text("2026-01-01"),
            next_review: text("2026-01-02"),
            written_by: text(""),
            funded_by: text(""),
            disclaimer: text("General information, not medical advice."),
            disclaimer_detail: text("General information, not medical advice."),
            individual: FormatInfo {
                name: text("One-to-one therapy"),
                summary: text(""),
            },
            group: FormatInfo {
                name: text("Group therapy"),
                summary: text(""),
            },
            crisis_intro: text("If you are in danger, get help now."),
            crisis_contacts: vec![Contact {
                name: text("Emergency services"),
                how: text("Call your local emergency number"),
                when: text("If you or someone else is in danger"),
            }],
            topics: Vec::new(),
        },
        comparison: Comparison {
            intro: String::new(),
            tables: Vec::new(),
        },
        benefits: Benefits {
            intro: String::new(),
            trade_off_mark: String::new(),
            cards: Vec::new(),
        },
        approaches: Approaches {
            intro: String::new(),
            approaches: Vec::new(),
        },
        pages: Pages { pages: Vec::new() },
        sources: Sources {
            sources: Vec::new(),
        },
        decision: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_never_cuts_a_character() {
        assert_eq!(prefix("It’s simple", 3), "It’");
        assert_eq!(prefix("short", 20), "short");
        assert_eq!(prefix("", 20), "");
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2026-11-23"), Some((2026, 11, 23)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("26-11-23"), None);
        assert_eq!(parse_date("next year"), None);
    }

    #[test]
    fn ids() {
        assert!(valid_id("peer-support"));
        assert!(valid_id("cbt2"));
        assert!(!valid_id("Peer Support"));
        assert!(!valid_id("-x"));
        assert!(!valid_id("a--b"));
        assert!(!valid_id(""));
    }
}

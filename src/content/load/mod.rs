//! Loading a pack: read its files, parse them, check everything, and give
//! back what can be shown.
//!
//! Loading never stops at the first problem: a clinic editor should be able
//! to fix every mistake in one pass. And one mistake never costs the whole
//! pack: a broken card, row, approach, page, source or contact is left out
//! (links to it become plain words) and the rest of the clinic's own pack is
//! shown. "Which fits me?" is all or nothing: a half-read decision aid could
//! tilt towards one option.

mod tolerant;

pub(crate) use tolerant::parse as parse_tolerant;

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;

use super::check::{self, Failed, LeftOutItem};
use super::decision::Decision;
use super::files::{FileError, PackFiles};
use super::items::ItemKind;
use super::links::LinkTarget;
use super::markdown::{self, Doc};
use super::model::{Approaches, Benefits, Comparison, Pack, PackInfo, Pages, Sources};
use super::problem::{Locator, Problem};

/// The result of loading a pack.
#[derive(Debug)]
pub struct Loaded {
    /// Everything that could be read and passed its checks.
    pub pack: Pack,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
    /// The reading level of every card, approach and page, in every language.
    pub reading: Vec<Reading>,
    /// The pack in each other language it has, complete: what a translation
    /// leaves out is there in the default language, marked (see `Pack::fallbacks`).
    pub translations: Vec<Pack>,
}

/// The reading level of one item's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub kind: ItemKind,
    pub id: String,
    /// The score's number: a grade in English, an ease in Spanish.
    pub grade: f64,
    pub score: super::readability::Score,
    /// The language tag of the text graded.
    pub language: String,
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
/// Optional: paired made-up stories.
pub const STORIES_FILE: &str = "stories.ron";
/// Optional: the Easy Read edition.
pub const EASY_READ_FILE: &str = "easy-read.ron";

/// The text of each file read, kept to place problems found after parsing.
#[derive(Default)]
pub(crate) struct Texts {
    by_path: HashMap<String, String>,
}

impl Texts {
    pub(crate) fn locator(&self, path: &str) -> Locator<'_> {
        Locator::new(self.get(path))
    }

    pub(crate) fn position(&self, path: &str, offset: usize) -> (usize, usize) {
        self.locator(path).position(offset)
    }

    pub(crate) fn get(&self, path: &str) -> &str {
        self.by_path.get(path).map_or("", String::as_str)
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
    /// Today, for dates in the past (`None`: the system's date).
    pub today: Option<Date>,
    /// The interface's contrast rule for a clinic's colours (`None`: the
    /// colours' form is checked, not their contrast). `check` and the app
    /// pass `ui::theme::accent_shortfalls`; the content model knows no palette.
    pub accent_rule: Option<super::clinic::AccentRule>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: super::files::MAX_FILE_BYTES,
            max_pack_bytes: super::files::MAX_PACK_BYTES,
            today: None,
            accent_rule: None,
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
    /// Items a RON error left out, so links to them can say why they fail.
    left_out: Vec<LeftOutItem>,
    /// Markdown files that could not be read: their items are left out.
    unread: HashSet<String>,
    /// A translation: files and texts it leaves out come from the default
    /// language, so their absence is not a problem.
    partial: bool,
}

/// Load and check the pack in `files`.
pub fn load(files: &PackFiles) -> Loaded {
    load_with(files, LoadOptions::default())
}

/// [`load`] with options.
pub fn load_with(files: &PackFiles, options: LoadOptions) -> Loaded {
    if let Some(problem) = files.missing_folder() {
        return Loaded {
            pack: Pack::default(),
            problems: vec![problem],
            reading: Vec::new(),
            translations: Vec::new(),
        };
    }
    let (mut loaded, mut bytes) = load_one(files, options, false, 0);
    for tag in super::translation::tags(files) {
        // One limit for the whole pack, every language together: once it
        // is reached, the rest is not read (and said once).
        if bytes > options.max_pack_bytes {
            break;
        }
        let translated = super::translation::load(files, &tag, &loaded.pack, options, bytes);
        bytes = translated.bytes_read;
        loaded.problems.extend(translated.problems);
        loaded.reading.extend(translated.reading);
        loaded.translations.push(translated.pack);
    }
    loaded
}

/// Load one language's files: the default pack, or (`partial`) a
/// translation, whose missing files and texts are not problems. `bytes`
/// were read before (by other languages); returns the total after.
pub(crate) fn load_one(
    files: &PackFiles,
    options: LoadOptions,
    partial: bool,
    bytes: u64,
) -> (Loaded, u64) {
    let mut loader = Loader {
        files,
        options,
        texts: Texts::default(),
        problems: Vec::new(),
        bytes_read: bytes,
        left_out: Vec::new(),
        unread: HashSet::new(),
        partial,
    };
    let info = loader.ron::<PackInfo>(PACK_FILE).map(|mut info| {
        if let Some(clinic) = &mut info.clinic {
            loader.clinic_files(clinic);
        }
        info
    });
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
            .strict_ron::<Decision>(DECISION_FILE)
            .map(|mut d| {
                d.both_doc = markdown::parse(&d.both_note);
                Some(d)
            })
            .ok_or(())
    };

    let stories = loader.optional_ron::<super::model::Stories>(STORIES_FILE);
    let easy_read = loader.optional_ron::<super::model::EasyRead>(EASY_READ_FILE);
    let groups = loader.optional_ron::<super::clinic::Groups>(super::clinic::GROUPS_FILE);
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
    let mut pack = Pack {
        info: info.unwrap_or_default(),
        comparison: comparison.unwrap_or_default(),
        benefits: benefits.unwrap_or_default(),
        approaches: approaches.unwrap_or_default(),
        pages: pages.unwrap_or_default(),
        sources: sources.unwrap_or_default(),
        decision: decision.unwrap_or_default(),
        stories: stories.unwrap_or_default(),
        easy_read,
        groups: groups.unwrap_or_default(),
        ..Pack::default()
    };
    let today = options.today.unwrap_or_else(today);
    let outcome = check::check(
        &pack,
        &check::Context {
            texts: &loader.texts,
            failed,
            left_out: &loader.left_out,
            unread: &loader.unread,
            partial,
            today,
            language: super::readability::Language::from_tag(&pack.info.language),
            accent_rule: options.accent_rule,
        },
    );
    let mut problems = loader.problems;
    problems.extend(outcome.problems);
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    let decision_broken = problems
        .iter()
        .any(|p| p.is_error() && p.path == DECISION_FILE);
    outcome.drops.apply(&mut pack);
    if decision_broken {
        pack.decision = None;
    }
    if !partial {
        unlink_dead_links(&mut pack);
    }
    let language = pack.info.language.clone();
    let mut reading = outcome.reading;
    for r in &mut reading {
        r.language.clone_from(&language);
    }
    let loaded = Loaded {
        pack,
        problems,
        reading,
        translations: Vec::new(),
    };
    (loaded, loader.bytes_read)
}

/// Links to items that are not in the pack (left out, or never there)
/// become plain words, so nobody taps their way to an empty screen.
pub(crate) fn unlink_dead_links(pack: &mut Pack) {
    let ids: HashSet<(ItemKind, String)> =
        pack.items().map(|i| (i.kind, i.id.to_owned())).collect();
    let has_decision = pack.decision.is_some();
    let has_clinic = super::clinic::has_section(pack);
    let alive = |target: &str| match LinkTarget::parse(target) {
        Ok(LinkTarget::External(_)) => true,
        Ok(LinkTarget::Screen(super::links::Screen::Decide)) => has_decision,
        Ok(LinkTarget::Screen(super::links::Screen::Clinic)) => has_clinic,
        Ok(LinkTarget::Screen(_)) => true,
        Ok(other) => {
            ItemKind::of_link(&other).is_some_and(|(kind, id)| ids.contains(&(kind, id.to_owned())))
        }
        Err(_) => false,
    };
    for card in &mut pack.benefits.cards {
        card.doc.unlink(alive);
    }
    for approach in &mut pack.approaches.approaches {
        approach.doc.unlink(alive);
    }
    for page in &mut pack.pages.pages {
        page.doc.unlink(alive);
    }
    if let Some(clinic) = &mut pack.info.clinic {
        clinic.start_doc.unlink(alive);
    }
    if let Some(decision) = &mut pack.decision {
        decision.both_doc.unlink(alive);
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
        bytes: u64,
    ) -> bool {
        let before = self.bytes_read;
        self.bytes_read = before.saturating_add(bytes);
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
            // A translation without this file: the default language's is used.
            Err(FileError::Missing(_)) if self.partial => None,
            Ok(text) if !self.within_pack_limit(path, |_| (1, 1), text.len() as u64) => None,
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

    /// Parse a RON file, leaving out the items (or top-level fields) that
    /// are broken. `None` only when nothing of it can be read.
    fn ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let text = self.read(path)?;
        let parsed = tolerant::parse::<T>(&text);
        let loc = Locator::new(&text);
        for error in parsed.errors {
            let mut message = error.message;
            if let Some(left_out) = &error.left_out {
                message.push_str(&left_out_words(left_out));
                if let (Some(kind), Some(id)) = (
                    ItemKind::ALL
                        .into_iter()
                        .find(|k| k.ron_name().eq_ignore_ascii_case(&left_out.kind)),
                    &left_out.name,
                ) {
                    self.left_out.push(LeftOutItem {
                        kind,
                        id: id.clone(),
                        path: path.to_owned(),
                        at: loc.position(error.offset),
                    });
                }
            }
            self.problems
                .push(Problem::error(path, loc.position(error.offset), message));
        }
        parsed.value
    }

    /// A file a pack may leave out: parsed as [`Self::ron`] when it is there.
    fn optional_ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        if matches!(self.files.read(path), Err(FileError::Missing(_))) {
            return None;
        }
        self.ron(path)
    }

    /// Parse a RON file that is used whole or not at all.
    fn strict_ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
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

    /// The files `clinic` names in `pack.ron`: its start page (in every
    /// language) and its logo (the default language's only: a translation
    /// keeps the clinic's logo and colours).
    fn clinic_files(&mut self, clinic: &mut super::clinic::Clinic) {
        let clinic_at = self
            .texts
            .locator(PACK_FILE)
            .find_field("clinic", 0)
            .unwrap_or(0);
        let field_at = |texts: &Texts, field: &str| {
            let loc = texts.locator(PACK_FILE);
            let at = loc.find_field(field, clinic_at).unwrap_or(clinic_at);
            loc.position(at)
        };
        if let Some(rel) = clinic.start.clone().filter(|r| !r.trim().is_empty()) {
            match self.files.read_limited(&rel, self.options.max_file_bytes) {
                Ok(text)
                    if !self.within_pack_limit(
                        PACK_FILE,
                        |t| field_at(t, "start"),
                        text.len() as u64,
                    ) =>
                {
                    self.unread.insert(rel);
                }
                Ok(text) => {
                    clinic.start_doc = markdown::parse(&text);
                    clinic.start_title = clinic
                        .start_doc
                        .blocks
                        .iter()
                        .find_map(|b| match b {
                            markdown::Block::Heading { level: 1, text } => Some(text.plain()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    self.texts.by_path.insert(rel, text);
                }
                Err(err) => {
                    let at = match &err {
                        FileError::NotUtf8 { line, col, .. } => {
                            self.problems.push(Problem::error(
                                &rel,
                                (*line, *col),
                                err.to_string(),
                            ));
                            self.unread.insert(rel);
                            return;
                        }
                        _ => field_at(&self.texts, "start"),
                    };
                    let mut message = err.to_string();
                    if matches!(err, FileError::Missing(_)) {
                        message.push_str(&self.files.did_you_mean(&rel));
                    }
                    self.problems.push(Problem::error(PACK_FILE, at, message));
                    self.unread.insert(rel);
                }
            }
        }
        if self.partial {
            return;
        }
        let Some(rel) = clinic.logo.clone().filter(|r| !r.trim().is_empty()) else {
            return;
        };
        let max = super::clinic::LOGO_MAX_BYTES;
        let decoded = match self.files.read_bytes(&rel, max) {
            Ok(bytes)
                if !self.within_pack_limit(
                    PACK_FILE,
                    |t| field_at(t, "logo"),
                    bytes.len() as u64,
                ) =>
            {
                return;
            }
            Ok(bytes) => super::clinic::decode_logo(&rel, &bytes).map_err(|e| e.to_string()),
            Err(FileError::TooLarge { bytes, .. }) => Err(super::clinic::LogoError::TooLarge {
                path: rel.clone(),
                bytes,
            }
            .to_string()),
            Err(err) => {
                let mut message = err.to_string();
                if matches!(err, FileError::Missing(_)) {
                    message.push_str(&self.files.did_you_mean(&rel));
                }
                Err(message)
            }
        };
        match decoded {
            Ok(logo) => clinic.logo_image = Some(logo),
            Err(message) => {
                let at = field_at(&self.texts, "logo");
                self.problems.push(Problem::error(
                    PACK_FILE,
                    at,
                    format!("{message}; the clinic's name is shown without a logo until then"),
                ));
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
            Ok(text) if !self.within_pack_limit(index, at, text.len() as u64) => {
                self.unread.insert(rel.to_owned());
                Doc::default()
            }
            Ok(text) => {
                let doc = markdown::parse(&text);
                self.texts.by_path.insert(rel.to_owned(), text);
                doc
            }
            Err(err) => {
                self.unread.insert(rel.to_owned());
                if let FileError::NotUtf8 { line, col, .. } = &err {
                    self.problems
                        .push(Problem::error(rel, (*line, *col), err.to_string()));
                    return Doc::default();
                }
                let mut message = err.to_string();
                if matches!(err, FileError::Missing(_)) {
                    message.push_str(&self.files.did_you_mean(rel));
                }
                let at = at(&self.texts);
                self.problems.push(Problem::error(index, at, message));
                Doc::default()
            }
        }
    }
}

/// "; card `peer-support` is left out until this is fixed".
fn left_out_words(left_out: &tolerant::LeftOut) -> String {
    match (left_out.kind.as_str(), &left_out.name) {
        ("field", Some(name)) => {
            format!("; `{name}` is left out until this is fixed")
        }
        ("field", None) | ("text after the end", _) => String::new(),
        (kind, Some(id)) => format!("; {kind} `{id}` is left out until this is fixed"),
        (kind, None) => format!("; this {kind} is left out until this is fixed"),
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
        E::ExpectedDifferentStructName { .. } => {
            " (check the name before the first `(`: see content/README.md for how the file starts)"
        }
        _ => "",
    };
    format!("{code}{hint}")
}

/// "32 MiB", or "40000 bytes" when not a whole number of MiB.
pub(crate) fn describe_bytes(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// The first `chars` characters of `text` (never cuts a character in two).
pub(crate) fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(end, _)| &text[..end])
}
/// What went wrong with a clinic's pack, for the note staff see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackTrouble {
    /// The folder, as given.
    pub folder: String,
    /// How many errors `check` will list.
    pub errors: usize,
}

/// Load the pack the app shows: the clinic's own folder if one is given
/// (with whatever could be read, never another pack), else the built-in one.
///
/// Every problem is logged; the trouble, if any, is returned for the staff note.
pub fn load_for_app(dir: Option<&std::path::Path>) -> (Pack, Option<PackTrouble>) {
    let Some(dir) = dir else {
        return (builtin(), None);
    };
    let files = PackFiles::Dir(dir.to_path_buf());
    let loaded = load(&files);
    for problem in &loaded.problems {
        if problem.is_error() {
            log::error!("{}: {problem}", files.describe());
        } else {
            log::warn!("{}: {problem}", files.describe());
        }
    }
    let errors = loaded.error_count();
    let trouble = (errors > 0).then(|| PackTrouble {
        folder: files.describe(),
        errors,
    });
    (loaded.pack, trouble)
}

/// The built-in pack. It is checked by the test suite, so it always loads;
/// should it ever not, an empty placeholder keeps the app alive.
pub fn builtin() -> Pack {
    let loaded = load(&PackFiles::Embedded);
    for problem in loaded.problems.iter().filter(|p| p.is_error()) {
        log::error!("built-in pack: {problem}");
    }
    if loaded.error_count() > 0 {
        // Never happens (a test checks the built-in pack), but if it did:
        // an empty pack, whose crisis window falls back to the words that
        // fit every region.
        return Pack::default();
    }
    loaded.pack
}

pub use super::dates::{Date, civil_from_days, parse_date, today, valid_id};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_never_cuts_a_character() {
        assert_eq!(prefix("It’s simple", 3), "It’");
        assert_eq!(prefix("short", 20), "short");
        assert_eq!(prefix("", 20), "");
    }
}

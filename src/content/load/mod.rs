//! Loading a pack: read its files, parse them, check everything, and give
//! back what can be shown.
//!
//! Loading never stops at the first problem: a clinic editor should be able
//! to fix every mistake in one pass. And one mistake never costs the whole
//! pack: a broken card, row, approach, page, source or contact is left out
//! (links to it become plain words) and the rest of the clinic's own pack is
//! shown. "Which fits me?" is all or nothing: a half-read decision aid could
//! tilt towards one option.

mod reader;
mod tolerant;

use reader::ron_options;
pub(crate) use reader::{prefix, ron_message};
pub(crate) use tolerant::parse as parse_tolerant;

use std::collections::{HashMap, HashSet};

use super::check::{self, Failed, LeftOutItem};
use super::decision::Decision;
use super::files::{FileError, PackFiles};
use super::items::ItemKind;
use super::links::LinkTarget;
use super::markdown;
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

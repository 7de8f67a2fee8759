//! Packs in more than one language.
//!
//! A pack's default language sits at its top level, as it always has; each
//! other language is a folder `translations/<tag>/` (for example
//! `translations/es-US/`) holding the same files, with the same ids, rows,
//! links and sources. A translation may leave files or items out: they are
//! shown in the default language, marked, so a translation in progress is
//! already usable. The checker compares the two and warns about every
//! difference (parity), in the translation's files.

use std::collections::BTreeSet;

use super::files::PackFiles;
use super::items::{Item, ItemKind};
use super::load::{LoadOptions, Reading, load_one, unlink_dead_links};
use super::model::{Pack, PackInfo};
use super::problem::{Locator, Problem};

/// The folder that holds the translations.
pub const TRANSLATIONS: &str = "translations";

/// A translation, merged with the default language, and what was found.
pub struct Translated {
    pub pack: Pack,
    pub problems: Vec<Problem>,
    pub reading: Vec<Reading>,
    /// Bytes read by the whole pack so far, this translation included.
    pub bytes_read: u64,
}

/// The language tags of a pack's translations (its `translations/<tag>/` folders).
pub fn tags(files: &PackFiles) -> Vec<String> {
    let prefix = format!("{TRANSLATIONS}/");
    let tags: BTreeSet<String> = files
        .list()
        .iter()
        .filter_map(|path| path.strip_prefix(&prefix))
        .filter_map(|rest| rest.split_once('/').map(|(tag, _)| tag.to_owned()))
        .collect();
    tags.into_iter().collect()
}

/// Load the translation in `translations/<tag>/` over `default`.
pub fn load(
    files: &PackFiles,
    tag: &str,
    default: &Pack,
    options: LoadOptions,
    bytes: u64,
) -> Translated {
    let folder = format!("{TRANSLATIONS}/{tag}");
    let sub = files.within(&folder);
    let (mut loaded, bytes_read) = load_one(&sub, options, true, bytes);
    let mut problems = std::mem::take(&mut loaded.problems);
    let texts = TextsOf::new(&sub);
    let translated = loaded.pack;
    parity(default, &translated, &texts, &mut problems);
    if !super::check::is_language_tag(tag) {
        problems.push(Problem::error(
            "",
            (0, 0),
            format!(
                "the folder name `{tag}` is not a language tag: name each translation's folder by its language, \
                 such as `es-US`"
            ),
        ));
    } else if !translated.info.language.trim().is_empty() && translated.info.language.trim() != tag
    {
        let at = texts.place("pack.ron", "language");
        problems.push(Problem::warning(
            "pack.ron",
            at,
            format!(
                "`language` is `{}`, but this translation's folder is `{tag}`: make them the same",
                translated.info.language.trim()
            ),
        ));
    }
    for problem in &mut problems {
        problem.path = if problem.path.is_empty() {
            folder.clone()
        } else {
            format!("{folder}/{}", problem.path)
        };
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    let mut pack = merge(default, translated, tag);
    unlink_dead_links(&mut pack);
    for reading in &mut loaded.reading {
        reading.language = tag.to_owned();
    }
    Translated {
        pack,
        problems,
        reading: loaded.reading,
        bytes_read,
    }
}

/// The translation's file texts, to place parity warnings.
struct TextsOf<'a> {
    files: &'a PackFiles,
}

impl<'a> TextsOf<'a> {
    fn new(files: &'a PackFiles) -> Self {
        Self { files }
    }

    fn text(&self, path: &str) -> Option<String> {
        self.files.read(path).ok()
    }

    /// Where `field` is first written in `path` (1:1 if not found).
    fn place(&self, path: &str, field: &str) -> (usize, usize) {
        let text = self.text(path).unwrap_or_default();
        let loc = Locator::new(&text);
        loc.position(loc.find_field(field, 0).unwrap_or(0))
    }

    /// Where item `id` is declared in `path`.
    fn place_id(&self, path: &str, id: &str) -> (usize, usize) {
        let text = self.text(path).unwrap_or_default();
        let loc = Locator::new(&text);
        loc.position(loc.find_id(id, 0).unwrap_or(0))
    }
}

/// Warn about every difference between a translation and its default language.
fn parity(default: &Pack, translated: &Pack, texts: &TextsOf<'_>, problems: &mut Vec<Problem>) {
    let lang = default.info.language.trim();
    for kind in ItemKind::ALL {
        let file = kind.file();
        let theirs = default.items_of(kind);
        let ours = translated.items_of(kind);
        if texts.text(file).is_none() {
            if !theirs.is_empty() {
                problems.push(Problem::warning(
                    file,
                    (0, 0),
                    format!(
                        "`{file}` is not translated: its {} are shown in the default language ({lang}), marked",
                        kind.plural()
                    ),
                ));
            }
            continue;
        }
        for item in &theirs {
            if !ours.iter().any(|o| o.id == item.id) {
                problems.push(Problem::warning(
                    file,
                    (1, 1),
                    format!(
                        "{} `{}` is not translated here: it is shown in the default language ({lang}), marked",
                        kind.key(),
                        item.id
                    ),
                ));
            }
        }
        for item in &ours {
            let at = texts.place_id(file, item.id);
            match theirs.iter().find(|t| t.id == item.id) {
                None => problems.push(Problem::warning(
                    file,
                    at,
                    format!(
                        "{} `{}` is not in the default language's pack ({lang}), so it is not shown: \
                         add it there too, or take it out here",
                        kind.key(),
                        item.id
                    ),
                )),
                Some(default_item) => compare(kind, default_item, item, lang, file, at, problems),
            }
        }
    }
    match (&default.decision, &translated.decision) {
        (Some(d), Some(t)) if !same_decision(d, t) => problems.push(Problem::warning(
            super::load::DECISION_FILE,
            (1, 1),
            format!(
                "the questions, answers, values or `leans` here differ from the default language's ({lang}): \
                 a translation must keep them exactly, so that the questions stay balanced; until then \
                 \"Which fits me?\" is shown in {lang}"
            ),
        )),
        (Some(_), None) if texts.text(super::load::DECISION_FILE).is_none() => {
            problems.push(Problem::warning(
                super::load::DECISION_FILE,
                (0, 0),
                format!("`decision.ron` is not translated: \"Which fits me?\" is shown in {lang}"),
            ));
        }
        _ => {}
    }
    if default.easy_read.is_some() && texts.text(super::load::EASY_READ_FILE).is_none() {
        problems.push(Problem::warning(
            super::load::EASY_READ_FILE,
            (0, 0),
            format!("`easy-read.ron` is not translated: the Easy Read edition is shown in {lang}"),
        ));
    }
}

/// One item in both languages: same sources, same links; a source's
/// title and details stay as published.
fn compare(
    kind: ItemKind,
    theirs: &Item<'_>,
    ours: &Item<'_>,
    lang: &str,
    file: &str,
    at: (usize, usize),
    problems: &mut Vec<Problem>,
) {
    let (key, id) = (kind.key(), ours.id);
    let sorted = |sources: &[String]| {
        let mut s: Vec<String> = sources.to_vec();
        s.sort();
        s
    };
    if sorted(theirs.sources) != sorted(ours.sources) {
        problems.push(Problem::warning(
            file,
            at,
            format!(
                "{key} `{id}` names the sources [{}] here but [{}] in {lang}: give both the same sources",
                ours.sources.join(", "),
                theirs.sources.join(", ")
            ),
        ));
    }
    let links = |item: &Item<'_>| {
        let mut targets: Vec<String> = item
            .doc
            .map(|d| d.links.iter().map(|l| l.target.clone()).collect())
            .unwrap_or_default();
        targets.sort();
        targets
    };
    let (ours_links, theirs_links) = (links(ours), links(theirs));
    if ours_links != theirs_links {
        problems.push(Problem::warning(
            ours.file.unwrap_or(file),
            if ours.file.is_some() { (1, 1) } else { at },
            format!(
                "{key} `{id}` links to [{}] here but to [{}] in {lang}: give both the same links",
                ours_links.join(", "),
                theirs_links.join(", ")
            ),
        ));
    }
    if kind == ItemKind::Source && theirs.title.trim() != ours.title.trim() {
        problems.push(Problem::warning(
            file,
            at,
            format!(
                "source `{id}` has another title here than in {lang}: titles stay as published (translate only the `note`)"
            ),
        ));
    }
}

/// Whether two decision aids ask the same questions with the same answers,
/// values and leanings (their words may differ).
fn same_decision(a: &super::decision::Decision, b: &super::decision::Decision) -> bool {
    let scales = |d: &super::decision::Decision| -> Vec<(String, Vec<(i8, bool)>)> {
        d.scales
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.answers.iter().map(|a| (a.value, a.unsure)).collect(),
                )
            })
            .collect()
    };
    let questions = |d: &super::decision::Decision| -> Vec<(String, String, super::model::Format)> {
        d.questions
            .iter()
            .map(|q| (q.id.clone(), q.scale.clone(), q.leans))
            .collect()
    };
    scales(a) == scales(b) && questions(a) == questions(b)
}

/// The translation over the default language: each item and text from the
/// translation where it has one, else the default's (items marked).
fn merge(default: &Pack, t: Pack, tag: &str) -> Pack {
    let mut fallbacks = BTreeSet::new();
    let mut note = |kind: ItemKind, id: &str| {
        fallbacks.insert((kind, id.to_owned()));
    };
    let pick = |ours: String, theirs: &String| {
        if ours.trim().is_empty() {
            theirs.clone()
        } else {
            ours
        }
    };
    let translated_start = t
        .info
        .clinic
        .as_ref()
        .is_some_and(|c| c.start_page().is_some());
    let info = merge_info(&default.info, t.info);
    if !translated_start
        && info
            .clinic
            .as_ref()
            .is_some_and(|c| c.start_page().is_some())
    {
        note(ItemKind::StartPage, super::items::START_PAGE_ID);
    }

    let mut comparison = default.comparison.clone();
    comparison.intro = pick(t.comparison.intro, &default.comparison.intro);
    for table in &mut comparison.tables {
        let ours = t.comparison.tables.iter().find(|x| x.id == table.id);
        match ours {
            Some(ours) => table.title = pick(ours.title.clone(), &table.title),
            None => note(ItemKind::Table, &table.id),
        }
        for row in &mut table.rows {
            match t
                .comparison
                .tables
                .iter()
                .flat_map(|x| &x.rows)
                .find(|r| r.id == row.id)
            {
                Some(ours) => *row = ours.clone(),
                None => note(ItemKind::Row, &row.id),
            }
        }
    }

    let mut benefits = default.benefits.clone();
    benefits.intro = pick(t.benefits.intro, &default.benefits.intro);
    if !t.benefits.cards.is_empty() {
        benefits.trade_off_mark = pick(t.benefits.trade_off_mark, &default.benefits.trade_off_mark);
    }
    for card in &mut benefits.cards {
        match t.benefits.cards.iter().find(|c| c.id == card.id) {
            Some(ours) => *card = ours.clone(),
            None => note(ItemKind::Card, &card.id),
        }
    }

    let mut approaches = default.approaches.clone();
    approaches.intro = pick(t.approaches.intro, &default.approaches.intro);
    for approach in &mut approaches.approaches {
        match t.approaches.approaches.iter().find(|a| a.id == approach.id) {
            Some(ours) => *approach = ours.clone(),
            None => note(ItemKind::Approach, &approach.id),
        }
    }

    let mut pages = default.pages.clone();
    for page in &mut pages.pages {
        match t.pages.pages.iter().find(|p| p.id == page.id) {
            Some(ours) => *page = ours.clone(),
            None => note(ItemKind::Page, &page.id),
        }
    }

    let mut sources = default.sources.clone();
    for source in &mut sources.sources {
        match t.sources.sources.iter().find(|s| s.id == source.id) {
            // The reference stays as published; only the note is translated.
            Some(ours) => source.note.clone_from(&ours.note),
            None => note(ItemKind::Source, &source.id),
        }
    }

    let mut stories = default.stories.clone();
    stories.label = pick(t.stories.label, &default.stories.label);
    for situation in &mut stories.situations {
        match t.stories.situations.iter().find(|s| s.id == situation.id) {
            Some(ours) => *situation = ours.clone(),
            None => note(ItemKind::Story, &situation.id),
        }
    }
    let groups = merge_groups(&default.groups, t.groups, &mut note);
    let (easy_read, easy_read_fallback) = match t.easy_read {
        Some(ours) => (Some(ours), false),
        None => (default.easy_read.clone(), default.easy_read.is_some()),
    };

    let decision_ok = match (&default.decision, &t.decision) {
        (Some(d), Some(ours)) => same_decision(d, ours),
        _ => false,
    };
    let (decision, decision_fallback) = if decision_ok {
        (t.decision, false)
    } else {
        (default.decision.clone(), default.decision.is_some())
    };
    let _ = tag;
    Pack {
        info,
        comparison,
        benefits,
        approaches,
        pages,
        sources,
        decision,
        stories,
        easy_read,
        groups,
        fallbacks,
        decision_fallback,
        easy_read_fallback,
        fallback_language: default.info.language.clone(),
    }
}

/// `pack.ron` of a translation over the default's, field by field. The
/// crisis contacts are the translation's when it has any (in its language).
fn merge_info(default: &PackInfo, t: PackInfo) -> PackInfo {
    let pick = |ours: String, theirs: &String| {
        if ours.trim().is_empty() {
            theirs.clone()
        } else {
            ours
        }
    };
    let format = |ours: super::model::FormatInfo, theirs: &super::model::FormatInfo| {
        super::model::FormatInfo {
            name: pick(ours.name, &theirs.name),
            summary: pick(ours.summary, &theirs.summary),
        }
    };
    PackInfo {
        title: pick(t.title, &default.title),
        tagline: pick(t.tagline, &default.tagline),
        language: pick(t.language, &default.language),
        region: pick(t.region, &default.region),
        published: default.published.clone(),
        last_reviewed: default.last_reviewed.clone(),
        next_review: default.next_review.clone(),
        written_by: pick(t.written_by, &default.written_by),
        funded_by: pick(t.funded_by, &default.funded_by),
        disclaimer: pick(t.disclaimer, &default.disclaimer),
        disclaimer_detail: pick(t.disclaimer_detail, &default.disclaimer_detail),
        individual: format(t.individual, &default.individual),
        group: format(t.group, &default.group),
        crisis_intro: pick(t.crisis_intro, &default.crisis_intro),
        crisis_contacts: if t.crisis_contacts.is_empty() {
            default.crisis_contacts.clone()
        } else {
            t.crisis_contacts
        },
        topics: if t.topics.is_empty() {
            default.topics.clone()
        } else {
            t.topics
        },
        reviewed_by: pick(t.reviewed_by, &default.reviewed_by),
        clinic: merge_clinic(default.clinic.as_ref(), t.clinic),
    }
}

/// The clinic of a translation over the default's: its own name, website
/// and start page where it has them; always the default's logo and colours.
/// A translation cannot add a clinic the default language does not name.
fn merge_clinic(
    default: Option<&super::clinic::Clinic>,
    t: Option<super::clinic::Clinic>,
) -> Option<super::clinic::Clinic> {
    let default = default?;
    let mut clinic = default.clone();
    let Some(ours) = t else {
        return Some(clinic);
    };
    if !ours.name.trim().is_empty() {
        clinic.name.clone_from(&ours.name);
    }
    if ours.website.is_some() {
        clinic.website.clone_from(&ours.website);
    }
    // Without its own start page, the default's is shown (marked by `merge`).
    if ours.start_page().is_some() {
        clinic.start = ours.start;
        clinic.start_doc = ours.start_doc;
        clinic.start_title = ours.start_title;
    }
    Some(clinic)
}

/// The services of a translation over the default's: the translation's
/// words, the default's facts (format, approach, times, access, dates), so
/// a translation never shows a service the default no longer does.
fn merge_groups(
    default: &super::clinic::Groups,
    t: super::clinic::Groups,
    note: &mut impl FnMut(ItemKind, &str),
) -> super::clinic::Groups {
    let mut groups = default.clone();
    if !t.intro.trim().is_empty() {
        groups.intro = t.intro;
    }
    for service in &mut groups.services {
        match t.services.iter().find(|s| s.id == service.id) {
            Some(ours) => {
                let facts = service.clone();
                *service = super::clinic::Service {
                    format: facts.format,
                    approach: facts.approach,
                    minutes: facts.minutes,
                    weeks: facts.weeks,
                    place: facts.place,
                    access: facts.access,
                    show_until: facts.show_until,
                    ..ours.clone()
                };
            }
            None => note(ItemKind::Service, &service.id),
        }
    }
    groups
}

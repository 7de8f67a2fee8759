//! Reading level: every card, approach, page and source note is graded;
//! a warning points at the paragraph that reads hardest, not at the file.

use super::{Checker, Placed};
use crate::content::items::ItemKind;
use crate::content::load::{Reading, prefix};
use crate::content::model::Pack;
use crate::content::readability::{self, Score};

/// Units shorter than this are not blamed for a hard grade: a four-word
/// line can score anything.
const MIN_BLAMED_WORDS: usize = 8;

/// A stretch of text to grade, and where it is written.
struct Unit {
    path: String,
    offset: usize,
    text: String,
}

impl Checker<'_> {
    /// Grade every card, approach and page (each with its one-line summary,
    /// which people read with it), and every source note.
    pub(super) fn check_reading_level(
        &mut self,
        pack: &Pack,
        placed: &[Placed<'_>],
    ) -> Vec<Reading> {
        let mut out = Vec::new();
        for p in placed {
            let kind = p.item.kind;
            match kind {
                ItemKind::Card
                | ItemKind::Approach
                | ItemKind::Page
                | ItemKind::Story
                | ItemKind::StartPage => {
                    let units = if kind == ItemKind::Story {
                        self.text_units(p)
                    } else {
                        self.units(pack, p)
                    };
                    let text: String = units.iter().map(|u| format!("{}\n", u.text)).collect();
                    let Some(score) = readability::score(self.context.language, &text) else {
                        continue;
                    };
                    if score.is_hard() {
                        self.warn_hard(kind, p.item.id, score, &units);
                    }
                    out.push(Reading {
                        kind,
                        id: p.item.id.to_owned(),
                        grade: score.value(),
                        score,
                        language: String::new(),
                    });
                }
                ItemKind::Source => {
                    let Some((_, note)) = p.item.texts.iter().find(|(f, _)| *f == "note") else {
                        continue;
                    };
                    if let Some(score) = readability::score(self.context.language, note)
                        && score.is_hard()
                    {
                        let at = self.field_offset(p.path, p.offset, "note");
                        self.warning_at(
                            p.path,
                            at,
                            format!(
                                "the note of source `{}` reads at {}, {}: use shorter sentences and everyday words",
                                p.item.id,
                                score.describe(),
                                score.aim()
                            ),
                        );
                    }
                }
                // A timetable is not running text.
                ItemKind::Table | ItemKind::Row | ItemKind::Service => {}
            }
        }
        out
    }

    /// An item's plain texts (a story's parts), each placed in its file.
    fn text_units(&self, p: &Placed<'_>) -> Vec<Unit> {
        let loc = self.context.texts.locator(p.path);
        p.item
            .texts
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(_, text)| Unit {
                path: p.path.to_owned(),
                offset: loc.find(prefix(text, 24), p.offset).unwrap_or(p.offset),
                text: (*text).to_owned(),
            })
            .collect()
    }

    /// The summary and each paragraph, list item and cell of an item, placed.
    fn units(&self, pack: &Pack, p: &Placed<'_>) -> Vec<Unit> {
        let mut units = Vec::new();
        if !p.item.summary.trim().is_empty() {
            units.push(Unit {
                path: p.path.to_owned(),
                offset: self.field_offset(p.path, p.offset, "summary"),
                text: p.item.summary.trim().to_owned(),
            });
        }
        let Some(doc) = p.item.doc else {
            return units;
        };
        // Where the Markdown is written: its own file, or a card's `body`.
        let (path, source, body_at) = match p.item.file {
            Some(file) => (
                file.to_owned(),
                self.context.texts.get(file).to_owned(),
                None,
            ),
            None => {
                let body = pack.card(p.item.id).map_or("", |c| c.body.as_str());
                let at = self.field_offset(p.path, p.offset, "body");
                (p.path.to_owned(), body.to_owned(), Some(at))
            }
        };
        let loc = self.context.texts.locator(&path);
        for (offset, text) in doc.prose_units() {
            let offset = match body_at {
                None => offset,
                // Find the unit's first words in the RON file, after `body:`.
                Some(at) => source
                    .get(offset..)
                    .map(|rest| prefix(rest, 24))
                    .filter(|start| !start.trim().is_empty())
                    .and_then(|start| loc.find(start, at))
                    .unwrap_or(at),
            };
            units.push(Unit {
                path: path.clone(),
                offset,
                text,
            });
        }
        units
    }

    fn warn_hard(&mut self, kind: ItemKind, id: &str, score: Score, units: &[Unit]) {
        let language = self.context.language;
        let graded = units
            .iter()
            .filter_map(|u| readability::score(language, &u.text).map(|g| (g, u)));
        let harder = |a: &(Score, &Unit), b: &(Score, &Unit)| {
            if a.0.harder_than(b.0) {
                std::cmp::Ordering::Greater
            } else if b.0.harder_than(a.0) {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        };
        let long = graded
            .clone()
            .filter(|(_, u)| u.text.split_whitespace().count() >= MIN_BLAMED_WORDS);
        let hardest = long.max_by(harder).or_else(|| graded.max_by(harder));
        let Some((worst, unit)) = hardest else {
            return;
        };
        let (path, offset) = (unit.path.clone(), unit.offset);
        self.warning_at(
            &path,
            offset,
            format!(
                "{} `{id}` reads at {}, {}: use shorter sentences and everyday words; \
                 the hardest part starts here ({} {:.1})",
                kind.key(),
                score.describe(),
                score.aim(),
                match worst {
                    Score::Grade(_) => "grade",
                    Score::Ease(_) => "ease",
                },
                worst.value()
            ),
        );
    }
}

//! The pack's languages. Each has its own edition: the pack in that
//! language, its search index (built the first time it is needed) and the
//! interface's words. The app shows one; the others wait here, and a switch
//! swaps them in place.

use crate::content::Pack;
use crate::content::search::SearchIndex;
use crate::i18n::{Catalogue, FtlSource};
use crate::ui::language::LanguageChoice;

/// One language of the pack, ready to show.
#[derive(Debug)]
pub struct Edition {
    pub pack: Pack,
    /// Built when the edition is first shown.
    pub index: Option<SearchIndex>,
    pub catalogue: Catalogue,
}

impl Edition {
    fn new(mut pack: Pack, words: &[FtlSource]) -> Self {
        let catalogue = Catalogue::with_sources(&pack.info.language, words);
        name_what_is_unnamed(&mut pack, &catalogue);
        Self {
            pack,
            index: None,
            catalogue,
        }
    }

    /// The pack's language tag, like `en-US`.
    pub fn tag(&self) -> &str {
        self.pack.info.language.trim()
    }
}

/// A pack whose title or format names are empty (its `pack.ron` cannot
/// be read) is shown with the interface's words for them.
fn name_what_is_unnamed(pack: &mut Pack, catalogue: &Catalogue) {
    let info = &mut pack.info;
    for (name, key) in [
        (&mut info.title, "chrome-window-title"),
        (&mut info.individual.name, "chrome-format-individual"),
        (&mut info.group.name, "chrome-format-group"),
    ] {
        if name.trim().is_empty() {
            *name = catalogue.tr(key);
        }
    }
}

/// The editions not shown now, and the language switch's choices.
#[derive(Debug, Default)]
pub struct Editions {
    waiting: Vec<Edition>,
    /// The pack's default language (what a kiosk returns to).
    default_tag: String,
    /// Every language, the default first, each named in itself.
    choices: Vec<LanguageChoice>,
}

impl Editions {
    /// Editions of `packs` (the default language first), with a clinic's
    /// own interface words. Returns the default's, to show, and the rest.
    pub fn new(packs: Vec<Pack>, words: &[FtlSource]) -> (Edition, Self) {
        let mut editions: Vec<Edition> =
            packs.into_iter().map(|p| Edition::new(p, words)).collect();
        if editions.is_empty() {
            editions.push(Edition::new(Pack::default(), words));
        }
        let shown = editions.remove(0);
        let choices = std::iter::once(&shown)
            .chain(&editions)
            .map(|e| LanguageChoice {
                tag: e.tag().to_owned(),
                name: e.catalogue.own_name(),
                start: e.catalogue.tr("kiosk-start-in"),
                start_spoken: e.catalogue.tr("kiosk-start-in-spoken"),
                current: false,
            })
            .collect();
        let mut this = Self {
            default_tag: shown.tag().to_owned(),
            waiting: editions,
            choices,
        };
        this.mark_current(shown.tag());
        (shown, this)
    }

    /// The editions not shown now.
    pub fn waiting(&self) -> &[Edition] {
        &self.waiting
    }

    /// The language switch's choices (just one when the pack has one language).
    pub fn choices(&self) -> &[LanguageChoice] {
        &self.choices
    }

    /// The pack's default language.
    pub fn default_tag(&self) -> &str {
        &self.default_tag
    }

    /// The pack's language that best fits `wanted` (a tag like `es-MX`):
    /// the same tag, else the same primary language (`es-US` for `es-MX`).
    pub fn best_match(&self, wanted: &str) -> Option<&str> {
        let wanted = wanted.trim().replace('_', "-");
        // A POSIX locale may carry an encoding: `es_MX.UTF-8`.
        let wanted = wanted.split(['.', '@']).next().unwrap_or_default();
        let primary = |tag: &str| {
            tag.split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        let tags = || self.choices.iter().map(|c| c.tag.as_str());
        tags()
            .find(|t| t.eq_ignore_ascii_case(wanted))
            .or_else(|| tags().find(|t| !t.is_empty() && primary(t) == primary(wanted)))
    }

    /// Swap `shown` for the edition in `tag`: returns the edition to show
    /// now (with its search index built), and keeps `shown` waiting. An
    /// unknown tag gives `shown` back.
    pub fn swap(&mut self, tag: &str, shown: Edition) -> Edition {
        let Some(at) = self.waiting.iter().position(|e| e.tag() == tag) else {
            return shown;
        };
        let mut next = self.waiting.swap_remove(at);
        self.waiting.push(shown);
        if next.index.is_none() {
            next.index = Some(SearchIndex::new(&next.pack));
        }
        self.mark_current(next.tag());
        next
    }

    fn mark_current(&mut self, tag: &str) {
        for choice in &mut self.choices {
            choice.current = choice.tag == tag;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(tag: &str) -> Pack {
        let mut pack = Pack::default();
        pack.info.language = tag.to_owned();
        pack
    }

    #[test]
    fn languages_are_matched_by_tag_then_by_primary_language() {
        let (shown, mut editions) = Editions::new(vec![pack("en-US"), pack("es-US")], &[]);
        assert_eq!(shown.tag(), "en-US");
        assert_eq!(editions.default_tag(), "en-US");
        let names: Vec<&str> = editions.choices().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["English", "Español"]);
        assert_eq!(editions.best_match("es-MX"), Some("es-US"));
        assert_eq!(editions.best_match("es_ES.UTF-8"), Some("es-US"));
        assert_eq!(editions.best_match("EN-us"), Some("en-US"));
        assert_eq!(editions.best_match("fr-FR"), None);
        let shown = editions.swap("es-US", shown);
        assert_eq!(shown.tag(), "es-US");
        assert!(shown.index.is_some(), "built when first shown");
        assert_eq!(shown.catalogue.tr("chrome-home"), "Inicio");
        assert!(editions.choices()[1].current);
        let shown = editions.swap("fr-FR", shown);
        assert_eq!(shown.tag(), "es-US", "an unknown language changes nothing");
        let shown = editions.swap("en-US", shown);
        assert_eq!(shown.tag(), "en-US");
        assert!(editions.choices()[0].current);
    }
}

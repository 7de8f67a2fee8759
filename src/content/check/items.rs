//! Every item: its id, its required text, its sources. Walks the one item
//! list; what only one kind has (a card's trade-off, an approach's formats)
//! is checked in that kind's arm.

use std::collections::HashSet;

use super::{Checker, Placed};
use crate::content::items::ItemKind;
use crate::content::model::{Format, Pack};

impl Checker<'_> {
    pub(super) fn check_items(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        for kind in ItemKind::ALL {
            let ids: Vec<(&str, usize)> = placed
                .iter()
                .filter(|p| p.item.kind == kind)
                .map(|p| (p.item.id, p.offset))
                .collect();
            self.check_ids(kind.file(), kind.key(), &ids);
        }
        if !self.context.partial {
            self.check_intros(pack);
        }
        for p in placed {
            let empty = self.required_text(pack, p);
            if empty {
                self.drop_item(p.item.kind, p.item.id);
            }
            if p.item.kind.has_sources() {
                self.check_source_refs(p);
            }
            if let Some(file) = p.item.file
                && !file.trim().is_empty()
            {
                self.check_markdown_file(p, file);
            }
        }
        self.check_cards(pack, placed);
        self.check_duplicate_sources(placed);
    }

    /// The intro texts above each list.
    fn check_intros(&mut self, pack: &Pack) {
        let failed = self.context.failed;
        if !failed.comparison {
            self.non_empty(ItemKind::Row.file(), 0, "intro", &pack.comparison.intro);
            if pack.comparison.tables.is_empty() {
                self.error_at(
                    ItemKind::Row.file(),
                    0,
                    "the comparison has no tables: add at least one `Table(…)`",
                );
            }
        }
        if !failed.benefits {
            self.non_empty(ItemKind::Card.file(), 0, "intro", &pack.benefits.intro);
        }
        if !failed.approaches {
            self.non_empty(
                ItemKind::Approach.file(),
                0,
                "intro",
                &pack.approaches.intro,
            );
        }
    }

    /// Required text of one item. Returns whether any is missing (the item
    /// is then left out: an empty card or row would look broken).
    fn required_text(&mut self, pack: &Pack, p: &Placed<'_>) -> bool {
        let (path, at, id) = (p.path, p.offset, p.item.id);
        let mut empty = false;
        let mut need = |checker: &mut Self, field: &str, value: &str| {
            empty |= checker.non_empty(path, at, field, value);
        };
        match p.item.kind {
            ItemKind::Table => {
                need(self, "title", p.item.title);
                let rows = pack
                    .comparison
                    .tables
                    .iter()
                    .find(|t| t.id == id)
                    .map_or(0, |t| t.rows.len());
                if rows == 0 {
                    self.error_at(path, at, format!("table `{id}` has no rows"));
                    empty = true;
                }
            }
            ItemKind::Row => {
                need(self, "question", p.item.title);
                for (field, value) in p.item.texts.iter().filter(|(f, _)| *f != "note") {
                    need(self, field, value);
                }
            }
            ItemKind::Card => {
                need(self, "title", p.item.title);
                need(self, "summary", p.item.summary);
                let body = pack.card(id).map_or("", |c| c.body.as_str());
                need(self, "body", body);
            }
            ItemKind::Approach => {
                need(self, "title", p.item.title);
                need(self, "summary", p.item.summary);
                need(self, "file", p.item.file.unwrap_or(""));
                if pack.approach(id).is_some_and(|a| a.formats.is_empty()) {
                    let at = self.field_offset(path, at, "formats");
                    self.error_at(
                        path,
                        at,
                        "`formats` is empty: list at least one of OneToOne, Group",
                    );
                }
            }
            ItemKind::Page => {
                need(self, "title", p.item.title);
                need(self, "summary", p.item.summary);
                need(self, "file", p.item.file.unwrap_or(""));
            }
            ItemKind::Story => {
                need(self, "title", p.item.title);
                if let Some(situation) = pack.stories.situations.iter().find(|s| s.id == id) {
                    for (side, story) in [
                        ("individual", &situation.individual),
                        ("group", &situation.group),
                    ] {
                        let from = self.field_offset(path, at, side);
                        for (field, value) in [
                            ("name", &story.name),
                            ("text", &story.text),
                            ("helped", &story.helped),
                            ("hard", &story.hard),
                        ] {
                            need(self, field, value);
                            let _ = from;
                        }
                    }
                    // A pair tells both sides at about the same length, so
                    // neither format gets the fuller story.
                    let (one, group) = (situation.individual.words(), situation.group.words());
                    let (fewer, more) = (one.min(group), one.max(group));
                    if fewer > 0 && (more - fewer) * 5 > more {
                        self.error_at(
                            path,
                            at,
                            format!(
                                "the stories of `{id}` have {one} words (one-to-one) and {group} (group): \
                                 keep a pair within 20 % of each other, so neither side gets the fuller story \
                                 (this pair is left out until then)"
                            ),
                        );
                        empty = true;
                    }
                }
            }
            // A clinic's own section: see `clinic.rs`.
            ItemKind::Service => empty |= self.service_text(pack, p),
            ItemKind::StartPage => {}
            ItemKind::Source => {
                let source = pack.source(id);
                need(self, "authors", source.map_or("", |s| s.authors.as_str()));
                need(self, "title", p.item.title);
                need(
                    self,
                    "published_in",
                    source.map_or("", |s| s.published_in.as_str()),
                );
                if let Some(url) = source.and_then(|s| s.url.as_ref())
                    && !(url.starts_with("https://") || url.starts_with("http://"))
                {
                    let at = self.field_offset(path, at, "url");
                    self.error_at(
                        path,
                        at,
                        format!("source url `{url}` must start with https:// (or leave `url` out)"),
                    );
                }
            }
        }
        empty
    }

    /// An approach's or page's Markdown file: read, and more than a title.
    fn check_markdown_file(&mut self, p: &Placed<'_>, file: &str) {
        if self.context.unread.contains(file) {
            // Already reported where the index names it.
            self.drop_item(p.item.kind, p.item.id);
            return;
        }
        if p.item.doc.is_some_and(|doc| !doc.has_text_beyond_title()) {
            let (kind, id) = (p.item.kind.key(), p.item.id);
            let message = if self.context.texts.get(file).trim().is_empty() {
                format!(
                    "`{file}` is empty: write the {kind}'s text in it, or take {kind} `{id}` out of {}",
                    p.path
                )
            } else {
                format!(
                    "`{file}` has no text beyond its title: write the {kind}'s text under the title, or take {kind} `{id}` out of {}",
                    p.path
                )
            };
            self.problems
                .push(crate::content::Problem::error(file, (1, 1), message));
            self.drop_item(p.item.kind, p.item.id);
        }
    }

    /// Cards: a trade-off on each, and both formats with cards, as many each.
    fn check_cards(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        if self.context.failed.benefits {
            return;
        }
        self.check_trade_offs(pack, placed);
        if self.context.partial {
            // A translation may hold only some cards: the counts are the default's.
            return;
        }
        let path = ItemKind::Card.file();
        for format in Format::ALL {
            if pack.cards_for(format).next().is_none() {
                self.error_at(
                    path,
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
        if one > 0 && group > 0 && one != group {
            let at = self.field_offset(path, 0, "cards");
            self.warning_at(
                path,
                at,
                format!(
                    "there are {one} one-to-one cards and {group} group cards: give both formats the same number of cards"
                ),
            );
        }
    }

    /// Each card shows a trade-off, not only good points (an empty body is
    /// already an error).
    fn check_trade_offs(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        let path = ItemKind::Card.file();
        let mark = pack.benefits.trade_off_mark.trim();
        for p in placed.iter().filter(|p| p.item.kind == ItemKind::Card) {
            let body = pack.card(p.item.id).map_or("", |c| c.body.as_str());
            if !body.trim().is_empty() && !mark.is_empty() && !has_trade_off(body, mark) {
                let at = self.field_offset(path, p.offset, "body");
                self.warning_at(
                    path,
                    at,
                    format!(
                        "card `{}` has no \"{mark}\" part: end its body with a paragraph that starts \
                         `**{mark}:**` and an honest trade-off",
                        p.item.id
                    ),
                );
            }
        }
    }

    fn check_source_refs(&mut self, p: &Placed<'_>) {
        self.check_source_list(
            p.path,
            p.offset,
            p.item.kind.key(),
            p.item.id,
            p.item.sources,
        );
    }

    /// The `sources` list of an item (`kind` `id`, declared at `offset` of `path`).
    pub(crate) fn check_source_list(
        &mut self,
        path: &str,
        offset: usize,
        kind: &str,
        id: &str,
        sources: &[String],
    ) {
        if sources.is_empty() {
            // Readers see each item's sources under it: an item with none
            // looks like opinion.
            self.warning_at(
                path,
                offset,
                format!(
                    "{kind} `{id}` names no sources: add the ids of the sources it rests on, like `sources: [\"khan-2012\"]`"
                ),
            );
        }
        let list = self.field_offset(path, offset, "sources");
        let loc = self.context.texts.locator(path);
        let mut from = list;
        let mut seen = HashSet::new();
        let mut found = Vec::new();
        for source in sources {
            let at = loc.find_quoted(source, from).unwrap_or(from);
            from = at + 1;
            found.push((at, source, !seen.insert(source.as_str())));
        }
        for (at, source, twice) in found {
            if twice {
                self.warning_at(
                    path,
                    at,
                    format!("{kind} `{id}` names source `{source}` twice: take one out"),
                );
            }
            if !self.context.failed.sources
                && !self.ids.contains(&(ItemKind::Source, source.clone()))
            {
                self.error_at(
                    path,
                    at,
                    format!(
                        "{kind} `{id}` names source `{source}`, which is not in sources.ron: add it there or fix the id"
                    ),
                );
            }
        }
    }

    /// The same work listed twice in sources.ron (same address, or same title).
    fn check_duplicate_sources(&mut self, placed: &[Placed<'_>]) {
        let path = ItemKind::Source.file();
        let mut seen: Vec<(String, &str)> = Vec::new();
        let sources: Vec<&Placed<'_>> = placed
            .iter()
            .filter(|p| p.item.kind == ItemKind::Source)
            .collect();
        let mut found = Vec::new();
        for p in sources {
            let title = normalise_title(p.item.title);
            if title.is_empty() {
                continue;
            }
            if let Some((_, first)) = seen.iter().find(|(t, _)| *t == title) {
                found.push((p.offset, p.item.id, *first));
            } else {
                seen.push((title, p.item.id));
            }
        }
        for (at, id, first) in found {
            self.warning_at(
                path,
                at,
                format!(
                    "source `{id}` has the same title as source `{first}`: list each work once, and use one id for it"
                ),
            );
        }
    }

    pub(super) fn check_unused_sources(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        let mut used: HashSet<String> = pack.items().flat_map(|item| item.used_sources()).collect();
        if let Some(decision) = &pack.decision {
            used.extend(
                decision
                    .questions
                    .iter()
                    .flat_map(|q| q.sources.iter().cloned()),
            );
        }
        let unused: Vec<(usize, &str)> = placed
            .iter()
            .filter(|p| p.item.kind == ItemKind::Source && !used.contains(p.item.id))
            .map(|p| (p.offset, p.item.id))
            .collect();
        for (at, id) in unused {
            self.warning_at(
                ItemKind::Source.file(),
                at,
                format!("source `{id}` is not used by any row, card, approach or page"),
            );
        }
    }
}

/// A title in lowercase letters and digits only, to compare two listings of one work.
fn normalise_title(title: &str) -> String {
    title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a card's body has its trade-off paragraph (opened by `mark`,
/// "Keep in mind" unless `benefits.ron` says otherwise), in any letter case.
fn has_trade_off(body: &str, mark: &str) -> bool {
    body.to_lowercase().contains(&mark.to_lowercase())
}

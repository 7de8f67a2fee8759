//! Links between items, and what Markdown holds that the app cannot show
//! as written: web links (a kiosk never opens them), images and HTML.

use super::{Checker, Placed};
use crate::content::items::ItemKind;
use crate::content::links::{LinkTarget, Screen};
use crate::content::markdown::{Block, Doc};
use crate::content::model::Pack;

impl Checker<'_> {
    pub(super) fn check_links(&mut self, pack: &Pack, placed: &[Placed<'_>]) {
        for p in placed {
            let Some(doc) = p.item.doc else {
                continue;
            };
            match p.item.file {
                // A Markdown file: places are exact.
                Some(file) => self.check_doc(file, doc),
                // Markdown inside a RON string: placed by finding `(target)`.
                None => {
                    let from = self.field_offset(p.path, p.offset, "body");
                    self.check_links_in_ron(p.path, from, doc);
                }
            }
        }
        if let Some(decision) = &pack.decision {
            let path = crate::content::load::DECISION_FILE;
            let from = self.field_offset(path, 0, "both_note");
            self.check_links_in_ron(path, from, &decision.both_doc);
        }
    }

    /// Links in Markdown written in a RON string, from `from` on.
    pub(crate) fn check_links_in_ron(&mut self, path: &str, from: usize, doc: &Doc) {
        let loc = self.context.texts.locator(path);
        let mut at = from;
        let mut found = Vec::new();
        for link in &doc.links {
            let place = loc.find(&format!("({})", link.target), at).unwrap_or(at);
            at = place + 1;
            found.push((place, link.target.clone()));
        }
        for (place, target) in found {
            if let Some(message) = self.link_problem(&target) {
                self.error_at(path, place, message);
            }
            self.web_link_note(path, place, &target);
        }
        let images = !doc.images.is_empty();
        let html = !doc.html.is_empty();
        if images || html {
            self.not_shown(path, from, images, html);
        }
    }

    /// Links in a Markdown file: placed exactly.
    pub(crate) fn check_doc(&mut self, path: &str, doc: &Doc) {
        for link in &doc.links {
            if let Some(message) = self.link_problem(&link.target) {
                self.error_at(path, link.offset, message);
            }
            self.web_link_note(path, link.offset, &link.target);
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
        for &at in &doc.images {
            self.not_shown(path, at, true, false);
        }
        // Once per line: `<b>word</b>` is two pieces of HTML.
        let mut last_line = 0;
        for &at in &doc.html {
            let line = self.context.texts.position(path, at).0;
            if line != last_line {
                self.not_shown(path, at, false, true);
                last_line = line;
            }
        }
    }

    /// Say what happens to a web address: it opens a browser at home only.
    fn web_link_note(&mut self, path: &str, at: usize, target: &str) {
        if let Ok(LinkTarget::External(url)) = LinkTarget::parse(target) {
            self.warning_at(
                path,
                at,
                format!(
                    "the link to `{url}` opens a web browser at home; on a kiosk it shows \"please ask at the front desk\" instead: \
                     if visitors need the address, write it out in the text"
                ),
            );
        }
    }

    fn not_shown(&mut self, path: &str, at: usize, image: bool, html: bool) {
        if image {
            self.warning_at(
                path,
                at,
                "images are not shown (only their description is read out): say in words what it shows, or take it out",
            );
        }
        if html {
            self.warning_at(
                path,
                at,
                "HTML is not shown: write the text as plain Markdown instead (see content/README.md, \"Writing text\")",
            );
        }
    }

    /// What is wrong with a link, if anything.
    pub(crate) fn link_problem(&self, target: &str) -> Option<String> {
        let parsed = match LinkTarget::parse(target) {
            Ok(parsed) => parsed,
            Err(err) => return Some(err.to_string()),
        };
        if let LinkTarget::Screen(Screen::Decide) = parsed {
            if self.context.failed.decision || self.has_decision {
                return None;
            }
            return Some(format!(
                "link `{target}` goes to the \"Which fits me?\" questions, but this pack has no `decision.ron`: add the file, or take the link out"
            ));
        }
        if let LinkTarget::Screen(Screen::Clinic) = parsed {
            if self.has_clinic || self.context.partial {
                return None;
            }
            return Some(format!(
                "link `{target}` goes to \"At this clinic\", but `pack.ron` names no clinic: add its `clinic` section, or take the link out"
            ));
        }
        let (kind, id) = ItemKind::of_link(&parsed)?;
        // A file that could not be read at all: its ids are unknown.
        if !self.context.failed.read(kind) || self.ids.contains(&(kind, id.to_owned())) {
            return None;
        }
        let name = match kind {
            ItemKind::Row => "comparison row",
            other => other.key(),
        };
        if let Some(left) = self
            .context
            .left_out
            .iter()
            .find(|l| l.kind == kind && l.id == id)
        {
            return Some(format!(
                "link `{target}` goes to {name} `{id}`, which is left out because of the error at {}:{}:{}; the link shows as plain words until that is fixed",
                left.path, left.at.0, left.at.1
            ));
        }
        Some(format!(
            "link `{target}` goes to {name} `{id}`, which does not exist"
        ))
    }
}

/// Links (indices into [`Doc::links`]) written inside headings, at any depth.
fn heading_links(blocks: &[Block], out: &mut Vec<usize>) {
    for block in blocks {
        match block {
            Block::Heading { text, .. } => out.extend(text.link_indices()),
            Block::List { items, .. } => {
                for item in items {
                    heading_links(item, out);
                }
            }
            Block::Quote(inner) => heading_links(inner, out),
            _ => {}
        }
    }
}

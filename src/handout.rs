//! "Save a handout…": one self-contained, printable HTML file of what the
//! reader picked (pages, approaches, "At this clinic", or their "Which fits
//! me?" result with its questions to ask), with the sources and the pack's
//! dates. Written into the reader's documents folder, at home only: a kiosk
//! writes no files.
//!
//! No egui here. The Markdown comes from the app's own parsed [`Doc`]s (the
//! pulldown-cmark pipeline in `content/markdown.rs`), written out as HTML
//! with every text escaped; the interface's words come from the catalogue;
//! the colours from the light theme (`ui::theme::css_colours`).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::clinic::format_date;
use crate::content::decision::{self, Decision, Question};
use crate::content::load::Date;
use crate::content::markdown::{Block, Doc, Inline};
use crate::content::{Format, LinkTarget, Pack};
use crate::i18n::Catalogue;

/// What the reader can put in a handout.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pick {
    /// Their "Which fits me?" result, with its questions to ask.
    Decision,
    /// "At this clinic": its groups and services, and how to start.
    Clinic,
    Page(String),
    Approach(String),
}

/// The handout being put together during a visit (at home).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandoutState {
    pub picks: BTreeSet<Pick>,
    /// Where the last handout was saved, or why it could not be.
    pub saved: Option<Result<PathBuf, String>>,
}

/// Presses on the handout screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoutCommand {
    /// Open the handout screen, with this picked (a result, a page…).
    Start(Option<Pick>),
    /// Put in, or take out.
    Toggle(Pick),
    /// Write the file.
    Save,
    /// Open the saved file in the reader's browser.
    Open,
}

impl HandoutState {
    pub fn apply(&mut self, command: &HandoutCommand) {
        match command {
            HandoutCommand::Start(pick) => {
                self.saved = None;
                if let Some(pick) = pick {
                    self.picks.insert(pick.clone());
                }
            }
            HandoutCommand::Toggle(pick) => {
                self.saved = None;
                if !self.picks.remove(pick) {
                    self.picks.insert(pick.clone());
                }
            }
            // Run by the app, which writes files and opens browsers.
            HandoutCommand::Save | HandoutCommand::Open => {}
        }
    }
}

/// What a handout is made of.
pub struct Handout<'a> {
    pub pack: &'a Pack,
    pub picks: &'a BTreeSet<Pick>,
    /// The reader's "Which fits me?" answers.
    pub answers: &'a [Option<usize>],
    /// The interface's words, in the reader's language.
    pub catalogue: &'a Catalogue,
    pub today: Date,
}

/// The handout as one HTML document: no outside files, no scripts.
pub fn html(handout: &Handout<'_>) -> String {
    let Handout {
        pack,
        picks,
        answers,
        catalogue,
        today,
    } = handout;
    let info = &pack.info;
    let mut out = String::new();
    let mut sources: Vec<String> = Vec::new();
    let mut cite = |ids: &mut dyn Iterator<Item = String>| {
        for id in ids {
            if !sources.contains(&id) {
                sources.push(id);
            }
        }
    };
    let title = catalogue.tr("handout-title");
    let date = format_date(*today);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n<style>\n{}{STYLE}</style>\n</head>\n<body>\n<header>\n",
        escape(info.language.trim()),
        escape(&title),
        escape(&info.title),
        crate::ui::theme::css_colours(),
    );
    if let Some(clinic) = &info.clinic {
        let _ = writeln!(out, "<p class=\"clinic\">{}</p>", escape(&clinic.name));
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(&title));
    let saved_on = catalogue.tr_args(
        "handout-saved-on",
        &[("title", (&info.title).into()), ("date", (&date).into())],
    );
    let _ = writeln!(out, "<p>{}</p>", escape(&saved_on));
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>\n</header>\n<main>",
        escape(&info.disclaimer_detail)
    );
    if picks.contains(&Pick::Decision)
        && let Some(decision) = &pack.decision
    {
        decision_html(&mut out, pack, decision, answers, &mut cite);
    }
    if picks.contains(&Pick::Clinic)
        && let Some(clinic) = &info.clinic
    {
        let heading = catalogue.tr_args("clinic-title", &[("name", (&clinic.name).into())]);
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(&heading));
        if !pack.groups.intro.trim().is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(&pack.groups.intro));
        }
        for service in &pack.groups.services {
            let _ = writeln!(out, "<h3>{}</h3>\n<dl>", escape(&service.name));
            for (label, value) in crate::ui::clinic::service_facts(pack, catalogue, service) {
                let _ = writeln!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(&label),
                    escape(&value)
                );
            }
            out.push_str("</dl>\n");
        }
        if let Some(doc) = clinic.start_page() {
            doc_html(&mut out, doc, 1);
        }
        if let Some(website) = &clinic.website {
            let words = catalogue.tr("clinic-website");
            let _ = writeln!(
                out,
                "<p>{}: <a href=\"{}\">{}</a></p>",
                escape(&words),
                escape(website),
                escape(website)
            );
        }
        out.push_str("</section>\n");
    }
    for page in &pack.pages.pages {
        if picks.contains(&Pick::Page(page.id.clone())) {
            article_html(&mut out, &page.title, &page.doc);
            cite(&mut used(pack, crate::content::ItemKind::Page, &page.id).into_iter());
        }
    }
    for approach in &pack.approaches.approaches {
        if picks.contains(&Pick::Approach(approach.id.clone())) {
            article_html(&mut out, &approach.title, &approach.doc);
            cite(&mut used(pack, crate::content::ItemKind::Approach, &approach.id).into_iter());
        }
    }
    out.push_str("</main>\n");
    // Help now, on paper too.
    let _ = writeln!(
        out,
        "<aside class=\"help\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>",
        escape(&catalogue.tr("chrome-help-title")),
        escape(&info.crisis_intro)
    );
    for contact in &info.crisis_contacts {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong>: {}. {}</li>",
            escape(&contact.name),
            escape(&contact.how),
            escape(&contact.when)
        );
    }
    out.push_str("</ul>\n</aside>\n<footer>\n");
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        escape(&catalogue.tr("sources-footer-title"))
    );
    if sources.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&catalogue.tr("sources-footer-none"))
        );
    } else {
        out.push_str("<ol class=\"sources\">\n");
        for source in sources.iter().filter_map(|id| pack.source(id)) {
            let _ = write!(out, "<li>{}", escape(&source.citation()));
            if let Some(url) = &source.url {
                let _ = write!(out, " <a href=\"{}\">{}</a>", escape(url), escape(url));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
    let dates = catalogue.tr_args(
        "about-review-dates",
        &[
            ("published", (&info.published).into()),
            ("reviewed", (&info.last_reviewed).into()),
            ("next", (&info.next_review).into()),
        ],
    );
    let _ = writeln!(out, "<p class=\"dates\">{}</p>", escape(&dates));
    for line in [
        catalogue.tr_args("about-written-by", &[("name", (&info.written_by).into())]),
        catalogue.tr_args("about-funded-by", &[("name", (&info.funded_by).into())]),
    ] {
        let _ = writeln!(out, "<p>{}</p>", escape(&line));
    }
    out.push_str("</footer>\n</body>\n</html>\n");
    out
}

/// The sources an item uses (its list and its `source:` links).
fn used(pack: &Pack, kind: crate::content::ItemKind, id: &str) -> Vec<String> {
    pack.items_of(kind)
        .into_iter()
        .find(|i| i.id == id)
        .map(|i| i.used_sources())
        .unwrap_or_default()
}

/// The "Which fits me?" result, as the result screen shows it.
fn decision_html(
    out: &mut String,
    pack: &Pack,
    decision: &Decision,
    answers: &[Option<usize>],
    cite: &mut dyn FnMut(&mut dyn Iterator<Item = String>),
) {
    let wording = &decision.wording;
    let reflection = decision::reflect(decision, answers);
    let _ = writeln!(
        out,
        "<section>\n<h2>{} – {}</h2>",
        escape(&decision.title),
        escape(&wording.result_title)
    );
    let intro = if reflection.priorities.is_empty() {
        &decision.no_priorities_note
    } else {
        &decision.result_intro
    };
    let _ = writeln!(out, "<p>{}</p>", escape(intro));
    let shown: Vec<&Question> = if reflection.priorities.is_empty() {
        decision.questions.iter().collect()
    } else {
        reflection.priorities.clone()
    };
    let mut topic = |out: &mut String, question: &Question| {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<div class=\"pair\">",
            escape(&question.topic)
        );
        for format in Format::ALL {
            let offer = question.offer(format);
            let _ = writeln!(
                out,
                "<div><h4>{}</h4><p><strong>{}:</strong> {}</p><p><strong>{}:</strong> {}</p></div>",
                escape(&pack.info.format(format).name),
                escape(&wording.strength_title),
                escape(&offer.strength),
                escape(&wording.trade_off_title),
                escape(&offer.trade_off)
            );
        }
        out.push_str("</div>\n");
        cite(&mut question.sources.iter().cloned());
    };
    for question in shown {
        topic(out, question);
    }
    if !reflection.priorities.is_empty() && !reflection.also.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&wording.also_title));
        for question in &reflection.also {
            topic(out, question);
        }
    }
    let _ = writeln!(out, "<h3>{}</h3>", escape(&wording.both_title));
    doc_html(out, &decision.both_doc, 2);
    if !reflection.asks.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p>{}</p>\n<ul class=\"asks\">",
            escape(&wording.asks_title),
            escape(&wording.asks_intro_home)
        );
        for ask in &reflection.asks {
            let _ = writeln!(out, "<li>{}</li>", escape(ask));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// A page or approach: its title, then its text (its own title left out).
fn article_html(out: &mut String, title: &str, doc: &Doc) {
    let _ = writeln!(out, "<article>\n<h2>{}</h2>", escape(title));
    let mut skipped = false;
    let blocks: Vec<&Block> = doc
        .blocks
        .iter()
        .filter(|b| {
            let title = !skipped && matches!(b, Block::Heading { level: 1, .. });
            skipped |= title;
            !title
        })
        .collect();
    for block in blocks {
        block_html(out, doc, block, 1);
    }
    out.push_str("</article>\n");
}

/// A document's blocks, its headings `shift` levels down (a page's `#`
/// becomes `<h2>` under the handout's own `<h1>`).
fn doc_html(out: &mut String, doc: &Doc, shift: u8) {
    for block in &doc.blocks {
        block_html(out, doc, block, shift);
    }
}

fn block_html(out: &mut String, doc: &Doc, block: &Block, shift: u8) {
    match block {
        Block::Heading { level, text } => {
            let level = level.saturating_add(shift).clamp(2, 6);
            let _ = writeln!(out, "<h{level}>{}</h{level}>", inline_html(doc, text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "<p>{}</p>", inline_html(doc, text));
        }
        Block::List { start, items } => {
            let tag = match start {
                Some(1) => {
                    out.push_str("<ol>\n");
                    "ol"
                }
                Some(n) => {
                    let _ = writeln!(out, "<ol start=\"{n}\">");
                    "ol"
                }
                None => {
                    out.push_str("<ul>\n");
                    "ul"
                }
            };
            for item in items {
                out.push_str("<li>");
                for block in item {
                    block_html(out, doc, block, shift);
                }
                out.push_str("</li>\n");
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Quote(blocks) => {
            out.push_str("<blockquote>\n");
            for block in blocks {
                block_html(out, doc, block, shift);
            }
            out.push_str("</blockquote>\n");
        }
        Block::Table { header, rows } => {
            out.push_str("<table>\n<thead><tr>");
            for cell in header {
                let _ = write!(out, "<th scope=\"col\">{}</th>", inline_html(doc, cell));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    let _ = write!(out, "<td>{}</td>", inline_html(doc, cell));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Code(code) => {
            let _ = writeln!(out, "<pre><code>{}</code></pre>", escape(code));
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

/// Styled text; a web link stays a link, a link inside the app becomes its words.
fn inline_html(doc: &Doc, inline: &Inline) -> String {
    let mut out = String::new();
    let mut open_link: Option<usize> = None;
    for span in &inline.spans {
        if span.link != open_link {
            if open_link.is_some_and(|i| web_address(doc, i).is_some()) {
                out.push_str("</a>");
            }
            if let Some(url) = span.link.and_then(|i| web_address(doc, i)) {
                let _ = write!(out, "<a href=\"{}\">", escape(&url));
            }
            open_link = span.link;
        }
        let mut text = escape(&span.text).replace('\n', "<br>");
        if span.style.code {
            text = format!("<code>{text}</code>");
        }
        if span.style.emphasis {
            text = format!("<em>{text}</em>");
        }
        if span.style.strong {
            text = format!("<strong>{text}</strong>");
        }
        out.push_str(&text);
    }
    if open_link.is_some_and(|i| web_address(doc, i).is_some()) {
        out.push_str("</a>");
    }
    out
}

fn web_address(doc: &Doc, link: usize) -> Option<String> {
    let link = doc.links.get(link)?;
    match LinkTarget::parse(&link.target) {
        Ok(LinkTarget::External(url))
            if url.starts_with("https://") || url.starts_with("http://") =>
        {
            Some(url)
        }
        _ => None,
    }
}

/// Text made safe for HTML, in elements and in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Readable on screen and on paper: large type, short lines, the two
/// formats side by side where there is room; links written out on paper.
const STYLE: &str = "\
body { font-family: 'Atkinson Hyperlegible', Verdana, Arial, sans-serif; font-size: 1.15rem;
  line-height: 1.55; max-width: 44rem; margin: 2rem auto; padding: 0 1rem;
  color: var(--text); background: var(--bg); }
h1, h2, h3, h4 { color: var(--heading); line-height: 1.25; }
a { color: var(--link); }
.clinic { font-weight: bold; font-size: 1.3rem; margin-bottom: 0; }
.note, .dates { color: var(--muted); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair > div { border: 1px solid var(--border); border-radius: 0.6rem; padding: 0 1rem; }
.help { border: 2px solid var(--help); border-radius: 0.6rem; padding: 0 1rem; margin: 2rem 0; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--border); padding: 0.3rem 0.5rem; text-align: left; }
dt { font-weight: bold; } dd { margin: 0 0 0.4rem 0; }
@media (max-width: 36rem) { .pair { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 12pt; max-width: none; margin: 0; color: black; background: white; }
  a { color: black; }
  a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 10pt; }
  h2, h3, h4 { break-after: avoid; }
  .pair > div, .help, li, dd { break-inside: avoid; }
}
";

/// The documents folder: `$XDG_DOCUMENTS_DIR`, then the one named in
/// `user-dirs.dirs`, then `~/Documents`, then the home folder.
pub fn documents_dir() -> PathBuf {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    let from_env = std::env::var_os("XDG_DOCUMENTS_DIR").map(PathBuf::from);
    let from_user_dirs = home.as_ref().and_then(|home| {
        let config =
            std::env::var_os("XDG_CONFIG_HOME").map_or_else(|| home.join(".config"), PathBuf::from);
        let text = std::fs::read_to_string(config.join("user-dirs.dirs")).ok()?;
        user_dirs_documents(&text, home)
    });
    let documents = home.as_ref().map(|h| h.join("Documents"));
    [from_env, from_user_dirs, documents, home]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_absolute() && dir.is_dir())
        .unwrap_or_else(std::env::temp_dir)
}

/// `XDG_DOCUMENTS_DIR="$HOME/Documents"` in `user-dirs.dirs`.
fn user_dirs_documents(text: &str, home: &Path) -> Option<PathBuf> {
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("XDG_DOCUMENTS_DIR="))?;
    let value = line.trim().trim_matches('"');
    Some(match value.strip_prefix("$HOME") {
        Some(rest) => home.join(rest.trim_start_matches('/')),
        None => PathBuf::from(value),
    })
}

/// Write `html` into `dir` as `<name>-<date>.html` (`-2`, `-3`… when one of
/// that name is there already: nothing is ever overwritten).
///
/// # Errors
/// When the file cannot be written.
pub fn save(dir: &Path, name: &str, today: Date, html: &str) -> std::io::Result<PathBuf> {
    use std::io::Write as _;
    let stem = format!("{name}-{}", format_date(today));
    for n in 1..1000 {
        let file = if n == 1 {
            format!("{stem}.html")
        } else {
            format!("{stem}-{n}.html")
        };
        let path = dir.join(file);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(html.as_bytes())?;
                return Ok(path);
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(err) => return Err(err),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "too many handouts of this name",
    ))
}

/// A `file://` address for a path, for the reader's browser.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(char::from(byte));
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"Tom\" & 'Jo'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jo&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn file_urls_are_encoded() {
        assert_eq!(
            file_url(Path::new("/home/a b/Documents/hand-out.html")),
            "file:///home/a%20b/Documents/hand-out.html"
        );
    }

    #[test]
    fn user_dirs_name_the_documents_folder() {
        let home = Path::new("/home/ana");
        let text = "# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documentos\"\n";
        assert_eq!(
            user_dirs_documents(text, home),
            Some(PathBuf::from("/home/ana/Documentos"))
        );
        assert_eq!(user_dirs_documents("", home), None);
    }

    #[test]
    fn markdown_becomes_html_with_web_links_only() {
        let doc = crate::content::markdown::parse(
            "# Title\n\nSee **this** [page](page:faq) and [a site](https://example.org/?a=1&b=2).\n\n- one\n- two <x>\n",
        );
        let mut out = String::new();
        doc_html(&mut out, &doc, 1);
        assert!(out.contains("<h2>Title</h2>"), "{out}");
        assert!(out.contains("<strong>this</strong> page and"), "{out}");
        assert!(
            out.contains("<a href=\"https://example.org/?a=1&amp;b=2\">a site</a>"),
            "{out}"
        );
        assert!(
            out.contains("<li><p>two &lt;x&gt;</p></li>") || out.contains("<li>"),
            "{out}"
        );
        assert!(!out.contains("<x>"), "{out}");
    }
}

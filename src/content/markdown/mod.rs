//! Markdown parsed once into a small document model.
//!
//! The UI draws a [`Doc`] every frame without re-parsing; search and the
//! reading-level check use its plain text; the checker uses its links.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A parsed Markdown document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    pub blocks: Vec<Block>,
    /// Every link in the document, in reading order.
    pub links: Vec<Link>,
    /// Where images were written (they are not shown: the checker says so).
    pub images: Vec<usize>,
    /// Where raw HTML was written (not shown either).
    pub html: Vec<usize>,
}

/// A block of a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        text: Inline,
    },
    Paragraph(Inline),
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    Table {
        header: Vec<Inline>,
        rows: Vec<Vec<Inline>>,
    },
    Code(String),
    Rule,
}

/// A run of styled text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inline {
    pub spans: Vec<Span>,
    /// Byte offset in the Markdown source where this run starts.
    pub offset: usize,
}

impl Inline {
    /// An empty run starting at `offset` in the source.
    fn at(offset: usize) -> Self {
        Self {
            spans: Vec::new(),
            offset,
        }
    }

    /// The text without any styling.
    pub fn plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// Indices (into [`Doc::links`]) of the links in this run, in order, without repeats.
    pub fn link_indices(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for index in self.spans.iter().filter_map(|s| s.link) {
            if !out.contains(&index) {
                out.push(index);
            }
        }
        out
    }

    fn push(&mut self, text: &str, style: SpanStyle, link: Option<usize>) {
        if let Some(last) = self.spans.last_mut()
            && last.style == style
            && last.link == link
        {
            last.text.push_str(text);
            return;
        }
        self.spans.push(Span {
            text: text.to_owned(),
            style,
            link,
        });
    }
}

/// A piece of text with one style.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub style: SpanStyle,
    /// Index into [`Doc::links`] when this span is (part of) a link.
    pub link: Option<usize>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpanStyle {
    pub strong: bool,
    pub emphasis: bool,
    pub code: bool,
}

/// A link as written, with where it was written (byte offset in the Markdown source).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub target: String,
    pub text: String,
    pub offset: usize,
}

/// Parse Markdown. Never fails: anything unusual becomes plain text.
pub fn parse(source: &str) -> Doc {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let mut builder = Builder::default();
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        builder.event(event, range.start);
    }
    builder.finish()
}

/// Containers that are still open while walking the events.
#[derive(Debug)]
enum Open {
    Blocks(Vec<Block>),
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote,
    Table {
        header: Vec<Inline>,
        rows: Vec<Vec<Inline>>,
        row: Vec<Inline>,
        in_head: bool,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    done: Vec<Block>,
    inline: Option<Inline>,
    heading: Option<u8>,
    style: SpanStyle,
    link: Option<usize>,
    links: Vec<Link>,
    images: Vec<usize>,
    html: Vec<usize>,
    code_block: Option<String>,
    /// Where the event being handled starts.
    offset: usize,
    /// Containers opened beyond [`MAX_STACK`], whose content is flattened.
    suppressed: usize,
}

/// How deep containers may nest before their content is flattened.
const MAX_STACK: usize = 24;

impl Builder {
    fn event(&mut self, event: Event<'_>, offset: usize) {
        self.offset = offset;
        match event {
            Event::Start(tag) => self.start(tag, offset),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if let Some(code) = &mut self.code_block {
                    code.push_str(&text);
                } else {
                    self.text(&text);
                }
            }
            Event::Code(text) => {
                let style = SpanStyle {
                    code: true,
                    ..self.style
                };
                let link = self.link;
                self.inline_mut().push(&text, style, link);
                if let Some(index) = link
                    && let Some(l) = self.links.get_mut(index)
                {
                    l.text.push_str(&text);
                }
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            // Raw HTML is not shown (the checker warns about it).
            Event::Html(_) | Event::InlineHtml(_) => self.html.push(offset),
            // Math and footnotes are not part of the pack format: show nothing.
            Event::InlineMath(_) | Event::DisplayMath(_) | Event::FootnoteReference(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, offset: usize) {
        // Very deep nesting (quotes in lists in quotes…) is flattened: nobody
        // writes it on purpose, and deep trees cost stack when walked.
        let container = matches!(
            tag,
            Tag::BlockQuote(_) | Tag::List(_) | Tag::Item | Tag::Table(_)
        );
        if container && (self.suppressed > 0 || self.stack.len() >= MAX_STACK) {
            self.flush_tight_text();
            self.suppressed += 1;
            return;
        }
        match tag {
            Tag::Paragraph => self.inline = Some(Inline::at(offset)),
            Tag::Heading { level, .. } => {
                self.heading = Some(heading_level(level));
                self.inline = Some(Inline::at(offset));
            }
            Tag::BlockQuote(_) => {
                self.flush_tight_text();
                self.stack.push(Open::Quote);
                self.stack.push(Open::Blocks(Vec::new()));
            }
            Tag::CodeBlock(_) => {
                self.flush_tight_text();
                self.code_block = Some(String::new());
            }
            Tag::List(start) => {
                self.flush_tight_text();
                self.stack.push(Open::List {
                    start,
                    items: Vec::new(),
                });
            }
            Tag::Item => self.stack.push(Open::Blocks(Vec::new())),
            Tag::Table(_) => {
                self.flush_tight_text();
                self.stack.push(Open::Table {
                    header: Vec::new(),
                    rows: Vec::new(),
                    row: Vec::new(),
                    in_head: false,
                });
            }
            Tag::TableHead => {
                if let Some(Open::Table { in_head, .. }) = self.stack.last_mut() {
                    *in_head = true;
                }
            }
            Tag::TableRow => {}
            Tag::TableCell => self.inline = Some(Inline::at(offset)),
            Tag::Emphasis => self.style.emphasis = true,
            Tag::Strong => self.style.strong = true,
            Tag::Link { dest_url, .. } => {
                self.links.push(Link {
                    target: dest_url.trim().to_owned(),
                    text: String::new(),
                    offset,
                });
                self.link = Some(self.links.len() - 1);
            }
            // Images are not shown; their alt text is read as plain text
            // (the checker warns about them).
            Tag::Image { .. } => self.images.push(offset),
            Tag::Strikethrough
            | Tag::HtmlBlock
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        let container = matches!(
            tag,
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::Table
        );
        if container && self.suppressed > 0 {
            self.flush_tight_text();
            self.suppressed -= 1;
            return;
        }
        match tag {
            TagEnd::Paragraph => {
                if let Some(inline) = self.inline.take() {
                    self.push_block(Block::Paragraph(inline));
                }
            }
            TagEnd::Heading(_) => {
                let level = self.heading.take().unwrap_or(2);
                if let Some(text) = self.inline.take() {
                    self.push_block(Block::Heading { level, text });
                }
            }
            TagEnd::BlockQuote(_) => {
                self.flush_tight_text();
                if let Some(Open::Blocks(blocks)) = self.stack.pop() {
                    // Pop the `Quote` marker.
                    self.stack.pop();
                    self.push_block(Block::Quote(blocks));
                }
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code_block.take() {
                    self.push_block(Block::Code(code.trim_end().to_owned()));
                }
            }
            TagEnd::Item => {
                self.flush_tight_text();
                if let Some(Open::Blocks(blocks)) = self.stack.pop()
                    && let Some(Open::List { items, .. }) = self.stack.last_mut()
                {
                    items.push(blocks);
                }
            }
            TagEnd::List(_) => {
                if let Some(Open::List { start, items }) = self.stack.pop() {
                    self.push_block(Block::List { start, items });
                }
            }
            TagEnd::TableCell => {
                let cell = self.inline.take().unwrap_or_default();
                if let Some(Open::Table { row, .. }) = self.stack.last_mut() {
                    row.push(cell);
                }
            }
            TagEnd::TableHead => {
                if let Some(Open::Table {
                    header,
                    row,
                    in_head,
                    ..
                }) = self.stack.last_mut()
                {
                    *header = std::mem::take(row);
                    *in_head = false;
                }
            }
            TagEnd::TableRow => {
                if let Some(Open::Table { rows, row, .. }) = self.stack.last_mut() {
                    rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Some(Open::Table { header, rows, .. }) = self.stack.pop() {
                    self.push_block(Block::Table { header, rows });
                }
            }
            TagEnd::Emphasis => self.style.emphasis = false,
            TagEnd::Strong => self.style.strong = false,
            TagEnd::Link => self.link = None,
            _ => {}
        }
    }

    /// Text directly inside a tight list item arrives without a paragraph.
    fn flush_tight_text(&mut self) {
        if self.heading.is_none()
            && let Some(inline) = self.inline.take()
        {
            self.push_block(Block::Paragraph(inline));
        }
    }

    fn inline_mut(&mut self) -> &mut Inline {
        let offset = self.offset;
        self.inline.get_or_insert_with(|| Inline::at(offset))
    }

    fn text(&mut self, text: &str) {
        let (style, link) = (self.style, self.link);
        self.inline_mut().push(text, style, link);
        if let Some(index) = link
            && let Some(l) = self.links.get_mut(index)
        {
            l.text.push_str(text);
        }
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Open::Blocks(blocks)) => blocks.push(block),
            // Anything else (a stray block directly in a list or table) is kept in reading order.
            _ => self.done.push(block),
        }
    }

    fn finish(mut self) -> Doc {
        self.flush_tight_text();
        // Close anything left open by malformed input, keeping its content.
        while let Some(open) = self.stack.pop() {
            match open {
                Open::Blocks(blocks) => self.done.extend(blocks),
                Open::List { start, items } => self.done.push(Block::List { start, items }),
                Open::Table { header, rows, .. } => self.done.push(Block::Table { header, rows }),
                Open::Quote => {}
            }
        }
        Doc {
            blocks: self.done,
            links: self.links,
            images: self.images,
            html: self.html,
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

impl Doc {
    /// The document's words as plain text, one block per line.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            block_text(block, &mut out);
        }
        out
    }

    /// The text a reading-level formula should measure, one sentence-like
    /// unit per line: paragraphs, list items and table cells (each cell on its
    /// own line, as it is read on its own).
    ///
    /// Headings and table header cells are left out: they are short labels,
    /// not sentences, and counted as sentences they would pull the grade
    /// down and hide a hard paragraph. Code is not prose.
    pub fn prose_text(&self) -> String {
        self.prose_units()
            .into_iter()
            .map(|(_, text)| text + "\n")
            .collect()
    }

    /// The units [`Self::prose_text`] measures, each with where it starts in
    /// the source: the reading-level check points at the hardest one.
    pub fn prose_units(&self) -> Vec<(usize, String)> {
        fn unit(inline: &Inline, out: &mut Vec<(usize, String)>) {
            let text = inline.plain();
            let text = text.trim();
            if !text.is_empty() {
                out.push((inline.offset, text.to_owned()));
            }
        }
        fn walk(blocks: &[Block], out: &mut Vec<(usize, String)>) {
            for block in blocks {
                match block {
                    Block::Paragraph(inline) => unit(inline, out),
                    Block::List { items, .. } => {
                        for item in items {
                            walk(item, out);
                        }
                    }
                    Block::Quote(inner) => walk(inner, out),
                    Block::Table { rows, .. } => {
                        for cell in rows.iter().flatten() {
                            unit(cell, out);
                        }
                    }
                    Block::Heading { .. } | Block::Code(_) | Block::Rule => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }

    /// Whether the document has any words besides its level-1 title.
    pub fn has_text_beyond_title(&self) -> bool {
        fn has_words(block: &Block) -> bool {
            match block {
                Block::Heading { level: 1, .. } | Block::Rule => false,
                Block::Heading { text, .. } | Block::Paragraph(text) => {
                    text.plain().chars().any(char::is_alphanumeric)
                }
                Block::List { items, .. } => items.iter().flatten().any(has_words),
                Block::Quote(inner) => inner.iter().any(has_words),
                Block::Table { header, rows } => header
                    .iter()
                    .chain(rows.iter().flatten())
                    .any(|c| c.plain().chars().any(char::is_alphanumeric)),
                Block::Code(code) => code.chars().any(char::is_alphanumeric),
            }
        }
        self.blocks.iter().any(has_words)
    }

    /// Unlink every link whose target `keep` refuses: its words stay, as plain text.
    pub fn unlink(&mut self, keep: impl Fn(&str) -> bool) {
        fn walk(blocks: &mut [Block], dead: &[bool]) {
            let fix = |inline: &mut Inline| {
                for span in &mut inline.spans {
                    if span
                        .link
                        .is_some_and(|i| dead.get(i).copied().unwrap_or(true))
                    {
                        span.link = None;
                    }
                }
            };
            for block in blocks {
                match block {
                    Block::Heading { text, .. } | Block::Paragraph(text) => fix(text),
                    Block::List { items, .. } => {
                        for item in items {
                            walk(item, dead);
                        }
                    }
                    Block::Quote(inner) => walk(inner, dead),
                    Block::Table { header, rows } => {
                        header
                            .iter_mut()
                            .chain(rows.iter_mut().flatten())
                            .for_each(fix);
                    }
                    Block::Code(_) | Block::Rule => {}
                }
            }
        }
        let dead: Vec<bool> = self.links.iter().map(|l| !keep(&l.target)).collect();
        if dead.iter().any(|d| *d) {
            walk(&mut self.blocks, &dead);
        }
    }

    /// The first level-1 heading, if any.
    pub fn title(&self) -> Option<String> {
        self.blocks.iter().find_map(|b| match b {
            Block::Heading { level: 1, text } => Some(text.plain()),
            _ => None,
        })
    }
}

fn block_text(block: &Block, out: &mut String) {
    match block {
        Block::Heading { text, .. } | Block::Paragraph(text) => {
            out.push_str(&text.plain());
            out.push('\n');
        }
        Block::List { items, .. } => {
            for item in items {
                for b in item {
                    block_text(b, out);
                }
            }
        }
        Block::Quote(blocks) => {
            for b in blocks {
                block_text(b, out);
            }
        }
        Block::Table { header, rows } => {
            for cell in header.iter().chain(rows.iter().flatten()) {
                out.push_str(&cell.plain());
                out.push('\n');
            }
        }
        Block::Code(code) => {
            out.push_str(code);
            out.push('\n');
        }
        Block::Rule => {}
    }
}

#[cfg(test)]
mod tests;

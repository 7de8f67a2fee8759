//! The shape of a RON file, found by a small lexer that never fails:
//! brackets, lists of items, top-level fields. Used only when a file has
//! errors, to decide what to leave out.

use super::LeftOut;

/// The kinds of token the outline needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    Str,
    Ident,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The spans of every text (string) in RON text, in order.
pub(super) fn strings(text: &str) -> Vec<(usize, usize)> {
    lex(text)
        .into_iter()
        .filter(|t| t.kind == Kind::Str)
        .map(|t| (t.start, t.end))
        .collect()
}

/// Split RON text into tokens. Never fails: anything unknown is `Other`,
/// an unterminated string or comment runs to the end.
fn lex(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        let c = bytes[i];
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < len && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < len {
                    if bytes[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if bytes[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            b'"' => {
                i += 1;
                while i < len {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => {
                            i += 1;
                            break;
                        }
                        _ => i += 1,
                    }
                }
                Kind::Str
            }
            b'r' | b'b' if raw_string_end(bytes, i).is_some() => {
                i = raw_string_end(bytes, i).unwrap_or(len);
                Kind::Str
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                Kind::Open(c)
            }
            b')' => {
                i += 1;
                Kind::Close(b'(')
            }
            b']' => {
                i += 1;
                Kind::Close(b'[')
            }
            b'}' => {
                i += 1;
                Kind::Close(b'{')
            }
            b',' => {
                i += 1;
                Kind::Comma
            }
            b':' => {
                i += 1;
                Kind::Colon
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < len && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                Kind::Ident
            }
            _ => {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                Kind::Other
            }
        };
        out.push(Token {
            kind,
            start,
            end: i.min(len),
        });
    }
    out
}

/// Where a raw string (`r"…"`, `r#"…"#`, `br"…"`) that starts at `i` ends.
fn raw_string_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    if bytes.get(i) == Some(&b'b') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'r') {
        return None;
    }
    i += 1;
    let hashes = bytes[i..].iter().take_while(|b| **b == b'#').count();
    i += hashes;
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    Some(
        bytes[i..]
            .windows(closing.len())
            .position(|w| w == closing.as_slice())
            .map_or(bytes.len(), |p| i + p + closing.len()),
    )
}

/// A bracketed group: `( … )`, `[ … ]` or `{ … }`.
#[derive(Debug)]
struct Group {
    open: u8,
    /// Offset of the opening bracket.
    start: usize,
    /// Offset of the closing bracket, or the end of the text if it never closes.
    end: usize,
    depth: usize,
    elements: Vec<Element>,
}

/// One comma-separated element of a group.
#[derive(Clone, Debug)]
struct Element {
    start: usize,
    end: usize,
    /// `Name(` or `(`: an item such as a card, a row or a contact.
    item: bool,
    /// The identifier it starts with (`Card`, or a field's name).
    name: Option<String>,
    /// Where its own `(` group closes (for items).
    closes_at: Option<usize>,
}

/// The element being read in an open group.
struct Current {
    start: usize,
    end: usize,
    tokens: usize,
    first: Kind,
    first_text: (usize, usize),
    /// The group its own `(` opened (`Name(` or `(`): it is an item.
    paren_group: Option<usize>,
}

/// A list of items, with where each item starts.
#[derive(Debug)]
struct ItemList {
    start: usize,
    end: usize,
    depth: usize,
    /// Item starts, in order, with where each item's own `(` closes.
    items: Vec<(usize, Option<usize>)>,
}

/// The shape of a RON file, found without parsing it.
pub(super) struct Outline {
    tokens: Vec<Token>,
    lists: Vec<ItemList>,
    /// The top-level struct's fields, and where the struct ends.
    fields: Vec<Element>,
    root_end: Option<usize>,
}

impl Outline {
    pub(super) fn new(text: &str) -> Self {
        let tokens = lex(text);
        let mut groups: Vec<Group> = vec![Group {
            open: 0,
            start: 0,
            end: text.len(),
            depth: 0,
            elements: Vec::new(),
        }];
        // (group index, element being read)
        let mut stack: Vec<(usize, Option<Current>)> = vec![(0, None)];
        for token in &tokens {
            match token.kind {
                Kind::Open(open) => {
                    let index = groups.len();
                    if let Some((_, current)) = stack.last_mut() {
                        note(current, token);
                        if let Some(c) = current
                            && open == b'('
                            && (c.tokens == 1 || (c.tokens == 2 && c.first == Kind::Ident))
                        {
                            c.paren_group = Some(index);
                        }
                    }
                    groups.push(Group {
                        open,
                        start: token.start,
                        end: text.len(),
                        depth: stack.len(),
                        elements: Vec::new(),
                    });
                    stack.push((index, None));
                }
                Kind::Close(open)
                    if stack.len() > 1
                        && stack.last().is_some_and(|(g, _)| groups[*g].open == open) =>
                {
                    if let Some((index, current)) = stack.pop() {
                        groups[index].end = token.start;
                        finish(text, &mut groups, index, current);
                    }
                    if let Some((_, current)) = stack.last_mut() {
                        note(current, token);
                    }
                }
                Kind::Comma => {
                    if let Some((index, current)) = stack.last_mut() {
                        let index = *index;
                        let current = current.take();
                        finish(text, &mut groups, index, current);
                    }
                }
                // A stray closing bracket is part of whatever is around it.
                _ => {
                    if let Some((_, current)) = stack.last_mut() {
                        note(current, token);
                    }
                }
            }
        }
        while let Some((index, current)) = stack.pop() {
            finish(text, &mut groups, index, current);
        }
        // `Name(` at the start of a line, where a stray bracket may have
        // thrown the nesting out: (offset, name, where its `(` closes).
        let line_items: Vec<(usize, &str, usize)> = tokens
            .windows(2)
            .filter(|pair| {
                pair[0].kind == Kind::Ident
                    && pair[1].kind == Kind::Open(b'(')
                    && starts_line(text, pair[0].start)
            })
            .map(|pair| {
                (
                    pair[0].start,
                    &text[pair[0].start..pair[0].end],
                    pair[1].start,
                )
            })
            .collect();
        let closes_of = |paren: usize| groups.iter().find(|g| g.start == paren).map(|g| g.end);
        let mut lists = Vec::new();
        for group in &groups {
            if group.open != b'[' || !group.elements.iter().any(|e| e.item) {
                continue;
            }
            let mut items: Vec<(usize, Option<usize>)> = group
                .elements
                .iter()
                .filter(|e| e.item)
                .map(|e| (e.start, e.closes_at))
                .collect();
            if let Some(name) = most_common_name(&group.elements) {
                let from = line_items.partition_point(|(at, _, _)| *at <= group.start);
                for &(at, item_name, paren) in &line_items[from..] {
                    if at >= group.end {
                        break;
                    }
                    if item_name == name && !items.iter().any(|(s, _)| *s == at) {
                        items.push((at, closes_of(paren)));
                    }
                }
            }
            items.sort_unstable_by_key(|(s, _)| *s);
            lists.push(ItemList {
                start: group.start,
                end: group.end,
                depth: group.depth,
                items,
            });
        }
        // The top-level struct: the first group opened at the top.
        let root = groups
            .iter()
            .skip(1)
            .find(|g| g.depth == 1 && g.open == b'(');
        let (fields, root_end) = root.map_or((Vec::new(), None), |g| {
            (g.elements.clone(), (g.end < text.len()).then_some(g.end))
        });
        Self {
            tokens,
            lists,
            fields,
            root_end,
        }
    }

    /// The last token that ends at or before `at`.
    pub(super) fn token_before(&self, at: usize) -> Option<Token> {
        self.tokens.iter().rev().find(|t| t.end <= at).copied()
    }

    /// Whether a field (`, name:`) follows `at`.
    pub(super) fn field_follows(&self, at: usize) -> bool {
        let mut iter = self.tokens.iter().skip_while(|t| t.start < at);
        matches!(
            (iter.next(), iter.next(), iter.next()),
            (Some(a), Some(b), Some(c)) if a.kind == Kind::Comma && b.kind == Kind::Ident && c.kind == Kind::Colon
        )
    }

    /// Whether `at` is the name of a field (a word followed by `:`).
    pub(super) fn is_field_name(&self, at: usize) -> bool {
        let mut iter = self.tokens.iter().skip_while(|t| t.start < at);
        matches!(
            (iter.next(), iter.next()),
            (Some(a), Some(b)) if a.start == at && a.kind == Kind::Ident && b.kind == Kind::Colon
        )
    }

    /// What to leave out for an error at `at`: the innermost item around it,
    /// else the top-level field, else text after the end.
    pub(super) fn region(&self, text: &str, at: usize) -> Option<Region> {
        let list = self
            .lists
            .iter()
            .filter(|l| {
                l.start < at && at <= l.end && l.items.first().is_some_and(|(s, _)| *s <= at)
            })
            .max_by_key(|l| l.depth);
        if let Some(list) = list {
            let mut k = list.items.iter().rposition(|(s, _)| *s <= at)?;
            // An error right where an item starts often means the item before
            // it never closed.
            if k > 0 && list.items[k].0 == at && list.items[k - 1].1.is_none_or(|close| close >= at)
            {
                k -= 1;
            }
            let start = list.items[k].0;
            let end = list.items.get(k + 1).map_or(list.end, |(s, _)| *s);
            let region_text = &text[start..end];
            let kind = region_text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .filter(|w| !w.is_empty())
                .map_or_else(|| "item".to_owned(), str::to_lowercase);
            return Some(Region {
                start,
                end,
                left_out: LeftOut {
                    kind,
                    name: id_in(region_text),
                },
            });
        }
        if let Some(i) = self
            .fields
            .iter()
            .position(|f| f.start <= at && at <= f.end)
        {
            let field = &self.fields[i];
            let end = self
                .fields
                .get(i + 1)
                .map_or(self.root_end.unwrap_or(text.len()), |f| f.start);
            return Some(Region {
                start: field.start,
                end,
                left_out: LeftOut {
                    kind: "field".to_owned(),
                    name: field.name.clone(),
                },
            });
        }
        if let Some(end) = self.root_end
            && at > end
        {
            return Some(Region {
                start: end + 1,
                end: text.len(),
                left_out: LeftOut {
                    kind: "text after the end".to_owned(),
                    name: None,
                },
            });
        }
        None
    }
}

/// A stretch of text to leave out.
pub(super) struct Region {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) left_out: LeftOut,
}

/// Count a token into the element being read (starting one if none is).
fn note(current: &mut Option<Current>, token: &Token) {
    match current {
        None => {
            *current = Some(Current {
                start: token.start,
                end: token.end,
                tokens: 1,
                first: token.kind,
                first_text: (token.start, token.end),
                paren_group: None,
            });
        }
        Some(c) => {
            c.tokens += 1;
            c.end = token.end;
        }
    }
}

/// Close the element being read in group `index`.
fn finish(text: &str, groups: &mut [Group], index: usize, current: Option<Current>) {
    let Some(c) = current else {
        return;
    };
    let closes_at = c.paren_group.and_then(|g| groups.get(g)).map(|g| g.end);
    let name = (c.first == Kind::Ident).then(|| text[c.first_text.0..c.first_text.1].to_owned());
    if let Some(group) = groups.get_mut(index) {
        group.elements.push(Element {
            start: c.start,
            end: c.end,
            item: c.paren_group.is_some(),
            name,
            closes_at,
        });
    }
}

fn starts_line(text: &str, at: usize) -> bool {
    text[..at]
        .rsplit('\n')
        .next()
        .is_some_and(|before| before.trim().is_empty())
}

/// The name most items of a list start with (`Card` in a list of cards).
fn most_common_name(elements: &[Element]) -> Option<&String> {
    let mut counts: Vec<(&String, usize)> = Vec::new();
    for name in elements
        .iter()
        .filter(|e| e.item)
        .filter_map(|e| e.name.as_ref())
    {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, c)| *c).map(|(n, _)| n)
}

/// The `id: "…"` written in an item's text, if any.
fn id_in(item: &str) -> Option<String> {
    let mut from = 0;
    while let Some(found) = item[from..].find("id") {
        let at = from + found;
        from = at + 2;
        let starts_word = at == 0
            || !item[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let rest = item[at + 2..].trim_start();
        if starts_word && let Some(rest) = rest.strip_prefix(':') {
            let rest = rest.trim_start().strip_prefix('"')?;
            let id: String = rest
                .chars()
                .take_while(|c| *c != '"' && *c != '\n')
                .collect();
            return Some(id);
        }
    }
    None
}

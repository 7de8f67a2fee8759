//! Problems found in a pack, each with the place a person must look.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one file, at a line and column (both counted from 1;
/// line 0 means the whole file or folder).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Path inside the pack, with `/` separators.
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl Problem {
    pub fn error(path: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.to_owned(),
            line,
            col,
            message: message.into(),
        }
    }

    pub fn warning(path: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(path, (line, col), message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line == 0 {
            // About a whole folder or file, not a place in it.
            return write!(f, "{}: {kind}: {}", self.path, self.message);
        }
        write!(
            f,
            "{}:{}:{}: {kind}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

/// Turns byte offsets in a text into lines and columns, and finds written values.
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// Line and column (from 1; the column counts characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        (line, col)
    }

    /// Byte offset of the first `needle` at or after `from`.
    pub fn find(&self, needle: &str, from: usize) -> Option<usize> {
        let from = from.min(self.text.len());
        if !self.text.is_char_boundary(from) {
            return None;
        }
        self.text[from..].find(needle).map(|i| from + i)
    }

    /// Offset where the item whose `id` field is `id` is declared, searching from `from`.
    pub fn find_id(&self, id: &str, from: usize) -> Option<usize> {
        let quoted = format!("{id:?}");
        let mut at = from;
        while let Some(found) = self.find(&quoted, at) {
            let before = self.text[..found].trim_end();
            if let Some(rest) = before.strip_suffix(':')
                && rest.trim_end().ends_with("id")
            {
                return Some(found);
            }
            at = found + quoted.len();
        }
        None
    }

    /// Offset of a quoted string value (as RON writes it), searching from `from`.
    pub fn find_quoted(&self, value: &str, from: usize) -> Option<usize> {
        self.find(&format!("{value:?}"), from)
    }

    /// Offset of a field name followed by `:`, searching from `from`.
    pub fn find_field(&self, field: &str, from: usize) -> Option<usize> {
        let mut at = from;
        while let Some(found) = self.find(field, at) {
            let after = self.text[found + field.len()..].trim_start();
            let starts_word = found == 0
                || !self.text[..found]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if starts_word && after.starts_with(':') {
                return Some(found);
            }
            at = found + field.len();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\ncé d\n";
        let loc = Locator::new(text);
        assert_eq!(loc.position(0), (1, 1));
        assert_eq!(loc.position(3), (2, 1));
        let d = text.find('d').unwrap_or_default();
        assert_eq!(loc.position(d), (2, 4));
    }

    #[test]
    fn finds_ids_not_other_mentions() {
        let text = "Card(title: \"cbt\", id: \"cbt\")";
        let loc = Locator::new(text);
        assert_eq!(loc.find_id("cbt", 0), Some(23));
        assert_eq!(loc.find_field("id", 0), Some(19));
    }
}

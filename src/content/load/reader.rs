//! Reading a pack's files: each within its own and the whole pack's size
//! limits, RON parsed so that only what is broken is left out, Markdown
//! files named by the index files, and RON's errors in words staff can act on.

use serde::de::DeserializeOwned;

use super::tolerant;
use super::{Loader, PACK_FILE, Texts};
use crate::content::check::LeftOutItem;
use crate::content::files::FileError;
use crate::content::items::ItemKind;
use crate::content::markdown::{self, Doc};
use crate::content::problem::{Locator, Problem};

/// Options every RON file is read with: optional fields can be written
/// without `Some(…)`.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

impl Loader<'_> {
    /// Count a file's bytes against the whole pack's limit. Past it, the file
    /// is refused (and the problem reported once, at `path`).
    pub(super) fn within_pack_limit(
        &mut self,
        path: &str,
        at: impl FnOnce(&Texts) -> (usize, usize),
        bytes: u64,
    ) -> bool {
        let before = self.bytes_read;
        self.bytes_read = before.saturating_add(bytes);
        if self.bytes_read <= self.options.max_pack_bytes {
            return true;
        }
        if before <= self.options.max_pack_bytes {
            let at = at(&self.texts);
            self.problems.push(Problem::error(
                path,
                at,
                format!(
                    "the pack's files come to more than {} in all, so `{path}` and the files after it are not read: \
                     make the pack smaller, or check that the same file is not named many times",
                    describe_bytes(self.options.max_pack_bytes)
                ),
            ));
        }
        false
    }

    pub(super) fn read(&mut self, path: &str) -> Option<String> {
        match self.files.read_limited(path, self.options.max_file_bytes) {
            // A translation without this file: the default language's is used.
            Err(FileError::Missing(_)) if self.partial => None,
            Ok(text) if !self.within_pack_limit(path, |_| (1, 1), text.len() as u64) => None,
            Ok(text) => {
                self.texts.by_path.insert(path.to_owned(), text.clone());
                Some(text)
            }
            Err(err) => {
                let at = match &err {
                    FileError::NotUtf8 { line, col, .. } => (*line, *col),
                    _ => (1, 1),
                };
                self.problems
                    .push(Problem::error(path, at, err.to_string()));
                None
            }
        }
    }

    /// Parse a RON file, leaving out the items (or top-level fields) that
    /// are broken. `None` only when nothing of it can be read.
    pub(super) fn ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let text = self.read(path)?;
        let parsed = tolerant::parse::<T>(&text);
        let loc = Locator::new(&text);
        for error in parsed.errors {
            let mut message = error.message;
            if let Some(left_out) = &error.left_out {
                message.push_str(&left_out_words(left_out));
                if let (Some(kind), Some(id)) = (
                    ItemKind::ALL
                        .into_iter()
                        .find(|k| k.ron_name().eq_ignore_ascii_case(&left_out.kind)),
                    &left_out.name,
                ) {
                    self.left_out.push(LeftOutItem {
                        kind,
                        id: id.clone(),
                        path: path.to_owned(),
                        at: loc.position(error.offset),
                    });
                }
            }
            self.problems
                .push(Problem::error(path, loc.position(error.offset), message));
        }
        parsed.value
    }

    /// A file a pack may leave out: parsed as [`Self::ron`] when it is there.
    pub(super) fn optional_ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        if matches!(self.files.read(path), Err(FileError::Missing(_))) {
            return None;
        }
        self.ron(path)
    }

    /// Parse a RON file that is used whole or not at all.
    pub(super) fn strict_ron<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let text = self.read(path)?;
        match ron_options().from_str::<T>(&text) {
            Ok(value) => Some(value),
            Err(err) => {
                let at = (err.span.start.line.max(1), err.span.start.col.max(1));
                self.problems
                    .push(Problem::error(path, at, ron_message(&err.code)));
                None
            }
        }
    }

    /// The files `clinic` names in `pack.ron`: its start page (in every
    /// language) and its logo (the default language's only: a translation
    /// keeps the clinic's logo and colours).
    pub(super) fn clinic_files(&mut self, clinic: &mut crate::content::clinic::Clinic) {
        let clinic_at = self
            .texts
            .locator(PACK_FILE)
            .find_field("clinic", 0)
            .unwrap_or(0);
        let field_at = |texts: &Texts, field: &str| {
            let loc = texts.locator(PACK_FILE);
            let at = loc.find_field(field, clinic_at).unwrap_or(clinic_at);
            loc.position(at)
        };
        if let Some(rel) = clinic.start.clone().filter(|r| !r.trim().is_empty()) {
            match self.files.read_limited(&rel, self.options.max_file_bytes) {
                Ok(text)
                    if !self.within_pack_limit(
                        PACK_FILE,
                        |t| field_at(t, "start"),
                        text.len() as u64,
                    ) =>
                {
                    self.unread.insert(rel);
                }
                Ok(text) => {
                    clinic.start_doc = markdown::parse(&text);
                    clinic.start_title = clinic
                        .start_doc
                        .blocks
                        .iter()
                        .find_map(|b| match b {
                            markdown::Block::Heading { level: 1, text } => Some(text.plain()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    self.texts.by_path.insert(rel, text);
                }
                Err(err) => {
                    let at = match &err {
                        FileError::NotUtf8 { line, col, .. } => {
                            self.problems.push(Problem::error(
                                &rel,
                                (*line, *col),
                                err.to_string(),
                            ));
                            self.unread.insert(rel);
                            return;
                        }
                        _ => field_at(&self.texts, "start"),
                    };
                    let mut message = err.to_string();
                    if matches!(err, FileError::Missing(_)) {
                        message.push_str(&self.files.did_you_mean(&rel));
                    }
                    self.problems.push(Problem::error(PACK_FILE, at, message));
                    self.unread.insert(rel);
                }
            }
        }
        if self.partial {
            return;
        }
        let Some(rel) = clinic.logo.clone().filter(|r| !r.trim().is_empty()) else {
            return;
        };
        let max = crate::content::clinic::LOGO_MAX_BYTES;
        let decoded = match self.files.read_bytes(&rel, max) {
            Ok(bytes)
                if !self.within_pack_limit(
                    PACK_FILE,
                    |t| field_at(t, "logo"),
                    bytes.len() as u64,
                ) =>
            {
                return;
            }
            Ok(bytes) => {
                crate::content::clinic::decode_logo(&rel, &bytes).map_err(|e| e.to_string())
            }
            Err(FileError::TooLarge { bytes, .. }) => {
                Err(crate::content::clinic::LogoError::TooLarge {
                    path: rel.clone(),
                    bytes,
                }
                .to_string())
            }
            Err(err) => {
                let mut message = err.to_string();
                if matches!(err, FileError::Missing(_)) {
                    message.push_str(&self.files.did_you_mean(&rel));
                }
                Err(message)
            }
        };
        match decoded {
            Ok(logo) => clinic.logo_image = Some(logo),
            Err(message) => {
                let at = field_at(&self.texts, "logo");
                self.problems.push(Problem::error(
                    PACK_FILE,
                    at,
                    format!("{message}; the clinic's name is shown without a logo until then"),
                ));
            }
        }
    }

    /// Read and parse a Markdown file named by an index entry. Problems with
    /// the path itself are reported where the index names it.
    pub(super) fn markdown_file(
        &mut self,
        index: &str,
        id: &str,
        rel: &str,
        from: &mut usize,
    ) -> Doc {
        // Where the index names this file (searching on from the previous
        // entry keeps big packs linear); turned into a line only on error.
        let offset = {
            let loc = self.texts.locator(index);
            let item = loc.find_id(id, *from).unwrap_or(*from);
            *from = item + 1;
            loc.find_field("file", item)
                .and_then(|f| loc.find_quoted(rel, f))
                .unwrap_or(item)
        };
        let at = |texts: &Texts| texts.position(index, offset);
        match self.files.read_limited(rel, self.options.max_file_bytes) {
            Ok(text) if !self.within_pack_limit(index, at, text.len() as u64) => {
                self.unread.insert(rel.to_owned());
                Doc::default()
            }
            Ok(text) => {
                let doc = markdown::parse(&text);
                self.texts.by_path.insert(rel.to_owned(), text);
                doc
            }
            Err(err) => {
                self.unread.insert(rel.to_owned());
                if let FileError::NotUtf8 { line, col, .. } = &err {
                    self.problems
                        .push(Problem::error(rel, (*line, *col), err.to_string()));
                    return Doc::default();
                }
                let mut message = err.to_string();
                if matches!(err, FileError::Missing(_)) {
                    message.push_str(&self.files.did_you_mean(rel));
                }
                let at = at(&self.texts);
                self.problems.push(Problem::error(index, at, message));
                Doc::default()
            }
        }
    }
}

/// "; card `peer-support` is left out until this is fixed".
fn left_out_words(left_out: &tolerant::LeftOut) -> String {
    match (left_out.kind.as_str(), &left_out.name) {
        ("field", Some(name)) => {
            format!("; `{name}` is left out until this is fixed")
        }
        ("field", None) | ("text after the end", _) => String::new(),
        (kind, Some(id)) => format!("; {kind} `{id}` is left out until this is fixed"),
        (kind, None) => format!("; this {kind} is left out until this is fixed"),
    }
}

/// A RON error in words a staff member can act on.
pub(crate) fn ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    let hint = match code {
        E::NoSuchStructField { .. } => " (check the spelling of the field name, or remove it)",
        E::MissingStructField { .. } => " (add this field; see content/README.md)",
        E::NoSuchEnumVariant { .. } => " (check the spelling; allowed values are listed)",
        E::ExpectedString | E::ExpectedStringEnd => " (text must be in \"double quotes\")",
        E::Eof => " (the file ends too early: check for a missing `)` or `]`)",
        E::ExpectedComma => " (add a `,` at the end of the line before this one)",
        E::TrailingCharacters => " (there is text after the end: check for an extra `)` or `]`)",
        E::ExpectedDifferentStructName { .. } => {
            " (check the name before the first `(`: see content/README.md for how the file starts)"
        }
        _ => "",
    };
    format!("{code}{hint}")
}

/// "32 MiB", or "40000 bytes" when not a whole number of MiB.
pub(crate) fn describe_bytes(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// The first `chars` characters of `text` (never cuts a character in two).
pub(crate) fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(end, _)| &text[..end])
}

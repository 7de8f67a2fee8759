//! A clinic's own interface words: the `.ftl` files in its pack's
//! `i18n/<language>/` folder, read for the app and checked against the
//! English catalogue (keys missing or extra, placeholders that differ,
//! Fluent syntax), each problem with its file, line and column.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{FALLBACK, FtlSource, built_in, primary_of};
use crate::content::{PackFiles, Problem};

/// The folder of a pack that holds its interface words, one folder per language.
pub const PACK_FOLDER: &str = "i18n";

/// One message of a Fluent file: where it is, and the placeholders it uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageInfo {
    pub line: usize,
    pub col: usize,
    /// `$name`s it uses, without the `$`.
    pub placeholders: BTreeSet<String>,
}

/// A Fluent file read: its messages by key, and its syntax errors as
/// (line, column, what is wrong).
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    pub messages: BTreeMap<String, MessageInfo>,
    pub errors: Vec<(usize, usize, String)>,
}

/// Read a Fluent text: every message with its place and placeholders.
pub fn parse(text: &str) -> Parsed {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut parsed = Parsed::default();
    for err in errors {
        let (line, col) = super::line_col(text, err.pos.start);
        parsed.errors.push((line, col, err.kind.to_string()));
    }
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let key = message.id.name;
            let mut placeholders = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_vars(value, &mut placeholders);
            }
            let (line, col) = place_of(text, key);
            parsed.messages.insert(
                key.to_owned(),
                MessageInfo {
                    line,
                    col,
                    placeholders,
                },
            );
        }
    }
    parsed
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, out);
            }
            for arg in &arguments.named {
                inline_vars(&arg.value, out);
            }
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

/// Line and column where `key` is defined (`key =` at the start of a line).
fn place_of(text: &str, key: &str) -> (usize, usize) {
    for (index, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return (index + 1, 1);
        }
    }
    (1, 1)
}

/// The English catalogue: each key with its placeholders and its file
/// (`chrome` for `en/chrome.ftl`).
fn english() -> BTreeMap<String, (BTreeSet<String>, String)> {
    let mut out = BTreeMap::new();
    for source in built_in().filter(|s| s.language == FALLBACK) {
        let area = file_stem(&source.name).to_owned();
        for (key, info) in parse(&source.text).messages {
            out.insert(key, (info.placeholders, area.clone()));
        }
    }
    out
}

/// `chrome` of `en/chrome.ftl` or `i18n/fr/chrome.ftl`.
fn file_stem(name: &str) -> &str {
    name.rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".ftl")
}

/// What a path under `i18n/` is: `Some((language, file))` for
/// `i18n/<language>/<file>.ftl`.
fn ftl_path(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix(PACK_FOLDER)?.strip_prefix('/')?;
    let (language, file) = rest.split_once('/')?;
    (!file.contains('/')
        && std::path::Path::new(file)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ftl")))
    .then_some((language, file))
}

/// Whether `tag` is a language tag this catalogue can use (`fr`, `es-MX`).
fn is_tag(tag: &str) -> bool {
    tag.parse::<unic_langid::LanguageIdentifier>()
        // A language subtag is two or three letters ("fr", "es-MX"), not a name.
        .is_ok_and(|id| id.language.as_str() != "und" && id.language.as_str().len() <= 3)
}

/// The interface words a pack brings (`i18n/<language>/*.ftl`), for
/// [`super::Catalogue::with_sources`]. Files that cannot be read are left
/// out (and logged; `check` names them).
pub fn pack_sources(files: &PackFiles) -> Vec<FtlSource> {
    let mut sources = Vec::new();
    let mut paths = files.list();
    paths.sort();
    for path in paths {
        let Some((language, _)) = ftl_path(&path) else {
            continue;
        };
        if !is_tag(language) {
            log::warn!("{path}: `{language}` is not a language tag; not read");
            continue;
        }
        match files.read(&path) {
            Ok(text) => sources.push(FtlSource::new(language, path.clone(), text)),
            Err(err) => log::warn!("{path}: {err}"),
        }
    }
    sources
}

/// Check a pack's own interface words against the English catalogue.
pub fn check_pack(files: &PackFiles) -> Vec<Problem> {
    let english = english();
    let mut problems = Vec::new();
    // Per language: every key it has (built in, or in the pack), and the
    // pack's files by area.
    let mut keys_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files_of: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut paths = files.list();
    paths.sort();
    for path in paths {
        if !path.starts_with(&format!("{PACK_FOLDER}/")) {
            continue;
        }
        let Some((language, file)) = ftl_path(&path) else {
            problems.push(Problem::warning(
                &path,
                (0, 0),
                format!(
                    "not read: the app reads interface words from `{PACK_FOLDER}/<language>/<name>.ftl`, \
                     like `{PACK_FOLDER}/fr/chrome.ftl`"
                ),
            ));
            continue;
        };
        if !is_tag(language) {
            problems.push(Problem::error(
                &path,
                (0, 0),
                format!(
                    "`{language}` is not a language tag, so this file is not read: name the folder by its \
                     language, like `fr` or `es-MX`"
                ),
            ));
            continue;
        }
        let text = match files.read(&path) {
            Ok(text) => text,
            Err(err) => {
                problems.push(Problem::error(&path, (0, 0), err.to_string()));
                continue;
            }
        };
        let primary = primary_of(language);
        files_of
            .entry(primary.clone())
            .or_default()
            .insert(file_stem(file).to_owned(), path.clone());
        let parsed = parse(&text);
        for (line, col, what) in &parsed.errors {
            problems.push(Problem::error(
                &path,
                (*line, *col),
                format!(
                    "this is not valid Fluent ({what}): the words around it are still used; \
                     write each entry as `key = words`, placeholders as `{{ $name }}`"
                ),
            ));
        }
        let keys = keys_of.entry(primary).or_default();
        for (key, info) in parsed.messages {
            let at = (info.line, info.col);
            if !keys.insert(key.clone()) {
                problems.push(Problem::warning(
                    &path,
                    at,
                    format!("`{key}` is written twice in this language: the last one is used"),
                ));
            }
            let Some((wanted, _)) = english.get(&key) else {
                problems.push(Problem::warning(
                    &path,
                    at,
                    format!(
                        "`{key}` is not a word the app uses (it is not in the English catalogue): \
                         check its spelling, or take it out"
                    ),
                ));
                continue;
            };
            let unknown: Vec<String> = info
                .placeholders
                .difference(wanted)
                .map(|v| format!("{{ ${v} }}"))
                .collect();
            let left_out: Vec<String> = wanted
                .difference(&info.placeholders)
                .map(|v| format!("{{ ${v} }}"))
                .collect();
            let expected = if wanted.is_empty() {
                "none".to_owned()
            } else {
                wanted
                    .iter()
                    .map(|v| format!("{{ ${v} }}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !unknown.is_empty() {
                problems.push(Problem::error(
                    &path,
                    at,
                    format!(
                        "`{key}` uses {}, which the app does not give: it would show as written. \
                         The English words use {expected}",
                        unknown.join(", ")
                    ),
                ));
            }
            if !left_out.is_empty() {
                problems.push(Problem::warning(
                    &path,
                    at,
                    format!(
                        "`{key}` leaves out {}, which the English words show: the reader would miss it. \
                         The English words use {expected}",
                        left_out.join(", ")
                    ),
                ));
            }
        }
    }
    for (primary, keys) in &mut keys_of {
        if primary == FALLBACK {
            // English is complete built in: a clinic's English files only change words.
            continue;
        }
        for source in built_in().filter(|s| primary_of(&s.language) == *primary) {
            keys.extend(parse(&source.text).messages.into_keys());
        }
        let mut missing_by_area: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (key, (_, area)) in &english {
            if !keys.contains(key) {
                missing_by_area.entry(area).or_default().push(key);
            }
        }
        let own_files = files_of.get(primary.as_str());
        for (area, missing) in missing_by_area {
            let path = own_files
                .and_then(|f| f.get(area))
                .cloned()
                .unwrap_or_else(|| format!("{PACK_FOLDER}/{primary}/{area}.ftl"));
            let exists = own_files.is_some_and(|f| f.contains_key(area));
            let shown = missing.len().min(8);
            let more = if missing.len() > shown {
                format!(" and {} more", missing.len() - shown)
            } else {
                String::new()
            };
            let list = missing[..shown]
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let what = if exists {
                "this file leaves out"
            } else {
                "there is no such file, so it leaves out"
            };
            problems.push(Problem::warning(
                &path,
                (0, 0),
                format!(
                    "{what} {} the English catalogue has ({list}{more}): until they are added, \
                     they show in English",
                    count_words(missing.len())
                ),
            ));
        }
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems
}

/// "1 word", "3 words".
fn count_words(n: usize) -> String {
    if n == 1 {
        "1 word".to_owned()
    } else {
        format!("{n} words")
    }
}

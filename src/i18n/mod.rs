//! The interface's words: Project Fluent catalogues, one folder per language
//! (`assets/i18n/<lang>/`), one file per area of the app (`chrome.ftl`,
//! `search.ftl`…), embedded in the binary.
//!
//! Words are looked up by key: kebab-case, prefixed by the file's area
//! (`chrome-help`). A spoken name for screen readers is a key of its own
//! next to the visible one (`chrome-help-spoken`). Plurals and placeholders
//! are Fluent's job, never the code's:
//! `{ $count -> [one] 1 result *[other] { $count } results }`.
//!
//! A [`Catalogue`] is built for one language and falls back to English key
//! by key, so a half-translated language still shows every word. The app
//! holds one and may replace it at any time (a language switch). A clinic
//! can bring its own words: [`Catalogue::with_sources`] takes extra `.ftl`
//! texts (from a pack's `i18n/<lang>/` folder), which add a language or
//! override built-in words.
//!
//! Nothing here panics on bad input: a missing key shows the key itself and
//! is logged once; a Fluent syntax error is logged with its file, line and
//! column, and the rest of the file is still used.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod check;
mod words;

pub use check::{MessageInfo, PACK_FOLDER, Parsed, check_pack, pack_sources, parse as parse_ftl};

/// The language every other one falls back to, key by key.
pub const FALLBACK: &str = "en";

/// `(language, file, text)` of `assets/i18n/<language>/<file>.ftl`.
macro_rules! ftl {
    ($lang:literal, $file:literal) => {
        (
            $lang,
            $file,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/i18n/",
                $lang,
                "/",
                $file,
                ".ftl"
            )),
        )
    };
}

/// The catalogue files built into the binary: (language, file, text).
/// A new file is one line here (a test fails if one in `assets/i18n` is left out).
const BUILT_IN: &[(&str, &str, &str)] = &[
    ftl!("en", "about"),
    ftl!("en", "approaches"),
    ftl!("en", "benefits"),
    ftl!("en", "chrome"),
    ftl!("en", "clinic"),
    ftl!("en", "compare"),
    ftl!("en", "date"),
    ftl!("en", "decide"),
    ftl!("en", "easy-read"),
    ftl!("en", "handout"),
    ftl!("en", "home"),
    ftl!("en", "kiosk"),
    ftl!("en", "language"),
    ftl!("en", "layout"),
    ftl!("en", "markdown"),
    ftl!("en", "pages"),
    ftl!("en", "preview"),
    ftl!("en", "search"),
    ftl!("en", "settings"),
    ftl!("en", "shortcuts"),
    ftl!("en", "sources"),
    ftl!("en", "staff"),
    ftl!("en", "stories"),
    ftl!("es", "about"),
    ftl!("es", "approaches"),
    ftl!("es", "benefits"),
    ftl!("es", "chrome"),
    ftl!("es", "clinic"),
    ftl!("es", "compare"),
    ftl!("es", "date"),
    ftl!("es", "decide"),
    ftl!("es", "easy-read"),
    ftl!("es", "handout"),
    ftl!("es", "home"),
    ftl!("es", "kiosk"),
    ftl!("es", "language"),
    ftl!("es", "layout"),
    ftl!("es", "markdown"),
    ftl!("es", "pages"),
    ftl!("es", "preview"),
    ftl!("es", "search"),
    ftl!("es", "settings"),
    ftl!("es", "shortcuts"),
    ftl!("es", "sources"),
    ftl!("es", "staff"),
    ftl!("es", "stories"),
];

/// One Fluent file: its language, where it came from, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlSource {
    /// The language it is written in: a tag like `es` or `es-US` (only the
    /// primary language counts).
    pub language: String,
    /// Where it came from, for messages: `en/chrome.ftl`, or a path in a pack.
    pub name: String,
    pub text: String,
}

impl FtlSource {
    pub fn new(
        language: impl Into<String>,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            language: language.into(),
            name: name.into(),
            text: text.into(),
        }
    }
}

/// The catalogue files built into the binary.
pub fn built_in() -> impl Iterator<Item = FtlSource> {
    BUILT_IN
        .iter()
        .map(|(lang, file, text)| FtlSource::new(*lang, format!("{lang}/{file}.ftl"), *text))
}

/// The languages the binary has interface words for, like `["en"]`.
pub fn built_in_languages() -> Vec<&'static str> {
    let mut languages: Vec<&str> = BUILT_IN.iter().map(|(lang, ..)| *lang).collect();
    languages.dedup();
    languages
}

/// A value for a placeholder: a number (which also picks the plural form)
/// or a string.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Number(f64),
    Text(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Self::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// Placeholders by name: `&[("count", 3.into()), ("query", query.into())]`.
pub type Args<'a> = [(&'a str, Arg<'a>)];

type Bundle = FluentBundle<FluentResource>;

/// The interface's words in one language, with English behind it.
pub struct Catalogue {
    language: LanguageIdentifier,
    /// The chosen language's words first, then English's (one bundle when
    /// English is chosen).
    bundles: Vec<Bundle>,
    /// Keys already reported as missing or broken: each is logged once.
    reported: Mutex<HashSet<String>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language.to_string())
            .finish_non_exhaustive()
    }
}

impl Default for Catalogue {
    fn default() -> Self {
        Self::english()
    }
}

impl Catalogue {
    /// The English words.
    pub fn english() -> Self {
        Self::new(FALLBACK)
    }

    /// The built-in words for a language tag like `en-US` or `es-US`: the
    /// catalogue of its primary language, English for any key it lacks.
    pub fn new(tag: &str) -> Self {
        Self::with_sources(tag, &[])
    }

    /// As [`Self::new`], with extra Fluent files (a clinic's own, from its
    /// pack): those in the chosen language or in English are added to that
    /// language's words, and win over built-in words with the same key.
    pub fn with_sources(tag: &str, extra: &[FtlSource]) -> Self {
        let language = tag.parse::<LanguageIdentifier>().unwrap_or_else(|err| {
            log::warn!("interface language `{tag}` is not a language tag ({err}); using English");
            LanguageIdentifier::default()
        });
        let primary = match language.language.as_str() {
            "und" => FALLBACK.to_owned(),
            other => other.to_owned(),
        };
        let mut bundles = Vec::new();
        if primary != FALLBACK {
            let has_words = built_in()
                .chain(extra.iter().cloned())
                .any(|s| primary_of(&s.language) == primary);
            if has_words {
                bundles.push(bundle_for(&primary, extra));
            } else {
                log::warn!("no interface words in `{tag}`; using English");
            }
        }
        bundles.push(bundle_for(FALLBACK, extra));
        Self {
            language,
            bundles,
            reported: Mutex::new(HashSet::new()),
        }
    }

    /// The language asked for (words it lacks come from English).
    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    /// Whether a key has words, in the chosen language or in English.
    pub fn has(&self, key: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(key))
    }

    /// The words for `key`.
    pub fn tr(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The words for `key`, with its placeholders filled in.
    pub fn tr_args(&self, key: &str, args: &Args<'_>) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.as_ref()),
            };
            fluent.set(*name, value);
        }
        self.format(key, Some(&fluent))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                self.report_once(key, || {
                    let errors: Vec<String> = errors.iter().map(FluentError::to_string).collect();
                    format!("interface words `{key}`: {}", errors.join("; "))
                });
            }
            return text;
        }
        self.report_once(key, || {
            format!("interface words `{key}` are missing from the catalogue: showing the key")
        });
        key.to_owned()
    }

    fn report_once(&self, key: &str, message: impl FnOnce() -> String) {
        let first = self
            .reported
            .lock()
            .map_or(true, |mut reported| reported.insert(key.to_owned()));
        if first {
            log::warn!("{}", message());
        }
    }
}

/// `es` of `es-US`.
fn primary_of(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A bundle of the words in one primary language: the built-in files
/// first, then the extra ones (a clinic's), which override them.
fn bundle_for(primary: &str, extra: &[FtlSource]) -> Bundle {
    let langid = primary.parse::<LanguageIdentifier>().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // egui draws Unicode isolation marks around placeholders as boxes.
    bundle.set_use_isolating(false);
    let in_language = |s: &FtlSource| primary_of(&s.language) == primary;
    for source in built_in().filter(in_language) {
        if let Err(errors) = bundle.add_resource(parse(&source)) {
            for err in errors {
                log::warn!("{}: {err}", source.name);
            }
        }
    }
    for source in extra.iter().filter(|s| in_language(s)) {
        bundle.add_resource_overriding(parse(source));
    }
    bundle
}

/// Parse a Fluent file; a syntax error is logged, and the entries around it kept.
fn parse(source: &FtlSource) -> FluentResource {
    match FluentResource::try_new(source.text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for err in errors {
                let (line, col) = line_col(&source.text, err.pos.start);
                log::warn!("{}:{line}:{col}: {err}", source.name);
            }
            resource
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The message keys a Fluent text defines, in order (terms, starting with
/// `-`, are not keys). Broken entries are skipped.
pub fn keys_of(text: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;

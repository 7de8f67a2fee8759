//! Links between items of a pack, written in Markdown as `[text](kind:id)`.

use std::fmt;

/// A screen that a link can open directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Home,
    Compare,
    Benefits,
    Approaches,
    Pages,
    Sources,
    Decide,
    /// "At this clinic", in a pack that names a clinic.
    Clinic,
}

impl Screen {
    pub const ALL: [Self; 8] = [
        Self::Home,
        Self::Compare,
        Self::Benefits,
        Self::Approaches,
        Self::Pages,
        Self::Sources,
        Self::Decide,
        Self::Clinic,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::Compare => "compare",
            Self::Benefits => "benefits",
            Self::Approaches => "approaches",
            Self::Pages => "pages",
            Self::Sources => "sources",
            Self::Decide => "decide",
            Self::Clinic => "clinic",
        }
    }
}

/// Where a link goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    Screen(Screen),
    Approach(String),
    Page(String),
    Card(String),
    CompareRow(String),
    Source(String),
    /// A web or mail address outside the pack.
    External(String),
}

/// Why a link could not be understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError(pub String);

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

const LINK_FORMS: &str = "use approach:ID, page:ID, card:ID, compare:ROW-ID, source:ID, \
                          screen:NAME or a full https:// address";

impl LinkTarget {
    /// Parse a link target as written in Markdown.
    ///
    /// # Errors
    /// When the link has no known form, with a message saying which forms exist.
    pub fn parse(target: &str) -> Result<Self, LinkError> {
        let target = target.trim();
        let lower = target.to_ascii_lowercase();
        if lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("mailto:")
        {
            return Ok(Self::External(target.to_owned()));
        }
        let Some((kind, id)) = target.split_once(':') else {
            return Err(LinkError(format!(
                "link `{target}` has no kind: {LINK_FORMS}"
            )));
        };
        let id = id.trim();
        if id.is_empty() {
            return Err(LinkError(format!(
                "link `{target}` names no id: {LINK_FORMS}"
            )));
        }
        let id = id.to_owned();
        match kind.trim() {
            "approach" => Ok(Self::Approach(id)),
            "page" => Ok(Self::Page(id)),
            "card" => Ok(Self::Card(id)),
            "compare" => Ok(Self::CompareRow(id)),
            "source" => Ok(Self::Source(id)),
            "screen" => Screen::ALL
                .into_iter()
                .find(|s| s.key() == id)
                .map(Self::Screen)
                .ok_or_else(|| {
                    let names: Vec<&str> = Screen::ALL.iter().map(|s| s.key()).collect();
                    LinkError(format!(
                        "link `{target}`: there is no screen `{id}` (screens: {})",
                        names.join(", ")
                    ))
                }),
            other => Err(LinkError(format!(
                "link `{target}` has an unknown kind `{other}`: {LINK_FORMS}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form() {
        assert_eq!(
            LinkTarget::parse("approach:cbt"),
            Ok(LinkTarget::Approach("cbt".into()))
        );
        assert_eq!(
            LinkTarget::parse("screen:compare"),
            Ok(LinkTarget::Screen(Screen::Compare))
        );
        assert_eq!(
            LinkTarget::parse("https://example.org/a"),
            Ok(LinkTarget::External("https://example.org/a".into()))
        );
        assert!(LinkTarget::parse("screen:nowhere").is_err());
        assert!(LinkTarget::parse("cbt").is_err());
        assert!(LinkTarget::parse("approach:").is_err());
        assert!(LinkTarget::parse("wiki:cbt").is_err());
    }
}

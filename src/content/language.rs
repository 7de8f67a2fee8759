//! The languages the pack's text can be in, as far as the app's language
//! rules go (reading level, search). One type, used by both.

/// A pack's language, by the rules the app knows for it. Any language it has
/// no rules for is treated as English (its pack still loads and searches).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    Spanish,
}

impl Language {
    /// The language of a tag such as `en-US` or `es-US`: Spanish for any tag
    /// whose language is "es", English for everything else.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("es") {
            Self::Spanish
        } else {
            Self::English
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(Language::from_tag("es-US"), Language::Spanish);
        assert_eq!(Language::from_tag(" es_MX "), Language::Spanish);
        assert_eq!(Language::from_tag("en-GB"), Language::English);
        assert_eq!(Language::from_tag("fr"), Language::English);
    }
}

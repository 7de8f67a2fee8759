//! Pack versions, as staff write them in the signature's trusted comment:
//! `minisign -Sm manifest.ron -t "version=2026.11.30"`.

use std::cmp::Ordering;
use std::fmt;

/// The word before `=` in the trusted comment.
pub const VERSION_KEY: &str = "version";

/// A pack version: numbers separated by dots, like `2026.11.30` (a date
/// reads best) or `2026.11.30.2` (a second roll-out that day). Compared
/// number by number, so `2026.12.1` is newer than `2026.11.30`, and
/// missing numbers count as 0 (`2026.11.30` equals `2026.11.30.0`).
#[derive(Clone, Debug)]
pub struct PackVersion {
    parts: Vec<u64>,
    text: String,
}

impl PackVersion {
    /// Read a version like `2026.11.30`: one to six numbers of up to nine
    /// digits each, separated by dots.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let parts: Option<Vec<u64>> = text
            .split('.')
            .map(|part| {
                let ok =
                    !part.is_empty() && part.len() <= 9 && part.bytes().all(|b| b.is_ascii_digit());
                ok.then(|| part.parse().ok()).flatten()
            })
            .collect();
        let parts = parts?;
        (1..=6).contains(&parts.len()).then(|| Self {
            parts,
            text: text.to_owned(),
        })
    }

    /// The version named in a signature's trusted comment: the word
    /// `version=…` among its words (minisign's own trusted comment, with a
    /// timestamp and file name, has none).
    ///
    /// # Errors
    /// What is wrong, for a staff sentence: no `version=`, or not a version.
    pub fn from_trusted_comment(comment: &str) -> Result<Self, String> {
        let prefix = format!("{VERSION_KEY}=");
        let Some(word) = comment
            .split_whitespace()
            .find_map(|word| word.strip_prefix(&prefix))
        else {
            return Err(format!(
                "its trusted comment (\"{}\") names no pack version",
                comment.trim()
            ));
        };
        Self::parse(word).ok_or_else(|| {
            format!(
                "its trusted comment names version \"{word}\", which is not a version like 2026.11.30"
            )
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for PackVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Ord for PackVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.parts.len().max(other.parts.len());
        let at = |v: &Self, i: usize| v.parts.get(i).copied().unwrap_or(0);
        (0..n)
            .map(|i| at(self, i).cmp(&at(other, i)))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

impl PartialOrd for PackVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for PackVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for PackVersion {}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> PackVersion {
        PackVersion::parse(text).unwrap_or_else(|| panic!("{text} is a version"))
    }

    #[test]
    fn versions_compare_number_by_number() {
        assert!(v("2026.12.1") > v("2026.11.30"));
        assert!(v("2026.11.30.2") > v("2026.11.30"));
        assert_eq!(v("2026.11.30"), v("2026.11.30.0"));
        assert!(v("2027") > v("2026.12.31"));
        assert_eq!(v(" 2026.11.30 ").to_string(), "2026.11.30");
        for bad in [
            "",
            "2026..1",
            "2026.11.x",
            "v2026",
            "-1",
            "1.2.3.4.5.6.7",
            "1234567890",
        ] {
            assert!(PackVersion::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn version_from_trusted_comment() {
        assert_eq!(
            PackVersion::from_trusted_comment("version=2026.11.30").map(|v| v.to_string()),
            Ok("2026.11.30".to_owned())
        );
        assert_eq!(
            PackVersion::from_trusted_comment("clinic-group version=2026.11.30\tby=ops")
                .map(|v| v.to_string()),
            Ok("2026.11.30".to_owned())
        );
        assert_eq!(
            PackVersion::from_trusted_comment("timestamp:1764460800\tfile:manifest.ron\thashed"),
            Err("its trusted comment (\"timestamp:1764460800\tfile:manifest.ron\thashed\") names no pack version".to_owned())
        );
        assert!(PackVersion::from_trusted_comment("version=soon").is_err());
    }
}

//! `pack.ron`: required text, dates, the language tag, and crisis contacts
//! that fit the pack's region.

use super::Checker;
use crate::content::load::{PACK_FILE, parse_date};
use crate::content::model::Pack;

/// Emergency and crisis numbers of some regions, to notice a pack that kept
/// another region's. (Region words, numbers written without spaces.)
const REGION_NUMBERS: &[(&[&str], &[&str])] = &[
    (
        &[
            "united states",
            "usa",
            "u.s.",
            "america",
            "estados unidos",
            "ee. uu.",
            "ee.uu.",
            "eeuu",
            "eua",
        ],
        &["911", "988"],
    ),
    (&["canada", "canadá"], &["911", "988"]),
    (
        &[
            "united kingdom",
            "uk",
            "u.k.",
            "england",
            "scotland",
            "wales",
            "northern ireland",
            "britain",
        ],
        &["999", "112", "111", "116123"],
    ),
    (&["ireland", "irlanda"], &["999", "112", "116123"]),
    (&["australia"], &["000", "131114", "112"]),
    (&["new zealand", "nueva zelanda"], &["111", "1737"]),
    (&["mexico", "méxico"], &["911"]),
    (
        &[
            "germany",
            "france",
            "spain",
            "españa",
            "italy",
            "netherlands",
            "belgium",
            "austria",
            "portugal",
            "sweden",
            "denmark",
            "norway",
            "finland",
            "poland",
            "europe",
        ],
        &["112", "116123"],
    ),
];

impl Checker<'_> {
    pub(super) fn check_info(&mut self, pack: &Pack) {
        let info = &pack.info;
        let path = PACK_FILE;
        for (field, value) in [
            ("title", &info.title),
            ("tagline", &info.tagline),
            ("language", &info.language),
            ("region", &info.region),
            ("written_by", &info.written_by),
            ("funded_by", &info.funded_by),
            ("disclaimer", &info.disclaimer),
            ("disclaimer_detail", &info.disclaimer_detail),
            ("crisis_intro", &info.crisis_intro),
        ] {
            self.non_empty(path, 0, field, value);
        }
        for (field, format) in [("individual", &info.individual), ("group", &info.group)] {
            let at = self.field_offset(path, 0, field);
            self.non_empty(path, at, "name", &format.name);
            self.non_empty(path, at, "summary", &format.summary);
        }
        if !info.language.trim().is_empty() && !is_language_tag(info.language.trim()) {
            let at = self.field_offset(path, 0, "language");
            self.error_at(
                path,
                at,
                format!(
                    "`language` is `{}`, which is not a language tag: write the language's two-letter code, \
                     a hyphen and the country's, such as \"en-US\", \"en-GB\" or \"es-US\"",
                    info.language
                ),
            );
        }
        if info.reviewed_by.trim().is_empty() {
            let at = self.field_offset(path, 0, "reviewed_by");
            self.warning_at(
                path,
                at,
                "`reviewed_by` is empty: name the clinician who reviewed the pack and their role, or say \
                 honestly \"No clinician has reviewed this pack yet.\" (it is shown on Sources)",
            );
        }
        self.check_dates(pack);
        self.check_contacts(pack);
        self.check_topics(pack);
    }

    fn check_dates(&mut self, pack: &Pack) {
        let info = &pack.info;
        let path = PACK_FILE;
        let mut dates = Vec::new();
        for (field, value) in [
            ("published", &info.published),
            ("last_reviewed", &info.last_reviewed),
            ("next_review", &info.next_review),
        ] {
            let date = parse_date(value);
            if date.is_none() {
                let at = self.field_offset(path, 0, field);
                self.error_at(
                    path,
                    at,
                    format!("`{field}` is `{value}`, not a date: write it as YYYY-MM-DD, like \"2026-11-23\""),
                );
            }
            dates.push(date);
        }
        if let [Some(published), Some(reviewed), _] = dates[..]
            && reviewed < published
        {
            let at = self.field_offset(path, 0, "last_reviewed");
            self.error_at(
                path,
                at,
                "`last_reviewed` is before `published`: check both dates",
            );
        }
        if let [_, Some(reviewed), Some(next)] = dates[..]
            && next <= reviewed
        {
            let at = self.field_offset(path, 0, "next_review");
            self.error_at(
                path,
                at,
                "`next_review` must be after `last_reviewed`: set the date of the next planned review",
            );
        } else if let [_, _, Some(next)] = dates[..]
            && next < self.context.today
        {
            let at = self.field_offset(path, 0, "next_review");
            self.warning_at(
                path,
                at,
                format!(
                    "`next_review` ({}) has passed: review the pack, then update `last_reviewed` and `next_review` \
                     (the Sources screen shows these dates to readers)",
                    info.next_review
                ),
            );
        }
    }

    fn check_contacts(&mut self, pack: &Pack) {
        let info = &pack.info;
        let path = PACK_FILE;
        let list_at = self.field_offset(path, 0, "crisis_contacts");
        if info.crisis_contacts.is_empty() {
            self.error_at(
                path,
                list_at,
                "`crisis_contacts` is empty: list at least one way to get help now",
            );
            return;
        }
        let loc = self.context.texts.locator(path);
        let mut from = list_at;
        let places: Vec<usize> = info
            .crisis_contacts
            .iter()
            .map(|contact| {
                let at = loc.find_quoted(&contact.name, from).unwrap_or(from);
                from = at;
                at
            })
            .collect();
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut numbers: Vec<(usize, String)> = Vec::new();
        for (index, (contact, &at)) in info.crisis_contacts.iter().zip(&places).enumerate() {
            let mut empty = false;
            for (field, value) in [
                ("name", &contact.name),
                ("how", &contact.how),
                ("when", &contact.when),
            ] {
                empty |= self.non_empty(path, at, field, value);
            }
            if empty {
                // A contact without a way to reach it is no help: leave it out.
                self.drops.contacts.insert(index);
                continue;
            }
            let how_at = self.field_offset(path, at, "how");
            let how = contact.how.to_lowercase();
            if !contact.is_reachable() {
                self.warning_at(
                    path,
                    how_at,
                    format!(
                        "crisis contact `{}`: `how` says \"{}\" but holds no number, text code or address to reach it: \
                         write the number to call or text (or the address)",
                        contact.name, contact.how
                    ),
                );
            }
            let key = (contact.name.trim().to_lowercase(), how.trim().to_owned());
            if seen
                .iter()
                .any(|(name, how)| *name == key.0 || *how == key.1)
            {
                self.warning_at(
                    path,
                    at,
                    format!(
                        "crisis contact `{}` is listed twice: take one out",
                        contact.name
                    ),
                );
            } else {
                seen.push(key);
            }
            numbers.extend(phone_numbers(&contact.how).into_iter().map(|n| (how_at, n)));
        }
        self.check_region_numbers(pack, &numbers);
    }

    /// Contacts whose numbers belong to another region than the pack's.
    fn check_region_numbers(&mut self, pack: &Pack, numbers: &[(usize, String)]) {
        let region = pack.info.region.trim().to_lowercase();
        let here: Vec<&str> = REGION_NUMBERS
            .iter()
            .filter(|(names, _)| names.iter().any(|n| region_is(&region, n)))
            .flat_map(|(_, numbers)| numbers.iter().copied())
            .collect();
        let us = REGION_NUMBERS[0].1;
        for (at, number) in numbers {
            if here.contains(&number.as_str()) {
                continue;
            }
            // Whose number is it? Name the first region that uses it.
            let Some((names, _)) = REGION_NUMBERS
                .iter()
                .find(|(_, numbers)| numbers.contains(&number.as_str()))
            else {
                continue;
            };
            // An unknown region with the US numbers is the default pack kept.
            if here.is_empty() && !us.contains(&number.as_str()) {
                continue;
            }
            let whose = if us.contains(&number.as_str()) {
                "the United States (and Canada)".to_owned()
            } else {
                title_case(names[0])
            };
            self.warning_at(
                PACK_FILE,
                *at,
                format!(
                    "{number} is a crisis or emergency number for {whose}, but this pack's region is \"{}\": \
                     give the numbers that work where the pack is used",
                    pack.info.region.trim()
                ),
            );
        }
    }

    fn check_topics(&mut self, pack: &Pack) {
        let loc = self.context.texts.locator(PACK_FILE);
        let mut from = self.field_offset(PACK_FILE, 0, "topics");
        let mut seen: Vec<String> = Vec::new();
        let mut twice = Vec::new();
        for topic in &pack.info.topics {
            let at = loc.find_quoted(topic, from).unwrap_or(from);
            from = at + 1;
            let key = topic.trim().to_lowercase();
            if seen.contains(&key) {
                twice.push((at, topic.clone()));
            } else {
                seen.push(key);
            }
        }
        for (at, topic) in twice {
            self.warning_at(
                PACK_FILE,
                at,
                format!("topic \"{topic}\" is listed twice: take one out"),
            );
        }
    }
}

/// Whether a region, written by staff, names the region `name`.
fn region_is(region: &str, name: &str) -> bool {
    if name.len() <= 4 {
        // Short names ("uk", "usa") must be whole words.
        region
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .any(|word| word == name)
    } else {
        region.contains(name)
    }
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Numbers of three digits or more written in a `how`, without their spaces
/// ("116 123" → "116123"; "press 2" has none).
pub(crate) fn phone_numbers(how: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = how.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if (c == ' ' || c == '-')
            && !current.is_empty()
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            // "116 123", "1-800": one number.
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.retain(|n| n.len() >= 3);
    out
}

/// A language tag such as `en`, `en-US`, `es-419` or `zh-Hant-TW`.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(language) = parts.next() else {
        return false;
    };
    if !(2..=3).contains(&language.len()) || !language.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    parts.all(|part| {
        let alpha = part.chars().all(|c| c.is_ascii_alphabetic());
        let digits = part.chars().all(|c| c.is_ascii_digit());
        match part.len() {
            2 => alpha,
            3 => digits,
            4 => alpha,
            5..=8 => part.chars().all(|c| c.is_ascii_alphanumeric()),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for good in ["en", "en-US", "en-GB", "es-US", "es-419", "zh-Hant-TW"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["English", "en_US", "e", "en-", "español", "en-USA-x"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn numbers_in_how() {
        assert_eq!(phone_numbers("Call or text 988"), ["988"]);
        assert_eq!(phone_numbers("Call 116 123 (free)"), ["116123"]);
        assert_eq!(phone_numbers("Call 988 and press 2"), ["988"]);
        assert_eq!(phone_numbers("Text SHOUT to 85258"), ["85258"]);
        assert!(phone_numbers("Ask at the front desk").is_empty());
    }
}

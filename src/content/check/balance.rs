//! Balance between the formats beyond the card counts: the trade-offs of
//! one format's cards should point to the other format about as often as
//! the other way round, or one format reads as the answer to the other's
//! problems.

use super::Checker;
use crate::content::items::ItemKind;
use crate::content::links::LinkTarget;
use crate::content::model::{Format, Pack};

impl Checker<'_> {
    pub(super) fn check_cross_references(&mut self, pack: &Pack) {
        let mark = pack.benefits.trade_off_mark.trim().to_lowercase();
        if mark.is_empty() || self.context.failed.benefits {
            return;
        }
        let words = |format: Format, other: Format| {
            distinguishing(
                &pack.info.format(format).name,
                &pack.info.format(other).name,
            )
        };
        let counts: Vec<(Format, usize, usize)> = Format::ALL
            .into_iter()
            .map(|format| {
                let other = match format {
                    Format::Individual => Format::Group,
                    Format::Group => Format::Individual,
                };
                let other_words = words(other, format);
                let cards: Vec<_> = pack.cards_for(format).collect();
                let pointing = cards
                    .iter()
                    .filter(|card| {
                        let body = card.body.to_lowercase();
                        let Some((_, trade_off)) = body.split_once(&mark) else {
                            return false;
                        };
                        let links = card.doc.links.iter().any(|l| {
                            matches!(LinkTarget::parse(&l.target), Ok(LinkTarget::Card(id))
                                if pack.card(&id).is_some_and(|c| c.option == other))
                                && trade_off.contains(&l.target.to_lowercase())
                        });
                        links
                            || trade_off
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .any(|w| {
                                    other_words.iter().any(|stem| w.starts_with(stem.as_str()))
                                })
                    })
                    .count();
                (format, pointing, cards.len())
            })
            .collect();
        let [(_, one, one_cards), (_, group, group_cards)] = counts[..] else {
            return;
        };
        let allowed = (one_cards.min(group_cards) / 5).max(1);
        if one.abs_diff(group) > allowed {
            let at = self.field_offset(ItemKind::Card.file(), 0, "cards");
            self.warning_at(
                ItemKind::Card.file(),
                at,
                format!(
                    "the trade-offs of {one} of {one_cards} one-to-one cards point to group therapy, but those of \
                     {group} of {group_cards} group cards point to one-to-one: even this out, so neither format \
                     reads as the answer to the other's downsides"
                ),
            );
        }
    }
}

/// The words of a format's name that the other's lacks, as stems: "group"
/// in "Group therapy" against "One-to-one therapy"; "grup" in "Terapia de
/// grupo" (which also finds "grupal").
fn distinguishing(name: &str, other: &str) -> Vec<String> {
    let split = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_owned)
            .collect()
    };
    let theirs = split(other);
    split(name)
        .into_iter()
        .filter(|w| !theirs.contains(w))
        .map(|w| {
            let keep = w.chars().count().saturating_sub(1).max(4);
            w.chars().take(keep).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::distinguishing;

    #[test]
    fn words_that_tell_the_formats_apart() {
        assert_eq!(
            distinguishing("Group therapy", "One-to-one therapy"),
            ["grou"]
        );
        assert_eq!(
            distinguishing("One-to-one therapy", "Group therapy"),
            ["one-to-on"]
        );
        assert_eq!(
            distinguishing("Terapia de grupo", "Terapia individual"),
            ["grup"]
        );
    }
}

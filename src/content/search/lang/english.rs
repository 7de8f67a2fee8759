//! English rules: stop words, British spellings folded to the US spellings the
//! content uses, a few forms joined by hand, then the Snowball (Porter 2)
//! stemmer.
//!
//! Spelling is folded *before* stemming because the stemmer only knows one
//! spelling: it stems "behavioural" to "behaviour" and "behavioral" to
//! "behavior", which would never meet.

use rust_stemmers::{Algorithm, Stemmer};

/// Words too common to tell items apart; dropped from a query unless it has
/// nothing else.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "it", "i", "you", "me",
    "my", "with", "what", "how", "do", "does", "be", "are", "can", "at", "as", "by", "that",
    "this",
];

/// Whether a lowercase word (possessive or not) is an English stop word.
pub(super) fn is_stop_word(raw: &str) -> bool {
    let word = raw.strip_suffix("'s").unwrap_or(raw);
    STOP_WORDS.contains(&word)
}

/// The normal form of a lowercase word: possessive dropped, apostrophes
/// removed, and, for ASCII words, spelling folded and stemmed. Other words
/// (names with accents, other scripts) are only lowercased: the rules below
/// are for English words.
pub(super) fn normalise(raw: &str) -> String {
    let base = raw.strip_suffix("'s").unwrap_or(raw);
    let mut word: String = base.chars().filter(|&c| c != '\'').collect();
    if word.is_ascii() {
        fold_spelling(&mut word);
        join_forms(&mut word);
        word = stem(&word);
    }
    word
}

/// The Snowball English stem of a lowercase word.
pub(super) fn stem(word: &str) -> String {
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

/// Forms the stemmer keeps apart but a reader looks for together: a noun in
/// -acy and its adjective in -ate ("privacy" and "private", "intimacy" and
/// "intimate", "literacy" and "literate"). People asking "how private is it?"
/// want the card about privacy.
fn join_forms(word: &mut String) {
    for (suffix, replacement) in [("acies", "ates"), ("acy", "ate")] {
        if word.len() >= suffix.len() + 3
            && let Some(stem) = word.strip_suffix(suffix)
        {
            *word = format!("{stem}{replacement}");
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// British → US spelling

/// -our words (only these: not hour, four, your, tour, journey…).
const OUR_WORDS: &[(&str, &str)] = &[
    ("behaviour", "behavior"),
    ("colour", "color"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("humour", "humor"),
    ("labour", "labor"),
    ("neighbour", "neighbor"),
    ("rumour", "rumor"),
    ("endeavour", "endeavor"),
    ("flavour", "flavor"),
    ("vigour", "vigor"),
    ("rigour", "rigor"),
    ("harbour", "harbor"),
    ("odour", "odor"),
    ("armour", "armor"),
    ("savour", "savor"),
    ("tumour", "tumor"),
    ("valour", "valor"),
    ("candour", "candor"),
    ("splendour", "splendor"),
    ("fervour", "fervor"),
    ("demeanour", "demeanor"),
    ("saviour", "savior"),
    ("parlour", "parlor"),
];

/// Other spellings that differ inside a word.
const INFIXES: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("judgement", "judgment"),
    ("acknowledgement", "acknowledgment"),
    ("sceptic", "skeptic"),
    ("skilful", "skillful"),
    ("wilful", "willful"),
    ("jewellery", "jewelry"),
    ("paed", "ped"),
    ("anaes", "anes"),
    ("aemia", "emia"),
    ("aemic", "emic"),
    ("haem", "hem"),
    ("oestr", "estr"),
    ("oesoph", "esoph"),
    ("oedem", "edem"),
    ("rrhoea", "rrhea"),
    ("pnoea", "pnea"),
    ("gynaec", "gynec"),
    ("foetus", "fetus"),
    ("foetal", "fetal"),
    ("coeliac", "celiac"),
    ("palaeo", "paleo"),
];

/// Whole words.
const WHOLE_WORDS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("whilst", "while"),
    ("amongst", "among"),
];

/// Words starting with these take the US spelling for the start.
const PREFIXES: &[(&str, &str)] = &[
    ("ageing", "aging"),
    ("grey", "gray"),
    ("practis", "practic"),
];

/// Stems of -re words (centre → center).
const RE_STEMS: &[&str] = &[
    "cent", "met", "theat", "fib", "lit", "calib", "somb", "spect", "meag", "lust", "sab", "mit",
    "och",
];

/// Stems whose final l is doubled in British spelling before a suffix
/// (counselling → counseling).
const LL_STEMS: &[&str] = &[
    "counsel", "travel", "label", "model", "cancel", "signal", "fuel", "level", "marvel",
    "channel", "tunnel", "funnel", "quarrel", "dial", "equal", "total", "shovel", "rival", "jewel",
    "pedal", "duel", "libel", "bevel", "revel", "grovel", "yodel", "panel", "parcel", "chisel",
    "swivel", "initial", "pencil", "snorkel",
];
const LL_SUFFIXES: &[&str] = &[
    "ing", "ings", "ed", "er", "ers", "or", "ors", "ous", "ist", "ists",
];

/// Stems with a single l in British spelling and a double l in US spelling
/// (enrol → enroll, enrolment → enrollment).
const SINGLE_L_STEMS: &[&str] = &["enrol", "fulfil", "instal", "distil", "instil"];

const ISE_SUFFIXES: &[&str] = &[
    "isations",
    "isational",
    "isation",
    "isable",
    "isers",
    "iser",
    "ising",
    "ised",
    "ises",
    "ise",
];
/// -ise words spelled -ise in US English too.
const ISE_EXACT: &[&str] = &[
    "exercise",
    "expertise",
    "treatise",
    "chastise",
    "merchandise",
    "paradise",
    "circumcise",
    "excise",
    "incise",
    "demise",
    "chemise",
    "surmise",
    "premise",
    "despise",
    "valise",
    "mortise",
    "cerise",
    "sunrise",
    "uprise",
];
/// Endings of -ise words spelled -ise in US English too.
const ISE_ENDINGS: &[&str] = &[
    "wise",
    "vise",
    "prise",
    "aise",
    "oise",
    "uise",
    "promise",
    "advertise",
    "precise",
    "concise",
    "franchise",
];

const YSE_SUFFIXES: &[&str] = &["ysers", "yser", "ysing", "ysed", "yses", "yse"];

fn fold_spelling(word: &mut String) {
    if word.len() < 4 {
        return;
    }
    if let Some(&(_, us)) = WHOLE_WORDS.iter().find(|(uk, _)| *uk == word.as_str()) {
        *word = us.to_owned();
        return;
    }
    if word.contains("our")
        && let Some(&(uk, us)) = OUR_WORDS.iter().find(|(uk, _)| word.contains(uk))
    {
        *word = word.replacen(uk, us, 1);
    }
    for &(uk, us) in INFIXES {
        if word.contains(uk) {
            *word = word.replacen(uk, us, 1);
        }
    }
    for &(uk, us) in PREFIXES {
        if let Some(rest) = word.strip_prefix(uk) {
            *word = format!("{us}{rest}");
        }
    }
    if let Some(rest) = word.strip_prefix("manoeuvr") {
        let rest = match rest {
            "e" => "",
            "es" => "s",
            "ed" => "ed",
            other => other.strip_prefix('e').unwrap_or(other),
        };
        *word = format!("maneuver{rest}");
    }
    fold_re(word);
    fold_ise(word);
    fold_yse(word);
    for stem in LL_STEMS {
        if let Some(after) = word.strip_prefix(stem).and_then(|r| r.strip_prefix('l'))
            && LL_SUFFIXES.contains(&after)
        {
            *word = format!("{stem}{after}");
            break;
        }
    }
    for stem in SINGLE_L_STEMS {
        if let Some(rest) = word.strip_prefix(stem)
            && !rest.starts_with('l')
        {
            *word = format!("{stem}l{rest}");
            break;
        }
    }
}

/// centre → center, centres → centers, centred → centered, centring → centering.
fn fold_re(word: &mut String) {
    if !word.contains("re") && !word.contains("ring") {
        return;
    }
    for stem in RE_STEMS {
        let Some(at) = word.find(stem) else {
            continue;
        };
        let after = at + stem.len();
        let rest = &word[after..];
        let change = [("red", "ered"), ("re", "er"), ("ring", "ering")]
            .into_iter()
            .find(|(uk, _)| rest.starts_with(uk));
        if let Some((uk, us)) = change {
            word.replace_range(after..after + uk.len(), us);
            return;
        }
    }
}

/// organise → organize, organisation → organization; not advise, exercise…
fn fold_ise(word: &mut String) {
    if !word.contains("is") {
        return;
    }
    for suffix in ISE_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            let base = format!("{stem}ise");
            let keep = base.len() < 6
                || ISE_EXACT.contains(&base.as_str())
                || ISE_ENDINGS.iter().any(|e| base.ends_with(e));
            if !keep {
                *word = format!("{stem}iz{}", &suffix[2..]);
            }
            return;
        }
    }
}

/// analyse → analyze, paralysed → paralyzed.
fn fold_yse(word: &mut String) {
    for suffix in YSE_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 3 && stem.ends_with('l') {
                *word = format!("{stem}yz{}", &suffix[2..]);
            }
            return;
        }
    }
}

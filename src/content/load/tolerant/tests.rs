//! Tolerant parsing: each kind of mistake costs what it should.
use super::*;
use serde::Deserialize;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
enum Format {
    Individual,
    Group,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Card {
    id: String,
    option: Format,
    title: String,
}

#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
struct Cards {
    intro: String,
    cards: Vec<Card>,
}

fn ids(parsed: &Parsed<Cards>) -> Vec<&str> {
    parsed
        .value
        .as_ref()
        .map(|c| c.cards.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default()
}

const GOOD: &str = r#"Cards(
    intro: "Hello",
    cards: [
        Card(
            id: "a",
            option: Individual,
            title: "A",
        ),
        Card(
            id: "b",
            option: Group,
            title: "B",
        ),
        Card(
            id: "c",
            option: Group,
            title: "C",
        ),
    ],
)
"#;

#[test]
fn a_good_file_has_no_errors() {
    let parsed = parse::<Cards>(GOOD);
    assert!(parsed.errors.is_empty());
    assert_eq!(ids(&parsed), ["a", "b", "c"]);
}

#[test]
fn a_stray_bracket_costs_one_item() {
    for broken in [
        GOOD.replace(r#"title: "B","#, r#"title: "B"),"#),
        GOOD.replace(r#"title: "B","#, r#"title: "B"],"#),
        GOOD.replace(
            r#"option: Group,
            title: "B","#,
            r#"option: Group,
            title: ("B","#,
        ),
    ] {
        let parsed = parse::<Cards>(&broken);
        assert_eq!(ids(&parsed), ["a", "c"], "{broken}");
        assert!(!parsed.errors.is_empty());
        assert_eq!(
            parsed.errors[0]
                .left_out
                .as_ref()
                .and_then(|l| l.name.as_deref()),
            Some("b"),
            "{broken}: {:?}",
            parsed.errors
        );
        assert_eq!(
            parsed.value.as_ref().map(|c| c.intro.as_str()),
            Some("Hello")
        );
    }
}

#[test]
fn a_missing_close_costs_only_its_item() {
    let broken = GOOD.replace("title: \"A\",\n        ),", "title: \"A\",\n");
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["b", "c"], "{:?}", parsed.errors);
}

#[test]
fn a_missing_comma_is_put_back() {
    let broken = GOOD.replace("option: Individual,", "option: Individual");
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "b", "c"]);
    assert_eq!(parsed.errors.len(), 1);
    assert!(parsed.errors[0].left_out.is_none());
    let broken = GOOD.replace(
        "        ),\n        Card(\n            id: \"b\"",
        "        )\n        Card(\n            id: \"b\"",
    );
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "b", "c"], "{:?}", parsed.errors);
}

#[test]
fn a_quoted_choice_and_a_quote_inside_text_are_named() {
    let broken = GOOD.replace(
        "option: Group,\n            title: \"B\"",
        "option: \"Group\",\n            title: \"B\"",
    );
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "c"]);
    assert!(
        parsed.errors[0]
            .message
            .contains("write it without quotes, like `Group`"),
        "{:?}",
        parsed.errors
    );
    let broken = GOOD.replace(r#"title: "B""#, r#"title: "The "B" card""#);
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "c"]);
    assert!(
        parsed.errors[0]
            .message
            .contains("inside this text ends it too early"),
        "{:?}",
        parsed.errors
    );
}

#[test]
fn an_error_outside_items_costs_its_field() {
    let broken = GOOD.replace(r#"intro: "Hello","#, r#"intro: Hello there,"#);
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "b", "c"], "{:?}", parsed.errors);
    assert_eq!(parsed.value.as_ref().map(|c| c.intro.as_str()), Some(""));
}

#[test]
fn nothing_readable_gives_nothing_and_never_loops() {
    for text in [
        "",
        "((((",
        "]]]]",
        "Cards(",
        "\"",
        "r#\"",
        "/*",
        "Cards(cards: [Card(",
        "x",
    ] {
        let parsed = parse::<Cards>(text);
        assert!(parsed.errors.len() <= MAX_TRIES, "{text}");
    }
}

#[test]
fn a_text_left_open_is_closed_at_its_line_end() {
    // The closing quote of "B" is missing: without the repair every later
    // text would be read inside out, and "c" lost with it.
    let broken = GOOD.replace(r#"title: "B","#, r#"title: "B,"#);
    let parsed = parse::<Cards>(&broken);
    assert_eq!(ids(&parsed), ["a", "b", "c"], "{:?}", parsed.errors);
    assert!(
        parsed.errors[0]
            .message
            .starts_with("this text has no closing"),
        "{:?}",
        parsed.errors
    );
    let titles: Vec<String> = parsed
        .value
        .map(|c| c.cards.into_iter().map(|c| c.title).collect())
        .unwrap_or_default();
    assert_eq!(titles, ["A", "B", "C"]);
}

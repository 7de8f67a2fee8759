//! The Markdown model: what each construct becomes.
use super::*;

#[test]
fn headings_lists_and_links() {
    let doc = parse(
        "# Title\n\nSome *soft* **strong** [CBT](approach:cbt) text.\n\n- one\n- two [FAQ](page:faq)\n",
    );
    assert_eq!(doc.title().as_deref(), Some("Title"));
    assert_eq!(doc.links.len(), 2);
    assert_eq!(doc.links[0].target, "approach:cbt");
    assert_eq!(doc.links[0].text, "CBT");
    assert_eq!(doc.links[1].target, "page:faq");
    let Block::Paragraph(p) = &doc.blocks[1] else {
        panic!("expected a paragraph, got {:?}", doc.blocks[1]);
    };
    assert_eq!(p.plain(), "Some soft strong CBT text.");
    assert!(p.spans.iter().any(|s| s.style.emphasis && s.text == "soft"));
    assert!(p.spans.iter().any(|s| s.style.strong && s.text == "strong"));
    let Block::List { items, start } = &doc.blocks[2] else {
        panic!("expected a list, got {:?}", doc.blocks[2]);
    };
    assert_eq!(*start, None);
    assert_eq!(items.len(), 2);
    assert!(doc.plain_text().contains("two FAQ"));
}

#[test]
fn table_and_offsets() {
    let src = "Intro\n\n| A | B |\n|---|---|\n| 1 | [x](card:peer-support) |\n";
    let doc = parse(src);
    let table = doc.blocks.iter().find_map(|b| match b {
        Block::Table { header, rows } => Some((header, rows)),
        _ => None,
    });
    let Some((header, rows)) = table else {
        panic!("no table in {doc:?}");
    };
    assert_eq!(header.len(), 2);
    assert_eq!(rows[0][1].plain(), "x");
    let link = &doc.links[0];
    assert_eq!(&src[link.offset..link.offset + 3], "[x]");
}

#[test]
fn prose_text_has_paragraphs_lists_and_table_cells_not_headings() {
    let doc = parse(
        "# A title\n\nA paragraph.\n\n- An item\n\n## A section\n\n\
             | Label | Question |\n| --- | --- |\n| Privacy | Would I feel safe? |\n\n\
             ```\ncode here\n```\n",
    );
    assert_eq!(
        doc.prose_text(),
        "A paragraph.\nAn item\nPrivacy\nWould I feel safe?\n"
    );
}

#[test]
fn deep_nesting_is_flattened_not_a_stack_overflow() {
    let src = "> - ".repeat(5000) + "deep text\n";
    let doc = parse(&src);
    assert!(doc.plain_text().contains("deep text"));
    fn depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Quote(inner) => 1 + depth(inner),
                Block::List { items, .. } => 1 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }
    assert!(depth(&doc.blocks) <= MAX_STACK);
}

#[test]
fn malformed_input_never_panics() {
    for src in [
        "",
        "[",
        "> - | a |\n|-|\n",
        "```\nunclosed",
        "***",
        "# \n\n<div>",
    ] {
        let _ = parse(src).plain_text();
    }
}

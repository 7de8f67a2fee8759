//! Speed of the things a person waits for: loading and checking a pack,
//! a search keystroke, and one frame of the heaviest screen.
//!
//! `cargo bench` runs them on the built-in pack and on synthetic packs 10, 50
//! and 100 times larger, which this benchmark writes to a temporary folder
//! (they are not committed). Figures are in the README.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::TherapyApp;
use therapy_explorer::content::load::{LoadOptions, load_with};
use therapy_explorer::content::search::SearchIndex;
use therapy_explorer::content::{self, Pack, PackFiles};
use therapy_explorer::kiosk::Clock;
use therapy_explorer::settings::SettingsStore;

/// Write a pack `copies` times the size of the built-in one: every table,
/// row, card, approach and page repeated with new ids (the first copy keeps
/// the original ids, so every link still resolves).
fn write_large_pack(copies: usize) -> PathBuf {
    let pack = content::builtin();
    let embedded = PackFiles::Embedded;
    let dir = std::env::temp_dir().join(format!(
        "therapy-explorer-bench-{copies}x-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("approaches")).unwrap();
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    for name in ["pack.ron", "sources.ron", "decision.ron"] {
        write(name, &embedded.read(name).unwrap());
    }
    let suffix = |id: &str, k: usize| {
        if k == 0 {
            id.to_owned()
        } else {
            format!("{id}-{k}")
        }
    };
    let list = |ids: &[String]| {
        ids.iter()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };

    let mut out = format!(
        "Comparison(\n    intro: {:?},\n    tables: [\n",
        pack.comparison.intro
    );
    for k in 0..copies {
        for table in &pack.comparison.tables {
            let _ = writeln!(
                out,
                "        Table(id: {:?}, title: {:?}, rows: [",
                suffix(&table.id, k),
                table.title
            );
            for row in &table.rows {
                let _ = writeln!(
                    out,
                    "            Row(id: {:?}, question: {:?}, individual: {:?}, group: {:?}, {}sources: [{}]),",
                    suffix(&row.id, k),
                    row.question,
                    row.individual,
                    row.group,
                    row.note
                        .as_ref()
                        .map(|n| format!("note: {n:?}, "))
                        .unwrap_or_default(),
                    list(&row.sources)
                );
            }
            out.push_str("        ]),\n");
        }
    }
    out.push_str("    ],\n)\n");
    write("comparison.ron", &out);

    let mut out = format!(
        "Benefits(\n    intro: {:?},\n    cards: [\n",
        pack.benefits.intro
    );
    for k in 0..copies {
        for card in &pack.benefits.cards {
            let _ = writeln!(
                out,
                "        Card(id: {:?}, option: {:?}, title: {:?}, summary: {:?}, body: {:?}, sources: [{}]),",
                suffix(&card.id, k),
                card.option,
                card.title,
                card.summary,
                card.body,
                list(&card.sources)
            );
        }
    }
    out.push_str("    ],\n)\n");
    write("benefits.ron", &out);

    let mut out = format!(
        "Approaches(\n    intro: {:?},\n    approaches: [\n",
        pack.approaches.intro
    );
    for k in 0..copies {
        for a in &pack.approaches.approaches {
            let file = format!("approaches/{}.md", suffix(&a.id, k));
            write(&file, &embedded.read(&a.file).unwrap());
            let _ = writeln!(
                out,
                "        Approach(id: {:?}, title: {:?}, summary: {:?}, formats: {:?}, file: {file:?}, sources: [{}]),",
                suffix(&a.id, k),
                a.title,
                a.summary,
                a.formats,
                list(&a.sources)
            );
        }
    }
    out.push_str("    ],\n)\n");
    write("approaches.ron", &out);

    let mut out = String::from("Pages(\n    pages: [\n");
    for k in 0..copies {
        for p in &pack.pages.pages {
            let file = format!("pages/{}.md", suffix(&p.id, k));
            write(&file, &embedded.read(&p.file).unwrap());
            let _ = writeln!(
                out,
                "        Page(id: {:?}, title: {:?}, summary: {:?}, file: {file:?}, sources: [{}]),",
                suffix(&p.id, k),
                p.title,
                p.summary,
                list(&p.sources)
            );
        }
    }
    out.push_str("    ],\n)\n");
    write("pages.ron", &out);
    dir
}

/// The synthetic packs' `benefits.ron` passes the 1 MiB per-file limit (1.8 MB
/// at 100×), so the benchmark lifts the limits; everything else is loaded as
/// usual. (A real clinic pack that big would be split into smaller files.)
fn big() -> LoadOptions {
    LoadOptions {
        max_file_bytes: 16 * 1024 * 1024,
        max_pack_bytes: 256 * 1024 * 1024,
        ..LoadOptions::default()
    }
}

fn load_clean(dir: &Path) -> Pack {
    let loaded = load_with(&PackFiles::Dir(dir.to_path_buf()), big());
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.problems.first());
    loaded.pack
}

fn load_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_check");
    group.sample_size(20);
    group.bench_function("default (built in)", |b| {
        b.iter(|| black_box(content::load(&PackFiles::Embedded)))
    });
    for copies in [10, 50, 100] {
        let dir = write_large_pack(copies);
        let pack = load_clean(&dir);
        let items = pack.benefits.cards.len()
            + pack
                .comparison
                .tables
                .iter()
                .map(|t| t.rows.len())
                .sum::<usize>();
        eprintln!("{copies}x pack: {items} cards and rows");
        group.bench_with_input(
            BenchmarkId::new("synthetic", format!("{copies}x")),
            &dir,
            |b, dir| {
                b.iter(|| black_box(load_with(&PackFiles::Dir(dir.clone()), big())));
            },
        );
        let _ = std::fs::remove_dir_all(dir);
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search_keystroke");
    let default = content::builtin();
    let dir = write_large_pack(100);
    let large = load_clean(&dir);
    let _ = std::fs::remove_dir_all(dir);
    for (name, pack) in [("default", &default), ("100x", &large)] {
        let index = SearchIndex::new(pack);
        for query in ["privacy", "behaviour", "theraphy", "group cost insur"] {
            group.bench_with_input(BenchmarkId::new(name, query), &query, |b, q| {
                b.iter(|| black_box(index.search(q, 20)));
            });
        }
    }
    group.bench_function("build index 100x", |b| {
        b.iter(|| black_box(SearchIndex::new(&large)))
    });
    group.finish();
}

/// One frame of the heaviest screens (the benefit cards, the comparison), no rendering.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    let dir = write_large_pack(100);
    let large = load_clean(&dir);
    let _ = std::fs::remove_dir_all(dir);
    for (name, pack) in [("default", content::builtin()), ("100x", large)] {
        let mut harness = Harness::builder()
            .with_size([1280.0, 800.0])
            .with_max_steps(64)
            .build_eframe(move |cc| {
                TherapyApp::with_pack(
                    &cc.egui_ctx,
                    pack,
                    Vec::new(),
                    None,
                    Clock::default(),
                    SettingsStore::none(),
                )
            });
        harness.run_ok();
        harness.get_by_label("Open: Strengths of each").click();
        harness.run_ok();
        group.bench_function(BenchmarkId::new("benefits screen", name), |b| {
            b.iter(|| harness.step())
        });
        harness.get_by_label("Home").click();
        harness.run_ok();
        harness.get_by_label("Open: Compare side by side").click();
        harness.run_ok();
        group.bench_function(BenchmarkId::new("compare screen", name), |b| {
            b.iter(|| harness.step())
        });
    }
    group.finish();
}

criterion_group!(benches, load_and_check, search, frame);
criterion_main!(benches);

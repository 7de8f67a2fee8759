//! `therapy-explorer check [DIR]`: print every problem in a pack.

use std::io::Write;

use crate::content::{self, PackFiles};

/// Check a pack and write a report. Returns the process exit code:
/// 0 when there are no errors (warnings are allowed), 1 otherwise.
pub fn run(files: &PackFiles, out: &mut dyn Write) -> i32 {
    let loaded = content::load(files);
    for problem in &loaded.problems {
        let _ = writeln!(out, "{problem}");
    }
    if !loaded.reading.is_empty() {
        let _ = writeln!(
            out,
            "Reading level (Flesch–Kincaid grade; aim for 8 or below):"
        );
        for (kind, plural) in [
            ("card", "cards"),
            ("approach", "approaches"),
            ("page", "pages"),
        ] {
            let items: Vec<String> = loaded
                .reading
                .iter()
                .filter(|r| r.kind == kind)
                .map(|r| format!("{} {:.1}", r.id, r.grade))
                .collect();
            if !items.is_empty() {
                let _ = writeln!(out, "  {plural}: {}", items.join(", "));
            }
        }
    }
    let errors = loaded.error_count();
    let warnings = loaded.warning_count();
    if errors == 0 {
        let counts = loaded.pack.as_ref().map_or_else(String::new, |p| {
            format!(
                ": {} comparison rows, {} cards, {} approaches, {} pages, {} sources",
                p.comparison
                    .tables
                    .iter()
                    .map(|t| t.rows.len())
                    .sum::<usize>(),
                p.benefits.cards.len(),
                p.approaches.approaches.len(),
                p.pages.pages.len(),
                p.sources.sources.len()
            )
        });
        let _ = writeln!(
            out,
            "{} is OK{counts} ({warnings} warning(s))",
            files.describe()
        );
        0
    } else {
        let _ = writeln!(
            out,
            "{}: {errors} error(s), {warnings} warning(s). Fix the errors above and run the check again.",
            files.describe()
        );
        1
    }
}

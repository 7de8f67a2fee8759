//! `therapy-explorer check [DIR]`: print every problem in a pack, and
//! `therapy-explorer check --kiosk-config FILE`: in a kiosk config.

use std::io::Write;
use std::path::Path;

use crate::content::{self, PackFiles};
use crate::kiosk::KioskConfig;

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

/// Check a kiosk config file and write a report: each problem as
/// `file:line:col: error: …`, or what the kiosk will do with it. Returns the
/// process exit code: 0 when the file is good, 1 otherwise.
pub fn kiosk_config(path: &Path, out: &mut dyn Write) -> i32 {
    match KioskConfig::load(path) {
        Ok(config) => {
            let KioskConfig {
                idle_secs,
                countdown_secs,
                staff_pin,
                log_file,
                content,
            } = &config;
            let exit = if staff_pin.is_some() {
                "staff exit on (PIN set)"
            } else {
                "staff exit off (no staff_pin)"
            };
            let log = log_file.as_ref().map_or_else(
                || "no log file".to_owned(),
                |f| format!("log to {}", f.display()),
            );
            let pack = content.as_ref().map_or_else(
                || "built-in content".to_owned(),
                |dir| {
                    format!(
                        "content from {} (check it with `therapy-explorer check DIR`)",
                        dir.display()
                    )
                },
            );
            let _ = writeln!(
                out,
                "{} is OK: \"Still reading?\" after {idle_secs} s, then a {countdown_secs} s countdown; {exit}; {log}; {pack}",
                path.display()
            );
            0
        }
        Err(problems) => {
            for problem in &problems {
                let _ = writeln!(out, "{problem}");
            }
            let _ = writeln!(
                out,
                "{}: {} error(s). A kiosk started with this file runs on default settings with no staff PIN. \
                 Fix the errors above and run the check again.",
                path.display(),
                problems.len()
            );
            1
        }
    }
}

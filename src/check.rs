//! `therapy-explorer check [DIR]`: print every problem in a pack, and
//! `therapy-explorer check --kiosk-config FILE`: in a kiosk config.

use std::io::Write;
use std::path::Path;

use crate::content::{self, ItemKind, PackFiles};
use crate::kiosk::KioskConfig;

/// Check a pack and write a report: every problem first, then a one-line
/// summary; with `verbose`, the reading level of every item after it.
/// Returns the process exit code: 0 when there are no errors (warnings are
/// allowed), 1 otherwise.
pub fn run(files: &PackFiles, verbose: bool, out: &mut dyn Write) -> i32 {
    let loaded = content::load(files);
    // The pack's own interface words (`i18n/<language>/*.ftl`), against English.
    let interface = crate::i18n::check_pack(files);
    for problem in loaded.problems.iter().chain(&interface) {
        let _ = writeln!(out, "{problem}");
    }
    let interface_errors = interface.iter().filter(|p| p.is_error()).count();
    let errors = loaded.error_count() + interface_errors;
    let warnings = loaded.warning_count() + interface.len() - interface_errors;
    let code = if errors == 0 {
        let counts: Vec<String> = loaded
            .pack
            .counts()
            .into_iter()
            // Tables are only headings; stories are optional.
            .filter(|(kind, n)| *kind != ItemKind::Table && !(*kind == ItemKind::Story && *n == 0))
            .map(|(kind, n)| kind.count(n))
            .collect();
        let languages: Vec<&str> = std::iter::once(&loaded.pack)
            .chain(&loaded.translations)
            .map(|p| p.info.language.trim())
            .collect();
        let _ = writeln!(
            out,
            "{} is OK: {}, in {} ({})",
            files.describe(),
            counts.join(", "),
            languages.join(" and "),
            plural(warnings, "warning")
        );
        0
    } else if loaded.problems.len() == 1 && loaded.problems[0].line == 0 {
        // Not a pack at all (no such folder): the one line says it.
        1
    } else {
        let _ = writeln!(
            out,
            "{}: {}, {}. Fix the errors above and run the check again. \
             Until then the app shows the rest of this pack, without what the errors leave out.",
            files.describe(),
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        1
    };
    if loaded.pack.info.crisis_contacts.is_empty()
        && !(loaded.problems.len() == 1 && loaded.problems[0].line == 0)
    {
        let _ = writeln!(
            out,
            "Note: this pack has no crisis contacts the app can show. Until it has, \"Need help now?\" shows the \
             kiosk config's own `crisis_contacts`, or else only \"call your local emergency number\" (never \
             another region's numbers)."
        );
    }
    if verbose && !loaded.reading.is_empty() {
        let _ = writeln!(
            out,
            "Reading level (Flesch–Kincaid grade, aim for 8 or below; Spanish: Fernández-Huerta ease, aim for 70 or above):"
        );
        for kind in ItemKind::ALL {
            let items: Vec<String> = loaded
                .reading
                .iter()
                .filter(|r| r.kind == kind)
                .map(|r| format!("{} {:.1}", r.id, r.grade))
                .collect();
            if !items.is_empty() {
                let _ = writeln!(out, "  {}: {}", kind.plural(), items.join(", "));
            }
        }
    }
    code
}

/// "1 warning", "3 warnings".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Check a kiosk config file and write a report: each problem as
/// `file:line:col: error: …`, or what the kiosk will do with it. Returns the
/// process exit code: 0 when the file is good, 1 otherwise.
pub fn kiosk_config(path: &Path, out: &mut dyn Write) -> i32 {
    let load = KioskConfig::load_lenient(path);
    for problem in &load.problems {
        let _ = writeln!(out, "{problem}");
    }
    let errors = load.problems.iter().filter(|p| p.is_error()).count();
    let KioskConfig {
        idle_secs,
        countdown_secs,
        staff_pin,
        log_file,
        content,
        crisis_contacts,
    } = &load.config;
    if !load.readable {
        let _ = writeln!(
            out,
            "{}: the kiosk cannot read this file, so it runs on default settings, with no staff PIN, \
             and shows no crisis numbers it cannot be sure of. Fix the error above and run the check again.",
            path.display()
        );
        return 1;
    }
    let exit = if staff_pin.is_some() {
        "staff exit on (PIN set)"
    } else {
        "staff exit off (no usable staff_pin)"
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
    let crisis = match crisis_contacts.len() {
        0 => "no crisis contacts of its own (the pack's are shown)".to_owned(),
        1 => "1 crisis contact of its own".to_owned(),
        n => format!("{n} crisis contacts of its own"),
    };
    let summary = format!(
        "\"Still reading?\" after {idle_secs} s, then a {countdown_secs} s countdown; {exit}; {log}; {pack}; {crisis}"
    );
    if errors == 0 {
        let _ = writeln!(out, "{} is OK: {summary}", path.display());
        0
    } else {
        let _ = writeln!(
            out,
            "{}: {}. A kiosk started with this file uses what is right in it and safe defaults for the rest \
             ({summary}), and shows a staff note. Fix the errors above and run the check again.",
            path.display(),
            plural(errors, "error")
        );
        1
    }
}

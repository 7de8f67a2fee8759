//! `therapy-explorer check [DIR]`: print every problem in a pack, and
//! `therapy-explorer check --kiosk-config FILE`: in a kiosk config.

use std::io::Write;
use std::path::Path;

use crate::content::{self, ItemKind, PackFiles, Problem};
use crate::fleet::{self, MANIFEST_FILE, Manifest, Mismatch, PackVersion, SIGNATURE_FILE};
use crate::kiosk::KioskConfig;

/// Check a pack and write a report: every problem first, then a one-line
/// summary; with `verbose`, the reading level of every item after it.
/// Returns the process exit code: 0 when there are no errors (warnings are
/// allowed), 1 otherwise.
pub fn run(files: &PackFiles, verbose: bool, out: &mut dyn Write) -> i32 {
    // The contrast a clinic's colours need is the interface's rule.
    let options = content::load::LoadOptions {
        accent_rule: Some(crate::ui::theme::accent_shortfalls),
        ..content::load::LoadOptions::default()
    };
    let loaded = content::load::load_with(files, options);
    // The pack's own interface words (`i18n/<language>/*.ftl`), against English.
    let interface = crate::i18n::check_pack(files);
    for problem in loaded.problems.iter().chain(&interface) {
        let _ = writeln!(out, "{problem}");
    }
    let signing = match files {
        PackFiles::Dir(dir)
            if loaded
                .problems
                .iter()
                .all(|p| p.line != 0 || p.path != files.describe()) =>
        {
            manifest_report(dir)
        }
        _ => ManifestReport::default(),
    };
    for problem in &signing.problems {
        let _ = writeln!(out, "{problem}");
    }
    let signing_errors = signing.problems.iter().filter(|p| p.is_error()).count();
    let interface_errors = interface.iter().filter(|p| p.is_error()).count();
    let errors = loaded.error_count() + signing_errors + interface_errors;
    let warnings = loaded.warning_count() + signing.problems.len() - signing_errors
        + interface.len()
        - interface_errors;
    let code = if errors == 0 {
        let counts: Vec<String> = loaded
            .pack
            .counts()
            .into_iter()
            // Tables are only headings; stories and a clinic's section are optional.
            .filter(|(kind, n)| {
                let optional = matches!(
                    kind,
                    ItemKind::Story | ItemKind::Service | ItemKind::StartPage
                );
                *kind != ItemKind::Table && !(optional && *n == 0)
            })
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
    if let Some(note) = &signing.note {
        let _ = writeln!(out, "{note}");
    }
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

/// What `check` says about a pack's manifest and signature.
#[derive(Default)]
struct ManifestReport {
    problems: Vec<Problem>,
    /// One line after the summary, when the manifest matches.
    note: Option<String>,
}

/// Check `manifest.ron` when the pack has one: every file must match it,
/// and it should be signed. (Whether the signature is good needs the
/// kiosk's key: that is `therapy-explorer verify`.)
fn manifest_report(dir: &Path) -> ManifestReport {
    let mut report = ManifestReport::default();
    let has_signature = dir.join(SIGNATURE_FILE).exists();
    let text = match fleet::manifest::read_manifest_text(dir) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if has_signature {
                report.problems.push(Problem::warning(
                    SIGNATURE_FILE,
                    (0, 0),
                    format!("there is a signature but no `{MANIFEST_FILE}`: write it with `therapy-explorer manifest DIR` and sign it"),
                ));
            }
            return report;
        }
        Err(err) => {
            report.problems.push(Problem::error(
                MANIFEST_FILE,
                (0, 0),
                format!("cannot be read: {err}"),
            ));
            return report;
        }
    };
    let manifest = match Manifest::parse(&text) {
        Ok(manifest) => manifest,
        Err((line, col, message)) => {
            report.problems.push(Problem::error(
                MANIFEST_FILE,
                (line, col),
                format!(
                    "{message}: write it again with `therapy-explorer manifest DIR` (never by hand)"
                ),
            ));
            return report;
        }
    };
    let again = "if that is meant, write the manifest again (`therapy-explorer manifest DIR`) and sign it again";
    match fleet::manifest::build(dir) {
        Err(err) => report
            .problems
            .push(Problem::error(MANIFEST_FILE, (0, 0), err.to_string())),
        Ok(found) => {
            for mismatch in manifest.compare(&found.files) {
                let message = match &mismatch {
                    Mismatch::Changed(_) => format!(
                        "differs from `{MANIFEST_FILE}` (its size or SHA-256 changed): a kiosk with a \
                         `public_key` refuses the pack; {again}"
                    ),
                    Mismatch::Missing(_) => format!(
                        "is listed in `{MANIFEST_FILE}` but is not in the pack: a kiosk with a \
                         `public_key` refuses the pack; put it back, or {again}"
                    ),
                    Mismatch::Extra(_) => format!(
                        "is in the pack but not in `{MANIFEST_FILE}`: a kiosk with a `public_key` refuses \
                         the pack; take it out, or {again}"
                    ),
                };
                report
                    .problems
                    .push(Problem::error(mismatch.path(), (0, 0), message));
            }
        }
    }
    let matches = report.problems.is_empty();
    let signed = if has_signature {
        match minisign_verify::Signature::from_file(dir.join(SIGNATURE_FILE)) {
            Err(err) => {
                report.problems.push(Problem::error(
                    SIGNATURE_FILE,
                    (0, 0),
                    format!("is not a minisign signature ({err}): sign `{MANIFEST_FILE}` again"),
                ));
                None
            }
            Ok(signature) => match PackVersion::from_trusted_comment(signature.trusted_comment()) {
                Err(why) => {
                    report.problems.push(Problem::error(
                        SIGNATURE_FILE,
                        (0, 0),
                        format!(
                            "{why}, so kiosks refuse it: sign again with \
                             `minisign -Sm DIR/{MANIFEST_FILE} -t \"version=YYYY.MM.DD\"`"
                        ),
                    ));
                    None
                }
                Ok(version) => Some(version),
            },
        }
    } else {
        report.problems.push(Problem::warning(
            MANIFEST_FILE,
            (0, 0),
            format!(
                "is not signed (there is no `{SIGNATURE_FILE}`): kiosks with a `public_key` refuse the \
                 pack until it is: `minisign -Sm DIR/{MANIFEST_FILE} -t \"version=YYYY.MM.DD\"`"
            ),
        ));
        None
    };
    if matches {
        let files = plural(manifest.files.len(), "file");
        report.note = Some(match signed {
            Some(version) => format!(
                "Manifest: {files}, all as listed; signed as version {version} (whether the signature is \
                 good needs the key: `therapy-explorer verify DIR --kiosk-config FILE` checks it as a kiosk would)."
            ),
            None => format!("Manifest: {files}, all as listed."),
        });
    }
    report
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
        public_key,
        min_pack_version,
        sleep,
        read_aloud,
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
    let signing = match (public_key, content) {
        (Some(_), Some(_)) => {
            let min = min_pack_version
                .as_ref()
                .map_or_else(String::new, |m| format!(", version {m} or newer"));
            format!(
                "; the pack only when signed with the clinic's key{min} (check one with \
                 `therapy-explorer verify DIR --kiosk-config FILE`)"
            )
        }
        _ => String::new(),
    };
    let quiet = sleep
        .as_ref()
        .and_then(crate::quiet_hours::Sleep::hours)
        .map_or_else(String::new, |(from, to)| {
            format!("; the screen dims from {from} to {to} (local time)")
        });
    let aloud = if *read_aloud {
        "; \"Read this page\" aloud offered (when the system has speech-dispatcher)"
    } else {
        ""
    };
    let summary = format!(
        "\"Still reading?\" after {idle_secs} s, then a {countdown_secs} s countdown; {exit}; {log}; {pack}{signing}; {crisis}{quiet}{aloud}"
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

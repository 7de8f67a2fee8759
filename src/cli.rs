//! The command line, parsed by hand (it is small, and this keeps build times down).

use std::path::PathBuf;

use crate::watch::WatchMode;

/// What the command line asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cli {
    /// Run the app.
    Run {
        content_dir: Option<PathBuf>,
        /// A link to open at start, like `page:faq` (for staff previewing a pack).
        open: Option<String>,
        /// Kiosk mode.
        kiosk: bool,
        /// Kiosk settings file (implies kiosk mode).
        kiosk_config: Option<PathBuf>,
        /// Live preview for staff: reload the pack when its files change
        /// (`--watch`, `--watch=poll`, or `preview DIR`). Never in kiosk mode.
        watch: Option<WatchMode>,
    },
    /// Check a pack (the built-in one when no folder is given).
    Check {
        dir: Option<PathBuf>,
        /// Also list every item's reading level.
        verbose: bool,
    },
    /// Check a kiosk config file.
    CheckKioskConfig {
        file: PathBuf,
    },
    /// Write the built-in pack, every language, to a new folder.
    ExportPack {
        dir: PathBuf,
    },
    /// Write `manifest.ron` (every file's path, size and SHA-256) into a pack.
    Manifest {
        dir: PathBuf,
    },
    /// Verify a signed pack as a kiosk with this config would.
    Verify {
        dir: PathBuf,
        kiosk_config: PathBuf,
    },
    Help,
    Version,
}

pub const USAGE: &str = "\
Therapy Explorer: plain, balanced information about individual and group therapy.

Usage:
  therapy-explorer [--content DIR] [--open LINK]
                                       run the app (with a clinic's own content pack;
                                       --open page:faq starts on that page, to preview it)
  therapy-explorer --kiosk [--kiosk-config FILE] [--content DIR]
                                       run as a waiting-room kiosk (see README: Set up a kiosk)
  therapy-explorer check [--verbose] [DIR]
                                       check a content pack and list every problem
                                       (--verbose: also the reading level of every item)
  therapy-explorer check --kiosk-config FILE
                                       check a kiosk config file (do this after every edit:
                                       a kiosk with a broken file runs on defaults, no staff PIN)
  therapy-explorer --content DIR --watch[=poll]
  therapy-explorer preview DIR [--watch=poll]
                                       live preview for staff: the app follows every saved
                                       edit; problems show in a panel (--watch=poll: for
                                       network shares, where change events never arrive)
  therapy-explorer export-pack DIR     write the built-in pack (every language) to a new
                                       folder, as the starting point for a clinic's own
  therapy-explorer manifest DIR        write DIR/manifest.ron (every file's size and SHA-256),
                                       then sign it: minisign -Sm DIR/manifest.ron -t \"version=2026.11.30\"
  therapy-explorer verify DIR [--kiosk-config FILE]
                                       verify a signed pack as a kiosk with that config would
                                       (signature, every file, version; default config
                                       /etc/therapy-explorer/kiosk.ron)
  therapy-explorer --help | --version
";

/// The kiosk config a Debian-installed kiosk reads.
pub const DEFAULT_KIOSK_CONFIG: &str = "/etc/therapy-explorer/kiosk.ron";

/// Parse arguments (without the program name).
///
/// # Errors
/// A message for the person who typed the command.
pub fn parse(args: &[String]) -> Result<Cli, String> {
    let mut args = args.iter();
    let mut content_dir = None;
    let mut open = None;
    let mut kiosk = false;
    let mut kiosk_config = None;
    let mut watch = None;
    let mut first = true;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "check" if first => {
                let mut next = args.next();
                let verbose = next.is_some_and(|a| a == "--verbose" || a == "-v");
                if verbose {
                    next = args.next();
                }
                let command = if next.is_some_and(|a| a == "--kiosk-config") {
                    let file = args.next().ok_or(
                        "`check --kiosk-config` needs a file, like `check --kiosk-config kiosk.ron`",
                    )?;
                    Cli::CheckKioskConfig {
                        file: PathBuf::from(file),
                    }
                } else {
                    Cli::Check {
                        dir: next.map(PathBuf::from),
                        verbose,
                    }
                };
                if let Some(extra) = args.next() {
                    return Err(format!("unexpected argument `{extra}` after what to check"));
                }
                return Ok(command);
            }
            "export-pack" | "manifest" if first => {
                let dir = args
                    .next()
                    .ok_or_else(|| format!("`{arg}` needs a folder, like `{arg} ./clinic-pack`"))?;
                if let Some(extra) = args.next() {
                    return Err(format!("unexpected argument `{extra}` after the folder"));
                }
                let dir = PathBuf::from(dir);
                return Ok(if arg == "manifest" {
                    Cli::Manifest { dir }
                } else {
                    Cli::ExportPack { dir }
                });
            }
            "verify" if first => {
                let mut dir = None;
                let mut config = None;
                while let Some(next) = args.next() {
                    if next == "--kiosk-config" {
                        let file = args.next().ok_or(
                            "`--kiosk-config` needs a file, like `--kiosk-config /etc/therapy-explorer/kiosk.ron`",
                        )?;
                        config = Some(PathBuf::from(file));
                    } else if dir.is_none() && !next.starts_with('-') {
                        dir = Some(PathBuf::from(next));
                    } else {
                        return Err(format!("unexpected argument `{next}`"));
                    }
                }
                return Ok(Cli::Verify {
                    dir: dir.ok_or("`verify` needs a pack folder, like `verify ./clinic-pack`")?,
                    kiosk_config: config.unwrap_or_else(|| PathBuf::from(DEFAULT_KIOSK_CONFIG)),
                });
            }
            "preview" if first => {
                let dir = args
                    .next()
                    .filter(|d| !d.starts_with('-'))
                    .ok_or("`preview` needs a pack folder, like `preview ./clinic-pack`")?;
                content_dir = Some(PathBuf::from(dir));
                watch = Some(WatchMode::Events);
            }
            "--watch" | "--watch=events" => watch = Some(WatchMode::Events),
            "--watch=poll" => watch = Some(WatchMode::Poll),
            other if other.starts_with("--watch=") => {
                return Err(format!(
                    "unknown `{other}`: write `--watch` (change events) or `--watch=poll` (network shares)"
                ));
            }
            "--content" => {
                let dir = args
                    .next()
                    .ok_or("`--content` needs a folder, like `--content ./my-pack`")?;
                content_dir = Some(PathBuf::from(dir));
            }
            "--open" => {
                let link = args
                    .next()
                    .ok_or("`--open` needs a link, like `--open page:faq`")?;
                open = Some(link.clone());
            }
            "--kiosk" => kiosk = true,
            "--kiosk-config" => {
                let file = args
                    .next()
                    .ok_or("`--kiosk-config` needs a file, like `--kiosk-config /etc/therapy-explorer/kiosk.ron`")?;
                kiosk_config = Some(PathBuf::from(file));
                kiosk = true;
            }
            "-h" | "--help" => return Ok(Cli::Help),
            "-V" | "--version" => return Ok(Cli::Version),
            other => return Err(format!("unknown argument `{other}`")),
        }
        first = false;
    }
    if watch.is_some() && kiosk {
        return Err(
            "`--watch` is a live preview for staff and never runs on a kiosk: leave out `--kiosk` \
             (a kiosk shows a pack only as it was when it started)"
                .to_owned(),
        );
    }
    if watch.is_some() && content_dir.is_none() {
        return Err(
            "`--watch` needs the pack folder to watch, like `--content ./clinic-pack --watch`"
                .to_owned(),
        );
    }
    Ok(Cli::Run {
        content_dir,
        open,
        kiosk,
        kiosk_config,
        watch,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_commands() {
        assert_eq!(
            parse(&args("")),
            Ok(Cli::Run {
                content_dir: None,
                open: None,
                kiosk: false,
                kiosk_config: None,
                watch: None,
            })
        );
        assert_eq!(
            parse(&args("--content pack --open page:faq")),
            Ok(Cli::Run {
                content_dir: Some("pack".into()),
                open: Some("page:faq".into()),
                kiosk: false,
                kiosk_config: None,
                watch: None,
            })
        );
        assert_eq!(
            parse(&args("--kiosk-config k.ron")),
            Ok(Cli::Run {
                content_dir: None,
                open: None,
                kiosk: true,
                kiosk_config: Some("k.ron".into()),
                watch: None,
            })
        );
        assert_eq!(
            parse(&args("check")),
            Ok(Cli::Check {
                dir: None,
                verbose: false
            })
        );
        assert_eq!(
            parse(&args("check p")),
            Ok(Cli::Check {
                dir: Some("p".into()),
                verbose: false
            })
        );
        assert_eq!(
            parse(&args("check --verbose p")),
            Ok(Cli::Check {
                dir: Some("p".into()),
                verbose: true
            })
        );
        assert_eq!(
            parse(&args("check --kiosk-config k.ron")),
            Ok(Cli::CheckKioskConfig {
                file: "k.ron".into()
            })
        );
        assert!(parse(&args("check --kiosk-config")).is_err());
        assert!(parse(&args("check --kiosk-config k.ron more")).is_err());
        assert!(parse(&args("--content")).is_err());
        assert!(parse(&args("--bogus")).is_err());
        assert!(parse(&args("check a b")).is_err());
    }

    #[test]
    fn parses_watch_and_pack_tools() {
        let run = |dir: &str, watch| Cli::Run {
            content_dir: Some(dir.into()),
            open: None,
            kiosk: false,
            kiosk_config: None,
            watch: Some(watch),
        };
        assert_eq!(
            parse(&args("--content p --watch")),
            Ok(run("p", WatchMode::Events))
        );
        assert_eq!(
            parse(&args("--watch=poll --content p")),
            Ok(run("p", WatchMode::Poll))
        );
        assert_eq!(parse(&args("preview p")), Ok(run("p", WatchMode::Events)));
        assert_eq!(
            parse(&args("preview p --watch=poll")),
            Ok(run("p", WatchMode::Poll))
        );
        let refused = parse(&args("--kiosk --content p --watch"));
        assert!(refused.is_err_and(|e| e.starts_with("`--watch` is a live preview for staff")));
        assert!(parse(&args("--watch --kiosk-config k.ron --content p")).is_err());
        assert!(parse(&args("--watch")).is_err());
        assert!(parse(&args("--content p --watch=sometimes")).is_err());
        assert!(parse(&args("preview")).is_err());
        assert_eq!(
            parse(&args("export-pack out")),
            Ok(Cli::ExportPack { dir: "out".into() })
        );
        assert_eq!(
            parse(&args("manifest p")),
            Ok(Cli::Manifest { dir: "p".into() })
        );
        assert!(parse(&args("manifest")).is_err());
        assert!(parse(&args("export-pack a b")).is_err());
        assert_eq!(
            parse(&args("verify p")),
            Ok(Cli::Verify {
                dir: "p".into(),
                kiosk_config: DEFAULT_KIOSK_CONFIG.into()
            })
        );
        assert_eq!(
            parse(&args("verify --kiosk-config k.ron p")),
            Ok(Cli::Verify {
                dir: "p".into(),
                kiosk_config: "k.ron".into()
            })
        );
        assert!(parse(&args("verify")).is_err());
        assert!(parse(&args("verify a b")).is_err());
    }
}

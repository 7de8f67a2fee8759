//! The command line, parsed by hand (it is small, and this keeps build times down).

use std::path::PathBuf;

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
  therapy-explorer --help | --version
";

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
    Ok(Cli::Run {
        content_dir,
        open,
        kiosk,
        kiosk_config,
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
            })
        );
        assert_eq!(
            parse(&args("--content pack --open page:faq")),
            Ok(Cli::Run {
                content_dir: Some("pack".into()),
                open: Some("page:faq".into()),
                kiosk: false,
                kiosk_config: None,
            })
        );
        assert_eq!(
            parse(&args("--kiosk-config k.ron")),
            Ok(Cli::Run {
                content_dir: None,
                open: None,
                kiosk: true,
                kiosk_config: Some("k.ron".into()),
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
}

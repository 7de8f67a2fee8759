//! Starts the app or the pack checker.

use therapy_explorer::cli::{self, Cli};
use therapy_explorer::content::PackFiles;
use therapy_explorer::{Options, TherapyApp};

fn main() {
    let _ = therapy_explorer::app::STARTED.set(std::time::Instant::now());
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match cli::parse(&args) {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("therapy-explorer: {message}\n\n{}", cli::USAGE);
            std::process::exit(2);
        }
    };
    match cli {
        Cli::Help => print!("{}", cli::USAGE),
        Cli::Version => println!("therapy-explorer {}", env!("CARGO_PKG_VERSION")),
        Cli::Check { dir, verbose } => {
            init_logging(None);
            let files = dir.map_or(PackFiles::Embedded, PackFiles::Dir);
            std::process::exit(therapy_explorer::check::run(
                &files,
                verbose,
                &mut std::io::stdout(),
            ));
        }
        Cli::ExportPack { dir } => {
            std::process::exit(therapy_explorer::commands::export_pack(
                &dir,
                &mut std::io::stdout(),
            ));
        }
        Cli::Manifest { dir } => {
            std::process::exit(therapy_explorer::commands::write_manifest(
                &dir,
                &mut std::io::stdout(),
            ));
        }
        Cli::Verify { dir, kiosk_config } => {
            init_logging(None);
            std::process::exit(therapy_explorer::commands::verify(
                &dir,
                &kiosk_config,
                &mut std::io::stdout(),
            ));
        }
        Cli::CheckKioskConfig { file } => {
            init_logging(None);
            std::process::exit(therapy_explorer::check::kiosk_config(
                &file,
                &mut std::io::stdout(),
            ));
        }
        Cli::Run {
            content_dir,
            open,
            kiosk,
            kiosk_config,
            // Live preview (`--watch`); the parser refuses it on a kiosk.
            watch,
        } => {
            if kiosk {
                keep_the_gl_driver_from_writing_files();
            }
            let (options, problems) = if kiosk {
                Options::kiosk(kiosk_config.as_deref())
            } else {
                (Options::default(), Vec::new())
            };
            init_logging_for(options.kiosk.as_ref());
            if !problems.is_empty() {
                // Staff also see a notice on the screen: a kiosk's standard
                // error usually goes nowhere.
                for problem in &problems {
                    log::error!("{problem}");
                }
                log::error!(
                    "the kiosk config has problems, so the kiosk runs with default settings and no staff PIN. \
                     Fix the file (`therapy-explorer check --kiosk-config FILE`) and restart."
                );
            }
            run_app(Options {
                content_dir,
                open,
                settings: therapy_explorer::settings::SettingsStore::user_default(),
                system_locale: sys_locale::get_locale(),
                speech: therapy_explorer::speech::Service::System,
                watch,
                ..options
            });
        }
    }
}

/// A kiosk writes no files. Mesa's and NVIDIA's OpenGL drivers keep a
/// shader cache in `~/.cache` unless told not to, so tell them, before any
/// window opens.
#[allow(unsafe_code)]
fn keep_the_gl_driver_from_writing_files() {
    for (name, value) in [
        ("MESA_SHADER_CACHE_DISABLE", "true"),
        ("__GL_SHADER_DISK_CACHE", "0"),
    ] {
        // SAFETY: called at the start of `main`, before any other thread
        // exists, so nothing can read the environment while it changes.
        unsafe { std::env::set_var(name, value) };
    }
}

/// At home, log to standard error. On the kiosk, log only to the file its
/// config names, and otherwise not at all: standard error often ends up on
/// disk (`~/.xsession-errors`, the journal), and a kiosk keeps no record of
/// its visitors.
fn init_logging_for(kiosk: Option<&therapy_explorer::kiosk::KioskConfig>) {
    match kiosk {
        None => init_logging(None),
        Some(config) => {
            if let Some(file) = config.log_file.as_deref() {
                init_logging(Some(file));
            }
        }
    }
}

/// Log to standard error, or to the given file.
fn init_logging(file: Option<&std::path::Path>) {
    let mut builder =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"));
    if let Some(path) = file {
        match std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            Ok(file) => {
                builder.target(env_logger::Target::Pipe(Box::new(file)));
            }
            // Said once, at start, about the staff's own file (no visitor
            // is involved yet); then no log, rather than one on standard error.
            Err(err) => {
                eprintln!(
                    "therapy-explorer: cannot open the log file {}: {err}; not logging",
                    path.display()
                );
                return;
            }
        }
    }
    builder.init();
}

fn run_app(options: Options) {
    let title = therapy_explorer::i18n::Catalogue::english().tr("chrome-window-title");
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(&title)
        .with_app_id("therapy-explorer");
    viewport = if options.kiosk.is_some() {
        viewport
            .with_fullscreen(true)
            .with_decorations(false)
            .with_position([0.0, 0.0])
    } else {
        viewport
            .with_inner_size([1100.0, 780.0])
            .with_min_inner_size([360.0, 420.0])
    };
    let native = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        &title,
        native,
        Box::new(|cc| Ok(Box::new(TherapyApp::new(cc, options)))),
    );
    if let Err(err) = result {
        eprintln!("therapy-explorer: could not open a window: {err}");
        std::process::exit(1);
    }
}

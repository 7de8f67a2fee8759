//! Starts the app or the pack checker.

use therapy_explorer::cli::{self, Cli};
use therapy_explorer::content::PackFiles;
use therapy_explorer::{Options, TherapyApp};

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
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
        Cli::Check { dir } => {
            let files = dir.map_or(PackFiles::Embedded, PackFiles::Dir);
            std::process::exit(therapy_explorer::check::run(&files, &mut std::io::stdout()));
        }
        Cli::Run { content_dir, open } => {
            let options = Options { content_dir, open };
            let native = eframe::NativeOptions {
                viewport: egui::ViewportBuilder::default()
                    .with_title("Therapy Explorer")
                    .with_app_id("therapy-explorer")
                    .with_inner_size([1100.0, 780.0])
                    .with_min_inner_size([360.0, 420.0]),
                ..Default::default()
            };
            let result = eframe::run_native(
                "Therapy Explorer",
                native,
                Box::new(|cc| Ok(Box::new(TherapyApp::new(cc, options)))),
            );
            if let Err(err) = result {
                eprintln!("therapy-explorer: could not open a window: {err}");
                std::process::exit(1);
            }
        }
    }
}

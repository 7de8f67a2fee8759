//! An empty eframe window built exactly like the app (same crate features,
//! same profile): the yardstick for `scripts/startup.sh`.

use std::time::Instant;

struct Empty {
    started: Instant,
    shown: bool,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if !self.shown {
            self.shown = true;
            eprintln!(
                "first frame after {:.1} ms",
                self.started.elapsed().as_secs_f64() * 1000.0
            );
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Empty");
        });
    }
}

fn main() -> eframe::Result {
    let started = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1100.0, 780.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Empty",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Empty {
                started,
                shown: false,
            }))
        }),
    )
}

//! An empty eframe window built exactly like the app (same crate features,
//! same profile): the yardstick for `scripts/startup.sh`.

use std::time::Instant;

struct Empty {
    started: Instant,
    frames: u32,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // Measured like the app: the second frame starts once the first is
        // painted and on screen.
        self.frames += 1;
        match self.frames {
            1 => ui.ctx().request_repaint(),
            2 => eprintln!(
                "first frame shown after {:.1} ms in main, at {} ms since the epoch",
                self.started.elapsed().as_secs_f64() * 1000.0,
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis())
            ),
            _ => {}
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
        Box::new(move |_cc| Ok(Box::new(Empty { started, frames: 0 }))),
    )
}

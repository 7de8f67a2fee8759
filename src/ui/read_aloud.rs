//! The "Read this page" control: at the top of every reading screen when a
//! speech service answered (and, on a kiosk, when its config allows it).
//! The page is read block by block, the block being read marked as the
//! reading path marks its focus (`reading`); the speaking is `speech`'s.

use egui::Ui;

use super::{View, button};
use crate::speech::Progress;
use crate::state::{Command, ReadAloudCommand};

/// Each button's catalogue keys: its words, and its name for screen readers.
const START: (&str, &str) = ("chrome-read-aloud", "chrome-read-aloud-spoken");
const PAUSE: (&str, &str) = ("chrome-read-aloud-pause", "chrome-read-aloud-pause-spoken");
const RESUME: (&str, &str) = (
    "chrome-read-aloud-resume",
    "chrome-read-aloud-resume-spoken",
);
const STOP: (&str, &str) = ("chrome-read-aloud-stop", "chrome-read-aloud-stop-spoken");

/// "Read this page aloud", or, while reading, "Pause"/"Go on" and "Stop reading".
pub fn control_ui(ui: &mut Ui, view: &mut View<'_>, progress: Progress) {
    ui.horizontal_wrapped(|ui| {
        let mut press = |ui: &mut Ui, (key, spoken): (&str, &str), command| {
            let text = view.tr(key);
            let spoken = view.tr(spoken);
            if button(ui, &text, &spoken).clicked() {
                view.push(Command::ReadAloud(command));
            }
        };
        if !progress.is_reading() {
            press(ui, START, ReadAloudCommand::Start);
            return;
        }
        if progress.paused {
            press(ui, RESUME, ReadAloudCommand::Resume);
        } else {
            press(ui, PAUSE, ReadAloudCommand::Pause);
        }
        press(ui, STOP, ReadAloudCommand::Stop);
    });
}

//! "Read this page" aloud, through the real app and a fake speech-dispatcher
//! (SSIP is a line protocol: the fake writes down every line it is sent).

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use therapy_explorer::kiosk::{Clock, KioskConfig, MockClock, Phase};
use therapy_explorer::speech::Service;
use therapy_explorer::{Options, TherapyApp};

mod common;

/// A speech-dispatcher whose messages begin and never end (until cancelled).
struct FakeSpeechd {
    path: PathBuf,
    lines: Arc<Mutex<Vec<String>>>,
}

impl FakeSpeechd {
    fn start(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("te-speechd-{name}-{}.sock", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let heard = Arc::clone(&lines);
        std::thread::spawn(move || {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            let mut out = stream.try_clone().unwrap();
            let mut input = BufReader::new(stream);
            let (mut in_text, mut id) = (false, 0);
            let mut line = String::new();
            while input.read_line(&mut line).is_ok_and(|n| n > 0) {
                let got = line.trim_end().to_owned();
                line.clear();
                heard.lock().unwrap().push(got.clone());
                let reply = match got.as_str() {
                    "." if in_text => {
                        in_text = false;
                        id += 1;
                        format!(
                            "225-{id}\r\n225 OK MESSAGE QUEUED\r\n701-{id}\r\n701-1\r\n701 BEGIN\r\n"
                        )
                    }
                    _ if in_text => continue,
                    "SPEAK" => {
                        in_text = true;
                        "230 OK RECEIVING DATA\r\n".to_owned()
                    }
                    _ => "200 OK\r\n".to_owned(),
                };
                if out.write_all(reply.as_bytes()).is_err() {
                    return;
                }
            }
        });
        Self { path, lines }
    }

    fn service(&self) -> Service {
        Service::Socket(self.path.clone())
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    /// Wait (at most 5 s) until `line` has been received.
    fn heard(&self, line: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if self.lines().iter().any(|l| l == line) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }
}

impl Drop for FakeSpeechd {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

const READ: &str = "Read this page aloud, from the top";

/// Run frames until the control shows (the service answers in the background).
fn until_control(harness: &mut Harness<'_, TherapyApp>, label: &str) {
    let start = Instant::now();
    while harness.query_by_label(label).is_none() {
        assert!(start.elapsed() < Duration::from_secs(5), "no `{label}`");
        std::thread::sleep(Duration::from_millis(10));
        harness.run();
    }
}

fn home_with(speechd: &FakeSpeechd) -> Harness<'static, TherapyApp> {
    common::build(
        Options {
            speech: speechd.service(),
            ..common::home_options()
        },
        [1280.0, 800.0],
    )
}

#[test]
fn home_reads_the_page_in_its_language_and_stops_on_another_screen() {
    let speechd = FakeSpeechd::start("home");
    let mut harness = home_with(&speechd);
    until_control(&mut harness, READ);
    common::click(&mut harness, READ);
    let title = harness.state().pack().info.title.clone();
    assert!(speechd.heard(&title), "{:?}", speechd.lines());
    let lines = speechd.lines();
    let at = lines.iter().position(|l| *l == title).unwrap();
    assert_eq!(lines[at - 2..at], ["SET self LANGUAGE en", "SPEAK"]);
    // A card is read as it is seen: its title and its summary.
    let door = harness
        .state()
        .pack()
        .info
        .format(therapy_explorer::content::Format::ALL[0])
        .clone();
    let blocks = therapy_explorer::ui::reading::blocks(&harness.ctx);
    let card = blocks
        .iter()
        .find(|b| b.text.contains(&door.name) && b.role == egui::accesskit::Role::Button)
        .unwrap();
    assert!(
        card.aloud.starts_with(&format!("{}.", door.name)),
        "{card:?}"
    );
    assert!(card.aloud.contains(door.summary.trim()), "{card:?}");
    // While reading: pause, go on, stop; the first block is the one marked.
    until_control(&mut harness, "Pause reading aloud");
    assert_eq!(harness.state().read_aloud().progress().block, Some(0));
    // The block being read is the one marked: the page's first, its title.
    let first = therapy_explorer::ui::reading::blocks(&harness.ctx)[0].clone();
    assert_eq!(first.text, title);
    assert_eq!(
        therapy_explorer::ui::reading::speaking(&harness.ctx),
        Some(first.id)
    );
    common::click(&mut harness, "Pause reading aloud");
    assert!(speechd.heard("PAUSE self"));
    until_control(&mut harness, "Go on reading aloud");
    common::click(&mut harness, "Go on reading aloud");
    assert!(speechd.heard("RESUME self"));
    // Another screen: it stops at once.
    common::click(&mut harness, "Open: Compare side by side");
    assert!(
        speechd.heard("CANCEL self"),
        "{:?} {:?}",
        speechd.lines(),
        harness.state().visit().route
    );
    assert!(!harness.state().read_aloud().progress().is_reading());
    harness.run();
    assert_eq!(therapy_explorer::ui::reading::speaking(&harness.ctx), None);
}

#[test]
fn spanish_is_read_in_spanish() {
    let speechd = FakeSpeechd::start("es");
    let mut harness = home_with(&speechd);
    common::click(&mut harness, "Español");
    let read = harness.state().catalogue().tr("chrome-read-aloud-spoken");
    until_control(&mut harness, &read);
    common::click(&mut harness, &read);
    let title = harness.state().pack().info.title.clone();
    assert!(speechd.heard(&title));
    assert!(speechd.lines().contains(&"SET self LANGUAGE es".to_owned()));
}

fn kiosk_with(
    speechd: &FakeSpeechd,
    read_aloud: bool,
) -> (Harness<'static, TherapyApp>, MockClock) {
    let clock = MockClock::default();
    let options = Options {
        kiosk: Some(KioskConfig {
            read_aloud,
            ..KioskConfig::default()
        }),
        clock: Clock::Mock(clock.clone()),
        speech: speechd.service(),
        ..Options::default()
    };
    (common::build(options, [1920.0, 1080.0]), clock)
}

#[test]
fn a_kiosk_reads_aloud_only_when_allowed_and_stops_when_the_visit_ends() {
    let speechd = FakeSpeechd::start("kiosk-off");
    let (mut harness, _) = kiosk_with(&speechd, false);
    common::click(&mut harness, "Touch anywhere to start");
    std::thread::sleep(Duration::from_millis(200));
    harness.run();
    assert!(
        harness.query_by_label(READ).is_none(),
        "read aloud is off by default on a kiosk"
    );

    let speechd = FakeSpeechd::start("kiosk-on");
    let (mut harness, clock) = kiosk_with(&speechd, true);
    common::click(&mut harness, "Touch anywhere to start");
    until_control(&mut harness, READ);
    common::click(&mut harness, READ);
    assert!(speechd.heard("SPEAK"));
    // Nobody touches it: "Still reading?", then the visit ends.
    for _ in 0..2 {
        clock.advance(120.0);
        harness.step();
        harness.run_ok();
    }
    assert_eq!(
        harness.state().kiosk().map(|k| k.phase),
        Some(Phase::Attract)
    );
    assert!(speechd.heard("CANCEL self"), "{:?}", speechd.lines());
}

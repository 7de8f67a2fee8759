//! Read-aloud against a fake speech-dispatcher: a socket that answers as
//! the real one does and writes down every line it is sent.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{ReadAloud, Service};

/// How the fake server speaks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Each message ends as soon as it is queued.
    Quick,
    /// Messages begin and never end (until cancelled).
    Endless,
    /// Takes every line and never answers (a hung service).
    Silent,
    /// Each message begins and is then cancelled by someone else.
    Interrupted,
}

/// A fake speech-dispatcher on a socket of its own.
pub struct FakeServer {
    pub path: PathBuf,
    /// Every line received, in order, without line ends.
    pub lines: Arc<Mutex<Vec<String>>>,
}

impl FakeServer {
    /// Listen on a fresh socket in the temporary folder.
    pub fn start(name: &str, voice: Voice) -> Self {
        let path = std::env::temp_dir().join(format!(
            "therapy-explorer-speechd-{name}-{}.sock",
            std::process::id()
        ));
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).expect("bind the fake socket");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let heard = Arc::clone(&lines);
        std::thread::spawn(move || {
            if let Ok((stream, _)) = listener.accept() {
                serve(stream, &heard, voice);
            }
        });
        Self { path, lines }
    }

    pub fn service(&self) -> Service {
        Service::Socket(self.path.clone())
    }

    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().expect("lines").clone()
    }

    /// Wait (at most 5 s) until a line like `line` has been received.
    pub fn wait_for(&self, line: &str) -> bool {
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

impl Drop for FakeServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn serve(stream: UnixStream, heard: &Mutex<Vec<String>>, voice: Voice) {
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut input = BufReader::new(stream);
    let mut in_text = false;
    let mut next_id = 1;
    let mut line = String::new();
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let got = line.trim_end_matches(['\r', '\n']).to_owned();
        if let Ok(mut lines) = heard.lock() {
            lines.push(got.clone());
        }
        let reply = if voice == Voice::Silent {
            continue;
        } else if in_text {
            if got != "." {
                continue;
            }
            in_text = false;
            let id = next_id;
            next_id += 1;
            let mut reply =
                format!("225-{id}\r\n225 OK MESSAGE QUEUED\r\n701-{id}\r\n701-1\r\n701 BEGIN\r\n");
            if voice == Voice::Quick {
                reply.push_str(&format!("702-{id}\r\n702-1\r\n702 END\r\n"));
            }
            if voice == Voice::Interrupted {
                reply.push_str(&format!("703-{id}\r\n703-1\r\n703 CANCELED\r\n"));
            }
            reply
        } else if got == "SPEAK" {
            in_text = true;
            "230 OK RECEIVING DATA\r\n".to_owned()
        } else if got.starts_with("SET self LANGUAGE") {
            "201 OK LANGUAGE SET\r\n".to_owned()
        } else if got.starts_with("SET self CLIENT_NAME") {
            "208 OK CLIENT NAME SET\r\n".to_owned()
        } else if got.starts_with("SET self NOTIFICATION") {
            "220 OK NOTIFICATION SET\r\n".to_owned()
        } else if got == "CANCEL self" {
            "210 OK CANCELED\r\n".to_owned()
        } else if got == "QUIT" {
            let _ = out.write_all(b"231 HAPPY HACKING\r\n");
            return;
        } else {
            "200 OK\r\n".to_owned()
        };
        if out.write_all(reply.as_bytes()).is_err() {
            return;
        }
    }
}

/// Wait (at most 5 s) for a condition.
pub fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("never: {what}");
}

#[test]
fn a_page_is_read_block_by_block_in_its_language() {
    let server = FakeServer::start("page", Voice::Quick);
    let speech = ReadAloud::start(&server.service());
    eventually("the service answers", || speech.is_ready());
    speech.read(
        "es-US",
        vec![
            "Explorador de terapia".into(),
            ". Un punto al principio".into(),
        ],
    );
    assert!(server.wait_for(".. Un punto al principio"));
    eventually("the reading ends", || !speech.progress().is_reading());
    let lines = server.lines();
    let expected = [
        "SET self LANGUAGE es",
        "SPEAK",
        "Explorador de terapia",
        ".",
        "SPEAK",
        ".. Un punto al principio",
        ".",
    ];
    let from = lines
        .iter()
        .position(|l| l == "SET self LANGUAGE es")
        .expect("the language is set first");
    assert_eq!(&lines[from..from + expected.len()], expected);
    assert!(lines[0].starts_with("SET self CLIENT_NAME "), "{lines:?}");
    assert!(lines.contains(&"SET self NOTIFICATION all on".to_owned()));
}

#[test]
fn stop_cancels_at_once_and_pause_and_resume_are_sent() {
    let server = FakeServer::start("stop", Voice::Endless);
    let speech = ReadAloud::start(&server.service());
    eventually("the service answers", || speech.is_ready());
    speech.read("en-US", vec!["One".into(), "Two".into()]);
    assert!(server.wait_for("One"));
    eventually("the first block is read", || {
        speech.progress().block == Some(0)
    });
    speech.pause();
    assert!(server.wait_for("PAUSE self"));
    speech.resume();
    assert!(server.wait_for("RESUME self"));
    speech.stop();
    assert!(
        !speech.progress().is_reading(),
        "stopped at once, as seen by the app"
    );
    assert!(server.wait_for("CANCEL self"));
    // The second block is never sent.
    std::thread::sleep(Duration::from_millis(100));
    assert!(!server.lines().contains(&"Two".to_owned()));
}

#[test]
fn no_service_means_never_ready() {
    let missing = std::env::temp_dir().join("therapy-explorer-no-such-speechd.sock");
    let speech = ReadAloud::start(&Service::Socket(missing));
    std::thread::sleep(Duration::from_millis(100));
    assert!(!speech.is_ready());
    // Asking still does nothing harmful.
    speech.read("en", vec!["Hello".into()]);
    speech.stop();
    assert!(!ReadAloud::start(&Service::Off).is_ready());
}

#[test]
fn a_service_that_never_answers_shows_no_control_and_holds_nothing_up() {
    let server = FakeServer::start("silent", Voice::Silent);
    let started = Instant::now();
    let speech = ReadAloud::start(&server.service());
    // Connecting happens off the caller's thread: start-up is not held up.
    assert!(started.elapsed() < Duration::from_millis(500));
    assert!(server.wait_for("SET self NOTIFICATION all on"));
    std::thread::sleep(Duration::from_millis(100));
    assert!(!speech.is_ready());
    let asked = Instant::now();
    speech.read("en", vec!["Hello".into()]);
    speech.stop();
    drop(speech);
    assert!(asked.elapsed() < Duration::from_millis(500));
}

#[test]
fn a_reading_cancelled_by_someone_else_is_over() {
    let server = FakeServer::start("interrupted", Voice::Interrupted);
    let speech = ReadAloud::start(&server.service());
    eventually("the service answers", || speech.is_ready());
    speech.read("en", vec!["One".into(), "Two".into()]);
    assert!(server.wait_for("One"));
    eventually("the reading is over", || !speech.progress().is_reading());
    std::thread::sleep(Duration::from_millis(100));
    assert!(!server.lines().contains(&"Two".to_owned()));
}

//! Read aloud: a page's blocks spoken one after another by the system's
//! speech service (speech-dispatcher, the one Orca uses), in the pack's
//! language, with pause, resume and stop. No egui here: the app hands over
//! texts and asks how far the reading has come.
//!
//! Two threads per connection: one reads the socket (replies and events,
//! parsed by [`ssip::Parser`]) and one writes it, taking the app's requests
//! and the server's answers from one queue, in order. Each block is one
//! SSIP message; when the server says a message has ended, the next block
//! is sent. No service (no socket, nothing answering): [`ReadAloud::is_ready`]
//! stays false and the app shows no control.

pub mod ssip;

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

use ssip::{Command, Event, Incoming};

/// Where to find the speech service.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Service {
    /// None: read-aloud is off (tests, and when nothing is wanted).
    #[default]
    Off,
    /// The user's speech-dispatcher (`$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock`),
    /// started if it is installed but not running.
    System,
    /// A socket of one's own (tests give a fake server).
    Socket(PathBuf),
}

/// How far a reading has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The block being read (an index into the texts given to [`ReadAloud::read`]).
    pub block: Option<usize>,
    pub paused: bool,
}

impl Progress {
    pub fn is_reading(&self) -> bool {
        self.block.is_some()
    }
}

/// What the app asks for.
#[derive(Debug)]
enum Request {
    /// Read these texts, one after another, in this language (an ISO code).
    Read {
        language: String,
        texts: Vec<String>,
    },
    Pause,
    Resume,
    Stop,
}

/// What the writing thread takes, in order.
#[derive(Debug)]
enum Message {
    App(Request),
    Server(Incoming),
    /// The server closed the connection.
    Gone,
}

#[derive(Default)]
struct Shared {
    ready: bool,
    progress: Progress,
    /// Called when the progress changes (the app asks for a repaint).
    changed: Option<Arc<dyn Fn() + Send + Sync>>,
}

/// Read-aloud, talking to one speech service.
pub struct ReadAloud {
    to_writer: Option<Sender<Message>>,
    shared: Arc<Mutex<Shared>>,
    /// A reading was asked for and not stopped since.
    asked: AtomicBool,
}

impl std::fmt::Debug for ReadAloud {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadAloud")
            .field("ready", &self.is_ready())
            .finish_non_exhaustive()
    }
}

impl ReadAloud {
    /// Connect to the service in the background (the app starts at once;
    /// the control appears when the service answers). `Off`: never ready.
    pub fn start(service: &Service) -> Self {
        let shared = Arc::new(Mutex::new(Shared::default()));
        let path = match service {
            Service::Off => {
                return Self {
                    to_writer: None,
                    shared,
                    asked: AtomicBool::new(false),
                };
            }
            Service::System => None,
            Service::Socket(path) => Some(path.clone()),
        };
        let (to_writer, from_app) = mpsc::channel();
        let server_side = to_writer.clone();
        let worker_shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("read-aloud".into())
            .spawn(move || {
                let Some(stream) = connect(path.as_deref()) else {
                    log::info!("read aloud: no speech service, so no \"Read this page\"");
                    return;
                };
                Writer::new(stream, worker_shared, server_side).run(&from_app);
            });
        if let Err(err) = spawned {
            log::warn!("read aloud: could not start its thread: {err}");
        }
        Self {
            to_writer: Some(to_writer),
            shared,
            asked: AtomicBool::new(false),
        }
    }

    /// Whether the speech service answered: the control is shown.
    pub fn is_ready(&self) -> bool {
        self.lock().ready
    }

    pub fn progress(&self) -> Progress {
        self.lock().progress
    }

    /// Call `changed` whenever the progress changes (from another thread).
    pub fn on_change(&self, changed: impl Fn() + Send + Sync + 'static) {
        self.lock().changed = Some(Arc::new(changed));
    }

    /// Read these texts in order, in the language of this tag (`es-US`),
    /// instead of anything being read now.
    pub fn read(&self, language_tag: &str, texts: Vec<String>) {
        self.asked.store(true, Ordering::Relaxed);
        self.send(Request::Read {
            language: ssip::language_code(language_tag),
            texts,
        });
    }

    pub fn pause(&self) {
        self.send(Request::Pause);
    }

    pub fn resume(&self) {
        self.send(Request::Resume);
    }

    /// Stop at once (nothing happens if nothing is being read).
    pub fn stop(&self) {
        if self.asked.swap(false, Ordering::Relaxed) || self.progress().is_reading() {
            self.send(Request::Stop);
        }
        // Seen as stopped now: no highlight waits for the server.
        self.lock().progress = Progress::default();
    }

    fn send(&self, request: Request) {
        if let Some(tx) = &self.to_writer {
            // A writer that has gone (no service) needs nothing.
            let _ = tx.send(Message::App(request));
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for ReadAloud {
    fn drop(&mut self) {
        // Speech must not go on after the app has gone.
        self.stop();
    }
}

/// Connect to the socket; the system's service is started once if it is
/// installed and not running (as speech-dispatcher's own library does).
fn connect(path: Option<&Path>) -> Option<UnixStream> {
    if let Some(path) = path {
        return UnixStream::connect(path).ok();
    }
    let path = std::env::var_os("XDG_RUNTIME_DIR")
        .map(|dir| PathBuf::from(dir).join("speech-dispatcher/speechd.sock"))?;
    if let Ok(stream) = UnixStream::connect(&path) {
        return Some(stream);
    }
    let started = std::process::Command::new("speech-dispatcher")
        .arg("--spawn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    started.then(|| UnixStream::connect(&path).ok()).flatten()
}

/// What a command sent is waiting for (replies come in the order sent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Waiting {
    /// Any reply will do.
    Ack,
    /// The reply to the greeting: the service answers, so the control shows.
    Hello,
    /// `SPEAK` of block `block` of reading `reading`: 230, then its text goes.
    Speak { reading: u64, block: usize },
    /// The text of that block: 225 and its message id.
    Queued { reading: u64, block: usize },
}

struct Writer {
    out: UnixStream,
    shared: Arc<Mutex<Shared>>,
    waiting: VecDeque<Waiting>,
    /// After `SPEAK` every line is text until the lone dot: commands wait
    /// here until the text has gone.
    held: VecDeque<(Command, Waiting)>,
    in_text: bool,
    texts: Vec<String>,
    /// Which reading this is (each `Read` and `Stop` starts a new one), and
    /// whether it is on.
    reading: u64,
    on: bool,
    /// The message being spoken, and its block.
    message: Option<(u64, usize)>,
}

impl Writer {
    fn new(stream: UnixStream, shared: Arc<Mutex<Shared>>, to_self: Sender<Message>) -> Self {
        if let Ok(input) = stream.try_clone() {
            let spawned = std::thread::Builder::new()
                .name("read-aloud-in".into())
                .spawn(move || read_server(input, &to_self));
            if let Err(err) = spawned {
                log::warn!("read aloud: could not start its reader: {err}");
            }
        }
        Self {
            out: stream,
            shared,
            waiting: VecDeque::new(),
            held: VecDeque::new(),
            in_text: false,
            texts: Vec::new(),
            reading: 0,
            on: false,
            message: None,
        }
    }

    fn run(mut self, from_app: &Receiver<Message>) {
        let user = std::env::var("USER").unwrap_or_default();
        // Ready only when the service has answered: a socket that takes the
        // greeting and never replies shows no control.
        let greeted = self.command(Command::ClientName { user }, Waiting::Ack)
            && self.command(Command::Notifications, Waiting::Hello);
        if !greeted {
            return;
        }
        while let Ok(message) = from_app.recv() {
            let going = match message {
                Message::App(request) => self.request(request),
                Message::Server(incoming) => self.incoming(&incoming),
                Message::Gone => false,
            };
            if !going {
                break;
            }
        }
        // The app has gone (or the server): say goodbye, stop the reader.
        let _ = self.write(&format!("{}\r\n", Command::Quit.line()));
        let _ = self.out.shutdown(std::net::Shutdown::Both);
        self.update(|s| {
            s.ready = false;
            s.progress = Progress::default();
        });
    }

    /// Returns whether to go on.
    fn request(&mut self, request: Request) -> bool {
        match request {
            Request::Read { language, texts } => {
                let going = !self.on || self.command(Command::Cancel, Waiting::Ack);
                self.reading += 1;
                self.texts = texts;
                self.message = None;
                self.on = true;
                going && self.command(Command::Language(language), Waiting::Ack) && self.speak(0)
            }
            Request::Pause => {
                self.update(|s| s.progress.paused = true);
                self.command(Command::Pause, Waiting::Ack)
            }
            Request::Resume => {
                self.update(|s| s.progress.paused = false);
                self.command(Command::Resume, Waiting::Ack)
            }
            Request::Stop => {
                self.reading += 1;
                self.finish();
                self.command(Command::Cancel, Waiting::Ack)
            }
        }
    }

    fn incoming(&mut self, incoming: &Incoming) -> bool {
        let current = |this: &Self, id: Option<u64>| {
            this.message
                .filter(|(message, _)| Some(*message) == id)
                .map(|(_, block)| block)
        };
        match incoming {
            Incoming::Event(Event::End(id)) => match current(self, *id) {
                Some(block) => {
                    self.message = None;
                    self.speak(block + 1)
                }
                None => true,
            },
            Incoming::Event(Event::Begin(id)) => {
                if let Some(block) = current(self, *id) {
                    self.update(|s| s.progress.block = Some(block));
                }
                true
            }
            Incoming::Event(Event::Cancelled(id)) => {
                // Someone else cancelled it (a screen reader speaking with a
                // higher priority, `spd-say -C`): the reading is over, and the
                // control must not go on saying "Pause".
                if current(self, *id).is_some() {
                    self.finish();
                }
                true
            }
            Incoming::Event(_) => true,
            Incoming::Reply { lines, .. } => {
                let failed = incoming.is_error();
                match self.waiting.pop_front() {
                    Some(Waiting::Speak { reading, block }) => {
                        if failed {
                            // Not taking text after all.
                            log::warn!(
                                "read aloud: the speech service refused to speak: {incoming:?}"
                            );
                            self.in_text = false;
                            self.finish();
                            return self.release();
                        }
                        let text = (reading == self.reading && self.on)
                            .then(|| self.texts.get(block).and_then(|t| ssip::message(t)))
                            .flatten();
                        let waiting = if text.is_some() {
                            Waiting::Queued { reading, block }
                        } else {
                            Waiting::Ack
                        };
                        // Nothing (more) to say in it: a lone dot ends it.
                        let text = text.unwrap_or_else(|| ".\r\n".to_owned());
                        self.waiting.push_back(waiting);
                        self.in_text = false;
                        self.write(&text) && self.release()
                    }
                    Some(Waiting::Queued { reading, block }) => {
                        if failed {
                            log::warn!(
                                "read aloud: the speech service refused a text: {incoming:?}"
                            );
                            if reading == self.reading {
                                self.finish();
                            }
                        } else if reading == self.reading && self.on {
                            let id = lines.first().and_then(|l| l.trim().parse::<u64>().ok());
                            self.message = id.map(|id| (id, block));
                        }
                        true
                    }
                    Some(Waiting::Hello) => {
                        // Without notifications no block would follow the first.
                        if failed {
                            log::info!(
                                "read aloud: the speech service sends no events: {incoming:?}"
                            );
                        } else {
                            self.update(|s| s.ready = true);
                        }
                        true
                    }
                    Some(Waiting::Ack) | None => true,
                }
            }
        }
    }

    /// Start block `block`, or end the reading after the last.
    fn speak(&mut self, block: usize) -> bool {
        if !self.on || block >= self.texts.len() {
            self.finish();
            return true;
        }
        self.update(|s| s.progress.block = Some(block));
        let reading = self.reading;
        self.command(Command::Speak, Waiting::Speak { reading, block })
    }

    fn finish(&mut self) {
        self.on = false;
        self.message = None;
        self.update(|s| s.progress = Progress::default());
    }

    /// Send a command, or hold it while a text is being sent.
    fn command(&mut self, command: Command, waiting: Waiting) -> bool {
        if self.in_text {
            self.held.push_back((command, waiting));
            return true;
        }
        self.in_text = matches!(waiting, Waiting::Speak { .. });
        self.waiting.push_back(waiting);
        self.write(&format!("{}\r\n", command.line()))
    }

    /// Send what was held while a text went.
    fn release(&mut self) -> bool {
        while !self.in_text {
            let Some((command, waiting)) = self.held.pop_front() else {
                break;
            };
            if !self.command(command, waiting) {
                return false;
            }
        }
        true
    }

    /// Returns whether the server still listens.
    fn write(&mut self, text: &str) -> bool {
        match self.out.write_all(text.as_bytes()) {
            Ok(()) => true,
            Err(err) => {
                log::warn!("read aloud: the speech service went away: {err}");
                false
            }
        }
    }

    fn update(&self, change: impl FnOnce(&mut Shared)) {
        let changed = {
            let mut shared = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
            let before = (shared.ready, shared.progress);
            change(&mut shared);
            ((shared.ready, shared.progress) != before)
                .then(|| shared.changed.clone())
                .flatten()
        };
        if let Some(changed) = changed {
            changed();
        }
    }
}

/// Read the server's lines until it closes; hand each reply and event on.
fn read_server(input: UnixStream, to_writer: &Sender<Message>) {
    let mut parser = ssip::Parser::default();
    let mut reader = BufReader::new(input);
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                if let Some(incoming) = parser.line(&line)
                    && to_writer.send(Message::Server(incoming)).is_err()
                {
                    return;
                }
            }
        }
    }
    let _ = to_writer.send(Message::Gone);
}

#[cfg(test)]
mod tests;

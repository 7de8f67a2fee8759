//! The few lines of SSIP (the Speech Synthesis Interface Protocol of
//! speech-dispatcher) that read-aloud needs: commands out, replies and
//! events in. Lines end in CR LF; a reply is `NNN-…` lines closed by one
//! `NNN …` line; codes 700 to 705 are events sent whenever speech starts,
//! ends, is cancelled, paused or resumed (once notifications are on).
//!
//! Why not a client crate: `ssip-client-async` (and `ssip-client`, in
//! maintenance mode) give one blocking client that owns both halves of the
//! socket, so events can only be waited for with a read timeout that may
//! cut a three-line event in two and lose it; its generic `receive` panics
//! on a reply code it does not list; and it sends text lines as they are,
//! so a paragraph line that is a lone "." would end the message early.
//! What is needed here is small and tested below.

/// A command to the server, one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Who we are (shown in speech-dispatcher's logs and history).
    ClientName {
        user: String,
    },
    /// Send events for every message: begin, end, cancel, pause, resume.
    Notifications,
    /// The voice's language, an ISO 639 code like `en` or `es`.
    Language(String),
    /// Text to speak follows, once the server says it is ready (230).
    Speak,
    /// Stop this client's speech now and drop what is queued.
    Cancel,
    Pause,
    Resume,
    Quit,
}

impl Command {
    /// The command's line, without its line end.
    pub fn line(&self) -> String {
        match self {
            Self::ClientName { user } => {
                format!(
                    "SET self CLIENT_NAME {}:therapy-explorer:read-aloud",
                    name_part(user)
                )
            }
            Self::Notifications => "SET self NOTIFICATION all on".to_owned(),
            Self::Language(code) => format!("SET self LANGUAGE {code}"),
            Self::Speak => "SPEAK".to_owned(),
            Self::Cancel => "CANCEL self".to_owned(),
            Self::Pause => "PAUSE self".to_owned(),
            Self::Resume => "RESUME self".to_owned(),
            Self::Quit => "QUIT".to_owned(),
        }
    }
}

/// A part of the client name: no spaces or colons (they separate the parts).
fn name_part(text: &str) -> String {
    let part: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if part.is_empty() {
        "user".to_owned()
    } else {
        part
    }
}

/// The language code speech-dispatcher expects for a pack's language tag:
/// `es-US` → `es`.
pub fn language_code(tag: &str) -> String {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    if primary.is_empty() || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        "en".to_owned()
    } else {
        primary.to_ascii_lowercase()
    }
}

/// The text of a message as SSIP sends it after `SPEAK`: its lines, a line
/// that starts with a dot given a second one (so it cannot end the
/// message), then the lone dot that does. `None` when there is nothing to say.
pub fn message(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut out = String::new();
    for line in lines {
        if line.starts_with('.') {
            out.push('.');
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str(".\r\n");
    Some(out)
}

/// An event about a message (its id, when the server gave one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Begin(Option<u64>),
    End(Option<u64>),
    Cancelled(Option<u64>),
    Paused(Option<u64>),
    Resumed(Option<u64>),
    /// An index mark was reached (read-aloud sets none; ignored).
    IndexMark,
}

/// What the server sent: a reply to the oldest command still waiting for
/// one, or an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    Reply { code: u16, lines: Vec<String> },
    Event(Event),
}

impl Incoming {
    /// Whether a reply says the command failed (3xx, 4xx, 5xx).
    pub fn is_error(&self) -> bool {
        matches!(self, Self::Reply { code, .. } if (300..700).contains(code))
    }
}

/// Gathers lines into replies and events.
#[derive(Debug, Default)]
pub struct Parser {
    lines: Vec<String>,
}

impl Parser {
    /// Take one line (its line end may be there or not); a reply or event
    /// is returned when its last line has come. A line that is not SSIP is
    /// dropped with what was gathered.
    pub fn line(&mut self, line: &str) -> Option<Incoming> {
        let line = line.trim_end_matches(['\r', '\n']);
        let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
        let (Some(code), Some(sep)) = (code, line.get(3..4)) else {
            self.lines.clear();
            return None;
        };
        let rest = line.get(4..).unwrap_or_default().to_owned();
        match sep {
            "-" => {
                self.lines.push(rest);
                None
            }
            " " => {
                let lines = std::mem::take(&mut self.lines);
                Some(incoming(code, lines))
            }
            _ => {
                self.lines.clear();
                None
            }
        }
    }
}

fn incoming(code: u16, lines: Vec<String>) -> Incoming {
    let message = lines.first().and_then(|l| l.trim().parse::<u64>().ok());
    let event = match code {
        700 => Event::IndexMark,
        701 => Event::Begin(message),
        702 => Event::End(message),
        703 => Event::Cancelled(message),
        704 => Event::Paused(message),
        705 => Event::Resumed(message),
        _ => return Incoming::Reply { code, lines },
    };
    Incoming::Event(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_the_lines_speech_dispatcher_knows() {
        assert_eq!(
            Command::ClientName {
                user: "ana maría".into()
            }
            .line(),
            "SET self CLIENT_NAME anamara:therapy-explorer:read-aloud"
        );
        assert_eq!(
            Command::Language("es".into()).line(),
            "SET self LANGUAGE es"
        );
        assert_eq!(Command::Cancel.line(), "CANCEL self");
        assert_eq!(language_code("es-US"), "es");
        assert_eq!(language_code("en"), "en");
        assert_eq!(language_code(" "), "en");
    }

    #[test]
    fn a_message_cannot_end_early() {
        assert_eq!(
            message("One line.\n.\n..and dots\n\nlast").as_deref(),
            Some("One line.\r\n..\r\n...and dots\r\nlast\r\n.\r\n")
        );
        assert_eq!(message("  \n"), None);
    }

    #[test]
    fn replies_and_events_are_gathered_from_lines() {
        let mut parser = Parser::default();
        assert_eq!(parser.line("225-21\r\n"), None);
        assert_eq!(
            parser.line("225 OK MESSAGE QUEUED\r\n"),
            Some(Incoming::Reply {
                code: 225,
                lines: vec!["21".into()]
            })
        );
        assert_eq!(parser.line("702-21"), None);
        assert_eq!(parser.line("702-3"), None);
        assert_eq!(
            parser.line("702 END"),
            Some(Incoming::Event(Event::End(Some(21))))
        );
        let error = parser.line("401 ERR INVALID LANGUAGE").expect("a reply");
        assert!(error.is_error());
        // Not SSIP: dropped, and nothing half-gathered is kept.
        assert_eq!(parser.line("702-9"), None);
        assert_eq!(parser.line("hello"), None);
        assert_eq!(
            parser.line("230 OK RECEIVING DATA"),
            Some(Incoming::Reply {
                code: 230,
                lines: Vec::new()
            })
        );
    }
}

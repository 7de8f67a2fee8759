//! The visit: where the reader is and what they opened. Plain data, no egui.
//! (Which screen draws each [`Route`], and which link opens it, is the one
//! list in `ui::screens`.)
//!
//! A kiosk reset is `visit = VisitState::default()`; tests compare a visit
//! with a fresh one to prove nothing is left behind.

use crate::content::{Format, LinkTarget};

/// A place in the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    #[default]
    Home,
    /// The comparison, optionally scrolled to a row.
    Compare {
        row: Option<String>,
    },
    Benefits,
    Card(String),
    Approaches,
    Approach(String),
    Pages,
    Page(String),
    /// Every reference, optionally scrolled to one.
    Sources {
        focus: Option<String>,
    },
    /// Search (at home) or topics (on a kiosk).
    Search,
    /// "Which fits me?": the guided reflection.
    Decide,
    /// "At this clinic": the clinic's groups and services, and how to start.
    Clinic,
    /// "Save a handout…" (at home only).
    Handout,
}

impl Route {
    /// The id of the item a place shows (a card, an approach, a page).
    /// What a place has to scroll to is not part of it.
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Card(id) | Self::Approach(id) | Self::Page(id) => Some(id),
            Self::Home
            | Self::Compare { .. }
            | Self::Benefits
            | Self::Approaches
            | Self::Pages
            | Self::Sources { .. }
            | Self::Search
            | Self::Decide
            | Self::Clinic
            | Self::Handout => None,
        }
    }
}

/// Which cards the Benefits screen shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BenefitFilter {
    #[default]
    Both,
    Only(Format),
}

/// Something shown over the current screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// Crisis contacts.
    Help,
    /// What this information is, who wrote it, review dates.
    About,
    /// A link to a website was pressed.
    ExternalLink(String),
    /// Text size and colours.
    Display,
    /// The list of keyboard shortcuts.
    Shortcuts,
    /// What a folded top bar has no room for.
    Menu,
}

/// Everything about the current visit. Default is a fresh start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VisitState {
    pub route: Route,
    /// Places to go back to, most recent last.
    pub history: Vec<Route>,
    pub benefit_filter: BenefitFilter,
    pub overlay: Option<Overlay>,
    /// A row or source to scroll into view once, after navigating.
    pub scroll_to: Option<String>,
    /// What is typed in search (or the topic chosen on a kiosk).
    pub search: String,
    /// Words to highlight on the page opened from a search result.
    pub highlight: Vec<String>,
    /// Scroll to the first highlighted word once.
    pub scroll_to_highlight: bool,
    /// Where the reader is in "Which fits me?", and their answers.
    pub decision: DecisionState,
    /// What the reader picked for a handout (at home), and where it went.
    pub handout: crate::handout::HandoutState,
}

/// Progress through "Which fits me?". Kept only for this visit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecisionState {
    /// 0 is the introduction, 1..=n the questions, n + 1 the result.
    pub step: usize,
    /// The chosen answer (index into the question's answers) per question.
    pub answers: Vec<Option<usize>>,
}

impl DecisionState {
    pub fn answer(&self, question: usize) -> Option<usize> {
        self.answers.get(question).copied().flatten()
    }

    /// One step of "Which fits me?" with `count` questions. Answers are
    /// kept when moving back and forth.
    pub fn apply(&mut self, count: usize, command: DecideCommand) {
        self.answers.resize(count, None);
        match command {
            DecideCommand::Start => self.step = 1,
            DecideCommand::Answer { question, answer } => {
                if let Some(slot) = self.answers.get_mut(question) {
                    *slot = Some(answer);
                    self.step = question + 2;
                }
            }
            // "Skip" on an unanswered question, "Next" on an answered one:
            // either way the answer (if any) is kept, so going back and on
            // loses nothing.
            DecideCommand::Skip => self.step = (self.step + 1).min(count + 1),
            DecideCommand::Back => self.step = self.step.saturating_sub(1),
            DecideCommand::Restart => {
                self.answers = vec![None; count];
                self.step = 1;
            }
        }
    }
}

/// Presses in "Which fits me?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecideCommand {
    /// From the introduction (or the result, to change answers): the first question.
    Start,
    /// Answer the current question and move on.
    Answer { question: usize, answer: usize },
    /// Move on to the next question (an answer already given is kept).
    Skip,
    /// The previous step, keeping every answer.
    Back,
    /// Forget the answers and begin again.
    Restart,
}

/// How far back "Back" can go.
pub const MAX_HISTORY: usize = 64;

/// A change the UI asks for while drawing; applied after the frame.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    Go(Route),
    Back,
    Home,
    Follow(LinkTarget),
    Show(Overlay),
    CloseOverlay,
    Filter(BenefitFilter),
    /// Open a web address outside the app (home use only).
    OpenExternal(String),
    /// End the visit now and start afresh (kiosk "Start over").
    StartOver,
    Kiosk(KioskCommand),
    Display(DisplayCommand),
    /// Show the pack and the interface in another of the pack's languages
    /// (a tag like `es-US`), on the same screen.
    SetLanguage(String),
    /// Open search (Ctrl+F or the Search button) and put the cursor in it.
    OpenSearch,
    /// Set the search text (a kiosk topic button).
    SetSearch(String),
    Decide(DecideCommand),
    /// Open a search result, highlighting the words that matched.
    OpenResult {
        target: LinkTarget,
        highlight: Vec<String>,
    },
    /// "Save a handout…" (home use only: a kiosk writes no files).
    Handout(crate::handout::HandoutCommand),
    /// "Read this page" aloud, pause, go on, stop.
    ReadAloud(ReadAloudCommand),
}

/// What the read-aloud control asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadAloudCommand {
    /// Read the screen from its top.
    Start,
    Pause,
    Resume,
    Stop,
}

/// Something staff should know, shown on the screen. These are facts, not
/// words: the interface turns each into a sentence in the reader's
/// language (`ui::chrome::staff_notice`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffNote {
    /// The pack in `folder` has `count` errors: what is broken is left out.
    PackProblems { folder: String, count: usize },
    /// The same on a kiosk, where the public can read it too: no folder name.
    KioskPackProblems { count: usize },
    /// The kiosk config file has problems: defaults, with no staff PIN.
    KioskConfig,
    /// A kiosk refused its signed pack (tampered, unsigned, too old) and
    /// shows the previous verified one, version `version`.
    KioskPackRefusedPrevious { version: String },
    /// A kiosk refused its signed pack and has no verified one: it shows
    /// the built-in general information with only the site's crisis contacts.
    KioskPackRefused,
}

/// Changes to text size, colours and Easy Read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplayCommand {
    Larger,
    Smaller,
    ResetSize,
    Theme(crate::settings::ThemeChoice),
    /// Easy Read on or off.
    EasyRead(bool),
}

/// Presses on the kiosk's own screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskCommand {
    /// The attract screen was touched.
    StartVisit,
    /// "Keep reading" on the idle overlay.
    KeepReading,
    PinDigit(char),
    PinClear,
    PinCancel,
    PinSubmit,
}

impl VisitState {
    /// Move to a new place, remembering the current one for Back.
    pub fn go(&mut self, route: Route) {
        self.scroll_to = match &route {
            Route::Compare { row } => row.clone(),
            Route::Sources { focus } => focus.clone(),
            _ => None,
        };
        self.highlight.clear();
        self.scroll_to_highlight = false;
        if route == self.route {
            return;
        }
        let previous = std::mem::replace(&mut self.route, route);
        self.history.push(previous);
        if self.history.len() > MAX_HISTORY {
            self.history.remove(0);
        }
    }

    /// Go back one step. Returns false when there is nowhere to go back to.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(route) => {
                self.route = route;
                self.scroll_to = None;
                // Marks from a search belong to the page it opened.
                self.highlight.clear();
                self.scroll_to_highlight = false;
                true
            }
            None => false,
        }
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_returns_to_previous_places() {
        let mut visit = VisitState::default();
        visit.go(Route::Benefits);
        visit.go(Route::Card("peer-support".into()));
        visit.go(Route::Card("peer-support".into()));
        assert_eq!(visit.history.len(), 2);
        assert!(visit.back());
        assert_eq!(visit.route, Route::Benefits);
        assert!(visit.back());
        assert_eq!(visit.route, Route::Home);
        assert!(!visit.back());
    }

    #[test]
    fn history_is_bounded() {
        let mut visit = VisitState::default();
        for i in 0..200 {
            visit.go(Route::Page(format!("p{i}")));
        }
        assert_eq!(visit.history.len(), MAX_HISTORY);
    }
}

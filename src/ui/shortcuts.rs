//! The keyboard shortcuts: one table, read both by the key handler and by
//! the "Keyboard shortcuts" list (F1, or "Keys…").

use egui::{Key, Modifiers, RichText, Ui};

use super::View;
use super::theme::{self, size};
use crate::state::{Command, DisplayCommand, Overlay};

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    /// Tab and Shift+Tab: egui moves the focus itself (listed for readers).
    MoveFocus,
    /// Enter or Space: egui presses the focused control itself.
    Press,
    /// Back, or close the window on top.
    Back,
    Home,
    Search,
    /// Esc: windows close themselves; on search it goes back.
    LeaveSearch,
    Larger,
    Smaller,
    ResetSize,
    ShowShortcuts,
    /// The reading path (`reading`): a step along the screen's text.
    Read(ReadingMove),
}

/// A step along the reading path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadingMove {
    /// The next heading, paragraph, list item, cell or card.
    Next,
    Previous,
    NextHeading,
    PreviousHeading,
}

/// A key with its modifiers.
#[derive(Clone, Copy, Debug)]
struct Chord {
    modifiers: Modifiers,
    key: Key,
    /// Whether it still works while the cursor is in a text box
    /// (Backspace there deletes a letter).
    while_typing: bool,
}

const fn chord(modifiers: Modifiers, key: Key) -> Chord {
    Chord {
        modifiers,
        key,
        while_typing: true,
    }
}

/// One keyboard shortcut.
#[derive(Clone, Copy, Debug)]
pub struct Shortcut {
    /// Catalogue key of the keys, as the list writes them ("Ctrl+F").
    pub keys: &'static str,
    /// Catalogue key of what they do.
    pub what: &'static str,
    action: Action,
    /// Any of these does it (none: egui handles it).
    chords: &'static [Chord],
    /// Only at home: on a kiosk it would advertise keys that do nothing
    /// there (Ctrl+F), or open a list meant for keyboard readers at home.
    home_only: bool,
}

/// A reading key: never while typing (a text box keeps its arrows and letters).
const fn reading_chord(modifiers: Modifiers, key: Key) -> Chord {
    Chord {
        modifiers,
        key,
        while_typing: false,
    }
}

/// Every keyboard shortcut, in the order the list shows them.
pub static SHORTCUTS: [Shortcut; 14] = [
    Shortcut {
        keys: "shortcuts-focus-keys",
        what: "shortcuts-focus",
        action: Action::MoveFocus,
        chords: &[],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-press-keys",
        what: "shortcuts-press",
        action: Action::Press,
        chords: &[],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-read-next-keys",
        what: "shortcuts-read-next",
        action: Action::Read(ReadingMove::Next),
        chords: &[reading_chord(Modifiers::NONE, Key::ArrowDown)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-read-previous-keys",
        what: "shortcuts-read-previous",
        action: Action::Read(ReadingMove::Previous),
        chords: &[reading_chord(Modifiers::NONE, Key::ArrowUp)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-next-heading-keys",
        what: "shortcuts-next-heading",
        action: Action::Read(ReadingMove::NextHeading),
        chords: &[reading_chord(Modifiers::NONE, Key::H)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-previous-heading-keys",
        what: "shortcuts-previous-heading",
        action: Action::Read(ReadingMove::PreviousHeading),
        chords: &[reading_chord(Modifiers::SHIFT, Key::H)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-back-keys",
        what: "shortcuts-back",
        action: Action::Back,
        chords: &[
            chord(Modifiers::ALT, Key::ArrowLeft),
            Chord {
                modifiers: Modifiers::NONE,
                key: Key::Backspace,
                while_typing: false,
            },
        ],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-home-keys",
        what: "shortcuts-home",
        action: Action::Home,
        chords: &[chord(Modifiers::ALT, Key::Home)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-search-keys",
        what: "shortcuts-search",
        action: Action::Search,
        chords: &[chord(Modifiers::COMMAND, Key::F)],
        home_only: true,
    },
    Shortcut {
        keys: "shortcuts-close-keys",
        what: "shortcuts-close",
        action: Action::LeaveSearch,
        chords: &[chord(Modifiers::NONE, Key::Escape)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-larger-keys",
        what: "shortcuts-larger",
        action: Action::Larger,
        chords: &[
            chord(Modifiers::COMMAND, Key::Plus),
            chord(Modifiers::COMMAND, Key::Equals),
            chord(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Equals),
        ],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-smaller-keys",
        what: "shortcuts-smaller",
        action: Action::Smaller,
        chords: &[chord(Modifiers::COMMAND, Key::Minus)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-reset-keys",
        what: "shortcuts-reset",
        action: Action::ResetSize,
        chords: &[chord(Modifiers::COMMAND, Key::Num0)],
        home_only: false,
    },
    Shortcut {
        keys: "shortcuts-help-keys",
        what: "shortcuts-help",
        action: Action::ShowShortcuts,
        chords: &[chord(Modifiers::NONE, Key::F1)],
        home_only: true,
    },
];

/// Where the reader is when a key is pressed.
#[derive(Clone, Copy, Debug)]
pub struct KeyContext {
    pub kiosk: bool,
    /// The cursor is in a text box.
    pub typing: bool,
    pub on_search: bool,
    /// A window is open on top.
    pub overlay: bool,
}

impl Action {
    /// The command this shortcut gives here, if it does anything here.
    fn command(self, at: KeyContext) -> Option<Command> {
        Some(match self {
            // egui's own, and the reading path's (`reading_move`).
            Self::MoveFocus | Self::Press | Self::Read(_) => return None,
            // With a window open on top, "back" closes just that window:
            // the page beneath stays where the reader left it.
            Self::Back if at.overlay => Command::CloseOverlay,
            Self::Back => Command::Back,
            Self::Home => Command::Home,
            Self::Search => Command::OpenSearch,
            // Windows close themselves on Esc; it only leaves search.
            Self::LeaveSearch if at.on_search && !at.overlay => Command::Back,
            Self::LeaveSearch => return None,
            Self::Larger => Command::Display(DisplayCommand::Larger),
            Self::Smaller => Command::Display(DisplayCommand::Smaller),
            Self::ResetSize => Command::Display(DisplayCommand::ResetSize),
            Self::ShowShortcuts => Command::Show(Overlay::Shortcuts),
        })
    }
}

impl Shortcut {
    /// Whether the list shows it here.
    pub fn shown(&self, kiosk: bool) -> bool {
        !(kiosk && self.home_only)
    }
}

/// The commands this frame's keys give. A key that does nothing here is
/// left for egui (Esc closes a window).
pub fn commands(ctx: &egui::Context, at: KeyContext) -> Vec<Command> {
    let mut commands = Vec::new();
    ctx.input_mut(|i| {
        for shortcut in SHORTCUTS.iter().filter(|s| s.shown(at.kiosk)) {
            let Some(command) = shortcut.action.command(at) else {
                continue;
            };
            let pressed = shortcut.chords.iter().any(|chord| {
                (chord.while_typing || !at.typing) && i.consume_key(chord.modifiers, chord.key)
            });
            if pressed {
                commands.push(command);
            }
        }
    });
    commands
}

/// The step along the reading path that this frame's keys ask for, if any
/// (the key is used up). `arrows`: whether Down and Up are free for it (an
/// answer of "Which fits me?" keeps them). Not while typing: the caller
/// asks only when no text box has the cursor.
pub fn reading_move(ctx: &egui::Context, arrows: bool) -> Option<ReadingMove> {
    ctx.input_mut(|i| {
        SHORTCUTS.iter().find_map(|shortcut| {
            let Action::Read(step) = shortcut.action else {
                return None;
            };
            let pressed = shortcut.chords.iter().any(|chord| {
                let arrow = matches!(chord.key, Key::ArrowDown | Key::ArrowUp);
                (arrows || !arrow) && consume_exactly(i, chord.modifiers, chord.key)
            });
            pressed.then_some(step)
        })
    })
}

/// Use up presses of `key` with exactly these modifiers (egui's
/// `consume_key` would take Shift+H for H, and Alt+Down for Down).
fn consume_exactly(i: &mut egui::InputState, modifiers: Modifiers, key: Key) -> bool {
    let before = i.events.len();
    i.events.retain(|event| {
        !matches!(event, egui::Event::Key { key: k, modifiers: m, pressed: true, .. }
            if *k == key && m.matches_exact(modifiers))
    });
    i.events.len() != before
}

/// The "Keyboard shortcuts" window's contents.
/// (Its heading is the window's: see `overlays`.)
pub fn list_ui(ui: &mut Ui, view: &View<'_>) {
    // Two columns that wrap (longer languages, large text): the keys, then
    // what they do, on striped rows.
    let width = ui.available_width();
    let gap = theme::space::L;
    let keys_width = ((width - gap) * 0.4).clamp(1.0, 260.0);
    let what_width = (width - keys_width - gap).max(1.0);
    let stripe = ui.visuals().faint_bg_color;
    for (index, shortcut) in SHORTCUTS.iter().filter(|s| s.shown(view.kiosk)).enumerate() {
        let background = ui.painter().add(egui::Shape::Noop);
        let row = ui
            .horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                let column = |ui: &mut Ui, w: f32, text: RichText| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(w, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(w);
                            ui.add_space(theme::space::XS);
                            ui.add(egui::Label::new(text).wrap());
                            ui.add_space(theme::space::XS);
                        },
                    );
                };
                column(
                    ui,
                    keys_width,
                    RichText::new(view.tr(shortcut.keys)).font(theme::bold_font(size::BODY)),
                );
                column(
                    ui,
                    what_width,
                    RichText::new(view.tr(shortcut.what)).size(size::BODY),
                );
            })
            .response
            .rect;
        if index % 2 == 1 {
            ui.painter().set(
                background,
                egui::Shape::rect_filled(
                    row,
                    egui::CornerRadius::same(theme::radius::SMALL),
                    stripe,
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shortcut the app handles does something somewhere; the two
    /// egui handles have no keys of their own here.
    #[test]
    fn every_handled_shortcut_has_keys() {
        let anywhere = [false, true].into_iter().flat_map(|overlay| {
            [false, true].map(|on_search| KeyContext {
                kiosk: false,
                typing: false,
                on_search,
                overlay,
            })
        });
        let contexts: Vec<KeyContext> = anywhere.collect();
        for shortcut in &SHORTCUTS {
            let handled = matches!(shortcut.action, Action::Read(_))
                || contexts
                    .iter()
                    .any(|at| shortcut.action.command(*at).is_some());
            assert_eq!(handled, !shortcut.chords.is_empty(), "{}", shortcut.keys);
        }
    }
}

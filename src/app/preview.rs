//! Live preview (`--watch`): the app follows a pack folder while staff edit
//! it. A clean pack replaces the shown one in place (same screen, same
//! language); a pack with errors keeps the last good one on screen and its
//! problems in a panel, in the words of `check`, until they are fixed.

use std::path::{Path, PathBuf};

use crate::content::{PackFiles, Problem};
use crate::watch::{PackWatcher, Reload, WatchMode, reload};

use super::pack::PackEditions;

/// The watcher and what the last reload found.
pub struct Preview {
    watcher: PackWatcher,
    folder: PathBuf,
    /// The errors of the last reload that could not be shown; empty when
    /// the pack on screen is the folder as it is now.
    pub problems: Vec<Problem>,
}

/// What a change in the folder means for the screen.
pub enum Change {
    /// Show these editions in place of the old ones.
    Show(PackEditions),
    /// Keep the old ones: the pack now has errors (now in `problems`).
    Broken,
}

impl Preview {
    /// Watch `folder`; a change asks `ctx` for a frame. `None` (logged) when
    /// the folder cannot be watched: the app still shows the pack.
    pub fn start(ctx: &egui::Context, folder: &Path, mode: WatchMode) -> Option<Self> {
        let ctx = ctx.clone();
        match PackWatcher::new(folder, mode, move || ctx.request_repaint()) {
            Ok(watcher) => {
                log::info!("watching {} for changes ({mode:?})", folder.display());
                Some(Self {
                    watcher,
                    folder: folder.to_path_buf(),
                    problems: Vec::new(),
                })
            }
            Err(err) => {
                log::error!("cannot watch {}: {err}", folder.display());
                None
            }
        }
    }

    /// What changed since the last frame, if anything (never blocks).
    pub fn poll(&mut self) -> Option<Change> {
        if !self.watcher.changed() {
            return None;
        }
        match reload(&self.folder) {
            Reload::Clean(loaded) => {
                self.problems.clear();
                let files = PackFiles::Dir(self.folder.clone());
                let loaded = *loaded;
                Some(Change::Show(PackEditions {
                    packs: std::iter::once(loaded.pack)
                        .chain(loaded.translations)
                        .collect(),
                    words: crate::i18n::pack_sources(&files),
                    built_in: false,
                    note: None,
                }))
            }
            Reload::Broken(problems) => {
                for problem in problems.iter().filter(|p| p.is_error()) {
                    log::warn!("{problem}");
                }
                self.problems = problems.into_iter().filter(Problem::is_error).collect();
                Some(Change::Broken)
            }
        }
    }
}

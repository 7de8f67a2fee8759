//! Live preview for staff: watch a pack folder and say when it changed.
//!
//! No egui here: the app passes a closure that wakes it (it calls
//! `egui::Context::request_repaint`), then asks [`PackWatcher::changed`]
//! once a frame, which never blocks. The app reloads the pack itself.
//!
//! The whole folder is watched, recursively, not its files: editors save by
//! writing a new file and renaming it over the old one, which a watch on the
//! old file would miss. Events are debounced (an editor's save is several
//! events), and reading the pack back (which the operating system reports
//! as "opened" and "read") does not count as a change, or a reload would
//! trigger the next one for ever.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, NoCache, RecommendedCache, new_debouncer_opt,
};

/// How long the folder must be quiet before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(400);
/// How often the polling watcher looks at every file.
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// How to notice changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchMode {
    /// The operating system says when a file changes (inotify on Linux).
    Events,
    /// Read every file once a second and compare: for network shares (SMB,
    /// NFS), where change events never arrive. A pack is a few hundred KB.
    Poll,
}

/// Why a folder cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("cannot watch {folder}: there is no folder there")]
    NoFolder { folder: String },
    #[error(
        "cannot watch {folder}: {reason} (on a network share, try `--watch=poll`; on Linux, the \
         limit of watched folders is /proc/sys/fs/inotify/max_user_watches)"
    )]
    Notify { folder: String, reason: String },
}

/// The debouncer, held only for its `Drop`, which stops its threads.
#[expect(dead_code, reason = "held, never read: dropping it stops watching")]
enum Inner {
    Events(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

/// Watches a pack folder. Dropping it stops watching.
pub struct PackWatcher {
    changed: Arc<AtomicBool>,
    folder: PathBuf,
    mode: WatchMode,
    _inner: Inner,
}

impl std::fmt::Debug for PackWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackWatcher")
            .field("folder", &self.folder)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

impl PackWatcher {
    /// Start watching `folder` and everything in it. `on_change` is called
    /// from the watcher's own thread after each debounced change (and after
    /// a watcher error, since something may have changed): make it cheap,
    /// like `move || ctx.request_repaint()`.
    ///
    /// # Errors
    /// When the folder does not exist, or the system refuses to watch it.
    pub fn new(
        folder: &Path,
        mode: WatchMode,
        on_change: impl Fn() + Send + 'static,
    ) -> Result<Self, WatchError> {
        let name = folder.display().to_string();
        if !folder.is_dir() {
            return Err(WatchError::NoFolder { folder: name });
        }
        let notify_error = |err: notify::Error| WatchError::Notify {
            folder: name.clone(),
            reason: err.to_string(),
        };
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let handler = move |result: DebounceEventResult| {
            let relevant = match &result {
                Ok(events) => events.iter().any(|e| is_change(e.kind)),
                Err(errors) => {
                    for error in errors {
                        log::warn!("watching the pack: {error}");
                    }
                    true
                }
            };
            if relevant {
                flag.store(true, Ordering::SeqCst);
                on_change();
            }
        };
        let inner = match mode {
            WatchMode::Events => {
                let mut debouncer = new_debouncer_opt::<_, RecommendedWatcher, _>(
                    DEBOUNCE,
                    None,
                    handler,
                    RecommendedCache::new(),
                    notify::Config::default(),
                )
                .map_err(notify_error)?;
                debouncer
                    .watch(folder, RecursiveMode::Recursive)
                    .map_err(notify_error)?;
                Inner::Events(debouncer)
            }
            WatchMode::Poll => {
                let mut debouncer = new_debouncer_opt::<_, PollWatcher, _>(
                    DEBOUNCE,
                    None,
                    handler,
                    NoCache,
                    // notify's poller compares modification times in whole
                    // seconds, so a second save within the same second would
                    // be missed: compare contents too (a pack is small).
                    notify::Config::default()
                        .with_poll_interval(POLL_INTERVAL)
                        .with_compare_contents(true),
                )
                .map_err(notify_error)?;
                debouncer
                    .watch(folder, RecursiveMode::Recursive)
                    .map_err(notify_error)?;
                Inner::Poll(debouncer)
            }
        };
        Ok(Self {
            changed,
            folder: folder.to_path_buf(),
            mode,
            _inner: inner,
        })
    }

    /// Whether anything in the folder changed since the last call. Never
    /// blocks: call it every frame, and reload the pack when it says so.
    pub fn changed(&self) -> bool {
        self.changed.swap(false, Ordering::SeqCst)
    }

    /// The folder watched.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    pub fn mode(&self) -> WatchMode {
        self.mode
    }
}

/// A pack read again after a change.
#[derive(Debug)]
pub enum Reload {
    /// No errors (warnings allowed): show it in place of the old one.
    Clean(Box<crate::content::Loaded>),
    /// Errors: keep showing the last good pack, and list these for staff
    /// (each prints as `file:line:col: error: …`, the words of `check`).
    Broken(Vec<crate::content::Problem>),
}

/// Read the pack in `folder` again, as `check` does, and say whether it
/// can replace the one on screen.
pub fn reload(folder: &Path) -> Reload {
    let loaded = crate::content::load(&crate::content::PackFiles::Dir(folder.to_path_buf()));
    if loaded.error_count() == 0 {
        Reload::Clean(Box::new(loaded))
    } else {
        Reload::Broken(loaded.problems)
    }
}

/// Whether an event can change what the pack holds. Opening and reading a
/// file (the app reloading the pack) and access times do not.
fn is_change(kind: EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_)
        | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, RemoveKind, RenameMode};

    #[test]
    fn reading_is_not_a_change() {
        assert!(!is_change(EventKind::Access(AccessKind::Open(
            AccessMode::Read
        ))));
        assert!(!is_change(EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(!is_change(EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(is_change(EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_change(EventKind::Create(CreateKind::File)));
        assert!(is_change(EventKind::Remove(RemoveKind::File)));
        assert!(is_change(EventKind::Modify(ModifyKind::Name(
            RenameMode::Both
        ))));
        assert!(is_change(EventKind::Any));
    }
}

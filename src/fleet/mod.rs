//! Signed packs for a group of kiosks: the manifest staff sign with
//! minisign, the check a kiosk makes before it shows a pack, and what it
//! shows when a pack is refused.
//!
//! No egui here. The app calls [`choose_kiosk_content`] once at start and
//! loads what it says.
//!
//! **What a kiosk with a `public_key` shows.** Its config's `content`
//! folder, if that pack verifies ([`verify_pack`]); else `<content>.previous`
//! (the roll-out keeps the last good pack there: see the README), if that
//! one verifies; else the built-in general content with only the config's
//! own `crisis_contacts`, or none, so that "Need help now?" shows the
//! region-neutral words, never the built-in pack's US numbers
//! ([`keep_only_site_contacts`]). It never shows a pack that did not verify,
//! not even in part.

pub mod manifest;
pub mod verify;
pub mod version;

use std::path::{Path, PathBuf};

pub use manifest::{MANIFEST_FILE, Manifest, Mismatch, SIGNATURE_FILE};
pub use verify::{VerifiedPack, VerifyError, parse_public_key, verify_pack};
pub use version::PackVersion;

use crate::content::Pack;
use crate::kiosk::KioskConfig;

/// The suffix of the folder that holds the last good pack, next to `content`.
pub const PREVIOUS_SUFFIX: &str = ".previous";

/// `/opt/therapy-explorer/pack` → `/opt/therapy-explorer/pack.previous`.
pub fn previous_dir(content: &Path) -> PathBuf {
    let mut name = content.as_os_str().to_owned();
    name.push(PREVIOUS_SUFFIX);
    PathBuf::from(name)
}

/// What a kiosk shows, decided once at start.
#[derive(Clone, Debug)]
pub enum KioskContent {
    /// The config names no `content`: the built-in pack.
    BuiltIn,
    /// The config names `content` but no `public_key`: the folder, loaded as
    /// at home (`content::load_for_app`).
    Folder(PathBuf),
    /// A signed pack that verified: load `pack.files`
    /// (`content::load(&pack.files)`), never the folder again.
    Signed {
        dir: PathBuf,
        pack: VerifiedPack,
        /// It is the `.previous` pack: the newer one was refused.
        previous: bool,
    },
    /// No pack verified: the built-in general content, after
    /// [`keep_only_site_contacts`] (in every language shown).
    Refused,
}

/// The kiosk's content and why any pack was refused.
#[derive(Clone, Debug)]
pub struct KioskChoice {
    pub content: KioskContent,
    /// Each folder refused, with the reason, in the order tried.
    pub refused: Vec<(PathBuf, VerifyError)>,
}

impl KioskChoice {
    /// A staff note for the screen when a pack was refused (no folder
    /// names: the public can read it too), `None` when all is well.
    pub fn staff_note(&self) -> Option<String> {
        let (_, first) = self.refused.first()?;
        let shown = match &self.content {
            KioskContent::Signed { pack, .. } => {
                format!("it shows the previous pack, version {}", pack.version)
            }
            _ => "it shows the built-in general information and this site's own crisis contacts"
                .to_owned(),
        };
        Some(format!(
            "Staff note: this kiosk refused its content pack, so {shown}. {first} \
             Run `therapy-explorer verify` on the pack's folder."
        ))
    }
}

/// Decide what a kiosk with this config shows, verifying signed packs.
/// Refusals are logged (the kiosk's log goes only where its config says).
pub fn choose_kiosk_content(config: &KioskConfig) -> KioskChoice {
    let Some(content) = config.content.clone() else {
        return KioskChoice {
            content: KioskContent::BuiltIn,
            refused: Vec::new(),
        };
    };
    let Some(key) = config.public_key.as_deref() else {
        return KioskChoice {
            content: KioskContent::Folder(content),
            refused: Vec::new(),
        };
    };
    let mut refused = Vec::new();
    for (dir, previous) in [(content.clone(), false), (previous_dir(&content), true)] {
        // No previous pack is the usual case, not a refusal.
        if previous && !dir.exists() {
            break;
        }
        match verify_pack(&dir, key, config.min_pack_version.as_deref()) {
            Ok(pack) => {
                log::info!(
                    "{}: signed pack version {}, {} files verified",
                    dir.display(),
                    pack.version,
                    pack.file_count
                );
                return KioskChoice {
                    content: KioskContent::Signed {
                        dir,
                        pack,
                        previous,
                    },
                    refused,
                };
            }
            Err(err) => {
                log::error!("{}: pack refused: {err}", dir.display());
                let config_wrong = matches!(
                    err,
                    VerifyError::BadPublicKey | VerifyError::BadMinVersion(_)
                );
                refused.push((dir, err));
                // A broken key or minimum refuses every pack alike.
                if config_wrong {
                    break;
                }
            }
        }
    }
    KioskChoice {
        content: KioskContent::Refused,
        refused,
    }
}

/// Crisis contacts are never borrowed: when a kiosk falls back to the
/// built-in pack because its own was refused, "Need help now?" shows the
/// site's own contacts from the kiosk config, or none (then the app shows
/// only "call your local emergency number"), never the built-in pack's,
/// which are for the US. Apply it to every language of the pack.
pub fn keep_only_site_contacts(pack: &mut Pack, config: &KioskConfig) {
    pack.info
        .crisis_contacts
        .clone_from(&config.crisis_contacts);
}

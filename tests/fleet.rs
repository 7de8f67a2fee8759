//! Signed packs for a fleet of kiosks: the manifest, verification with the
//! committed TEST key (tests/fixtures/signing/README.md), what a kiosk shows
//! when a pack is refused, and `export-pack`.

// Test helpers may fail loudly: a panic is a test failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use therapy_explorer::content::{self, ItemKind, Pack, PackFiles};
use therapy_explorer::fleet::{
    self, KioskContent, VerifyError, choose_kiosk_content, keep_only_site_contacts, verify_pack,
};
use therapy_explorer::kiosk::KioskConfig;

fn signing() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/signing")
}

fn fixture(name: &str) -> PathBuf {
    signing().join(name)
}

/// The public half of the committed test key, as `minisign -G` prints it.
fn test_key() -> String {
    let text = std::fs::read_to_string(signing().join("test-key-NOT-SECRET.pub")).unwrap();
    text.lines().last().unwrap().to_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "therapy-explorer-fleet-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn refusal(name: &str, min: Option<&str>) -> String {
    match verify_pack(&fixture(name), &test_key(), min) {
        Ok(pack) => panic!("{name} verified as version {}", pack.version),
        Err(err) => err.to_string(),
    }
}

/// Ids of every item, by kind.
type Ids = Vec<(ItemKind, BTreeSet<String>)>;

/// Ids of every item, by kind: what a reader can reach.
fn item_ids(pack: &Pack) -> Ids {
    ItemKind::ALL
        .into_iter()
        .map(|kind| {
            let ids = pack
                .items_of(kind)
                .iter()
                .map(|item| item.id.to_owned())
                .collect();
            (kind, ids)
        })
        .collect()
}

#[test]
fn a_good_signed_pack_loads_exactly_as_verified() {
    let verified = verify_pack(&fixture("good"), &test_key(), Some("2026.11.30")).unwrap();
    assert_eq!(verified.version.to_string(), "2026.11.30");
    assert_eq!(verified.file_count, 8);
    let loaded = content::load(&verified.files);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.problems);
    let from_folder = content::load(&PackFiles::Dir(fixture("good")));
    assert_eq!(item_ids(&loaded.pack), item_ids(&from_folder.pack));
    assert_eq!(loaded.pack.info.title, "Test pack");
    // The whole `.pub` file works as well as its key line.
    let whole = std::fs::read_to_string(signing().join("test-key-NOT-SECRET.pub")).unwrap();
    assert!(verify_pack(&fixture("good"), &whole, None).is_ok());
}

#[test]
fn each_tampered_or_mistaken_pack_is_refused_with_its_message() {
    assert_eq!(
        refusal("changed-byte", None),
        "The pack's files differ from its signed manifest: `pack.ron` was changed."
    );
    assert_eq!(
        refusal("added-file", None),
        "The pack's files differ from its signed manifest: `pages/extra.md` was added."
    );
    assert_eq!(
        refusal("missing-file", None),
        "The pack's files differ from its signed manifest: `sources.ron` is missing."
    );
    assert_eq!(
        refusal("wrong-key", None),
        "The pack was signed with another key than this kiosk's `public_key` (or the key in the \
         config is not the clinic's)."
    );
    assert_eq!(
        refusal("older-version", Some("2026.11.30")),
        "The pack is version 2026.10.1, older than this kiosk's `min_pack_version` 2026.11.30: a \
         kiosk never goes back to an older pack, so roll out version 2026.11.30 or newer."
    );
    assert_eq!(
        refusal("changed-manifest", None),
        "The signature does not match the pack's `manifest.ron`: the manifest was changed after it \
         was signed."
    );
    assert!(
        refusal("no-version", None)
            .starts_with("The pack's signature is good but its trusted comment (\"timestamp:")
    );
    assert_eq!(
        refusal("unsigned", None),
        "The pack's `manifest.ron` is not signed (there is no `manifest.ron.minisig`): sign it with \
         `minisign -Sm manifest.ron -t \"version=YYYY.MM.DD\"`."
    );
    // A pack with no manifest at all.
    assert_eq!(
        verify_pack(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"),
            &test_key(),
            None
        )
        .err(),
        Some(VerifyError::NoManifest)
    );
    // The older pack is fine for a kiosk that sets no minimum.
    assert!(verify_pack(&fixture("older-version"), &test_key(), None).is_ok());
}

#[test]
fn a_broken_key_or_minimum_refuses_every_pack() {
    assert_eq!(
        verify_pack(&fixture("good"), "RWnot-a-key", None).err(),
        Some(VerifyError::BadPublicKey)
    );
    assert_eq!(
        verify_pack(&fixture("good"), "", None).err(),
        Some(VerifyError::BadPublicKey)
    );
    assert_eq!(
        verify_pack(&fixture("good"), &test_key(), Some("soon")).err(),
        Some(VerifyError::BadMinVersion("soon".into()))
    );
}

#[test]
fn check_reports_the_manifest() {
    let report = |name: &str| {
        let mut out = Vec::new();
        let code = therapy_explorer::check::run(&PackFiles::Dir(fixture(name)), false, &mut out);
        (code, String::from_utf8(out).unwrap())
    };
    let (code, text) = report("good");
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Manifest: 8 files, all as listed; signed as version 2026.11.30"),
        "{text}"
    );
    let (code, text) = report("changed-byte");
    assert_eq!(code, 1);
    assert!(
        text.starts_with(
            "pack.ron: error: differs from `manifest.ron` (its size or SHA-256 changed)"
        ),
        "{text}"
    );
    let (code, text) = report("added-file");
    assert_eq!(code, 1);
    assert!(
        text.contains("pages/extra.md: error: is in the pack but not in `manifest.ron`"),
        "{text}"
    );
    let (code, text) = report("missing-file");
    assert_eq!(code, 1);
    assert!(
        text.contains("sources.ron: error: is listed in `manifest.ron` but is not in the pack"),
        "{text}"
    );
    let (code, text) = report("unsigned");
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("manifest.ron: warning: is not signed (there is no `manifest.ron.minisig`)"),
        "{text}"
    );
    let (code, text) = report("no-version");
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("manifest.ron.minisig: error: its trusted comment"),
        "{text}"
    );
}

#[test]
fn manifest_command_lists_every_file_and_refuses_links() {
    let dir = temp_dir("manifest");
    copy_dir(&fixture("unsigned"), &dir);
    // An old signature is removed: it cannot match the new manifest.
    std::fs::copy(
        fixture("good").join("manifest.ron.minisig"),
        dir.join("manifest.ron.minisig"),
    )
    .unwrap();
    std::fs::write(dir.join("pages/new.md"), "# New\n").unwrap();
    let written = fleet::manifest::write(&dir).unwrap();
    assert_eq!(written.files, 9);
    assert!(written.removed_old_signature);
    assert!(!dir.join("manifest.ron.minisig").exists());
    let text = std::fs::read_to_string(dir.join("manifest.ron")).unwrap();
    assert!(text.contains("(path: \"pages/new.md\", bytes: 6, sha256: \""));
    let manifest = fleet::Manifest::parse(&text).unwrap();
    assert_eq!(
        manifest.compare(&fleet::manifest::build(&dir).unwrap().files),
        []
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc/hostname", dir.join("pages/link.md")).unwrap();
        assert_eq!(
            fleet::manifest::write(&dir).err().map(|e| e.to_string()),
            Some(
                "`pages/link.md` is a link: a signed pack holds real files only (copy the file or \
                 folder into the pack)"
                    .to_owned()
            )
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn kiosk(content: Option<PathBuf>, key: Option<String>, min: Option<&str>) -> KioskConfig {
    KioskConfig {
        content,
        public_key: key,
        min_pack_version: min.map(str::to_owned),
        ..KioskConfig::default()
    }
}

#[test]
fn a_kiosk_falls_back_to_its_previous_pack_then_to_site_contacts_only() {
    let root = temp_dir("kiosk");
    let content = root.join("pack");
    // The new pack was tampered with; the roll-out kept the last good one.
    copy_dir(&fixture("changed-byte"), &content);
    copy_dir(&fixture("good"), &fleet::previous_dir(&content));
    let config = kiosk(Some(content.clone()), Some(test_key()), Some("2026.11.30"));
    let choice = choose_kiosk_content(&config);
    let KioskContent::Signed {
        dir,
        pack,
        previous,
    } = &choice.content
    else {
        panic!("{:?}", choice.content);
    };
    assert!(*previous);
    assert_eq!(dir, &root.join("pack.previous"));
    assert_eq!(pack.version.to_string(), "2026.11.30");
    assert_eq!(choice.refused.len(), 1);
    assert_eq!(
        choice.staff_note().unwrap(),
        "Staff note: this kiosk refused its content pack, so it shows the previous pack, version \
         2026.11.30. The pack's files differ from its signed manifest: `pack.ron` was changed. Run \
         `therapy-explorer verify` on the pack's folder."
    );

    // Both refused (the previous one is older than the minimum): built-in
    // content, and never the built-in pack's US crisis numbers.
    std::fs::remove_dir_all(fleet::previous_dir(&content)).unwrap();
    copy_dir(&fixture("older-version"), &fleet::previous_dir(&content));
    let choice = choose_kiosk_content(&config);
    assert!(matches!(choice.content, KioskContent::Refused));
    assert_eq!(choice.refused.len(), 2);
    assert!(
        choice.staff_note().unwrap().contains(
            "it shows the built-in general information and this site's own crisis contacts"
        )
    );
    let mut builtin = content::builtin();
    assert!(!builtin.info.crisis_contacts.is_empty());
    keep_only_site_contacts(&mut builtin, &config);
    assert!(builtin.info.crisis_contacts.is_empty());
    let uk = KioskConfig {
        crisis_contacts: vec![content::Contact {
            name: "Samaritans".into(),
            how: "Call 116 123".into(),
            when: "Any time".into(),
        }],
        ..config.clone()
    };
    keep_only_site_contacts(&mut builtin, &uk);
    assert_eq!(builtin.info.crisis_contacts, uk.crisis_contacts);

    // No previous pack at all: refused, one reason.
    std::fs::remove_dir_all(fleet::previous_dir(&content)).unwrap();
    let choice = choose_kiosk_content(&config);
    assert!(matches!(choice.content, KioskContent::Refused));
    assert_eq!(choice.refused.len(), 1);

    // Without a key the folder is used as it is; without content, built in.
    let unsigned = choose_kiosk_content(&kiosk(Some(content.clone()), None, None));
    assert!(matches!(unsigned.content, KioskContent::Folder(_)));
    assert!(unsigned.staff_note().is_none());
    let builtin = choose_kiosk_content(&kiosk(None, Some(test_key()), None));
    assert!(matches!(builtin.content, KioskContent::BuiltIn));
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn kiosk_config_signing_fields_fail_closed() {
    let key = test_key();
    let good = format!(
        "Kiosk(content: \"/opt/pack\", public_key: \"{key}\", min_pack_version: \"2026.11.30\")"
    );
    let load = KioskConfig::parse_lenient("kiosk.ron", &good);
    assert_eq!(load.problems, []);
    assert_eq!(load.config.public_key.as_deref(), Some(key.as_str()));

    // A key that cannot be read is kept (it verifies nothing), never dropped.
    let typo = "Kiosk(\n  content: \"/opt/pack\",\n  public_key: \"RWQ-typo\",\n)";
    let load = KioskConfig::parse_lenient("kiosk.ron", typo);
    let messages: Vec<String> = load.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "kiosk.ron:3:3: error: `public_key` is not a minisign public key: copy the line that starts \
          with RW from the signing key's `.pub` file (until it is fixed, this kiosk shows no clinic \
          pack: only the built-in one, with this config's crisis contacts)"
        ]
    );
    let choice = choose_kiosk_content(&load.config);
    assert!(matches!(choice.content, KioskContent::Refused));

    // A key the parser had to leave out (not text) still requires a signature.
    let wrong_type = "Kiosk(content: \"/opt/pack\", public_key: 42)";
    let load = KioskConfig::parse_lenient("kiosk.ron", wrong_type);
    assert!(load.problems.iter().any(|p| p.is_error()));
    assert_eq!(load.config.content.as_deref(), Some(Path::new("/opt/pack")));
    assert_eq!(load.config.public_key.as_deref(), Some(""));
    assert!(matches!(
        choose_kiosk_content(&load.config).content,
        KioskContent::Refused
    ));

    let bad_min =
        format!("Kiosk(content: \"/opt/pack\", public_key: \"{key}\", min_pack_version: \"soon\")");
    let load = KioskConfig::parse_lenient("kiosk.ron", &bad_min);
    assert_eq!(load.problems.len(), 1);
    assert_eq!(load.config.min_pack_version.as_deref(), Some("soon"));

    let alone = "Kiosk(min_pack_version: \"2026.11.30\")";
    let load = KioskConfig::parse_lenient("kiosk.ron", alone);
    assert_eq!(
        load.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "kiosk.ron:1:7: warning: `min_pack_version` has no effect without `public_key`: the \
          version is read from the pack's signature"
        ]
    );
}

#[test]
fn kiosk_config_sleep_hours_are_checked() {
    let good = "Kiosk(sleep: Some(Sleep(from: \"21:00\", to: \"07:00\")))";
    let load = KioskConfig::parse_lenient("kiosk.ron", good);
    assert_eq!(load.problems, []);
    assert!(load.config.sleep.is_some());
    let bad = "Kiosk(\n  sleep: Some(Sleep(from: \"9pm\", to: \"07:00\")),\n)";
    let load = KioskConfig::parse_lenient("kiosk.ron", bad);
    assert_eq!(
        load.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "kiosk.ron:2:3: error: `sleep` `from` must be a time like \"21:00\" or \"07:30\" (24-hour \
          clock): the screen does not sleep until this is fixed"
        ]
    );
    assert_eq!(load.config.sleep, None);
    let same = "Kiosk(sleep: Some(Sleep(from: \"07:00\", to: \"7:00\")))";
    let load = KioskConfig::parse_lenient("kiosk.ron", same);
    assert_eq!(load.problems.len(), 1);
    assert_eq!(load.config.sleep, None);
}

#[test]
fn exported_pack_checks_clean_and_matches_the_built_in_one() {
    let dir = temp_dir("export").join("new/clinic-pack");
    assert_eq!(
        therapy_explorer::export::export_pack(&dir).unwrap(),
        content::files::embedded_paths().count()
    );
    let exported = content::load(&PackFiles::Dir(dir.clone()));
    assert_eq!(exported.error_count(), 0, "{:?}", exported.problems);
    assert_eq!(exported.warning_count(), 0, "{:?}", exported.problems);
    let builtin = content::load(&PackFiles::Embedded);
    assert_eq!(item_ids(&exported.pack), item_ids(&builtin.pack));
    let languages = |loaded: &content::Loaded| -> Vec<(String, Ids)> {
        loaded
            .translations
            .iter()
            .map(|p| (p.info.language.clone(), item_ids(p)))
            .collect()
    };
    assert!(!builtin.translations.is_empty());
    assert_eq!(languages(&exported), languages(&builtin));
    for rel in content::files::embedded_paths() {
        assert_eq!(
            PackFiles::Dir(dir.clone()).read(rel).ok(),
            PackFiles::Embedded.read(rel).ok(),
            "{rel}"
        );
    }
    // Never into a folder that holds anything.
    let again = therapy_explorer::export::export_pack(&dir)
        .unwrap_err()
        .to_string();
    assert_eq!(
        again,
        format!(
            "{} already holds files: give a new or empty folder (nothing was written, so nothing \
             was overwritten)",
            dir.display()
        )
    );
    let _ = std::fs::remove_dir_all(dir.parent().unwrap().parent().unwrap());
}

/// The app on a kiosk whose config names the test key: it shows a pack
/// only when its signature and files verify.
fn kiosk_app(content: &str) -> egui_kittest::Harness<'static, therapy_explorer::TherapyApp> {
    let config = KioskConfig {
        content: Some(fixture(content)),
        public_key: Some(test_key()),
        ..KioskConfig::default()
    };
    let options = therapy_explorer::Options {
        kiosk: Some(config),
        clock: therapy_explorer::kiosk::Clock::Mock(therapy_explorer::kiosk::MockClock::default()),
        ..therapy_explorer::Options::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(24)
        .build_eframe(move |cc| therapy_explorer::TherapyApp::new(cc, options));
    harness.run();
    harness
}

#[test]
fn a_kiosk_shows_a_signed_pack_and_never_a_tampered_one() {
    // Signed and intact: the clinic's pack, with no note.
    let harness = kiosk_app("good");
    assert_eq!(harness.state().pack().info.title, "Test pack");
    assert!(harness.state().staff_notice().is_none());

    // Tampered in each way: never shown. With no previous verified pack,
    // the built-in general information, without its US crisis numbers
    // (this config names no contacts of its own), and a note for staff.
    for case in [
        "changed-byte",
        "added-file",
        "missing-file",
        "wrong-key",
        "unsigned",
    ] {
        let harness = kiosk_app(case);
        let pack = harness.state().pack();
        assert_ne!(
            pack.info.title, "Test pack",
            "{case}: a refused pack is never shown"
        );
        assert!(
            pack.info.crisis_contacts.is_empty(),
            "{case}: no borrowed numbers"
        );
        let notice = harness
            .state()
            .staff_notice()
            .unwrap_or_default()
            .to_owned();
        assert!(
            notice.contains("refused its content pack"),
            "{case}: {notice}"
        );
        assert!(
            !notice.contains('/'),
            "{case}: no folder names for the public: {notice}"
        );
    }
}

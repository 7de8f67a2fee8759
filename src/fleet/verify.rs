//! Verifying a signed pack as a kiosk does, before it shows any of it.

use std::collections::BTreeMap;
use std::path::Path;

use minisign_verify::{PublicKey, Signature};

use super::manifest::{self, Entry, MANIFEST_FILE, Manifest, Mismatch, SIGNATURE_FILE, ScanError};
use super::version::PackVersion;
use crate::content::PackFiles;
use crate::content::files::{MAX_FILE_BYTES, MAX_PACK_BYTES};

/// A pack whose signature, files and version all passed.
#[derive(Clone, Debug)]
pub struct VerifiedPack {
    /// The version from the signature's trusted comment.
    pub version: PackVersion,
    /// The pack's files exactly as verified, held in memory: load these
    /// (`content::load(&verified.files)`), not the folder again, so a file
    /// changed after the check is never shown.
    pub files: PackFiles,
    /// How many files the manifest lists.
    pub file_count: usize,
}

/// Why a kiosk refuses a pack. Each message is one sentence for staff; it
/// names files inside the pack but never the folder (the public may read it
/// on the screen), so callers add the folder where it helps.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("There is no content pack folder there.")]
    NoFolder,
    #[error(
        "The kiosk config's `public_key` is not a minisign public key: copy the line that starts \
         with RW from the signing key's `.pub` file."
    )]
    BadPublicKey,
    #[error(
        "The kiosk config's `min_pack_version` \"{0}\" is not a version like 2026.11.30, so no pack \
         can be checked against it."
    )]
    BadMinVersion(String),
    #[error(
        "The pack has no `{MANIFEST_FILE}`, so it is not a signed pack: run `therapy-explorer manifest` \
         on it and sign the manifest with minisign."
    )]
    NoManifest,
    #[error(
        "The pack's `{MANIFEST_FILE}` is not signed (there is no `{SIGNATURE_FILE}`): sign it with \
         `minisign -Sm manifest.ron -t \"version=YYYY.MM.DD\"`."
    )]
    NoSignature,
    #[error("The pack's `{SIGNATURE_FILE}` cannot be read as a minisign signature ({0}).")]
    BadSignatureFile(String),
    #[error(
        "The pack was signed with another key than this kiosk's `public_key` (or the key in the config \
         is not the clinic's)."
    )]
    WrongKey,
    #[error(
        "The signature does not match the pack's `{MANIFEST_FILE}`: the manifest was changed after it \
         was signed."
    )]
    InvalidSignature,
    #[error(
        "The pack's signature is in minisign's old format: sign the manifest again with a current minisign."
    )]
    LegacySignature,
    #[error("The pack's signature is good but {0}: sign it with `-t \"version=YYYY.MM.DD\"`.")]
    NoVersion(String),
    #[error(
        "The pack is version {version}, older than this kiosk's `min_pack_version` {min}: a kiosk never \
         goes back to an older pack, so roll out version {min} or newer."
    )]
    TooOld { version: String, min: String },
    #[error("The pack's `{MANIFEST_FILE}` cannot be read: {0}.")]
    BadManifest(String),
    #[error("The pack's files differ from its signed manifest: {}.", describe(.0))]
    FilesDiffer(Vec<Mismatch>),
    #[error("The pack cannot be read: {0}")]
    Unreadable(String),
}

/// "`a.md` was changed, `b.md` was added and 2 more".
fn describe(mismatches: &[Mismatch]) -> String {
    const SHOWN: usize = 3;
    let mut parts: Vec<String> = mismatches
        .iter()
        .take(SHOWN)
        .map(Mismatch::describe)
        .collect();
    if mismatches.len() > SHOWN {
        parts.push(format!("{} more", mismatches.len() - SHOWN));
    }
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Read a minisign public key as `minisign -G` prints it (`RW…`), or the
/// whole `.pub` file (its last line is the key).
///
/// # Errors
/// When it is not a minisign public key.
pub fn parse_public_key(text: &str) -> Result<PublicKey, VerifyError> {
    let line = text
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or("");
    PublicKey::from_base64(line).map_err(|_| VerifyError::BadPublicKey)
}

/// Verify the signed pack in `dir`: its `manifest.ron.minisig` must be a
/// signature of `manifest.ron` by `public_key` (a minisign public key,
/// `RW…`); every file in the folder must match the manifest (none changed,
/// added or missing); and the version in the signature's trusted comment
/// (`version=2026.11.30`) must be at least `min_version`, when given.
///
/// Reads every file once, into memory, and returns them: load those.
///
/// # Errors
/// The first reason the pack is refused, as one sentence for staff.
pub fn verify_pack(
    dir: &Path,
    public_key: &str,
    min_version: Option<&str>,
) -> Result<VerifiedPack, VerifyError> {
    if !dir.is_dir() {
        return Err(VerifyError::NoFolder);
    }
    let key = parse_public_key(public_key)?;
    let min = min_version
        .map(|m| PackVersion::parse(m).ok_or_else(|| VerifyError::BadMinVersion(m.to_owned())))
        .transpose()?;
    let manifest_text = match manifest::read_manifest_text(dir) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(VerifyError::NoManifest);
        }
        Err(err) => return Err(VerifyError::BadManifest(err.to_string())),
    };
    let signature_text = match crate::content::files::read_at_most(&dir.join(SIGNATURE_FILE), 4096)
    {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| VerifyError::BadSignatureFile("it is not text".to_owned()))?,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(VerifyError::NoSignature);
        }
        Err(err) => return Err(VerifyError::BadSignatureFile(err.to_string())),
    };
    let signature = Signature::decode(&signature_text)
        .map_err(|err| VerifyError::BadSignatureFile(err.to_string()))?;
    key.verify(manifest_text.as_bytes(), &signature, false)
        .map_err(|err| match err {
            minisign_verify::Error::UnexpectedKeyId => VerifyError::WrongKey,
            minisign_verify::Error::UnexpectedAlgorithm
            | minisign_verify::Error::UnsupportedLegacyMode => VerifyError::LegacySignature,
            _ => VerifyError::InvalidSignature,
        })?;
    let version = PackVersion::from_trusted_comment(signature.trusted_comment())
        .map_err(VerifyError::NoVersion)?;
    if let Some(min) = min
        && version < min
    {
        return Err(VerifyError::TooOld {
            version: version.to_string(),
            min: min.to_string(),
        });
    }
    let manifest = Manifest::parse(&manifest_text).map_err(|(line, col, message)| {
        VerifyError::BadManifest(if line == 0 {
            message
        } else {
            format!("line {line}, column {col}: {message}")
        })
    })?;
    let (found, contents) = read_all(dir)?;
    let mismatches = manifest.compare(&found);
    if !mismatches.is_empty() {
        return Err(VerifyError::FilesDiffer(mismatches));
    }
    Ok(VerifiedPack {
        version,
        files: PackFiles::Memory(contents),
        file_count: manifest.files.len(),
    })
}

type Contents = BTreeMap<String, Vec<u8>>;

/// Every file of the pack, hashed and held, within the loader's limits.
fn read_all(dir: &Path) -> Result<(Vec<Entry>, Contents), VerifyError> {
    let unreadable = |err: ScanError| VerifyError::Unreadable(format!("{err}."));
    let mut found = Vec::new();
    let mut contents = BTreeMap::new();
    let mut total: u64 = 0;
    for rel in manifest::list_files(dir).map_err(unreadable)? {
        // The loader's own limits: memory stays bounded, and a pack the
        // kiosk could not load whole is refused here, not shown in part.
        let bytes = manifest::read_file(dir, &rel, MAX_FILE_BYTES).map_err(unreadable)?;
        total = total.saturating_add(bytes.len() as u64);
        if total > MAX_PACK_BYTES {
            return Err(unreadable(ScanError::TooLarge(MAX_PACK_BYTES)));
        }
        found.push(Entry::of(&rel, &bytes));
        contents.insert(rel, bytes);
    }
    Ok((found, contents))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_read_as_one_sentence() {
        let one = VerifyError::FilesDiffer(vec![Mismatch::Changed("pages/faq.md".into())]);
        assert_eq!(
            one.to_string(),
            "The pack's files differ from its signed manifest: `pages/faq.md` was changed."
        );
        let many = VerifyError::FilesDiffer(vec![
            Mismatch::Changed("a.ron".into()),
            Mismatch::Extra("b.md".into()),
            Mismatch::Missing("c.md".into()),
            Mismatch::Missing("d.md".into()),
            Mismatch::Missing("e.md".into()),
        ]);
        assert_eq!(
            many.to_string(),
            "The pack's files differ from its signed manifest: `a.ron` was changed, `b.md` was added, \
             `c.md` is missing and 2 more."
        );
    }

    #[test]
    fn public_key_from_line_or_file() {
        let line = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";
        assert!(parse_public_key(line).is_ok());
        let file = format!("untrusted comment: minisign public key\n{line}\n");
        assert!(parse_public_key(&file).is_ok());
        assert_eq!(
            parse_public_key("RWQ-not-a-key").err(),
            Some(VerifyError::BadPublicKey)
        );
    }
}

#!/usr/bin/env bash
# Write the signed-pack fixtures under tests/fixtures/signing/ (tests/fleet.rs).
#
# Each case is the small valid pack (tests/fixtures/valid) with a manifest
# written by `therapy-explorer manifest`, signed with the committed TEST key
# (tests/fixtures/signing/test-key-NOT-SECRET.key: generated for these
# tests with an empty password, published in this repository, never to be
# used for a real pack), then changed the way a tampered or mistaken
# roll-out would be. The files are committed; run this again only to change
# them (needs `minisign`: apt-get install minisign). The keys are kept; to
# make new ones: minisign -G -W -p test-key-NOT-SECRET.pub -s test-key-NOT-SECRET.key
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/signing
key=$out/test-key-NOT-SECRET.key
other=$out/other-test-key-NOT-SECRET.key
cargo build --quiet
bin=target/debug/therapy-explorer

sign() { # folder version key
    minisign -S -s "$3" -m "$1/manifest.ron" -t "version=$2" >/dev/null
}

fresh() { # name: a copy of the valid pack with its manifest
    rm -rf "${out:?}/$1"
    cp -r tests/fixtures/valid "$out/$1"
    "$bin" manifest "$out/$1" >/dev/null
}

fresh good && sign "$out/good" 2026.11.30 "$key"

fresh changed-byte && sign "$out/changed-byte" 2026.11.30 "$key"
sed -i 's/Test pack/Test pick/' "$out/changed-byte/pack.ron"

fresh added-file && sign "$out/added-file" 2026.11.30 "$key"
printf 'Not part of the signed pack.\n' > "$out/added-file/pages/extra.md"

fresh missing-file && sign "$out/missing-file" 2026.11.30 "$key"
rm "$out/missing-file/sources.ron"

fresh wrong-key && sign "$out/wrong-key" 2026.11.30 "$other"

fresh older-version && sign "$out/older-version" 2026.10.1 "$key"

fresh changed-manifest && sign "$out/changed-manifest" 2026.11.30 "$key"
sed -i 's/Every file of this content pack/Every file of this pack/' "$out/changed-manifest/manifest.ron"

fresh no-version
minisign -S -s "$key" -m "$out/no-version/manifest.ron" >/dev/null

fresh unsigned

echo "wrote $out/{good,changed-byte,added-file,missing-file,wrong-key,older-version,changed-manifest,no-version,unsigned}"

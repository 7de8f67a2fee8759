#!/usr/bin/env bash
# Check the Debian package built by `cargo deb`: the files it holds, its
# configuration file and hand-listed run-time libraries; then install it
# with apt (as a clinic would), run the installed binary's own checks, and
# remove it again. Needs root (CI runs as root).
#
#   scripts/check-deb.sh target/debian/therapy-explorer_*.deb
set -euo pipefail
deb=$(realpath "${1:?usage: scripts/check-deb.sh target/debian/therapy-explorer_VERSION_ARCH.deb}")
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

fail=0
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in \
    ./usr/bin/therapy-explorer \
    ./usr/share/applications/therapy-explorer.desktop \
    ./usr/share/icons/hicolor/256x256/apps/therapy-explorer.png \
    ./usr/share/icons/hicolor/48x48/apps/therapy-explorer.png \
    ./usr/share/man/man1/therapy-explorer.1.gz \
    ./etc/therapy-explorer/kiosk.ron \
    ./usr/lib/systemd/user/therapy-explorer-kiosk.service \
    ./usr/lib/systemd/system/therapy-explorer-cage.service \
    ./usr/share/therapy-explorer/kiosk/therapy-explorer-kiosk.desktop \
    ./usr/share/doc/therapy-explorer/README.md \
    ./usr/share/doc/therapy-explorer/copyright; do
    if ! grep -qxF "$file" <<<"$listing"; then
        echo "check-deb: the package lacks $file"
        fail=1
    fi
done
# Nothing may start a kiosk for every user of a home machine.
if grep -q '^\./etc/xdg/autostart/' <<<"$listing"; then
    echo "check-deb: the package must not autostart anything for every user"
    fail=1
fi
if ! dpkg-deb -I "$deb" conffiles | grep -qxF /etc/therapy-explorer/kiosk.ron; then
    echo "check-deb: /etc/therapy-explorer/kiosk.ron is not marked as a configuration file"
    fail=1
fi
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libegl1 libgl1 libx11-6 libx11-xcb1 libxcursor1 libxi6 libxcb1 libxkbcommon0 \
    libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libwayland-egl1; do
    if ! grep -qE "(^|, )$lib( |,|$)" <<<"$depends"; then
        echo "check-deb: Depends lacks $lib (loaded at run time): $depends"
        fail=1
    fi
done
[ "$fail" = 0 ] || exit 1
echo "check-deb: $(basename "$deb") holds the expected files, its conffile and run-time libraries"

# Install as the README says (apt resolves the libraries), then run the
# installed binary, not the one in target/.
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
/usr/bin/therapy-explorer --version
/usr/bin/therapy-explorer check
/usr/bin/therapy-explorer check --kiosk-config /etc/therapy-explorer/kiosk.ron
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/therapy-explorer.desktop
fi
$SUDO apt-get purge -y -qq therapy-explorer >/dev/null
echo "check-deb: installed, checked and removed $(basename "$deb")"

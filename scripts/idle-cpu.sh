#!/usr/bin/env bash
# Measure what the app does while nobody touches it: CPU time and frames
# drawn over 30 idle seconds, under Xvfb, for home use and the kiosk.
#
#   scripts/idle-cpu.sh [path/to/therapy-explorer]     (default: target/release)
#
# Needs: xvfb, xdotool, libgl1-mesa-dri (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/therapy-explorer}
SECS=${IDLE_SECS:-30}
DISPLAY_NUM=:97
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }

Xvfb $DISPLAY_NUM -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$DISPLAY_NUM

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

measure() { # name, then app arguments
  local name=$1; shift
  local log; log=$(mktemp)
  RUST_LOG=therapy_explorer::app=trace "$BIN" "$@" 2>"$log" &
  local pid=$!
  sleep 3
  if [ "$name" = "kiosk, during a visit" ]; then
    # Touch the attract screen to start a visit, then leave it alone.
    xdotool mousemove 640 600 click 1; sleep 1
  fi
  local f0 c0 f1 c1
  f0=$(grep -c ' frame ' "$log" || true); c0=$(ticks $pid)
  sleep "$SECS"
  f1=$(grep -c ' frame ' "$log" || true); c1=$(ticks $pid)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-26s %6.2f s CPU  %5d frames in %s s\n' "$name" \
    "$(echo "($c1 - $c0) / $hz" | bc -l)" $((f1 - f0)) "$SECS"
  rm -f "$log"
}

measure "home, idle"
measure "kiosk, during a visit" --kiosk
measure "kiosk, attract screen" --kiosk

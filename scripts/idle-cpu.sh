#!/usr/bin/env bash
# Measure what the app does while nobody touches it: CPU time and frames
# drawn over 30 idle seconds, under Xvfb, for home use and the kiosk.
#
#   scripts/idle-cpu.sh [path/to/therapy-explorer]     (default: target/release)
#
# Targets: no frames at all while idle at home or during a kiosk visit (before
# "Still reading?"); the attract screen draws its gentle motion. Exits
# non-zero, saying which, if a target is missed or a measurement is missing
# (the app drew no first frame, its frame log is empty, or it died).
# XVFB_DISPLAY picks the X display (default :97).
#
# Needs: xvfb, xdotool, libgl1-mesa-dri (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/therapy-explorer}
SECS=${IDLE_SECS:-30}
DISPLAY_NUM=${XVFB_DISPLAY:-:97}
fail() { echo "idle-cpu.sh: FAILED: $*" >&2; exit 1; }
[ -x "$BIN" ] || fail "no $BIN: build first (cargo build --release)"
command -v xdotool >/dev/null || fail "xdotool is not installed"

Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
kill -0 $XVFB 2>/dev/null || fail "Xvfb could not start on $DISPLAY_NUM (in use? set XVFB_DISPLAY)"
export DISPLAY=$DISPLAY_NUM

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

MISSED=()

measure() { # name, most frames allowed (or "some": at least one), then app arguments
  local name=$1 allowed=$2; shift 2
  local log; log=$(mktemp)
  local args=("$@") config=""
  if [ "${1:-}" = --kiosk ]; then
    # A kiosk logs nothing unless its config names a log file: name one.
    config=$(mktemp --suffix=.ron)
    printf 'Kiosk(log_file: "%s")\n' "$log" >"$config"
    args+=(--kiosk-config "$config")
  fi
  RUST_LOG=therapy_explorer::app=trace "$BIN" "${args[@]}" 2>>"$log" &
  local pid=$!
  sleep 3
  if [ "$name" = "kiosk, during a visit" ]; then
    # Touch the attract screen to start a visit, then leave it alone.
    xdotool mousemove 640 600 click 1 || { kill $pid 2>/dev/null; fail "$name: xdotool could not click"; }
    sleep 1
  fi
  local f0 c0 f1 c1
  f0=$(grep -c ' frame ' "$log" || true); c0=$(ticks $pid 2>/dev/null || true)
  sleep "$SECS"
  f1=$(grep -c ' frame ' "$log" || true); c1=$(ticks $pid 2>/dev/null || true)
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  # No frame logged before the idle time: the app never drew, or its frame
  # log is off, and "0 frames" would mean nothing.
  if [ -z "$c0" ] || [ -z "$c1" ] || [ "${f0:-0}" -eq 0 ]; then
    echo "idle-cpu.sh: FAILED: $name: no measurement (frames logged before: ${f0:-none}; the app exited: $([ -z "$c1" ] && echo yes || echo no)); its log:" >&2
    { grep -v ' frame ' "$log" || true; } | tail -n 20 | sed 's/^/  | /' >&2
    rm -f "$log" "$config"
    exit 1
  fi
  rm -f "$log" "$config"
  local frames=$((f1 - f0))
  printf '%-26s %6.2f s CPU  %5d frames in %s s\n' "$name" \
    "$(echo "($c1 - $c0) / $hz" | bc -l)" "$frames" "$SECS"
  if [ "$allowed" = some ]; then
    [ "$frames" -gt 0 ] || MISSED+=("$name: no frames at all (the attract screen should move)")
  elif [ "$frames" -gt "$allowed" ]; then
    MISSED+=("$name: $frames frames in $SECS idle seconds (target: $allowed)")
  fi
}

measure "home, idle" 0
measure "kiosk, during a visit" 0 --kiosk
measure "kiosk, attract screen" some --kiosk

if [ ${#MISSED[@]} -gt 0 ]; then
  printf 'idle-cpu.sh: FAILED: %s\n' "${MISSED[@]}" >&2
  exit 1
fi
echo "OK: no frames while idle at home or during a kiosk visit"

#!/usr/bin/env bash
# Start-up time and memory of the release build, next to an empty eframe
# window built the same way (examples/empty_window.rs), under Xvfb. The time
# runs from just before the program is launched (loading it counts) until its
# first frame is on screen (its second frame starts).
#
#   scripts/startup.sh [runs]      (default 5 runs each; prints medians)
#
# Exits non-zero if the app's first frame takes more than MAX_RATIO (1.3) times
# the empty window's, or if a run gives no measurement (no "first frame shown"
# line within 5 s, or the program died). XVFB_DISPLAY picks the X display
# (default :96).
#
# Needs: xvfb, libgl1-mesa-dri (Debian packages). Builds what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
MAX_RATIO=1.3
DISPLAY_NUM=${XVFB_DISPLAY:-:96}
cargo build --release --quiet --bin therapy-explorer --example empty_window
APP=target/release/therapy-explorer
EMPTY=target/release/examples/empty_window

fail() { echo "startup.sh: FAILED: $*" >&2; exit 1; }

Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
kill -0 $XVFB 2>/dev/null || fail "Xvfb could not start on $DISPLAY_NUM (in use? set XVFB_DISPLAY)"
export DISPLAY=$DISPLAY_NUM

one_run() { # binary → "first-frame-ms rss-kib", or a message on stderr and status 1
  local log; log=$(mktemp)
  # Timed from just before the launch, so loading the program counts too.
  local launched; launched=$(date +%s%3N)
  RUST_LOG=therapy_explorer=info "$1" 2>"$log" &
  local pid=$!
  for _ in $(seq 1 100); do grep -q "first frame shown after" "$log" && break; sleep 0.05; done
  sleep 2 # settle, then read the resident memory
  local rss shown problem=""
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  shown=$(grep -o "at [0-9]* ms since the epoch" "$log" | awk '{print $2}' | head -n 1 || true)
  if [ -z "$shown" ]; then
    problem="$1: no \"first frame shown\" line within 5 s (is its logging on?)"
  elif [ "$shown" -le "$launched" ]; then
    problem="$1: first frame logged at $shown ms, not after the launch at $launched ms"
  elif [ -z "$rss" ]; then
    problem="$1: exited before its memory could be read"
  fi
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [ -n "$problem" ]; then
    echo "startup.sh: FAILED: $problem; its log:" >&2
    sed 's/^/  | /' "$log" | tail -n 20 >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  echo "$((shown - launched)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The two are run in turn (app, empty, app, empty, ...) so that whatever else
# the machine is doing weighs on both alike; medians are reported.
app_t=() app_m=() empty_t=() empty_m=()
for _ in $(seq 1 "$RUNS"); do
  out=$(one_run "$APP") || exit 1
  read -r ms rss <<<"$out"; app_t+=("$ms"); app_m+=("$rss")
  out=$(one_run "$EMPTY") || exit 1
  read -r ms rss <<<"$out"; empty_t+=("$ms"); empty_m+=("$rss")
done
at=$(printf '%s\n' "${app_t[@]}" | median); am=$(printf '%s\n' "${app_m[@]}" | median)
et=$(printf '%s\n' "${empty_t[@]}" | median); em=$(printf '%s\n' "${empty_m[@]}" | median)
printf '%-20s first frame %7.1f ms   resident memory %6.1f MiB\n' "Therapy Explorer" "$at" "$(echo "$am / 1024" | bc -l)"
printf '%-20s first frame %7.1f ms   resident memory %6.1f MiB\n' "empty eframe window" "$et" "$(echo "$em / 1024" | bc -l)"
printf 'ratio (app / empty): time %.2f×, memory %.2f×\n' "$(echo "$at / $et" | bc -l)" "$(echo "$am / $em" | bc -l)"
if [ "$(echo "$at > $MAX_RATIO * $et" | bc -l)" = 1 ]; then
  fail "the app's first frame took $(printf '%.2f' "$(echo "$at / $et" | bc -l)")× the empty window's (target: at most ${MAX_RATIO}×)"
fi
echo "OK: first frame within ${MAX_RATIO}× the empty window's"

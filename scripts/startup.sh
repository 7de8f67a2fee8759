#!/usr/bin/env bash
# Start-up time and memory of the release build, next to an empty eframe
# window built the same way (examples/empty_window.rs), under Xvfb. The time
# runs from just before the program is launched (loading it counts) until its
# first frame is on screen (its second frame starts).
#
#   scripts/startup.sh [runs]      (default 5 runs each; prints medians)
#
# Needs: xvfb, libgl1-mesa-dri (Debian packages). Builds what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
cargo build --release --quiet --bin therapy-explorer --example empty_window
APP=target/release/therapy-explorer
EMPTY=target/release/examples/empty_window

Xvfb :96 -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=:96

one_run() { # binary → "first-frame-ms rss-kib"
  local log; log=$(mktemp)
  # Timed from just before the launch, so loading the program counts too.
  local launched; launched=$(date +%s%3N)
  RUST_LOG=therapy_explorer=info "$1" 2>"$log" &
  local pid=$!
  for _ in $(seq 1 100); do grep -q "first frame shown after" "$log" && break; sleep 0.05; done
  sleep 2 # settle, then read the resident memory
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  local shown; shown=$(grep -o "at [0-9]* ms since the epoch" "$log" | awk '{print $2}')
  local ms=$((shown - launched))
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The two are run in turn (app, empty, app, empty, ...) so that whatever else
# the machine is doing weighs on both alike; medians are reported.
app_t=() app_m=() empty_t=() empty_m=()
for _ in $(seq 1 "$RUNS"); do
  read -r ms rss < <(one_run "$APP"); app_t+=("$ms"); app_m+=("$rss")
  read -r ms rss < <(one_run "$EMPTY"); empty_t+=("$ms"); empty_m+=("$rss")
done
at=$(printf '%s\n' "${app_t[@]}" | median); am=$(printf '%s\n' "${app_m[@]}" | median)
et=$(printf '%s\n' "${empty_t[@]}" | median); em=$(printf '%s\n' "${empty_m[@]}" | median)
printf '%-20s first frame %7.1f ms   resident memory %6.1f MiB\n' "Therapy Explorer" "$at" "$(echo "$am / 1024" | bc -l)"
printf '%-20s first frame %7.1f ms   resident memory %6.1f MiB\n' "empty eframe window" "$et" "$(echo "$em / 1024" | bc -l)"
printf 'ratio (app / empty): time %.2f×, memory %.2f×\n' "$(echo "$at / $et" | bc -l)" "$(echo "$am / $em" | bc -l)"

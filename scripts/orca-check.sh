#!/usr/bin/env bash
# Check the app with a real screen reader: Orca, listened to through its own
# speech log. It starts Xvfb, a private D-Bus session (the accessibility bus
# comes up by D-Bus activation), speech-dispatcher playing into libao's null
# driver, Orca with a debug file, then the app; focuses the app's window,
# drives it with the keyboard (xdotool) and asserts on Orca's spoken lines,
# one PASS or FAIL line per assertion. Nothing on the machine changes: HOME
# and the XDG folders point into a temporary folder, removed at the end.
#
#   scripts/orca-check.sh              run it (builds target/debug/therapy-explorer first)
#   scripts/orca-check.sh --install    apt-get install what it needs first (root or sudo)
#
# Exit status: 0 when every assertion passed, 1 when one failed (or one
# listed in ORCA_CHECK_EXPECT_FAIL passed), 2 when a prerequisite is missing.
#
# Environment:
#   THERAPY_EXPLORER_BIN    the app to check (default: cargo build, then target/debug/therapy-explorer)
#   ORCA_CHECK_ONLY         run only these assertions (ids, space-separated; see ASSERTIONS below)
#   ORCA_CHECK_EXPECT_FAIL  ids of assertions known to fail: reported XFAIL, not counted;
#                           one of them passing (XPASS) counts as a failure, so the list is kept honest
#   ORCA_CHECK_KEEP=1       keep the temporary folder (Orca's full debug log, the app's log)
#   ORCA_CHECK_TREE=1       also write the app's accessible tree after each assertion
#                           (tree-after-ID.txt in the kept folder; implies ORCA_CHECK_KEEP=1)
#   ORCA_CHECK_KEY_TIMEOUT  seconds to wait for Orca to start speaking after a key (default 6)
#   ORCA_CHECK_TIMEOUT      seconds for the whole run before it is stopped (default 420)
#
# Checked with Orca 43.1 (Debian 12). See README, "Checked with a real screen reader".

# Functions here are called by name ("check_$id") or from traps:
# shellcheck disable=SC2317
set -uo pipefail

# --- Keys (xdotool key names) --------------------------------------------------
# The reading path (issue 15, item 1) is planned as: Down/Up move a reading
# focus from block to block, H jumps to the next heading. Change these here
# if it is built otherwise.
READ_NEXT_KEY=${READ_NEXT_KEY:-Down}
READ_PREV_KEY=${READ_PREV_KEY:-Up} # for assertions to come: none uses it yet
NEXT_HEADING_KEY=${NEXT_HEADING_KEY:-h}
# Moving between controls, pressing one, closing a dialog, going Home.
NEXT_CONTROL_KEY=${NEXT_CONTROL_KEY:-Tab}
ACTIVATE_KEY=${ACTIVATE_KEY:-Return}
CLOSE_KEY=${CLOSE_KEY:-Escape}
HOME_KEY=${HOME_KEY:-alt+Home}
# How a Compare cell is reached from the top of the Compare screen: each of
# these keys is tried in turn (the issue allows the reading keys, or Tab
# when a screen reader is on). Tab does not reach the cells today.
COMPARE_CELL_KEYS=${COMPARE_CELL_KEYS:-"$READ_NEXT_KEY $NEXT_CONTROL_KEY"}
# The most presses each search along the path may take.
MAX_TABS_TO_CONTROL=${MAX_TABS_TO_CONTROL:-20}
MAX_PRESSES_TO_CELL=${MAX_PRESSES_TO_CELL:-40}
# In "Need help now?" the first contact is the fourth block after the Close
# button: the heading (the title), the intro, the contact's "how", its name.
MAX_READS=${MAX_READS:-5}

# --- What Orca should say --------------------------------------------------------
# Read from the app's own pack (export-pack) where the words are content;
# these are the words of the user interface (assets/i18n/en).
HELP_BUTTON_SPOKEN=${HELP_BUTTON_SPOKEN:-"Need help now?"}   # chrome-help-spoken starts so
HELP_DIALOG_TITLE=${HELP_DIALOG_TITLE:-"Need help now?"}     # chrome-help-title
COMPARE_OPEN_SPOKEN=${COMPARE_OPEN_SPOKEN:-"Compare side by side"} # compare-title, in home-open-spoken
READ_ALOUD_SPOKEN=${READ_ALOUD_SPOKEN:-"Read this page aloud"}    # chrome-read-aloud-spoken starts so
# Another screen (Search), which must stop the reading at once.
SEARCH_KEY=${SEARCH_KEY:-ctrl+f}
# Orca names a window by its name and then its role ("Therapy Explorer frame").
WINDOW_ROLE_SPOKEN=${WINDOW_ROLE_SPOKEN:-frame}

# Every assertion, in the order of the path through the app. Each is a
# function check_<id>; add one by writing the function and listing it here.
ASSERTIONS=(window_name home_heading home_first_paragraph crisis_dialog_title
    crisis_first_contact compare_cell read_aloud)

# --- Timing ---------------------------------------------------------------------------
KEY_TIMEOUT=${ORCA_CHECK_KEY_TIMEOUT:-6}  # Orca's first word after a key, at the latest
SETTLE_MS=1000                            # this long quiet ends what a key made Orca say
TOTAL_TIMEOUT=${ORCA_CHECK_TIMEOUT:-420}

PACKAGES=(orca speech-dispatcher speech-dispatcher-espeak-ng libao4 at-spi2-core dbus-daemon xvfb xdotool python3 bsdutils)

HERE="$(cd "$(dirname "$0")" && pwd)"
SELF="$HERE/$(basename "$0")"
SPOKEN="$HERE/orca/spoken.py"
# Debian's Python, the one Orca runs on (tree.py needs its pyatspi).
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3

say() { printf '%s\n' "orca-check: $*"; }
missing() { # a prerequisite is missing: say what, and what to do; exit 2
    say "MISSING: $1" >&2
    if [ -n "${2:-}" ]; then
        say "  $2" >&2
    else
        say "  install what this check needs with: scripts/orca-check.sh --install" >&2
        say "  (that is: apt-get install ${PACKAGES[*]})" >&2
    fi
    exit 2
}

# ======================================================================================
# Inner part: runs inside the private D-Bus session (dbus-run-session), with
# DISPLAY, HOME, XDG_* and ORCA_CHECK_* set by the outer part below.
# ======================================================================================
inner() {
    # The report goes to fd 3 (the outer part's stdout); what the D-Bus
    # daemons and the services they start print stays in dbus.log.
    exec 1>&3 2>&1 3>&-
    local T=$ORCA_CHECK_DIR LOG=$ORCA_CHECK_DIR/orca.log
    PASSED=0 FAILED=0 XFAILED=0
    FAILED_IDS=""

    # --- Speech log helpers ---
    spoken_count() { count_in_log "SPEECH OUTPUT: '"; }
    count_in_log() { local c; c=$(grep -acF -- "$1" "$LOG" 2>/dev/null); echo "${c:-0}"; }
    spoken_from() { "$PYTHON" "$SPOKEN" "$LOG" "$1"; }
    now_ms() { date +%s%3N; }

    # Wait until Orca has said something past utterance $1 and then stayed
    # quiet for SETTLE_MS, or until $2 seconds passed with nothing said.
    # Sets HEARD (the new utterances, one a line).
    wait_speech() {
        local before=$1 limit_ms=$((${2:-$KEY_TIMEOUT} * 1000))
        local start count last_count last_change t
        start=$(now_ms)
        last_count=$before
        last_change=$start
        while :; do
            sleep 0.2
            count=$(spoken_count)
            t=$(now_ms)
            if [ "$count" != "$last_count" ]; then
                last_count=$count
                last_change=$t
            fi
            if [ "$count" -gt "$before" ]; then
                [ $((t - last_change)) -ge "$SETTLE_MS" ] && break
                # Speech that never stops: take what was said by 3 × the limit.
                [ $((t - start)) -ge $((3 * limit_ms)) ] && break
            else
                [ $((t - start)) -ge "$limit_ms" ] && break
            fi
        done
        HEARD=$(spoken_from "$before")
    }

    # Press one key and record what Orca said in answer (HEARD), printing
    # both; $2: seconds to wait for a first word (default KEY_TIMEOUT).
    press() {
        local key=$1 before
        before=$(spoken_count)
        xdotool key --clearmodifiers "$key"
        wait_speech "$before" "${2:-$KEY_TIMEOUT}"
        if [ -n "$HEARD" ]; then
            while IFS= read -r line; do
                printf '    %-10s -> %s\n' "$key" "'$line'"
                key=""
            done <<<"$HEARD"
        else
            printf '    %-10s -> (nothing)\n' "$key"
        fi
        HEARD_ALL+="$HEARD"$'\n'
    }

    # Does one line of $1 hold every one of the other arguments (case-insensitive)?
    has_all() {
        local text=$1 line part ok
        shift
        while IFS= read -r line; do
            [ -z "$line" ] && continue
            ok=1
            for part in "$@"; do
                [[ "${line,,}" == *"${part,,}"* ]] || { ok=0; break; }
            done
            [ "$ok" = 1 ] && { MATCHED=$line; return 0; }
        done <<<"$text"
        return 1
    }

    # Press $1 up to $2 times until one utterance holds all the rest. Stops
    # early when the key says nothing three times running, or when it comes
    # round again to what it said first (a full cycle of Tab).
    press_until() {
        local key=$1 max=$2 i silent=0 first=""
        shift 2
        for ((i = 1; i <= max; i++)); do
            press "$key"
            has_all "$HEARD" "$@" && return 0
            if [ -z "$HEARD" ]; then
                silent=$((silent + 1))
                [ "$silent" -ge 3 ] && { echo "    ($key said nothing three times: stopped)"; return 1; }
                continue
            fi
            silent=0
            if [ -z "$first" ]; then
                first=$HEARD
            elif [ "$HEARD" = "$first" ] || [[ $'\n'"$HEARD"$'\n' == *$'\n'"$first"$'\n'* ]]; then
                echo "    ($key came round to where it started: stopped)"
                return 1
            fi
        done
        return 1
    }

    quoted() { # the non-empty lines of $1, quoted, on one line (the first 6: all are above)
        local out="" line n=0
        while IFS= read -r line; do
            [ -z "$line" ] && continue
            n=$((n + 1))
            [ "$n" -le 6 ] && out+="'$line' "
        done <<<"$1"
        [ "$n" -gt 6 ] && out+="(and $((n - 6)) more, above)"
        printf '%s' "${out:-(nothing)}"
    }

    # Verdicts. An id listed in ORCA_CHECK_EXPECT_FAIL turns FAIL into XFAIL
    # and PASS into XPASS (a failure: take it off the list).
    expected_to_fail() { [[ " ${ORCA_CHECK_EXPECT_FAIL:-} " == *" $1 "* ]]; }
    pass() { # id, what
        if expected_to_fail "$1"; then
            echo "XPASS $1: $2 — it now passes: take it off ORCA_CHECK_EXPECT_FAIL"
            FAILED=$((FAILED + 1)); FAILED_IDS+=" $1"
        else
            echo "PASS  $1: $2"
            PASSED=$((PASSED + 1))
        fi
    }
    fail() { # id, what
        if expected_to_fail "$1"; then
            echo "XFAIL $1: $2"
            XFAILED=$((XFAILED + 1))
        else
            echo "FAIL  $1: $2"
            FAILED=$((FAILED + 1)); FAILED_IDS+=" $1"
        fi
    }

    # Back to Home with its shortcut, so each walk starts from the same place.
    go_home() {
        echo "  (Home: $HOME_KEY)"
        press "$HOME_KEY" 3 # says nothing when Home is already showing
    }

    # --- The assertions -----------------------------------------------------------
    # Each walks from where the one before left off and calls pass or fail once.

    check_window_name() {
        # What Orca said when the window got focus (at start).
        local want="$WINDOW_NAME $WINDOW_ROLE_SPOKEN"
        if has_all "$FOCUS_HEARD" "$want"; then
            pass window_name "the window is named: '$MATCHED'"
        else
            fail window_name "expected '$want' when the window got focus; Orca said: $(quoted "$FOCUS_HEARD")"
        fi
    }

    check_home_heading() {
        echo "  Home's first heading, with $NEXT_HEADING_KEY (next heading):"
        HEARD_ALL=""
        # A design that puts the reading focus on the first block at start
        # has already said it.
        if has_all "$FOCUS_HEARD" "$HOME_HEADING" "heading"; then
            pass home_heading "read when the window got focus: '$MATCHED'"
            return
        fi
        if press_until "$NEXT_HEADING_KEY" 2 "$HOME_HEADING" "heading"; then
            pass home_heading "'$MATCHED'"
        else
            fail home_heading "expected '$HOME_HEADING' as a heading; Orca said: $(quoted "$HEARD_ALL")"
        fi
    }

    check_home_first_paragraph() {
        echo "  Home's first paragraph, with $READ_NEXT_KEY (next block):"
        HEARD_ALL=""
        if press_until "$READ_NEXT_KEY" 2 "$HOME_PARAGRAPH"; then
            pass home_first_paragraph "'$MATCHED'"
        else
            fail home_first_paragraph "expected '$HOME_PARAGRAPH'; Orca said: $(quoted "$HEARD_ALL")"
        fi
    }

    check_crisis_dialog_title() {
        go_home
        echo "  the crisis button, with $NEXT_CONTROL_KEY, then $ACTIVATE_KEY:"
        HEARD_ALL=""
        CRISIS_OPEN=0
        if ! press_until "$NEXT_CONTROL_KEY" "$MAX_TABS_TO_CONTROL" "$HELP_BUTTON_SPOKEN" "button"; then
            fail crisis_dialog_title "no '$HELP_BUTTON_SPOKEN' button within $MAX_TABS_TO_CONTROL presses of $NEXT_CONTROL_KEY"
            return
        fi
        HEARD_ALL=""
        press "$ACTIVATE_KEY"
        CRISIS_OPEN=1
        DIALOG_HEARD=$HEARD
        if has_all "$HEARD" "$HELP_DIALOG_TITLE" "dialog"; then
            pass crisis_dialog_title "'$MATCHED'"
        else
            fail crisis_dialog_title "expected '$HELP_DIALOG_TITLE' and 'dialog' when it opened; Orca said: $(quoted "$HEARD")"
        fi
    }

    check_crisis_first_contact() {
        if [ "${CRISIS_OPEN:-0}" != 1 ]; then
            fail crisis_first_contact "the crisis dialog could not be opened"
            return
        fi
        echo "  the dialog's first contact, with $READ_NEXT_KEY:"
        HEARD_ALL=$DIALOG_HEARD$'\n'
        local i heard_how=0 heard_name=0
        for ((i = 0; i <= MAX_READS; i++)); do
            [ "$i" -gt 0 ] && press "$READ_NEXT_KEY"
            has_all "$HEARD_ALL" "$CONTACT_HOW" && heard_how=1
            has_all "$HEARD_ALL" "$CONTACT_NAME" && heard_name=1
            [ "$heard_how" = 1 ] && [ "$heard_name" = 1 ] && break
        done
        if [ "$heard_how" = 1 ] && [ "$heard_name" = 1 ]; then
            pass crisis_first_contact "heard '$CONTACT_HOW' and '$CONTACT_NAME'"
        else
            fail crisis_first_contact "expected '$CONTACT_HOW' and '$CONTACT_NAME'; Orca said: $(quoted "$HEARD_ALL")"
        fi
        echo "  (close it: $CLOSE_KEY)"
        press "$CLOSE_KEY" 3
    }

    check_compare_cell() {
        go_home
        echo "  Compare, with $NEXT_CONTROL_KEY, then $ACTIVATE_KEY:"
        HEARD_ALL=""
        if ! press_until "$NEXT_CONTROL_KEY" "$MAX_TABS_TO_CONTROL" "$COMPARE_OPEN_SPOKEN"; then
            fail compare_cell "no '$COMPARE_OPEN_SPOKEN' within $MAX_TABS_TO_CONTROL presses of $NEXT_CONTROL_KEY on Home"
            return
        fi
        press "$ACTIVATE_KEY"
        HEARD_ALL=""
        local key
        for key in $COMPARE_CELL_KEYS; do
            echo "  the first cell, with $key:"
            if press_until "$key" "$MAX_PRESSES_TO_CELL" "$CELL_QUESTION" "$CELL_COLUMN" "$CELL_TEXT"; then
                pass compare_cell "'$MATCHED'"
                return
            fi
        done
        fail compare_cell "expected a cell with '$CELL_QUESTION', '$CELL_COLUMN' and '$CELL_TEXT' (keys tried: $COMPARE_CELL_KEYS); Orca said: $(quoted "$HEARD_ALL")"
    }

    # "Read this page aloud" (not Orca's words: the app's own speech, read
    # from speech-dispatcher's log, where each client's lines are numbered by
    # its socket): Home read in English, block by block, and cancelled when
    # another screen opens.
    SPEECHD_LOG=$XDG_RUNTIME_DIR/speech-dispatcher/log/speech-dispatcher.log
    app_fd() { # the app's connection, by the client name it gave
        grep -a -i -m1 -E "[0-9]+:DATA:\|SET self CLIENT_NAME [^:]*:therapy-explorer:" "$SPEECHD_LOG" 2>/dev/null |
            sed -E 's/.*[^0-9]([0-9]+):DATA:.*/\1/'
    }
    app_sent() { # text → 0 when a line the app sent holds it
        local fd
        fd=$(app_fd)
        [ -n "$fd" ] || return 1
        grep -a -E "[^0-9]$fd:DATA:\|" "$SPEECHD_LOG" | grep -a -i -q -F -- "$1"
    }
    wait_sent() { # text, seconds
        local i
        for ((i = 0; i < ${2:-10} * 5; i++)); do
            app_sent "$1" && return 0
            sleep 0.2
        done
        return 1
    }
    check_read_aloud() {
        go_home
        echo "  read aloud, with $NEXT_CONTROL_KEY to '$READ_ALOUD_SPOKEN', then $ACTIVATE_KEY:"
        if ! press_until "$NEXT_CONTROL_KEY" 30 "$READ_ALOUD_SPOKEN"; then
            fail read_aloud "no '$READ_ALOUD_SPOKEN' within 30 presses of $NEXT_CONTROL_KEY on Home (is speech-dispatcher answering the app?)"
            return
        fi
        press "$ACTIVATE_KEY"
        local got=""
        wait_sent "SET self LANGUAGE en" 10 && got+=" language"
        wait_sent "$HOME_HEADING" 10 && got+=" heading"
        wait_sent "$HOME_PARAGRAPH" 15 && got+=" paragraph"
        echo "    speech-dispatcher got from the app:${got:- nothing}"
        echo "  another screen, with $SEARCH_KEY:"
        press "$SEARCH_KEY"
        wait_sent "CANCEL self" 5 && got+=" cancel"
        if [ "$got" = " language heading paragraph cancel" ]; then
            pass read_aloud "Home read in English ('$HOME_HEADING', then '$HOME_PARAGRAPH'), cancelled on Search"
        else
            fail read_aloud "speech-dispatcher got from the app:${got:- nothing} (wanted: language heading paragraph cancel); see its log"
        fi
    }

    # --- Start everything -----------------------------------------------------------
    # speech-dispatcher in the foreground (-s), so it stays this session's child.
    # Log level 5: every line a client sends is logged (read_aloud reads them).
    speech-dispatcher -s -t 0 -l 5 >"$T/speechd.log" 2>&1 &
    local i
    for ((i = 0; i < 50; i++)); do
        [ -S "$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock" ] && break
        sleep 0.2
    done
    [ -S "$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock" ] ||
        { say "speech-dispatcher did not start; its log:"; tail -n 20 "$T/speechd.log"; return 2; }

    # Orca writes its debug log through a pseudo-terminal (script): to a
    # terminal Python writes each line at once, to a plain file only every
    # 8 KiB, and then what a key made Orca say would be read a key late.
    # script ends when its input does: it reads from a sleep that outlasts the run.
    sleep "$TOTAL_TIMEOUT" | script -qfec "exec orca --debug-file /dev/tty 2>>'$T/orca.err'" "$LOG" >/dev/null 2>&1 &
    local orca_pid=$!
    wait_speech 0 40
    if [ -z "$HEARD" ]; then
        say "Orca said nothing within 40 s of starting; its errors:"
        tail -n 20 "$T/orca.err"
        return 2
    fi
    say "Orca $(orca --version 2>/dev/null) is on: $(quoted "$HEARD")"

    # Keep the pointer off where the window opens: with no window manager the
    # keyboard focus follows the pointer, and a window that had focus before
    # its accessibility tree was up is never announced.
    xdotool mousemove 1910 1070
    local registered
    registered=$(count_in_log "object:children-changed:add for [desktop frame")
    "$THERAPY_EXPLORER_BIN" >"$T/app.log" 2>&1 &
    APP_PID=$!
    local window=""
    for ((i = 0; i < 150; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || { say "the app exited at start; its log:"; tail -n 20 "$T/app.log"; return 2; }
        window=$(xdotool search --onlyvisible --pid "$APP_PID" 2>/dev/null | head -n 1)
        [ -n "$window" ] && break
        sleep 0.2
    done
    [ -n "$window" ] || { say "the app showed no window within 30 s"; return 2; }
    # The app joins the accessibility bus once it sees Orca (the bus's
    # IsEnabled); Orca logs the desktop gaining a child.
    for ((i = 0; i < 300; i++)); do
        [ "$(count_in_log "object:children-changed:add for [desktop frame")" -gt "$registered" ] && break
        sleep 0.2
    done
    [ "$i" -lt 300 ] || say "Orca did not see the app join the accessibility bus within 60 s; going on"
    # No window manager runs under Xvfb: give the window the keyboard focus
    # directly (xdotool windowactivate needs a window manager).
    local before
    before=$(spoken_count)
    xdotool windowfocus --sync "$window"
    wait_speech "$before" 10
    if [ -z "$HEARD" ]; then
        # Focus that came too early goes unannounced: take it away and back.
        say "Orca said nothing when the window got focus; unmapping and mapping it again"
        xdotool windowunmap --sync "$window"
        sleep 0.5
        xdotool windowmap --sync "$window"
        xdotool windowfocus --sync "$window"
        wait_speech "$before" 20
    fi
    FOCUS_HEARD=$HEARD
    say "the window has focus; Orca said: $(quoted "$FOCUS_HEARD")"

    # --- Run the assertions ---------------------------------------------------------
    local id
    for id in "${ASSERTIONS[@]}"; do
        if [ -n "${ORCA_CHECK_ONLY:-}" ] && [[ " $ORCA_CHECK_ONLY " != *" $id "* ]]; then
            # The contact is read in the dialog that the title check opens.
            if [ "$id" != crisis_dialog_title ] || [[ " $ORCA_CHECK_ONLY " != *" crisis_first_contact "* ]]; then
                continue
            fi
        fi
        "check_$id"
        if [ "${ORCA_CHECK_TREE:-0}" = 1 ]; then
            "$PYTHON" "$HERE/orca/tree.py" "$(basename "$THERAPY_EXPLORER_BIN")" >"$T/tree-after-$id.txt" 2>&1
        fi
    done

    kill "$APP_PID" "$orca_pid" 2>/dev/null
    echo
    say "$PASSED passed, $FAILED failed$([ "$XFAILED" -gt 0 ] && echo ", $XFAILED known to fail (XFAIL)")"
    [ "$FAILED" -gt 0 ] && say "failed:$FAILED_IDS"
    [ "$FAILED" -eq 0 ]
}

if [ "${1:-}" = "--inner" ]; then
    inner
    exit $?
fi

# ======================================================================================
# Outer part: prerequisites, the app, the private folders, Xvfb, then the
# inner part in a private D-Bus session; every process it started is ended
# on exit.
# ======================================================================================
case "${1:-}" in
"") ;;
--install)
    SUDO=""
    if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null; then
        say "apt-get install failed" >&2
        exit 2
    fi
    ;;
-h | --help)
    sed -n '2,/^# Checked with Orca/p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    say "unknown argument: $1 (try --help)" >&2
    exit 2
    ;;
esac

for cmd in orca speech-dispatcher Xvfb xdotool dbus-run-session script python3 timeout; do
    command -v "$cmd" >/dev/null || missing "the command $cmd"
done
[ -x /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] || missing "speech-dispatcher's espeak-ng module (speech-dispatcher-espeak-ng)"
[ -f /usr/share/dbus-1/services/org.a11y.Bus.service ] || missing "the accessibility bus (at-spi2-core)"
compgen -G "/usr/lib/*/libao.so.4" >/dev/null || compgen -G "/lib/*/libao.so.4" >/dev/null || missing "libao (libao4)"

if [ -z "${THERAPY_EXPLORER_BIN:-}" ]; then
    cd "$HERE/.." || exit 2
    command -v cargo >/dev/null || missing "cargo, to build the app" "or set THERAPY_EXPLORER_BIN to a built therapy-explorer"
    cargo build --quiet --bin therapy-explorer || { say "cargo build failed" >&2; exit 2; }
    THERAPY_EXPLORER_BIN=$PWD/target/debug/therapy-explorer
fi
given=$THERAPY_EXPLORER_BIN
THERAPY_EXPLORER_BIN=$(realpath "$given" 2>/dev/null)
if [ -z "$THERAPY_EXPLORER_BIN" ] || [ ! -x "$THERAPY_EXPLORER_BIN" ]; then
    missing "the app: THERAPY_EXPLORER_BIN=$given is not an executable" "build it (cargo build) or point THERAPY_EXPLORER_BIN at one"
fi
export THERAPY_EXPLORER_BIN

[ "${ORCA_CHECK_TREE:-0}" = 1 ] && ORCA_CHECK_KEEP=1
T=$(mktemp -d "${TMPDIR:-/tmp}/orca-check.XXXXXX")
# Every process started from here on carries this in its environment; the
# clean-up ends exactly those (daemons and D-Bus-activated services too).
export ORCA_CHECK_TAG=$T ORCA_CHECK_DIR=$T
cleanup() {
    local pass dir pid pids
    for pass in TERM KILL; do
        pids=""
        for dir in /proc/[0-9]*; do
            pid=${dir#/proc/}
            [ "$pid" = "$$" ] && continue
            grep -qzx "ORCA_CHECK_TAG=$T" "/proc/$pid/environ" 2>/dev/null && pids+=" $pid"
        done
        [ -z "$pids" ] && break
        # shellcheck disable=SC2086
        kill -s "$pass" $pids 2>/dev/null
        sleep 1
    done
    if [ "${ORCA_CHECK_KEEP:-0}" = 1 ]; then
        say "kept $T (orca.log: Orca's debug log; app.log, speechd.log, orca.err)"
    else
        rm -rf "$T"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private home: speech-dispatcher's config, libao's null driver, Orca's
# settings and the app's settings all go here.
mkdir -p "$T/home" "$T/config" "$T/data" "$T/cache" "$T/run"
chmod 700 "$T/run"
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache XDG_RUNTIME_DIR=$T/run
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS WAYLAND_DISPLAY LANGUAGE LC_MESSAGES
# Orca speaks roles in the locale's language ("push button", "heading level
# 1", "dialog"): the assertions expect English.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# No sound card: speech-dispatcher plays through libao, into its null driver.
echo "default_driver=null" >"$HOME/.libao"
cp -r /etc/speech-dispatcher "$XDG_CONFIG_HOME/speech-dispatcher"
cat >>"$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf" <<'EOF'
AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
EOF

# What the app should say, from its own pack (the one built into the binary,
# written out by export-pack). Each can be set from outside instead.
if ! "$THERAPY_EXPLORER_BIN" export-pack "$T/pack" >"$T/export.log" 2>&1; then
    say "the app could not export its pack:"; cat "$T/export.log"; exit 2
fi
first_string() { # file, field, [a line to start from] → the field's first string value
    sed -n "/${3:-^}/,\$p" "$T/pack/$1" | grep -m1 -E "^[[:space:]]*$2: \"" |
        sed -E 's/^[^"]*"//; s/",?[[:space:]]*$//; s/\\"/"/g'
}
export WINDOW_NAME HOME_HEADING HOME_PARAGRAPH CONTACT_NAME CONTACT_HOW CELL_QUESTION CELL_COLUMN CELL_TEXT
: "${WINDOW_NAME:=$(first_string pack.ron title)}"                     # the window: the pack's title
: "${HOME_HEADING:=$WINDOW_NAME}"                                      # Home's heading: the title too
: "${HOME_PARAGRAPH:=$(first_string pack.ron tagline)}"                # Home's first paragraph
: "${CONTACT_NAME:=$(first_string pack.ron name crisis_contacts:)}"    # the first crisis contact
: "${CONTACT_HOW:=$(first_string pack.ron how crisis_contacts:)}"
: "${CELL_QUESTION:=$(first_string comparison.ron question)}"          # the first row of Compare,
: "${CELL_COLUMN:=$(first_string pack.ron name 'individual: FormatInfo(')}" # its one-to-one column
: "${CELL_TEXT:=$(first_string comparison.ron individual 'Row(')}"
for var in WINDOW_NAME HOME_HEADING HOME_PARAGRAPH CONTACT_NAME CONTACT_HOW CELL_QUESTION CELL_COLUMN CELL_TEXT; do
    [ -n "${!var}" ] || { say "could not read $var from the exported pack in $T/pack"; ORCA_CHECK_KEEP=1; exit 2; }
done

# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$T/display" >"$T/xvfb.log" 2>&1 &
for ((i = 0; i < 50; i++)); do
    [ -s "$T/display" ] && break
    sleep 0.2
done
[ -s "$T/display" ] || { say "Xvfb did not start:"; cat "$T/xvfb.log"; exit 2; }
DISPLAY=":$(head -n 1 "$T/display")"
export DISPLAY

say "checking $THERAPY_EXPLORER_BIN on display $DISPLAY"
START=$(date +%s)
# In the background, so that Ctrl+C or a TERM ends the run at once (bash
# runs a trap only after a foreground child has finished).
timeout -k 5 "$TOTAL_TIMEOUT" dbus-run-session -- bash "$SELF" --inner 3>&1 >"$T/dbus.log" 2>&1 &
wait $!
status=$?
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    say "FAIL: the whole run took over $TOTAL_TIMEOUT s and was stopped"
    status=1
fi
say "took $(($(date +%s) - START)) s"
exit "$status"

#!/usr/bin/env bash
# window-smoke.sh BINARY: start the real app in a real X window (Xvfb) on
# a temporary database, find its window, take a screenshot, check that it
# is not blank, close it with Ctrl+Q as a clerk would, and check that the
# process ended cleanly. The screenshot is kept in build/window.png.
set -euo pipefail
NAME="window smoke test"
source "$(dirname "$0")/window-lib.sh"
bin=$(realpath "$1")
in_xvfb "$0" "$@"
start_app "$bin" --db "$work/rapi.db"
screenshot build/window.png
echo "$NAME: window \"$(xdotool getwindowname "$wid")\" shows $colours colours"
quit_app
[ -f "$work/rapi.db" ] || fail "no database was created"

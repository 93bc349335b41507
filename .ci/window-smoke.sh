#!/usr/bin/env bash
# window-smoke.sh BINARY: start the real app in a real X window (Xvfb) on
# a temporary database, find its window, take a screenshot, check that it
# is not blank, close it with Ctrl+Q as a clerk would, and check that the
# process ended cleanly. The screenshot is kept in build/window.png.
set -euo pipefail
bin=$(realpath "$1")
if [ -z "${RAPI_IN_XVFB:-}" ]; then
  RAPI_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" LIBGL_ALWAYS_SOFTWARE=1
"$bin" --db "$work/rapi.db" >"$work/app.log" 2>&1 &
pid=$!
fail() { echo "window smoke test: $*" >&2; cat "$work/app.log" >&2; kill "$pid" 2>/dev/null || true; exit 1; }

wid=""
for _ in $(seq 1 60); do
  wid=$(xdotool search --onlyvisible --name '^Rapi' 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited before showing a window"
  sleep 0.5
done
[ -n "$wid" ] || fail "no window titled Rapi appeared"
sleep 2 # let the first frames render
mkdir -p build
import -window "$wid" build/window.png
colours=$(convert build/window.png -format %k info:)
[ "$colours" -gt 20 ] || fail "the screenshot is blank ($colours colours)"
title=$(xdotool getwindowname "$wid")
echo "window smoke test: window \"$title\" shows $colours colours"

xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 20); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$pid" 2>/dev/null && fail "the app did not close on Ctrl+Q"
wait "$pid" && code=0 || code=$?
[ "$code" -eq 0 ] || fail "the app exited with status $code"
[ -f "$work/rapi.db" ] || fail "no database was created"
echo "window smoke test: closed cleanly"

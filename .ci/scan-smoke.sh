#!/usr/bin/env bash
# scan-smoke.sh RAPI RAPICTL: the USB scanner test on the real window.
# Make a demo database of 2000 files, pick a file's code, start the real
# app under Xvfb with RAPI_TEST_SHOWN_FILE set, type the code and Enter
# at scanner speed (5 ms a key) with xdotool, wait until the app reports
# the card of that code shown, take a screenshot (build/scan.png), check
# it is not blank, close with Ctrl+Q and check a clean exit.
set -euo pipefail
bin=$(realpath "$1")
ctl=$(realpath "$2")
if [ -z "${RAPI_IN_XVFB:-}" ]; then
  RAPI_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" LIBGL_ALWAYS_SOFTWARE=1
db="$work/rapi.db"
"$ctl" --db "$db" demo --berkas 2000 >/dev/null
# A file on loan shows the most on its card: borrower and due date.
code=$(sqlite3 "$db" "SELECT code FROM berkas WHERE on_loan_id IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 1")
[ -n "$code" ] || code=$("$ctl" --db "$db" find rapat --json | sed -n 's/.*"code": "\(B-[0-9]*\)".*/\1/p' | head -n1)
[ -n "$code" ] || { echo "scan smoke test: no berkas code in the demo database" >&2; exit 1; }

shown="$work/shown.txt"
RAPI_TEST_SHOWN_FILE="$shown" "$bin" --db "$db" >"$work/app.log" 2>&1 &
pid=$!
fail() { echo "scan smoke test: $*" >&2; cat "$work/app.log" >&2; kill "$pid" 2>/dev/null || true; exit 1; }

wid=""
for _ in $(seq 1 60); do
  wid=$(xdotool search --onlyvisible --name '^Rapi' 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited before showing a window"
  sleep 0.5
done
[ -n "$wid" ] || fail "no window titled Rapi appeared"
sleep 2 # first frames; the scan box has the focus on start
xdotool windowfocus --sync "$wid" 2>/dev/null || true
start=$(date +%s%N)
xdotool type --window "$wid" --delay 5 "$code"
xdotool key --window "$wid" Return
got=""
for _ in $(seq 1 100); do
  got=$(cat "$shown" 2>/dev/null || true)
  [ -n "$got" ] && break
  sleep 0.05
done
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$got" = "$code" ] || fail "scanned $code, the app showed \"$got\""
sleep 1 # let the card render
mkdir -p build
import -window root build/scan.png
colours=$(convert build/scan.png -format %k info:)
[ "$colours" -gt 20 ] || fail "the screenshot is blank ($colours colours)"
echo "scan smoke test: scanned $code, card shown (typing + lookup ${ms} ms), screenshot build/scan.png has $colours colours"

xdotool key --clearmodifiers Escape
sleep 0.3
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 20); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$pid" 2>/dev/null && fail "the app did not close on Ctrl+Q"
wait "$pid" && rc=0 || rc=$?
[ "$rc" -eq 0 ] || fail "the app exited with status $rc"
echo "scan smoke test: closed cleanly"

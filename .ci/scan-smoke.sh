#!/usr/bin/env bash
# scan-smoke.sh RAPI RAPICTL: the USB scanner test on the real window.
# Make a demo database of 2000 files, pick a file's code, start the real
# app under Xvfb with RAPI_TEST_SHOWN_FILE set, type the code and Enter
# at scanner speed (5 ms a key) with xdotool, wait until the app reports
# the card of that code shown, take a screenshot (build/scan.png), check
# it is not blank, close with Ctrl+Q and check a clean exit. Then the
# same code scanned into a focused form field (build/scan-field.png).
# Last an asset: its sticker printed with rapictl labels --kind aset on
# the small 50 x 30 roll, the QR read back from the PDF with zbarimg and
# typed into the window; the asset's card must open (build/scan-aset.png).
set -euo pipefail
NAME="scan smoke test"
source "$(dirname "$0")/window-lib.sh"
bin=$(realpath "$1")
ctl=$(realpath "$2")
in_xvfb "$0" "$@"
db="$work/rapi.db"
"$ctl" --db "$db" demo --berkas "${SCAN_SMOKE_BERKAS:-2000}" --aset 200 >/dev/null # make bench-size runs: SCAN_SMOKE_BERKAS=200000
# A file on loan shows the most on its card: borrower and due date.
code=$(sqlite3 "$db" "SELECT code FROM berkas WHERE on_loan_id IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 1")
[ -n "$code" ] || code=$("$ctl" --db "$db" find rapat --json | sed -n 's/.*"code": "\(B-[0-9]*\)".*/\1/p' | head -n1)
[ -n "$code" ] || { echo "scan smoke test: no berkas code in the demo database" >&2; exit 1; }

shown="$work/shown.txt"
export RAPI_TEST_SHOWN_FILE="$shown"
start_app "$bin" --db "$db" # the scan box has the focus on start
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --window "$wid" --delay 5 "$code"
start=$(date +%s%N) # from the scanner's Enter to the card shown
xdotool key --window "$wid" Return
got=""
for _ in $(seq 1 1000); do
  got=$(cat "$shown" 2>/dev/null || true)
  [ -n "$got" ] && break
  sleep 0.005
done
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$got" = "$code" ] || fail "scanned $code, the app showed \"$got\""
sleep 1 # let the card render
screenshot build/scan.png
echo "scan smoke test: scanned $code, card shown ${ms} ms after Enter, screenshot build/scan.png has $colours colours"

xdotool key --clearmodifiers Escape
sleep 0.3
quit_app

# A burst into a focused form field (Pengaturan's clerk name): the clerk
# types her name by hand, then a label is scanned at scanner speed. The
# card must open and the field keep only her name. Fyne sends a key event
# before each character in a real window, which the unit tests replay.
field="$work/field.txt"
rm -f "$shown"
export RAPI_TEST_FIELD_FILE="$field" RAPI_TEST_FOCUS_CLERK=1
start_app "$bin" --db "$db"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --window "$wid" --delay 250 "Siti"
sleep 0.5
xdotool type --window "$wid" --delay 5 "$code"
xdotool key --window "$wid" Return
got=""
for _ in $(seq 1 600); do
  got=$(cat "$shown" 2>/dev/null || true)
  [ -n "$got" ] && break
  sleep 0.005
done
[ "$got" = "$code" ] || fail "a burst of $code into the clerk field showed \"$got\""
kept=$(cat "$field" 2>/dev/null || true)
[ "$kept" = "Siti" ] || fail "after the burst the clerk field holds \"$kept\", want \"Siti\""
sleep 1
screenshot build/scan-field.png
echo "scan smoke test: a burst into a focused field opened $code, the field kept \"$kept\""
xdotool key --clearmodifiers Escape
sleep 0.3
quit_app

# An asset sticker, printed and read back as a scanner would read it.
# An asset with a holder shows the most on its card.
acode=$(sqlite3 "$db" "SELECT code FROM aset WHERE deleted_at IS NULL ORDER BY pemegang_nama = '', id LIMIT 1")
[ -n "$acode" ] || fail "no asset in the demo database"
"$ctl" --db "$db" labels --kind aset --template "Rol 50x30" --out "$work/aset.pdf" "$acode" >/dev/null
pdftoppm -r 300 -png "$work/aset.pdf" "$work/aset"
read=$(zbarimg -q --raw "$work"/aset-1.png 2>/dev/null | head -n1 || true)
[ "$read" = "$acode" ] || fail "the sticker of $acode reads back as \"$read\""
rm -f "$shown"
unset RAPI_TEST_FIELD_FILE RAPI_TEST_FOCUS_CLERK
start_app "$bin" --db "$db"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool type --window "$wid" --delay 5 "$read"
xdotool key --window "$wid" Return
got=""
for _ in $(seq 1 600); do
  got=$(cat "$shown" 2>/dev/null || true)
  [ -n "$got" ] && break
  sleep 0.005
done
[ "$got" = "$acode" ] || fail "scanned the sticker of $acode, the app showed \"$got\""
sleep 1
screenshot build/scan-aset.png
echo "scan smoke test: the sticker of asset $acode scanned back from its PDF opened its card, screenshot build/scan-aset.png"
xdotool key --clearmodifiers Escape
sleep 0.3
quit_app

#!/usr/bin/env bash
# screenshots.sh RAPI RAPICTL: the README's pictures, taken from the real
# app under Xvfb (1280 x 800) on a demo database of 5,000 files: Beranda
# (shell.png), the Arsip list with three berkas ticked (arsip.png), a
# scanned berkas card (scan.png), Cetak with those labels queued
# (cetak.png), the Inventaris asset list (aset.png), a scanned asset's
# card (aset-card.png), a sensus of a room in progress with a misplaced
# asset offered to move (sensus.png), a meeting of this week on its
# Checklist tab (rapat.png), the rooms' day of the busiest booked day
# (peminjaman.png) and, last as its mode then shows on every page, a
# stock-take of a shelf in progress (opname.png); the demo has 500
# assets, meetings around today and weeks of bookings too. They
# are written to assets/screenshots/. Positions are clicked as a clerk
# would; the window is moved to 0,0 and sized 1280 x 760 first so they hold.
set -euo pipefail
NAME="screenshots"
source "$(dirname "$0")/window-lib.sh"
bin=$(realpath "$1")
ctl=$(realpath "$2")
out=$(realpath "$(dirname "$0")/../assets/screenshots")
in_xvfb "$0" "$@"
db="$work/rapi.db"
"$ctl" --db "$db" demo --berkas 5000 --aset 500 >/dev/null
start_app "$bin" --db "$db"
xdotool windowmove --sync "$wid" 0 0 2>/dev/null || true
xdotool windowsize --sync "$wid" 1280 760 2>/dev/null || true
sleep 1

click() { xdotool mousemove --window "$wid" "$1" "$2" click 1; sleep "${3:-1}"; }
scan() {
  xdotool key --clearmodifiers ctrl+f; sleep 0.2
  xdotool type --window "$wid" --delay 5 "$1"; xdotool key --window "$wid" Return; sleep 1
}
# The positions in a 1280 x 760 window: the navigation's entries, the
# Arsip list's tick column and rows, its print button, the stock-take mode.
nav() { click 60 "$1" 2; }
NAV_PINDAI=128 NAV_ARSIP=167 NAV_INVENTARIS=206 NAV_RAPAT=245 NAV_PEMINJAMAN=284

screenshot "$out/shell.png"
nav $NAV_ARSIP
for y in 284 323 401; do click 154 "$y" 0.5; done
xdotool mousemove --window "$wid" 930 401; sleep 0.5 # the whole place path under the table
screenshot "$out/arsip.png"
code=$(sqlite3 "$db" "SELECT code FROM berkas WHERE on_loan_id IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 1")
scan "$code"
screenshot "$out/scan.png"
click 640 571 1 # Tutup
click 689 209 2 # Cetak label yang dipilih: Cetak opens with the three labels
screenshot "$out/cetak.png"
nav $NAV_INVENTARIS
screenshot "$out/aset.png"
aset=$(sqlite3 "$db" "SELECT code FROM aset WHERE deleted_at IS NULL AND pemegang_nama <> '' ORDER BY id LIMIT 1")
scan "$aset"
screenshot "$out/aset-card.png"
click 640 593 1 # Tutup
# Sensus: start a session (the clerk gives her name once), scan the door
# label of a room, six of its assets and one registered in the Aula.
click 398 90 1  # the Sensus tab
click 795 129 1 # Mulai sensus
click 707 417 1 # its dialog's Mulai sensus
xdotool type --window "$wid" --delay 60 "Siti Rahma"; sleep 0.5
click 688 466 1 # Simpan the clerk's name
sensus_scan() { click 700 207 0.3; xdotool type --window "$wid" --delay 5 "$1"; xdotool key --window "$wid" Return; sleep 0.6; }
sensus_scan R-TU
for c in $(sqlite3 "$db" "SELECT a.code FROM aset a JOIN place p ON p.id = a.ruang_id WHERE p.code = 'R-TU' AND a.deleted_at IS NULL ORDER BY a.id LIMIT 6"); do
  sensus_scan "$c"
done
sensus_scan "$(sqlite3 "$db" "SELECT a.code FROM aset a JOIN place p ON p.id = a.ruang_id WHERE p.code = 'R-AULA' AND a.deleted_at IS NULL ORDER BY a.id LIMIT 1")"
screenshot "$out/sensus.png"
# Rapat: the week's list opens on this week; open the meeting with the
# most items ticked among those with one late (rows are 39 px apart, in
# start order), then its Checklist tab.
nav $NAV_RAPAT
row=$(sqlite3 "$db" "WITH w AS (SELECT row_number() OVER (ORDER BY r.mulai, r.id) - 1 AS i,
    (SELECT count(*) FROM rapat_item t WHERE t.rapat_id = r.id AND t.deleted_at IS NULL AND t.selesai <> '') AS done,
    (SELECT count(*) FROM rapat_item t WHERE t.rapat_id = r.id AND t.deleted_at IS NULL AND t.selesai = ''
      AND datetime(r.mulai, t.relatif || ' minutes') < datetime('now', 'localtime')) AS late
  FROM rapat r WHERE r.deleted_at IS NULL AND r.mulai >= date('now', 'localtime', 'weekday 0', '-6 days')
    AND r.mulai < date('now', 'localtime', 'weekday 0', '+1 days'))
  SELECT i FROM w ORDER BY done > 0 AND late > 0 DESC, done DESC LIMIT 1")
click 600 $((168 + 39 * row)) 2
click 450 169 2 # the Checklist tab
screenshot "$out/rapat.png"
# Peminjaman opens on today's rooms; step by day to the day with the most
# room bookings (the nearest of those), with the day's arrows.
nav $NAV_PEMINJAMAN
off=$(sqlite3 "$db" "SELECT CAST(julianday(date(s.dari)) - julianday(date('now', 'localtime')) AS INTEGER) AS off
  FROM booking_slot s JOIN booking_resource r ON r.id = s.resource_id JOIN booking b ON b.id = s.booking_id
  WHERE r.jenis = 'ruang' AND b.deleted_at IS NULL AND s.status IN ('diajukan', 'disetujui', 'selesai')
  GROUP BY off ORDER BY count(*) DESC, abs(off) LIMIT 1")
off=${off:-0} arrow=676 # the next day
if [ "$off" -lt 0 ]; then arrow=565 off=$((-off)); fi # the day before
for _ in $(seq 1 "$off"); do click "$arrow" 129 0.3; done
sleep 1
screenshot "$out/peminjaman.png"
nav $NAV_PINDAI
click 667 128 1 # Stok opname
shelf=$(sqlite3 "$db" "SELECT p.code FROM place p JOIN boks x ON x.place_id = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1")
scan "$shelf"
for c in $(sqlite3 "$db" "SELECT x.code FROM boks x JOIN place p ON p.id = x.place_id WHERE p.code = '$shelf' ORDER BY x.nomor LIMIT 3"); do scan "$c"; done
screenshot "$out/opname.png"
quit_app
echo "$NAME: written to $out"

#!/usr/bin/env bash
# bench.sh: Rapi's speed targets, measured on generated data. Builds the
# 200,000-file demo database once with rapictl (itself a target: under
# 60 s), then runs each group of Go benchmarks with the iteration count it
# is written for, and prints the figures the README quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
tags=migrated_fynedo,sqlite_fts5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"

go build -tags $tags -o "$work/rapictl" ./cmd/rapictl
go build -tags $tags -o "$work/rapi" ./cmd/rapi
start=$(date +%s%N)
"$work/rapictl" --db "$work/bench.db" demo --berkas 200000 --aset 100000
echo "rapictl demo --berkas 200000 --aset 100000: $(( ($(date +%s%N) - start) / 1000000 )) ms (target < 60000)"
export RAPI_BENCH_DB="$work/bench.db"

run() { # run PACKAGE PATTERN BENCHTIME
  go test -tags $tags -run '^$' -bench "$2" -benchtime "$3" -benchmem "$1" | grep -E '^(Benchmark|ok|FAIL)'
}
run ./storage/ 'Arsip(FindCode|Search|FirstPage)' 300x
run ./storage/ 'Aset(FindCode|SensusScan)' 300x
run ./storage/ 'AsetFirstPage' 100x
run ./storage/ 'Booking100k' 300x
run ./ui/ 'Scan' 200x
run ./ui/inventaris/ 'Inventaris' 100x
run ./ui/rapat/ 'HadirScan' 100x
run ./storage/ 'RapatHome' 20x
# The real window: a scan typed by xdotool into the app under Xvfb.
SCAN_SMOKE_BERKAS=200000 bash .ci/scan-smoke.sh "$work/rapi" "$work/rapictl" | grep scanned
# Start-up: launch to the first usable window on the 200,000-file database.
bash .ci/startup-bench.sh "$work/rapi" "$work/bench.db" 5 | grep startup:
run ./storage/ 'ImportArsip100k|ExportArsip100k' 1x
run ./storage/ 'AsetKIBB100k' 1x
run ./ui/printout/ 'KIR1000' 5x
run ./ui/printout/ 'DaftarHadir500' 5x
run ./storage/sheet/ . 1x
run ./ui/paper/ 'FolderLabels1000|GLabelsCompare' 1x

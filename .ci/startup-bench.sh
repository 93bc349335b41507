#!/usr/bin/env bash
# startup-bench.sh BINARY DB [RUNS]: time from launching the app on DB to
# its first usable window (Beranda showing its figures), in a real X
# window under Xvfb. The app writes when its window takes input and when
# Beranda shows its figures to RAPI_TEST_READY_FILE; the time runs from
# just before the launch. Each run closes the app with Ctrl+Q. Prints
# every run and the medians.
set -euo pipefail
NAME="startup benchmark"
source "$(dirname "$0")/window-lib.sh"
bin=$(realpath "$1")
db=$(realpath "$2")
runs=${3:-5}
in_xvfb "$0" "$@"
# stamp FILE KEY: the Unix ns the app wrote for KEY, or nothing yet.
stamp() { sed -n "s/^$2=\([0-9]\{19\}\)$/\1/p" "$1" 2>/dev/null; }
win=() home=()
for i in $(seq 1 "$runs"); do
  ready="$work/ready.$i"
  t0=$(date +%s%N)
  RAPI_TEST_READY_FILE="$ready" "$bin" --db "$db" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    [ -n "$(stamp "$ready" beranda)" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the app exited before its window was ready"
    sleep 0.01
  done
  [ -n "$(stamp "$ready" beranda)" ] || fail "Beranda showed no figures within 30 s"
  w=$(( ($(stamp "$ready" window) - t0) / 1000000 ))
  h=$(( ($(stamp "$ready" beranda) - t0) / 1000000 ))
  win+=("$w") home+=("$h")
  echo "$NAME: run $i: window takes input ${w} ms after launch, Beranda's figures ${h} ms"
  wid=$(xdotool search --onlyvisible --name '^Rapi' 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] || fail "ready, but no window titled Rapi is visible"
  quit_app >/dev/null
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "startup: window takes input, median $(median "${win[@]}") ms (target < 1000); Beranda's figures $(median "${home[@]}") ms; $runs runs on $(basename "$db")"

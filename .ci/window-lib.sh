# window-lib.sh: what the real-window tests share. Source it, then call
# in_xvfb first, start_app to run the app and find its window,
# screenshot to keep a non-blank picture, quit_app to close with Ctrl+Q
# as a clerk would and check the process ended cleanly. Set NAME to the
# test's name for messages.

# in_xvfb SCRIPT ARGS...: re-run the calling script inside a fresh Xvfb.
in_xvfb() {
  if [ -z "${RAPI_IN_XVFB:-}" ]; then
    RAPI_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$@"
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  export HOME="$work" XDG_CONFIG_HOME="$work/config" LIBGL_ALWAYS_SOFTWARE=1
}

fail() {
  echo "$NAME: $*" >&2
  cat "$work/app.log" >&2 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  exit 1
}

# start_app BINARY ARGS...: start the app, wait for its window (sets pid, wid).
start_app() {
  "$@" >"$work/app.log" 2>&1 &
  pid=$!
  wid=""
  for _ in $(seq 1 60); do
    wid=$(xdotool search --onlyvisible --name '^Rapi' 2>/dev/null | head -n1 || true)
    [ -n "$wid" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the app exited before showing a window"
    sleep 0.5
  done
  [ -n "$wid" ] || fail "no window titled Rapi appeared"
  sleep 2 # let the first frames render
}

# screenshot FILE: the window as a PNG, which must not be blank (sets colours).
screenshot() {
  mkdir -p "$(dirname "$1")"
  import -window "$wid" "$1"
  colours=$(convert "$1" -format %k info:)
  [ "$colours" -gt 20 ] || fail "the screenshot $1 is blank ($colours colours)"
}

# quit_app: Ctrl+Q, then the process must end with status 0.
quit_app() {
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  xdotool key --clearmodifiers ctrl+q
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && fail "the app did not close on Ctrl+Q"
  local rc=0
  wait "$pid" || rc=$?
  [ "$rc" -eq 0 ] || fail "the app exited with status $rc"
  echo "$NAME: closed cleanly"
}

package ui

import (
	"errors"
	"fmt"
	"image/color"
	"os"
	"sync"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"

	"rapi/model"
	"rapi/ui/arsip"
	"rapi/ui/kit"
)

// ScannerConfig tells a USB scanner's typing from a clerk's. Scanners
// type a code a few milliseconds per key and press Enter; people need
// 80 ms or more between keys.
type ScannerConfig struct {
	// MaxGap is the longest pause between two keys of a scan. Default 30 ms.
	MaxGap time.Duration
	// MinLen is the shortest code taken as a scan. Default 4.
	MinLen int
	// Prefix, when not 0, is a character the scanner sends before each
	// code (configured in the scanner, e.g. '§' or a control character).
	// What follows it up to Enter is a scan at any speed.
	Prefix rune
}

const (
	prefScanGap    = "scanner.max_gap_ms"
	prefScanMinLen = "scanner.min_len"
	prefScanPrefix = "scanner.prefix"
)

func (c ScannerConfig) withDefaults() ScannerConfig {
	if c.MaxGap <= 0 {
		c.MaxGap = 30 * time.Millisecond
	}
	if c.MinLen <= 0 {
		c.MinLen = 4
	}
	return c
}

// ScannerConfig is this PC's scanner setting (preferences), defaults filled in.
func (a *App) ScannerConfig() ScannerConfig {
	p := a.prefs.p
	c := ScannerConfig{
		MaxGap: time.Duration(p.Int(prefScanGap)) * time.Millisecond,
		MinLen: p.Int(prefScanMinLen),
	}
	if r, _ := utf8.DecodeRuneInString(p.String(prefScanPrefix)); r != utf8.RuneError {
		c.Prefix = r
	}
	return c.withDefaults()
}

// SetScannerConfig saves c as this PC's scanner setting and applies it.
func (a *App) SetScannerConfig(c ScannerConfig) {
	c = c.withDefaults()
	p := a.prefs.p
	p.SetInt(prefScanGap, int(c.MaxGap/time.Millisecond))
	p.SetInt(prefScanMinLen, c.MinLen)
	prefix := ""
	if c.Prefix != 0 {
		prefix = string(c.Prefix)
	}
	p.SetString(prefScanPrefix, prefix)
	if a.shell != nil {
		a.shell.scan.burst.cfg = c
	}
}

// burstDetector watches the keys typed into form fields. The keys of a
// possible scan go into the field as usual (a person's typing must not
// lag); when Enter ends a fast enough, long enough burst of code
// characters, the field gets back the text it had before the burst, the
// Enter is kept from the form, and the code goes to the scan box.
type burstDetector struct {
	cfg ScannerConfig
	now func() time.Time // replaced in tests

	target   *kit.Entry // the field the burst is being typed into
	before   string     // its text before the burst
	row, col int        // its cursor before the burst
	code     []rune
	first    time.Time // when the burst's first key came
	last     time.Time
	prefixed bool // the scanner's prefix character started this burst
}

func (d *burstDetector) reset() {
	d.target, d.code, d.prefixed = nil, nil, false
}

func (d *burstDetector) start(e *kit.Entry, t time.Time, prefixed bool) {
	d.target, d.before, d.row, d.col = e, e.Text, e.CursorRow, e.CursorColumn
	d.code, d.first, d.last, d.prefixed = nil, t, t, prefixed
}

// onPace reports whether a key at t keeps up a scanner's pace. A real
// window hands keys over between frames, so a burst arrives in clumps:
// one gap may reach twice MaxGap as long as the burst as a whole keeps
// within MaxGap a key (with one gap of slack). A person typing 50 ms a
// key falls behind after the second key.
func (d *burstDetector) onPace(t time.Time) bool {
	gaps := time.Duration(len(d.code) + 1)
	return t.Sub(d.last) <= 2*d.cfg.MaxGap && t.Sub(d.first) <= gaps*d.cfg.MaxGap
}

// codeRune is r as it would stand in a code, or 0 when no code holds it.
func codeRune(r rune) rune {
	if r >= 'a' && r <= 'z' {
		r -= 'a' - 'A' // a scanner under Caps Lock
	}
	if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
		return r
	}
	return 0
}

// rune looks at a character about to be typed into e. It returns true
// when the character is the scanner's prefix or follows it: the field
// must not get it.
func (d *burstDetector) rune(e *kit.Entry, r rune) (swallow bool) {
	t := d.now()
	if d.cfg.Prefix != 0 && r == d.cfg.Prefix {
		d.start(e, t, true)
		return true
	}
	if d.prefixed && d.target == e {
		if c := codeRune(r); c != 0 && len(d.code) < model.MaxCodeLen {
			d.code = append(d.code, c)
			d.last = t
			return true
		}
		d.reset() // not a code after all: let the field have the rest
		return false
	}
	c := codeRune(r)
	fast := d.target == e && d.onPace(t)
	switch {
	case c == 0:
		d.reset()
	case fast && len(d.code) < model.MaxCodeLen:
		d.code = append(d.code, c)
		d.last = t
	default: // the first key of what may become a burst
		d.start(e, t, false)
		d.code = []rune{c}
	}
	return false
}

// enter decides whether the Enter typed into e ends a scan. If it does,
// e's text is put back as it was and the code is returned.
func (d *burstDetector) enter(e *kit.Entry) (code string, ok bool) {
	t := d.now()
	defer d.reset()
	if d.target != e || len(d.code) < d.cfg.MinLen {
		return "", false
	}
	if !d.prefixed && !d.onPace(t) {
		return "", false
	}
	code = string(d.code)
	if !model.ValidCode(code) {
		return "", false
	}
	if !d.prefixed { // the burst's keys went into the field: undo them
		e.SetText(d.before)
		e.CursorRow, e.CursorColumn = d.row, d.col
		e.Refresh()
	}
	return code, true
}

// scanRune is kit.Entry.TypedRune's first look at a character.
func (a *App) scanRune(e *kit.Entry, r rune) (swallow bool) {
	if a.shell == nil {
		return false
	}
	b := a.shell.scan
	if e == b.entry {
		// The scan box takes scans as typed; only the prefix is dropped.
		return b.burst.cfg.Prefix != 0 && r == b.burst.cfg.Prefix
	}
	return b.burst.rune(e, r)
}

// scanKey is kit.Entry.TypedKey's first look at a key. Enter ending a scan
// sends the code to the scan box and returns true.
func (a *App) scanKey(e *kit.Entry, k *fyne.KeyEvent) bool {
	if a.shell == nil || e == a.shell.scan.entry {
		return false
	}
	d := a.shell.scan.burst
	if k.Name != fyne.KeyReturn && k.Name != fyne.KeyEnter {
		if !typingKey(k.Name) {
			d.reset()
		}
		return false
	}
	code, ok := d.enter(e)
	if ok {
		writeTestFile(FieldFileEnv, e.Text)
		a.Scanned(code)
	}
	return ok
}

// typingKey reports whether a key only types its character (or is a
// modifier such as Shift). A real window delivers a TypedKey for every
// key before the key's TypedRune, so such keys must leave a burst
// going; keys that move the cursor or edit (arrows, Backspace, Tab) end
// it, because the field's text before the burst can no longer be put
// back as it was.
func typingKey(n fyne.KeyName) bool {
	if len(n) == 1 || n == "" || n == fyne.KeySpace {
		return true // letters, digits, punctuation; keys Fyne has no name for
	}
	switch n {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyCapsLock,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeySuperLeft, desktop.KeySuperRight:
		return true
	}
	return false
}

// unfocusedRune takes a character typed while no widget has the focus
// (after a click on an empty part of the window): it starts a scan or a
// search in the scan box.
func (a *App) unfocusedRune(r rune) {
	if a.shell == nil {
		return
	}
	a.FocusScan()
	a.shell.scan.entry.TypedRune(r)
}

// Scanned looks up a code that a scanner typed, wherever the focus was.
func (a *App) Scanned(code string) {
	code = model.NormalizeCode(code)
	if code == "" || a.store == nil {
		return
	}
	if a.shell != nil {
		a.shell.scan.entry.SetText("")
		if a.shell.scan.session.Mode() != arsip.ModeCari {
			a.modeScan(code)
			return
		}
	}
	a.Search(code)
}

// flashTime is how long the scan box shows green or red after a scan.
var flashTime = 600 * time.Millisecond

var (
	flashFound    = color.NRGBA{R: 0x2e, G: 0xa0, B: 0x43, A: 0xb0}
	flashNotFound = color.NRGBA{R: 0xd0, G: 0x30, B: 0x30, A: 0xb0}
)

// ScanFeedback flashes the scan box green (found) or red (not found), so
// a clerk scanning a shelf need not read the screen after each label.
func (a *App) ScanFeedback(ok bool) {
	if a.shell == nil {
		return
	}
	b := a.shell.scan
	c := flashNotFound
	if ok {
		c = flashFound
	}
	b.flashMu.Lock()
	b.flash.FillColor = c
	b.flashSeq++
	seq := b.flashSeq
	b.flashMu.Unlock()
	b.flash.Refresh()
	time.AfterFunc(flashTime, func() {
		fyne.Do(func() {
			b.flashMu.Lock()
			last := b.flashSeq == seq // a newer flash keeps its own time
			if last {
				b.flash.FillColor = color.Transparent
			}
			b.flashMu.Unlock()
			if last {
				b.flash.Refresh()
			}
		})
	})
}

// flashColor is the scan box's flash colour now (transparent when none).
func (b *scanBox) flashColor() color.Color {
	b.flashMu.Lock()
	defer b.flashMu.Unlock()
	return b.flash.FillColor
}

func newFlash() *canvas.Rectangle {
	r := canvas.NewRectangle(color.Transparent)
	r.CornerRadius = 4
	return r
}

// ShownFileEnv names an environment variable for tests of the real
// window: when set, every scan or search writes what it showed to that
// file: the code of the record it opened, "NOTFOUND:<text>", or
// "LIST:<text>" when it listed several records to choose from.
const ShownFileEnv = "RAPI_TEST_SHOWN_FILE"

func reportShown(what string) { writeTestFile(ShownFileEnv, what) }

// ReadyFileEnv names an environment variable for the start-up benchmark:
// when set, the app appends "window=<unix ns>" to that file when its
// main window is up and takes input, and "beranda=<unix ns>" when
// Beranda first shows its figures.
const ReadyFileEnv = "RAPI_TEST_READY_FILE"

var readyOnce = map[string]*sync.Once{"window": {}, "beranda": {}}

func reportReady(what string) {
	path := os.Getenv(ReadyFileEnv)
	if path == "" {
		return
	}
	readyOnce[what].Do(func() {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			_, err = fmt.Fprintf(f, "%s=%d\n", what, time.Now().UnixNano())
			err = errors.Join(err, f.Close())
		}
		if err != nil {
			fyne.LogError("write "+ReadyFileEnv, err)
		}
	})
}

// FieldFileEnv names an environment variable for tests of the real
// window: when set, a scan typed into a form field writes what the field
// holds after the scan to that file.
const FieldFileEnv = "RAPI_TEST_FIELD_FILE"

// FocusClerkEnv, when set, opens the window on Pengaturan with the
// clerk-name field focused, so a real-window test can type into a field.
const FocusClerkEnv = "RAPI_TEST_FOCUS_CLERK"

func (a *App) testFocus() {
	if os.Getenv(FocusClerkEnv) == "" {
		return
	}
	a.ShowPage("nav.settings")
	if a.shell.clerk != nil {
		a.win.Canvas().Focus(a.shell.clerk)
	}
}

func writeTestFile(env, what string) {
	if path := os.Getenv(env); path != "" {
		if err := os.WriteFile(path, []byte(what), 0o644); err != nil {
			fyne.LogError("write "+env, err)
		}
	}
}

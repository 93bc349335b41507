package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/model"
	"rapi/ui/kit"
)

// FuzzBurstDetector types arbitrary keys at arbitrary speeds into a field
// watched by the burst detector. Input: byte 0 turns the prefix '§' on
// (odd) or off; then pairs of (key, gap in ms), where '\n' is Enter and
// 0x01 an arrow key. Whenever Enter is taken as a scan, the code must be
// valid, be the upper-cased keys of the burst, and the field must hold
// what it had before the burst.
func FuzzBurstDetector(f *testing.F) {
	f.Add([]byte{0, 'B', 4, '-', 4, '0', 4, '0', 4, '1', 4, '2', 4, '\n', 4})
	f.Add([]byte{1, 'S', 150, 0xa7, 9, 'r', 100, 'a', 100, 'k', 100, '-', 100, '7', 100, '\n', 100})
	f.Add([]byte{0, 'R', 4, 'A', 4, 0x01, 4, 'K', 4, '-', 4, '7', 4, '\n', 4})
	test.NewTempApp(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		cfg := ScannerConfig{}
		if data[0]%2 == 1 {
			cfg.Prefix = '§'
		}
		clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		d := &burstDetector{cfg: cfg.withDefaults(), now: func() time.Time { return clock }}
		e := kit.NewEntry(nil)
		for i := 1; i+1 < len(data); i += 2 {
			clock = clock.Add(time.Duration(data[i+1]) * time.Millisecond)
			fuzzKey(t, d, e, rune(data[i]))
		}
	})
}

// fuzzKey hands one key to d and e as kit.Entry and App.scanKey would.
func fuzzKey(t *testing.T, d *burstDetector, e *kit.Entry, c rune) {
	switch c {
	case 0x01:
		if !typingKey(fyne.KeyLeft) {
			d.reset()
		}
		e.CursorColumn = 0
	case '\n':
		had, prefixed := []rune(e.Text), d.prefixed
		code, ok := d.enter(e)
		if !ok {
			return
		}
		if !model.ValidCode(code) || len([]rune(code)) > model.MaxCodeLen {
			t.Fatalf("the detector took %q for a code", code)
		}
		want := string(had)
		if !prefixed {
			n := len(had) - len([]rune(code))
			if n < 0 || strings.ToUpper(string(had[n:])) != code {
				t.Fatalf("scan %q is not the end of the field's %q", code, string(had))
			}
			want = string(had[:n])
		}
		if e.Text != want {
			t.Fatalf("after scan %q the field holds %q, want %q", code, e.Text, want)
		}
	default:
		if !d.rune(e, c) {
			e.CursorColumn = len([]rune(e.Text)) // typing goes at the end here
			e.Entry.TypedRune(c)
		}
	}
}

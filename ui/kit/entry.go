package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Keys is what an Entry hands its keys to first: the shell's window-wide
// keys and its scanner detector.
type Keys interface {
	// Rune reports whether r belongs to a scan and must not be typed.
	Rune(e *Entry, r rune) (swallow bool)
	// Key reports whether the shell took k (F2, the Enter ending a scan).
	Key(e *Entry, k *fyne.KeyEvent) (handled bool)
	// Shortcut reports whether the shell took s (Ctrl+F).
	Shortcut(s fyne.Shortcut) (handled bool)
}

// Entry is the text field every Rapi form uses. A focused field gets
// every key first in Fyne, so it hands F2 and Ctrl+F on to the window:
// the scan box stays one key away wherever the clerk is typing. It also
// hands a USB scanner's burst to the scan box, so a label scanned while
// a form is open never lands in the form.
type Entry struct {
	widget.Entry
	keys Keys
}

// NewEntry makes a one-line field whose keys go to keys first.
func NewEntry(keys Keys) *Entry {
	e := &Entry{keys: keys}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a field of several lines.
func NewMultiLineEntry(keys Keys) *Entry {
	e := NewEntry(keys)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedRune types r, unless it belongs to a scan announced by the
// scanner's prefix character.
func (e *Entry) TypedRune(r rune) {
	if e.keys.Rune(e, r) {
		return
	}
	e.Entry.TypedRune(r)
}

// TypedKey passes F2 to the window, the Enter that ends a scan to the
// scan box, the rest to the field.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.keys.Key(e, k) {
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut passes Ctrl+F to the window, the rest to the field.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if e.keys.Shortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

var (
	shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
)

// installShortcuts makes Ctrl+F and F2 reach the scan box when no widget
// holds the focus; Entry below covers the case where one does.
func (a *App) installShortcuts() {
	c := a.win.Canvas()
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { a.FocusScan() })
	c.SetOnTypedKey(func(k *fyne.KeyEvent) { a.globalKey(k) })
	c.SetOnTypedRune(a.unfocusedRune)
}

// globalKey handles keys that mean the same on every screen.
func (a *App) globalKey(k *fyne.KeyEvent) bool {
	if k.Name == fyne.KeyF2 {
		a.FocusScan()
		return true
	}
	return false
}

// globalShortcut handles shortcuts that mean the same on every screen.
func (a *App) globalShortcut(s fyne.Shortcut) bool {
	if s.ShortcutName() == shortcutFind.ShortcutName() {
		a.FocusScan()
		return true
	}
	return false
}

// Entry is the text field every Rapi form uses. A focused field gets
// every key first in Fyne, so it hands F2 and Ctrl+F on to the window:
// the scan box stays one key away wherever the clerk is typing. It also
// hands a USB scanner's burst (see scanner.go) to the scan box, so a
// label scanned while a form is open never lands in the form.
type Entry struct {
	widget.Entry
	app *App
}

// NewEntry makes a one-line field.
func (a *App) NewEntry() *Entry {
	e := &Entry{app: a}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a field of several lines.
func (a *App) NewMultiLineEntry() *Entry {
	e := a.NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedRune types r, unless it belongs to a scan announced by the
// scanner's prefix character.
func (e *Entry) TypedRune(r rune) {
	if e.app.scanRune(e, r) {
		return
	}
	e.Entry.TypedRune(r)
}

// TypedKey passes F2 to the window, the Enter that ends a scan to the
// scan box, the rest to the field.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.app.globalKey(k) || e.app.scanKey(e, k) {
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut passes Ctrl+F to the window, the rest to the field.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if e.app.globalShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

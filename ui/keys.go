package ui

import (
	"rapi/ui/kit"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

var (
	shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
)

// installShortcuts makes Ctrl+F and F2 reach the scan box when no widget
// holds the focus; kit.Entry (through entryKeys) covers the case where one does.
func (a *App) installShortcuts() {
	c := a.win.Canvas()
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { a.FocusScan() })
	c.SetOnTypedKey(func(k *fyne.KeyEvent) { a.globalKey(k) })
	c.SetOnTypedRune(a.unfocusedRune)
}

// globalKey handles keys that mean the same on every screen.
func (a *App) globalKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyF2:
		a.FocusScan()
		return true
	case fyne.KeyF1:
		a.ShowGuide()
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

// entryKeys hands a field's keys to the window and the scan box first.
type entryKeys struct{ a *App }

func (k entryKeys) Rune(e *kit.Entry, r rune) bool { return k.a.scanRune(e, r) }
func (k entryKeys) Key(e *kit.Entry, ev *fyne.KeyEvent) bool {
	return k.a.globalKey(ev) || k.a.scanKey(e, ev)
}
func (k entryKeys) Shortcut(s fyne.Shortcut) bool { return k.a.globalShortcut(s) }

// NewEntry makes a one-line field (see kit.Entry).
func (a *App) NewEntry() *kit.Entry { return kit.NewEntry(entryKeys{a}) }

// NewMultiLineEntry makes a field of several lines.
func (a *App) NewMultiLineEntry() *kit.Entry { return kit.NewMultiLineEntry(entryKeys{a}) }

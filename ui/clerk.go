package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// EnsureClerk runs then once this PC knows the clerk's name. Loans,
// returns and edits record who made them; a clerk who never opened
// Pengaturan would otherwise be recorded only as the Windows login,
// which several clerks often share. So the first such action asks for
// the name once, saves it as Pengaturan would, and goes on.
func (a *App) EnsureClerk(then func()) {
	if strings.TrimSpace(a.prefs.Actor().Name) != "" {
		then()
		return
	}
	name := a.NewEntry()
	name.SetPlaceHolder(lang.L("dayone.clerk.placeholder"))
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("dayone.clerk.required"))
		}
		return nil
	}
	hint := widget.NewLabel(lang.L("dayone.clerk.why"))
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", hint), item("field.clerk", name)}
	d := dialog.NewForm(lang.L("dayone.clerk.title"), lang.L("button.save"), lang.L("button.cancel"), items,
		func(ok bool) {
			if !ok {
				return
			}
			a.setClerkName(name.Text)
			then()
		}, a.win)
	// A form dialog is as narrow as its widest field; the wrapped hint
	// would stand one word a line.
	d.Resize(fyne.NewSize(560, d.MinSize().Height+60))
	a.showDialog(d)
	a.win.Canvas().Focus(name)
}

// setClerkName saves name as this PC's clerk and records changes under it.
func (a *App) setClerkName(name string) {
	a.prefs.SetClerk(name, a.prefs.Actor().NIP)
	if a.store != nil {
		a.store.SetActor(a.prefs.Actor())
	}
	if a.shell != nil {
		a.shell.status.refresh()
	}
}

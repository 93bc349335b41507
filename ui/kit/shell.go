package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"rapi/storage"
)

// Shell is what a feature package needs from the app around it, and all
// it may reach: features import kit, never the shell (package ui). The
// shell's App is the one Shell; a feature's tests bring a small one.
type Shell interface {
	Runner // loads off the UI goroutine (see Load)
	Window() fyne.Window
	// Store is the open database, nil before the first run chose one.
	Store() *storage.Store
	// Preferences are this PC's settings.
	Preferences() fyne.Preferences
	// NewEntry makes a scanner-aware text field.
	NewEntry() *Entry
	// ShowError explains err to the clerk in a dialog.
	ShowError(err error)
	// ShowInfo shows a short message with an OK button.
	ShowInfo(title, msg string)
	// ShowDialog shows d; when it closes the scan box gets the focus back.
	ShowDialog(d dialog.Dialog)
	// DataChanged tells every screen that data changed (they reload).
	DataChanged()
}

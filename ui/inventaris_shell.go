package ui

import (
	"fyne.io/fyne/v2/lang"

	"rapi/ui/inventaris"
)

// What the assets feature (ui/inventaris) needs of the app beyond what
// the archive already uses.

// PrintKIR prints the Kartu Inventaris Ruangan of a room. There is no
// KIR printout yet (ui/printout, ui/paper): until there is, the clerk
// reads that it is coming instead of a button that does nothing.
func (a *App) PrintKIR(roomID int64) {
	a.ShowInfo(lang.L("inv.ruang.kir"), lang.L("inv.ruang.kir_soon"))
}

// The App is the shell the assets feature sees.
var _ inventaris.Shell = (*App)(nil)

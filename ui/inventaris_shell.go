package ui

import (
	"fyne.io/fyne/v2/lang"

	"rapi/storage"
	"rapi/ui/impor"
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

// ImportAset opens the "Impor KIB dari Excel" wizard.
func (a *App) ImportAset() { impor.ShowAsetImportWizard(a) }

// ExportAsetList asks where to save an asset list in Excel, then writes it.
func (a *App) ExportAsetList(opt storage.AsetListOptions) { impor.ExportAsetList(a, opt) }

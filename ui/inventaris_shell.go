package ui

import (
	"rapi/storage"
	"rapi/ui/impor"
	"rapi/ui/inventaris"
	"rapi/ui/printout"
)

// What the assets feature (ui/inventaris) needs of the app beyond what
// the archive already uses.

// PrintAset opens a paper of the inventaris as a PDF.
func (a *App) PrintAset(doc printout.AsetDoc) { a.cetak.OpenAsetPDF(doc) }

// PrintKIR prints the Kartu Inventaris Ruangan of a room, A4 landscape to
// hang on its wall; roomID 0 prints every room's, one after the other.
func (a *App) PrintKIR(roomID int64) {
	a.PrintAset(printout.AsetDoc{List: &printout.AsetOptions{List: storage.ListKIR, RuangID: roomID}})
}

// The App is the shell the assets feature sees.
var _ inventaris.Shell = (*App)(nil)

// ImportAset opens the "Impor KIB dari Excel" wizard.
func (a *App) ImportAset() { impor.ShowAsetImportWizard(a) }

// ExportAsetList asks where to save an asset list in Excel, then writes it.
func (a *App) ExportAsetList(opt storage.AsetListOptions) { impor.ExportAsetList(a, opt) }

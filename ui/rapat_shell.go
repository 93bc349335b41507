package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"rapi/model/label"
	"rapi/ui/impor"
	"rapi/ui/printout"
	"rapi/ui/rapat"
)

// The App is the shell the meetings feature sees: everything it needs
// (ShowPage, AskForm, Actor, EnsureClerk) the archive and assets already use.
var _ rapat.Shell = (*App)(nil)

// rapatFeature is the meetings: their page and the cards a scan of a
// meeting's or an invitee's code opens (the scan box's search finds them).
func rapatFeature(a *App) Feature {
	return Feature{
		Pages: []Page{{rapat.PageKey, theme.AccountIcon(), func(a *App) fyne.CanvasObject { return rapat.NewPage(a) }}},
		Cards: rapat.Cards(a),
	}
}

// PrintRapat opens a paper of a meeting as a PDF.
func (a *App) PrintRapat(doc printout.RapatDoc, p label.Paper) { a.cetak.OpenRapatPDF(doc, p) }

// ImportKontak opens the "Impor kontak dari Excel" wizard.
func (a *App) ImportKontak() { impor.ShowKontakImportWizard(a) }

// ExportHadir asks where to save a meeting's attendance in Excel, then writes it.
func (a *App) ExportHadir(rapatID int64, code string) { impor.ExportHadir(a, rapatID, code) }

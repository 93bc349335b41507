package ui

import (
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/ui/arsip"
)

// What the archive feature (ui/arsip) needs of the app beyond kit.Shell.

// AskForm shows a small form titled by a translation key (see askForm).
func (a *App) AskForm(title, confirm string, items []*widget.FormItem, onOK func()) {
	a.askForm(title, confirm, items, onOK)
}

// AskPIN asks for the admin PIN and hands it to then.
func (a *App) AskPIN(then func(pin string)) { a.askPIN(then) }

// Synchronous tells that background work runs inline (tests).
func (a *App) Synchronous() bool { return a.cfg.Synchronous }

// Actor is the clerk at this PC.
func (a *App) Actor() model.Actor { return a.prefs.Actor() }

// PrintLoanCard opens the loan card of a loan as a PDF.
func (a *App) PrintLoanCard(loanID int64) { a.cetak.PrintLoanCard(loanID) }

// PrintLabels puts the labels of codes of one kind in Cetak's queue.
func (a *App) PrintLabels(kind model.CodeKind, codes []string) { a.cetak.PrintLabels(kind, codes) }

// StartOpnameAt starts a stock-taking of the place with code.
func (a *App) StartOpnameAt(code string) { a.startOpnameAt(code) }

// The App is the shell the archive sees.
var _ arsip.Shell = (*App)(nil)

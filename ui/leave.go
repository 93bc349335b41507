package ui

// LeaveGuard is a page that may hold unsaved changes. Before the shell
// switches to another page, closes the window or quits, it hands the
// page the way out: the page runs leave at once when nothing would be
// lost, after asking the clerk ("Simpan perubahan?"), or never (Batal).
type LeaveGuard interface {
	AskLeave(leave func())
}

// askLeave runs leave once the page on screen lets it go.
func (a *App) askLeave(leave func()) {
	sh := a.shell
	if sh == nil {
		leave()
		return
	}
	g, ok := sh.built[sh.current].(LeaveGuard)
	if !ok {
		leave()
		return
	}
	g.AskLeave(leave)
}

// quit leaves the app, asking first when a page has unsaved changes.
func (a *App) quit() { a.askLeave(a.fyne.Quit) }

// onCloseWindow closes the window, asking first when a page has unsaved
// changes.
func (a *App) onCloseWindow() { a.askLeave(a.win.Close) }

// onNavSelected shows page i, after the page on screen let it go: when
// it keeps the clerk (Batal), the navigation points back at it.
func (sh *shell) onNavSelected(i int) {
	if i == sh.current || sh.built[sh.current] == nil {
		sh.show(i)
		return
	}
	sh.nav.Select(sh.current)
	sh.app.askLeave(func() {
		sh.show(i)
		sh.nav.Select(i)
	})
}

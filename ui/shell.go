package ui

import (
	"rapi/ui/impor"
	"rapi/ui/kit"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Page is one entry of the navigation: a translation key for its title,
// an icon, and a builder for its content, called once per shell (the page
// is kept while the window shows this database in this language).
type Page struct {
	Key   string
	Icon  fyne.Resource
	Build func(a *App) fyne.CanvasObject
}

// shell is the main window's frame: scan box on top, navigation on the
// left, the current page in the middle, the status line at the bottom.
type shell struct {
	app     *App
	pages   []Page
	nav     *widget.List
	content *fyne.Container
	scan    *scanBox
	status  *statusBar
	current int
	// built keeps each page once built: a page subscribes to data changes
	// when built, so rebuilding at every visit would pile up listeners.
	built []fyne.CanvasObject
	clerk *kit.Entry // Pengaturan's clerk-name field, once the page is built
}

// showShell (re)builds the whole window: after opening a database and
// after the language changed.
func (a *App) showShell() {
	a.listeners = nil
	sh := &shell{app: a, pages: a.pages(), content: container.NewStack()}
	sh.built = make([]fyne.CanvasObject, len(sh.pages))
	a.shell = sh
	sh.scan = newScanBox(a)
	sh.status = newStatusBar(a)
	sh.nav = widget.NewList(
		func() int { return len(sh.pages) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Pengaturan....."))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(sh.pages[i].Icon)
			row.Objects[1].(*widget.Label).SetText(lang.L(sh.pages[i].Key))
		})
	sh.nav.OnSelected = sh.onNavSelected
	top := container.NewVBox(sh.status.banner, sh.scan.row)
	a.win.SetContent(container.NewBorder(top, sh.status.line, sh.nav, nil, sh.content))
	a.win.SetMainMenu(a.mainMenu())
	a.installShortcuts()
	sh.nav.Select(0)
	sh.status.refresh()
	a.FocusScan()
	a.testFocus()
	// Queued on the event loop: it runs once the window is up and takes
	// input, which is what the start-up benchmark times.
	fyne.Do(func() { reportReady("window") })
}

// show puts page i on screen, building it on its first visit.
func (sh *shell) show(i widget.ListItemID) {
	sh.current = i
	if sh.built[i] == nil {
		sh.built[i] = sh.pages[i].Build(sh.app)
	}
	sh.content.Objects = []fyne.CanvasObject{sh.built[i]}
	sh.content.Refresh()
	sh.app.win.SetTitle("Rapi · " + lang.L(sh.pages[i].Key))
}

// ShowPage switches to the page with the given translation key.
func (a *App) ShowPage(key string) {
	for i, p := range a.shell.pages {
		if p.Key == key {
			a.shell.nav.Select(i)
			return
		}
	}
}

// CurrentPage is the key of the page on screen.
func (a *App) CurrentPage() string {
	if a.shell == nil {
		return ""
	}
	return a.shell.pages[a.shell.current].Key
}

// mainMenu gives Ctrl+F (search) and Ctrl+Q (quit) to the whole window,
// whatever widget has the focus.
func (a *App) mainMenu() *fyne.MainMenu {
	find := fyne.NewMenuItem(lang.L("menu.find"), a.FocusScan)
	find.Shortcut = shortcutFind
	quit := fyne.NewMenuItem(lang.L("menu.quit"), a.quit)
	quit.Shortcut = shortcutQuit
	quit.IsQuit = true
	backup := fyne.NewMenuItem(lang.L("menu.backup_now"), a.onBackupNow)
	importItem := fyne.NewMenuItem(lang.L("impor.menu_import"), func() { impor.ShowImportWizard(a) })
	ekspor := fyne.NewMenuItem(lang.L("impor.menu_export"), func() { impor.ShowExportLists(a) })
	file := fyne.NewMenu(lang.L("menu.file"), find, backup, fyne.NewMenuItemSeparator(), importItem, ekspor, fyne.NewMenuItemSeparator(), quit)
	about := fyne.NewMenuItem(lang.L("menu.about"), a.onAbout)
	guide := fyne.NewMenuItem(lang.L("dayone.guide.menu"), a.ShowGuide)
	return fyne.NewMainMenu(file, fyne.NewMenu(lang.L("menu.help"), guide, about))
}

func (a *App) onAbout() {
	a.ShowInfo(lang.L("menu.about"), kit.Ln("about.text", map[string]any{"Version": a.cfg.Version}))
}

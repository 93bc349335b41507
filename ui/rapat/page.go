package rapat

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// rapatPage is the Rapat page: the week's meetings (or, in their place,
// the "Rapat baru" form or one meeting's screen) and the contact book.
type rapatPage struct {
	app    Shell
	tabs   *container.AppTabs
	jadwal *fyne.Container
	week   *weekList
	view   *rapatView // the open meeting, nil on the list
	create *newRapat  // the open "Rapat baru" form
	kontak *kontakView
	setel  *setelanView
}

// NewPage builds the Rapat page of app.
func NewPage(app Shell) fyne.CanvasObject { return newGuard(buildPage(app)) }

func buildPage(a Shell) *rapatPage {
	p := &rapatPage{app: a}
	p.week = newWeekList(a, p.open, p.openNew)
	p.jadwal = container.NewStack(p.week.content)
	p.kontak = newKontakView(a)
	p.setel = newSetelanView(a)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("rapatui.tab.jadwal"), p.jadwal),
		container.NewTabItem(lang.L("rapatui.tab.kontak"), p.kontak.content),
		container.NewTabItem(lang.L("rapatui.tab.setelan"), p.setel.content),
	)
	p.tabs.OnSelected = func(t *container.TabItem) {
		switch t.Content {
		case p.kontak.content:
			p.kontak.load()
		case p.setel.content:
			p.setel.load()
		default:
			p.reloadJadwal()
		}
	}
	a.OnDataChanged(p.reload)
	pages.Store(a, p)
	return p
}

// reload shows what changed on the tab on screen; the others read again
// when chosen. Pengaturan is left as typed until chosen again.
func (p *rapatPage) reload() {
	switch p.tabs.Selected().Content {
	case p.jadwal:
		p.reloadJadwal()
	case p.kontak.content:
		p.kontak.load()
	}
}

func (p *rapatPage) reloadJadwal() {
	switch {
	case p.view != nil:
		p.view.load()
	case p.create == nil:
		p.week.load()
	}
}

func (p *rapatPage) show(o fyne.CanvasObject) {
	p.jadwal.Objects = []fyne.CanvasObject{o}
	p.jadwal.Refresh()
	p.tabs.SelectIndex(0)
}

// open shows meeting id's screen in the list's place.
func (p *rapatPage) open(id int64) *rapatView {
	p.create = nil
	p.view = newRapatView(p.app, id, p.back)
	p.show(p.view.content)
	return p.view
}

// openNew shows the "Rapat baru" form in the list's place.
func (p *rapatPage) openNew() {
	p.view = nil
	p.create = newNewRapat(p.app, p.week.day(), func(id int64) {
		if id == 0 {
			p.back()
			return
		}
		p.create = nil // saved
		p.open(id)
	})
	p.show(p.create.content)
}

// back returns to the week's meetings, asking first when something typed
// is not saved.
func (p *rapatPage) back() { p.askLeave(p.toList) }

func (p *rapatPage) toList() {
	p.view, p.create = nil, nil
	p.show(p.week.content)
	p.week.load()
}

// openHadir goes to the Rapat page and meeting id's Hadir mode; a code
// scanned elsewhere (the scan box) is checked in there at once.
func (p *rapatPage) openHadir(id int64, code string) {
	p.app.ShowPage(PageKey)
	v := p.view
	if v == nil || v.id != id {
		v = p.open(id)
	}
	v.showHadir()
	if code != "" {
		v.hadir.onScan(code)
	}
}

// unsaved tells whether leaving what is open would lose what the clerk
// typed: the Rapat baru form, or a meeting's details, run-down or minutes.
func (p *rapatPage) unsaved() bool {
	if p.create != nil {
		return p.create.Unsaved()
	}
	if v := p.view; v != nil {
		return v.rincian.form.Unsaved() || v.susunan.unsaved() || v.notulen.unsaved()
	}
	return false
}

// askLeave runs leave at once when nothing is unsaved; otherwise asks
// Buang (leave, losing it) / Batal (stay).
func (p *rapatPage) askLeave(leave func()) {
	if !p.unsaved() {
		leave()
		return
	}
	var d *dialog.CustomDialog
	discard := widget.NewButton(lang.L("leave.discard"), func() { d.Hide(); leave() })
	discard.Importance = widget.DangerImportance
	stay := widget.NewButton(lang.L("button.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("leave.title"), widget.NewLabel(lang.L("leave.message")), p.app.Window())
	d.SetButtons([]fyne.CanvasObject{stay, discard})
	p.app.ShowDialog(d)
}

// guard is the Rapat page as the shell holds it: it asks before the shell
// leaves unsaved typing (the shell's LeaveGuard).
type guard struct {
	widget.BaseWidget
	p *rapatPage
}

func newGuard(p *rapatPage) *guard {
	g := &guard{p: p}
	g.ExtendBaseWidget(g)
	return g
}

func (g *guard) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(g.p.tabs) }

// AskLeave lets the shell go elsewhere once nothing typed would be lost.
func (g *guard) AskLeave(leave func()) { g.p.askLeave(leave) }

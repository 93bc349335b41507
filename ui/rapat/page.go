package rapat

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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
}

// NewPage builds the Rapat page of app.
func NewPage(app Shell) fyne.CanvasObject { return buildPage(app).tabs }

func buildPage(a Shell) *rapatPage {
	p := &rapatPage{app: a}
	p.week = newWeekList(a, p.open, p.openNew)
	p.jadwal = container.NewStack(p.week.content)
	p.kontak = newKontakView(a)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("rapatui.tab.jadwal"), p.jadwal),
		container.NewTabItem(lang.L("rapatui.tab.kontak"), p.kontak.content),
	)
	p.tabs.OnSelected = func(t *container.TabItem) {
		if t.Content == p.kontak.content {
			p.kontak.load()
		}
	}
	a.OnDataChanged(p.reload)
	pages.Store(a, p)
	return p
}

// reload shows what changed on whatever is open.
func (p *rapatPage) reload() {
	switch {
	case p.view != nil:
		p.view.load()
	case p.create == nil:
		p.week.load()
	}
	p.kontak.load()
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
		p.open(id)
	})
	p.show(p.create.content)
}

// back returns to the week's meetings.
func (p *rapatPage) back() {
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

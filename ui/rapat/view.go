package rapat

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// rapatView is one meeting's screen: a tab for each part of it, all shown
// from one snapshot (storage's RapatLengkap) read after every change.
type rapatView struct {
	app     Shell
	id      int64
	l       mrapat.Lengkap
	title   *widget.Label
	msg     *widget.Label
	tabs    *container.AppTabs
	rincian *rincianTab
	peserta *pesertaTab
	susunan *susunanTab
	check   *checklistTab
	notulen *notulenTab
	hadir   *hadirView
	content fyne.CanvasObject
}

func newRapatView(a Shell, id int64, onBack func()) *rapatView {
	v := &rapatView{app: a, id: id, title: bold(""), msg: wrapped("")}
	v.title.Truncation = fyne.TextTruncateEllipsis // a long acara never widens the window
	v.msg.Importance = widget.DangerImportance
	v.msg.Hide()
	v.rincian = newRincianTab(v)
	v.peserta = newPesertaTab(v)
	v.susunan = newSusunanTab(v)
	v.check = newChecklistTab(v)
	v.notulen = newNotulenTab(v)
	v.hadir = newHadirView(v)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("rapatui.tab.rincian"), v.rincian.content),
		container.NewTabItem(lang.L("rapatui.tab.peserta"), v.peserta.content),
		container.NewTabItem(lang.L("rapatui.tab.susunan"), v.susunan.content),
		container.NewTabItem(lang.L("rapatui.tab.checklist"), v.check.content),
		container.NewTabItem(lang.L("rapatui.tab.notulen"), v.notulen.content),
		container.NewTabItem(lang.L("rapatui.tab.hadir"), v.hadir.content),
	)
	v.tabs.Append(cetakTab(v))
	v.tabs.OnSelected = func(t *container.TabItem) {
		if t.Content == v.hadir.content {
			v.hadir.focus()
		}
	}
	back := widget.NewButtonWithIcon(lang.L("rapatui.back"), theme.NavigateBackIcon(), onBack)
	v.content = container.NewBorder(container.NewVBox(container.NewBorder(nil, nil, back, nil, v.title), v.msg),
		nil, nil, nil, v.tabs)
	v.load()
	return v
}

// load reads the meeting with everything that belongs to it and shows it.
func (v *rapatView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	id := v.id
	kit.Load(v.app, func() (mrapat.Lengkap, error) { return s.RapatLengkap(bg(), id) }, func(l mrapat.Lengkap, err error) {
		if err != nil {
			setMsg(v.msg, explain(err))
			return
		}
		setMsg(v.msg, "")
		v.l = l
		v.title.SetText(l.Rapat.Code + " · " + l.Rapat.Acara + " · " + l.Rapat.HariTanggal() + " · " + l.Rapat.Waktu())
		v.rincian.show(l)
		v.peserta.show(l)
		v.susunan.show(l)
		v.check.show(l)
		v.notulen.show(l)
		v.hadir.show(l)
	})
}

// changed is what every tab does after a write: tell the app (every
// screen reloads, this one too) or explain what went wrong.
func (v *rapatView) changed(err error) {
	if err != nil {
		showErr(v.app, err)
		v.load()
		return
	}
	v.app.DataChanged()
}

func (v *rapatView) selectTab(content fyne.CanvasObject) {
	for i, t := range v.tabs.Items {
		if t.Content == content {
			v.tabs.SelectIndex(i)
		}
	}
}

func (v *rapatView) showHadir() { v.selectTab(v.hadir.content) }

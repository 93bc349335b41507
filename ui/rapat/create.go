package rapat

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// pastShown is how far back the "start from a past meeting" choice reaches.
const pastShown = 180 * 24 * time.Hour

// newRapat is the "Rapat baru" form: the meeting's fields and what it
// starts from (a template of its kind, or a past meeting).
type newRapat struct {
	*rapatForm
	dari      *widget.Select
	froms     []storage.RapatFrom // by the choice's index; [0] is "nothing"
	templates []mrapat.Template
	done      func(id int64) // the created meeting, 0 when cancelled
	content   fyne.CanvasObject
}

func newNewRapat(a Shell, day time.Time, done func(int64)) *newRapat {
	n := &newRapat{rapatForm: newRapatForm(a), done: done}
	n.tanggal.SetText(model.FormatDate(day))
	n.mulai.SetText("09.00")
	n.dari = kit.NewSelect([]string{lang.L("rapatui.new.blank")}, nil)
	n.dari.SetSelectedIndex(0)
	n.froms = []storage.RapatFrom{{}}
	// Right after the kind: choosing a kind picks its template.
	items := n.form.Items
	n.form.Items = append(append(items[:2:2], n.row("dari", n.dari)), items[2:]...)
	n.form.Refresh()
	n.jenis.OnChanged = n.onJenis
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), n.onSave)
	save.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(lang.L("button.cancel"), theme.NavigateBackIcon(), func() { n.done(0) })
	head := container.NewBorder(nil, nil, back, save, widget.NewLabelWithStyle(lang.L("rapatui.new"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	n.content = container.NewBorder(container.NewVBox(head, n.msg), nil, nil, nil, container.NewVScroll(n.form))
	n.load()
	n.clean = n.snapshot()
	return n
}

type newRapatData struct {
	zona      mrapat.Zona
	jenis     []string
	templates []mrapat.Template
	past      []storage.RapatRow
}

// load reads the kinds of meeting, the templates and the recent meetings.
func (n *newRapat) load() {
	s := n.app.Store()
	if s == nil {
		return
	}
	now := timeNow()
	kit.Load(n.app, func() (d newRapatData, err error) {
		if d.zona, err = s.RapatZona(bg()); err != nil {
			return d, err
		}
		if d.jenis, err = s.RapatJenis(bg()); err != nil {
			return d, err
		}
		if d.templates, err = s.RapatTemplates(bg()); err != nil {
			return d, err
		}
		d.past, err = s.RapatList(bg(), now.Add(-pastShown), now.AddDate(0, 0, 1))
		return d, err
	}, func(d newRapatData, err error) {
		if err != nil {
			setMsg(n.msg, explain(err))
			return
		}
		n.orig.Zona = d.zona // the office's time zone, from settings
		n.templates = d.templates
		n.setJenis(d.jenis)
		opts := []string{lang.L("rapatui.new.blank")}
		n.froms = []storage.RapatFrom{{}}
		for _, t := range d.templates {
			opts = append(opts, kit.Ln("rapatui.new.template", map[string]any{"Nama": t.Nama}))
			n.froms = append(n.froms, storage.RapatFrom{TemplateID: t.ID})
		}
		for i := len(d.past) - 1; i >= 0; i-- { // the latest first
			r := d.past[i].Rapat
			opts = append(opts, kit.Ln("rapatui.new.past", map[string]any{"Code": r.Code, "Acara": r.Acara, "Tanggal": model.FormatDate(r.Mulai)}))
			n.froms = append(n.froms, storage.RapatFrom{PastRapatID: r.ID})
		}
		n.dari.SetOptions(opts)
		n.dari.SetSelectedIndex(0)
	})
}

// onJenis starts from the template of the kind chosen, unless the clerk
// chose a past meeting to copy.
func (n *newRapat) onJenis(jenis string) {
	if i := n.dari.SelectedIndex(); i > 0 && n.froms[i].PastRapatID != 0 {
		return
	}
	for _, t := range n.templates {
		if t.Jenis == jenis {
			n.pickTemplate(t.Nama)
			return
		}
	}
}

// pickTemplate starts from the template called name (tests, and a kind
// chosen with its own template).
func (n *newRapat) pickTemplate(name string) bool {
	want := kit.Ln("rapatui.new.template", map[string]any{"Nama": name})
	for i, o := range n.dari.Options {
		if o == want {
			n.dari.SetSelectedIndex(i)
			return true
		}
	}
	return false
}

// onSave creates the meeting and opens its screen.
func (n *newRapat) onSave() {
	r, err := n.read()
	if err != nil {
		n.show(err)
		return
	}
	n.clear()
	from := n.froms[max(0, n.dari.SelectedIndex())]
	s := n.app.Store()
	kit.Change(n.app, func() error { return s.CreateRapat(bg(), &r, from) }, func(err error) {
		if err != nil {
			n.show(err)
			return
		}
		n.app.DataChanged()
		n.done(r.ID)
	})
}

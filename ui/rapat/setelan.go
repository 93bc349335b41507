package rapat

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// zonas are the time zone words offered, in order.
var zonas = []mrapat.Zona{mrapat.WIB, mrapat.WITA, mrapat.WIT}

// setelanView is what the clerks keep for every meeting: the kinds of
// meeting, the office's time zone word and the checklist templates (a
// template is changed by saving a meeting's checklist over it).
type setelanView struct {
	app       Shell
	jenis     *kit.Entry
	zona      *widget.Select
	templates []mrapat.Template
	list      *widget.List
	editor    *tplEditor // the template open for editing, if any
	msg       *widget.Label
	content   fyne.CanvasObject
}

func newSetelanView(a Shell) *setelanView {
	v := &setelanView{app: a, jenis: multiLine(a), msg: wrapped("")}
	v.msg.Hide()
	v.jenis.SetMinRowsVisible(6)
	z := make([]string, len(zonas))
	for i, x := range zonas {
		z[i] = string(x)
	}
	v.zona = kit.NewSelect(z, nil)
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), v.onSave)
	save.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem(lang.L("rapatui.setelan.jenis"), v.jenis),
		widget.NewFormItem(lang.L("rapatui.setelan.zona"), v.zona))
	v.list = widget.NewList(func() int { return len(v.templates) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("", theme.DeleteIcon(), nil), l)
	}, v.updateTemplate)
	v.list.OnSelected = func(i widget.ListItemID) {
		v.list.Unselect(i)
		if i < len(v.templates) {
			v.editor = editTemplate(v.app, v.templates[i], func() { v.changed(nil) })
		}
	}
	top := container.NewVBox(v.msg, form, container.NewHBox(save), widget.NewSeparator(),
		bold(lang.L("rapatui.setelan.templates")), wrapped(lang.L("rapatui.setelan.templates_help")))
	v.content = container.NewBorder(top, nil, nil, nil, v.list)
	return v
}

type setelanData struct {
	jenis     []string
	zona      mrapat.Zona
	templates []mrapat.Template
}

func (v *setelanView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	kit.Load(v.app, func() (d setelanData, err error) {
		if d.jenis, err = s.RapatJenis(bg()); err != nil {
			return d, err
		}
		if d.zona, err = s.RapatZona(bg()); err != nil {
			return d, err
		}
		d.templates, err = s.RapatTemplates(bg())
		return d, err
	}, func(d setelanData, err error) {
		if err != nil {
			setMsg(v.msg, explain(err))
			return
		}
		setMsg(v.msg, "")
		v.jenis.SetText(strings.Join(d.jenis, "\n"))
		v.zona.SetSelected(string(d.zona))
		v.templates = d.templates
		v.list.Refresh()
	})
}

func (v *setelanView) updateTemplate(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(v.templates) {
		return
	}
	t := v.templates[i]
	c := o.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(kit.Ln("rapatui.setelan.template_line", map[string]any{
		"Nama": t.Nama, "Jenis": dash(t.Jenis), "Tugas": len(t.Tugas), "Susunan": len(t.Susunan)}))
	c.Objects[1].(*widget.Button).OnTapped = func() { v.deleteTemplate(t) }
}

func (v *setelanView) onSave() {
	s := v.app.Store()
	kinds := strings.Split(v.jenis.Text, "\n")
	z := mrapat.Zona(v.zona.Selected)
	kit.Change(v.app, func() error {
		if err := s.SetRapatJenis(bg(), kinds); err != nil {
			return err
		}
		return s.SetRapatZona(bg(), z)
	}, v.changed)
}

func (v *setelanView) deleteTemplate(t mrapat.Template) {
	s := v.app.Store()
	kit.Change(v.app, func() error { return s.DeleteRapatTemplate(bg(), t.ID, t.Version) }, v.changed)
}

func (v *setelanView) changed(err error) {
	if err != nil {
		showErr(v.app, err)
		return
	}
	v.app.DataChanged()
	v.load() // the page does not reload Pengaturan behind the clerk's typing
}

// saveAsTemplate keeps a meeting's checklist and run-down as the template
// called name: the one of that name is replaced, else a new one is made.
func saveAsTemplate(a Shell, l mrapat.Lengkap, name string) {
	s := a.Store()
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		showErr(a, model.Invalid("nama", "", "error.required"))
		return
	}
	kit.Change(a, func() error {
		ts, err := s.RapatTemplates(bg())
		if err != nil {
			return err
		}
		t := mrapat.Template{Nama: name, Jenis: l.Rapat.Jenis}
		for _, x := range ts {
			if strings.EqualFold(x.Nama, name) {
				t.Meta = x.Meta
			}
		}
		t.Tugas = mrapat.TasksOf(l.Checklist)
		for _, it := range l.Susunan {
			it.ID = 0
			t.Susunan = append(t.Susunan, it)
		}
		return s.SaveRapatTemplate(bg(), &t)
	}, func(err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		a.ShowInfo(lang.L("rapatui.setelan.templates"), kit.Ln("rapatui.setelan.template_saved", map[string]any{"Nama": name}))
		a.DataChanged()
	})
}

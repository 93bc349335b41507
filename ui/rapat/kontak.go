package rapat

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// kontakShown is how many contacts the list shows at once: the clerk
// narrows it by typing.
const kontakShown = 500

// kontakView is the contact book: search, a group filter, add and edit.
type kontakView struct {
	app     Shell
	search  *kit.Entry
	grup    *widget.Select
	grups   []storage.GrupCount
	rows    []mrapat.Kontak
	list    *widget.List
	msg     *widget.Label
	content fyne.CanvasObject
}

func newKontakView(a Shell) *kontakView {
	k := &kontakView{app: a, search: a.NewEntry(), msg: wrapped("")}
	k.msg.Hide()
	k.search.SetPlaceHolder(lang.L("rapatui.kontak.search"))
	k.search.OnChanged = func(string) { k.load() }
	k.grup = kit.NewSelect([]string{lang.L("rapatui.kontak.all")}, func(string) { k.load() })
	k.grup.PlaceHolder = lang.L("rapatui.kontak.all") // no group chosen: all
	k.list = widget.NewList(func() int { return len(k.rows) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("", theme.DeleteIcon(), nil), l)
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < len(k.rows) {
			c, kt := o.(*fyne.Container), k.rows[i]
			c.Objects[0].(*widget.Label).SetText(kontakLine(kt))
			c.Objects[1].(*widget.Button).OnTapped = func() { k.delete(kt) }
		}
	})
	k.list.OnSelected = func(i widget.ListItemID) {
		k.list.UnselectAll()
		if i < len(k.rows) {
			k.askKontak(k.rows[i])
		}
	}
	add := widget.NewButtonWithIcon(lang.L("rapatui.kontak.add"), theme.ContentAddIcon(), func() { k.askKontak(mrapat.Kontak{}) })
	add.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(lang.L("rapatui.kontak.import"), theme.UploadIcon(), a.ImportKontak)
	head := container.NewBorder(nil, nil, nil, container.NewHBox(k.grup, imp, add), k.search)
	k.content = container.NewBorder(container.NewVBox(head, k.msg), nil, nil, nil, k.list)
	return k
}

// kontakLine is a contact in a list: name, NIP, jabatan, unit, groups.
func kontakLine(k mrapat.Kontak) string {
	s := k.Nama
	for _, x := range []string{k.NIP, k.Jabatan, k.Instansi} {
		if x != "" {
			s += " · " + x
		}
	}
	if len(k.Grup) > 0 {
		s += " · [" + strings.Join(k.Grup, ", ") + "]"
	}
	return s
}

func (k *kontakView) grupFilter() string {
	if k.grup.SelectedIndex() <= 0 {
		return ""
	}
	return k.grup.Selected
}

func (k *kontakView) load() {
	s := k.app.Store()
	if s == nil {
		return
	}
	f := storage.KontakFilter{Text: strings.TrimSpace(k.search.Text), Grup: k.grupFilter(), Limit: kontakShown}
	type data struct {
		ks []mrapat.Kontak
		gs []storage.GrupCount
	}
	kit.Load(k.app, func() (d data, err error) {
		if d.ks, err = s.Kontaks(bg(), f); err != nil {
			return d, err
		}
		d.gs, err = s.KontakGrups(bg())
		return d, err
	}, func(d data, err error) {
		if err != nil {
			setMsg(k.msg, explain(err))
			return
		}
		setMsg(k.msg, "")
		k.rows = d.ks
		k.list.Refresh()
		k.showGrups(d.gs)
	})
}

// showGrups offers the groups with their sizes, keeping the one chosen.
func (k *kontakView) showGrups(gs []storage.GrupCount) {
	k.grups = gs
	opts := []string{lang.L("rapatui.kontak.all")}
	for _, g := range gs {
		opts = append(opts, g.Nama)
	}
	cur := k.grup.Selected
	k.grup.Options = opts
	if !contains(opts, cur) {
		k.grup.Selected = ""
	}
	k.grup.Refresh()
}

// askKontak adds (ID 0) or edits a contact; the groups are typed with
// commas between them.
func (k *kontakView) askKontak(c mrapat.Kontak) {
	a := k.app
	e := map[string]*kit.Entry{}
	var items []*widget.FormItem
	for _, f := range []struct {
		key string
		val string
	}{{"nama", c.Nama}, {"nip", c.NIP}, {"jabatan", c.Jabatan}, {"pangkat", c.Pangkat}, {"instansi", c.Instansi},
		{"telepon", c.Telepon}, {"grup", strings.Join(c.Grup, ", ")}} {
		e[f.key] = a.NewEntry()
		e[f.key].SetText(f.val)
		items = append(items, widget.NewFormItem(fieldLabel(f.key), e[f.key]))
	}
	e["grup"].SetPlaceHolder(lang.L("rapatui.kontak.grup_hint"))
	title := "rapatui.kontak.edit"
	if c.ID == 0 {
		title = "rapatui.kontak.add"
	}
	a.AskForm(title, "button.save", items, func() {
		c.Nama, c.NIP, c.Jabatan, c.Pangkat = e["nama"].Text, e["nip"].Text, e["jabatan"].Text, e["pangkat"].Text
		c.Instansi, c.Telepon, c.Grup = e["instansi"].Text, e["telepon"].Text, strings.Split(e["grup"].Text, ",")
		c.Normalize()
		if err := c.Validate(); err != nil {
			showErr(a, err)
			return
		}
		s := a.Store()
		kit.Change(a, func() error { return s.SaveKontak(bg(), &c) }, k.changed)
	})
}

func (k *kontakView) delete(c mrapat.Kontak) {
	s := k.app.Store()
	kit.Change(k.app, func() error { return s.DeleteKontak(bg(), c.ID, c.Version) }, k.changed)
}

func (k *kontakView) changed(err error) {
	if err != nil {
		showErr(k.app, err)
		return
	}
	k.app.DataChanged()
}

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

// searchShown is how many contacts a search offers.
const searchShown = 20

// pesertaTab is who is invited: contacts found by search, a whole group,
// people typed in; each can sit at the head table or be removed.
type pesertaTab struct {
	v       *rapatView
	counts  *widget.Label
	search  *kit.Entry
	found   []mrapat.Kontak
	hits    *widget.List
	grup    *widget.Select
	grups   []storage.GrupCount // the groups offered, in order
	list    *widget.List
	shown   []mrapat.Peserta
	content fyne.CanvasObject
}

func newPesertaTab(v *rapatView) *pesertaTab {
	t := &pesertaTab{v: v, counts: bold(""), search: v.app.NewEntry()}
	t.search.SetPlaceHolder(lang.L("rapatui.peserta.search"))
	t.search.OnChanged = t.onSearch
	t.hits = widget.NewList(func() int { return len(t.found) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.L("rapatui.peserta.invite"), theme.ContentAddIcon(), nil), l)
	}, t.updateHit)
	t.grup = kit.NewSelect(nil, nil)
	t.grup.PlaceHolder = lang.L("rapatui.peserta.grup_hint")
	inviteGrup := widget.NewButton(lang.L("rapatui.peserta.invite_grup"), t.onInviteGrup)
	add := widget.NewButtonWithIcon(lang.L("rapatui.peserta.add"), theme.ContentAddIcon(), t.onAdd)
	t.list = widget.NewList(func() int { return len(t.shown) }, newPesertaRow, t.updateRow)
	left := container.NewBorder(container.NewVBox(bold(lang.L("rapatui.peserta.from_kontak")), t.search), nil, nil, nil, t.hits)
	tools := container.NewVBox(t.counts, container.NewBorder(nil, nil, nil, container.NewHBox(inviteGrup, add), t.grup))
	right := container.NewBorder(tools, nil, nil, nil, t.list)
	split := container.NewHSplit(left, right)
	split.Offset = 0.35
	t.content = split
	return t
}

func (t *pesertaTab) show(l mrapat.Lengkap) {
	t.shown = l.Peserta
	t.counts.SetText(rekapText(l.Rekap()))
	t.list.Refresh()
	t.loadGrups()
}

func (t *pesertaTab) loadGrups() {
	s := t.v.app.Store()
	kit.Load(t.v.app, func() ([]storage.GrupCount, error) { return s.KontakGrups(bg()) }, func(gs []storage.GrupCount, err error) {
		if err != nil {
			return
		}
		t.grups = gs
		opts := make([]string, len(gs))
		for i, g := range gs {
			opts[i] = kit.Ln("rapatui.peserta.grup_n", map[string]any{"Nama": g.Nama, "N": g.N})
		}
		t.grup.SetOptions(opts)
	})
}

// onSearch finds contacts by name, NIP, jabatan or unit as the clerk types.
func (t *pesertaTab) onSearch(text string) {
	s := t.v.app.Store()
	text = strings.TrimSpace(text)
	if text == "" {
		t.found = nil
		t.hits.Refresh()
		return
	}
	kit.Load(t.v.app, func() ([]mrapat.Kontak, error) {
		return s.Kontaks(bg(), storage.KontakFilter{Text: text, Limit: searchShown})
	}, func(ks []mrapat.Kontak, err error) {
		if err != nil || strings.TrimSpace(t.search.Text) != text {
			return // a later search is on its way
		}
		t.found = ks
		t.hits.Refresh()
	})
}

func (t *pesertaTab) updateHit(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(t.found) {
		return
	}
	k := t.found[i]
	c := o.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(kontakLine(k))
	c.Objects[1].(*widget.Button).OnTapped = func() { t.invite(k.ID) }
}

func (t *pesertaTab) invite(kontakID int64) {
	s, id := t.v.app.Store(), t.v.id
	kit.Change(t.v.app, func() error { _, err := s.InviteKontak(bg(), id, []int64{kontakID}); return err }, t.v.changed)
}

func (t *pesertaTab) onInviteGrup() {
	i := t.grup.SelectedIndex()
	if i < 0 || i >= len(t.grups) {
		t.v.app.ShowInfo(lang.L("rapatui.tab.peserta"), lang.L("rapatui.peserta.pick_grup"))
		return
	}
	s, id, g := t.v.app.Store(), t.v.id, t.grups[i].Nama
	kit.Change(t.v.app, func() error { _, err := s.InviteGrup(bg(), id, g); return err }, t.v.changed)
}

// onAdd invites someone typed in, not in the contact book.
func (t *pesertaTab) onAdd() { askPeserta(t.v, "rapatui.peserta.add", false) }

// askPeserta asks a person's details and adds them to the meeting, as an
// invitee or as a walk-in (present now).
func askPeserta(v *rapatView, title string, walkIn bool) {
	nama, nip, jabatan, instansi := v.app.NewEntry(), v.app.NewEntry(), v.app.NewEntry(), v.app.NewEntry()
	items := []*widget.FormItem{widget.NewFormItem(fieldLabel("nama"), nama), widget.NewFormItem(fieldLabel("nip"), nip),
		widget.NewFormItem(fieldLabel("jabatan"), jabatan), widget.NewFormItem(fieldLabel("instansi"), instansi)}
	v.app.AskForm(title, "button.save", items, func() {
		p := mrapat.Peserta{RapatID: v.id, Nama: nama.Text, NIP: nip.Text, Jabatan: jabatan.Text, Instansi: instansi.Text, WalkIn: walkIn}
		if err := p.Validate(); err != nil {
			showErr(v.app, err)
			return
		}
		s := v.app.Store()
		kit.Change(v.app, func() error { return s.AddPeserta(bg(), v.id, &p) }, func(err error) {
			v.changed(err)
			if err == nil && walkIn {
				v.hadir.result(kit.Ln("rapatui.hadir.walkin_ok", map[string]any{"Jam": mrapat.FormatJam(p.Hadir), "Nama": p.Nama}), true)
			}
		})
	})
}

// newPesertaRow is an invitee: the head-table tick, the name and details,
// the check-in state, remove.
func newPesertaRow() fyne.CanvasObject {
	meja := widget.NewCheck(lang.L("rapatui.peserta.meja"), nil)
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, meja, del, l)
}

func (t *pesertaTab) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(t.shown) {
		return
	}
	p := t.shown[i]
	c := o.(*fyne.Container)
	l, meja, del := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Check), c.Objects[2].(*widget.Button)
	l.SetText(pesertaLine(p))
	meja.OnChanged = nil
	meja.SetChecked(p.MejaUtama)
	meja.OnChanged = func(on bool) { t.setMeja(p, on) }
	del.OnTapped = func() { t.remove(p) }
}

// pesertaLine is an invitee in a list: "U-000123 · Budi Santoso · Kepala
// Bagian · Biro Umum · hadir 08.42".
func pesertaLine(p mrapat.Peserta) string {
	s := p.Code + " · " + p.Nama
	for _, x := range []string{p.Jabatan, p.Instansi} {
		if x != "" {
			s += " · " + x
		}
	}
	switch {
	case p.WalkIn:
		s += " · " + kit.Ln("rapatui.peserta.walkin_at", map[string]any{"Jam": mrapat.FormatJam(p.Hadir)})
	case p.Present():
		s += " · " + kit.Ln("rapatui.peserta.hadir_at", map[string]any{"Jam": mrapat.FormatJam(p.Hadir)})
	}
	return s
}

func (t *pesertaTab) setMeja(p mrapat.Peserta, on bool) {
	p.MejaUtama = on
	s := t.v.app.Store()
	kit.Change(t.v.app, func() error { return s.UpdatePeserta(bg(), &p) }, t.v.changed)
}

func (t *pesertaTab) remove(p mrapat.Peserta) {
	s := t.v.app.Store()
	kit.Change(t.v.app, func() error { return s.RemovePeserta(bg(), p.ID) }, t.v.changed)
}

package rapat

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/model/value"
	"rapi/ui/kit"
)

// fieldRows makes form rows that say under each field what is wrong
// with it, as the asset form does.
type fieldRows struct {
	errs map[string]*widget.Label
	msg  *widget.Label // over the form: what names no field
}

func newFieldRows() *fieldRows {
	m := widget.NewLabel("")
	m.Importance = widget.DangerImportance
	m.Wrapping = fyne.TextWrapWord
	m.Hide()
	return &fieldRows{errs: map[string]*widget.Label{}, msg: m}
}

// row is field key's form row with its (hidden) message line.
func (r *fieldRows) row(key string, w fyne.CanvasObject) *widget.FormItem {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	r.errs[key] = l
	return widget.NewFormItem(fieldLabel(key), container.NewVBox(w, l))
}

func (r *fieldRows) clear() {
	for _, l := range r.errs {
		l.Hide()
	}
	setMsg(r.msg, "")
}

// show puts err under its field, or over the form when it names none.
func (r *fieldRows) show(err error) {
	r.clear()
	if ie, ok := model.AsInvalid(err); ok {
		if l, ok := r.errs[ie.Field]; ok {
			l.SetText(kit.T(ie.Reason))
			l.Show()
			setMsg(r.msg, kit.Ln("rapatui.form.fix", map[string]any{"Field": fieldLabel(ie.Field)}))
			return
		}
	}
	setMsg(r.msg, explain(err))
}

// rapatForm is the fields of one meeting: in the "Rapat baru" form and on
// a meeting's Rincian tab.
type rapatForm struct {
	*fieldRows
	app                                                         Shell
	orig                                                        mrapat.Rapat
	acara, tanggal, mulai, selesai, tempat, pimpinan, unit, not *kit.Entry
	seri, catatan                                               *kit.Entry
	surat                                                       suratEntries // the invitation letter's own fields
	jenis, status                                               *widget.Select
	form                                                        *widget.Form
	clean                                                       string // the fields as last filled
	// ruangNama is the place text of the booked room (orig.RuangID): a
	// place typed over it is an outside venue, no longer the room.
	ruangNama string
}

func newRapatForm(a Shell) *rapatForm {
	f := &rapatForm{fieldRows: newFieldRows(), app: a}
	for _, e := range []**kit.Entry{&f.acara, &f.tanggal, &f.mulai, &f.selesai, &f.tempat, &f.pimpinan, &f.unit, &f.not, &f.seri} {
		*e = a.NewEntry()
	}
	f.catatan = multiLine(a)
	f.surat = newSuratEntries(a)
	f.tanggal.SetPlaceHolder(lang.L("rapatui.form.tanggal_hint"))
	f.mulai.SetPlaceHolder("08.00")
	f.selesai.SetPlaceHolder("10.00")
	f.jenis = kit.NewSelect(nil, nil)
	f.status = kit.NewSelect(statusNames(), nil)
	f.status.SetSelectedIndex(0)
	f.form = widget.NewForm(f.row("acara", f.acara), f.row("jenis", f.jenis), f.row("tanggal", f.tanggal),
		f.row("mulai", f.mulai), f.row("selesai", f.selesai), f.row("tempat", f.tempat), f.row("pimpinan", f.pimpinan),
		f.row("unit", f.unit), f.row("notulis", f.not), f.row("seri", f.seri), f.row("status", f.status),
		f.row("catatan", f.catatan))
	return f
}

// multiLine is a field of several lines that hands its keys to the shell
// first, like every field.
func multiLine(a Shell) *kit.Entry {
	e := a.NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// setJenis offers the clerks' kinds of meeting, keeping one the meeting
// has even when it is no longer on the list.
func (f *rapatForm) setJenis(kinds []string) {
	cur := f.jenis.Selected
	if cur == "" {
		cur = f.orig.Jenis
	}
	if cur != "" && !contains(kinds, cur) {
		kinds = append(kinds, cur)
	}
	f.jenis.SetOptions(kinds)
	if cur != "" {
		f.jenis.SetSelected(cur)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fill shows meeting r in the fields.
func (f *rapatForm) fill(r mrapat.Rapat) {
	f.orig = r
	f.acara.SetText(r.Acara)
	f.tanggal.SetText(model.FormatDate(r.Mulai))
	f.mulai.SetText(mrapat.FormatJam(r.Mulai))
	f.selesai.SetText("")
	if !r.Selesai.IsZero() {
		f.selesai.SetText(mrapat.FormatJam(r.Selesai))
	}
	f.tempat.SetText(r.Tempat)
	f.ruangNama = r.Tempat
	f.pimpinan.SetText(r.Pimpinan)
	f.unit.SetText(r.Unit)
	f.not.SetText(r.Notulis)
	f.seri.SetText(r.Seri)
	f.catatan.SetText(r.Catatan)
	f.surat.fill(r.Surat)
	f.setJenis(f.jenis.Options)
	if r.Jenis != "" {
		f.jenis.SetSelected(r.Jenis)
	}
	for i, s := range mrapat.Statuses {
		if s == r.Status {
			f.status.SetSelectedIndex(i)
		}
	}
	f.clean = f.snapshot()
}

// setRuang makes the bookable room placeID (named nama) the meeting's
// place; saving books it.
func (f *rapatForm) setRuang(placeID int64, nama string) {
	f.orig.RuangID, f.ruangNama = placeID, nama
	f.tempat.SetText(nama)
}

// snapshot is every field as one text, to tell typed changes.
func (f *rapatForm) snapshot() string {
	var b strings.Builder
	for _, e := range append([]*kit.Entry{f.acara, f.tanggal, f.mulai, f.selesai, f.tempat, f.pimpinan, f.unit, f.not, f.seri, f.catatan},
		f.surat.all()...) {
		b.WriteString(e.Text + "\x00")
	}
	b.WriteString(f.jenis.Selected + "\x00" + f.status.Selected)
	return b.String()
}

// Unsaved tells whether the clerk typed something not saved yet: a
// reload (another clerk's change) must not wipe it.
func (f *rapatForm) Unsaved() bool { return f.clean != "" && f.snapshot() != f.clean }

// read builds the meeting from the fields, normalized and validated; the
// error names the field that is wrong.
func (f *rapatForm) read() (mrapat.Rapat, error) {
	r := f.orig
	r.Acara, r.Jenis, r.Tempat, r.Pimpinan = f.acara.Text, f.jenis.Selected, f.tempat.Text, f.pimpinan.Text
	r.Unit, r.Notulis, r.Seri, r.Catatan = f.unit.Text, f.not.Text, f.seri.Text, f.catatan.Text
	r.Surat = f.surat.read()
	if r.RuangID != 0 && r.Tempat != f.ruangNama {
		r.RuangID = 0 // an outside venue typed in: no longer our room
	}
	if i := f.status.SelectedIndex(); i >= 0 {
		r.Status = mrapat.Statuses[i]
	}
	if strings.TrimSpace(r.Acara) == "" {
		return r, model.Invalid("acara", "", "error.required")
	}
	start, end, err := readWhen(f.tanggal.Text, f.mulai.Text, f.selesai.Text)
	if err != nil {
		return r, err
	}
	r.Mulai, r.Selesai = start, end
	r.Normalize()
	return r, r.Validate()
}

// readWhen reads a day typed any way ("7/12/2026", "7 Des 2026") and the
// clock times ("8.30"); end is zero when left empty.
func readWhen(tanggal, mulai, selesai string) (start, end time.Time, err error) {
	day, err := readDate("tanggal", tanggal)
	if err != nil {
		return start, end, err
	}
	h, m, err := value.ParseClock(mulai)
	if err != nil {
		return start, end, model.Invalid("mulai", mulai, reasonOf(err))
	}
	start = mrapat.At(day, h, m)
	if strings.TrimSpace(selesai) == "" {
		return start, end, nil
	}
	if h, m, err = value.ParseClock(selesai); err != nil {
		return start, end, model.Invalid("selesai", selesai, reasonOf(err))
	}
	return start, mrapat.At(day, h, m), nil
}

// readDate reads a day typed any way, as a local calendar day.
func readDate(field, text string) (time.Time, error) {
	if strings.TrimSpace(text) == "" {
		return time.Time{}, model.Invalid(field, "", "error.required")
	}
	d, err := value.ParseDate(text)
	if err != nil {
		return time.Time{}, model.Invalid(field, text, value.Reason(err))
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.Local), nil
}

func reasonOf(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return ie.Reason
	}
	return "rapatui.error.jam"
}

// suratEntries are the invitation letter's fields: its number, the
// official who signs it and the copies (tembusan), one a line.
type suratEntries struct {
	nomor, sifat, lampiran, hal, jabatan, nama, pangkat, nip, tembusan *kit.Entry
}

func newSuratEntries(a Shell) suratEntries {
	s := suratEntries{tembusan: multiLine(a)}
	for _, e := range []**kit.Entry{&s.nomor, &s.sifat, &s.lampiran, &s.hal, &s.jabatan, &s.nama, &s.pangkat, &s.nip} {
		*e = a.NewEntry()
	}
	s.nomor.SetPlaceHolder(lang.L("rapatui.surat.nomor_hint"))
	s.sifat.SetPlaceHolder(lang.L("rapatui.surat.sifat_hint"))
	s.hal.SetPlaceHolder(lang.L("rapatui.surat.hal_hint"))
	return s
}

func (s suratEntries) all() []*kit.Entry {
	return []*kit.Entry{s.nomor, s.sifat, s.lampiran, s.hal, s.jabatan, s.nama, s.pangkat, s.nip, s.tembusan}
}

// rows are the letter's form rows, their messages in f's.
func (s suratEntries) rows(f *fieldRows) *widget.Form {
	return widget.NewForm(f.row("nomor", s.nomor), f.row("sifat", s.sifat), f.row("lampiran", s.lampiran), f.row("hal", s.hal),
		f.row("penanda_jabatan", s.jabatan), f.row("penanda_nama", s.nama), f.row("penanda_pangkat", s.pangkat),
		f.row("nip", s.nip), f.row("tembusan", s.tembusan))
}

func (s suratEntries) fill(x mrapat.Surat) {
	for e, v := range map[*kit.Entry]string{s.nomor: x.Nomor, s.sifat: x.Sifat, s.lampiran: x.Lampiran, s.hal: x.Hal,
		s.jabatan: x.Penanda.Jabatan, s.nama: x.Penanda.Nama, s.pangkat: x.Penanda.Pangkat, s.nip: x.Penanda.NIP,
		s.tembusan: strings.Join(x.Tembusan, "\n")} {
		e.SetText(v)
	}
}

func (s suratEntries) read() mrapat.Surat {
	x := mrapat.Surat{Nomor: s.nomor.Text, Sifat: s.sifat.Text, Lampiran: s.lampiran.Text, Hal: s.hal.Text,
		Penanda: mrapat.Penanda{Jabatan: s.jabatan.Text, Nama: s.nama.Text, Pangkat: s.pangkat.Text, NIP: s.nip.Text}}
	for _, l := range strings.Split(s.tembusan.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			x.Tembusan = append(x.Tembusan, l)
		}
	}
	return x
}

package arsip

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// snapshot is everything the clerk can change on the form, as one text:
// the form has unsaved changes when it differs from the one taken after
// filling.
func (f *berkasForm) snapshot() string {
	var b strings.Builder
	for _, e := range []*widget.Entry{&f.code.Entry, &f.nomor.Entry, &f.kode.Entry, &f.kodeLama.Entry, &f.uraian.Entry,
		&f.unit.Entry, &f.tahunDari.Entry, &f.tahunSampai.Entry, &f.jumlah.Entry, &f.note.Entry,
		&f.pindahOn.Entry, &f.akhirOn.Entry, &f.reason.Entry} {
		b.WriteString(e.Text + "\x00")
	}
	for _, s := range []*widget.Select{f.tingkat, f.media, f.keamanan, f.status, f.kategori} {
		b.WriteString(s.Selected + "\x00")
	}
	b.WriteString(strconv.FormatInt(f.placeID, 10) + "\x00" + strconv.FormatInt(f.chosenBoks(), 10) + "\x00")
	b.WriteString(strconv.FormatBool(f.manual.Checked) + "\x00")
	for _, r := range f.items {
		for _, e := range []*widget.Entry{&r.no.Entry, &r.tanggal.Entry, &r.surat.Entry, &r.uraian.Entry, &r.jumlah.Entry, &r.ket.Entry} {
			b.WriteString(e.Text + "\x00")
		}
	}
	return b.String()
}

// chosenBoks is the box the form will save: the one asked for while the
// place's boxes are still being read.
func (f *berkasForm) chosenBoks() int64 {
	if f.boksPending {
		return f.boksWant
	}
	if i := f.boks.SelectedIndex(); i > 0 && i < len(f.boksIDs) {
		return f.boksIDs[i]
	}
	return 0
}

// Unsaved tells whether leaving the form would lose what the clerk typed.
func (f *berkasForm) Unsaved() bool { return f.clean != "" && f.snapshot() != f.clean }

// askLeave runs leave at once when nothing is unsaved; otherwise it asks
// "Simpan perubahan?": Simpan saves and leaves once saved (a refused save
// keeps the form open with its message), Buang leaves, Batal stays.
func (f *berkasForm) askLeave(leave func()) {
	if !f.Unsaved() {
		leave()
		return
	}
	var d dialog.Dialog
	choose := func(act func()) func() {
		return func() { d.Hide(); act() }
	}
	save := widget.NewButton(lang.L("leave.save"), choose(func() { f.afterSaved = leave; f.onSave() }))
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("leave.discard"), choose(leave))
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton(lang.L("button.cancel"), choose(func() {}))
	msg := widget.NewLabel(lang.L("leave.message"))
	cd := dialog.NewCustomWithoutButtons(lang.L("leave.title"), msg, f.app.Window())
	cd.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d = cd
	f.app.ShowDialog(d)
}

// page is the Arsip page as the shell holds it: the tabs, plus the
// question before leaving an open form with unsaved changes.
type page struct {
	widget.BaseWidget
	p *arsipPage
}

func newPage(p *arsipPage) *page {
	w := &page{p: p}
	w.ExtendBaseWidget(w)
	return w
}

func (w *page) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(w.p.tabs) }

// AskLeave lets the shell go elsewhere; an open form asks first when it
// holds unsaved changes, and goes back to the list when left.
func (w *page) AskLeave(leave func()) { w.p.askLeave(leave) }

func (p *arsipPage) askLeave(leave func()) {
	f := p.form
	if f == nil || !f.Unsaved() {
		leave()
		return
	}
	f.askLeave(func() {
		p.closeForm()
		leave()
	})
}

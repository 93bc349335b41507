package rapat

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// ruangBox is the meeting's room booking on its Rincian tab: the
// booking's code and status, and "Cari ruang kosong" to pick a free room
// for the meeting's time (saved with the form: the store books it).
type ruangBox struct {
	t       *rincianTab
	label   *widget.Label
	content fyne.CanvasObject
}

func newRuangBox(t *rincianTab) *ruangBox {
	b := &ruangBox{t: t, label: wrapped("")}
	find := widget.NewButtonWithIcon(lang.L("rapatlink.find_room"), theme.SearchIcon(), b.onFind)
	b.content = container.NewBorder(nil, nil, nil, find, b.label)
	return b
}

// show reads the meeting's room booking.
func (b *ruangBox) show(r mrapat.Rapat) {
	s := b.t.v.app.Store()
	kit.Load(b.t.v.app, func() (booking.Booking, error) { return s.RapatRoomBooking(bg(), r.ID) }, func(bk booking.Booking, err error) {
		switch {
		case errors.Is(err, model.ErrNotFound):
			b.label.SetText(lang.L("rapatlink.no_booking"))
		case err != nil:
			b.label.SetText(explain(err))
		default:
			b.label.SetText(kit.Ln("rapatlink.booking", map[string]any{
				"Code": bk.Code, "Status": lang.L("bookui.status." + string(bk.Status))}))
		}
	})
}

// onFind lists the rooms free for the times in the form, for the
// meeting's invitees.
func (b *ruangBox) onFind() {
	f := b.t.form
	start, end, err := readWhen(f.tanggal.Text, f.mulai.Text, f.selesai.Text)
	if err == nil && end.IsZero() {
		err = model.Invalid("selesai", "", "error.required")
	}
	if err != nil {
		f.show(err)
		return
	}
	q := storage.FreeQuery{Jenis: booking.JenisRuang, Dari: start, Sampai: end, Jumlah: b.t.v.l.Expected()}
	s := b.t.v.app.Store()
	kit.Load(b.t.v.app, func() ([]booking.Resource, error) { return s.FreeResources(bg(), q) }, func(list []booking.Resource, err error) {
		if err != nil {
			f.show(err)
			return
		}
		b.pick(list)
	})
}

// pick shows the free rooms; the one tapped becomes the form's place.
func (b *ruangBox) pick(list []booking.Resource) {
	var d dialog.Dialog
	rows := container.NewVBox()
	if len(list) == 0 {
		rows.Add(widget.NewLabel(lang.L("rapatlink.no_free_room")))
	}
	for _, r := range list {
		text := kit.Ln("rapatlink.free_room", map[string]any{"Nama": r.Nama, "Kapasitas": model.FormatInt(int64(r.Kapasitas))})
		rows.Add(widget.NewButton(text, func() {
			b.t.form.setRuang(r.PlaceID, r.Nama)
			d.Hide()
		}))
	}
	d = dialog.NewCustom(lang.L("rapatlink.find_room"), lang.L("button.cancel"), container.NewVScroll(rows), b.t.v.app.Window())
	d.Resize(fyne.NewSize(480, 360))
	b.t.v.app.ShowDialog(d)
}

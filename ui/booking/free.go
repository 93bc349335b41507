package booking

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
)

// freeFinder is "a room for 30 people, Thursday 09.00–12.00, with a
// projector": the rooms free for the whole period, each a tap from
// being booked.
type freeFinder struct {
	app                           Shell
	content                       *fyne.Container
	jumlah, tanggal, dari, sampai *kit.Entry
	fasilitas                     *kit.Entry
	form                          *widget.Form
	head                          *widget.Label
	rows                          *fyne.Container
}

func newFreeFinder(a Shell) *freeFinder {
	f := &freeFinder{app: a, jumlah: a.NewEntry(), tanggal: a.NewEntry(), dari: a.NewEntry(), sampai: a.NewEntry(),
		fasilitas: a.NewEntry(), head: widget.NewLabel(""), rows: container.NewVBox()}
	f.tanggal.SetText(model.FormatDateShort(timeNow()))
	f.dari.SetText("09.00")
	f.sampai.SetText("12.00")
	f.fasilitas.SetPlaceHolder(lang.L("bookui.ph.fasilitas"))
	f.head.Wrapping = fyne.TextWrapWord
	f.form = widget.NewForm(item("bookui.f.jumlah", f.jumlah), item("bookui.f.tanggal", f.tanggal),
		item("bookui.f.dari", f.dari), item("bookui.f.sampai", f.sampai), item("bookui.f.fasilitas", f.fasilitas))
	find := widget.NewButtonWithIcon(lang.L("bookui.cari"), theme.SearchIcon(), f.find)
	f.content = container.NewBorder(container.NewVBox(f.form, container.NewHBox(find), f.head), nil, nil, nil,
		container.NewVScroll(f.rows))
	return f
}

func (f *freeFinder) query() (storage.FreeQuery, error) {
	q := storage.FreeQuery{Jenis: booking.JenisRuang, Fasilitas: fasilitas(f.fasilitas.Text)}
	n, err := number(f.jumlah.Text, "jumlah")
	if err != nil {
		return q, err
	}
	q.Jumlah = int(n)
	day, err := date(f.tanggal.Text, "tanggal")
	if err != nil {
		return q, err
	}
	if q.Dari, err = at(day, f.dari.Text, "dari"); err != nil {
		return q, err
	}
	if q.Sampai, err = at(day, f.sampai.Text, "sampai"); err != nil {
		return q, err
	}
	if !q.Sampai.After(q.Dari) {
		return q, model.Invalid("sampai", f.sampai.Text, "error.booking_range")
	}
	return q, nil
}

func (f *freeFinder) find() {
	q, err := f.query()
	f.rows.RemoveAll()
	if err != nil {
		f.head.SetText(explain(err))
		return
	}
	s := f.app.Store()
	kit.Load(f.app, func() ([]booking.Resource, error) { return s.FreeResources(bg(), q) }, func(rs []booking.Resource, err error) {
		if err != nil {
			f.head.SetText(explain(err))
			return
		}
		f.head.SetText(kit.Ln("bookui.free.count", map[string]any{"N": len(rs)}))
		for _, r := range rs {
			text := widget.NewLabel(resourceLine(r))
			text.Wrapping = fyne.TextWrapWord
			book := widget.NewButton(lang.L("bookui.pesan"), func() {
				openForm(f.app, booking.Booking{ResourceIDs: []int64{r.ID}, Dari: q.Dari, Sampai: q.Sampai, Jumlah: q.Jumlah})
			})
			f.rows.Add(container.NewBorder(nil, nil, nil, book, text))
		}
	})
}

// resourceLine is a resource as lists show it: name, kind, capacity,
// facilities.
func resourceLine(r booking.Resource) string {
	s := r.Nama
	if r.Kategori != "" {
		s += " · " + r.Kategori
	}
	if r.Kapasitas > 0 {
		s += " · " + kit.Ln("bookui.kapasitas_n", map[string]any{"N": r.Kapasitas})
	}
	for _, x := range r.Fasilitas {
		s += " · " + x
	}
	if !r.Aktif {
		s += " · " + lang.L("bookui.nonaktif")
	}
	return s
}

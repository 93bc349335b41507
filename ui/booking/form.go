package booking

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/rapat"
	"rapi/ui/kit"
)

// prefUnit is this PC's unit: the form's default and the Unit saya filter.
const prefUnit = "booking.unit"

// The repeat choices, in the picker's order; the first is "no repeat".
var ulangs = []booking.Ulang{"", booking.UlangHariKerja, booking.UlangMingguan, booking.UlangBulanan}

// bookingForm is the form of one booking (new, or an occurrence being
// changed) in a dialog. Each field shows its own message under it.
type bookingForm struct {
	app                          Shell
	b                            booking.Booking
	rooms, cars, drivers         []booking.Resource
	room, car, driver, ulang     *widget.Select
	tanggal, dari, sampai        *kit.Entry
	unit, nama, nip, telp, perlu *kit.Entry
	jumlah, catatan, alasan      *kit.Entry
	ulangSampai, ulangKali       *kit.Entry
	prio                         *widget.Check
	form                         *widget.Form
	items                        map[string]*widget.FormItem
	msg                          *widget.Label
	dlg                          dialog.Dialog
}

// openForm reads the resources and shows the form of b: a new booking
// when b.ID is 0 (with its resource and time prefilled, as a tap on the
// calendar gives them), else the booking to change.
func openForm(a Shell, b booking.Booking) {
	s := a.Store()
	kit.Load(a, func() ([]booking.Resource, error) { return loadResources(s) }, func(rs []booking.Resource, err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		f := newForm(a, b, rs)
		a.ShowDialog(f.dlg)
	})
}

func newForm(a Shell, b booking.Booking, rs []booking.Resource) *bookingForm {
	f := &bookingForm{app: a, b: b, items: map[string]*widget.FormItem{}, msg: widget.NewLabel("")}
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Importance = widget.DangerImportance
	f.msg.Hide()
	for _, r := range rs {
		switch r.Jenis {
		case booking.JenisRuang:
			f.rooms = append(f.rooms, r)
		case booking.JenisKendaraan:
			f.cars = append(f.cars, r)
		case booking.JenisSopir:
			f.drivers = append(f.drivers, r)
		}
	}
	f.room = picker(f.rooms, b.ResourceIDs) // a trip needs no room
	f.car = picker(f.cars, b.ResourceIDs)
	f.driver = picker(f.drivers, b.ResourceIDs)
	entry := func(text string) *kit.Entry { e := a.NewEntry(); e.SetText(text); return e }
	f.tanggal = entry(model.FormatDateShort(b.Dari))
	f.dari, f.sampai = entry(rapat.FormatJam(b.Dari)), entry(rapat.FormatJam(b.Sampai))
	if b.Unit == "" {
		b.Unit = a.Preferences().String(prefUnit)
	}
	f.unit, f.nama, f.nip, f.telp = entry(b.Unit), entry(b.Pemohon.Nama), entry(b.Pemohon.NIP), entry(b.Pemohon.Telepon)
	f.perlu, f.catatan = entry(b.Keperluan), a.NewMultiLineEntry()
	f.catatan.SetText(b.Catatan)
	f.jumlah = entry("")
	if b.Jumlah > 0 {
		f.jumlah.SetText(model.FormatInt(int64(b.Jumlah)))
	}
	f.prio = widget.NewCheck(lang.L("bookui.f.prioritas_check"), nil)
	f.prio.SetChecked(b.Prioritas)
	f.alasan = entry(b.AlasanGeser)
	f.ulang = kit.NewSelect([]string{lang.L("bookui.ulang.none"), lang.L("bookui.ulang.hari-kerja"),
		lang.L("bookui.ulang.mingguan"), lang.L("bookui.ulang.bulanan")}, nil)
	f.ulang.SetSelectedIndex(0)
	f.ulangSampai, f.ulangKali = entry(""), entry("")
	f.ulangSampai.SetPlaceHolder(lang.L("bookui.ph.date"))
	f.build()
	return f
}

// picker is a select of resources with the one among ids chosen; each
// is optional, so it starts with "–" (none).
func picker(rs []booking.Resource, ids []int64) *widget.Select {
	names := []string{"–"}
	sel := 0
	for _, r := range rs {
		names = append(names, r.Nama)
		for _, id := range ids {
			if id == r.ID {
				sel = len(names) - 1
			}
		}
	}
	s := kit.NewSelect(names, nil)
	s.SetSelectedIndex(sel)
	return s
}

func (f *bookingForm) build() {
	add := func(key string, w fyne.CanvasObject) {
		it := item("bookui.f."+key, w)
		f.items[key] = it
		f.form.AppendItem(it)
	}
	f.form = widget.NewForm()
	add("ruang", f.room)
	add("kendaraan", f.car)
	add("sopir", f.driver)
	add("tanggal", f.tanggal)
	add("dari", f.dari)
	add("sampai", f.sampai)
	add("unit", f.unit)
	add("pemohon", f.nama)
	add("nip", f.nip)
	add("telepon", f.telp)
	add("keperluan", f.perlu)
	add("jumlah", f.jumlah)
	add("catatan", f.catatan)
	add("prioritas", f.prio)
	add("alasan", f.alasan)
	if f.b.ID == 0 { // one occurrence is changed alone; a series is made new
		add("ulang", f.ulang)
		add("ulang_sampai", f.ulangSampai)
		add("ulang_kali", f.ulangKali)
	}
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), f.onSave)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("button.cancel"), func() { f.dlg.Hide() })
	title := lang.L("bookui.form.new")
	if f.b.ID != 0 {
		title = lang.L("bookui.form.edit") + " " + f.b.Code
	}
	body := container.NewBorder(f.msg, container.NewHBox(save, cancel), nil, nil, container.NewVScroll(f.form))
	f.dlg = dialog.NewCustomWithoutButtons(title, body, f.app.Window())
	f.dlg.Resize(fyne.NewSize(720, 600))
}

// chosen is the resource picked in sel, after its "–" (none).
func chosen(sel *widget.Select, rs []booking.Resource) (booking.Resource, bool) {
	i := sel.SelectedIndex() - 1
	if i < 0 || i >= len(rs) {
		return booking.Resource{}, false
	}
	return rs[i], true
}

// read is the booking as typed, and its series when it repeats; an error
// names the field.
func (f *bookingForm) read() (booking.Booking, *booking.Seri, error) {
	b := f.b
	b.ResourceIDs = nil
	for _, p := range []struct {
		sel *widget.Select
		rs  []booking.Resource
	}{{f.room, f.rooms}, {f.car, f.cars}, {f.driver, f.drivers}} {
		if r, ok := chosen(p.sel, p.rs); ok {
			b.ResourceIDs = append(b.ResourceIDs, r.ID)
		}
	}
	if len(b.ResourceIDs) == 0 {
		return b, nil, model.Invalid("ruang", "", "bookui.error.no_resource")
	}
	day, err := date(f.tanggal.Text, "tanggal")
	if err != nil {
		return b, nil, err
	}
	if b.Dari, err = at(day, f.dari.Text, "dari"); err != nil {
		return b, nil, err
	}
	if b.Sampai, err = at(day, f.sampai.Text, "sampai"); err != nil {
		return b, nil, err
	}
	n, err := number(f.jumlah.Text, "jumlah")
	if err != nil {
		return b, nil, err
	}
	b.Jumlah = int(n)
	b.Unit, b.Pemohon = f.unit.Text, booking.Pemohon{Nama: f.nama.Text, NIP: f.nip.Text, Telepon: f.telp.Text}
	b.Keperluan, b.Catatan, b.Prioritas, b.AlasanGeser = f.perlu.Text, f.catatan.Text, f.prio.Checked, f.alasan.Text
	b.Normalize()
	if err := b.Validate(); err != nil {
		return b, nil, err
	}
	if b.Prioritas && b.AlasanGeser == "" {
		return b, nil, model.Invalid("alasan", "", "error.required")
	}
	if err := f.checkResources(b); err != nil {
		return b, nil, err
	}
	seri, err := f.readSeri()
	return b, seri, err
}

// checkResources runs the model's rule on the chosen resources alone
// (active, capacity) so the form says so before any save.
func (f *bookingForm) checkResources(b booking.Booking) error {
	var jadwal []booking.Jadwal
	for _, rs := range [][]booking.Resource{f.rooms, f.cars, f.drivers} {
		for _, r := range rs {
			for _, id := range b.ResourceIDs {
				if id == r.ID {
					jadwal = append(jadwal, booking.Jadwal{Resource: r})
				}
			}
		}
	}
	_, err := booking.Check(&b, jadwal)
	return err
}

func (f *bookingForm) readSeri() (*booking.Seri, error) {
	i := f.ulang.SelectedIndex()
	if f.b.ID != 0 || i <= 0 {
		return nil, nil
	}
	seri := &booking.Seri{Ulang: ulangs[i]}
	if f.ulangSampai.Text != "" {
		t, err := date(f.ulangSampai.Text, "ulang_sampai")
		if err != nil {
			return nil, err
		}
		seri.Sampai = t
	}
	n, err := number(f.ulangKali.Text, "ulang_kali")
	if err != nil {
		return nil, err
	}
	seri.Kali = int(n)
	if seri.Sampai.IsZero() && seri.Kali <= 0 {
		return nil, model.Invalid("ulang_sampai", "", "bookui.error.ulang_end")
	}
	return seri, nil
}

// mark shows err under its field (and on top when it names none).
func (f *bookingForm) mark(err error) {
	for _, it := range f.items {
		it.HintText = ""
	}
	f.msg.SetText("")
	f.msg.Hide()
	if err == nil {
		f.form.Refresh()
		return
	}
	if ie, ok := model.AsInvalid(err); ok {
		key := ie.Field
		switch key {
		case "resource":
			key = "ruang"
		case "nama":
			key = "pemohon"
		}
		if it := f.items[key]; it != nil {
			it.HintText = kit.T(ie.Reason) + valueNote(ie.Value)
		}
	}
	f.msg.SetText(explain(err))
	f.msg.Show()
	f.form.Refresh()
}

func valueNote(v string) string {
	if v == "" {
		return ""
	}
	return " (" + v + ")"
}

func (f *bookingForm) onSave() {
	b, seri, err := f.read()
	if err != nil {
		f.mark(err)
		return
	}
	f.mark(nil)
	f.app.Preferences().SetString(prefUnit, b.Unit)
	if seri != nil {
		f.planSeri(b, *seri)
		return
	}
	s := f.app.Store()
	var geser []booking.Booking
	f.app.EnsureClerk(func() {
		kit.Change(f.app, func() (err error) {
			if b.ID != 0 {
				return s.UpdateBooking(bg(), &b)
			}
			geser, err = s.CreateBooking(bg(), &b)
			return err
		}, func(err error) {
			if err != nil {
				f.mark(err)
				return
			}
			f.dlg.Hide()
			f.app.DataChanged()
			f.saved(b, geser)
		})
	})
}

// saved tells the clerk the code and, for a priority booking, whom to
// call: the bookings it displaced.
func (f *bookingForm) saved(b booking.Booking, geser []booking.Booking) {
	text := kit.Ln("bookui.saved", map[string]any{"Code": b.Code, "Status": statusName(b.Status)})
	for _, g := range geser {
		text += "\n" + kit.Ln("bookui.displaced", map[string]any{"Line": line(g)})
	}
	f.app.ShowInfo(lang.L("bookui.form.new"), text)
}

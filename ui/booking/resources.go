package booking

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
)

// vehiclePrefix is the kode barang of the vehicles (alat angkutan) in KIB B.
const vehiclePrefix = "1.3.2.02"

// resourcesView is the Sumber daya tab: the rooms, vehicles and drivers
// that can be booked, their closures, and the named approvers.
type resourcesView struct {
	app     Shell
	content *fyne.Container
	rows    *fyne.Container
	head    *widget.Label
}

func newResourcesView(a Shell) *resourcesView {
	v := &resourcesView{app: a, rows: container.NewVBox(), head: widget.NewLabel("")}
	bar := container.NewHBox(
		widget.NewButtonWithIcon(lang.L("bookui.res.add_ruang"), theme.ContentAddIcon(), func() { v.edit(booking.Resource{Jenis: booking.JenisRuang, Aktif: true}) }),
		widget.NewButtonWithIcon(lang.L("bookui.res.add_kendaraan"), theme.ContentAddIcon(), func() { v.edit(booking.Resource{Jenis: booking.JenisKendaraan, Aktif: true}) }),
		widget.NewButtonWithIcon(lang.L("bookui.res.add_sopir"), theme.ContentAddIcon(), func() { v.edit(booking.Resource{Jenis: booking.JenisSopir, Aktif: true}) }),
		widget.NewButtonWithIcon(lang.L("bookui.res.approvers"), theme.AccountIcon(), func() { editApprovers(a) }),
	)
	v.content = container.NewBorder(container.NewVBox(bar, v.head), nil, nil, nil, container.NewVScroll(v.rows))
	return v
}

func (v *resourcesView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	kit.Load(v.app, func() ([]booking.Resource, error) {
		return s.Resources(bg(), storage.ResourceFilter{All: true})
	}, func(rs []booking.Resource, err error) {
		v.rows.RemoveAll()
		if err != nil {
			v.head.SetText(explain(err))
			return
		}
		v.head.SetText(kit.Ln("bookui.res.count", map[string]any{"N": len(rs)}))
		for _, r := range rs {
			text := widget.NewLabel(lang.L("bookui.jenis."+string(r.Jenis)) + " · " + resourceLine(r))
			text.Wrapping = fyne.TextWrapWord
			btns := container.NewHBox(widget.NewButton(lang.L("bookui.ubah"), func() { v.edit(r) }),
				widget.NewButton(lang.L("bookui.res.tutup"), func() { showClosures(v.app, r) }),
				exportButton(v.app, func() storage.BookingFilter { return storage.BookingFilter{ResourceID: r.ID, From: dayOf(timeNow())} }))
			v.rows.Add(container.NewBorder(nil, nil, nil, btns, text))
		}
	})
}

// choice is one option of a picker: an id, what the clerk reads, and
// the name a resource made from it gets unless one is typed.
type choice struct {
	id         int64
	text, name string
}

// resChoices are what a resource of r's kind points at: the rooms (a
// place of kind ruang) or the vehicles of the inventaris.
func resChoices(s *storage.Store, j booking.Jenis) ([]choice, error) {
	var out []choice
	switch j {
	case booking.JenisRuang:
		places, err := s.Places(bg())
		if err != nil {
			return nil, err
		}
		byID := map[int64]model.Place{}
		for _, p := range places {
			byID[p.ID] = p
		}
		for _, p := range kit.PlacePaths(places) {
			if pl := byID[p.ID]; pl.Kind == model.PlaceRuang {
				out = append(out, choice{p.ID, p.Path, pl.Name})
			}
		}
	case booking.JenisKendaraan:
		page, err := s.AsetList(bg(), storage.AsetFilter{KodePrefix: vehiclePrefix}, storage.Page{Limit: 500})
		if err != nil {
			return nil, err
		}
		for _, x := range page.Rows {
			name := vehicleName(x)
			out = append(out, choice{x.ID, strings.TrimSpace(x.Code + " " + name), name})
		}
	}
	return out, nil
}

// vehicleName is "Toyota Innova DB 1234 AB": the asset's name, make
// and plate.
func vehicleName(x aset.Aset) string {
	s := x.Nama + " " + x.Merk
	if x.Detail.B != nil {
		s += " " + x.Detail.B.NomorPolisi
	}
	return strings.Join(strings.Fields(s), " ")
}

// edit shows the form of resource r (ID 0: a new one of its kind).
func (v *resourcesView) edit(r booking.Resource) {
	s := v.app.Store()
	kit.Load(v.app, func() ([]choice, error) { return resChoices(s, r.Jenis) }, func(cs []choice, err error) {
		if err != nil {
			showErr(v.app, err)
			return
		}
		v.showEdit(r, cs)
	})
}

func (v *resourcesView) showEdit(r booking.Resource, cs []choice) {
	a := v.app
	texts := make([]string, len(cs))
	for i, c := range cs {
		texts[i] = c.text
	}
	pick := kit.NewSelect(texts, nil)
	for i, c := range cs {
		if c.id == r.PlaceID || c.id == r.AsetID {
			pick.SetSelectedIndex(i)
		}
	}
	entry := func(s string) *kit.Entry { e := a.NewEntry(); e.SetText(s); return e }
	nama, kategori, code := entry(r.Nama), entry(r.Kategori), entry(r.Code)
	kap, fas := entry(strconv.Itoa(r.Kapasitas)), entry(strings.Join(r.Fasilitas, ", "))
	jeda := entry(strconv.Itoa(int(r.Jeda.Minutes())))
	nip, telp := entry(r.NIP), entry(r.Telepon)
	perlu := widget.NewCheck(lang.L("bookui.f.perlu_persetujuan"), nil)
	perlu.SetChecked(r.PerluPersetujuan)
	bebas := widget.NewCheck(lang.L("bookui.f.pengajuan_bebas"), nil)
	bebas.SetChecked(r.PengajuanBebas)
	aktif := widget.NewCheck(lang.L("bookui.f.aktif"), nil)
	aktif.SetChecked(r.Aktif)
	var items []*widget.FormItem
	switch r.Jenis {
	case booking.JenisRuang:
		items = append(items, item("bookui.f.ruang", pick))
	case booking.JenisKendaraan:
		items = append(items, item("bookui.f.kendaraan", pick))
	case booking.JenisSopir:
		items = append(items, item("bookui.f.code", code), item("bookui.f.nip", nip), item("bookui.f.telepon", telp))
	}
	items = append(items, item("bookui.f.nama", nama), item("bookui.f.kategori", kategori), item("bookui.f.kapasitas", kap),
		item("bookui.f.fasilitas", fas), item("bookui.f.jeda", jeda), widget.NewFormItem("", perlu),
		widget.NewFormItem("", bebas), widget.NewFormItem("", aktif))
	a.AskForm("bookui.res.title", "button.save", items, func() {
		if i := pick.SelectedIndex(); i >= 0 {
			if r.Jenis == booking.JenisRuang {
				r.PlaceID = cs[i].id
			} else {
				r.AsetID = cs[i].id
			}
			if strings.TrimSpace(nama.Text) == "" {
				nama.SetText(cs[i].name) // named as its place or vehicle unless typed
			}
		}
		k, err := number(kap.Text, "kapasitas")
		if err != nil {
			showErr(a, err)
			return
		}
		menit, err := number(jeda.Text, "jeda")
		if err != nil {
			showErr(a, err)
			return
		}
		r.Nama, r.Kategori, r.Kapasitas, r.Fasilitas = nama.Text, kategori.Text, int(k), fasilitas(fas.Text)
		r.Jeda, r.NIP, r.Telepon = time.Duration(menit)*time.Minute, nip.Text, telp.Text
		r.PerluPersetujuan, r.PengajuanBebas, r.Aktif = perlu.Checked, bebas.Checked, aktif.Checked
		if r.Jenis == booking.JenisSopir {
			r.Code = code.Text
		}
		r.Normalize()
		if err := r.Validate(); err != nil {
			showErr(a, err)
			return
		}
		s := a.Store()
		write(a, func() error { return s.SaveResource(bg(), &r) }, nil)
	})
}

// showClosures lists a resource's closures, each removable, and adds one.
func showClosures(a Shell, r booking.Resource) {
	s := a.Store()
	kit.Load(a, func() ([]booking.Penutupan, error) { return s.Penutupans(bg(), r.ID) }, func(ps []booking.Penutupan, err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		dari, sampai, alasan := a.NewEntry(), a.NewEntry(), a.NewEntry()
		dari.SetPlaceHolder(lang.L("bookui.ph.datetime"))
		sampai.SetPlaceHolder(lang.L("bookui.ph.datetime"))
		items := []*widget.FormItem{}
		for _, p := range ps {
			id := p.ID
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
				write(a, func() error { return s.DeletePenutupan(bg(), id) }, nil)
			})
			text := model.FormatDateTime(p.Dari) + " – " + model.FormatDateTime(p.Sampai) + " · " + p.Alasan
			items = append(items, widget.NewFormItem("", container.NewBorder(nil, nil, nil, del, widget.NewLabel(text))))
		}
		items = append(items, item("bookui.f.tutup_dari", dari), item("bookui.f.tutup_sampai", sampai), item("bookui.f.alasan", alasan))
		a.AskForm("bookui.res.tutup", "button.save", items, func() {
			p := booking.Penutupan{ResourceID: r.ID, Alasan: alasan.Text}
			var err error
			if p.Dari, err = dateTime(dari.Text, "dari"); err == nil {
				p.Sampai, err = dateTime(sampai.Text, "sampai")
			}
			if err == nil {
				err = p.Validate()
			}
			if err != nil {
				showErr(a, err)
				return
			}
			write(a, func() error { return s.SavePenutupan(bg(), &p) }, nil)
		})
	})
}

// dateTime reads "3/12/2026 08.00" (a date alone is its midnight).
func dateTime(s, field string) (time.Time, error) {
	d, clock, _ := strings.Cut(strings.TrimSpace(s), " ")
	day, err := date(d, field)
	if err != nil || strings.TrimSpace(clock) == "" {
		return day, err
	}
	return at(day, clock, field)
}

// editApprovers sets the named approvers, one "Nama; NIP; Jabatan" a
// line; the admin PIN guards it.
func editApprovers(a Shell) {
	s := a.Store()
	kit.Load(a, func() ([]model.Signer, error) { return s.Approvers(bg()) }, func(ps []model.Signer, err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = p.Nama + "; " + p.NIP + "; " + p.Jabatan
		}
		e := a.NewMultiLineEntry()
		e.SetText(strings.Join(lines, "\n"))
		e.SetMinRowsVisible(5)
		a.AskForm("bookui.res.approvers", "button.save", []*widget.FormItem{item("bookui.f.penyetuju_list", e)}, func() {
			var out []model.Signer
			for _, l := range strings.Split(e.Text, "\n") {
				parts := strings.Split(l, ";")
				for len(parts) < 3 {
					parts = append(parts, "")
				}
				p := model.Signer{Nama: parts[0], NIP: parts[1], Jabatan: parts[2]}
				if p.Normalize(); p.Nama != "" {
					out = append(out, p)
				}
			}
			a.AskPIN(func(pin string) {
				write(a, func() error { return s.SetApprovers(bg(), out, pin) }, nil)
			})
		})
	})
}

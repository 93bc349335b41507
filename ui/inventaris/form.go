package inventaris

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/value"
	"rapi/ui/kit"
)

// asetForm is the form of one asset. It shows only the fields of the
// asset's KIB group (from its kode barang), says under each field what is
// wrong with it, and creates N identical units in one step.
type asetForm struct {
	app     Shell
	id      int64
	orig    aset.Aset
	onClose func()

	kode, nama, merk, ukuran, bahan, tahun, seri, harga *kit.Entry
	pNama, pNIP, pJabatan, pBAST, kodeLama, ket, jumlah *kit.Entry
	kodeName, hargaTxt                                  *widget.Label
	kondisi, status, perolehan, ruang                   *widget.Select
	ruangs                                              []ruangChoice
	wantRuang                                           int64 // the asset's room while the rooms are read

	kib    map[aset.KIB]*fyne.Container // the group fields, one shown
	detail detailEntries
	errs   map[string]*widget.Label
	msg    *widget.Label
	kodes  []aset.KodeBarang

	content    fyne.CanvasObject
	clean      string
	afterSaved func()
}

func newAsetForm(a Shell, id int64, onClose func()) *asetForm {
	f := &asetForm{app: a, id: id, onClose: onClose, errs: map[string]*widget.Label{}, kib: map[aset.KIB]*fyne.Container{},
		kodeName: widget.NewLabel(""), msg: widget.NewLabel("")}
	for _, e := range []**kit.Entry{&f.kode, &f.nama, &f.merk, &f.ukuran, &f.bahan, &f.tahun, &f.seri, &f.harga,
		&f.pNama, &f.pNIP, &f.pJabatan, &f.pBAST, &f.kodeLama, &f.ket, &f.jumlah} {
		*e = a.NewEntry()
	}
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.kode.SetPlaceHolder("1.3.2.05.02.01.007")
	f.harga.SetPlaceHolder("Rp 0")
	f.jumlah.SetText("1")
	f.kode.OnChanged = func(string) { f.showGroup() }
	f.hargaTxt = widget.NewLabel("")
	f.harga.OnChanged = func(string) { f.showHarga() }
	f.kondisi = kit.NewSelect(names(aset.Kondisis, kondisiName), nil)
	f.status = kit.NewSelect(names(aset.Statuses, statusName), nil)
	f.perolehan = kit.NewSelect(names(aset.CaraPerolehans, perolehanName), nil)
	f.ruang = kit.NewSelect([]string{"–"}, nil)
	f.kondisi.SetSelectedIndex(0)
	f.status.SetSelectedIndex(0)
	f.perolehan.SetSelectedIndex(0)
	f.ruang.SetSelectedIndex(0)
	f.detail = newDetailEntries(a)
	f.content = f.layout()
	f.showGroup()
	f.load()
	return f
}

// names are the readable names of a list of model words.
func names[T any](list []T, name func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = name(x)
	}
	return out
}

// row is a form row with the red line under it that names what is wrong.
func (f *asetForm) row(key string, w fyne.CanvasObject) *widget.FormItem {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	f.errs[key] = l
	return widget.NewFormItem(trKey("inv.f.", key), container.NewVBox(w, l))
}

func (f *asetForm) layout() fyne.CanvasObject {
	pick := widget.NewButtonWithIcon(lang.L("inv.form.pick_kode"), theme.SearchIcon(), f.onPickKode)
	kode := container.NewBorder(nil, nil, nil, pick, f.kode)
	main := widget.NewForm(
		f.row("kode_barang", container.NewVBox(kode, f.kodeName)), f.row("nama", f.nama), f.row("merk", f.merk),
		f.row("ukuran", f.ukuran), f.row("bahan", f.bahan), f.row("tahun", f.tahun), f.row("nomor_seri", f.seri),
		f.row("cara_perolehan", f.perolehan), f.row("harga", container.NewVBox(f.harga, f.hargaTxt)), f.row("kondisi", f.kondisi),
		f.row("status", f.status), f.row("ruang", f.ruang), f.row("kode_lama", f.kodeLama), f.row("keterangan", f.ket))
	if f.id == 0 {
		main.AppendItem(f.row("jumlah", f.jumlah))
	}
	holder := widget.NewForm(f.row("pemegang_nama", f.pNama), f.row("pemegang_nip", f.pNIP),
		f.row("pemegang_jabatan", f.pJabatan), f.row("nomor_bast", f.pBAST))
	groups := container.NewStack()
	for _, g := range aset.KIBs {
		c := container.NewVBox(widget.NewLabelWithStyle(kit.Ln("inv.form.kib", map[string]any{"KIB": string(g), "Name": kibName(g)}),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widget.NewForm(f.detailRows(g)...))
		c.Hide()
		f.kib[g] = c
		groups.Add(c)
	}
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), f.onSave)
	save.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(lang.L("inv.form.back"), theme.NavigateBackIcon(), func() { f.askLeave(f.onClose) })
	title := lang.L("inv.form.new")
	if f.id != 0 {
		title = lang.L("inv.form.edit")
	}
	head := container.NewBorder(nil, nil, back, save, widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	right := container.NewVBox(widget.NewLabelWithStyle(lang.L("inv.form.holder"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		holder, groups)
	body := container.NewGridWithColumns(2, main, right)
	return container.NewBorder(container.NewVBox(head, f.msg), nil, nil, nil, container.NewVScroll(body))
}

// showHarga reads the typed price back in Indonesian format ("Rp650.000"),
// so a missing or extra zero shows before saving.
func (f *asetForm) showHarga() {
	t := strings.TrimSpace(f.harga.Text)
	if n, err := value.ParseRupiah(t); t != "" && err == nil {
		f.hargaTxt.SetText("= " + value.FormatRupiah(n))
		return
	}
	f.hargaTxt.SetText("")
}

// group is the KIB of the typed kode barang ("" while it does not parse).
func (f *asetForm) group() aset.KIB {
	k, err := aset.ParseKode(f.kode.Text)
	if err != nil {
		return ""
	}
	return k.KIB()
}

// showGroup shows the fields of the typed kode's KIB group only, and
// the name of the kode when the list is read.
func (f *asetForm) showGroup() {
	g := f.group()
	for k, c := range f.kib {
		if k == g {
			c.Show()
		} else {
			c.Hide()
		}
	}
	f.kodeName.SetText("")
	if k, err := aset.ParseKode(f.kode.Text); err == nil {
		for _, kb := range f.kodes {
			if kb.Kode == k {
				f.kodeName.SetText(kb.Nama)
			}
		}
	}
}

// load reads the kode barang list, the rooms and (editing) the asset.
func (f *asetForm) load() {
	s := f.app.Store()
	if s == nil {
		return
	}
	type data struct {
		kodes  []aset.KodeBarang
		places []model.Place
		a      aset.Aset
	}
	kit.Load(f.app, func() (d data, err error) {
		if d.kodes, err = s.KodeBarangList(bg()); err != nil {
			return d, err
		}
		if d.places, err = s.Places(bg()); err != nil {
			return d, err
		}
		if f.id != 0 {
			d.a, err = s.Aset(bg(), f.id)
		}
		return d, err
	}, func(d data, err error) {
		if err != nil {
			f.msg.SetText(explain(err))
			return
		}
		for _, k := range d.kodes {
			if k.Kode.Full() {
				f.kodes = append(f.kodes, k)
			}
		}
		f.ruangs = ruangChoices(d.places)
		opts := []string{"–"}
		for _, r := range f.ruangs {
			opts = append(opts, r.path)
		}
		f.ruang.SetOptions(opts)
		if f.id != 0 {
			f.fill(d.a)
		}
		f.showGroup()
		f.clean = f.snapshot()
	})
}

// fill shows asset a in the fields.
func (f *asetForm) fill(a aset.Aset) {
	f.orig = a
	f.kode.SetText(string(a.KodeBarang))
	f.nama.SetText(a.Nama)
	f.merk.SetText(a.Merk)
	f.ukuran.SetText(a.Ukuran)
	f.bahan.SetText(a.Bahan)
	if a.Tahun != 0 {
		f.tahun.SetText(strconv.Itoa(a.Tahun))
	}
	f.seri.SetText(a.NomorSeri)
	if a.Harga != 0 {
		f.harga.SetText(value.FormatRupiah(a.Harga))
	}
	selectOf(f.kondisi, aset.Kondisis, a.Kondisi)
	selectOf(f.status, aset.Statuses, a.Status)
	selectOf(f.perolehan, aset.CaraPerolehans, a.CaraPerolehan)
	f.ruang.SetSelectedIndex(0)
	for i, r := range f.ruangs {
		if r.id == a.RuangID {
			f.ruang.SetSelectedIndex(i + 1)
		}
	}
	f.pNama.SetText(a.Pemegang.Nama)
	f.pNIP.SetText(a.Pemegang.NIP)
	f.pJabatan.SetText(a.Pemegang.Jabatan)
	f.pBAST.SetText(a.Pemegang.NomorBAST)
	f.kodeLama.SetText(a.KodeLama)
	f.ket.SetText(a.Keterangan)
	f.detail.fill(a.Detail)
}

func selectOf[T comparable](s *widget.Select, list []T, v T) {
	for i, x := range list {
		if x == v {
			s.SetSelectedIndex(i)
		}
	}
}

// read builds the asset from the fields; a field that does not read
// (tahun, harga, jumlah) is named in the error.
func (f *asetForm) read() (aset.Aset, int, error) {
	a := f.orig
	a.Catatan = nil
	k, err := aset.ParseKode(f.kode.Text)
	if err != nil {
		return a, 0, model.Invalid("kode_barang", f.kode.Text, value.Reason(err))
	}
	a.KodeBarang = k
	a.Nama, a.Merk, a.Ukuran, a.Bahan = f.nama.Text, f.merk.Text, f.ukuran.Text, f.bahan.Text
	a.NomorSeri, a.KodeLama, a.Keterangan = f.seri.Text, f.kodeLama.Text, f.ket.Text
	if a.Tahun, err = intField("tahun", f.tahun.Text); err != nil {
		return a, 0, err
	}
	a.Harga = 0
	if t := strings.TrimSpace(f.harga.Text); t != "" {
		if a.Harga, err = value.ParseRupiah(t); err != nil {
			return a, 0, model.Invalid("harga", t, "inv.error.rupiah")
		}
	}
	a.Kondisi = aset.Kondisis[max(0, f.kondisi.SelectedIndex())]
	a.Status = aset.Statuses[max(0, f.status.SelectedIndex())]
	a.CaraPerolehan = aset.CaraPerolehans[max(0, f.perolehan.SelectedIndex())]
	a.RuangID = 0
	if i := f.ruang.SelectedIndex(); i > 0 && i <= len(f.ruangs) {
		a.RuangID = f.ruangs[i-1].id
	}
	a.Pemegang.Nama, a.Pemegang.Jabatan, a.Pemegang.NomorBAST = f.pNama.Text, f.pJabatan.Text, f.pBAST.Text
	a.Pemegang.NIP = strings.ReplaceAll(strings.TrimSpace(f.pNIP.Text), " ", "")
	if a.Pemegang.Nama != "" && a.Pemegang.Sejak.IsZero() {
		a.Pemegang.Sejak = time.Now()
	}
	if a.Detail, err = f.detail.read(k.KIB()); err != nil {
		return a, 0, err
	}
	n := 1
	if f.id == 0 {
		if n, err = intField("jumlah", f.jumlah.Text); err != nil || n < 1 || n > 500 {
			return a, 0, model.Invalid("jumlah", f.jumlah.Text, "inv.error.jumlah")
		}
	}
	return a, n, nil
}

func intField(field, text string) (int, error) {
	t := strings.TrimSpace(text)
	if t == "" {
		return 0, nil
	}
	n, err := value.ParseInt(t)
	if err != nil {
		return 0, model.Invalid(field, t, "inv.error.number")
	}
	return int(n), nil
}

// clearErrors hides every field's message.
func (f *asetForm) clearErrors() {
	for _, l := range f.errs {
		l.Hide()
	}
	f.msg.SetText("")
}

// showError puts err under its field, or over the form when it names none.
func (f *asetForm) showError(err error) {
	if ie, ok := model.AsInvalid(err); ok {
		l, ok := f.errs[ie.Field]
		if !ok {
			l, ok = f.errs[string(f.group())+"."+ie.Field]
		}
		if ok {
			l.SetText(kit.T(ie.Reason))
			l.Show()
			f.msg.SetText(lang.L("inv.form.fix"))
			return
		}
	}
	f.msg.SetText(explain(err))
}

// onSave saves the asset (or N new identical units) in one write.
func (f *asetForm) onSave() {
	f.clearErrors()
	a, n, err := f.read()
	if err == nil {
		a.Normalize()
		err = a.Validate()
	}
	if err != nil {
		f.showError(err)
		return
	}
	s := f.app.Store()
	kit.Change(f.app, func() error {
		switch {
		case f.id != 0:
			return s.UpdateAset(bg(), &a)
		case n > 1:
			_, err := s.AddAsetUnits(bg(), a, n)
			return err
		}
		return s.CreateAset(bg(), &a)
	}, func(err error) {
		if err != nil {
			f.showError(err)
			return
		}
		f.clean = f.snapshot()
		f.app.DataChanged()
		if f.afterSaved != nil {
			f.afterSaved()
			return
		}
		f.onClose()
	})
}

// onPickKode lets the clerk find a kode barang by name or number
// ("kursi", "3.02.05") and pick it.
func (f *asetForm) onPickKode() {
	search := f.app.NewEntry()
	search.SetPlaceHolder(lang.L("inv.form.pick_search"))
	var shown []aset.KodeBarang
	list := widget.NewList(func() int { return len(shown) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(string(shown[i].Kode) + " " + shown[i].Nama)
		})
	filter := func(t string) {
		shown = matchKodes(f.kodes, t, 200)
		list.UnselectAll()
		list.Refresh()
	}
	search.OnChanged = filter
	filter("")
	var d dialog.Dialog
	list.OnSelected = func(i widget.ListItemID) {
		k := shown[i]
		f.kode.SetText(string(k.Kode))
		if strings.TrimSpace(f.nama.Text) == "" {
			f.nama.SetText(k.Nama)
		}
		d.Hide()
	}
	body := container.NewBorder(search, nil, nil, nil, list)
	d = dialog.NewCustom(lang.L("inv.form.pick_kode"), lang.L("button.cancel"), body, f.app.Window())
	d.Resize(fyne.NewSize(640, 480))
	f.app.ShowDialog(d)
	f.app.Window().Canvas().Focus(search)
}

// matchKodes are the kodes whose name holds every typed word, or whose
// number holds the typed digits ("3.02.05", "30205"); at most limit.
func matchKodes(kodes []aset.KodeBarang, text string, limit int) []aset.KodeBarang {
	t := strings.ToLower(strings.TrimSpace(text))
	digits := strings.NewReplacer(".", "", " ", "").Replace(t)
	words := strings.Fields(t)
	var out []aset.KodeBarang
	for _, k := range kodes {
		if len(out) == limit {
			break
		}
		if t == "" || strings.Contains(string(k.Kode), t) || (isDigits(digits) && strings.Contains(k.Kode.Digits(), digits)) ||
			allIn(strings.ToLower(k.Nama), words) {
			out = append(out, k)
		}
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func allIn(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return len(words) > 0
}

// snapshot is every field as one text: the form has unsaved changes when
// it differs from the one taken after filling.
func (f *asetForm) snapshot() string {
	var b strings.Builder
	for _, e := range []*kit.Entry{f.kode, f.nama, f.merk, f.ukuran, f.bahan, f.tahun, f.seri, f.harga, f.pNama, f.pNIP,
		f.pJabatan, f.pBAST, f.kodeLama, f.ket, f.jumlah} {
		b.WriteString(e.Text + "\x00")
	}
	for _, e := range f.detail.all() {
		b.WriteString(e.Text + "\x00")
	}
	for _, s := range []*widget.Select{f.kondisi, f.status, f.perolehan, f.ruang} {
		b.WriteString(s.Selected + "\x00")
	}
	return b.String()
}

// Unsaved tells whether leaving the form would lose what the clerk typed.
func (f *asetForm) Unsaved() bool { return f.clean != "" && f.snapshot() != f.clean }

// askLeave runs leave at once when nothing is unsaved; otherwise asks
// Simpan (save, then leave) / Buang / Batal, as the berkas form does.
func (f *asetForm) askLeave(leave func()) {
	if !f.Unsaved() {
		leave()
		return
	}
	var d dialog.Dialog
	choose := func(act func()) func() { return func() { d.Hide(); act() } }
	save := widget.NewButton(lang.L("leave.save"), choose(func() { f.afterSaved = leave; f.onSave() }))
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("leave.discard"), choose(leave))
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton(lang.L("button.cancel"), choose(func() {}))
	cd := dialog.NewCustomWithoutButtons(lang.L("leave.title"), widget.NewLabel(lang.L("leave.message")), f.app.Window())
	cd.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d = cd
	f.app.ShowDialog(d)
}

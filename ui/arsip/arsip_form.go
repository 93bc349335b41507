package arsip

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/ui/kit"
)

// berkasForm registers a new file or edits one. What the clerk typed
// stays in the fields whatever goes wrong; a save that meets someone
// else's change says who made it and offers to reload.
type berkasForm struct {
	app     Shell
	onClose func()

	id      int64
	version int64
	loaded  marsip.Berkas // as read, for what the form does not edit
	isi     []marsip.IsiBerkas

	title                                            *widget.Label
	summary                                          *widget.Label
	saved                                            *widget.Label
	code, nomor, kode, kodeLama, uraian, unit        *kit.Entry
	tahunDari, tahunSampai, jumlah, note             *kit.Entry
	kodeInfo                                         *widget.Label
	tingkat, media, keamanan, status, kategori, boks *widget.Select
	katChip                                          *canvas.Rectangle
	placeLabel                                       *widget.Label
	placeID                                          int64
	boksIDs                                          []int64
	boksWant                                         int64  // the box to select once the boxes are read
	boksPending                                      bool   // the boxes of the place are being read
	clean                                            string // the fields as filled, see Unsaved
	afterSaved                                       func() // runs once the next save succeeded
	retensiInfo                                      *widget.Label
	manual                                           *widget.Check
	pindahOn, akhirOn, reason                        *kit.Entry
	manualBox                                        *fyne.Container
	items                                            []*itemRow
	itemsBox                                         *fyne.Container
	itemsErr                                         *widget.Label
	extraCard                                        *widget.Card    // "Kolom lain dari impor", read-only
	extraBox                                         *fyne.Container // column → value
	errs                                             map[string]*widget.Label
	save                                             *widget.Button
	content                                          fyne.CanvasObject

	klas   map[string]marsip.Klasifikasi
	klass  []marsip.Klasifikasi
	kats   []marsip.Kategori
	places []model.Place
}

// itemRow is one line of the items table (isi berkas).
type itemRow struct {
	no, tanggal, surat, uraian, jumlah, ket *kit.Entry
	tingkat                                 marsip.Tingkat
	box                                     *fyne.Container
}

func newBerkasForm(a Shell, id int64, onClose func()) *berkasForm {
	f := &berkasForm{app: a, onClose: onClose, id: id, errs: map[string]*widget.Label{}, klas: map[string]marsip.Klasifikasi{}}
	f.build()
	f.loadChoices()
	if id == 0 {
		f.fillNew()
	} else {
		f.load(id)
	}
	return f
}

func (f *berkasForm) build() {
	a := f.app
	f.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.summary = errorLabel()
	f.saved = widget.NewLabel("")
	f.saved.Importance = widget.SuccessImportance
	for _, e := range []**kit.Entry{&f.code, &f.nomor, &f.kode, &f.kodeLama, &f.unit, &f.tahunDari, &f.tahunSampai, &f.jumlah,
		&f.pindahOn, &f.akhirOn, &f.reason} {
		*e = a.NewEntry()
	}
	f.uraian = a.NewMultiLineEntry()
	f.uraian.SetMinRowsVisible(2)
	f.note = a.NewMultiLineEntry()
	f.note.SetMinRowsVisible(2)
	f.kode.SetPlaceHolder("000.1.5")
	f.pindahOn.SetPlaceHolder("01/01/2027")
	f.akhirOn.SetPlaceHolder("01/01/2032")
	f.kode.OnChanged = func(string) { f.updateKlasInfo() }
	f.tahunSampai.OnChanged = func(string) { f.updateRetensi() }
	f.kodeInfo = widget.NewLabel("")
	f.kodeInfo.Wrapping = fyne.TextWrapWord
	f.kodeInfo.Importance = widget.LowImportance
	f.buildChoices()
	f.layout()
}

// buildChoices makes the selects, the category chip and the retention
// and items boxes.
func (f *berkasForm) buildChoices() {
	f.tingkat = kit.NewSelect(choiceTexts("arsipui.tingkat.", marsip.Tingkats), nil)
	f.media = kit.NewSelect(choiceTexts("arsipui.media.", marsip.Medias), nil)
	f.keamanan = kit.NewSelect(choiceTexts("arsipui.keamanan.", marsip.Keamanans), nil)
	f.status = kit.NewSelect(nil, nil)
	f.kategori = kit.NewSelect([]string{lang.L("arsipui.form.no_kategori")}, f.onKategori)
	f.katChip = canvas.NewRectangle(color.Transparent)
	f.katChip.SetMinSize(fyne.NewSize(18, 18))
	f.katChip.CornerRadius = 9
	f.boks = kit.NewSelect([]string{lang.L("arsipui.form.no_boks")}, nil)
	f.placeLabel = widget.NewLabel("")
	f.placeLabel.Wrapping = fyne.TextWrapWord
	f.retensiInfo = widget.NewLabel("")
	f.retensiInfo.Wrapping = fyne.TextWrapWord
	f.manual = widget.NewCheck(lang.L("arsipui.form.manual"), func(bool) { f.updateRetensi() })
	f.itemsErr = errorLabel()
	f.itemsBox = container.NewVBox()
}

// layout puts the fields in two columns, the items under them and the
// buttons on top.
func (f *berkasForm) layout() {
	pickKlas := widget.NewButtonWithIcon(lang.L("arsipui.form.pick"), theme.SearchIcon(), f.onPickKlas)
	pickPlace := widget.NewButtonWithIcon(lang.L("arsipui.form.pick_place"), theme.FolderOpenIcon(), f.onPickPlace)
	f.manualBox = container.NewVBox(
		widget.NewForm(f.row("retensi_pindah", f.pindahOn), f.row("retensi_akhir", f.akhirOn), f.row("retensi_alasan", f.reason)))

	left := widget.NewForm(
		f.row("code", f.code),
		f.row("nomor_berkas", f.nomor),
		f.row("kode_klasifikasi", container.NewVBox(container.NewBorder(nil, nil, nil, pickKlas, f.kode), f.kodeInfo)),
		f.row("kode_lama", f.kodeLama),
		f.row("uraian", f.uraian),
		f.row("unit_pengolah", f.unit),
		f.row("tahun_dari", f.tahunDari),
		f.row("tahun_sampai", f.tahunSampai),
		f.row("jumlah_item", f.jumlah),
		f.row("tingkat_perkembangan", f.tingkat),
		f.row("media", f.media),
		f.row("klasifikasi_keamanan", f.keamanan),
	)
	right := widget.NewForm(
		f.row("kategori", container.NewBorder(nil, nil, container.NewCenter(f.katChip), nil, f.kategori)),
		f.row("place", container.NewBorder(nil, nil, nil, pickPlace, f.placeLabel)),
		f.row("boks", f.boks),
		f.row("status", f.status),
		f.row("retensi", container.NewVBox(f.retensiInfo, f.manual, f.manualBox)),
		f.row("note", f.note),
	)
	addItem := widget.NewButtonWithIcon(lang.L("arsipui.form.add_item"), theme.ContentAddIcon(), func() { f.addItem(marsip.IsiBerkas{}) })
	items := widget.NewCard(lang.L("arsipui.form.items"), lang.L("arsipui.form.items_help"),
		container.NewVBox(f.itemHeader(), f.itemsBox, f.itemsErr, container.NewHBox(addItem)))

	f.save = widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(lang.L("arsipui.form.back"), theme.NavigateBackIcon(), func() { f.askLeave(f.onClose) })
	top := container.NewVBox(container.NewBorder(nil, nil, back, container.NewHBox(f.saved, f.save), f.title), f.summary)
	f.extraBox = container.New(layout.NewFormLayout())
	f.extraCard = widget.NewCard(lang.L("kategori.extra_title"), lang.L("kategori.extra_help"), f.extraBox)
	f.extraCard.Hide()
	body := container.NewVBox(container.NewGridWithColumns(2, left, right), items, f.extraCard)
	f.content = container.NewBorder(top, nil, nil, nil, container.NewVScroll(body))
}

// row is a labelled field with its error line underneath.
func (f *berkasForm) row(key string, w fyne.CanvasObject) *widget.FormItem {
	e := errorLabel()
	f.errs[key] = e
	return widget.NewFormItem(arsipFieldLabel(key), container.NewVBox(w, e))
}

func choiceTexts[T ~string](prefix string, list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = trKey(prefix, string(v))
	}
	return out
}

func choiceIndex[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return 0
}

// formChoices are what the form's pickers offer.
type formChoices struct {
	klass  []marsip.Klasifikasi
	kats   []marsip.Kategori
	places []model.Place
}

// loadChoices reads the classification codes, categories and places.
func (f *berkasForm) loadChoices() {
	s := f.app.Store()
	kit.Load(f.app, func() (c formChoices, err error) {
		c.klass, err = s.KlasifikasiList(bg())
		// Without categories or places the form still works: their
		// pickers stay empty.
		c.kats, _ = s.ArsipKategori(bg())
		c.places, _ = s.Places(bg())
		return c, err
	}, func(c formChoices, err error) {
		if err != nil {
			showArsipError(f.app, err)
			return
		}
		f.klass, f.kats, f.places = c.klass, c.kats, c.places
		for _, k := range c.klass {
			f.klas[k.Code] = k
		}
		opts := []string{lang.L("arsipui.form.no_kategori")}
		for _, k := range c.kats {
			opts = append(opts, k.Name)
		}
		sel := f.kategori.Selected
		f.kategori.SetOptions(opts)
		f.kategori.SetSelected(sel)
		f.updateKlasInfo()
	})
}

// fillNew starts a new file of this year. Its code is given when it is
// saved (CreateBerkas allocates it in the insert's transaction), so a form
// opened and abandoned takes no write lock and leaves no gap in the codes.
func (f *berkasForm) fillNew() {
	year := timeNow().Year()
	f.fill(marsip.Berkas{TahunDari: year, TahunSampai: year, Status: marsip.StatusAktif}, nil)
	f.title.SetText(lang.L("arsipui.form.new"))
	f.code.SetPlaceHolder(lang.L("arsipui.form.code_auto"))
}

// load reads file id and its items and shows them (also "Muat ulang").
func (f *berkasForm) load(id int64) {
	s := f.app.Store()
	type loaded struct {
		b     marsip.Berkas
		isi   []marsip.IsiBerkas
		extra map[string]string
	}
	kit.Load(f.app, func() (d loaded, err error) {
		if d.b, err = s.Berkas(bg(), id); err == nil {
			d.isi, err = s.IsiBerkas(bg(), id)
		}
		if err == nil {
			var errExtra error
			if d.extra, errExtra = s.BerkasExtra(bg(), id); errExtra != nil {
				fyne.LogError("read berkas extra", errExtra) // the file itself still opens
			}
		}
		return d, err
	}, func(d loaded, err error) {
		if err != nil {
			showArsipError(f.app, err)
			return
		}
		f.fill(d.b, d.isi)
		f.showExtra(d.extra)
	})
}

// fill shows b and its items in the fields.
func (f *berkasForm) fill(b marsip.Berkas, isi []marsip.IsiBerkas) {
	b.Normalize()
	f.loaded, f.isi, f.id, f.version = b, isi, b.ID, b.Version
	if b.ID != 0 {
		f.title.SetText(kit.Ln("arsipui.form.edit", map[string]any{"Code": b.Code}))
	}
	f.code.SetText(b.Code)
	f.nomor.SetText(b.NomorBerkas)
	f.kode.SetText(b.KodeKlasifikasi)
	f.kodeLama.SetText(b.KodeLama)
	f.uraian.SetText(b.Uraian)
	f.unit.SetText(b.UnitPengolah)
	f.tahunDari.SetText(intText(b.TahunDari))
	f.tahunSampai.SetText(intText(b.TahunSampai))
	f.jumlah.SetText(strconv.Itoa(b.JumlahItem))
	f.note.SetText(b.Note)
	f.tingkat.SetSelectedIndex(choiceIndex(marsip.Tingkats, b.Tingkat))
	f.media.SetSelectedIndex(choiceIndex(marsip.Medias, b.Media))
	f.keamanan.SetSelectedIndex(choiceIndex(marsip.Keamanans, b.Keamanan))
	f.fillStatus(b)
	if b.Kategori == "" {
		f.kategori.SetSelectedIndex(0)
	} else {
		if choiceIndex(f.kategori.Options, b.Kategori) == 0 && f.kategori.Options[0] != b.Kategori {
			f.kategori.SetOptions(append(f.kategori.Options, b.Kategori))
		}
		f.kategori.SetSelected(b.Kategori)
	}
	f.manual.SetChecked(b.RetensiManual)
	f.pindahOn.SetText(dateText(b.Retensi.PindahOn))
	f.akhirOn.SetText(dateText(b.Retensi.AkhirOn))
	f.reason.SetText(b.RetensiReason)
	f.setPlace(b.PlaceID, b.PlacePath, b.BoksID)
	f.itemsBox.RemoveAll()
	f.items = nil
	for _, it := range isi {
		f.addItem(it)
	}
	f.clearErrors()
	f.updateKlasInfo()
	f.clean = f.snapshot()
}

// showExtra lists, read-only, the columns of an imported register that
// Rapi has no field for; the card shows only when there are any.
func (f *berkasForm) showExtra(extra map[string]string) {
	f.extraBox.RemoveAll()
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		name := widget.NewLabelWithStyle(k, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		val := widget.NewLabel(extra[k])
		val.Wrapping = fyne.TextWrapWord
		f.extraBox.Add(name)
		f.extraBox.Add(val)
	}
	if len(keys) == 0 {
		f.extraCard.Hide()
		return
	}
	f.extraCard.Show()
}

// fillStatus offers Aktif and Inaktif; Musnah and Permanen only come
// from a retention action, so they are shown but cannot be picked.
func (f *berkasForm) fillStatus(b marsip.Berkas) {
	opts := []string{statusText(marsip.StatusAktif), statusText(marsip.StatusInaktif)}
	switch b.Status {
	case marsip.StatusMusnah, marsip.StatusPermanen:
		opts = []string{statusText(b.Status)}
		f.status.Disable()
	default:
		f.status.Enable()
	}
	f.status.SetOptions(opts)
	f.status.SetSelected(statusText(b.Status))
	if b.Loan != nil {
		f.saved.SetText(kit.Ln("arsipui.list.on_loan", map[string]any{"Status": statusText(marsip.StatusDipinjam),
			"Who": b.Loan.Borrower, "Due": model.FormatDateShort(b.Loan.Due)}))
	}
}

func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return model.FormatDateShort(t)
}

func (f *berkasForm) onKategori(name string) {
	f.katChip.FillColor = color.Transparent
	for _, k := range f.kats {
		if k.Name == name {
			f.katChip.FillColor = parseColor(k.Color)
		}
	}
	f.katChip.Refresh()
}

// updateKlasInfo shows the name and retention of the typed code.
func (f *berkasForm) updateKlasInfo() {
	code := marsip.NormalizeKlasifikasiCode(f.kode.Text)
	if k, ok := f.klas[code]; ok {
		f.kodeInfo.SetText(k.Name + "\n" + jraText(k.JRA))
	} else if code != "" && len(f.klas) > 0 {
		f.kodeInfo.SetText(lang.L("error.arsip_klasifikasi_unknown"))
	} else {
		f.kodeInfo.SetText("")
	}
	f.updateRetensi()
}

// updateRetensi shows the retention dates the file gets: computed from
// the closing year and the code's JRA, or typed when overridden.
func (f *berkasForm) updateRetensi() {
	if f.manual.Checked {
		f.manualBox.Show()
		f.retensiInfo.SetText(lang.L("arsipui.form.retensi_manual"))
		return
	}
	f.manualBox.Hide()
	k, ok := f.klas[marsip.NormalizeKlasifikasiCode(f.kode.Text)]
	year, err := strconv.Atoi(strings.TrimSpace(f.tahunSampai.Text))
	if !ok || err != nil {
		f.retensiInfo.SetText(lang.L("arsipui.form.retensi_unknown"))
		return
	}
	r, err := marsip.ComputeRetensi(year, k.JRA)
	if err != nil {
		if ie, ok := model.AsInvalid(err); ok && ie.Reason == marsip.ReasonRetensiManual {
			f.retensiInfo.SetText(kit.Ln("arsipui.form.retensi_trigger", map[string]any{"Trigger": k.JRA.Trigger}))
			return
		}
		f.retensiInfo.SetText(explainArsip(err))
		return
	}
	f.retensiInfo.SetText(kit.Ln("arsipui.form.retensi_dates", map[string]any{
		"Pindah": model.FormatDate(r.PindahOn), "Nasib": nasibText(r.Nasib), "Akhir": model.FormatDate(r.AkhirOn)}))
}

// onPickKlas shows the classification codes to search and pick from.
func (f *berkasForm) onPickKlas() {
	search := f.app.NewEntry()
	search.SetPlaceHolder(lang.L("arsipui.form.klas_search"))
	shown := f.klass
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			k := shown[i]
			o.(*widget.Label).SetText(k.Code + "   " + k.Name + "  —  " + jraText(k.JRA))
		})
	search.OnChanged = func(text string) {
		t := strings.ToLower(strings.TrimSpace(text))
		shown = nil
		for _, k := range f.klass {
			if t == "" || strings.HasPrefix(k.Code, t) || strings.Contains(strings.ToLower(k.Name), t) {
				shown = append(shown, k)
			}
		}
		list.UnselectAll()
		list.Refresh()
	}
	var d *dialog.CustomDialog
	list.OnSelected = func(i widget.ListItemID) {
		f.kode.SetText(shown[i].Code)
		d.Hide()
	}
	d = dialog.NewCustom(lang.L("arsipui.f.kode_klasifikasi"), lang.L("button.close"),
		container.NewBorder(search, nil, nil, nil, list), f.app.Window())
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
	f.app.Window().Canvas().Focus(search)
}

// onPickPlace shows the place tree to pick where the file lies.
func (f *berkasForm) onPickPlace() {
	var d *dialog.CustomDialog
	tree := newPlaceTree(f.places, nil, func(p model.Place) {
		f.setPlace(p.ID, placePathOf(f.places, p.ID), 0)
		d.Hide()
	})
	none := widget.NewButton(lang.L("arsipui.form.no_place"), func() {
		f.setPlace(0, "", 0)
		d.Hide()
	})
	d = dialog.NewCustom(lang.L("arsipui.f.place"), lang.L("button.close"), container.NewBorder(nil, none, nil, nil, tree), f.app.Window())
	d.Resize(fyne.NewSize(560, 520))
	d.Show()
}

// setPlace shows the chosen place and offers the boxes in it.
func (f *berkasForm) setPlace(id int64, path string, boksID int64) {
	f.placeID = id
	if id == 0 {
		path = lang.L("arsipui.form.no_place")
	}
	f.placeLabel.SetText(path)
	f.boksIDs = []int64{0}
	f.boks.SetOptions([]string{lang.L("arsipui.form.no_boks")})
	f.boks.SetSelectedIndex(0)
	f.boksWant, f.boksPending = boksID, id != 0
	if id == 0 {
		return
	}
	s := f.app.Store()
	kit.Load(f.app, func() ([]marsip.Boks, error) { return s.BoksList(bg(), id) }, func(list []marsip.Boks, err error) {
		if err != nil || f.placeID != id {
			return
		}
		opts, ids := []string{lang.L("arsipui.form.no_boks")}, []int64{0}
		sel := 0
		for _, b := range list {
			if b.ID == boksID {
				sel = len(opts)
			}
			opts = append(opts, b.Label()+" ("+b.Code+")")
			ids = append(ids, b.ID)
		}
		f.boksIDs, f.boksPending = ids, false
		f.boks.SetOptions(opts)
		f.boks.SetSelectedIndex(sel)
	})
}

var itemCols = []string{"nomor_item", "tanggal", "nomor_surat", "uraian", "jumlah", "keterangan"}

func (f *berkasForm) itemHeader() fyne.CanvasObject {
	grid := container.NewGridWithColumns(len(itemCols))
	for _, c := range itemCols {
		grid.Add(widget.NewLabelWithStyle(arsipFieldLabel(c), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	pad := canvas.NewRectangle(color.Transparent)
	pad.SetMinSize(widget.NewButtonWithIcon("", theme.DeleteIcon(), nil).MinSize())
	return container.NewBorder(nil, nil, nil, pad, grid)
}

// addItem adds a line to the items table.
func (f *berkasForm) addItem(it marsip.IsiBerkas) {
	a := f.app
	r := &itemRow{no: a.NewEntry(), tanggal: a.NewEntry(), surat: a.NewEntry(), uraian: a.NewEntry(), jumlah: a.NewEntry(),
		ket: a.NewEntry(), tingkat: it.Tingkat}
	if it.NomorItem == 0 {
		it.NomorItem = len(f.items) + 1
	}
	r.no.SetText(strconv.Itoa(it.NomorItem))
	r.tanggal.SetText(dateText(it.Tanggal))
	r.tanggal.SetPlaceHolder("dd/mm/yyyy")
	r.surat.SetText(it.NomorSurat)
	r.uraian.SetText(it.Uraian)
	if it.Jumlah == 0 {
		it.Jumlah = 1
	}
	r.jumlah.SetText(strconv.Itoa(it.Jumlah))
	r.ket.SetText(it.Keterangan)
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { f.removeItem(r) })
	r.box = container.NewBorder(nil, nil, nil, remove,
		container.NewGridWithColumns(len(itemCols), r.no, r.tanggal, r.surat, r.uraian, r.jumlah, r.ket))
	f.items = append(f.items, r)
	f.itemsBox.Add(r.box)
}

func (f *berkasForm) removeItem(r *itemRow) {
	for i, x := range f.items {
		if x == r {
			f.items = append(f.items[:i], f.items[i+1:]...)
			break
		}
	}
	f.itemsBox.Remove(r.box)
}

// collect reads the fields into a file and its items; the error names
// the first field that cannot be read.
func (f *berkasForm) collect() (marsip.Berkas, []marsip.IsiBerkas, error) {
	b := f.loaded
	b.ID, b.Version = f.id, f.version
	var err error
	b.Code, b.KodeKlasifikasi, b.KodeLama = f.code.Text, f.kode.Text, f.kodeLama.Text
	b.Uraian, b.UnitPengolah, b.Note = f.uraian.Text, f.unit.Text, f.note.Text
	b.NomorBerkas = f.nomor.Text // text as the office writes it ("12/BU/2023"); Normalize tidies it
	if b.TahunDari, err = parseIntField("tahun_dari", f.tahunDari.Text); err != nil {
		return b, nil, err
	}
	if b.TahunSampai, err = parseIntField("tahun_sampai", f.tahunSampai.Text); err != nil {
		return b, nil, err
	}
	if b.JumlahItem, err = parseIntField("jumlah_item", f.jumlah.Text); err != nil {
		return b, nil, err
	}
	b.Tingkat = marsip.Tingkats[max(0, f.tingkat.SelectedIndex())]
	b.Media = marsip.Medias[max(0, f.media.SelectedIndex())]
	b.Keamanan = marsip.Keamanans[max(0, f.keamanan.SelectedIndex())]
	if f.status.Disabled() {
		b.Status = f.loaded.Status
	} else if f.status.SelectedIndex() == 1 {
		b.Status = marsip.StatusInaktif
	} else {
		b.Status = marsip.StatusAktif
	}
	b.Kategori = ""
	if f.kategori.SelectedIndex() > 0 {
		b.Kategori = f.kategori.Selected
	}
	b.PlaceID = f.placeID
	b.BoksID = 0
	if i := f.boks.SelectedIndex(); i > 0 && i < len(f.boksIDs) {
		b.BoksID = f.boksIDs[i]
	}
	b.RetensiManual = f.manual.Checked
	b.RetensiReason = f.reason.Text
	if b.RetensiManual {
		b.Retensi = marsip.Retensi{}
		if strings.TrimSpace(f.pindahOn.Text) != "" {
			if b.Retensi.PindahOn, err = parseDateField("retensi_pindah", f.pindahOn.Text); err != nil {
				return b, nil, err
			}
		}
		if strings.TrimSpace(f.akhirOn.Text) != "" {
			if b.Retensi.AkhirOn, err = parseDateField("retensi_akhir", f.akhirOn.Text); err != nil {
				return b, nil, err
			}
		}
	}
	items, err := f.collectItems()
	if err != nil {
		return b, nil, err
	}
	if len(items) > 0 {
		b.JumlahItem = len(items)
	}
	return b, items, validateBerkas(b)
}

// collectItems reads the item lines, skipping empty ones; the error
// names the line and field ("isi[2].tanggal").
func (f *berkasForm) collectItems() ([]marsip.IsiBerkas, error) {
	var items []marsip.IsiBerkas
	for i, r := range f.items {
		if strings.TrimSpace(r.uraian.Text+r.surat.Text+r.tanggal.Text+r.ket.Text) == "" {
			continue // an empty line added by mistake
		}
		it := marsip.IsiBerkas{NomorSurat: r.surat.Text, Uraian: r.uraian.Text, Keterangan: r.ket.Text, Tingkat: r.tingkat}
		prefix := "isi[" + strconv.Itoa(i+1) + "]."
		var err error
		if it.NomorItem, err = parseIntField(prefix+"nomor_item", r.no.Text); err != nil {
			return nil, err
		}
		if it.Jumlah, err = parseIntField(prefix+"jumlah", r.jumlah.Text); err != nil {
			return nil, err
		}
		if strings.TrimSpace(r.tanggal.Text) != "" {
			if it.Tanggal, err = parseDateField(prefix+"tanggal", r.tanggal.Text); err != nil {
				return nil, err
			}
		}
		if err := it.Validate(); err != nil {
			ie, _ := model.AsInvalid(err)
			return nil, model.Invalid(prefix+ie.Field, ie.Value, ie.Reason)
		}
		items = append(items, it)
	}
	return items, nil
}

// validateBerkas checks b as saving will. A new file's empty code is
// fine: saving gives it the next one.
func validateBerkas(b marsip.Berkas) error {
	if b.ID == 0 && model.NormalizeCode(b.Code) == "" {
		b.Code = model.FormatCode(model.CodeBerkas, 1) // stands in for the code saving allocates
	}
	return b.Validate()
}

func (f *berkasForm) clearErrors() {
	f.summary.Hide()
	f.itemsErr.Hide()
	for _, e := range f.errs {
		e.Hide()
	}
}

// showFieldError puts the message next to the field it names and on top.
func (f *berkasForm) showFieldError(err error) {
	msg := explainArsip(err)
	showError(f.summary, msg)
	ie, ok := model.AsInvalid(err)
	if !ok {
		return
	}
	if strings.HasPrefix(ie.Field, "isi[") {
		showError(f.itemsErr, msg)
		return
	}
	if e, ok := f.errs[ie.Field]; ok {
		showError(e, kit.T(ie.Reason))
	}
}

func itemsEqual(a, b []marsip.IsiBerkas) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.NomorItem != y.NomorItem || x.NomorSurat != y.NomorSurat || !x.Tanggal.Equal(y.Tanggal) || x.Uraian != y.Uraian ||
			x.Tingkat != y.Tingkat || x.Jumlah != y.Jumlah || x.Keterangan != y.Keterangan {
			return false
		}
	}
	return true
}

// onSave checks the fields, then saves the file (and its items when they
// changed) off the UI goroutine.
func (f *berkasForm) onSave() {
	f.clearErrors()
	f.saved.SetText("")
	b, items, err := f.collect()
	if err != nil {
		f.afterSaved = nil
		f.showFieldError(err)
		return
	}
	itemsChanged := !itemsEqual(items, f.isi)
	s := f.app.Store()
	f.save.Disable()
	var berkasSaved bool
	kit.Load(f.app, func() (marsip.Berkas, error) {
		var err error
		if b.ID == 0 {
			err = s.CreateBerkas(bg(), &b)
		} else {
			err = s.UpdateBerkas(bg(), &b)
		}
		berkasSaved = err == nil
		if err == nil && itemsChanged {
			err = s.SetIsiBerkas(bg(), b.ID, b.Version, items)
		}
		if err == nil {
			// Saving returns the record as written, without the place's
			// path: read it back so the Tempat line keeps showing it. A
			// failed read keeps the saved record, so its id is not lost.
			var back marsip.Berkas
			if back, err = s.Berkas(bg(), b.ID); err == nil {
				b = back
			}
		}
		return b, err
	}, func(b marsip.Berkas, err error) { f.afterSave(b, items, berkasSaved, err) })
}

func (f *berkasForm) afterSave(b marsip.Berkas, items []marsip.IsiBerkas, berkasSaved bool, err error) {
	f.save.Enable()
	if err != nil {
		// The clerk sees why and stays on the form.
		f.afterSaved = nil
	}
	if berkasSaved {
		// The file itself is saved: the next save updates it, even if its
		// items failed.
		f.loaded, f.id, f.version = b, b.ID, b.Version
	}
	if err != nil {
		if _, ok := model.AsConflict(err); ok {
			f.showConflict(err)
			return
		}
		if _, ok := model.AsInvalid(err); ok {
			f.showFieldError(err)
			return
		}
		showArsipError(f.app, err)
		return
	}
	f.fill(b, items)
	f.saved.SetText(kit.Ln("arsipui.form.saved", map[string]any{"At": model.FormatDateTime(timeNow())}))
	if then := f.afterSaved; then != nil {
		f.afterSaved = nil
		then()
	}
}

// showConflict says who changed the file meanwhile and lets the clerk
// reload it or keep what they typed.
func (f *berkasForm) showConflict(err error) {
	msg := widget.NewLabel(explainArsip(err) + "\n\n" + lang.L("arsipui.form.conflict_help"))
	msg.Wrapping = fyne.TextWrapWord
	showError(f.summary, explainArsip(err))
	d := dialog.NewCustomConfirm(lang.L("arsipui.form.conflict_title"), lang.L("arsipui.form.reload"),
		lang.L("arsipui.form.keep"), msg, func(reload bool) {
			if reload {
				f.load(f.id)
				return
			}
			f.adoptVersion()
		}, f.app.Window())
	d.Resize(fyne.NewSize(520, 260))
	f.app.ShowDialog(d)
}

// adoptVersion keeps what the clerk typed and takes the saved version as
// the base, so saving again puts the typed text over the other change.
func (f *berkasForm) adoptVersion() {
	s, id := f.app.Store(), f.id
	kit.Load(f.app, func() (marsip.Berkas, error) { return s.Berkas(bg(), id) }, func(b marsip.Berkas, err error) {
		if err == nil && f.id == id {
			f.version = b.Version
		}
	})
}

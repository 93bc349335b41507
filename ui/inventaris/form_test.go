package inventaris

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// openForm shows the form of asset id (0: new) in the window.
func openForm(t *testing.T, a *testShell, id int64) (*asetPage, *asetForm) {
	t.Helper()
	p := buildPage(a)
	a.win.SetContent(newPage(p))
	p.openAset(id)
	return p, p.form
}

// The form shows only the fields of the kode's KIB group: a car (KIB B)
// asks for its plate, a chair's kode does too, land (KIB A) asks for its area.
func TestAsetFormShowsOnlyTheKIBGroupFields(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	_, form := openForm(t, a, 0)
	test.Type(form.kode, "1.3.2.02.01.01.001")
	if !shows(a.win, "Nomor polisi") || shows(a.win, "Nomor sertifikat") {
		t.Fatalf("KIB B: want Nomor polisi, not Nomor sertifikat: %q", texts(a.win))
	}
	form.kode.SetText("1.3.1.01.01.01.001")
	if shows(a.win, "Nomor polisi") || !shows(a.win, "Nomor sertifikat") {
		t.Fatalf("KIB A: want Nomor sertifikat only: %q", texts(a.win))
	}
}

// The kode barang picker finds a code by name or number and fills the
// kode and the name.
func TestAsetFormPicksKodeBarangByNameOrNumber(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	_, form := openForm(t, a, 0)
	test.Tap(findButton(t, a.win, "Pilih kode barang"))
	d := topOverlay(t, a.win)
	var search *kit.Entry
	var list *widget.List
	walk(d, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.List:
			list = x
		case *kit.Entry:
			search = x
		}
	})
	if list == nil || search == nil {
		t.Fatal("no search and list in the picker")
	}
	if got := matchKodes(form.kodes, "kursi rapat", 10); len(got) == 0 || got[0].Kode != "1.3.2.05.02.01.007" {
		t.Fatalf("kursi rapat: %v", got)
	}
	if got := matchKodes(form.kodes, "3.2.05.02.01.00", 50); len(got) == 0 || !strings.HasPrefix(string(got[0].Kode), "1.3.2.05.02.01.00") {
		t.Fatalf("by number: %v", got)
	}
	test.Type(search, "kursi rapat")
	if list.Length() == 0 {
		t.Fatal("typing kursi rapat should list it")
	}
	list.Select(0)
	if form.kode.Text != "1.3.2.05.02.01.007" || form.nama.Text == "" {
		t.Fatalf("picked: kode %q nama %q", form.kode.Text, form.nama.Text)
	}
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("the picker should close once a code is picked")
	}
}

// A field that does not read is named under itself, in Indonesian, and
// nothing is saved; "Tambah N unit identik" then makes N units with
// consecutive registers in one step.
func TestAsetFormErrorsUnderFieldsThenAddsNUnits(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p, form := openForm(t, a, 0)
	test.Type(form.kode, "1.3.2.05.02.01.007")
	test.Type(form.harga, "dua juta")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !shows(a.win, "harus jumlah rupiah") || !shows(a.win, "perbaiki isian yang bertanda merah") {
		t.Fatalf("harga error: %q", texts(a.win))
	}
	form.harga.SetText("650000")
	form.kode.SetText("1.3.2.05.02.01.999")
	test.Type(form.nama, "Kursi Rapat")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !form.errs["kode_barang"].Visible() || !shows(a.win, "tidak ada di daftar Kode Barang") {
		t.Fatalf("an unknown kode should be named under Kode barang: %q", texts(a.win))
	}
	form.kode.SetText("1.3.2.05.02.01.007")
	form.nama.SetText("")
	if !shows(a.win, "= Rp650.000") {
		t.Errorf("the price should read back as Rp650.000: %q", texts(a.win))
	}
	test.Type(form.nama, "Kursi Rapat")
	form.jumlah.SetText("4")
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.form != nil {
		t.Fatalf("the form should close once saved: %q", texts(a.win))
	}
	page, err := a.Store().AsetList(context.Background(), storage.AsetFilter{KodePrefix: "1.3.2.05.02.01.007"}, storage.Page{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 7 || page.Rows[6].Register != 7 || page.Rows[6].Harga != 650000 {
		t.Fatalf("want 7 chairs, the last register 7 at Rp650.000: %d %+v", page.Total, page.Rows[len(page.Rows)-1])
	}
}

// Editing keeps the fields of the asset; an edit another PC saved first
// is explained, not overwritten.
func TestAsetFormEditConflictIsExplained(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	_, form := openForm(t, a, f.laptop.ID)
	if form.nama.Text != "Laptop" || form.pNama.Text != "Budi Santoso" || form.ruang.Selected != "Gedung A › Ruang TU" {
		t.Fatalf("fields: %q %q %q", form.nama.Text, form.pNama.Text, form.ruang.Selected)
	}
	other := f.laptop
	other.Merk = "Dell"
	fresh, _ := a.Store().Aset(context.Background(), f.laptop.ID)
	other.Version = fresh.Version
	if err := a.Store().UpdateAset(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	form.merk.SetText("Asus")
	test.Tap(findButton(t, a.win, "Simpan"))
	if form.msg.Text == "" || !strings.Contains(form.msg.Text, "diubah") {
		t.Fatalf("conflict message: %q", form.msg.Text)
	}
	got, _ := a.Store().Aset(context.Background(), f.laptop.ID)
	if got.Merk != "Dell" {
		t.Errorf("the other PC's save was overwritten: %q", got.Merk)
	}
}

// Leaving a form with unsaved edits asks first; Buang leaves.
func TestAsetFormAsksBeforeLeavingUnsavedEdits(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p, form := openForm(t, a, f.meja.ID)
	test.Type(form.merk, " Baru")
	w := a.win.Content().(*page)
	left := false
	w.AskLeave(func() { left = true })
	if left || !overlayShows(a.win, "") {
		t.Fatal("should ask before leaving")
	}
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Buang"))
	if !left || p.form != nil {
		t.Fatal("Buang should leave and close the form")
	}
}

package ui

import (
	"rapi/ui/kit"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"context"
	"path/filepath"
	"testing"

	"rapi/model"
	"rapi/model/aset"
)

// A scan of an asset code in the scan box opens the asset's card, and
// Inventaris is a page of its own.
func TestScanOfAnAssetCodeOpensItsCard(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	r := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat", Code: "R-RAPAT"}
	if err := a.Store().CreatePlace(ctx, r); err != nil {
		t.Fatal(err)
	}
	x := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose", CaraPerolehan: aset.PerolehanPengadaan,
		Kondisi: aset.KondisiB, Status: aset.StatusDigunakan, RuangID: r.ID}
	if err := a.Store().CreateAset(ctx, &x); err != nil {
		t.Fatal(err)
	}
	a.Search(x.Code)
	if !overlayShows(a.win, "Kursi Rapat Chitose") || !overlayShows(a.win, "Ruang Rapat") {
		t.Fatalf("the scan of %s should open its card", x.Code)
	}
	a.ShowPage("nav.inventory")
	if !labelShows(a.win, "1 barang") {
		t.Error("the Inventaris page should list the asset")
	}
}

// A scanner's burst into the Pindah field of Inventaris stays there (the
// shell's scan box does not take it for a search): the room becomes the
// destination.
func TestScannerBurstInInventarisPindahFieldStaysThere(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	r := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat", Code: "R-RAPAT"}
	if err := a.Store().CreatePlace(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	a.ShowPage("nav.inventory")
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if tabs, ok := o.(*container.AppTabs); ok && len(tabs.Items) == 4 {
			tabs.SelectIndex(2)
		}
	})
	var field *kit.Entry
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && e.PlaceHolder == "Pindai atau ketik kode, lalu Enter" {
			field = e
		}
	})
	if field == nil {
		t.Fatal("no Pindah scan field")
	}
	a.win.Canvas().Focus(field)
	for _, c := range "R-RAPAT" {
		field.TypedRune(c)
	}
	field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !labelShows(a.win, "Ruang tujuan: Ruang Rapat") {
		t.Fatal("the scanned room should be the destination")
	}
}

// The Inventaris page (list, form and every tab) fits 1,280 × 720 and
// 1,366 × 768: the window never asks for more than 1,100 px.
func TestInventarisFitsOfficeScreens(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}} {
		a.win.Resize(size)
		a.ShowPage("nav.inventory")
		check := func(what string) {
			t.Helper()
			if w := a.win.Canvas().Content().MinSize().Width; w > 1100 {
				t.Errorf("at %v the %s asks for %.0f px", size, what, w)
			}
			if h := a.win.Canvas().Content().MinSize().Height; h > size.Height {
				t.Errorf("at %v the %s asks for %.0f px of height", size, what, h)
			}
			if got := a.win.Canvas().Size(); got.Width > size.Width || got.Height > size.Height {
				t.Errorf("at %v the %s grew the window to %v", size, what, got)
			}
		}
		check("asset list")
		var tabs *container.AppTabs
		walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
			if x, ok := o.(*container.AppTabs); ok && len(x.Items) == 4 {
				tabs = x
			}
		})
		for i := 1; i < 4; i++ {
			tabs.SelectIndex(i)
			check(tabs.Items[i].Text)
		}
		tabs.SelectIndex(0)
		test.Tap(findButton(t, a.win, "Barang baru"))
		check("asset form")
		test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	}
}

// "Cetak KIR" on a room opens the room's Kartu Inventaris Ruangan as a
// PDF with the room and its assets on it.
func TestPrintKIROpensTheRoomsCard(t *testing.T) {
	pdf := catchPDFs(t)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	r := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat Lt.2", Code: "R-RAPAT"}
	if err := a.Store().CreatePlace(ctx, r); err != nil {
		t.Fatal(err)
	}
	x := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose", CaraPerolehan: aset.PerolehanPengadaan,
		Kondisi: aset.KondisiRB, Status: aset.StatusDigunakan, RuangID: r.ID, Tahun: 2022, Harga: 750000}
	if err := a.Store().CreateAset(ctx, &x); err != nil {
		t.Fatal(err)
	}
	a.PrintKIR(r.ID)
	out := pdf.text(t, "rapi-kir-*.pdf", "KIR")
	if strings.Contains(out, "…") {
		t.Errorf("a header or cell of the KIR is cut:\n%s", out)
	}
	wantIn(t, out, "KIR", "KARTU INVENTARIS RUANGAN", "Ruang Rapat Lt.2", "Kursi Rapat", "(RB)", "Rp750.000")
}

// Words typed in the scan box find assets too: "kursi" lists the chairs
// as Barang with their number and room, beside any berkas it finds.
func TestScanBoxWordsFindAssets(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	r := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat", Code: "R-RAPAT"}
	if err := a.Store().CreatePlace(ctx, r); err != nil {
		t.Fatal(err)
	}
	units, err := a.Store().AddAsetUnits(ctx, aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose",
		CaraPerolehan: aset.PerolehanPengadaan, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan, RuangID: r.ID}, 2)
	if err != nil {
		t.Fatal(err)
	}
	mkTestBerkas(t, a, "B-000001", "Pengadaan kursi rapat 2022")
	a.Search("kursi")
	for _, want := range []string{units[0].Code, units[1].Code, "1.3.2.05.02.01.007 / 0001", "Ruang Rapat", "B-000001"} {
		if !overlayShows(a.win, want) {
			t.Errorf("the results of \"kursi\" lack %q", want)
		}
	}
}

// "Impor KIB…" on the Inventaris page opens the KIB import wizard.
func TestInventarisImportKIBOpensTheWizard(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.win.Resize(fyne.NewSize(1280, 720))
	a.ShowPage("nav.inventory")
	test.Tap(findButton(t, a.win, "Impor KIB…"))
	if !overlayShows(a.win, "Impor KIB dari Excel") || !overlayShows(a.win, "Belum ada berkas") {
		t.Fatal("no KIB import wizard")
	}
}

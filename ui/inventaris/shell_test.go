package inventaris

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit/kittest"
	"rapi/ui/printout"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// testShell is the least of an app the assets feature needs
// (kittest.Shell) and what its screens ask the app for.
type testShell struct {
	*kittest.Shell
	win     fyne.Window
	store   *storage.Store
	labels  []string           // codes whose labels were asked for
	cards   []storage.Hit      // cards asked for
	kir     []int64            // rooms whose KIR was asked for
	docs    []printout.AsetDoc // the papers asked for
	imports int
	exports []storage.AsetListOptions
}

func newTestApp(t testing.TB, dbPath string) *testShell {
	t.Helper()
	sh := kittest.NewShell(t, dbPath, storage.Options{}, fyne.NewSize(1280, 720))
	return &testShell{Shell: sh, win: sh.Win, store: sh.DB}
}

func (a *testShell) OpenCard(h storage.Hit)         { a.cards = append(a.cards, h) }
func (a *testShell) PrintKIR(roomID int64)          { a.kir = append(a.kir, roomID) }
func (a *testShell) PrintAset(doc printout.AsetDoc) { a.docs = append(a.docs, doc) }
func (a *testShell) ImportAset()                    { a.imports++ }
func (a *testShell) ExportAsetList(opt storage.AsetListOptions) {
	a.exports = append(a.exports, opt)
}
func (a *testShell) PrintLabels(kind model.CodeKind, codes []string) {
	a.labels = append(a.labels, codes...)
}

var (
	walk          = kittest.Walk
	findButton    = kittest.FindButton
	overlayShows  = kittest.OverlayShows
	findInOverlay = kittest.FindInOverlay
	walkShown     = kittest.WalkShown
	scan          = kittest.Scan
	topOverlay    = kittest.Top
)

// fixture is a small Biro Umum: one building with two rooms (R-RAPAT,
// R-TU) and a few chairs and a laptop, the ids the tests need.
type fixture struct {
	path         string
	rapat, tu    int64
	kursi        []aset.Aset // in R-RAPAT
	laptop, meja aset.Aset   // laptop in R-TU, meja in R-RAPAT
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	f := fixture{path: filepath.Join(t.TempDir(), "rapi.db")}
	ctx := context.Background()
	s, err := storage.Open(ctx, f.path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	g := &model.Place{Kind: model.PlaceGedung, Name: "Gedung A", Code: "G-A"}
	must(s.CreatePlace(ctx, g))
	r1 := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat", Code: "R-RAPAT", ParentID: g.ID}
	must(s.CreatePlace(ctx, r1))
	r2 := &model.Place{Kind: model.PlaceRuang, Name: "Ruang TU", Code: "R-TU", ParentID: g.ID}
	must(s.CreatePlace(ctx, r2))
	f.rapat, f.tu = r1.ID, r2.ID
	base := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose", Tahun: 2022,
		CaraPerolehan: aset.PerolehanPengadaan, Harga: 750000, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan, RuangID: r1.ID}
	f.kursi, err = s.AddAsetUnits(ctx, base, 3)
	must(err)
	f.meja = aset.Aset{KodeBarang: "1.3.2.05.02.01.004", Nama: "Meja Rapat", Merk: "Olympic", Tahun: 2021,
		CaraPerolehan: aset.PerolehanPengadaan, Harga: 9500000, Kondisi: aset.KondisiRB, Status: aset.StatusDigunakan, RuangID: r1.ID}
	must(s.CreateAset(ctx, &f.meja))
	f.laptop = aset.Aset{KodeBarang: "1.3.2.10.01.02.002", Nama: "Laptop", Merk: "Lenovo ThinkPad", Tahun: 2024,
		CaraPerolehan: aset.PerolehanPengadaan, Harga: 18500000, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan, RuangID: r2.ID,
		Pemegang: aset.Pemegang{Nama: "Budi Santoso", NIP: "198503122010011002"}}
	must(s.CreateAset(ctx, &f.laptop))
	return f
}

// texts are the texts of every label on the canvas and its overlays.
func texts(w fyne.Window) []string {
	var out []string
	collect := func(o fyne.CanvasObject) {
		walkShown(o, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				out = append(out, x.Text)
			case *widget.Form: // its row labels
				for _, it := range x.Items {
					out = append(out, it.Text)
				}
			}
		})
	}
	collect(w.Content())
	for _, o := range w.Canvas().Overlays().List() {
		collect(o)
	}
	return out
}

// shows tells whether a shown label (content or dialogs) contains text.
func shows(w fyne.Window, text string) bool {
	for _, t := range texts(w) {
		if strings.Contains(t, text) {
			return true
		}
	}
	return false
}

package impor

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/storage"
)

// kibB writes a small KIB B register as SIMDA exports it: a title row,
// the two-row header with "Nomor" merged over Pabrik | Rangka | Mesin |
// Polisi | BPKB, then the rows from sheet row 4.
func kibB(t *testing.T, path string, rows [][]any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := f.GetSheetName(0)
	set := func(cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "KARTU INVENTARIS BARANG (KIB) B")
	top := []string{"No", "Kode Barang", "Nama/Jenis Barang", "Nomor Register", "Merk/Type", "Tahun Pembelian",
		"Nomor", "", "", "", "", "Asal-usul/Cara Perolehan", "Harga (Rp)", "Kondisi"}
	sub := []string{"", "", "", "", "", "", "Pabrik", "Rangka", "Mesin", "Polisi", "BPKB", "", "", ""}
	for i := range top {
		c, _ := excelize.CoordinatesToCellName(i+1, 2)
		d, _ := excelize.CoordinatesToCellName(i+1, 3)
		if top[i] != "" {
			set(c, top[i])
		}
		if sub[i] != "" {
			set(d, sub[i])
		} else if err := f.MergeCell(sh, c, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.MergeCell(sh, "G2", "K2"); err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for i, v := range row {
			c, _ := excelize.CoordinatesToCellName(i+1, 4+r)
			set(c, v)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

func kibBRows() [][]any {
	return [][]any{
		{1, "1.3.2.02.01.01.003", "Minibus", "0001", "Toyota Innova", 2019, "", "MHF11", "1TR22", "A 1234 AB", "K-0099",
			"Pembelian", "Rp 425.000.000,00", "Baik"},
		{2, "1.3.2.10.01.02.001", "Laptop", "0007", "Lenovo ThinkPad", 2023, "PF3ABC", "", "", "", "",
			"Pengadaan", "12.500.000", "B"},
	}
}

func newAsetTestApp(t *testing.T) (*testShell, fyne.App, string) {
	t.Helper()
	dir := t.TempDir()
	a, fa := newTestApp(t, filepath.Join(dir, "rapi.db"))
	a.store.SetActor(model.Actor{Login: "siti", Name: "Siti"})
	return a, fa, dir
}

// The clerk chooses a KIB B register: the preview counts the new units
// and shows the first rows; Impor writes them, and the Inventaris hears
// of it.
func TestAsetImportWizardPreviewsThenImports(t *testing.T) {
	a, fa, dir := newAsetTestApp(t)
	changed := 0
	shell := &changeShell{testShell: a, changed: &changed}
	file := filepath.Join(dir, "kib-b.xlsx")
	kibB(t, file, kibBRows())
	a.win.Resize(fyne.NewSize(1280, 720))
	a.win.SetContent(widget.NewLabel("Rapi"))
	a.win.Show()
	w := showAsetImportWizard(shell)
	w.setFile(file)
	if !strings.Contains(w.summary.Text, "2 baru") || !strings.Contains(w.summary.Text, "0 ditolak") {
		t.Fatalf("summary %q", w.summary.Text)
	}
	if n, _ := a.store.AsetCount(context.Background(), storage.AsetFilter{}); n != 0 {
		t.Fatalf("the preview saved %d units", n)
	}
	if !previewShows(w.rowsView, "Minibus") || !previewShows(w.rowsView, "Kode Barang") {
		var shown []string
		walk(w.rowsView.table, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				shown = append(shown, l.Text)
			}
		})
		t.Errorf("the preview does not show the register rows: %q", shown)
	}
	// The Impor button lies inside a 1280 x 720 window.
	win := a.win.Canvas().Size()
	pos := fa.Driver().AbsolutePositionForObject(w.importBtn)
	size := w.importBtn.Size()
	if w.importBtn.Disabled() || size.Height == 0 || pos.Y < 0 || pos.Y+size.Height > win.Height || pos.X+size.Width > win.Width {
		t.Fatalf("Impor at %v size %v (disabled %v), window %v", pos, size, w.importBtn.Disabled(), win)
	}
	test.Tap(w.importBtn)
	if !strings.Contains(w.summary.Text, "Selesai: 2 baru") {
		t.Fatalf("after import: %q", w.summary.Text)
	}
	car, err := a.store.AsetByNomor(context.Background(), "1.3.2.02.01.01.003", 1)
	if err != nil || car.Nama != "Minibus" || car.Harga != 425000000 || car.Detail.B == nil || car.Detail.B.NomorRangka != "MHF11" {
		t.Fatalf("car after import: %+v %v", car, err)
	}
	if changed != 1 {
		t.Errorf("the screens heard of the import %d times, want 1", changed)
	}
}

// A row with harga "dua juta" blocks the import: the problem names its
// row and column, nothing is written; with "Lewati baris yang salah"
// ticked the good row is saved.
func TestAsetImportWizardBadRowBlocks(t *testing.T) {
	a, _, dir := newAsetTestApp(t)
	file := filepath.Join(dir, "kib-b.xlsx")
	rows := kibBRows()
	rows[1][12] = "dua juta"
	kibB(t, file, rows)
	w := newAsetWizard(a)
	a.win.SetContent(w.content)
	a.win.Show()
	w.setFile(file)
	if !strings.Contains(w.summary.Text, "1 ditolak") {
		t.Fatalf("summary %q", w.summary.Text)
	}
	if want := `baris 5, kolom "Harga (Rp)": "dua juta"`; !strings.Contains(w.problems.Text, want) {
		t.Fatalf("problems %q, want %q", w.problems.Text, want)
	}
	if !w.importBtn.Disabled() {
		t.Fatal("Impor is offered for a register with a bad row")
	}
	if !w.saveBtn.Visible() {
		t.Fatal("no button to save the rejected rows")
	}
	if !previewShows(w.rowsView, "⚠") {
		t.Error("the preview does not mark the refused row")
	}
	test.Tap(w.importBtn) // disabled: all or nothing
	if n, _ := a.store.AsetCount(context.Background(), storage.AsetFilter{}); n != 0 {
		t.Fatalf("%d units saved from a refused register", n)
	}
	test.Tap(w.skipInvalid)
	if w.importBtn.Disabled() {
		t.Fatal("Impor stays off with the bad rows skipped")
	}
	test.Tap(w.importBtn)
	if n, _ := a.store.AsetCount(context.Background(), storage.AsetFilter{}); n != 1 {
		t.Fatalf("%d units after skipping the bad row, want 1", n)
	}
}

// The KIB B list exported to Excel holds the unit by name.
func TestWriteAsetExportKIBB(t *testing.T) {
	a, _, dir := newAsetTestApp(t)
	file := filepath.Join(dir, "kib-b.xlsx")
	kibB(t, file, kibBRows())
	if _, err := a.store.ImportAset(context.Background(), file, storage.ImportAsetOptions{}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "KIB B.xlsx")
	WriteAsetExport(a, out, storage.AsetListOptions{List: storage.ListKIBB})
	if !overlayShows(a.win, "2 baris ditulis") {
		t.Fatal("no report of the export")
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetList()[0])
	all := ""
	for _, r := range rows {
		all += strings.Join(r, "|") + "\n"
	}
	if !strings.Contains(all, "Minibus") || !strings.Contains(all, "Laptop") {
		t.Fatalf("rows %q", rows)
	}
}

// changeShell counts the change notifications.
type changeShell struct {
	*testShell
	changed *int
}

func (c *changeShell) DataChanged() { *c.changed++ }

func previewShows(pt *previewTable, want string) bool {
	found := false
	walk(pt.table, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, want) {
			found = true
		}
	})
	return found
}

package impor

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"rapi/storage"
	"rapi/ui/kit/kittest"
)

// clerkRegister writes a register as a clerk keeps it: title rows, a
// two-row header with a merged "Nomor" over "Boks | Folder", a numbering
// row, four files of which one has an impossible date, a totals row and
// a signature below. It returns the sheet row of the bad date.
func clerkRegister(t *testing.T, path string) int {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	set := func(cell string, v any) { f.SetCellValue(sh, cell, v) }
	set("A1", "DAFTAR ARSIP AKTIF")
	f.MergeCell(sh, "A1", "I1")
	set("A2", "BIRO UMUM SEKRETARIAT DAERAH")
	heads := []string{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian", "Kurun Waktu", "Jumlah", "Nomor", "", "Tanggal"}
	for i, h := range heads {
		c, _ := excelize.CoordinatesToCellName(i+1, 4)
		if h != "" {
			set(c, h)
		}
		if i < 6 || i == 8 {
			c2, _ := excelize.CoordinatesToCellName(i+1, 5)
			f.MergeCell(sh, c, c2)
		}
		n, _ := excelize.CoordinatesToCellName(i+1, 6)
		set(n, i+1)
	}
	f.MergeCell(sh, "G4", "H4")
	set("G5", "Boks")
	set("H5", "Folder")
	rows := [][]any{
		{1, "000.1.5", 1, "Notulen rapat pimpinan", "2019 s.d. 2021", 3, "0001", "01", "12 Januari 2024"},
		{2, "000.1.6", 2, "Konsumsi rapat", "2022", 2, "0001", "02", "12/01/2024"},
		{3, "000.1.8", 3, "Pemeliharaan gedung", "2020", 1, "0002", "01", "31/02/2024"},
		{4, "000.2.1", 4, "Inventarisasi barang", "2023", 4, "0002", "02", "2024-01-12"},
	}
	for i, r := range rows {
		for c, v := range r {
			cell, _ := excelize.CoordinatesToCellName(c+1, 7+i)
			set(cell, v)
		}
	}
	set("A11", "JUMLAH")
	set("F11", 10)
	set("G13", "Kepala Biro Umum")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return 9
}

func countFiles(t *testing.T, a *testShell) int {
	t.Helper()
	n := 0
	for _, q := range []string{"Notulen", "Konsumsi", "Pemeliharaan", "Inventarisasi"} {
		p, err := a.Store().SearchBerkas(context.Background(), q, storage.BerkasFilter{}, storage.Page{})
		if err != nil {
			t.Fatal(err)
		}
		n += p.Total
	}
	return n
}

func TestImportWizardPreviewThenImport(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db")) // the app makes the database
	file := filepath.Join(dir, "register.xlsx")
	bad := clerkRegister(t, file)

	w := newImportWizard(a)
	w.setFile(file)
	// The header and the table range as detected, shown to correct.
	if w.headFirst.Text != "4" || w.headLast.Text != "5" || w.dataFirst.Text != "7" || w.dataLast.Text != "10" {
		t.Fatalf("layout shown: header %s-%s, data %s-%s", w.headFirst.Text, w.headLast.Text, w.dataFirst.Text, w.dataLast.Text)
	}
	// The mapping: one Select per column.
	if len(w.mapSelects) != 9 {
		t.Fatalf("%d columns in the mapping", len(w.mapSelects))
	}
	if got := w.mapSelects[3].Selected; got != "Uraian Informasi Berkas" {
		t.Fatalf("column D maps to %q", got)
	}
	if got := w.mapSelects[7].Selected; !strings.HasPrefix(got, "(kolom tambahan") {
		t.Fatalf("column H (Nomor Folder) maps to %q", got)
	}
	// Preview: counts and the bad row named by row and column.
	if !strings.Contains(w.summary.Text, "3 baru") || !strings.Contains(w.summary.Text, "1 ditolak") {
		t.Fatalf("summary %q", w.summary.Text)
	}
	if want := fmt.Sprintf(`baris %d, kolom "Tanggal": "31/02/2024" bukan tanggal`, bad); !strings.Contains(w.problems.Text, want) {
		t.Fatalf("problems %q, want %q", w.problems.Text, want)
	}
	if !w.saveBtn.Visible() {
		t.Fatal("no button to save the rejected rows")
	}
	// The boxes the "Nomor Boks" column names are not in Rapi: the clerk
	// is offered to make them, and asked before importing without.
	if !w.createPlaces.Visible() || !strings.Contains(w.createPlaces.Text, "Buat 2 tempat/boks baru") {
		t.Fatalf("no tick for the new boxes: %v %q", w.createPlaces.Visible(), w.createPlaces.Text)
	}
	// Default import: all or nothing.
	tapImport(t, w)
	if !strings.Contains(w.summary.Text, "Tidak ada yang disimpan") || countFiles(t, a) != 0 {
		t.Fatalf("default import wrote something: %q, %d files", w.summary.Text, countFiles(t, a))
	}
	// The errors workbook.
	rej := filepath.Join(dir, "ditolak.xlsx")
	writeRejected(a, rej, w.rep.Read)
	if _, err := os.Stat(rej); err != nil {
		t.Fatal(err)
	}
	// Skip invalid: the good rows arrive.
	test.Tap(w.skipInvalid)
	tapImport(t, w)
	if !strings.Contains(w.summary.Text, "Selesai: 3 baru") || countFiles(t, a) != 3 {
		t.Fatalf("skip-invalid import: %q, %d files", w.summary.Text, countFiles(t, a))
	}
	// Again: nothing changes.
	tapImport(t, w)
	if !strings.Contains(w.summary.Text, "0 baru, 0 diubah, 3 tetap") || countFiles(t, a) != 3 {
		t.Fatalf("re-import: %q", w.summary.Text)
	}
}

func TestImportWizardMappingChangeIsRemembered(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db")) // the app makes the database
	file := filepath.Join(dir, "r.csv")
	os.WriteFile(file, []byte("Kode Klasifikasi;Judul;Kurun Waktu\n000.1.5;Notulen rapat;2020\n"), 0o644)
	w := newImportWizard(a)
	w.setFile(file)
	if !strings.Contains(w.problems.Text, "Uraian Informasi Berkas") {
		t.Fatalf("missing title column not reported: %q", w.problems.Text)
	}
	w.mapSelects[1].SetSelected("Uraian Informasi Berkas")
	test.Tap(w.previewBtn)
	if !strings.Contains(w.summary.Text, "1 baru") {
		t.Fatalf("after mapping: %q %q", w.summary.Text, w.problems.Text)
	}
	test.Tap(w.importBtn)
	if countFiles(t, a) != 1 {
		t.Fatal("not imported")
	}
	// The next file of the same shape reads with the clerk's mapping.
	w2 := newImportWizard(a)
	w2.setFile(file)
	if w2.mapSelects[1].Selected != "Uraian Informasi Berkas" || !strings.Contains(w2.summary.Text, "1 tetap") {
		t.Fatalf("saved mapping not reused: %q %q", w2.mapSelects[1].Selected, w2.summary.Text)
	}
}

func TestExportWritesTheList(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db")) // the app makes the database
	file := filepath.Join(dir, "register.xlsx")
	clerkRegister(t, file)
	if _, err := a.Store().ImportArsip(context.Background(), file, storage.ImportArsipOptions{SkipInvalid: true}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "daftar.xlsx")
	WriteExport(a, out, storage.ExportArsipOptions{List: storage.ListBerkas})
	if !overlayShows(a.win, "3 baris ditulis") {
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
	if len(rows) != 7 || !strings.Contains(all, "DAFTAR BERKAS") || !strings.Contains(all, "000.2.1|4||Inventarisasi barang|2023|4") {
		t.Fatalf("rows %q", rows)
	}
}

// tapImport taps Impor and says Ya to importing without new places.
func tapImport(t *testing.T, w *importWizard) {
	t.Helper()
	test.Tap(w.importBtn)
	if w.createPlaces.Checked || newPlacesCount(w.rep) == 0 {
		return
	}
	win := w.app.Window()
	if !overlayShows(win, "tidak akan dibuat") {
		t.Fatal("no question before importing without the new places")
	}
	ov := win.Canvas().Overlays().Top()
	test.Tap(kittest.FindInOverlay(t, ov, "Ya"))
}

// At 1280 x 720, the common office screen, the Impor button lies inside
// the window without scrolling, and the preview shows the register's rows
// as they will be imported, the refused one marked.
func TestImportWizardFitsOfficeScreen(t *testing.T) {
	dir := t.TempDir()
	a, fa := newTestApp(t, filepath.Join(dir, "rapi.db"))
	a.win.Resize(fyne.NewSize(1280, 720))
	a.win.SetContent(widget.NewLabel("Rapi"))
	a.win.Show()
	file := filepath.Join(dir, "register.xlsx")
	clerkRegister(t, file)
	w := showImportWizard(a)
	w.setFile(file)
	win := a.win.Canvas().Size()
	pos := fa.Driver().AbsolutePositionForObject(w.importBtn)
	size := w.importBtn.Size()
	if !w.importBtn.Visible() || size.Height == 0 || pos.Y < 0 || pos.X < 0 || pos.Y+size.Height > win.Height || pos.X+size.Width > win.Width {
		t.Fatalf("Impor at %v size %v, window %v", pos, size, win)
	}
	shown := map[string]bool{}
	walk(w.rowsView.table, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			shown[l.Text] = true
		}
	})
	for _, want := range []string{"Uraian", "Notulen rapat pimpinan", "000.1.5", "Konsumsi rapat", "⚠ bukan tanggal"} {
		found := false
		for text := range shown {
			found = found || strings.HasPrefix(text, want)
		}
		if !found {
			t.Errorf("preview does not show %q (shows %v)", want, shown)
		}
	}
}

// A register with its locations: the preview offers to make the missing
// places; ticked, Impor makes them and puts the files there.
func TestImportWizardCreatesPlaces(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db"))
	file := filepath.Join(dir, "lokasi.csv")
	os.WriteFile(file, []byte("Kode Klasifikasi;Nomor Berkas;Uraian;Kurun Waktu;Lokasi Simpan\n"+
		"000.1.5;1;Notulen rapat;2023;Ruang Arsip Lt.2, Rak 3, Boks 015\n"), 0o644)
	w := newImportWizard(a)
	w.setFile(file)
	if !w.createPlaces.Visible() || !strings.Contains(w.createPlaces.Text, "Buat 3 tempat/boks baru") ||
		!strings.Contains(w.summary.Text, "Ruang Arsip Lt.2 › Rak 3") {
		t.Fatalf("new places not offered: %q %q", w.createPlaces.Text, w.summary.Text)
	}
	test.Tap(w.createPlaces)
	test.Tap(w.importBtn)
	if !strings.Contains(w.summary.Text, "1 berkas ditempatkan") {
		t.Fatalf("after import: %q", w.summary.Text)
	}
	p, err := a.Store().SearchBerkas(context.Background(), "Notulen", storage.BerkasFilter{}, storage.Page{})
	if err != nil || len(p.Rows) != 1 || p.Rows[0].PlacePath != "Ruang Arsip Lt.2 › Rak 3 › Boks 015" {
		t.Fatalf("file in %+v %v", p.Rows, err)
	}
}

// Both sheets ticked are one import: a refused row on the Isi Berkas
// sheet leaves the Daftar Berkas unimported, and the summary says so.
func TestImportWizardSheetsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db"))
	file := filepath.Join(dir, "arsip.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Daftar Berkas")
	f.NewSheet("Isi Berkas")
	for i, r := range [][]any{{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu"},
		{"000.1.5", "B-1", "Notulen rapat pimpinan", "2023"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Daftar Berkas", cell, &r)
	}
	for i, r := range [][]any{{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
		{"B-1", 1, "000.1.5", "Undangan", "31/02/2023"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Isi Berkas", cell, &r)
	}
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	f.Close()
	w := newImportWizard(a)
	w.setFile(file)
	w.otherSheets.SetChecked(true)
	test.Tap(w.importBtn)
	if !strings.Contains(w.summary.Text, "Tidak ada yang disimpan") || !strings.Contains(w.summary.Text, `"31/02/2023" bukan tanggal`) ||
		countFiles(t, a) != 0 {
		t.Fatalf("summary %q, %d files", w.summary.Text, countFiles(t, a))
	}
}

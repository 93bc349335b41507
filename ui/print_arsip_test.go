package ui

import (
	"context"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/cetak"
	"rapi/ui/kit"
)

// overlayButton finds a button in the dialog on top (a scan's card).
func overlayButton(t *testing.T, w fyne.Window, label string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var found *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in the dialog", label)
	}
	return found
}

func mkTestBerkas(t *testing.T, a *App, code, uraian string) marsip.Berkas {
	t.Helper()
	b := marsip.Berkas{Code: code, KodeKlasifikasi: "000.1.5", Uraian: uraian, TahunSampai: 2020, UnitPengolah: "Bagian Tata Usaha"}
	if err := a.Store().CreateBerkas(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// decodeQRs rasterises a PDF at 200 dpi and reads back every QR code.
func decodeQRs(t *testing.T, pdf string) []string {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " not installed")
		}
	}
	prefix := filepath.Join(t.TempDir(), "page")
	if out, err := exec.Command("pdftoppm", "-r", "200", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	pages, _ := filepath.Glob(prefix + "*.png")
	out, err := exec.Command("zbarimg", append([]string{"-q", "--raw"}, pages...)...).Output()
	if err != nil {
		t.Fatalf("zbarimg found no code: %v", err)
	}
	codes := strings.Fields(string(out))
	sort.Strings(codes)
	return codes
}

func TestCardPrintsBerkasLabelThatScans(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where "Buka PDF" writes the file it opens
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	mkTestBerkas(t, a, "B-000042", "Notulen rapat koordinasi pengelolaan arsip dinamis tahun 2020")
	mkTestBerkas(t, a, "B-000043", "Surat undangan rapat")
	h, err := a.Store().FindCode(context.Background(), "b-000042")
	if err != nil {
		t.Fatal(err)
	}
	a.openCard(h)
	test.Tap(overlayButton(t, a.win, "Cetak label"))
	if a.CurrentPage() != "nav.print" {
		t.Fatalf("Cetak label went to %q", a.CurrentPage())
	}
	if a.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the card stays open over Cetak")
	}
	if !labelShows(a.win, "1 label dalam antrean") || !labelShows(a.win, "B-000042 · Notulen rapat") {
		t.Fatal("the queue does not hold the scanned berkas")
	}
	test.Tap(findButton(t, a.win, "Buka PDF"))
	pdfs, _ := filepath.Glob(filepath.Join(tmp, "rapi-label-*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%d PDFs written", len(pdfs))
	}
	last, _ := a.Store().LastPrinted(context.Background(), cetak.BerkasKind)
	if _, ok := last["B-000042"]; !ok || len(last) != 1 {
		t.Fatalf("remembered as printed: %v", last)
	}
	if got := decodeQRs(t, pdfs[0]); strings.Join(got, " ") != "B-000042" {
		t.Fatalf("the label's QR reads %q", got)
	}
}

func TestBerkasAndBoksSourcesOnCetak(t *testing.T) {
	a := openPrintPage(t)
	mkTestBerkas(t, a, "B-000001", "Laporan kegiatan")
	mkTestBerkas(t, a, "B-000002", "Daftar hadir pegawai")
	if err := a.Store().RecordPrinted(context.Background(), cetak.BerkasKind, "Avery L7163", []string{"B-000001"}); err != nil {
		t.Fatal(err)
	}
	bx := marsip.Boks{Code: "BX-000001", Nomor: "0001", Unit: "Biro Umum"}
	if err := a.Store().CreateBoks(context.Background(), &bx); err != nil {
		t.Fatal(err)
	}
	a.ShowPage("nav.home")
	a.ShowPage("nav.print")
	w := a.win
	pick := func(title string) {
		t.Helper()
		var sel *widget.Select
		walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
			if s, ok := o.(*widget.Select); ok && sel == nil {
				for _, opt := range s.Options {
					if opt == title {
						sel = s
					}
				}
			}
		})
		if sel == nil {
			t.Fatalf("no source %q", title)
		}
		sel.SetSelected(title)
	}
	pick("Label berkas (map)")
	test.Tap(findButton(t, w, "Tambah yang belum dicetak"))
	if !labelShows(w, "1 label dalam antrean") || !labelShows(w, "B-000002 · Daftar hadir pegawai") {
		t.Fatal("never printed berkas not queued alone")
	}
	pick("Label boks arsip")
	test.Tap(findButton(t, w, "Tambah semua"))
	if !labelShows(w, "2 label dalam antrean") || !labelShows(w, "BX-000001 · Boks 0001 · Biro Umum") {
		t.Fatal("the box is not queued")
	}
}

func TestOfficialListFromCetak(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a := openPrintPage(t)
	mkTestBerkas(t, a, "B-000007", "Rapat koordinasi kearsipan")
	a.ShowPage("nav.home")
	a.ShowPage("nav.print")
	w := a.win
	if labelShows(w, "1 halaman") {
		t.Fatal("a list was gathered before the clerk chose one")
	}
	var lists *widget.Select
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "Pilih daftar…" {
			lists = s
		}
	})
	if lists == nil {
		t.Fatal("no list picker on Cetak")
	}
	lists.SetSelected(cetak.ListName(storage.ListAktif))
	if !labelShows(w, "1 halaman") {
		t.Fatal("no page count under the list preview")
	}
	test.Tap(findButton(t, w, "Buka PDF daftar"))
	pdfs, _ := filepath.Glob(filepath.Join(tmp, "rapi-daftar-aktif-*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%d list PDFs written", len(pdfs))
	}
	out, err := exec.Command("pdftotext", "-layout", pdfs[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DAFTAR ARSIP AKTIF", "Kurun Waktu", "Rapat koordinasi kearsipan", "Mengetahui,"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the list lacks %q", want)
		}
	}
	// F4 landscape by default: 330 x 215 mm
	info, _ := exec.Command("pdfinfo", pdfs[0]).Output()
	if len(info) > 0 && !strings.Contains(string(info), "935.43 x 609.45") {
		t.Errorf("not F4 landscape: %s", info)
	}
}

func TestLoanCardOpensAsPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	b := mkTestBerkas(t, a, "B-000009", "Laporan keuangan triwulan")
	l := marsip.Peminjaman{BerkasID: b.ID, Borrower: "Budi Santoso", Clerk: "Siti", Tanggal: timeNow(), Due: timeNow().AddDate(0, 0, 7)}
	if err := a.Store().LendArsip(context.Background(), &l); err != nil {
		t.Fatal(err)
	}
	a.cetak.PrintLoanCard(l.ID)
	pdfs, _ := filepath.Glob(filepath.Join(tmp, "rapi-kartu-pinjam-*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%d loan card PDFs written", len(pdfs))
	}
	out, _ := exec.Command("pdftotext", pdfs[0], "-").Output()
	flat := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"KARTU PINJAM ARSIP", "B-000009", "Budi Santoso", model.FormatDate(l.Due)} {
		if !strings.Contains(flat, want) {
			t.Errorf("the loan card lacks %q", want)
		}
	}
}

// A place's card prints the place's label: the card's kind (a place) is
// the Cetak source of locations, remembered as printed under "lokasi".
func TestPlaceCardPrintsPlaceLabel(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	rak := model.Place{Kind: model.PlaceRak, Name: "Rak Arsip 7", Code: "RAK-07"}
	if err := a.Store().CreatePlace(context.Background(), &rak); err != nil {
		t.Fatal(err)
	}
	h, err := a.Store().FindCode(context.Background(), "RAK-07")
	if err != nil {
		t.Fatal(err)
	}
	a.openCard(h)
	test.Tap(overlayButton(t, a.win, "Cetak label"))
	if a.CurrentPage() != "nav.print" {
		t.Fatalf("Cetak label went to %q", a.CurrentPage())
	}
	if !labelShows(a.win, "1 label dalam antrean") || !labelShows(a.win, "RAK-07") {
		t.Fatal("the queue does not hold the place's label")
	}
	test.Tap(findButton(t, a.win, "Buka PDF"))
	last, _ := a.Store().LastPrinted(context.Background(), cetak.PlaceKind)
	if _, ok := last["RAK-07"]; !ok || len(last) != 1 {
		t.Fatalf("remembered as printed: %v", last)
	}
}

// The official list on Cetak takes the Arsip list's filters: a year and a
// unit narrow the printed Daftar Arsip Aktif, and its header says so.
func TestOfficialListFromCetakTakesTheFilter(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a := openPrintPage(t)
	mkTestBerkas(t, a, "B-000007", "Rapat koordinasi kearsipan")
	other := marsip.Berkas{Code: "B-000008", KodeKlasifikasi: "900.1", Uraian: "Laporan keuangan triwulan", TahunSampai: 2024,
		UnitPengolah: "Bagian Keuangan"}
	if err := a.Store().CreateBerkas(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	a.ShowPage("nav.home")
	a.ShowPage("nav.print")
	w := a.win
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "Pilih daftar…" {
			s.SetSelected(cetak.ListName(storage.ListAktif))
		}
	})
	field(t, w, "Tahun").(*kit.Entry).SetText("2019-2021")
	field(t, w, "Unit pengolah").(*kit.Entry).SetText("bagian tata usaha")
	test.Tap(findButton(t, w, "Buka PDF daftar"))
	pdfs, _ := filepath.Glob(filepath.Join(tmp, "rapi-daftar-aktif-*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%d list PDFs written", len(pdfs))
	}
	out, err := exec.Command("pdftotext", "-layout", pdfs[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.Contains(text, "Rapat koordinasi kearsipan") || strings.Contains(text, "Laporan keuangan") {
		t.Errorf("the filtered list does not hold exactly the 2020 file of the unit:\n%s", text)
	}
	if !strings.Contains(text, "Filter: tahun 2019–2021 · unit pengolah bagian tata usaha") {
		t.Errorf("the header does not say the filter:\n%s", text)
	}
}

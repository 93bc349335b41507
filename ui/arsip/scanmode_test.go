package arsip

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// shelfRig is the app with two shelves: RAK-01 holds box BX-1 (with
// B-1 in it) and the loose files B-2 and B-3; RAK-02 holds B-4.
type shelfRig struct {
	t              *testing.T
	a              *testShell
	sb             *testBox // the scan box
	page           *ScanPage
	s              *storage.Store
	rak1, rak2     model.Place
	box            marsip.Boks
	b1, b2, b3, b4 marsip.Berkas
}

func newShelfRig(t *testing.T) *shelfRig {
	t.Helper()
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	r := &shelfRig{t: t, a: a, s: a.Store()}
	ctx := t.Context()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	ruang := model.Place{Kind: model.PlaceRuang, Name: "Ruang Arsip", Code: "R-ARSIP"}
	must(r.s.CreatePlace(ctx, &ruang))
	r.rak1 = model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "RAK-01", ParentID: ruang.ID}
	must(r.s.CreatePlace(ctx, &r.rak1))
	r.rak2 = model.Place{Kind: model.PlaceRak, Name: "Rak 2", Code: "RAK-02", ParentID: ruang.ID}
	must(r.s.CreatePlace(ctx, &r.rak2))
	r.box = marsip.Boks{Code: "BX-1", Nomor: "0001", PlaceID: r.rak1.ID}
	must(r.s.CreateBoks(ctx, &r.box))
	mk := func(code, uraian string, place, box int64) marsip.Berkas {
		b := marsip.Berkas{Code: code, KodeKlasifikasi: "000.1.5", Uraian: uraian, TahunSampai: 2024, PlaceID: place, BoksID: box}
		must(r.s.CreateBerkas(ctx, &b))
		return b
	}
	r.b1 = mk("B-1", "Notulen rapat pimpinan 2024", 0, r.box.ID)
	r.b2 = mk("B-2", "Undangan rapat koordinasi", r.rak1.ID, 0)
	r.b3 = mk("B-3", "Daftar hadir rapat staf", r.rak1.ID, 0)
	r.b4 = mk("B-4", "Bahan paparan rapat evaluasi", r.rak2.ID, 0)
	r.sb = newTestBox(a)
	r.page = r.sb.page
	a.win.SetContent(r.page.Content())
	return r
}

// mode picks a scan mode on the Pindai page as a clerk would.
func (r *shelfRig) mode(m ScanMode) *ScanPage {
	r.t.Helper()
	p := r.page
	p.modes.SetSelected(lang.L(m.Key()))
	if r.sb.session.Mode() != m {
		r.t.Fatalf("mode %v not selected", m)
	}
	return p
}

// scan is a scanner reading a label: the code arrives at the scan box.
// It returns the newest line of the running list and whether the scan
// box flashed green.
func (r *shelfRig) scan(code string) (Outcome, bool) {
	r.t.Helper()
	r.sb.scanned(code)
	log := r.sb.session.Log()
	if len(log) == 0 {
		r.t.Fatalf("scanning %s left no line in the running list", code)
	}
	green := r.sb.green
	if log[0].OK != green {
		r.t.Fatalf("scan %s: line says ok=%v but flash green=%v", code, log[0].OK, green)
	}
	return log[0], green
}

func (r *shelfRig) berkas(b marsip.Berkas) marsip.Berkas {
	r.t.Helper()
	got, err := r.s.Berkas(r.t.Context(), b.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	return got
}

// screenShows tells whether a label with text is in the window.
func screenShows(w fyne.Window, text string) bool {
	found := false
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}

func TestPindahModeMovesScannedThingsAndUndoes(t *testing.T) {
	r := newShelfRig(t)
	r.a.win.Resize(fyne.NewSize(1100, 720))
	r.mode(ModePindah)
	if o, green := r.scan("B-2"); green || o.Kind != OutRefused {
		t.Fatalf("a file scanned before any destination: %+v", o)
	}
	if o, green := r.scan("RAK-02"); !green || o.Kind != OutTarget {
		t.Fatalf("scanning a shelf did not make it the destination: %+v", o)
	}
	if !strings.Contains(r.sb.status, "Rak 2") {
		t.Fatalf("the mode beside the scan box reads %q, not the destination", r.sb.status)
	}
	if o, green := r.scan("B-2"); !green || o.Kind != OutMoved {
		t.Fatalf("moving B-2: %+v", o)
	}
	if got := r.berkas(r.b2); got.PlaceID != r.rak2.ID {
		t.Fatalf("B-2 is in place %d, want Rak 2", got.PlaceID)
	}
	if o, _ := r.scan("BX-1"); o.Kind != OutMoved {
		t.Fatalf("moving the box: %+v", o)
	}
	if got := r.berkas(r.b1); got.PlaceID != r.rak2.ID || got.BoksID != r.box.ID {
		t.Fatalf("the file in the box did not follow it: %+v", got)
	}
	if !screenShows(r.a.win, "Dipindah: Undangan rapat koordinasi") {
		t.Fatal("the move of B-2 is not confirmed in the running list")
	}
	// A box as destination: a loose file goes into it.
	if o, _ := r.scan("BX-1"); o.Kind != OutMoved && o.Kind != OutAgain && o.Kind != OutTarget {
		t.Fatalf("box again: %+v", o)
	}
	// Undo the move of B-2 (second line from the top after the box lines).
	var idx = -1
	for i, o := range r.sb.session.Log() {
		if o.Code == "B-2" && o.Kind == OutMoved {
			idx = i
		}
	}
	r.page.onUndo(idx)
	if got := r.berkas(r.b2); got.PlaceID != r.rak1.ID {
		t.Fatalf("undo left B-2 in place %d, want Rak 1", got.PlaceID)
	}
	if log := r.sb.session.Log(); log[0].Kind != OutUndone || !log[idx+1].Undone {
		t.Fatalf("the undo is not recorded in the running list: %+v", log[0])
	}
	if o, green := r.scan("B-999"); green || o.Kind != OutNotFound {
		t.Fatalf("unknown code in Pindah: %+v", o)
	}
}

func TestPinjamAndKembaliModes(t *testing.T) {
	r := newShelfRig(t)
	p := r.mode(ModePinjam)
	if o, green := r.scan("B-2"); green || o.Kind != OutRefused {
		t.Fatalf("lending without a borrower: %+v", o)
	}
	test.Type(p.borrower, "Budi Santoso")
	p.days.SetText("14")
	for _, code := range []string{"B-2", "BX-1"} {
		if o, green := r.scan(code); !green || o.Kind != OutLent {
			t.Fatalf("lending %s: %+v", code, o)
		}
	}
	got := r.berkas(r.b2)
	if got.Loan == nil || got.Loan.Borrower != "Budi Santoso" || got.ShownStatus() != marsip.StatusDipinjam {
		t.Fatalf("B-2 after the scan: %+v", got.Loan)
	}
	if days := time.Until(got.Loan.Due).Hours() / 24; days < 13 || days > 15 {
		t.Fatalf("due in %.0f days, want 14", days)
	}
	if r.berkas(r.b1).Loan == nil {
		t.Fatal("the file in the lent box is not on loan")
	}
	if o, green := r.scan("B-2"); green || o.Kind != OutRefused {
		t.Fatalf("lending twice: %+v", o)
	}
	r.mode(ModeKembali)
	if o, green := r.scan("B-2"); !green || o.Kind != OutReturned {
		t.Fatalf("taking B-2 back: %+v", o)
	}
	if r.berkas(r.b2).Loan != nil {
		t.Fatal("B-2 still on loan after the return scan")
	}
	if o, green := r.scan("B-3"); green || o.Kind != OutRefused {
		t.Fatalf("returning what is not lent: %+v", o)
	}
	if !screenShows(r.a.win, "Dikembalikan: Undangan rapat koordinasi dari Budi Santoso") {
		t.Fatal("the return is not confirmed on screen")
	}
}

func TestStokOpnameListsMissingAndMisplaced(t *testing.T) {
	r := newShelfRig(t)
	r.mode(ModeOpname)
	if o, green := r.scan("B-2"); green || o.Kind != OutRefused {
		t.Fatalf("a file before the shelf: %+v", o)
	}
	if o, green := r.scan("RAK-01"); !green || o.Kind != OutTarget {
		t.Fatalf("starting the stock-take: %+v", o)
	}
	want := map[string]OutcomeKind{"BX-1": OutCounted, "B-1": OutCounted, "B-2": OutCounted, "B-4": OutElsewhere, "X-404": OutNotFound}
	for _, code := range []string{"BX-1", "B-1", "B-2", "B-4", "X-404", "B-2"} {
		o, _ := r.scan(code)
		if w := want[code]; o.Kind != w {
			t.Fatalf("%s: %s, want %s (%s)", code, o.Kind, w, o.Msg)
		}
		want[code] = OutAgain
	}
	if !strings.Contains(r.sb.status, "2/3") {
		t.Fatalf("the progress beside the scan box reads %q", r.sb.status)
	}
	test.Tap(findButton(t, r.a.win, "Selesai & simpan"))
	if !overlayShows(r.a.win, "1 tidak ditemukan, 1 salah tempat, 1 tidak dikenal") ||
		!overlayShows(r.a.win, "B-3") || !overlayShows(r.a.win, "seharusnya di Ruang Arsip › Rak 2") {
		t.Fatal("the result does not list the missing B-3 and the misplaced B-4")
	}
	saved, err := r.s.ArsipStokOpnameList(t.Context(), r.rak1.ID)
	if err != nil || len(saved) != 1 {
		t.Fatalf("saved stock-takes: %v %v", saved, err)
	}
	// B-1 came from the box BX-1 and counts the box, no line of its own.
	if so := saved[0]; so.Found != 2 || so.Missing != 1 || so.Misplaced != 1 || so.Unknown != 1 {
		t.Fatalf("saved counts %+v", so)
	}
	if r.sb.session.Opname() != nil {
		t.Fatal("the stock-take is still running after it was saved")
	}
}

// testBox is the shell's scan box as the Pindai page sees it: scans go
// to its session as App.Scanned hands them over, the flash and the text
// beside the box are remembered.
type testBox struct {
	a       *testShell
	session *Session
	page    *ScanPage
	green   bool   // the last flash was green
	status  string // the text beside the box
	shown   []string
}

func newTestBox(a *testShell) *testBox {
	b := &testBox{a: a, session: NewSession(a.Store())}
	b.page = NewScanPage(a, b)
	b.StatusChanged()
	return b
}

func (b *testBox) Session() *Session       { return b.session }
func (b *testBox) StatusChanged()          { b.status = b.session.Status() }
func (b *testBox) FocusScan()              {}
func (b *testBox) ScanFeedback(ok bool)    { b.green = ok }
func (b *testBox) ChoosePhoto()            {}
func (b *testBox) ReportShown(what string) { b.shown = append(b.shown, what) }
func (b *testBox) ModeChanged() {
	b.StatusChanged()
	if b.page != nil {
		b.page.Refresh()
	}
}

// scanned is App.Scanned in a scan mode: the session takes the code off
// the UI goroutine, the box flashes, the page shows the new line.
func (b *testBox) scanned(code string) {
	code = model.NormalizeCode(code)
	kit.Load(b.a, func() (Outcome, error) { return b.session.Scan(context.Background(), code), nil }, func(o Outcome, _ error) {
		b.ScanFeedback(o.OK)
		b.ModeChanged()
	})
}

// A shelf check counts boxes: a file scanned from a box on the shelf
// counts its box as there (not "tidak ditemukan"), and the screen says
// which level is checked. A box scanned first checks the files in it.
func TestStokOpnameCountsBerkasWithTheirBox(t *testing.T) {
	r := newShelfRig(t)
	r.mode(ModeOpname)
	r.scan("RAK-01")
	if !screenShows(r.a.win, "Memeriksa: boks dan berkas lepas di Rak 1") {
		t.Fatal("the level is not on screen")
	}
	for _, code := range []string{"B-1", "B-2", "B-3"} { // B-1 from the box, never the box's own label
		if o, green := r.scan(code); !green || o.Kind != OutCounted {
			t.Fatalf("%s: %+v", code, o)
		}
	}
	if !strings.Contains(r.sb.status, "3/3") {
		t.Fatalf("with B-1 from the box scanned the progress reads %q, want 3/3", r.sb.status)
	}
	test.Tap(findButton(t, r.a.win, "Selesai & simpan"))
	if !overlayShows(r.a.win, "3 ada, 0 tidak ditemukan") {
		t.Fatal("the box whose file was scanned counts as not found")
	}
	r.a.win.Canvas().Overlays().Top().Hide()

	r.scan("BX-1")
	if !screenShows(r.a.win, "Memeriksa: berkas di Boks 0001") {
		t.Fatal("a box check does not say its level")
	}
	if o, green := r.scan("B-1"); !green || o.Kind != OutCounted {
		t.Fatalf("the box's own file: %+v", o)
	}
	if o, _ := r.scan("B-2"); o.Kind != OutElsewhere {
		t.Fatalf("a loose file in a box check: %+v", o)
	}
	test.Tap(findButton(t, r.a.win, "Selesai & simpan"))
	if !overlayShows(r.a.win, "1 ada, 0 tidak ditemukan, 1 salah tempat") {
		t.Fatal("the box check's result is wrong")
	}
}

// Past stock-takes are listed with their counts, open again, and export
// as .xlsx.
func TestStokOpnameHistoryOpensAndExportsXLSX(t *testing.T) {
	r := newShelfRig(t)
	r.mode(ModeOpname)
	r.scan("RAK-01")
	r.scan("BX-1")
	test.Tap(findButton(t, r.a.win, "Selesai & simpan"))
	r.a.win.Canvas().Overlays().Top().Hide()
	test.Tap(findButton(t, r.a.win, "Riwayat stok opname"))
	var list *widget.List
	walk(r.a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil || !overlayShows(r.a.win, "RAK-01 Rak 1 · 1 ada, 2 tidak ditemukan") {
		t.Fatal("the past stock-take is not listed with its counts")
	}
	list.Select(0)
	if !overlayShows(r.a.win, "Rak 1: 1 ada, 2 tidak ditemukan") {
		t.Fatal("the past stock-take did not open")
	}
	saved, _ := r.s.ArsipStokOpnameList(t.Context(), 0)
	so, err := r.s.ArsipStokOpnameByID(t.Context(), saved[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "opname.xlsx")
	writeOpnameFile(r.a, &so, path, true)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetName(0))
	text := ""
	for _, row := range rows {
		text += strings.Join(row, "|") + "\n"
	}
	for _, want := range []string{"STOK OPNAME RAK-01 Rak 1", "1 ada, 2 tidak ditemukan", "Tidak ditemukan|berkas|B-2", "Ada|boks|BX-1"} {
		if !strings.Contains(text, want) {
			t.Errorf("the workbook lacks %q:\n%s", want, text)
		}
	}
}

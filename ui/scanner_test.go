package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/ui/kit"
)

// scanRig is the app on the settings page with a shelf "RAK-07" in the
// database, the clerk-name field focused, and a clock the test moves.
type scanRig struct {
	t     *testing.T
	a     *App
	field *kit.Entry
	clock time.Time
	shown string // RAPI_TEST_SHOWN_FILE
}

func newScanRig(t *testing.T) *scanRig {
	t.Helper()
	r := &scanRig{t: t, clock: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	r.shown = filepath.Join(t.TempDir(), "shown.txt")
	t.Setenv(ShownFileEnv, r.shown)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	r.a = a
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.Store().CreatePlace(t.Context(), &model.Place{Kind: model.PlaceRak, Name: "Rak Tujuh", Code: "RAK-07"}))
	a.ShowPage("nav.settings")
	r.field = settingsOnScreen(t, a).clerk
	a.shell.scan.burst.now = func() time.Time { return r.clock }
	a.win.Canvas().Focus(r.field)
	return r
}

// typeKeys types s into whatever has the focus, gap apart, then Enter,
// a second after whatever was typed before.
func (r *scanRig) typeKeys(s string, gap time.Duration, enter bool) {
	r.clock = r.clock.Add(time.Second)
	for i, c := range s {
		if i > 0 {
			r.clock = r.clock.Add(gap)
		}
		r.a.win.Canvas().Focused().TypedRune(c)
	}
	if enter {
		r.clock = r.clock.Add(gap)
		r.a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
}

// waitShown waits for the scan's search to report what it showed.
func (r *scanRig) waitShown() string {
	r.t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(r.shown); err == nil && len(b) > 0 {
			os.Remove(r.shown)
			return string(b)
		}
		time.Sleep(5 * time.Millisecond)
	}
	r.t.Fatal("the scan opened nothing within 3 s")
	return ""
}

func (r *scanRig) nothingShown() bool {
	time.Sleep(100 * time.Millisecond) // a search, had one started, reports by then
	_, err := os.Stat(r.shown)
	return os.IsNotExist(err) && r.a.win.Canvas().Overlays().Top() == nil
}

func TestScanIntoFormFieldOpensTheRecordAndLeavesTheField(t *testing.T) {
	r := newScanRig(t)
	r.typeKeys("Siti", 150*time.Millisecond, false) // the clerk types her name
	if r.field.Text != "Siti" {
		t.Fatalf("typing by hand gave %q", r.field.Text)
	}
	r.typeKeys("RAK-07", 4*time.Millisecond, true) // a label is scanned meanwhile
	if got := r.waitShown(); got != "RAK-07" {
		t.Fatalf("the scan showed %q, want the shelf RAK-07", got)
	}
	if r.field.Text != "Siti" {
		t.Fatalf("the scan changed the focused field to %q", r.field.Text)
	}
	if !overlayShows(r.a.win, "Rak Tujuh") {
		t.Fatal("no card for the scanned shelf is on screen")
	}
	if r.a.shell.scan.flashColor() != flashFound {
		t.Fatal("the scan box did not flash green for a found code")
	}
	if r.a.shell.scan.entry.Text != "" {
		t.Fatalf("the scan box kept %q", r.a.shell.scan.entry.Text)
	}
}

func TestSlowTypingWithEnterStaysInTheField(t *testing.T) {
	r := newScanRig(t)
	r.typeKeys("RAK-07", 120*time.Millisecond, true) // a person typing a code
	if r.field.Text != "RAK-07" {
		t.Fatalf("typing by hand gave %q", r.field.Text)
	}
	if !r.nothingShown() {
		t.Fatal("typing by hand at human speed was taken for a scan")
	}
	// A short fast burst (two keys rolled together) is no scan either.
	r.field.SetText("")
	r.typeKeys("AB", 5*time.Millisecond, true)
	if r.field.Text != "AB" || !r.nothingShown() {
		t.Fatalf("two fast keys were taken for a scan: field %q", r.field.Text)
	}
	// Nor is fast text that is no code.
	r.field.SetText("")
	r.typeKeys("a b c d", 5*time.Millisecond, true)
	if r.field.Text != "a b c d" || !r.nothingShown() {
		t.Fatalf("fast text with spaces was taken for a scan: field %q", r.field.Text)
	}
}

func TestUnknownScanFlashesRed(t *testing.T) {
	r := newScanRig(t)
	flashTime = 30 * time.Millisecond
	defer func() { flashTime = 600 * time.Millisecond }()
	r.typeKeys("B-999999", 3*time.Millisecond, true)
	if got := r.waitShown(); got != "NOTFOUND:B-999999" {
		t.Fatalf("an unknown code showed %q", got)
	}
	if r.a.shell.scan.flashColor() != flashNotFound {
		t.Fatal("the scan box did not flash red for an unknown code")
	}
	if !overlayShows(r.a.win, "B-999999") {
		t.Fatal("no 'not found' message names the code")
	}
	deadline := time.Now().Add(2 * time.Second)
	for r.a.shell.scan.flashColor() == flashNotFound {
		if time.Now().After(deadline) {
			t.Fatal("the red flash never ended")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestScannerPrefixMarksAScanAtAnySpeed(t *testing.T) {
	r := newScanRig(t)
	r.a.SetScannerConfig(ScannerConfig{Prefix: '§'})
	if got := r.a.ScannerConfig(); got.Prefix != '§' || got.MaxGap != 30*time.Millisecond || got.MinLen != 4 {
		t.Fatalf("saved scanner setting reads back as %+v", got)
	}
	r.field.SetText("Siti")
	r.typeKeys("§rak-07", 100*time.Millisecond, true) // slow scanner, prefix on
	if got := r.waitShown(); got != "RAK-07" {
		t.Fatalf("the prefixed scan showed %q", got)
	}
	if r.field.Text != "Siti" {
		t.Fatalf("the prefixed scan typed into the field: %q", r.field.Text)
	}
}

func TestTypingWithNothingFocusedGoesToTheScanBox(t *testing.T) {
	r := newScanRig(t)
	r.a.win.Canvas().Unfocus()
	for _, c := range "RAK-07" {
		r.a.win.Canvas().(interface{ OnTypedRune() func(rune) }).OnTypedRune()(c)
	}
	if r.a.win.Canvas().Focused() != r.a.shell.scan.entry || r.a.shell.scan.entry.Text != "RAK-07" {
		t.Fatalf("keys typed with nothing focused: scan box has %q", r.a.shell.scan.entry.Text)
	}
	r.a.shell.scan.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := r.waitShown(); !strings.HasPrefix(got, "RAK-07") {
		t.Fatalf("the scan box showed %q", got)
	}
}

func TestScannedBerkasWhileFormFieldFocusedOpensItsCard(t *testing.T) {
	r := newScanRig(t)
	s := r.a.Store()
	ctx := t.Context()
	rak, err := s.FindCode(ctx, "RAK-07")
	if err != nil {
		t.Fatal(err)
	}
	b := marsip.Berkas{Code: "B-000123", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan triwulan II", TahunSampai: 2023, PlaceID: rak.ID}
	if err := s.CreateBerkas(ctx, &b); err != nil {
		t.Fatal(err)
	}
	p := marsip.Peminjaman{BerkasID: b.ID, Borrower: "Dewi Lestari", Tanggal: time.Now(), Due: time.Now().AddDate(0, 0, 7)}
	if err := s.LendArsip(ctx, &p); err != nil {
		t.Fatal(err)
	}
	r.typeKeys("Siti", 150*time.Millisecond, false)
	r.typeKeys("B-000123", 4*time.Millisecond, true)
	if got := r.waitShown(); got != "B-000123" {
		t.Fatalf("the scan showed %q, want the berkas B-000123", got)
	}
	if r.field.Text != "Siti" {
		t.Fatalf("the scan changed the focused field to %q", r.field.Text)
	}
	for _, want := range []string{"Notulen rapat pimpinan triwulan II", "000.1.5", "Rak Tujuh", "Dipinjam", "Dewi Lestari"} {
		if !overlayShows(r.a.win, want) {
			t.Errorf("the card does not show %q", want)
		}
	}
	top := r.a.win.Canvas().Overlays().Top()
	for _, label := range []string{"Pinjamkan", "Kembalikan", "Pindahkan", "Cetak label"} {
		findInOverlay(t, top, label)
	}
	if !findInOverlay(t, top, "Pinjamkan").Disabled() || findInOverlay(t, top, "Kembalikan").Disabled() {
		t.Fatal("a lent file's card offers Pinjamkan instead of Kembalikan")
	}
}

func TestUnknownCodeOffersToRegisterIt(t *testing.T) {
	r := newScanRig(t)
	r.typeKeys("B-777777", 3*time.Millisecond, true)
	if got := r.waitShown(); got != "NOTFOUND:B-777777" {
		t.Fatalf("an unknown code showed %q", got)
	}
	if !overlayShows(r.a.win, "tidak ditemukan") {
		t.Fatal("no clear 'tidak ditemukan'")
	}
	test.Tap(findInOverlay(t, r.a.win.Canvas().Overlays().Top(), "Daftarkan sebagai berkas baru"))
	form := r.a.win.Canvas().Overlays().Top()
	var entries []*kit.Entry
	walk(form, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok {
			entries = append(entries, e)
		}
	})
	if len(entries) != 3 {
		t.Fatalf("the register form has %d fields, want uraian, kode, tahun", len(entries))
	}
	entries[0].SetText("Surat masuk tanpa label lama")
	entries[1].SetText("000.1.5")
	entries[2].SetText("2021")
	test.Tap(findInOverlay(t, form, "Simpan"))
	if got := r.waitShown(); got != "B-777777" {
		t.Fatalf("after registering, the screen showed %q", got)
	}
	b, err := r.a.Store().BerkasByCode(t.Context(), "B-777777")
	if err != nil || b.Uraian != "Surat masuk tanpa label lama" || b.TahunSampai != 2021 {
		t.Fatalf("registered berkas %+v %v", b, err)
	}
	if !overlayShows(r.a.win, "Surat masuk tanpa label lama") {
		t.Fatal("the new berkas's card is not shown")
	}
}

// typeReal types s as a real window delivers it: for each key a TypedKey
// (Shift first for a capital, as xdotool and scanners press it) and then
// the key's TypedRune; then Enter.
func (r *scanRig) typeReal(s string, gap time.Duration, enter bool) {
	r.typeClumped(s, func(int) time.Duration { return gap }, enter)
}

// typeClumped is typeReal with the gap before key i (and Enter) given by gap(i).
func (r *scanRig) typeClumped(s string, gap func(i int) time.Duration, enter bool) {
	r.clock = r.clock.Add(time.Second)
	i := 0
	for _, c := range s {
		if i > 0 {
			r.clock = r.clock.Add(gap(i))
		}
		i++
		f := r.a.win.Canvas().Focused()
		if c >= 'A' && c <= 'Z' {
			f.TypedKey(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}
		f.TypedKey(&fyne.KeyEvent{Name: keyNameOf(c)})
		f.TypedRune(c)
	}
	if enter {
		r.clock = r.clock.Add(gap(i))
		r.a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
}

// A busy window hands a 5 ms burst over in clumps between frames: some
// gaps are 45 ms, the rest nearly 0 (seen under Xvfb with xdotool).
func TestClumpedBurstIntoFocusedFieldIsStillAScan(t *testing.T) {
	r := newScanRig(t)
	r.typeReal("Siti", 300*time.Millisecond, false)
	r.typeClumped("B-999999", func(i int) time.Duration {
		if i%3 == 1 {
			return 45 * time.Millisecond
		}
		return time.Millisecond
	}, true)
	if got := r.waitShown(); got != "NOTFOUND:B-999999" {
		t.Fatalf("a clumped burst showed %q", got)
	}
	if r.field.Text != "Siti" {
		t.Fatalf("the clumped burst changed the field to %q", r.field.Text)
	}
}

func TestFiftyMillisecondTypingIsNoScan(t *testing.T) {
	r := newScanRig(t)
	r.typeReal("RAK-07", 50*time.Millisecond, true)
	if r.field.Text != "RAK-07" || !r.nothingShown() {
		t.Fatalf("typing at 50 ms a key was taken for a scan: field %q", r.field.Text)
	}
}

func keyNameOf(c rune) fyne.KeyName {
	switch {
	case c == ' ':
		return fyne.KeySpace
	case c == '-':
		return fyne.KeyMinus
	}
	return fyne.KeyName(strings.ToUpper(string(c)))
}

func TestRealWindowBurstIntoFocusedFieldOpensTheCard(t *testing.T) {
	for _, gap := range []time.Duration{4 * time.Millisecond, 200 * time.Millisecond} {
		r := newScanRig(t)
		if gap > 30*time.Millisecond { // the office set a slow scanner
			r.a.SetScannerConfig(ScannerConfig{MaxGap: 250 * time.Millisecond})
		}
		r.typeReal("Subbagian", 400*time.Millisecond, false) // the clerk types by hand
		r.typeReal("RAK-07", gap, true)
		if got := r.waitShown(); got != "RAK-07" {
			t.Fatalf("gap %v: the burst showed %q, want the shelf RAK-07", gap, got)
		}
		if r.field.Text != "Subbagian" {
			t.Fatalf("gap %v: the burst changed the focused field to %q", gap, r.field.Text)
		}
	}
}

func TestRealWindowArrowKeyEndsABurst(t *testing.T) {
	r := newScanRig(t)
	r.typeReal("RAK", 4*time.Millisecond, false)
	r.a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	r.typeReal("-07", 4*time.Millisecond, true)
	if !r.nothingShown() {
		t.Fatal("keys around an arrow key were taken for a scan")
	}
}

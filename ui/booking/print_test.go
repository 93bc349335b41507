package booking

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model/booking"
	"rapi/ui/kit/kittest"
)

// printedText is the text of the only PDF the screens printed.
func printedText(t *testing.T, a *testShell) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	if a.printErr != nil || len(a.printed) != 1 {
		t.Fatalf("printed %d PDFs, error %v", len(a.printed), a.printErr)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, a.printed[0], 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// confirmPrint picks paper in the paper dialog and prints.
func confirmPrint(t *testing.T, a *testShell, paper string) {
	t.Helper()
	field(t, a.Win, "Kertas").(*widget.Select).SetSelected(paper)
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Cetak"))
}

// A room's day prints its door schedule with the day's bookings.
func TestCalendarPrintsDoorSchedule(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	book(t, a.DB, f.aula, dayOf(today), 9, 12, "Bagian Protokol")
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.cal.res.SetSelected("Aula")
	test.Tap(kittest.FindButton(t, a.Win, "Jadwal pintu"))
	confirmPrint(t, a, "A4")
	text := printedText(t, a)
	for _, want := range []string{"Aula", "Bagian Protokol", "09.00"} {
		if !strings.Contains(text, want) {
			t.Errorf("door schedule lacks %q: %s", want, text)
		}
	}
}

// Every room's day prints the week's schedule of every room.
func TestCalendarPrintsWeeklySchedule(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	book(t, a.DB, f.sidang, dayOf(today).AddDate(0, 0, 1), 13, 15, "Bagian Hukum") // Friday, same week
	a.Win.SetContent(NewPage(a))
	test.Tap(kittest.FindButton(t, a.Win, "Jadwal mingguan"))
	confirmPrint(t, a, "F4")
	text := printedText(t, a)
	for _, want := range []string{"Ruang Sidang", "Ruang Rapat", "Bagian Hukum"} {
		if !strings.Contains(text, want) {
			t.Errorf("weekly schedule lacks %q: %s", want, text)
		}
	}
}

// A booking prints its request form, signed by the named approver.
func TestBookingPrintsRequestForm(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	b := book(t, a.DB, f.rapat, dayOf(today), 9, 11, "Bagian Umum")
	openBooking(a, b.ID)
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Surat permohonan"))
	confirmPrint(t, a, "A4")
	text := printedText(t, a)
	for _, want := range []string{b.Code, "Ruang Rapat", "Bagian Umum", "Drs. Hadi Susanto"} {
		if !strings.Contains(text, want) {
			t.Errorf("request form lacks %q: %s", want, text)
		}
	}
}

// "Ekspor Excel" on my unit's list exports what the list shows, and on a
// resource's row that resource's bookings.
func TestListsExportWhatTheyShow(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	a.Preferences().SetString(prefUnitFilter, "Bagian Umum")
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(2)
	test.Tap(kittest.FindButton(t, a.Win, "Ekspor Excel"))
	p.tabs.SelectIndex(5)
	test.Tap(rowButton(t, a, "Ruang Sidang", "Ekspor Excel"))
	if len(a.exported) != 2 || a.exported[0].Unit != "Bagian Umum" || a.exported[1].ResourceID != f.sidang.ID {
		t.Fatalf("exported %+v", a.exported)
	}
	var buf strings.Builder
	if n, err := a.DB.ExportBookingList(context.Background(), &buf, a.exported[1]); err != nil || n != 0 {
		t.Fatalf("export of an unbooked room: %d, %v", n, err)
	}
}

// The Perjalanan tab lists a car's trips of the month with the totals,
// offers "Catat kembali" on the car still out, and prints the trip log.
func TestTripLogTotalsReturnAndPrint(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	ctx := context.Background()
	car, _ := newCar(t, a, f)
	done := book(t, a.DB, car, dayOf(today).AddDate(0, 0, -2), 8, 16, "Bagian Umum")
	if _, err := a.DB.RecordTrip(ctx, done.ID, done.Version, booking.Perjalanan{Tujuan: "Kabupaten Sigi", OdoBerangkat: 12500,
		OdoKembali: 12730, BBMLiter: 25.5, BBMRupiah: 300000}); err != nil {
		t.Fatal(err)
	}
	out := book(t, a.DB, car, dayOf(today), 8, 16, "Bagian Hukum")
	book(t, a.DB, car, dayOf(today).AddDate(0, 1, 0), 8, 16, "Bagian Protokol") // next month
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(6)
	if !shows(a.Win, "2 perjalanan · 230 km · BBM 25,50 liter · Rp300.000") {
		t.Fatalf("the month's totals: %q", allTexts(a.Win))
	}
	if !shows(a.Win, "Kabupaten Sigi") || shows(a.Win, "Bagian Protokol") {
		t.Fatalf("the month's trips: %q", allTexts(a.Win))
	}
	test.Tap(rowButton(t, a, "Bagian Hukum", "Catat kembali"))
	set(t, a.Win, "Tujuan", "Kota Palu")
	set(t, a.Win, "Odometer berangkat (km)", "12.730")
	set(t, a.Win, "Odometer kembali (km)", "12.800")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	if got, err := a.DB.Booking(ctx, out.ID); err != nil || got.Perjalanan.Jarak() != 70 {
		t.Fatalf("after Catat kembali: %+v %v", got.Perjalanan, err)
	}
	if !shows(a.Win, "2 perjalanan · 300 km") {
		t.Fatalf("the totals after the return: %q", allTexts(a.Win))
	}
	test.Tap(kittest.FindButton(t, a.Win, "Cetak buku perjalanan"))
	confirmPrint(t, a, "A4")
	text := printedText(t, a)
	for _, want := range []string{"Toyota Innova", "Kabupaten Sigi", "Kota Palu"} {
		if !strings.Contains(text, want) {
			t.Errorf("trip log lacks %q: %s", want, text)
		}
	}
}

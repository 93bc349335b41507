package booking

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit/kittest"
)

// The calendar shows today's bookings of every room as blocks with their
// time and unit; moving one onto another's time is refused, and the
// message names the booking that holds the slot.
func TestCalendarRefusesConflictingEditNamingTheOther(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	day := dayOf(today)
	umum := book(t, a.DB, f.aula, day, 9, 12, "Bagian Umum")
	hukum := book(t, a.DB, f.aula, day, 13, 15, "Bagian Hukum")
	a.Win.SetContent(NewPage(a))

	if !shows(a.Win, "09.00–12.00 Bagian Umum") || !shows(a.Win, "13.00–15.00 Bagian Hukum") {
		t.Fatalf("the calendar does not show both bookings: %q", allTexts(a.Win))
	}
	test.Tap(blockOf(t, a.Win, hukum.Code))
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Ubah"))
	set(t, a.Win, "Dari jam", "10.00")
	set(t, a.Win, "Sampai jam", "12:30")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))

	if !shows(a.Win, umum.Code) || !shows(a.Win, "Bagian Umum") || !shows(a.Win, "sudah dipesan") {
		t.Fatalf("the refusal does not name %s: %q", umum.Code, allTexts(a.Win))
	}
	got, err := a.DB.Booking(context.Background(), hukum.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Dari.Hour() != 13 {
		t.Fatalf("the refused move was saved: %s", got.Jam())
	}
}

// A weekly series that clashes once shows every occurrence, the clash
// with the booking it clashes with; saved, it leaves that one out.
func TestSeriesShowsConflictAndSavesWithItSkipped(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	next := dayOf(today).AddDate(0, 0, 14) // 17 December
	other := book(t, a.DB, f.aula, next, 9, 11, "Bagian Protokol")
	a.Win.SetContent(NewPage(a))

	test.Tap(slotAt(t, a.Win, f.aula.ID, dayOf(today).Add(9*time.Hour)))
	set(t, a.Win, "Sampai jam", "10.30")
	set(t, a.Win, "Unit kerja", "Bagian Keuangan")
	set(t, a.Win, "Nama pemohon", "Andi Wijaya")
	set(t, a.Win, "Keperluan", "Rapat anggaran mingguan")
	set(t, a.Win, "Jumlah orang", "25")
	field(t, a.Win, "Ulangi").(*widget.Select).SetSelectedIndex(2) // mingguan
	set(t, a.Win, "Sebanyak (kali)", "4")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))

	if !shows(a.Win, "4 kali, 1 bentrok") || !shows(a.Win, other.Code) || !shows(a.Win, "17 Desember 2026") {
		t.Fatalf("the series preview does not show the clash with %s: %q", other.Code, allTexts(a.Win))
	}
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan seri"))
	if !shows(a.Win, "3 pemesanan tersimpan, 1 dilewati") {
		t.Fatalf("no saved message: %q", allTexts(a.Win))
	}
	list, err := a.DB.BookingList(context.Background(), storage.BookingFilter{Unit: "Bagian Keuangan"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("%d bookings saved, want 3", len(list))
	}
	for _, b := range list {
		if b.Dari.Day() == next.Day() && b.Dari.Month() == next.Month() {
			t.Fatalf("the clashing occurrence was saved: %s", b.Jam())
		}
	}
}

// A request for a room that needs approval waits in Menunggu
// persetujuan; a named approver approves it there.
func TestApproveFromWaitingList(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	req := book(t, a.DB, f.rapat, dayOf(today).AddDate(0, 0, 1), 9, 11, "Bagian Organisasi")
	if req.Status != booking.StatusDiajukan {
		t.Fatalf("a room needing approval gave %s", req.Status)
	}
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(1)
	if !shows(a.Win, req.Code) || !shows(a.Win, "Bagian Organisasi") {
		t.Fatalf("the waiting list lacks %s: %q", req.Code, allTexts(a.Win))
	}
	test.Tap(kittest.FindButton(t, a.Win, "Setujui"))
	field(t, a.Win, "Penyetuju").(*widget.Select).SetSelected("Drs. Hadi Susanto")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Setujui"))

	got, err := a.DB.Booking(context.Background(), req.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != booking.StatusDisetujui || !strings.Contains(got.DisetujuiOleh, "Hadi") {
		t.Fatalf("after approving: %s by %q", got.Status, got.DisetujuiOleh)
	}
	if !shows(a.Win, "Tidak ada permintaan menunggu.") {
		t.Fatalf("the approved request is still waiting: %q", allTexts(a.Win))
	}
}

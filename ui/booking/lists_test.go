package booking

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit/kittest"
)

// Without a named approver the admin PIN refuses a request, with the
// reason kept on it.
func TestRefuseWithAdminPIN(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	req := book(t, a.DB, f.rapat, dayOf(today).AddDate(0, 0, 1), 9, 11, "Bagian Organisasi")
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(1)
	test.Tap(kittest.FindButton(t, a.Win, "Tolak"))
	set(t, a.Win, "PIN admin", adminPIN)
	set(t, a.Win, "Alasan", "Ruang dipakai pelantikan")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Tolak"))
	got, err := a.DB.Booking(context.Background(), req.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != booking.StatusDitolak || got.Alasan != "Ruang dipakai pelantikan" {
		t.Fatalf("after refusing: %s %q", got.Status, got.Alasan)
	}
}

// "Batalkan seri mulai ini" cancels the occurrence chosen and the later
// ones, and keeps the earlier ones.
func TestCancelSeriesFromAnOccurrence(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	ctx := context.Background()
	first := dayOf(today).AddDate(0, 0, 7).Add(9 * time.Hour)
	b := booking.Booking{ResourceIDs: []int64{f.aula.ID}, Dari: first, Sampai: first.Add(time.Hour), Unit: "Bagian Umum",
		Pemohon: booking.Pemohon{Nama: "Sri"}, Keperluan: "Apel pagi"}
	made, err := a.DB.CreateSeri(ctx, b, booking.Seri{Ulang: booking.UlangMingguan, Kali: 4}, nil)
	if err != nil || len(made) != 4 {
		t.Fatalf("series: %v, %d", err, len(made))
	}
	openBooking(a, made[2].ID)
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Batalkan seri mulai ini"))
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Batalkan seri mulai ini"))
	if !shows(a.Win, "2 pemesanan dibatalkan") {
		t.Fatalf("no count of cancelled: %q", allTexts(a.Win))
	}
	for i, m := range made {
		got, err := a.DB.Booking(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if cancelled := got.Status == booking.StatusDibatalkan; cancelled != (i >= 2) {
			t.Errorf("occurrence %d (%s) is %s", i+1, got.Jam(), got.Status)
		}
	}
}

// A room closed for renovation refuses a booking in the form, saying
// until when and why.
func TestClosureRefusesBooking(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(5)
	test.Tap(rowButton(t, a, "Ruang Sidang", "Penutupan"))
	set(t, a.Win, "Ditutup dari", "3/12/2026 07.00")
	set(t, a.Win, "Ditutup sampai", "5/12/2026")
	set(t, a.Win, "Alasan", "Renovasi plafon")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	if ps, err := a.DB.Penutupans(context.Background(), f.sidang.ID); err != nil || len(ps) != 1 {
		t.Fatalf("closures: %v %v", ps, err)
	}
	p.tabs.SelectIndex(0)
	test.Tap(slotAt(t, a.Win, f.sidang.ID, dayOf(today).Add(10*time.Hour)))
	set(t, a.Win, "Unit kerja", "Bagian Umum")
	set(t, a.Win, "Nama pemohon", "Sri")
	set(t, a.Win, "Keperluan", "Rapat")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	if !shows(a.Win, "Renovasi plafon") || !shows(a.Win, "ditutup") {
		t.Fatalf("the closure is not named: %q", allTexts(a.Win))
	}
	if n, _ := a.DB.BookingList(context.Background(), storage.BookingFilter{ResourceID: f.sidang.ID}); len(n) != 0 {
		t.Fatalf("booked a closed room: %+v", n)
	}
}

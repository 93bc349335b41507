package rapat

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
)

// newRoom makes a bookable room for the tests.
func newRoom(t *testing.T, a *testShell, name, code string) booking.Resource {
	t.Helper()
	ctx := context.Background()
	p := model.Place{Kind: model.PlaceRuang, Name: name, Code: code}
	must(t, a.store.CreatePlace(ctx, &p))
	r := booking.Resource{Jenis: booking.JenisRuang, PlaceID: p.ID, Code: code, Nama: name, Kapasitas: 40, Aktif: true}
	must(t, a.store.SaveResource(ctx, &r))
	return r
}

// "Cari ruang kosong" lists only the rooms free at the meeting's time;
// the one picked is booked on saving and Rincian shows the booking; a
// room taken by another unit is refused on the form naming the booking.
func TestRincianFindsAFreeRoomAndShowsItsBooking(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	taken := newRoom(t, a, "Aula Lantai 3", "R-AULA3")
	free := newRoom(t, a, "Ruang Rapat Asisten", "R-ASS1")
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	other := booking.Booking{ResourceIDs: []int64{taken.ID}, Dari: r.Mulai, Sampai: r.Selesai, Unit: "Bagian Hukum",
		Pemohon: booking.Pemohon{Nama: "Rina"}, Keperluan: "Sosialisasi perda", Jumlah: 20}
	_, err := a.store.CreateBooking(ctx, &other)
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	if !shows(a.win, "Ruang belum dipesan (tempat di luar atau ruang tidak dipinjamkan)") {
		t.Fatalf("a meeting at an outside venue: %q", texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Cari ruang kosong"))
	d := a.win.Canvas().Overlays().Top()
	if shown := strings.Join(buttonTexts(d), "|"); strings.Contains(shown, "Aula Lantai 3") {
		t.Fatalf("the Aula is booked by the Bagian Hukum, yet offered: %s", shown)
	}
	test.Tap(findInOverlay(t, d, "Ruang Rapat Asisten (kapasitas 40)"))
	test.Tap(findButton(t, a.win, "Simpan"))
	if v.l.Rapat.RuangID != free.PlaceID || v.l.Rapat.Tempat != "Ruang Rapat Asisten" {
		t.Fatalf("the room picked: %d %q", v.l.Rapat.RuangID, v.l.Rapat.Tempat)
	}
	b, err := a.store.RapatRoomBooking(ctx, r.ID)
	must(t, err)
	if !shows(a.win, "Ruang dipesan: "+b.Code+" (Disetujui)") {
		t.Fatalf("Rincian should show the booking %s: %q", b.Code, texts(a.win))
	}

	v.rincian.form.setRuang(taken.PlaceID, taken.Nama)
	test.Tap(findButton(t, a.win, "Simpan"))
	if !v.rincian.form.msg.Visible() || !strings.Contains(v.rincian.form.msg.Text, "Jadwal bentrok:") ||
		!strings.Contains(v.rincian.form.msg.Text, other.Code) {
		t.Fatalf("the clash on the form: %q", v.rincian.form.msg.Text)
	}
}

// buttonTexts are the shown buttons' texts in o.
func buttonTexts(o fyne.CanvasObject) []string {
	var out []string
	walkShown(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			out = append(out, b.Text)
		}
	})
	return out
}

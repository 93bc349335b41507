package storage

import (
	"errors"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
)

// newRoomResource makes a room and its bookable resource, changed by opts.
func newRoomResource(t *testing.T, s *Store, name string, opts ...func(*booking.Resource)) booking.Resource {
	t.Helper()
	p := newRuang(t, s, name)
	r := booking.Resource{Jenis: booking.JenisRuang, PlaceID: p.ID, Code: "RR-" + name, Kapasitas: 30, Aktif: true}
	for _, o := range opts {
		o(&r)
	}
	must(t, s.SaveResource(ctx, &r))
	return r
}

// newCarResource makes a KIB B vehicle in the register and its resource.
func newCarResource(t *testing.T, s *Store, nopol string) booking.Resource {
	t.Helper()
	garasi := newRuang(t, s, "Garasi "+nopol)
	a := newAset(t, s, garasi.ID, func(a *aset.Aset) {
		a.KodeBarang, a.Nama, a.Merk, a.Harga = "1.3.2.02.01.02.003", "Mini Bus", "Toyota HiAce", 545000000
		a.Detail.B = &aset.Mesin{NomorPolisi: nopol}
	})
	r := booking.Resource{Jenis: booking.JenisKendaraan, AsetID: a.ID, Kapasitas: 14, Aktif: true}
	must(t, s.SaveResource(ctx, &r))
	return r
}

// book asks for resource r from from to to as the Bagian Umum.
func book(s *Store, from, to time.Time, ids []int64, opts ...func(*booking.Booking)) (booking.Booking, []booking.Booking, error) {
	b := booking.Booking{ResourceIDs: ids, Dari: from, Sampai: to, Unit: "Bagian Umum",
		Pemohon: booking.Pemohon{Nama: "Budi Santoso", Telepon: "0812 3456 789"}, Keperluan: "Rapat koordinasi", Jumlah: 10}
	for _, o := range opts {
		o(&b)
	}
	geser, err := s.CreateBooking(ctx, &b)
	return b, geser, err
}

func mustBook(t *testing.T, s *Store, from, to time.Time, ids []int64, opts ...func(*booking.Booking)) booking.Booking {
	t.Helper()
	b, _, err := book(s, from, to, ids, opts...)
	must(t, err)
	return b
}

// bentrokWith reports whether err refuses a booking because of other.
func bentrokWith(err error, other booking.Booking) bool {
	var be *booking.BentrokError
	return errors.As(err, &be) && be.Other.ID == other.ID
}

func TestBookingOverlapRulesThroughTheStore(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Lt.2")
	ids := []int64{room.ID}
	first := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), ids)
	if first.Status != booking.StatusDisetujui || !model.ValidCode(first.Code) || first.Code[:2] != "P-" {
		t.Fatalf("a room without approver: status %s code %q", first.Status, first.Code)
	}
	for _, c := range []struct {
		name     string
		from, to time.Time
	}{
		{"inside", local(2026, 12, 3, 10, 0), local(2026, 12, 3, 11, 0)},
		{"across the start", local(2026, 12, 3, 8, 0), local(2026, 12, 3, 9, 30)},
		{"across the end", local(2026, 12, 3, 11, 30), local(2026, 12, 3, 14, 0)},
		{"around", local(2026, 12, 3, 7, 0), local(2026, 12, 3, 15, 0)},
		{"from the day before", local(2026, 12, 2, 20, 0), local(2026, 12, 3, 9, 1)},
	} {
		if _, _, err := book(s, c.from, c.to, ids); !bentrokWith(err, first) {
			t.Errorf("%s: got %v, want a clash naming %s", c.name, err, first.Code)
		}
	}
	// adjacent: one ends 12.00, the next starts 12.00
	mustBook(t, s, local(2026, 12, 3, 12, 0), local(2026, 12, 3, 13, 0), ids)
	mustBook(t, s, local(2026, 12, 3, 8, 0), local(2026, 12, 3, 9, 0), ids)

	_, _, err := book(s, local(2026, 12, 3, 10, 0), local(2026, 12, 3, 11, 0), ids)
	var be *booking.BentrokError
	if !errors.As(err, &be) || be.Other.Pemohon.Nama != "Budi Santoso" || be.Other.Unit != "Bagian Umum" {
		t.Fatalf("the clash names who and which unit: %v", err)
	}
}

func TestBookingBufferAndClosure(t *testing.T) {
	s, _, _ := openRapat(t)
	aula := newRoomResource(t, s, "Aula", func(r *booking.Resource) { r.Jeda = time.Hour; r.Kapasitas = 300 })
	ids := []int64{aula.ID}
	first := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), ids)
	if _, _, err := book(s, local(2026, 12, 3, 12, 30), local(2026, 12, 3, 14, 0), ids); !bentrokWith(err, first) {
		t.Fatalf("inside the hour of cleaning after: %v", err)
	}
	if _, _, err := book(s, local(2026, 12, 3, 7, 0), local(2026, 12, 3, 8, 30), ids); !bentrokWith(err, first) {
		t.Fatalf("ending inside the hour before: %v", err)
	}
	mustBook(t, s, local(2026, 12, 3, 13, 0), local(2026, 12, 3, 15, 0), ids)

	p := booking.Penutupan{ResourceID: aula.ID, Dari: local(2026, 12, 10, 0, 0), Sampai: local(2026, 12, 12, 0, 0), Alasan: "Renovasi plafon"}
	must(t, s.SavePenutupan(ctx, &p))
	_, _, err := book(s, local(2026, 12, 11, 9, 0), local(2026, 12, 11, 10, 0), ids)
	var te *booking.TutupError
	if !errors.As(err, &te) || te.Penutupan.Alasan != "Renovasi plafon" {
		t.Fatalf("a closed hall: %v", err)
	}
	must(t, s.DeletePenutupan(ctx, p.ID))
	mustBook(t, s, local(2026, 12, 11, 9, 0), local(2026, 12, 11, 10, 0), ids)

	aula, _ = s.Resource(ctx, aula.ID)
	aula.Aktif = false
	must(t, s.SaveResource(ctx, &aula))
	if _, _, err := book(s, local(2026, 12, 20, 9, 0), local(2026, 12, 20, 10, 0), ids); !isInvalidField(err, "resource") {
		t.Fatalf("an inactive hall: %v", err)
	}
}

func TestBookingCapacityNamesJumlah(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Kecil", func(r *booking.Resource) { r.Kapasitas = 12 })
	_, _, err := book(s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 10, 0), []int64{room.ID}, func(b *booking.Booking) { b.Jumlah = 40 })
	if !isInvalidField(err, "jumlah") {
		t.Fatalf("40 people in a room for 12: %v", err)
	}
	mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 10, 0), []int64{room.ID}, func(b *booking.Booking) { b.Jumlah = 12 })
}

func TestBookingPendingHoldsAndApprovalRechecks(t *testing.T) {
	s, _, _ := openRapat(t)
	needs := func(r *booking.Resource) { r.PerluPersetujuan = true }
	holds := newRoomResource(t, s, "Ruang Sekda", needs)
	free := newRoomResource(t, s, "Aula Utama", needs, func(r *booking.Resource) { r.PengajuanBebas = true })

	req := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), []int64{holds.ID})
	if req.Status != booking.StatusDiajukan {
		t.Fatalf("a room with an approver: %s", req.Status)
	}
	if _, _, err := book(s, local(2026, 12, 3, 10, 0), local(2026, 12, 3, 11, 0), []int64{holds.ID}); !bentrokWith(err, req) {
		t.Fatalf("a pending request holds the slot: %v", err)
	}

	a := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), []int64{free.ID})
	b := mustBook(t, s, local(2026, 12, 3, 10, 0), local(2026, 12, 3, 13, 0), []int64{free.ID}, func(b *booking.Booking) { b.Unit = "Bagian Protokol" })
	must(t, s.SetAdminPIN(ctx, "", "2468"))
	if _, err := s.DecideBooking(ctx, a.ID, a.Version, true, "", "Kabag Umum", "0000"); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("approving with a wrong PIN and no named approver: %v", err)
	}
	must(t, s.SetApprovers(ctx, []model.Signer{{Nama: "Drs. Hendra Gunawan"}}, "2468"))
	got, err := s.DecideBooking(ctx, a.ID, a.Version, true, "", "drs. hendra gunawan", "")
	must(t, err)
	if got.Status != booking.StatusDisetujui || got.DisetujuiOleh != "Drs. Hendra Gunawan" || got.DisetujuiPada.IsZero() {
		t.Fatalf("approved: %+v", got)
	}
	if _, err := s.DecideBooking(ctx, b.ID, b.Version, true, "", "", "2468"); !bentrokWith(err, a) {
		t.Fatalf("approving the second request for the same slot re-checks: %v", err)
	}
	rej, err := s.DecideBooking(ctx, b.ID, b.Version, false, "Aula sudah dipakai", "", "2468")
	must(t, err)
	if rej.Status != booking.StatusDitolak || rej.Alasan != "Aula sudah dipakai" {
		t.Fatalf("rejected: %s %q", rej.Status, rej.Alasan)
	}
	list, err := s.BookingList(ctx, BookingFilter{Waiting: true})
	must(t, err)
	if len(list) != 1 || list[0].ID != req.ID {
		t.Fatalf("waiting: %v", list)
	}
}

func TestBookingSeriesSkipsConflictsThenOneMoves(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Lt.3")
	ids := []int64{room.ID}
	other := mustBook(t, s, local(2026, 12, 17, 9, 0), local(2026, 12, 17, 10, 0), ids, func(b *booking.Booking) { b.Unit = "Bagian Keuangan" })

	b := booking.Booking{ResourceIDs: ids, Dari: local(2026, 12, 3, 8, 0), Sampai: local(2026, 12, 3, 10, 0), Unit: "Bagian Umum",
		Pemohon: booking.Pemohon{Nama: "Budi Santoso"}, Keperluan: "Apel mingguan"}
	seri := booking.Seri{Ulang: booking.UlangMingguan, Kali: 4}
	plan, err := s.PlanSeri(ctx, b, seri)
	must(t, err)
	if len(plan.Occurrences) != 4 || !bentrokWith(plan.Occurrences[2].Bentrok, other) || plan.Occurrences[1].Bentrok != nil {
		t.Fatalf("plan: %+v", plan.Occurrences)
	}
	if _, err := s.CreateSeri(ctx, b, seri, nil); !bentrokWith(err, other) {
		t.Fatalf("a series with an unskipped clash: %v", err)
	}
	if list, _ := s.BookingList(ctx, BookingFilter{ResourceID: room.ID}); len(list) != 1 {
		t.Fatalf("a refused series wrote %d bookings", len(list)-1)
	}
	made, err := s.CreateSeri(ctx, b, seri, []time.Time{plan.Occurrences[2].Periode.Dari})
	must(t, err)
	if len(made) != 3 || made[0].SeriID == 0 || made[0].SeriID != made[2].SeriID || !made[2].Dari.Equal(local(2026, 12, 24, 8, 0)) {
		t.Fatalf("series: %+v", made)
	}

	// the second occurrence moves to Wednesday; the others stay
	occ := made[1]
	occ.Dari, occ.Sampai = local(2026, 12, 9, 13, 0), local(2026, 12, 9, 15, 0)
	must(t, s.UpdateBooking(ctx, &occ))
	clash := made[2]
	clash.Dari, clash.Sampai = local(2026, 12, 17, 9, 30), local(2026, 12, 17, 11, 0)
	if err := s.UpdateBooking(ctx, &clash); !bentrokWith(err, other) {
		t.Fatalf("moving an occurrence onto another booking: %v", err)
	}
	week, err := s.BookingsOn(ctx, nil, local(2026, 12, 7, 0, 0), local(2026, 12, 14, 0, 0))
	must(t, err)
	if len(week) != 1 || week[0].ID != occ.ID || week[0].Dari.Hour() != 13 {
		t.Fatalf("week of 7 Dec: %+v", week)
	}
	n, err := s.CancelSeriFrom(ctx, made[0].SeriID, local(2026, 12, 9, 0, 0), "Apel dipindah ke halaman")
	must(t, err)
	if n != 2 {
		t.Fatalf("cancelled %d from 9 Dec, want 2", n)
	}
	first, _ := s.Booking(ctx, made[0].ID)
	if first.Status != booking.StatusDisetujui {
		t.Fatalf("the first occurrence was cancelled too: %s", first.Status)
	}
}

func TestBookingPriorityDisplacesAndKeepsTheOther(t *testing.T) {
	s, clock, _ := openRapat(t)
	aula := newRoomResource(t, s, "Aula Kantor Gubernur", func(r *booking.Resource) { r.Kapasitas = 300 })
	ids := []int64{aula.ID}
	clock.set(local(2026, 12, 3, 7, 0))
	normal := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), ids, func(b *booking.Booking) { b.Unit = "Bagian Keuangan" })
	vip, geser, err := book(s, local(2026, 12, 3, 10, 0), local(2026, 12, 3, 13, 0), ids, func(b *booking.Booking) {
		b.Prioritas, b.Keperluan, b.Unit = true, "Kunjungan Gubernur", "Bagian Protokol"
	})
	must(t, err)
	if len(geser) != 1 || geser[0].ID != normal.ID || geser[0].Status != booking.StatusDigeser {
		t.Fatalf("displaced: %+v", geser)
	}
	got, err := s.Booking(ctx, normal.ID)
	must(t, err)
	if got.Status != booking.StatusDigeser || got.DigeserOleh != vip.Code || got.AlasanGeser != "Kunjungan Gubernur" {
		t.Fatalf("the displaced booking is kept: %+v", got)
	}
	if _, _, err := book(s, local(2026, 12, 3, 12, 0), local(2026, 12, 3, 14, 0), ids, func(b *booking.Booking) { b.Prioritas = true }); !bentrokWith(err, vip) {
		t.Fatalf("a priority booking does not displace another priority one: %v", err)
	}
	list, err := s.BookingList(ctx, BookingFilter{Digeser: true})
	must(t, err)
	if len(list) != 1 || list[0].ID != normal.ID {
		t.Fatalf("list digeser: %+v", list)
	}
	home, err := s.BookingHome(ctx, clock.now())
	must(t, err)
	if len(home.Digeser) != 1 || home.Digeser[0].ID != normal.ID || len(home.Today) != 1 || home.Today[0].ID != vip.ID {
		t.Fatalf("home: today %+v digeser %+v", home.Today, home.Digeser)
	}
	// the displaced booking moved to a free slot is active again
	got.Dari, got.Sampai = local(2026, 12, 4, 9, 0), local(2026, 12, 4, 12, 0)
	must(t, s.UpdateBooking(ctx, &got))
	if got.Status != booking.StatusDisetujui || got.DigeserOleh != "" {
		t.Fatalf("moved after displacement: %s %q", got.Status, got.DigeserOleh)
	}
}

func TestBookingRoomCarDriverFreeAndTrip(t *testing.T) {
	s, _, _ := openRapat(t)
	small := newRoomResource(t, s, "Ruang Kecil", func(r *booking.Resource) { r.Kapasitas = 10; r.Fasilitas = []string{"Proyektor"} })
	big := newRoomResource(t, s, "Ruang Besar", func(r *booking.Resource) { r.Kapasitas = 50; r.Fasilitas = []string{"Proyektor", "Sound System"} })
	car := newCarResource(t, s, "DB 1234 AB")
	if car.Nama != "Toyota HiAce DB 1234 AB" || car.Code[:2] != "A-" {
		t.Fatalf("a vehicle takes its name and code from the register: %q %q", car.Nama, car.Code)
	}
	driver := booking.Resource{Jenis: booking.JenisSopir, Nama: "Pak Darto", Aktif: true}
	must(t, s.SaveResource(ctx, &driver))
	if driver.Code == "" {
		t.Fatal("a driver without code got none")
	}
	got, err := s.ResourceByCode(ctx, car.Code)
	if err != nil || got.ID != car.ID {
		t.Fatalf("by code: %v %v", got, err)
	}

	trip := mustBook(t, s, local(2026, 12, 3, 7, 0), local(2026, 12, 3, 17, 0), []int64{car.ID, driver.ID}, func(b *booking.Booking) { b.Jumlah = 6 })
	if _, _, err := book(s, local(2026, 12, 3, 8, 0), local(2026, 12, 3, 9, 0), []int64{driver.ID}); !bentrokWith(err, trip) {
		t.Fatalf("the driver is out with the car: %v", err)
	}
	mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 11, 0), []int64{small.ID}, func(b *booking.Booking) { b.Jumlah = 5 })

	free, err := s.FreeResources(ctx, FreeQuery{Jenis: booking.JenisRuang, Dari: local(2026, 12, 3, 10, 0), Sampai: local(2026, 12, 3, 12, 0), Fasilitas: []string{"proyektor"}})
	must(t, err)
	if len(free) != 1 || free[0].ID != big.ID {
		t.Fatalf("free rooms with a projector 10-12: %+v", free)
	}
	free, _ = s.FreeResources(ctx, FreeQuery{Jenis: booking.JenisRuang, Dari: local(2026, 12, 3, 13, 0), Sampai: local(2026, 12, 3, 14, 0), Jumlah: 20})
	if len(free) != 1 || free[0].ID != big.ID {
		t.Fatalf("free rooms for 20: %+v", free)
	}

	out, err := s.RecordTrip(ctx, trip.ID, trip.Version, booking.Perjalanan{Tujuan: "Kab. Minahasa", OdoBerangkat: 45210})
	must(t, err)
	if out.Status != booking.StatusDisetujui {
		t.Fatalf("out, not back: %s", out.Status)
	}
	if _, err := s.RecordTrip(ctx, trip.ID, out.Version, booking.Perjalanan{OdoBerangkat: 45210, OdoKembali: 45000}); !isInvalidField(err, "odo_kembali") {
		t.Fatalf("odometer going back: %v", err)
	}
	back, err := s.RecordTrip(ctx, trip.ID, out.Version, booking.Perjalanan{Tujuan: "Kab. Minahasa", OdoBerangkat: 45210, OdoKembali: 45398, BBMLiter: 20, BBMRupiah: 200000})
	must(t, err)
	if back.Status != booking.StatusSelesai || back.Perjalanan.Jarak() != 188 {
		t.Fatalf("back: %s %+v", back.Status, back.Perjalanan)
	}
	log, err := s.TripLog(ctx, car.ID, local(2026, 12, 1, 0, 0))
	must(t, err)
	if len(log) != 1 || log[0].Perjalanan.Tujuan != "Kab. Minahasa" {
		t.Fatalf("trip log: %+v", log)
	}
	hits, err := s.Find(ctx, trip.Code, 5)
	must(t, err)
	if len(hits) != 1 || hits[0].Kind != model.CodeBooking || hits[0].ID != trip.ID {
		t.Fatalf("find %s: %+v", trip.Code, hits)
	}
}

func TestBookingCancelFreesTheSlotAndVersionIsChecked(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Lt.2")
	b := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 0), []int64{room.ID})
	stale := b
	b.Catatan = "Meja bentuk U"
	must(t, s.UpdateBooking(ctx, &b))
	stale.Catatan = "Meja kelas"
	var ce *model.ConflictError
	if err := s.UpdateBooking(ctx, &stale); !errors.As(err, &ce) {
		t.Fatalf("saving an old copy: %v", err)
	}
	must(t, s.CancelBooking(ctx, b.ID, b.Version, "Acara batal"))
	mustBook(t, s, local(2026, 12, 3, 10, 0), local(2026, 12, 3, 11, 0), []int64{room.ID})
	got, _ := s.Booking(ctx, b.ID)
	if got.Status != booking.StatusDibatalkan || got.Alasan != "Acara batal" {
		t.Fatalf("cancelled: %s %q", got.Status, got.Alasan)
	}
	hist, err := s.History(ctx, "booking", b.ID)
	must(t, err)
	if len(hist) != 3 {
		t.Fatalf("audit rows: %d, want create, update, cancel", len(hist))
	}
}

// The reason typed on the priority form is what the displaced unit reads;
// without one it is the priority booking's purpose.
func TestBookingPriorityTypedReasonGoesToTheDisplaced(t *testing.T) {
	s, _, _ := openRapat(t)
	ids := []int64{newRoomResource(t, s, "Aula").ID}
	normal := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 10, 0), ids)
	_, _, err := book(s, local(2026, 12, 3, 9, 30), local(2026, 12, 3, 11, 0), ids, func(b *booking.Booking) {
		b.Prioritas, b.Keperluan, b.AlasanGeser = true, "Rapat Sekda", "Aula dipakai Sekda untuk rapat mendadak"
	})
	must(t, err)
	if got, _ := s.Booking(ctx, normal.ID); got.Status != booking.StatusDigeser || got.AlasanGeser != "Aula dipakai Sekda untuk rapat mendadak" {
		t.Fatalf("the displaced booking: %s %q", got.Status, got.AlasanGeser)
	}
}

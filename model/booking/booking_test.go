package booking

import (
	"errors"
	"testing"
	"time"

	"rapi/model"
)

var wib = time.FixedZone("WIB", 7*3600)

func at(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, wib) }

func room() Resource {
	return Resource{Meta: model.Meta{ID: 1}, Jenis: JenisRuang, PlaceID: 9, Nama: "Ruang Rapat Lt.2", Kapasitas: 30, Aktif: true}
}

func booked(id int64, from, to time.Time, st Status) Booking {
	return Booking{Meta: model.Meta{ID: id}, Code: "P-00000" + string(rune('0'+id)), Dari: from, Sampai: to, Status: st,
		Unit: "Biro Hukum", Pemohon: Pemohon{Nama: "Andi"}}
}

func TestOverlapRules(t *testing.T) {
	existing := booked(1, at(3, 9, 0), at(3, 10, 0), StatusDisetujui)
	for _, tc := range []struct {
		name     string
		from, to time.Time
		jeda     time.Duration
		clash    bool
	}{
		{"inside", at(3, 9, 15), at(3, 9, 45), 0, true},
		{"across the start", at(3, 8, 30), at(3, 9, 30), 0, true},
		{"across the end", at(3, 9, 30), at(3, 11, 0), 0, true},
		{"covering", at(3, 8, 0), at(3, 12, 0), 0, true},
		{"adjacent after", at(3, 10, 0), at(3, 11, 0), 0, false},
		{"adjacent before", at(3, 8, 0), at(3, 9, 0), 0, false},
		{"within the buffer after", at(3, 10, 15), at(3, 11, 0), 30 * time.Minute, true},
		{"within the buffer before", at(3, 8, 0), at(3, 8, 45), 30 * time.Minute, true},
		{"past the buffer", at(3, 10, 30), at(3, 11, 0), 30 * time.Minute, false},
	} {
		r := room()
		r.Jeda = tc.jeda
		b := Booking{Dari: tc.from, Sampai: tc.to, Jumlah: 10}
		_, err := Check(&b, []Jadwal{{Resource: r, Bookings: []Booking{existing}}})
		var be *BentrokError
		if got := errors.As(err, &be); got != tc.clash {
			t.Errorf("%s: clash %v (%v), want %v", tc.name, got, err, tc.clash)
		} else if got && be.Other.ID != 1 {
			t.Errorf("%s: names booking %d", tc.name, be.Other.ID)
		}
	}
}

func TestClashMessageNamesTheOtherBooking(t *testing.T) {
	b := Booking{Dari: at(3, 9, 0), Sampai: at(3, 10, 0)}
	_, err := Check(&b, []Jadwal{{Resource: room(), Bookings: []Booking{booked(1, at(3, 8, 0), at(3, 12, 0), StatusDisetujui)}}})
	want := "Ruang Rapat Lt.2 sudah dipesan P-000001 (Andi, Biro Hukum) Kamis, 3 Desember 2026 08.00–12.00"
	if err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

func TestPendingBlocksUnlessTheResourceSaysOtherwise(t *testing.T) {
	pending := booked(1, at(3, 9, 0), at(3, 10, 0), StatusDiajukan)
	b := Booking{Dari: at(3, 9, 0), Sampai: at(3, 10, 0)}
	r := room()
	if _, err := Check(&b, []Jadwal{{Resource: r, Bookings: []Booking{pending}}}); err == nil {
		t.Error("a pending request did not block the slot")
	}
	r.PengajuanBebas = true
	if _, err := Check(&b, []Jadwal{{Resource: r, Bookings: []Booking{pending}}}); err != nil {
		t.Errorf("pending on a resource whose requests do not block: %v", err)
	}
	for _, st := range []Status{StatusDitolak, StatusDibatalkan, StatusDigeser, StatusSelesai} {
		gone := booked(2, at(3, 9, 0), at(3, 10, 0), st)
		if _, err := Check(&b, []Jadwal{{Resource: room(), Bookings: []Booking{gone}}}); err != nil {
			t.Errorf("a %s booking blocked the slot: %v", st, err)
		}
	}
}

func TestClosedResourceAndCapacity(t *testing.T) {
	r := room()
	b := Booking{Dari: at(3, 9, 0), Sampai: at(3, 10, 0), Jumlah: 31}
	_, err := Check(&b, []Jadwal{{Resource: r}})
	if ie, ok := model.AsInvalid(err); !ok || ie.Field != "jumlah" {
		t.Errorf("31 people in a room for 30: %v", err)
	}
	b.Jumlah = 30
	closed := Penutupan{Dari: at(1, 0, 0), Sampai: at(5, 0, 0), Alasan: "Renovasi"}
	var te *TutupError
	if _, err := Check(&b, []Jadwal{{Resource: r, Penutupan: []Penutupan{closed}}}); !errors.As(err, &te) {
		t.Errorf("a closed room took a booking: %v", err)
	}
	if _, err := Check(&b, []Jadwal{{Resource: r}}); err != nil {
		t.Errorf("30 people in a room for 30: %v", err)
	}
}

func TestPriorityDisplacesButNotAnotherPriority(t *testing.T) {
	other := booked(1, at(3, 9, 0), at(3, 10, 0), StatusDisetujui)
	b := Booking{Dari: at(3, 8, 0), Sampai: at(3, 12, 0), Prioritas: true}
	geser, err := Check(&b, []Jadwal{{Resource: room(), Bookings: []Booking{other}}})
	if err != nil || len(geser) != 1 || geser[0].ID != 1 {
		t.Fatalf("priority: displaced %v, err %v", geser, err)
	}
	other.Prioritas = true
	if _, err := Check(&b, []Jadwal{{Resource: room(), Bookings: []Booking{other}}}); err == nil {
		t.Error("a priority booking displaced another priority booking")
	}
}

func TestWeeklySeriesUntilADate(t *testing.T) {
	s := Seri{Ulang: UlangMingguan, Sampai: time.Date(2026, 12, 31, 0, 0, 0, 0, wib)}
	occ, lewat, err := s.Occurrences(Periode{at(3, 9, 0), at(3, 11, 0)})
	if err != nil || len(lewat) != 0 {
		t.Fatal(err, lewat)
	}
	if len(occ) != 5 || !occ[4].Dari.Equal(at(31, 9, 0)) || !occ[4].Sampai.Equal(at(31, 11, 0)) {
		t.Errorf("weekly from 3 to 31 December: %v", occ)
	}
}

func TestWeekdaySeriesSkipsWeekendsAndCounts(t *testing.T) {
	occ, _, err := Seri{Ulang: UlangHariKerja, Kali: 6}.Occurrences(Periode{at(3, 9, 0), at(3, 10, 0)})
	if err != nil || len(occ) != 6 {
		t.Fatalf("%v %v", occ, err)
	}
	for _, o := range occ {
		if wd := o.Dari.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("weekday series on %v", o.Dari)
		}
	}
	if !occ[5].Dari.Equal(at(10, 9, 0)) {
		t.Errorf("6th weekday from Thu 3 Dec is %v, want Thu 10 Dec", occ[5].Dari)
	}
}

func TestMonthlySeriesNamesTheMonthsWithoutTheDate(t *testing.T) {
	first := Periode{time.Date(2027, 1, 31, 9, 0, 0, 0, wib), time.Date(2027, 1, 31, 10, 0, 0, 0, wib)}
	occ, lewat, err := Seri{Ulang: UlangBulanan, Kali: 4}.Occurrences(first)
	if err != nil {
		t.Fatal(err)
	}
	if len(occ) != 4 || occ[1].Dari.Month() != time.March || occ[3].Dari.Month() != time.July {
		t.Errorf("monthly on the 31st: %v", occ)
	}
	if len(lewat) != 3 || lewat[0].Tanggal.Month() != time.February || lewat[2].Tanggal.Month() != time.June {
		t.Errorf("months without a 31st not named: %v", lewat)
	}
}

func TestSeriesEndingMidBookingKeepsTheWholeLastOccurrence(t *testing.T) {
	// a two-day booking repeating weekly until the day its last one starts
	first := Periode{at(3, 8, 0), at(4, 17, 0)}
	occ, _, err := Seri{Ulang: UlangMingguan, Sampai: time.Date(2026, 12, 17, 0, 0, 0, 0, wib)}.Occurrences(first)
	if err != nil || len(occ) != 3 || !occ[2].Sampai.Equal(at(18, 17, 0)) {
		t.Errorf("%v %v", occ, err)
	}
}

func TestSeriesAtMostAYear(t *testing.T) {
	first := Periode{at(3, 9, 0), at(3, 10, 0)}
	if _, _, err := (Seri{Ulang: UlangMingguan, Sampai: time.Date(2028, 1, 1, 0, 0, 0, 0, wib)}).Occurrences(first); err == nil {
		t.Error("a series of more than a year accepted")
	}
	occ, _, err := Seri{Ulang: UlangHariKerja, Kali: 366}.Occurrences(first)
	if err != nil || occ[len(occ)-1].Dari.After(at(3, 9, 0).Add(MaxSeri)) {
		t.Errorf("366 weekdays ran past a year: %d, last %v, %v", len(occ), occ[len(occ)-1].Dari, err)
	}
}

func TestValidateNamesTheField(t *testing.T) {
	ok := Booking{ResourceIDs: []int64{1}, Dari: at(3, 9, 0), Sampai: at(3, 10, 0), Unit: "Biro Hukum",
		Pemohon: Pemohon{Nama: "Andi"}, Keperluan: "Rapat"}
	for field, mod := range map[string]func(*Booking){
		"resource":  func(b *Booking) { b.ResourceIDs = nil },
		"sampai":    func(b *Booking) { b.Sampai = b.Dari },
		"unit":      func(b *Booking) { b.Unit = " " },
		"pemohon":   func(b *Booking) { b.Pemohon.Nama = "" },
		"nip":       func(b *Booking) { b.Pemohon.NIP = "123" },
		"keperluan": func(b *Booking) { b.Keperluan = "" },
	} {
		b := ok
		mod(&b)
		b.Normalize()
		if ie, isInv := model.AsInvalid(b.Validate()); !isInv || ie.Field != field {
			t.Errorf("%s: %v", field, b.Validate())
		}
	}
	b := ok
	b.Normalize()
	if err := b.Validate(); err != nil || b.Status != StatusDiajukan {
		t.Errorf("a good booking: %v, status %s", err, b.Status)
	}
}

func TestTripDistance(t *testing.T) {
	p := &Perjalanan{OdoBerangkat: 45210}
	if p.Jarak() != 0 {
		t.Error("distance before the car is back")
	}
	p.OdoKembali = 45388
	if p.Jarak() != 178 {
		t.Errorf("distance %d", p.Jarak())
	}
}

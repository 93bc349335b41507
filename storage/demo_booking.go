package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
)

// DemoBookingWeeks is how many weeks of bookings the demo (and the first
// run's demo database) gets: half before today, half after.
const DemoBookingWeeks = 4

// The demo's bookable rooms (by their place code, made by the asset demo)
// and drivers.
var (
	demoBookRooms = []struct {
		code, kategori string
		kapasitas      int
		fasilitas      []string
		jeda           time.Duration
		approval       bool
	}{
		{"R-RAPAT-2", "Ruang Rapat", 30, []string{"Proyektor", "Sound System", "AC"}, 0, false},
		{"R-AULA", "Aula", 200, []string{"Proyektor", "Sound System", "AC", "Panggung"}, time.Hour, true},
		{"R-KABIRO", "Ruang Rapat", 8, []string{"AC", "Video Conference"}, 0, false},
	}
	demoDrivers = []struct{ nama, telepon string }{
		{"Darto", "0812 8765 4321"}, {"Ujang Suryana", "0813 1122 3344"}, {"Asep Hidayat", "0857 2233 4455"},
	}
	demoBookUnits = []string{"Bagian Umum", "Bagian Keuangan", "Bagian Protokol", "Subbag Tata Usaha", "Bagian Hukum", "Biro Organisasi"}
	demoBookWhy   = []string{"Rapat koordinasi", "Rapat evaluasi anggaran", "Sosialisasi peraturan", "Bimbingan teknis",
		"Rapat persiapan HUT Provinsi", "Penerimaan tamu"}
	demoTrips = []string{"Kab. Serang", "Kota Cilegon", "Kab. Pandeglang", "Kab. Lebak", "Kota Tangerang", "Jakarta (Kemendagri)"}
)

// FillDemoBooking makes the demo's resources (its meeting rooms and aula,
// its cars and drivers) and weeks of bookings around today, each made
// through CreateBooking so the rules hold; the same seed gives the same
// data. Without the asset demo's rooms there is nothing to book.
func FillDemoBooking(ctx context.Context, s *Store, weeks int, seed uint64) error {
	if weeks <= 0 {
		return nil
	}
	rooms, cars, drivers, err := s.demoResources(ctx)
	if err != nil || len(rooms) == 0 {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 14))
	today := dateOnly(s.now().In(time.Local))
	monday := today.AddDate(0, 0, -int((today.Weekday()+6)%7)-7*(weeks/2))
	for d := 0; d < 7*weeks; d++ {
		day := monday.AddDate(0, 0, d)
		if day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
			continue
		}
		for _, b := range demoDay(rng, day, rooms, cars, drivers) {
			if _, err := s.CreateBooking(ctx, &b); err != nil && !refusal(err) {
				return fmt.Errorf("demo booking %s: %w", b.Jam(), err)
			}
		}
	}
	return nil
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// demoDay is a weekday's requests: a few rooms, one car with its driver.
func demoDay(rng *rand.Rand, day time.Time, rooms, cars, drivers []booking.Resource) []booking.Booking {
	var out []booking.Booking
	ask := func(ids []int64, hour, hours, jumlah int) *booking.Booking {
		from := day.Add(time.Duration(hour) * time.Hour)
		out = append(out, booking.Booking{ResourceIDs: ids, Dari: from, Sampai: from.Add(time.Duration(hours) * time.Hour),
			Unit: demoBookUnits[rng.IntN(len(demoBookUnits))], Pemohon: booking.Pemohon{Nama: demoNames[rng.IntN(len(demoNames))],
				Telepon: fmt.Sprintf("0812 %04d %04d", rng.IntN(10000), rng.IntN(10000))},
			Keperluan: demoBookWhy[rng.IntN(len(demoBookWhy))], Jumlah: jumlah})
		return &out[len(out)-1]
	}
	for _, r := range rooms {
		for _, hour := range []int{8, 10, 13} {
			if rng.IntN(3) == 0 {
				ask([]int64{r.ID}, hour, 1+rng.IntN(2), 1+rng.IntN(max(1, r.Kapasitas)))
			}
		}
	}
	if len(cars) > 0 && rng.IntN(2) == 0 {
		b := ask([]int64{cars[rng.IntN(len(cars))].ID, drivers[rng.IntN(len(drivers))].ID}, 7, 9, 1+rng.IntN(4))
		b.Keperluan = "Perjalanan dinas ke " + demoTrips[rng.IntN(len(demoTrips))]
	}
	return out
}

// demoResources makes the demo's bookable rooms, its cars (the garage's
// vehicles of KIB B, not the motorbikes) and drivers. A demo without
// assets gets the Biro Umum's rooms and three cars of its own, so
// `rapictl demo` has something to book either way.
func (s *Store) demoResources(ctx context.Context) (rooms, cars, drivers []booking.Resource, err error) {
	if err := s.demoBookingPlaces(ctx); err != nil {
		return nil, nil, nil, err
	}
	for _, d := range demoBookRooms {
		var placeID int64
		err := s.read(ctx, "demo room", func(tx *sql.Tx) error {
			return tx.QueryRow("SELECT coalesce(min(id),0) FROM place WHERE code=? AND deleted_at IS NULL", d.code).Scan(&placeID)
		})
		if err != nil || placeID == 0 {
			return nil, nil, nil, err
		}
		r := booking.Resource{Jenis: booking.JenisRuang, PlaceID: placeID, Kategori: d.kategori, Kapasitas: d.kapasitas,
			Fasilitas: d.fasilitas, Jeda: d.jeda, PerluPersetujuan: d.approval, Aktif: true}
		if err := s.SaveResource(ctx, &r); err != nil {
			return nil, nil, nil, err
		}
		rooms = append(rooms, r)
	}
	carIDs, err := s.demoCars(ctx)
	if err == nil && len(carIDs) == 0 {
		if err = s.demoGarage(ctx); err == nil {
			carIDs, err = s.demoCars(ctx)
		}
	}
	for _, id := range carIDs {
		r := booking.Resource{Jenis: booking.JenisKendaraan, AsetID: id, Kategori: "Kendaraan Dinas", Kapasitas: 6, Aktif: true}
		if err == nil {
			err = s.SaveResource(ctx, &r)
		}
		cars = append(cars, r)
	}
	for _, d := range demoDrivers {
		r := booking.Resource{Jenis: booking.JenisSopir, Nama: d.nama, Telepon: d.telepon, Aktif: true}
		if err == nil {
			err = s.SaveResource(ctx, &r)
		}
		drivers = append(drivers, r)
	}
	return rooms, cars, drivers, err
}

// demoBookingPlaces makes the Biro Umum's rooms when the asset demo did not.
func (s *Store) demoBookingPlaces(ctx context.Context) error {
	var n int
	if err := s.read(ctx, "demo rooms", func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT count(*) FROM place WHERE code=? AND deleted_at IS NULL", demoBookRooms[0].code).Scan(&n)
	}); err != nil || n > 0 {
		return err
	}
	_, err := s.demoRooms(ctx)
	return err
}

// demoCars lists up to four of the register's cars (KIB B vehicles that
// are not motorbikes).
func (s *Store) demoCars(ctx context.Context) ([]int64, error) {
	var ids []int64
	err := s.read(ctx, "demo cars", func(tx *sql.Tx) error {
		var err error
		ids, err = queryIDs(ctx, tx, `SELECT id FROM aset WHERE kib='B' AND kode_barang LIKE '1.3.2.02.01.0_.%'
			AND kode_barang NOT LIKE '1.3.2.02.01.04.%' AND deleted_at IS NULL ORDER BY id`, 4)
		return err
	})
	return ids, err
}

// demoGarage registers the garage's three cars (the first rows of the
// asset demo's garage) for a demo without assets.
func (s *Store) demoGarage(ctx context.Context) error {
	var garasi int64
	if err := s.read(ctx, "demo garage", func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT coalesce(min(id),0) FROM place WHERE code='R-GARASI' AND deleted_at IS NULL").Scan(&garasi)
	}); err != nil {
		return err
	}
	for i, it := range demoBarang["garasi"][:3] {
		a := aset.Aset{KodeBarang: aset.Kode(it.kode), Nama: it.nama, Merk: it.merk, Ukuran: it.ukuran, Tahun: 2021 + i,
			CaraPerolehan: aset.PerolehanPengadaan, Harga: it.harga, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan,
			RuangID: garasi, Detail: aset.Detail{B: &aset.Mesin{NomorPolisi: fmt.Sprintf("A %d BU", 1+i)}}}
		if err := s.CreateAset(ctx, &a); err != nil {
			return err
		}
	}
	return nil
}

// FillBenchBooking makes rooms rooms and cars cars (with their places and
// register entries) and n bookings spread over years years from the start
// of 2024, written in bulk (one block of codes, one audit row per batch)
// with no two of a resource overlapping: the data the booking benchmarks
// measure against. It returns the resources.
func FillBenchBooking(ctx context.Context, s *Store, rooms, cars, n, years int, seed uint64) ([]booking.Resource, error) {
	list, err := s.benchResources(ctx, rooms, cars)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 18))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.Local)
	days := years * 365
	// a resource gets base bookings a day, and one more each time the
	// fraction left over adds up to one: n in all, evenly spread
	slots := days * len(list)
	base := n / slots
	extra, acc := float64(n-base*slots)/float64(slots), 0.0
	var all []booking.Booking
	for d := 0; d < days && len(all) < n; d++ {
		day := start.AddDate(0, 0, d)
		for _, r := range list {
			count := base
			if acc += extra; acc >= 1-1e-9 {
				count, acc = count+1, acc-1
			}
			for k := range min(count, 4) {
				if len(all) == n {
					break
				}
				from := day.Add(time.Duration(7+3*k) * time.Hour)
				all = append(all, booking.Booking{ResourceIDs: []int64{r.ID}, Dari: from, Sampai: from.Add(2 * time.Hour),
					Unit: demoBookUnits[rng.IntN(len(demoBookUnits))], Pemohon: booking.Pemohon{Nama: demoNames[rng.IntN(len(demoNames))]},
					Keperluan: demoBookWhy[rng.IntN(len(demoBookWhy))], Jumlah: 1 + rng.IntN(10), Status: booking.StatusDisetujui})
			}
		}
	}
	for len(all) > 0 {
		batch := all[:min(5000, len(all))]
		all = all[len(batch):]
		if err := s.write(ctx, "bench bookings", func(tx *sql.Tx) error { return s.insertBookingBulk(ctx, tx, batch) }); err != nil {
			return nil, err
		}
	}
	return list, nil
}

func (s *Store) benchResources(ctx context.Context, rooms, cars int) ([]booking.Resource, error) {
	g := &model.Place{Kind: model.PlaceGedung, Name: "Gedung Pertemuan", Code: "G-PERTEMUAN"}
	if err := s.CreatePlace(ctx, g); err != nil {
		return nil, err
	}
	var list []booking.Resource
	for i := range rooms + cars {
		r := booking.Resource{Jenis: booking.JenisRuang, Kapasitas: 20 + i%5*20, Fasilitas: []string{"AC", "Proyektor"}[:1+i%2], Aktif: true}
		if i < rooms {
			p := &model.Place{Kind: model.PlaceRuang, Name: fmt.Sprintf("Ruang Rapat %02d", i+1), Code: fmt.Sprintf("R-BENCH-%02d", i+1), ParentID: g.ID}
			if err := s.CreatePlace(ctx, p); err != nil {
				return nil, err
			}
			r.PlaceID = p.ID
		} else {
			a := aset.Aset{KodeBarang: "1.3.2.02.01.02.003", Nama: "Mini Bus", Merk: "Toyota HiAce", Tahun: 2022, Harga: 545000000,
				Detail: aset.Detail{B: &aset.Mesin{NomorPolisi: fmt.Sprintf("A %d BU", 1000+i)}}}
			if err := s.CreateAset(ctx, &a); err != nil {
				return nil, err
			}
			r.Jenis, r.AsetID, r.Fasilitas = booking.JenisKendaraan, a.ID, nil
		}
		if err := s.SaveResource(ctx, &r); err != nil {
			return nil, err
		}
		list = append(list, r)
	}
	return list, nil
}

// insertBookingBulk writes many new bookings (already known not to clash)
// in the caller's transaction: one block of codes, one statement prepared
// once, their slots, one audit row for the batch.
func (s *Store) insertBookingBulk(ctx context.Context, tx *sql.Tx, list []booking.Booking) error {
	first, err := allocateCodeBlockTx(ctx, tx, model.CodeBooking, len(list))
	if err != nil {
		return err
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	st, err := tx.PrepareContext(ctx, "INSERT INTO booking("+strings.Join(bookingEntity.cols, ", ")+
		", created_at, created_by, updated_at, updated_by) VALUES ("+inList(len(bookingEntity.cols)+4)+")")
	if err != nil {
		return err
	}
	defer st.Close()
	var firstID, lastID int64
	for i := range list {
		b := &list[i]
		b.Code = model.FormatCode(model.CodeBooking, first+int64(i))
		res, err := st.ExecContext(ctx, append(bookingEntity.values(b), now, by, now, by)...)
		if err != nil {
			return err
		}
		b.ID, _ = res.LastInsertId()
		if i == 0 {
			firstID = b.ID
		}
		lastID = b.ID
		if err := writeSlotsTx(tx, b, false); err != nil {
			return err
		}
	}
	if err := registerRowCodesTx(ctx, tx, model.CodeBooking, "booking", firstID, lastID); err != nil {
		return err
	}
	return s.audit(tx, "booking", 0, ActCreate, nil, map[string]int64{"bulk_from": firstID, "bulk_to": lastID})
}

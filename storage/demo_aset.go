package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"rapi/model"
	"rapi/model/aset"
)

// The demo's rooms of a Biro Umum and what stands in them.
var demoRuang = []struct{ code, name, kind string }{
	{"R-KABIRO", "Ruang Kepala Biro", "pejabat"}, {"R-RAPAT-2", "Ruang Rapat Lt.2", "rapat"}, {"R-AULA", "Aula", "aula"},
	{"R-TU", "Ruang Subbag TU", "staf"}, {"R-RT", "Ruang Subbag Rumah Tangga", "staf"},
	{"R-PERLENGKAPAN", "Ruang Subbag Perlengkapan", "staf"}, {"R-KEUANGAN", "Ruang Bagian Keuangan", "staf"},
	{"R-PROTOKOL", "Ruang Subbag Protokol", "staf"}, {"R-SERVER", "Ruang Server", "server"}, {"R-GARASI", "Garasi Kendaraan Dinas", "garasi"},
}

type demoBarangRow struct {
	kode, nama, merk, ukuran, bahan string
	harga                           int64
}

var demoBarang = map[string][]demoBarangRow{
	"pejabat": {{"1.3.2.05.02.01.002", "Meja Kerja Pejabat", "Olympic", "160x80 cm", "Kayu", 4500000},
		{"1.3.2.05.02.01.005", "Kursi Kerja Pejabat", "Chitose", "", "Kulit sintetis", 3200000},
		{"1.3.2.05.02.01.008", "Kursi Tamu (Sofa)", "Informa", "1 set", "Kayu/busa", 12500000},
		{"1.3.2.05.02.04.004", "A.C. Split", "Daikin", "2 PK", "", 8750000},
		{"1.3.2.10.01.02.002", "Laptop", "Lenovo ThinkPad T14", "14 inci", "", 18500000},
		{"1.3.2.05.02.06.002", "Televisi", "Samsung", "55 inci", "", 9800000},
		{"1.3.2.05.01.04.002", "Lemari Kayu", "Olympic", "2 pintu", "Kayu", 2800000}},
	"rapat": {{"1.3.2.05.02.01.004", "Meja Rapat", "Olympic", "400x120 cm", "Kayu", 9500000},
		{"1.3.2.05.02.01.007", "Kursi Rapat", "Chitose", "", "Besi/busa", 750000},
		{"1.3.2.05.01.05.043", "LCD Projector/Infocus", "Epson EB-X500", "3600 lumen", "", 7500000},
		{"1.3.2.05.01.05.048", "Layar Proyektor (Screen)", "Brite", "70 inci", "", 1250000},
		{"1.3.2.05.02.04.004", "A.C. Split", "Panasonic", "2 PK", "", 8200000},
		{"1.3.2.05.02.06.057", "Sound System", "TOA", "1 set", "", 14500000}},
	"aula": {{"1.3.2.05.02.01.007", "Kursi Rapat", "Chitose", "", "Besi/busa", 650000},
		{"1.3.2.05.01.05.043", "LCD Projector/Infocus", "Epson EB-W52", "4000 lumen", "", 9200000},
		{"1.3.2.05.01.05.048", "Layar Proyektor (Screen)", "Brite", "120 inci", "", 3500000},
		{"1.3.2.05.02.06.057", "Sound System", "Yamaha", "1 set", "", 35000000},
		{"1.3.2.05.02.04.004", "A.C. Split", "Daikin", "5 PK", "", 21000000}},
	"staf": {{"1.3.2.05.02.01.003", "Meja Kerja Pegawai", "Olympic", "120x60 cm", "Kayu", 1450000},
		{"1.3.2.05.02.01.006", "Kursi Kerja Pegawai", "Chitose", "", "Besi/busa", 850000},
		{"1.3.2.10.01.02.001", "P.C Unit", "HP ProDesk 400", "", "", 12500000},
		{"1.3.2.10.02.03.003", "Printer", "Epson L3210", "A4", "", 2450000},
		{"1.3.2.10.02.03.004", "Scanner", "Canon DR-C225", "A4", "", 6500000},
		{"1.3.2.05.01.04.004", "Filing Cabinet Besi", "Brother", "4 laci", "Besi", 3250000},
		{"1.3.2.05.01.04.001", "Lemari Besi/Metal", "Lion", "2 pintu", "Besi", 3900000},
		{"1.3.2.05.02.04.004", "A.C. Split", "Sharp", "1 PK", "", 4600000},
		{"1.3.2.05.02.06.058", "Dispenser", "Miyako", "", "", 650000}},
	"server": {{"1.3.2.10.01.02.001", "P.C Unit", "Dell OptiPlex", "", "", 14000000},
		{"1.3.2.05.02.04.004", "A.C. Split", "Daikin", "1,5 PK", "", 6200000}},
	"garasi": {{"1.3.2.02.01.01.001", "Sedan", "Toyota Camry 2.5 V", "2.487 CC", "", 685000000},
		{"1.3.2.02.01.01.002", "Jeep", "Toyota Fortuner VRZ", "2.393 CC", "", 575000000},
		{"1.3.2.02.01.02.003", "Mini Bus", "Toyota HiAce Commuter", "2.755 CC", "", 545000000},
		{"1.3.2.02.01.04.001", "Sepeda Motor", "Honda Vario 125", "125 CC", "", 23500000}},
}

// fillDemoAset adds n assets spread over the rooms of a Biro Umum (made
// in the first building), a few in bad condition, the cars with plates
// and holders. The same seed gives the same data. Like the archive demo
// it writes in large transactions with one audit row per batch.
func fillDemoAset(ctx context.Context, s *Store, n int, seed uint64) error {
	if n <= 0 {
		return nil
	}
	if err := s.demoAsetSettings(ctx); err != nil {
		return err
	}
	rooms, err := s.demoRooms(ctx)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 12))
	for done := 0; done < n; {
		batch := min(20000, n-done)
		list := make([]aset.Aset, batch)
		for i := range list {
			list[i] = demoAset(rng, rooms, done+i)
		}
		if err := s.write(ctx, "demo aset", func(tx *sql.Tx) error { return s.insertAsetBulk(ctx, tx, list) }); err != nil {
			return err
		}
		done += batch
	}
	return nil
}

// demoAsetSettings gives a demo without a kode lokasi one, and the
// signers of its papers, so its KIB and KIR print as an office's would.
// A database with an admin PIN keeps what its admin set.
func (s *Store) demoAsetSettings(ctx context.Context) error {
	if kode, err := s.KodeLokasi(ctx); err != nil || kode != "" {
		return err
	}
	err := s.SetKodeLokasi(ctx, "12.01.01.03.01", "")
	if err == nil {
		err = s.SetAsetSigners(ctx, model.AsetSigners{
			Pengurus: model.Signer{Nama: "Rina Marlina, S.E.", NIP: "198703152010012004", Jabatan: "Pengurus Barang"},
			Kepala:   model.Signer{Nama: "Drs. H. Ahmad Fauzi, M.Si.", NIP: "197005121995031002", Jabatan: "Kepala Biro Umum"},
		}, "")
	}
	if errors.Is(err, model.ErrPIN) {
		return nil
	}
	return err
}

// demoRooms makes the demo's rooms in the first building (once) and
// returns their ids by kind.
func (s *Store) demoRooms(ctx context.Context) (map[string][]int64, error) {
	var gedung int64
	if err := s.read(ctx, "find gedung", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT coalesce(min(id),0) FROM place WHERE kind='gedung' AND deleted_at IS NULL").Scan(&gedung)
	}); err != nil {
		return nil, err
	}
	out := map[string][]int64{}
	for _, r := range demoRuang {
		p := &model.Place{Kind: model.PlaceRuang, Name: r.name, Code: r.code, ParentID: gedung}
		if err := s.CreatePlace(ctx, p); err != nil {
			return nil, err
		}
		out[r.kind] = append(out[r.kind], p.ID)
	}
	return out, nil
}

var demoKinds = []string{"staf", "staf", "staf", "staf", "staf", "rapat", "aula", "aula", "pejabat", "server", "garasi"}

func demoAset(rng *rand.Rand, rooms map[string][]int64, i int) aset.Aset {
	kind := demoKinds[i%len(demoKinds)]
	ids := rooms[kind]
	it := demoBarang[kind][rng.IntN(len(demoBarang[kind]))]
	a := aset.Aset{KodeBarang: aset.Kode(it.kode), Nama: it.nama, Merk: it.merk, Ukuran: it.ukuran, Bahan: it.bahan,
		Tahun: 2012 + rng.IntN(14), CaraPerolehan: aset.PerolehanPengadaan, Harga: it.harga, Kondisi: aset.KondisiB,
		Status: aset.StatusDigunakan, RuangID: ids[rng.IntN(len(ids))]}
	switch r := rng.IntN(100); {
	case r < 4:
		a.Kondisi = aset.KondisiRB
	case r < 12:
		a.Kondisi = aset.KondisiRR
	}
	if rng.IntN(20) == 0 {
		a.CaraPerolehan = aset.PerolehanHibah
	}
	if a.KodeBarang.Under("1.3.2.10") {
		a.NomorSeri = fmt.Sprintf("SN%08d", rng.IntN(100000000))
	}
	if a.KodeBarang.Under("1.3.2.02") {
		car := i / len(demoKinds) // plates never repeat: the register refuses a duplicate nopol
		a.Detail.B = &aset.Mesin{NomorPolisi: fmt.Sprintf("A %d %s", 1000+car%9000, []string{"BU", "B", "BR", "BX"}[car/9000%4]),
			NomorRangka: fmt.Sprintf("MHF%014d", i), NomorMesin: fmt.Sprintf("2AR%07d", i), NomorBPKB: fmt.Sprintf("P%08d", i)}
		a.Pemegang = aset.Pemegang{Nama: demoNames[i%len(demoNames)], NIP: fmt.Sprintf("1980%02d%02d2005011%03d", 1+i%12, 1+i%28, i%1000),
			Jabatan: "Pengemudi", NomorBAST: fmt.Sprintf("027/%d/BAST-BU/2025", 100+i%900)}
	}
	if kind == "pejabat" && a.KodeBarang.Under("1.3.2.10") {
		a.Pemegang = aset.Pemegang{Nama: "Kepala Biro Umum", Jabatan: "Kepala Biro"}
	}
	a.Normalize()
	return a
}

// insertAsetBulk writes many new assets in the caller's transaction: one
// block of codes, one block of registers per kode barang, one statement
// prepared once, one audit row for the batch (the demo and the import of
// a whole register).
func (s *Store) insertAsetBulk(ctx context.Context, tx *sql.Tx, list []aset.Aset) error {
	first, err := allocateCodeBlockTx(ctx, tx, model.CodeAsset, len(list))
	if err != nil {
		return err
	}
	perKode := map[aset.Kode]int{}
	for _, a := range list {
		perKode[a.KodeBarang]++
	}
	next := map[aset.Kode]int{}
	for k, n := range perKode {
		if next[k], err = allocateRegisterTx(tx, k, n); err != nil {
			return err
		}
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	st, err := tx.PrepareContext(ctx, "INSERT INTO aset("+strings.Join(asetEntity.cols, ", ")+", created_at, created_by, updated_at, updated_by) VALUES ("+
		inList(len(asetEntity.cols)+4)+")")
	if err != nil {
		return err
	}
	defer st.Close()
	var firstID, lastID int64
	for i := range list {
		a := &list[i]
		a.Code = model.FormatCode(model.CodeAsset, first+int64(i))
		a.Register = next[a.KodeBarang]
		next[a.KodeBarang]++
		res, err := st.ExecContext(ctx, append(asetEntity.values(a), now, by, now, by)...)
		if err != nil {
			return err
		}
		lastID, _ = res.LastInsertId()
		if i == 0 {
			firstID = lastID
		}
	}
	if err := registerRowCodesTx(ctx, tx, model.CodeAsset, "aset", firstID, lastID); err != nil {
		return err
	}
	return s.audit(tx, "aset", 0, ActCreate, nil, map[string]int64{"bulk_from": firstID, "bulk_to": lastID})
}

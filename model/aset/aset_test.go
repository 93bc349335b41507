package aset

import (
	"testing"

	"rapi/model"
)

func TestParseKodeWithAndWithoutDots(t *testing.T) {
	for in, want := range map[string]Kode{
		"1.3.2.05.01.05.043": "1.3.2.05.01.05.043", "132050105043": "1.3.2.05.01.05.043",
		"1320501050 43": "", "1 3 2 05 01 05 043": "1.3.2.05.01.05.043", "1.3.2.5.1.5.43": "1.3.2.05.01.05.043",
		" 1.3.2 ": "1.3.2", "13205": "1.3.2.05", "1.3": "1.3",
	} {
		got, err := ParseKode(in)
		if want == "" {
			// "1320501050 43" is 12 digits once the space goes
			if got != "1.3.2.05.01.05.043" || err != nil {
				t.Errorf("%q: %q %v", in, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("%q: got %q %v, want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "1.3.2.005", "1320", "1.3.2.05.01.05.043.1", "A.3.2", "1..3", "1320501050430"} {
		if _, err := ParseKode(bad); err == nil {
			t.Errorf("%q accepted", bad)
		} else if ie, ok := model.AsInvalid(err); !ok || ie.Field != "kode_barang" {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestKodeKIBGroups(t *testing.T) {
	for k, want := range map[Kode]KIB{"1.3.1.01.01.04.001": KIBA, "1.3.2.05.01.05.043": KIBB, "1.3.3": KIBC,
		"1.3.4.01": KIBD, "1.3.5.01.01.01.001": KIBE, "1.3.6": KIBF, "1.1.1": "", "1.3": "", "1.3.7": ""} {
		if got := k.KIB(); got != want {
			t.Errorf("%s: KIB %q, want %q", k, got, want)
		}
	}
	if KIBB.Jenis() != "1.3.2" || KIBF.Jenis() != "1.3.6" || KIBC.Name() != "Gedung dan Bangunan" {
		t.Fatal("KIB jenis/name")
	}
	if g, err := ParseKIB("kib-b"); err != nil || g != KIBB {
		t.Fatal(g, err)
	}
	k := Kode("1.3.2.05.01.05.043")
	if k.Parent() != "1.3.2.05.01.05" || !k.Under("1.3.2.05") || k.Under("1.3.2.0") || k.Digits() != "132050105043" || !k.Full() {
		t.Fatal("kode levels")
	}
}

func TestParseWords(t *testing.T) {
	for in, want := range map[string]Kondisi{"Baik": KondisiB, "B": KondisiB, "Kurang Baik": KondisiRR, "RR": KondisiRR,
		"Rusak Ringan": KondisiRR, "KB": KondisiRR, "Rusak Berat": KondisiRB, "RB": KondisiRB} {
		if got, err := ParseKondisi(in); err != nil || got != want {
			t.Errorf("kondisi %q: %q %v", in, got, err)
		}
	}
	if _, err := ParseKondisi("Rusak"); err == nil {
		t.Error("a bare Rusak says not how badly")
	}
	if KondisiRR.KIR() != "KB" || KondisiRB.KIR() != "RB" {
		t.Error("KIR columns")
	}
	for in, want := range map[string]CaraPerolehan{"Pengadaan": PerolehanPengadaan, "Pembelian": PerolehanPengadaan,
		"HIBAH": PerolehanHibah, "Tukar Menukar": PerolehanTukarMenukar, "tukar-menukar": PerolehanTukarMenukar,
		"Hasil Inventarisasi": PerolehanInventarisasi, "Lain-lain": PerolehanLainnya, "lainnya": PerolehanLainnya} {
		if got, err := ParseCaraPerolehan(in); err != nil || got != want {
			t.Errorf("perolehan %q: %q %v", in, got, err)
		}
	}
	if _, err := ParseCaraPerolehan("dicuri"); err == nil {
		t.Error("unknown perolehan accepted")
	}
	if st, err := ParseStatus("Dalam Perbaikan"); err != nil || st != StatusPerbaikan {
		t.Error(st, err)
	}
}

func TestParseNomorPolisi(t *testing.T) {
	for in, want := range map[string]string{"DB 1234 AB": "DB 1234 AB", "db1234ab": "DB 1234 AB", "B-1-RI": "B 1 RI",
		"A 1 ": "A 1", "DK 4321 XYZ": "DK 4321 XYZ"} {
		if got, err := ParseNomorPolisi(in); err != nil || got != want {
			t.Errorf("%q: %q %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "1234", "DBX 1234 AB", "DB 12345 AB", "DB 1234 ABCD", "DB 1234 AB 1", "DB#1234"} {
		if _, err := ParseNomorPolisi(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func field(t *testing.T, err error) string {
	t.Helper()
	ie, ok := model.AsInvalid(err)
	if !ok {
		t.Fatalf("want a field error, got %v", err)
	}
	return ie.Field
}

func TestValidateNamesTheField(t *testing.T) {
	good := func() Aset {
		return Aset{KodeBarang: "1.3.2.02.01.01.001", Nama: "Sedan", Tahun: 2020, Harga: 350000000,
			Detail: Detail{B: &Mesin{NomorPolisi: "a 1 b"}}}
	}
	a := good()
	if err := a.Validate(); err != nil || a.Detail.B.NomorPolisi != "A 1 B" || a.Kondisi != KondisiB || a.Status != StatusDigunakan {
		t.Fatalf("good: %v %+v", err, a)
	}
	cases := map[string]func(*Aset){
		"kode_barang":    func(a *Aset) { a.KodeBarang = "1.3.2.05" },
		"nama":           func(a *Aset) { a.Nama = " " },
		"tahun":          func(a *Aset) { a.Tahun = 1850 },
		"harga":          func(a *Aset) { a.Harga = -1 },
		"pemegang_nip":   func(a *Aset) { a.Pemegang = Pemegang{Nama: "Budi", NIP: "1985 0312"} },
		"pemegang_nama":  func(a *Aset) { a.Pemegang = Pemegang{NIP: "198503122010011002"} },
		"nomor_polisi":   func(a *Aset) { a.Detail.B.NomorPolisi = "DB-12345-AB" },
		"kondisi":        func(a *Aset) { a.Kondisi = "X" },
		"status":         func(a *Aset) { a.Status = "hilang" },
		"cara_perolehan": func(a *Aset) { a.CaraPerolehan = "curian" },
	}
	for want, change := range cases {
		a := good()
		change(&a)
		if got := field(t, a.Validate()); got != want {
			t.Errorf("%s: error on %q", want, got)
		}
	}
	a = good()
	a.Pemegang = Pemegang{Nama: "Budi", NIP: "19850312 201001 1 002"}
	if err := a.Validate(); err != nil || a.Pemegang.NIP != "198503122010011002" {
		t.Fatalf("NIP with spaces: %v %q", err, a.Pemegang.NIP)
	}
	// a chair carries no KIB B papers of a car, nor land of KIB A
	chair := Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi", Detail: Detail{A: &Tanah{Luas: 5}}}
	if err := chair.Validate(); err != nil || chair.Detail.A != nil {
		t.Fatalf("other group's fields kept: %+v %v", chair.Detail, err)
	}
	if FormatRegister(7) != "0007" {
		t.Fatal(FormatRegister(7))
	}
	if n, err := ParseRegister(" 0007 "); err != nil || n != 7 {
		t.Fatal(n, err)
	}
}

func TestHitungSensusEveryCategory(t *testing.T) {
	const here, there = 1, 2
	meja := Aset{Meta: model.Meta{ID: 10}, Code: "A-000010", RuangID: here, Kondisi: KondisiB}
	kursi := Aset{Meta: model.Meta{ID: 11}, Code: "A-000011", RuangID: here, Kondisi: KondisiB}
	lemari := Aset{Meta: model.Meta{ID: 12}, Code: "A-000012", RuangID: here, Kondisi: KondisiB}
	pc := Aset{Meta: model.Meta{ID: 20}, Code: "A-000020", RuangID: there, Kondisi: KondisiRR}
	all := map[string]Aset{meja.Code: meja, kursi.Code: kursi, lemari.Code: lemari, pc.Code: pc}
	lookup := func(c string) (Aset, bool) { a, ok := all[c]; return a, ok }
	scans := []Scan{
		{Code: "a-000010"},                     // found (typed lower case by a scanner)
		{Code: "A-000011", Kondisi: KondisiRB}, // found, condition corrected
		{Code: "A-000010"},                     // duplicate
		{Code: "A-000020"},                     // misplaced
		{Code: "A-999999"},                     // unknown code
		{Deskripsi: "Kursi lipat tanpa label"}, // barang tidak tercatat
		{Code: "A-000020", Kondisi: KondisiB},  // duplicate of a misplaced one
	}
	h := HitungSensus(here, []Aset{meja, kursi, lemari}, scans, lookup)
	c := h.Counts()
	if c[Ditemukan] != 2 || c[Hilang] != 1 || c[SalahRuang] != 1 || c[TidakDikenal] != 2 || c[Ganda] != 2 {
		t.Fatalf("counts %v", c)
	}
	if h.Hilang[0].ID != lemari.ID || h.SalahRuang[0].Aset.RuangID != there || h.TidakDikenal[1].Deskripsi == "" {
		t.Fatalf("which: %+v", h)
	}
	if len(h.Koreksi) != 1 || h.Koreksi[0].Aset.ID != kursi.ID || h.Koreksi[0].Dari != KondisiB || h.Koreksi[0].Ke != KondisiRB {
		t.Fatalf("koreksi %+v (a duplicate scan must not correct)", h.Koreksi)
	}
	if Classify(here, nil, false) != TidakDikenal || Classify(here, &pc, false) != SalahRuang || Classify(here, &meja, true) != Ganda {
		t.Fatal("classify")
	}
}

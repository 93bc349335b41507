package storage

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/aset"
)

// writeKIBB writes a KIB B register as a SIMDA-style export: title rows,
// a two-row header with "Nomor" merged over Pabrik..BPKB, then rows.
func writeKIBB(t testing.TB, rows [][]any) string {
	top := []string{"No", "Kode Barang", "Nama/Jenis Barang", "Nomor Register", "Merk/Type", "Ukuran/CC", "Bahan",
		"Tahun Pembelian", "Nomor", "", "", "", "", "Asal-usul/Cara Perolehan", "Harga (Rp)", "Kondisi", "Keterangan"}
	sub := []string{"", "", "", "", "", "", "", "", "Pabrik", "Rangka", "Mesin", "Polisi", "BPKB", "", "", "", ""}
	return writeKIB(t, "B", "PERALATAN DAN MESIN", top, sub, rows)
}

// writeKIB writes a register of KIB group g with a two-row header from
// row 5: a top header without sub-headers is merged down, one followed by
// empty tops is merged across its sub-headers. Rows start at row 7.
func writeKIB(t testing.TB, g, title string, top, sub []string, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := f.GetSheetName(0)
	set := func(cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	merge := func(a, b string) {
		if err := f.MergeCell(sh, a, b); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "KARTU INVENTARIS BARANG (KIB) "+g)
	set("A2", title)
	set("A3", "PROVINSI : BANTEN")
	for i := range top {
		c, _ := excelize.CoordinatesToCellName(i+1, 5)
		d, _ := excelize.CoordinatesToCellName(i+1, 6)
		if top[i] != "" {
			set(c, top[i])
		}
		if sub[i] != "" {
			set(d, sub[i])
		}
		if sub[i] == "" && top[i] != "" {
			merge(c, d)
		}
		if top[i] != "" && sub[i] != "" {
			last := i
			for last+1 < len(top) && top[last+1] == "" && sub[last+1] != "" {
				last++
			}
			if e, _ := excelize.CoordinatesToCellName(last+1, 5); last > i {
				merge(c, e)
			}
		}
	}
	for r, row := range rows {
		for i, v := range row {
			c, _ := excelize.CoordinatesToCellName(i+1, 7+r)
			set(c, v)
		}
	}
	p := filepath.Join(t.TempDir(), "kib-"+strings.ToLower(g)+".xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func messyKIBB() [][]any {
	return [][]any{
		{1, "1.3.2.02.01.01.003", "Minibus", "0001", "Toyota Innova", "2.393 CC", "Besi", "2019", "", "MHF11", "1TR22", "a 1234 ab", "K-0099", "Pembelian", "Rp 425.000.000,00", "Baik", ""},
		{2, "132050201007", "Kursi Rapat", "0001", "Chitose", "", "Besi", 2024, "", "", "", "", "", "APBD", "750.000", "Rusak Ringan", "Aula"},
		{3, "1.3.2.5.2.1.7", "Kursi Rapat", "0002", "Chitose", "", "Besi", 2024, "", "", "", "", "", "Hibah", "Rp750.000", "RB", ""},
		{4, "1.3.2.10.01.02.001", "Laptop", "0007", "Lenovo", "14\"", "", 2023, "PF3ABC", "", "", "", "", "Pengadaan", "12500000", "B", "Pemegang: Budi"},
	}
}

func TestImportMessyKIBBTwiceChangesNothingTheSecondTime(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	p := writeKIBB(t, messyKIBB())
	rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 4 || rep.Rejected != 0 || len(rep.Read.Problems) != 0 {
		t.Fatalf("first import: %+v problems %+v", rep, rep.Read.Problems)
	}
	car, err := s.AsetByNomor(ctx, "1.3.2.02.01.01.003", 1)
	must(t, err)
	if car.Harga != 425000000 || car.Detail.B == nil || car.Detail.B.NomorPolisi != "A 1234 AB" || car.Detail.B.NomorRangka != "MHF11" ||
		car.Tahun != 2019 || car.CaraPerolehan != aset.PerolehanPengadaan || car.Kondisi != aset.KondisiB {
		t.Errorf("car %+v %+v", car, car.Detail.B)
	}
	// A unit written by the import scans and searches like one typed in.
	if ref, err := s.LookupCode(ctx, car.Code); err != nil || ref.EntityID != car.ID {
		t.Errorf("code %s: %+v %v", car.Code, ref, err)
	}
	if page, err := s.AsetList(ctx, AsetFilter{Text: "innova"}, Page{}); err != nil || page.Total != 1 {
		t.Errorf("search innova: %d %v", page.Total, err)
	}
	chair, err := s.AsetByNomor(ctx, "1.3.2.05.02.01.007", 2)
	must(t, err)
	if chair.Kondisi != aset.KondisiRB || chair.CaraPerolehan != aset.PerolehanHibah || chair.Harga != 750000 {
		t.Errorf("chair 0002 %+v", chair)
	}
	laptop, err := s.AsetByNomor(ctx, "1.3.2.10.01.02.001", 7)
	must(t, err)
	if laptop.NomorSeri != "PF3ABC" || laptop.Register != 7 {
		t.Errorf("laptop %+v", laptop)
	}
	rep, err = s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 4 {
		t.Fatalf("second import: created %d updated %d unchanged %d", rep.Created, rep.Updated, rep.Unchanged)
	}
	n, err := s.AsetCount(ctx, AsetFilter{})
	must(t, err)
	if n != 4 {
		t.Errorf("%d assets after two imports", n)
	}
	// The next chair the clerk adds by hand gets 0003: the register counts on.
	next := newAset(t, s, 0)
	if next.Register != 3 {
		t.Errorf("next chair register %04d", next.Register)
	}
}

func TestImportBadKIBBRefusedNamingRowAndColumn(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rows := messyKIBB()
	rows[2][14] = "Rp 750.000,50" // sen: no register has them
	rows[3][1] = "1.3.2.99.99.99.999"
	p := writeKIBB(t, rows)
	rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if rep.Written {
		t.Fatal("a bad register was written")
	}
	if len(rep.Read.Problems) != 2 || rep.Read.Problems[0].Row != 9 || rep.Read.Problems[0].Column != "Harga (Rp)" ||
		rep.Read.Problems[0].Letter != "O" || rep.Read.Problems[0].Value != "Rp 750.000,50" {
		t.Errorf("problems: %+v", rep.Read.Problems)
	}
	found := false
	for _, p := range rep.Read.Problems {
		found = found || p.Row == 10 && p.Column == "Kode Barang" && p.Reason == "error.aset_kode_unknown"
	}
	if !found {
		t.Errorf("unknown kode not named: %+v", rep.Read.Problems)
	}
	if n, _ := s.AsetCount(ctx, AsetFilter{}); n != 0 {
		t.Errorf("%d assets saved from a refused register", n)
	}
	rep, err = s.ImportAset(ctx, p, ImportAsetOptions{SkipInvalid: true})
	must(t, err)
	if !rep.Written || rep.Created != 2 || rep.Rejected != 2 {
		t.Errorf("skip invalid: %+v", rep)
	}
	if _, err := s.AsetByNomor(ctx, "1.3.2.05.02.01.007", 2); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("the bad chair row was saved")
	}
}

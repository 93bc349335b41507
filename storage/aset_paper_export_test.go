package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/aset"
)

// asetPaperSample is a room with 40 identical chairs (0001-0040) and a
// car with its papers, in an institution with a kode lokasi.
func asetPaperSample(t *testing.T) (*Store, model.Place) {
	t.Helper()
	s, _ := openTemp(t, "Siti")
	must(t, s.SetAdminPIN(ctx, "", "1234"))
	must(t, s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI CONTOH", "SEKRETARIAT DAERAH", "BIRO UMUM"}}, "1234"))
	must(t, s.SetKodeLokasi(ctx, "12.01.01.03", "1234"))
	r := newRuang(t, s, "Aula")
	_, err := s.AddAsetUnits(ctx, aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose",
		Tahun: 2024, Harga: 750000, RuangID: r.ID}, 40)
	must(t, err)
	newAset(t, s, r.ID, func(a *aset.Aset) {
		a.KodeBarang, a.Nama, a.Merk, a.Harga, a.Kondisi = "1.3.2.02.01.01.003", "Minibus", "Toyota Innova", 425000000, aset.KondisiRR
		a.Detail.B = &aset.Mesin{NomorRangka: "MHF11", NomorMesin: "1TR22", NomorPolisi: "DB 1234 AB", NomorBPKB: "K-0099"}
	})
	return s, r
}

func exportAsetTo(t *testing.T, s *Store, opt AsetListOptions) [][]string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "x.xlsx")
	var buf bytes.Buffer
	if _, err := s.ExportAsetList(ctx, &buf, opt); err != nil {
		t.Fatalf("export %s: %v", opt.List, err)
	}
	must(t, os.WriteFile(p, buf.Bytes(), 0o644))
	f, err := excelize.OpenFile(p)
	must(t, err)
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	must(t, err)
	return rows
}

// rowWith is the first row whose first cells include want, as header -> cell.
func rowWith(t *testing.T, rows [][]string, header, want string) map[string]string {
	t.Helper()
	hi := -1
	for i, r := range rows {
		if len(r) > 1 && r[0] == "No" || len(r) > 1 && r[0] == "No Urut" {
			hi = i
			break
		}
	}
	if hi < 0 {
		t.Fatalf("no header row in %q", rows)
	}
	for _, r := range rows[hi+1:] {
		m := map[string]string{}
		for j, h := range rows[hi] {
			if j < len(r) {
				m[h] = r[j]
			}
		}
		if m[header] == want {
			return m
		}
	}
	t.Fatalf("no row with %s = %q in %q", header, want, rows)
	return nil
}

func TestAsetExportKIBBGroupsChairsAndKeepsTheCar(t *testing.T) {
	s, _ := asetPaperSample(t)
	rows := exportAsetTo(t, s, AsetListOptions{List: ListKIBB})
	top := strings.Join(rows[0], "") + strings.Join(rows[3], "") + strings.Join(rows[4], "")
	if !strings.Contains(top, "PEMERINTAH PROVINSI CONTOH") || !strings.Contains(top, "KARTU INVENTARIS BARANG (KIB) B") ||
		!strings.Contains(top, "Kode Lokasi: 12.01.01.03") {
		t.Fatalf("titles %q", rows[:6])
	}
	chairs := rowWith(t, rows, "Nama/Jenis Barang", "Kursi Rapat")
	if chairs["Nomor Register"] != "0001 - 0040" || chairs["Jumlah"] != "40" || chairs["Kode Barang"] != "1.3.2.05.02.01.007" ||
		chairs["Tahun Pembelian"] != "2024" {
		t.Errorf("chairs row %v", chairs)
	}
	car := rowWith(t, rows, "Nama/Jenis Barang", "Minibus")
	if car["Nomor Polisi"] != "DB 1234 AB" || car["Nomor BPKB"] != "K-0099" || car["Nomor Register"] != "0001" ||
		car["Nomor Rangka"] != "MHF11" || car["Nomor Mesin"] != "1TR22" {
		t.Errorf("car row %v", car)
	}
	n := 0
	for _, r := range rows {
		if strings.Contains(strings.Join(r, "|"), "Kursi Rapat") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("40 identical chairs in %d rows, want 1", n)
	}
}

func TestAsetExportKIRAndBukuInventaris(t *testing.T) {
	s, r := asetPaperSample(t)
	rows := exportAsetTo(t, s, AsetListOptions{List: ListKIR, RuangID: r.ID})
	car := rowWith(t, rows, "Nama/Jenis Barang", "Minibus")
	if car["Kurang Baik (KB)"] != "1" || car["Baik (B)"] != "" || car["Merk/Model"] != "Toyota Innova" {
		t.Errorf("KIR car %v", car)
	}
	chairs := rowWith(t, rows, "Nama/Jenis Barang", "Kursi Rapat")
	if chairs["Baik (B)"] != "40" || chairs["Jumlah/Register"] != "40 / 0001 - 0040" {
		t.Errorf("KIR chairs %v", chairs)
	}
	if !strings.Contains(strings.Join(rows[5], "")+strings.Join(rows[4], ""), "Ruangan: ") {
		t.Errorf("KIR titles %q", rows[:7])
	}
	buku := exportAsetTo(t, s, AsetListOptions{List: ListBukuInventaris})
	b := rowWith(t, buku, "Golongan", "KIB B")
	if b["Jumlah Barang"] != "41" || b["Nama Golongan"] != "Peralatan dan Mesin" {
		t.Errorf("buku inventaris %v", b)
	}
	for _, l := range AsetPaperLists {
		opt := AsetListOptions{List: l, RuangID: r.ID}
		if _, err := s.ExportAsetList(ctx, &bytes.Buffer{}, opt); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
	if _, err := s.ExportAsetList(ctx, &bytes.Buffer{}, AsetListOptions{List: ListKIR}); err == nil {
		t.Error("a KIR without a room exported")
	}
}

package printout

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
)

// asetStore is a room (Aula) with n identical chairs and a car with its
// papers, in an institution with a kode lokasi.
func asetStore(t testing.TB, chairs int, serials bool) (*storage.Store, model.Place) {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, filepath.Join(t.TempDir(), "rapi.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetAdminPIN(ctx, "", "1234"))
	must(s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM"}}, "1234"))
	must(s.SetKodeLokasi(ctx, "12.01.01.03", "1234"))
	g := model.Place{Kind: model.PlaceGedung, Name: "Gedung A"}
	must(s.CreatePlace(ctx, &g))
	r := model.Place{Kind: model.PlaceRuang, Name: "Aula", ParentID: g.ID}
	must(s.CreatePlace(ctx, &r))
	chair := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose", Tahun: 2024, Harga: 750000, RuangID: r.ID}
	if serials {
		for i := range chairs {
			c := chair
			c.NomorSeri = "SN-" + aset.FormatRegister(i+1)
			must(s.CreateAset(ctx, &c))
		}
	} else {
		_, err = s.AddAsetUnits(ctx, chair, chairs)
		must(err)
	}
	car := aset.Aset{KodeBarang: "1.3.2.02.01.01.003", Nama: "Minibus", Merk: "Toyota Innova", Tahun: 2019,
		Harga: 425000000, Kondisi: aset.KondisiRB, RuangID: r.ID,
		Detail: aset.Detail{B: &aset.Mesin{NomorRangka: "MHF11", NomorMesin: "1TR22", NomorPolisi: "A 1234 AB", NomorBPKB: "K-0099"}}}
	must(s.CreateAset(ctx, &car))
	return s, r
}

// pdfPages writes the list to a PDF and reads its pages back with pdftotext.
func pdfPages(t *testing.T, s AsetReader, opt AsetOptions) []string {
	t.Helper()
	return strings.Split(strings.TrimRight(pdfText(t, s, opt, "-layout"), "\f\n"), "\f")
}

// pdfCells is the list's text cell by cell (pdftotext -raw keeps a
// wrapped cell's lines together), joined by single spaces: a header
// wrapped over three lines reads as it is written.
func pdfCells(t *testing.T, s AsetReader, opt AsetOptions) string {
	t.Helper()
	return flat(pdfText(t, s, opt, "-raw"))
}

// flat joins words by one space; a line broken after "/" joins without.
func flat(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "/ ", "/")
}

func pdfText(t *testing.T, s AsetReader, opt AsetOptions, mode string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	p := filepath.Join(t.TempDir(), "list.pdf")
	if err := WriteAsetPDF(context.Background(), s, opt, p); err != nil {
		t.Fatalf("%s: %v", opt.List, err)
	}
	return readPDF(t, p, mode)
}

// readPDF is a PDF file's text as pdftotext reads it in mode ("-layout", "-raw").
func readPDF(t *testing.T, path, mode string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", mode, path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v %s", err, out)
	}
	return string(out)
}

func mustContain(t *testing.T, what, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
}

func TestKIRPrintsRoomHeaderKeadaanAndSignatures(t *testing.T) {
	s, r := asetStore(t, 40, false)
	pages := pdfPages(t, s, AsetOptions{List: storage.ListKIR, RuangID: r.ID})
	all := strings.Join(pages, "\n")
	mustContain(t, "KIR", all, "KARTU INVENTARIS RUANGAN (KIR)", "PROVINSI : BANTEN", "UNIT : SEKRETARIAT DAERAH",
		"SATUAN KERJA : BIRO UMUM", "RUANGAN : Gedung A › Aula", "KODE LOKASI : 12.01.01.03",
		"Nama/Jenis", "Kode Barang", "(B)", "(KB)", "(RB)", "Keterangan", "1.3.2.05.02.01.007",
		"Kursi Rapat", "40 / 0001 - 0040", "Rp30.000.000", "Minibus", "Rp425.000.000", "JUMLAH", "Rp455.000.000",
		"Mengetahui,", "Kepala Biro Umum", "Pengurus Barang", "Penanggung Jawab Ruangan", "NIP.")
}

func TestKIBBPrintsVehiclePapersAndGroupedRow(t *testing.T) {
	s, _ := asetStore(t, 40, false)
	pages := pdfPages(t, s, AsetOptions{List: storage.ListKIBB})
	all := strings.Join(pages, "\n")
	mustContain(t, "KIB B", all, "KARTU INVENTARIS BARANG (KIB) B", "PROVINSI : BANTEN", "KODE LOKASI : 12.01.01.03",
		"NAMA UNIT : BIRO UMUM", "Nomor", "Rangka", "Polisi", "BPKB", "Harga (Rp)",
		"0001 - 0040", "A 1234 AB", "K-0099", "MHF11", "1TR22", "Rp425.000.000", "Rp455.000.000", "Pengurus Barang")
}

// A KIR of 1,000 units with their own serial numbers is many pages, each
// with the table header again.
func TestKIROfAThousandAssetsRepeatsHeaders(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 assets")
	}
	s, r := asetStore(t, 1000, true)
	pages := pdfPages(t, s, AsetOptions{List: storage.ListKIR, RuangID: r.ID})
	if len(pages) < 20 {
		t.Fatalf("a KIR of 1,001 units on %d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "Nama/Jenis") || !strings.Contains(p, "Jumlah/Register") {
			t.Errorf("page %d has no table header", i+1)
		}
	}
	mustContain(t, "the KIR", strings.Join(pages, ""), "SN-0001", "SN-1000", "Penanggung Jawab Ruangan")
}

func TestEveryAsetListPrints(t *testing.T) {
	s, r := asetStore(t, 3, false)
	for _, l := range AsetLists {
		if _, _, err := AsetForm(context.Background(), s, AsetOptions{List: l, RuangID: r.ID}); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
	if _, _, err := AsetForm(context.Background(), s, AsetOptions{List: storage.ListKIR}); err == nil {
		t.Error("a KIR without a room printed")
	}
}

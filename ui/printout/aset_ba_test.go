package printout

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model/aset"
	"rapi/ui/paper"
)

func formText(t *testing.T, spec paper.FormSpec, rows paper.Rows) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, rows); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", p, "-").CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestBASTNamesTheHolderAndTheAssets(t *testing.T) {
	s, r := asetStore(t, 1, false)
	ctx := context.Background()
	laptop := aset.Aset{KodeBarang: "1.3.2.10.01.02.001", Nama: "Laptop", Merk: "Lenovo ThinkPad", NomorSeri: "PF3ABC", Tahun: 2024,
		Harga: 12500000, RuangID: r.ID, Pemegang: aset.Pemegang{Nama: "Budi Santoso", NIP: "198501012010011001", Jabatan: "Analis Keuangan", NomorBAST: "027/12/BU/2026"}}
	if err := s.CreateAset(ctx, &laptop); err != nil {
		t.Fatal(err)
	}
	spec, rows, err := BAST(ctx, s, BASTOptions{Codes: []string{laptop.Code}})
	if err != nil {
		t.Fatal(err)
	}
	text := formText(t, spec, rows)
	mustContain(t, "BAST", text, "BERITA ACARA SERAH TERIMA BARANG", "027/12/BU/2026", "PIHAK KEDUA: Budi Santoso, NIP 198501012010011001",
		"Laptop", "1.3.2.10.01.02.001 / 0001", "PF3ABC", "Rp12.500.000", "Budi Santoso", "NIP. 198501012010011001", "Pengurus Barang")
	chairs, _ := s.AsetInRuang(ctx, r.ID)
	if _, _, err := BAST(ctx, s, BASTOptions{Codes: []string{chairs[0].Code}}); err == nil {
		t.Error("a BAST for an asset without a holder")
	}
}

func TestBASensusCountsRoomByRoom(t *testing.T) {
	s, r := asetStore(t, 3, false)
	ctx := context.Background()
	ses, err := s.AsetSensusOpen(ctx, "Sensus Semester II 2026")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AsetSensusRuang(ctx, ses.ID, r.ID); err != nil {
		t.Fatal(err)
	}
	units, _ := s.AsetInRuang(ctx, r.ID)
	for _, u := range units[:2] {
		if _, err := s.AsetSensusScan(ctx, ses.ID, r.ID, u.Code); err != nil {
			t.Fatal(err)
		}
	}
	spec, rows, err := BASensus(ctx, s, BASensusOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := formText(t, spec, rows)
	mustContain(t, "BA sensus", text, "BERITA ACARA SENSUS BARANG MILIK DAERAH", "Sensus Semester II 2026", "KODE LOKASI : 12.01.01.03",
		"Ditemukan", "Gedung A › Aula", "Ketua Tim Sensus", "Kepala Biro Umum")
	var got []string
	for row := range rows {
		got = append(got, strings.Join(row, "|"))
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "1|Gedung A › Aula|2|2|") {
		t.Errorf("rows %q", got)
	}
}

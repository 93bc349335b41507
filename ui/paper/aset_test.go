package paper

import (
	"bytes"
	"testing"

	"rapi/model/label"
)

// An asset sticker of every KIB group and a room door label, on every
// sheet and roll Rapi knows (50x30 included), scan back as their codes.
func TestAsetAndRuangLabelsScanOnEveryTemplate(t *testing.T) {
	needTools(t)
	inst := "PEMERINTAH PROVINSI BANTEN · BIRO UMUM"
	ds := []Drawer{
		AsetLabel{Code: "A-000001", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.1.01.01.01.001 / 0001", Nama: "Tanah Kantor Gubernur", Tahun: "1998"},
		AsetLabel{Code: "A-000002", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.2.05.01.05.043 / 0007", Nama: "LCD Projector", Tahun: "2024"},
		AsetLabel{Code: "A-000003", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.3.01.01.01.001 / 0001", Nama: "Gedung Kantor", Tahun: "2005"},
		AsetLabel{Code: "A-000004", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.4.01.01.01.001 / 0002", Nama: "Jalan Lingkungan", Tahun: "2010"},
		AsetLabel{Code: "A-000005", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.5.01.01.01.001 / 0140", Nama: "Buku Perpustakaan", Tahun: "2019"},
		AsetLabel{Code: "A-100006", Institution: inst, KodeLokasi: "12.01.01.03", Nomor: "1.3.6.01.01.01.001 / 0001", Nama: "Gedung Arsip (dalam pengerjaan)", Tahun: "2026"},
		PlaceLabel{Code: "R-AULA", Name: "Aula Lantai 2"},
	}
	for _, tpl := range label.Builtins() {
		t.Run(tpl.Name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := RenderLabelsPDF(&buf, tpl, ds, Options{}); err != nil {
				t.Fatal(err)
			}
			assertEachLabelScans(t, buf.Bytes(), tpl, ds, Options{})
		})
	}
}

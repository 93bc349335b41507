package arsip

import (
	"testing"
	"time"
)

func TestOfficialListCellsComeFromOneDefinition(t *testing.T) {
	b := &Berkas{Code: "B-000123", NomorBerkas: "4", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat", TahunSampai: 2024,
		Media: MediaKartografi, Note: "lengkap", PlacePath: "Gedung B › Rak 3"}
	r := &ListRow{N: 1, Berkas: b}
	cells := DaftarArsipInaktif.Cells(r)
	if len(cells) != len(DaftarArsipInaktif.Columns) || cells[0] != 1 || cells[10] != "lengkap" {
		t.Fatalf("inaktif cells %v", cells)
	}
	// The printed form's Keterangan is written from the same cells as the workbook's.
	if got := JoinCells(&DaftarArsipInaktif, r, "Media", "Keterangan", "Kode"); got != "Kartografi/Kearsitekturan · lengkap · B-000123" {
		t.Errorf("printed keterangan %q", got)
	}
	b.Note = ""
	if got := JoinCells(&UsulPindah, r, "Kode", "Keterangan", "Lokasi"); got != "B-000123 · Gedung B › Rak 3" {
		t.Errorf("usul keterangan %q (an empty or unknown cell is left out)", got)
	}
	if got := DaftarArsipAktif.Text("Nomor Item", r); got != "" {
		t.Errorf("item cell on a file's own row: %q", got)
	}
	it := &IsiBerkas{NomorItem: 2, Tanggal: time.Date(2024, 1, 12, 0, 0, 0, 0, time.UTC), Tingkat: TingkatSalinan}
	r.Item = it
	if DaftarArsipAktif.Text("Tanggal", r) != "12 Januari 2024" || DaftarArsipAktif.Text("Tingkat Perkembangan", r) != "Salinan" {
		t.Errorf("item cells %q %q", DaftarArsipAktif.Text("Tanggal", r), DaftarArsipAktif.Text("Tingkat Perkembangan", r))
	}
	if DaftarBerkas.Text("Nomor Berkas", &ListRow{Berkas: &Berkas{}}) != "" {
		t.Error("a file without a number shows an empty cell")
	}
}

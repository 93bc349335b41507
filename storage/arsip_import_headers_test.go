package storage

import (
	"testing"

	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// mapHeaders maps a header row as the import would and returns field by header.
func mapHeaders(heads ...string) map[string]string {
	cols := make([]sheet.Column, len(heads))
	for i, h := range heads {
		cols[i] = sheet.Column{Index: i, Letter: sheet.ColumnLetter(i), Header: h}
	}
	out := map[string]string{}
	for _, c := range sheet.AutoMap(cols, ArsipSchema) {
		out[c.Header] = c.Field
	}
	return out
}

func checkMapped(t *testing.T, got map[string]string, want map[string]string) {
	t.Helper()
	for h, f := range want {
		if got[h] != f {
			t.Errorf("header %q went to %q, want %q", h, got[h], f)
		}
	}
}

// Every column of every official list Rapi prints maps back to the field
// it was printed from (Pencipta and the retention dates are kept as extra).
func TestArsipHeadersOfOfficialLists(t *testing.T) {
	want := map[string]string{"No": "no", "Kode Klasifikasi": "kode_klasifikasi", "Nomor Berkas": "nomor_berkas",
		"Unit Pengolah": "unit", "Uraian Informasi Berkas": "uraian", "Kurun Waktu": "kurun_waktu", "Jumlah": "jumlah",
		"Keterangan": "keterangan", "Kode": "code", "Kode Lama": "kode_lama", "Tingkat Perkembangan": "tingkat",
		"Media": "media", "Klasifikasi Keamanan": "keamanan", "Kategori": "kategori", "Status": "status",
		"Lokasi": "lokasi", "Nomor Item": "nomor_item", "Nomor Surat": "nomor_surat",
		"Uraian Informasi Arsip": "uraian_item", "Tanggal": "tanggal", "Nomor Boks": "lokasi_boks", "Lokasi Simpan": "lokasi",
		"Klasifikasi Keamanan dan Akses": "keamanan", "Pencipta Arsip": ""}
	for _, l := range []arsip.OfficialList{arsip.DaftarBerkas, arsip.DaftarArsipAktif, arsip.DaftarArsipInaktif, arsip.DaftarIsiBerkas} {
		var heads []string
		for _, c := range l.Columns {
			heads = append(heads, c.Header)
		}
		got := mapHeaders(heads...)
		for _, h := range heads {
			w, ok := want[h]
			if !ok {
				t.Errorf("%s: header %q not in the test", l.Title, h)
				continue
			}
			if got[h] != w {
				t.Errorf("%s: header %q went to %q, want %q", l.Title, h, got[h], w)
			}
		}
	}
}

// The headers of the ANRI forms as offices fill them and of other archive
// apps' exports, with line breaks and trailing dots as they come.
func TestArsipHeadersOfOfficeRegisters(t *testing.T) {
	// an inactive list from another app: "Kode" alone is the classification
	checkMapped(t, mapHeaders("No.", "Kode", "NO\nBERKAS", "Uraian Informasi Arsip", "Tahun", "Jumlah Berkas",
		"Asli/Kopi", "Box", "Jangka Simpan", "Akses", "Ket."),
		map[string]string{"No.": "no", "Kode": "kode_klasifikasi", "NO\nBERKAS": "nomor_berkas",
			"Uraian Informasi Arsip": "uraian", "Tahun": "kurun_waktu", "Jumlah Berkas": "jumlah",
			"Asli/Kopi": "tingkat", "Box": "lokasi_boks", "Jangka Simpan": "", "Akses": "keamanan", "Ket.": "keterangan"})
	// an active list by matter
	checkMapped(t, mapHeaders("NO", "KODE\nKLASIFIKASI", "Uraian Masalah/Kegiatan", "Indeks/Pekerjaan", "Kurun\nWaktu.",
		"Jumlah.", "Keterangan."),
		map[string]string{"NO": "no", "KODE\nKLASIFIKASI": "kode_klasifikasi", "Uraian Masalah/Kegiatan": "uraian",
			"Indeks/Pekerjaan": "", "Kurun\nWaktu.": "kurun_waktu", "Jumlah.": "jumlah", "Keterangan.": "keterangan"})
	// only an index column to describe the files, and retention as the years
	checkMapped(t, mapHeaders("Nomor", "Kode", "Indeks/Pekerjaan", "Jangka Simpan", "Klasifikasi Keamanan & Hak Akses", "Media Simpan"),
		map[string]string{"Nomor": "nomor_berkas", "Kode": "kode_klasifikasi", "Indeks/Pekerjaan": "uraian",
			"Jangka Simpan": "kurun_waktu", "Klasifikasi Keamanan & Hak Akses": "keamanan", "Media Simpan": "media"})
	// an isi berkas: the item's description stays the item's
	checkMapped(t, mapHeaders("No", "Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Berkas",
		"Uraian Informasi Arsip", "Tanggal", "Jumlah"),
		map[string]string{"Uraian Informasi Berkas": "uraian", "Uraian Informasi Arsip": "uraian_item", "Nomor Item": "nomor_item"})
}

// The preview says why each column went where it did.
func TestArsipHeadersSayWhy(t *testing.T) {
	cols := []sheet.Column{{Letter: "A", Header: "Kode Klasifikasi"}, {Letter: "B", Header: "Uraian"},
		{Letter: "C", Header: "Kurun Wkatu"}, {Letter: "D", Header: "Indeks"}, {Letter: "E", Header: "Catatan lain"}}
	want := []string{sheet.WhyExact, sheet.WhySynonym, sheet.WhySimilar, "", ""}
	for i, c := range sheet.AutoMap(cols, ArsipSchema) {
		if c.Why != want[i] {
			t.Errorf("%s: why %q, want %q", c.Header, c.Why, want[i])
		}
	}
	cols[1].Header = "Indeks/Pekerjaan"
	if m := sheet.AutoMap(cols, ArsipSchema); m[1].Field != "uraian" || m[1].Why != sheet.WhyFallback {
		t.Errorf("index as description: %+v", m[1])
	}
}

package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A CSV a clerk picks: whatever its bytes, reading the table gives rows or
// an error, never a panic, and every accepted record is within the file.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"Kode Klasifikasi;Nomor Berkas;Uraian\n000.1;1;Surat\n",
		"\xef\xbb\xbfKode Klasifikasi,Nomor Berkas,Uraian,Kurun Waktu,Jumlah,Nilai\n000.1,1,\"Surat, masuk\",2019-2021,3,Rp 1.000\n",
		"DAFTAR ARSIP\n\nNo\tKode Klasifikasi\tNomor Berkas\tUraian\n1\t2\t3\t4\n1\t000.1\t1\tSurat\nJumlah\t\t\t1\n",
		"Kode Klasifikasi;Nomor Berkas;Uraian\n\"000.1;1;Surat\n", "\xff\xfe\x00", ";;;\n;;;\n", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sh, err := OpenCSV(bytes.NewReader(b))
		if err != nil {
			return
		}
		res, err := ReadSheet(sh, testSchema, Options{})
		if err != nil {
			return
		}
		if len(res.Records) > bytes.Count(b, []byte("\n"))+1 {
			t.Fatalf("%d records from %d lines", len(res.Records), bytes.Count(b, []byte("\n"))+1)
		}
	})
}

// An .xlsx (a zip of XML parts) that may be damaged or hostile: detection
// of the table ends in rows or an error, never a panic.
func FuzzReadXLSX(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz/xlsx-seed/*.xlsx")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("PK\x03\x04"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(dir, "in.xlsx")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Read(p, testSchema, Options{})
		if err == nil && res == nil {
			t.Fatal("no result and no error")
		}
	})
}

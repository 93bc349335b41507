package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/assets"
	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// klasMessages gives the Indonesian messages a clerk reads.
func klasMessages(t testing.TB) sheet.Translator {
	msgs, err := assets.Messages("id")
	if err != nil {
		t.Fatal(err)
	}
	return sheet.NewTranslator(msgs)
}

// WriteJRAWorkbook writes a JRA as provinces publish it: title rows, a
// two-row header with "Retensi" merged over "Aktif | Inaktif", a
// numbering row and the codes. rows are Kode, Uraian, Aktif, Inaktif,
// Keterangan.
func writeJRAWorkbook(t testing.TB, path string, rows [][]string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := f.GetSheetName(0)
	set := func(cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "JADWAL RETENSI ARSIP")
	set("A2", "PEMERINTAH PROVINSI BANTEN")
	set("A4", "Kode Klasifikasi")
	set("B4", "Uraian")
	set("C4", "Retensi")
	set("C5", "Aktif")
	set("D5", "Inaktif")
	set("E4", "Keterangan")
	f.MergeCell(sh, "A4", "A5")
	f.MergeCell(sh, "B4", "B5")
	f.MergeCell(sh, "C4", "D4")
	f.MergeCell(sh, "E4", "E5")
	for i := range 5 {
		c, _ := excelize.CoordinatesToCellName(i+1, 6)
		set(c, i+1)
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+7)
			set(cell, v)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

var jraRows = [][]string{
	{"000.1.5", "Rapat Pimpinan", "3", "7", "Permanen"},
	{"000.1.5.9", "Rapat Koordinasi Khusus", "2 tahun", "5", "Musnah"},
	{"000.9.9", "Peraturan Internal Biro", "Selama berlaku", "2 tahun setelah tidak berlaku", "Dinilai Kembali"},
}

func TestImportKlasifikasiThenReimportChangesNothing(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	must(t, s.SetAdminPIN(ctx, "", "4321"))
	file := filepath.Join(t.TempDir(), "jra.xlsx")
	writeJRAWorkbook(t, file, jraRows)

	dry, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{DryRun: true, PIN: "4321"})
	if err != nil {
		t.Fatal(err)
	}
	if dry.Created != 2 || dry.Updated != 1 || dry.Written {
		t.Fatalf("dry run: %+v", dry)
	}
	if k, _ := s.KlasifikasiByCode(ctx, "000.1.5"); k.JRA.Aktif != 2 {
		t.Fatalf("a dry run changed 000.1.5: %+v", k.JRA)
	}

	rep, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{PIN: "4321"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 2 || rep.Updated != 1 || rep.Unchanged != 0 || rep.Rejected != 0 || !rep.Written {
		t.Fatalf("first import: %+v problems %v", rep, rep.Read.Problems)
	}
	k, err := s.KlasifikasiByCode(ctx, "000.1.5")
	if err != nil || k.JRA != (arsip.JRA{Aktif: 3, Inaktif: 7, Nasib: arsip.NasibPermanen}) {
		t.Fatalf("000.1.5 after import: %+v %v", k.JRA, err)
	}
	k, _ = s.KlasifikasiByCode(ctx, "000.1.5.9")
	if k.Code != "000.1.5.9" || k.Name != "Rapat Koordinasi Khusus" || k.JRA.Aktif != 2 || k.JRA.Nasib != arsip.NasibMusnah || k.Review {
		t.Fatalf("new code: %+v", k)
	}
	k, _ = s.KlasifikasiByCode(ctx, "000.9.9")
	if k.JRA.Aktif != 0 || k.JRA.Inaktif != 2 || !strings.Contains(k.JRA.Trigger, "Selama berlaku") ||
		!strings.Contains(k.JRA.Trigger, "setelah tidak berlaku") || k.JRA.Nasib != arsip.NasibDinilai {
		t.Fatalf("event-based retention: %+v", k.JRA)
	}

	again, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{PIN: "4321"})
	if err != nil {
		t.Fatal(err)
	}
	if again.Created != 0 || again.Updated != 0 || again.Unchanged != 3 {
		t.Fatalf("re-import: %+v", again)
	}
}

func TestImportKlasifikasiBadRowWritesNothingAndIsNamed(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	file := filepath.Join(t.TempDir(), "jra.xlsx")
	rows := append([][]string{}, jraRows...)
	rows = append(rows, []string{"000.1.x", "Salah ketik", "2", "3", "Musnah"}, []string{"000.2.9", "Inventaris Lain", "dua", "3", "Musnah"},
		[]string{"000.2.8", "Gudang", "1", "2", "Dibakar"})
	writeJRAWorkbook(t, file, rows)
	before, _ := s.KlasifikasiList(ctx)

	rep, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || rep.Written || rep.Rejected != 3 {
		t.Fatalf("bad rows not rejected: %+v", rep)
	}
	after, _ := s.KlasifikasiList(ctx)
	if len(after) != len(before) {
		t.Fatalf("%d codes before, %d after a rejected import", len(before), len(after))
	}
	tr := klasMessages(t)
	var msgs []string
	for _, p := range rep.Read.Problems {
		msgs = append(msgs, p.Message(tr))
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{`baris 10, kolom "Kode Klasifikasi": "000.1.x"`, `baris 11, kolom "Retensi Aktif": "dua"`,
		`baris 12, kolom "Keterangan": "Dibakar"`} {
		if !strings.Contains(all, want) {
			t.Errorf("no message %q in:\n%s", want, all)
		}
	}
}

func TestImportKlasifikasiCSVWithSynonyms(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	file := filepath.Join(t.TempDir(), "kode.csv")
	csv := "Kode;Nama Klasifikasi;Masa Aktif;Masa Inaktif;Nasib Akhir\n" +
		"800.1.9;Data Pegawai Honorer;1 th;4;musnah\n"
	must(t, os.WriteFile(file, []byte(csv), 0o644))
	rep, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{})
	if err != nil || rep.Created != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	k, _ := s.KlasifikasiByCode(ctx, "800.1.9")
	if k.Name != "Data Pegawai Honorer" || k.JRA.Aktif != 1 || k.JRA.Inaktif != 4 || k.JRA.Nasib != arsip.NasibMusnah {
		t.Fatalf("%+v", k)
	}
}

func TestKlasifikasiAdminNeedsPIN(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	must(t, s.SetAdminPIN(ctx, "", "4321"))
	file := filepath.Join(t.TempDir(), "jra.xlsx")
	writeJRAWorkbook(t, file, jraRows)
	if _, err := s.ImportKlasifikasi(ctx, file, ImportKlasifikasiOptions{PIN: "0000"}); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("import with a wrong PIN: %v", err)
	}
	if _, err := s.KlasifikasiByCode(ctx, "000.1.5.9"); err == nil {
		if k, _ := s.KlasifikasiByCode(ctx, "000.1.5.9"); k.Code == "000.1.5.9" {
			t.Fatal("an import with a wrong PIN wrote codes")
		}
	}

	k, err := s.KlasifikasiByCode(ctx, "000.1.5")
	must(t, err)
	k.Name = "Rapat Pimpinan Biro"
	if err := s.SaveKlasifikasiAdmin(ctx, &k, ""); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("edit without the PIN: %v", err)
	}
	if err := s.DeleteKlasifikasi(ctx, k.ID, k.Version, "1"); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("delete with a wrong PIN: %v", err)
	}
	must(t, s.SaveKlasifikasiAdmin(ctx, &k, "4321"))
	if got, _ := s.KlasifikasiByCode(ctx, "000.1.5"); got.Name != "Rapat Pimpinan Biro" {
		t.Fatalf("after saving with the PIN: %+v", got)
	}
}

func TestKlasifikasiReviewedCodeClearsTheMark(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	k := arsip.Klasifikasi{Code: "000.1.5.7", Name: "000.1.5.7", Review: true, JRA: arsip.JRA{Aktif: 2, Inaktif: 5, Nasib: arsip.NasibDinilai}}
	must(t, s.SaveKlasifikasi(ctx, &k))
	if list, _ := s.KlasifikasiToReview(ctx); len(list) != 1 {
		t.Fatalf("to review: %v", list)
	}
	k.Name = "Notulen Rapat Terbatas"
	must(t, s.SaveKlasifikasiAdmin(ctx, &k, ""))
	if list, _ := s.KlasifikasiToReview(ctx); len(list) != 0 {
		t.Fatalf("still to review after the admin saved it: %v", list)
	}

	// Deleted goes to the bin; adding the code again brings it back.
	must(t, s.DeleteKlasifikasi(ctx, k.ID, k.Version, ""))
	if _, err := s.KlasifikasiByCode(ctx, "000.1.5.7"); err == nil {
		if got, _ := s.KlasifikasiByCode(ctx, "000.1.5.7"); got.Code == "000.1.5.7" {
			t.Fatal("a deleted code is still listed")
		}
	}
	again := arsip.Klasifikasi{Code: "000.1.5.7", Name: "Notulen", JRA: arsip.JRA{Aktif: 1, Nasib: arsip.NasibMusnah}}
	must(t, s.SaveKlasifikasiAdmin(ctx, &again, ""))
	if again.ID != k.ID || again.Deleted() {
		t.Fatalf("re-adding a deleted code: %+v", again)
	}
	dup := arsip.Klasifikasi{Code: "000.1.5.7", Name: "Lain", JRA: arsip.JRA{Nasib: arsip.NasibMusnah}}
	if err := s.SaveKlasifikasiAdmin(ctx, &dup, ""); err == nil {
		t.Fatal("a second code 000.1.5.7 was added")
	}
}

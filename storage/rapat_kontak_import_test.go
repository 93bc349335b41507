package storage

import (
	"strings"
	"testing"

	"rapi/model/rapat"
	"rapi/storage/sheet/sheettest"
)

// A staff list as a Biro keeps it: title rows, headers in its own words,
// pangkat and golongan in two columns, NIPs with spaces, stray spaces.
func messyKontak(extra ...[]any) [][]any {
	rows := [][]any{
		{"DAFTAR PEJABAT STRUKTURAL"},
		{"BIRO UMUM SETDA PROVINSI BANTEN"},
		{},
		{"No.", "Nama Lengkap", "NIP", "Jabatan", "Pangkat", "Gol.", "Unit Kerja", "No. HP", "Kelompok"},
		{1, "  Drs. H. Ahmad   Fauzi, M.Si. ", "19700312 199003 1 004", "Kepala Biro Umum", "Pembina Utama Muda", "IV/c", "Biro Umum", "0812 1111 2222", "Kepala Biro se-Setda"},
		{2, "Hj. Siti Rohmah, S.H.", "198001012005012003", "Kepala Bagian Tata Usaha", "Pembina", "IV/a", "Biro Umum", "081233334444", "Eselon III Biro Umum; Kepala Bagian"},
		{3, "Asep Saepudin", "", "Pengemudi", "", "", "Biro Umum", "", ""},
	}
	return append(rows, extra...)
}

func TestImportKontakFromAMessySheetTwice(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	p := sheettest.WriteXLSX(t, "pejabat.xlsx", messyKontak())
	rep, err := s.ImportKontak(ctx, ImportKontakOptions{File: p, Grup: "Undangan HUT"})
	must(t, err)
	if !rep.Written || rep.Created != 3 || rep.Rejected != 0 {
		t.Fatalf("first import: written %v, created %d, rejected %d, problems %+v", rep.Written, rep.Created, rep.Rejected, rep.Read.Problems)
	}
	list, err := s.Kontaks(ctx, KontakFilter{Text: "fauzi"})
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("search fauzi: %d", len(list))
	}
	k := list[0]
	want := rapat.Kontak{Nama: "Drs. H. Ahmad Fauzi, M.Si.", NIP: "197003121990031004", Jabatan: "Kepala Biro Umum",
		Pangkat: "Pembina Utama Muda, IV/c", Instansi: "Biro Umum", Telepon: "0812 1111 2222"}
	if k.Nama != want.Nama || k.NIP != want.NIP || k.Pangkat != want.Pangkat || k.Instansi != want.Instansi ||
		k.Telepon != want.Telepon || strings.Join(k.Grup, "|") != "Kepala Biro se-Setda|Undangan HUT" {
		t.Errorf("imported %+v", k)
	}
	if h, err := s.History(ctx, "kontak", k.ID); err != nil || len(h) != 1 || !strings.Contains(h[0].After, "Kepala Biro se-Setda") {
		t.Errorf("the create's audit row lacks the groups: %+v %v", h, err)
	}
	grups, _ := s.KontakGrups(ctx)
	if len(grups) != 4 {
		t.Errorf("groups %+v", grups)
	}
	again, err := s.ImportKontak(ctx, ImportKontakOptions{File: p, Grup: "Undangan HUT"})
	must(t, err)
	if again.Created != 0 || again.Updated != 0 || again.Unchanged != 3 {
		t.Errorf("second import: created %d updated %d unchanged %d", again.Created, again.Updated, again.Unchanged)
	}
	// a newer list: Siti's phone changed, matched by her NIP
	p2 := sheettest.WriteXLSX(t, "baru.xlsx", [][]any{{"Nama", "NIP", "No HP"}, {"Siti Rohmah", "198001012005012003", "0899"}})
	upd, err := s.ImportKontak(ctx, ImportKontakOptions{File: p2})
	must(t, err)
	siti, _ := s.Kontaks(ctx, KontakFilter{Text: "198001012005012003"})
	if upd.Updated != 1 || len(siti) != 1 || siti[0].Telepon != "0899" || siti[0].Jabatan != "Kepala Bagian Tata Usaha" {
		t.Errorf("update by NIP: %d updated, %+v", upd.Updated, siti)
	}
}

func TestImportKontakWithBadRowsWritesNothing(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	p := sheettest.WriteXLSX(t, "pejabat.xlsx", messyKontak(
		[]any{4, "Budi Santoso", "1985031220100110", "Analis", "", "", "Biro Umum", "", ""}, // 16 digits
		[]any{5, "", "198503122010011004", "Arsiparis", "", "", "Biro Umum", "0812", ""},    // no name
		[]any{6, "Rudi", 198503122010011004.0, "", "", "", "", "", ""},                      // Excel made it a number
		[]any{7, "Siti Rohmah", "19800101 200501 2 003", "", "", "", "", "", ""},            // row 6\'s NIP again
	))
	rep, err := s.ImportKontak(ctx, ImportKontakOptions{File: p})
	must(t, err)
	if rep.Written || rep.Rejected != 4 {
		t.Fatalf("written %v, rejected %d, problems %+v", rep.Written, rep.Rejected, rep.Read.Problems)
	}
	got := map[int]string{}
	for _, pr := range rep.Read.Problems {
		got[pr.Row] = pr.Letter + " " + pr.Column + " " + pr.Reason
	}
	if got[8] != "C NIP error.nip" || got[9] != "B Nama Lengkap sheet.required" ||
		got[10] != "C NIP error.rapat_nip_number" || got[11] != "C NIP sheet.duplicate" {
		t.Errorf("problems by row: %v", got)
	}
	if list, _ := s.Kontaks(ctx, KontakFilter{}); len(list) != 0 {
		t.Errorf("%d contacts saved from a file with bad rows", len(list))
	}
}

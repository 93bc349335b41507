package storage

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rapi/model"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func mkPlace(t *testing.T, s *Store, kind model.PlaceKind, name string, parent int64) model.Place {
	t.Helper()
	p := model.Place{Kind: kind, Name: name, ParentID: parent}
	if err := s.CreatePlace(ctx, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func mkBerkas(t *testing.T, s *Store, code, kode, uraian string, year int, boks int64) model.Berkas {
	t.Helper()
	b := model.Berkas{Code: code, KodeKlasifikasi: kode, Uraian: uraian, TahunSampai: year, BoksID: boks, UnitPengolah: "Bagian Tata Usaha"}
	if err := s.CreateBerkas(ctx, &b); err != nil {
		t.Fatalf("create %s: %v", code, err)
	}
	return b
}

func TestBerkasRetentionFromSeededJRA(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	b := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan", 2020, 0)
	// seed: 000.1.5 Rapat Pimpinan 2 aktif, 5 inaktif, permanen
	if !b.Retensi.PindahOn.Equal(d(2023, 1, 1)) || !b.Retensi.AkhirOn.Equal(d(2028, 1, 1)) || b.Retensi.Nasib != model.NasibPermanen {
		t.Fatalf("retensi %+v", b.Retensi)
	}
	// a code below a listed one uses its parent's JRA; a trigger leaves the dates unknown
	v := mkBerkas(t, s, "B-2", "000.1.7.1", "BPKB mobil dinas B 1234 AB", 2015, 0)
	if v.Retensi.Known() {
		t.Fatalf("trigger JRA computed dates: %+v", v.Retensi)
	}
	_, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	bad := model.Berkas{Code: "B-3", KodeKlasifikasi: "150.1", Uraian: "x", TahunSampai: 2020}
	if ie, ok := model.AsInvalid(s.CreateBerkas(ctx, &bad)); !ok || ie.Field != "kode_klasifikasi" {
		t.Fatalf("unknown code accepted: %v", ie)
	}
	dup := model.Berkas{Code: "b-1", KodeKlasifikasi: "000.1.5", Uraian: "x", TahunSampai: 2020}
	if ie, ok := model.AsInvalid(s.CreateBerkas(ctx, &dup)); !ok || ie.Field != "code" {
		t.Fatalf("duplicate code accepted: %v", ie)
	}
}

func TestPlaceMovesCarryContents(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	g := mkPlace(t, s, model.PlaceGedung, "Gedung B", 0)
	r2 := mkPlace(t, s, model.PlaceRuang, "Ruang Arsip Lt.2", g.ID)
	r3 := mkPlace(t, s, model.PlaceRuang, "Ruang Arsip Lt.3", g.ID)
	rak := mkPlace(t, s, model.PlaceRak, "Rak 3", r2.ID)
	rak5 := mkPlace(t, s, model.PlaceRak, "Rak 5", r3.ID)
	box := model.Boks{Code: "BX-0015", Nomor: "0015", PlaceID: rak.ID}
	if err := s.CreateBoks(ctx, &box); err != nil {
		t.Fatal(err)
	}
	b := mkBerkas(t, s, "B-10", "000.1.4", "Peminjaman aula untuk rapat koordinasi", 2022, box.ID)
	if b.PlaceID != rak.ID {
		t.Fatalf("file in a box not where its box is: %d", b.PlaceID)
	}
	got, _ := s.Berkas(ctx, b.ID)
	if got.PlacePath != "Gedung B › Ruang Arsip Lt.2 › Rak 3 › Boks 0015" {
		t.Fatalf("path %q", got.PlacePath)
	}
	// move the box: the file goes with it
	if err := s.MoveBoks(ctx, box.ID, box.Version, rak5.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Berkas(ctx, b.ID)
	if got.PlaceID != rak5.ID || got.PlacePath != "Gedung B › Ruang Arsip Lt.3 › Rak 5 › Boks 0015" {
		t.Fatalf("after moving the box: %d %q", got.PlaceID, got.PlacePath)
	}
	if h, _ := s.History(ctx, "berkas", b.ID); len(h) != 2 {
		t.Fatalf("move of the file not audited: %d rows", len(h))
	}
	// move the shelf into another room: the path of the file follows
	rak5.ParentID = r2.ID
	if err := s.UpdatePlace(ctx, &rak5); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Berkas(ctx, b.ID)
	if got.PlacePath != "Gedung B › Ruang Arsip Lt.2 › Rak 5 › Boks 0015" {
		t.Fatalf("after moving the shelf: %q", got.PlacePath)
	}
	page, err := s.SearchBerkas(ctx, "", BerkasFilter{PlaceID: r2.ID}, Page{})
	if err != nil || page.Total != 1 {
		t.Fatalf("filter by room: %v %+v", err, page.Total)
	}
	if page, _ = s.SearchBerkas(ctx, "", BerkasFilter{PlaceID: r3.ID}, Page{}); page.Total != 0 {
		t.Fatal("file still counted in the old room")
	}
}

func TestLendingStates(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	box := model.Boks{Code: "BX-1", Nomor: "0001"}
	if err := s.CreateBoks(ctx, &box); err != nil {
		t.Fatal(err)
	}
	a := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan Januari", 2024, box.ID)
	b := mkBerkas(t, s, "B-2", "000.1.6", "Penyediaan konsumsi rapat", 2024, box.ID)
	loan := model.Peminjaman{BerkasID: a.ID, Borrower: "Andi Saputra", NIP: "198701012010011001", Unit: "Bagian Keuangan",
		Tanggal: d(2025, 3, 1), Due: d(2025, 3, 8), Purpose: "pemeriksaan BPK"}
	if err := s.Lend(ctx, &loan); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Berkas(ctx, a.ID)
	if got.ShownStatus() != model.StatusDipinjam || got.Loan == nil || got.Loan.Borrower != "Andi Saputra" || !got.Loan.Due.Equal(d(2025, 3, 8)) {
		t.Fatalf("file on loan shows %s %+v", got.ShownStatus(), got.Loan)
	}
	if h, _ := s.FindCode(ctx, "b-1"); h.Status != model.StatusDipinjam || h.Borrower != "Andi Saputra" || h.Due == nil {
		t.Fatalf("scan of a lent file: %+v", h)
	}
	again := model.Peminjaman{BerkasID: a.ID, Borrower: "Budi", Tanggal: d(2025, 3, 2), Due: d(2025, 3, 3)}
	if ie, ok := model.AsInvalid(s.Lend(ctx, &again)); !ok || ie.Reason != "error.arsip_already_lent" {
		t.Fatalf("lent twice: %v", ie)
	}
	whole := model.Peminjaman{BoksID: box.ID, Borrower: "Budi", Tanggal: d(2025, 3, 2), Due: d(2025, 3, 3)}
	if ie, ok := model.AsInvalid(s.Lend(ctx, &whole)); !ok || ie.Field != "boks" {
		t.Fatalf("box with a lent file lent: %v", ie)
	}
	if od, _ := s.OverdueLoans(ctx, d(2025, 3, 8)); len(od) != 0 {
		t.Fatal("due today counted overdue")
	}
	od, _ := s.OverdueLoans(ctx, d(2025, 3, 9))
	if len(od) != 1 || od[0].Code != "B-1" || od[0].Borrower != "Andi Saputra" {
		t.Fatalf("overdue: %+v", od)
	}
	if err := s.Return(ctx, loan.ID, loan.Version, d(2025, 3, 10), "lengkap, baik"); err != nil {
		t.Fatal(err)
	}
	if err := s.Return(ctx, loan.ID, loan.Version+1, d(2025, 3, 10), ""); err == nil {
		t.Fatal("returned twice")
	}
	got, _ = s.Berkas(ctx, a.ID)
	if got.ShownStatus() != model.StatusAktif || got.Loan != nil {
		t.Fatalf("after return: %s", got.ShownStatus())
	}
	if od, _ := s.OverdueLoans(ctx, d(2025, 4, 1)); len(od) != 0 {
		t.Fatal("returned loan still overdue")
	}
	// the whole box: both files on loan, then back
	if err := s.Lend(ctx, &whole); err != nil {
		t.Fatal(err)
	}
	page, _ := s.SearchBerkas(ctx, "", BerkasFilter{Status: model.StatusDipinjam}, Page{})
	if page.Total != 2 {
		t.Fatalf("files of a lent box on loan: %d", page.Total)
	}
	if err := s.Return(ctx, whole.ID, whole.Version, d(2025, 3, 3), ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Berkas(ctx, b.ID); got.Loan != nil {
		t.Fatal("file of a returned box still on loan")
	}
}

func TestSearchFindsCodeExactlyFirst(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	mkBerkas(t, s, "B-000123", "000.1.5", "Undangan rapat koordinasi B-000123 lanjutan", 2024, 0)
	target := mkBerkas(t, s, "B-000124", "000.1.5", "Notulen rapat pimpinan", 2024, 0)
	mkBerkas(t, s, "B-000125", "000.1.6", "Konsumsi rapat, lihat juga B-000124", 2023, 0)
	other := mkBerkas(t, s, "B-000200", "000.2.1", "Inventarisasi barang", 2021, 0)
	if err := s.SetIsiBerkas(ctx, other.ID, other.Version, []model.IsiBerkas{
		{NomorItem: 1, NomorSurat: "000.2.1/45/Biro Umum/2021", Uraian: "Berita acara stock opname gudang", Tanggal: d(2021, 12, 30)},
	}); err != nil {
		t.Fatal(err)
	}
	page, err := s.SearchBerkas(ctx, "b-000124", BerkasFilter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 || page.Rows[0].ID != target.ID {
		t.Fatalf("code search: total %d first %+v", page.Total, page.Rows)
	}
	hits, err := s.Find(ctx, "B-000124", 10)
	if err != nil || len(hits) != 1 || hits[0].Code != "B-000124" || hits[0].Kind != "berkas" {
		t.Fatalf("find by code: %+v %v", hits, err)
	}
	hits, _ = s.Find(ctx, "stock opn", 10) // an item's text, typed halfway
	if len(hits) != 1 || hits[0].Code != "B-000200" {
		t.Fatalf("item text: %+v", hits)
	}
	page, _ = s.SearchBerkas(ctx, "rapat", BerkasFilter{KodePrefix: "000.1", Year: 2024}, Page{})
	if page.Total != 2 {
		t.Fatalf("filters: %d", page.Total)
	}
	page, _ = s.SearchBerkas(ctx, "rapat", BerkasFilter{}, Page{Limit: 1, Offset: 1})
	if page.Total != 3 || len(page.Rows) != 1 {
		t.Fatalf("paging: %d %d", page.Total, len(page.Rows))
	}
	// an edit is searchable at once; the old words are gone
	target.Uraian = "Notulen rapat evaluasi anggaran"
	if err := s.UpdateBerkas(ctx, &target); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.SearchBerkas(ctx, "pimpinan", BerkasFilter{}, Page{}); p.Total != 0 {
		t.Fatal("old text still found")
	}
	if p, _ := s.SearchBerkas(ctx, "evaluasi", BerkasFilter{}, Page{}); p.Total != 1 {
		t.Fatal("new text not found")
	}
	if _, err := s.FindCode(ctx, "B-999"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("unknown code: %v", err)
	}
}

func TestConcurrentEditOfOneBerkas(t *testing.T) {
	s1, path := openTemp(t, "Siti Rahma")
	s2 := openAt(t, path, "Budi Santoso", Options{})
	b := mkBerkas(t, s1, "B-1", "000.1.5", "Notulen rapat pimpinan", 2024, 0)
	mine, _ := s1.Berkas(ctx, b.ID)
	theirs, _ := s2.Berkas(ctx, b.ID)
	theirs.Uraian = "Notulen rapat pimpinan (lengkap)"
	if err := s2.UpdateBerkas(ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	mine.Note = "halaman 3 hilang"
	err := s1.UpdateBerkas(ctx, &mine)
	ce, ok := model.AsConflict(err)
	if !ok || !strings.Contains(ce.By, "Budi Santoso") {
		t.Fatalf("stale save: %v", err)
	}
	got, _ := s1.Berkas(ctx, b.ID)
	if got.Note != "" || got.Uraian != "Notulen rapat pimpinan (lengkap)" {
		t.Fatalf("stale save overwrote: %+v", got)
	}
}

func TestRetentionListsAndApply(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	old := mkBerkas(t, s, "B-1", "000.1.6", "Konsumsi rapat 2019", 2019, 0)   // 1+2 musnah: pindah 2021, akhir 2023
	rapat := mkBerkas(t, s, "B-2", "000.1.5", "Rapat pimpinan 2019", 2019, 0) // 2+5 permanen: pindah 2022, akhir 2027
	mkBerkas(t, s, "B-3", "000.1.6", "Konsumsi rapat 2025", 2025, 0)          // pindah 2027
	asOf := d(2024, 6, 1)
	pindah, err := s.RetensiList(ctx, model.RetensiPindah, asOf, Page{})
	if err != nil || pindah.Total != 2 {
		t.Fatalf("usul pindah: %v %d", err, pindah.Total)
	}
	if p, _ := s.RetensiList(ctx, model.RetensiMusnah, asOf, Page{}); p.Total != 0 {
		t.Fatal("active file proposed for destruction before it moved")
	}
	move := model.RetensiAksi{Action: model.RetensiPindah, BeritaAcara: "BA-01/2024", Tanggal: asOf, BerkasIDs: []int64{old.ID, rapat.ID}}
	if err := s.ApplyRetensi(ctx, &move); err != nil {
		t.Fatal(err)
	}
	musnah, _ := s.RetensiList(ctx, model.RetensiMusnah, asOf, Page{})
	if musnah.Total != 1 || musnah.Rows[0].Code != "B-1" {
		t.Fatalf("usul musnah: %+v", musnah)
	}
	if p, _ := s.RetensiList(ctx, model.RetensiSerah, asOf, Page{}); p.Total != 0 {
		t.Fatal("permanen file due before 2027")
	}
	if p, _ := s.RetensiList(ctx, model.RetensiSerah, d(2027, 1, 1), Page{}); p.Total != 1 {
		t.Fatal("permanen file not due in 2027")
	}
	destroy := model.RetensiAksi{Action: model.RetensiMusnah, BeritaAcara: "BA-MUSNAH-07/2024", Tanggal: asOf, BerkasIDs: []int64{old.ID}}
	if err := s.ApplyRetensi(ctx, &destroy); err != nil {
		t.Fatal(err)
	}
	got, err := s.Berkas(ctx, old.ID)
	if err != nil || got.Status != model.StatusMusnah || got.Deleted() {
		t.Fatalf("destroyed file: %v %s", err, got.Status)
	}
	hist, _ := s.RetensiHistory(ctx, old.ID)
	if len(hist) != 2 || hist[1].BeritaAcara != "BA-MUSNAH-07/2024" {
		t.Fatalf("history: %+v", hist)
	}
	if err := s.ApplyRetensi(ctx, &destroy); err == nil {
		t.Fatal("destroyed twice")
	}
}

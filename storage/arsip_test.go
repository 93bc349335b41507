package storage

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func mkPlace(t *testing.T, s *Store, kind model.PlaceKind, name string, parent int64) model.Place {
	t.Helper()
	return newPlace(t, s, kind, name, parent)
}

func mkBerkas(t *testing.T, s *Store, code, kode, uraian string, year int, boks int64) arsip.Berkas {
	t.Helper()
	return newBerkas(t, s, withCode(code), withKlasifikasi(kode), withUraian(uraian), closedIn(year), inBoks(boks))
}

func TestBerkasRetentionFromSeededJRA(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	b := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan", 2020, 0)
	// seed: 000.1.5 Rapat Pimpinan 2 aktif, 5 inaktif, permanen
	if !b.Retensi.PindahOn.Equal(d(2023, 1, 1)) || !b.Retensi.AkhirOn.Equal(d(2028, 1, 1)) || b.Retensi.Nasib != arsip.NasibPermanen {
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
	bad := arsip.Berkas{Code: "B-3", KodeKlasifikasi: "150.1", Uraian: "x", TahunSampai: 2020}
	if ie, ok := model.AsInvalid(s.CreateBerkas(ctx, &bad)); !ok || ie.Field != "kode_klasifikasi" {
		t.Fatalf("unknown code accepted: %v", ie)
	}
	dup := arsip.Berkas{Code: "b-1", KodeKlasifikasi: "000.1.5", Uraian: "x", TahunSampai: 2020}
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
	box := arsip.Boks{Code: "BX-0015", Nomor: "0015", PlaceID: rak.ID}
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
	box := arsip.Boks{Code: "BX-1", Nomor: "0001"}
	if err := s.CreateBoks(ctx, &box); err != nil {
		t.Fatal(err)
	}
	a := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan Januari", 2024, box.ID)
	b := mkBerkas(t, s, "B-2", "000.1.6", "Penyediaan konsumsi rapat", 2024, box.ID)
	loan := arsip.Peminjaman{BerkasID: a.ID, Borrower: "Andi Saputra", NIP: "198701012010011001", Unit: "Bagian Keuangan",
		Tanggal: d(2025, 3, 1), Due: d(2025, 3, 8), Purpose: "pemeriksaan BPK"}
	if err := s.LendArsip(ctx, &loan); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Berkas(ctx, a.ID)
	if got.ShownStatus() != arsip.StatusDipinjam || got.Loan == nil || got.Loan.Borrower != "Andi Saputra" || !got.Loan.Due.Equal(d(2025, 3, 8)) {
		t.Fatalf("file on loan shows %s %+v", got.ShownStatus(), got.Loan)
	}
	if h, _ := s.FindCode(ctx, "b-1"); h.Status != arsip.StatusDipinjam || h.Borrower != "Andi Saputra" || h.Due == nil {
		t.Fatalf("scan of a lent file: %+v", h)
	}
	again := arsip.Peminjaman{BerkasID: a.ID, Borrower: "Budi", Tanggal: d(2025, 3, 2), Due: d(2025, 3, 3)}
	if ie, ok := model.AsInvalid(s.LendArsip(ctx, &again)); !ok || ie.Reason != "error.arsip_already_lent" {
		t.Fatalf("lent twice: %v", ie)
	}
	whole := arsip.Peminjaman{BoksID: box.ID, Borrower: "Budi", Tanggal: d(2025, 3, 2), Due: d(2025, 3, 3)}
	if ie, ok := model.AsInvalid(s.LendArsip(ctx, &whole)); !ok || ie.Field != "boks" {
		t.Fatalf("box with a lent file lent: %v", ie)
	}
	if od, _ := s.OverdueArsipLoans(ctx, d(2025, 3, 8)); len(od) != 0 {
		t.Fatal("due today counted overdue")
	}
	od, _ := s.OverdueArsipLoans(ctx, d(2025, 3, 9))
	if len(od) != 1 || od[0].Code != "B-1" || od[0].Borrower != "Andi Saputra" {
		t.Fatalf("overdue: %+v", od)
	}
	if err := s.ReturnArsip(ctx, loan.ID, loan.Version, d(2025, 3, 10), "lengkap, baik"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReturnArsip(ctx, loan.ID, loan.Version+1, d(2025, 3, 10), ""); err == nil {
		t.Fatal("returned twice")
	}
	got, _ = s.Berkas(ctx, a.ID)
	if got.ShownStatus() != arsip.StatusAktif || got.Loan != nil {
		t.Fatalf("after return: %s", got.ShownStatus())
	}
	if od, _ := s.OverdueArsipLoans(ctx, d(2025, 4, 1)); len(od) != 0 {
		t.Fatal("returned loan still overdue")
	}
	// the whole box: both files on loan, then back
	if err := s.LendArsip(ctx, &whole); err != nil {
		t.Fatal(err)
	}
	page, _ := s.SearchBerkas(ctx, "", BerkasFilter{Status: arsip.StatusDipinjam}, Page{})
	if page.Total != 2 {
		t.Fatalf("files of a lent box on loan: %d", page.Total)
	}
	if err := s.ReturnArsip(ctx, whole.ID, whole.Version, d(2025, 3, 3), ""); err != nil {
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
	if err := s.SetIsiBerkas(ctx, other.ID, other.Version, []arsip.IsiBerkas{
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
	if err != nil || len(hits) != 1 || hits[0].Code != "B-000124" || hits[0].Kind != model.CodeBerkas {
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
	pindah, err := s.RetensiList(ctx, arsip.RetensiPindah, asOf, Page{})
	if err != nil || pindah.Total != 2 {
		t.Fatalf("usul pindah: %v %d", err, pindah.Total)
	}
	if p, _ := s.RetensiList(ctx, arsip.RetensiMusnah, asOf, Page{}); p.Total != 0 {
		t.Fatal("active file proposed for destruction before it moved")
	}
	move := arsip.RetensiAksi{Action: arsip.RetensiPindah, BeritaAcara: "BA-01/2024", Tanggal: asOf, BerkasIDs: []int64{old.ID, rapat.ID}}
	if err := s.ApplyRetensi(ctx, &move); err != nil {
		t.Fatal(err)
	}
	musnah, _ := s.RetensiList(ctx, arsip.RetensiMusnah, asOf, Page{})
	if musnah.Total != 1 || musnah.Rows[0].Code != "B-1" {
		t.Fatalf("usul musnah: %+v", musnah)
	}
	if p, _ := s.RetensiList(ctx, arsip.RetensiSerah, asOf, Page{}); p.Total != 0 {
		t.Fatal("permanen file due before 2027")
	}
	if p, _ := s.RetensiList(ctx, arsip.RetensiSerah, d(2027, 1, 1), Page{}); p.Total != 1 {
		t.Fatal("permanen file not due in 2027")
	}
	destroy := arsip.RetensiAksi{Action: arsip.RetensiMusnah, BeritaAcara: "BA-MUSNAH-07/2024", Tanggal: asOf, BerkasIDs: []int64{old.ID}}
	if err := s.ApplyRetensi(ctx, &destroy); err != nil {
		t.Fatal(err)
	}
	got, err := s.Berkas(ctx, old.ID)
	if err != nil || got.Status != arsip.StatusMusnah || got.Deleted() {
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

func TestBerkasAndBoksCodesComeFromTheRegistry(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rak := mkPlace(t, s, model.PlaceRak, "Rak 1", 0)
	rak.Code = "RAK-01"
	must(t, s.UpdatePlace(ctx, &rak))

	// no code typed: the next one is allocated
	box := arsip.Boks{Nomor: "0001", PlaceID: rak.ID}
	must(t, s.CreateBoks(ctx, &box))
	a := mkBerkas(t, s, "", "000.1.5", "Notulen rapat pimpinan", 2024, box.ID)
	b := mkBerkas(t, s, "", "000.1.5", "Undangan rapat staf", 2024, 0)
	if box.Code != "BX-000001" || a.Code != "B-000001" || b.Code != "B-000002" {
		t.Fatalf("allocated %s %s %s", box.Code, a.Code, b.Code)
	}
	if ref, err := s.LookupCode(ctx, a.Code); err != nil || ref.Kind != model.CodeBerkas || ref.EntityID != a.ID {
		t.Fatalf("allocated code not bound to its file: %+v %v", ref, err)
	}
	// a form left empty still names the first bad field, not the code
	bad := arsip.Berkas{KodeKlasifikasi: "000.1.5", TahunSampai: 2024}
	if ie, ok := model.AsInvalid(s.CreateBerkas(ctx, &bad)); !ok || ie.Field != "uraian" || bad.Code != "" {
		t.Fatalf("empty uraian: %v, code %q", ie, bad.Code)
	}

	// a typed code is registered; one a shelf or a box holds is refused
	c := mkBerkas(t, s, "ARSIP-LAMA-7", "000.1.5", "Arsip lama", 2010, 0)
	if ref, _ := s.LookupCode(ctx, "arsip-lama-7"); ref.Kind != model.CodeBerkas || ref.EntityID != c.ID {
		t.Fatalf("typed code not registered: %+v", ref)
	}
	for _, taken := range []string{"RAK-01", "BX-000001"} {
		d := arsip.Berkas{Code: taken, KodeKlasifikasi: "000.1.5", Uraian: "x", TahunSampai: 2024}
		if ie, ok := model.AsInvalid(s.CreateBerkas(ctx, &d)); !ok || ie.Field != "code" || ie.Reason != "error.code_taken" {
			t.Fatalf("a file took %s: %v", taken, ie)
		}
	}
	if err := s.CreateBoks(ctx, &arsip.Boks{Code: a.Code, Nomor: "0002"}); err == nil {
		t.Fatal("a box took a file's code")
	}
	if err := s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 2", Code: a.Code}); err == nil {
		t.Fatal("a shelf took a file's code")
	}
	// the failed attempts used up no number
	if e := mkBerkas(t, s, "", "000.1.5", "Daftar hadir", 2024, 0); e.Code != "B-000003" {
		t.Fatalf("next code %s", e.Code)
	}

	// a new code frees the old one, which another record may then take
	b.Code = "B-LAMA-2"
	must(t, s.UpdateBerkas(ctx, &b))
	if _, err := s.LookupCode(ctx, "B-000002"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("old code still held: %v", err)
	}
	if h, err := s.FindCode(ctx, "b-lama-2"); err != nil || h.ID != b.ID {
		t.Fatalf("find by the new code: %+v %v", h, err)
	}
	b.Code = "RAK-01"
	if ie, ok := model.AsInvalid(s.UpdateBerkas(ctx, &b)); !ok || ie.Reason != "error.code_taken" {
		t.Fatalf("renamed onto a shelf's code: %v", ie)
	}
	box.Code = "BX-LAMA"
	must(t, s.UpdateBoks(ctx, &box))
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 3", Code: "BX-000001"}))
	// a file in the bin keeps its code: it can come back
	must(t, s.DeleteBerkas(ctx, c.ID, c.Version))
	if err := s.CreateBoks(ctx, &arsip.Boks{Code: "ARSIP-LAMA-7", Nomor: "0003"}); err == nil {
		t.Fatal("a box took the code of a file in the bin")
	}
}

func TestBerkasFromTwoPCsAtOnceGetDistinctCodes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	pcs := []*Store{openAt(t, path, "Siti", Options{}), openAt(t, path, "Budi", Options{Retries: 10})}
	pcs[0].opts.Retries = 10
	const each = 15
	codes := make(chan string, 2*each)
	var wg sync.WaitGroup
	for _, s := range pcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				b := arsip.Berkas{KodeKlasifikasi: "000.1.5", Uraian: fmt.Sprintf("Notulen %d", i), TahunSampai: 2024}
				if err := s.CreateBerkas(ctx, &b); err != nil {
					t.Error(err)
					return
				}
				codes <- b.Code
			}
		}()
	}
	wg.Wait()
	close(codes)
	seen := map[string]bool{}
	for c := range codes {
		if seen[c] || !strings.HasPrefix(c, "B-") {
			t.Fatalf("code %s given twice or malformed", c)
		}
		seen[c] = true
	}
	if len(seen) != 2*each {
		t.Fatalf("%d codes for %d files", len(seen), 2*each)
	}
}

func TestFindByWhatIsWrittenOnTheFolder(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	box := arsip.Boks{Nomor: "0015"}
	must(t, s.CreateBoks(ctx, &box))
	old := arsip.Berkas{KodeKlasifikasi: "000.1.5", KodeLama: "12/BU/2019", NomorBerkas: "37", Uraian: "Notulen rapat pimpinan", TahunSampai: 2019, BoksID: box.ID}
	must(t, s.CreateBerkas(ctx, &old))
	other := mkBerkas(t, s, "", "000.1.5", "Notulen rapat 12 BU 2019 lanjutan", 2019, 0)

	if h, err := s.FindCode(ctx, "12/bu/2019 "); err != nil || h.Kind != model.CodeBerkas || h.ID != old.ID {
		t.Fatalf("find by kode lama: %+v %v", h, err)
	}
	hits, err := s.Find(ctx, "12/BU/2019", 10)
	if err != nil || len(hits) == 0 || hits[0].ID != old.ID || hits[0].Code != old.Code {
		t.Fatalf("find kode lama first: %+v %v", hits, err)
	}
	page, err := s.SearchBerkas(ctx, "12/BU/2019", BerkasFilter{}, Page{})
	if err != nil || len(page.Rows) == 0 || page.Rows[0].ID != old.ID {
		t.Fatalf("search kode lama first: %+v %v", page, err)
	}
	// the number in the unit's daftar berkas
	hits, _ = s.Find(ctx, "37", 10)
	if len(hits) == 0 || hits[0].ID != old.ID {
		t.Fatalf("find by nomor berkas: %+v", hits)
	}
	// a box by the number on its side, with or without the zeros
	for _, n := range []string{"15", "0015"} {
		if h, err := s.FindCode(ctx, n); err != nil || h.Kind != model.CodeBoks || h.ID != box.ID || h.Title != "Boks 0015" {
			t.Fatalf("find box %s: %+v %v", n, h, err)
		}
	}
	if _, err := s.FindCode(ctx, "12/BU/2020"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("unknown legacy number: %v", err)
	}
	_ = other
}

func TestSearchLargeListCountsAndPages(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, FillDemoPlaces(ctx, s, 4))
	must(t, FillDemoArsip(ctx, s, 1200, 7))

	all, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{Limit: 10})
	if err != nil || all.Total != 1200 || all.TotalCapped {
		t.Fatalf("whole list: %d capped %v %v", all.Total, all.TotalCapped, err)
	}
	// every demo title ends in "tahun YYYY": more than CountCap match
	p1, err := s.SearchBerkas(ctx, "tahun", BerkasFilter{}, Page{Limit: 50})
	if err != nil || p1.Total != CountCap || !p1.TotalCapped || len(p1.Rows) != 50 {
		t.Fatalf("common word: total %d capped %v rows %d %v", p1.Total, p1.TotalCapped, len(p1.Rows), err)
	}
	p2, _ := s.SearchBerkas(ctx, "tahun", BerkasFilter{}, Page{Offset: 50, Limit: 50})
	ids := map[int64]bool{}
	for _, b := range append(p1.Rows, p2.Rows...) {
		if ids[b.ID] {
			t.Fatalf("file %s on both pages", b.Code)
		}
		ids[b.ID] = true
	}
	// an exact code comes first, with the filter applied to the rest
	p, _ := s.SearchBerkas(ctx, "B-000777", BerkasFilter{}, Page{Limit: 5})
	if len(p.Rows) == 0 || p.Rows[0].Code != "B-000777" {
		t.Fatalf("exact code not first: %+v", p.Rows)
	}
	p, _ = s.SearchBerkas(ctx, "notulen", BerkasFilter{Kategori: "Rapat", Year: 2020}, Page{Limit: 500})
	if p.TotalCapped || p.Total != len(p.Rows) || p.Total == 0 {
		t.Fatalf("filtered search: %d rows, total %d", len(p.Rows), p.Total)
	}
	ownField := true // files whose own title matches come before those found through an item
	for _, b := range p.Rows {
		if b.Kategori != "Rapat" || b.TahunDari > 2020 || b.TahunSampai < 2020 {
			t.Fatalf("filter not applied: %+v", b)
		}
		title := strings.Contains(strings.ToLower(b.Uraian), "notulen")
		if title && !ownField {
			t.Fatalf("%s (title matches) after a file found through its items", b.Code)
		}
		ownField = title
	}
	// a word only in the items finds their files
	p, err = s.SearchBerkas(ctx, "kuitansi", BerkasFilter{Status: arsip.StatusAktif}, Page{Limit: 20})
	if err != nil || len(p.Rows) == 0 || p.Total < len(p.Rows) {
		t.Fatalf("item search: %+v %v", p, err)
	}
	for _, b := range p.Rows[:3] {
		items, _ := s.IsiBerkas(ctx, b.ID)
		found := false
		for _, it := range items {
			found = found || strings.HasPrefix(it.Uraian, "Kuitansi")
		}
		if !found || strings.Contains(b.Uraian, "Kuitansi") || b.Status != arsip.StatusAktif {
			t.Fatalf("file %s found by items without a matching item", b.Code)
		}
	}
	// filtered list: counted up to the cap, first page in index order
	l, _ := s.SearchBerkas(ctx, "", BerkasFilter{Kategori: "Rapat", Sort: SortTahun}, Page{Limit: 20})
	for i := 1; i < len(l.Rows); i++ {
		if l.Rows[i].TahunSampai > l.Rows[i-1].TahunSampai {
			t.Fatalf("not newest year first at %d", i)
		}
	}
	if l.Total == 0 || l.Total >= 1200 {
		t.Fatalf("category total %d", l.Total)
	}
	// demo codes are in the registry, and the counter follows them
	if ref, err := s.LookupCode(ctx, "B-001200"); err != nil || ref.Kind != model.CodeBerkas || ref.EntityID == 0 {
		t.Fatalf("demo code not registered: %+v %v", ref, err)
	}
	if b := mkBerkas(t, s, "", "000.1.5", "Berkas baru", 2025, 0); b.Code != "B-001201" {
		t.Fatalf("after the demo: %s", b.Code)
	}
}

func TestDemoCodesSkipCodesTypedByHand(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, FillDemoPlaces(ctx, s, 2))
	// a clerk labelled a shelf with what looks like a folder code
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak lama", Code: "B-000003"}))
	must(t, FillDemoArsip(ctx, s, 30, 1))
	page, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{Limit: 100})
	must(t, err)
	seen := map[string]bool{}
	for _, b := range page.Rows {
		ref, err := s.LookupCode(ctx, b.Code)
		if err != nil || ref.Kind != model.CodeBerkas || ref.EntityID != b.ID || seen[b.Code] {
			t.Fatalf("demo file %d has code %s: %+v %v", b.ID, b.Code, ref, err)
		}
		seen[b.Code] = true
	}
	if len(seen) != 30 || seen["B-000003"] || !seen["B-000031"] {
		t.Fatalf("codes %v", seen)
	}
	if h, _ := s.FindCode(ctx, "B-000003"); h.Kind != model.CodePlace {
		t.Fatalf("the shelf lost its code: %+v", h)
	}
}

package storage

import (
	"database/sql"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/arsip"
)

// placesAndBoxes counts the places and boxes not in the bin.
func placesAndBoxes(t *testing.T, s *Store) (places, boxes int) {
	t.Helper()
	if err := s.read(ctx, "count", func(tx *sql.Tx) error {
		if err := tx.QueryRow("SELECT count(*) FROM place WHERE deleted_at IS NULL").Scan(&places); err != nil {
			return err
		}
		return tx.QueryRow("SELECT count(*) FROM boks WHERE deleted_at IS NULL").Scan(&boxes)
	}); err != nil {
		t.Fatal(err)
	}
	return
}

// whereIs is the place path of every file by its nomor berkas.
func whereIs(t *testing.T, s *Store) map[string]string {
	t.Helper()
	p, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, b := range p.Rows {
		out[b.NomorBerkas] = b.PlacePath
	}
	return out
}

// archiveRoom is the tree of the demo: Gedung B › Ruang Arsip Lt.2 › Rak 3
// with box 015 on it.
func archiveRoom(t *testing.T, s *Store) {
	t.Helper()
	g := &model.Place{Kind: model.PlaceGedung, Name: "Gedung B"}
	if err := s.CreatePlace(ctx, g); err != nil {
		t.Fatal(err)
	}
	r := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Arsip Lt.2", ParentID: g.ID}
	if err := s.CreatePlace(ctx, r); err != nil {
		t.Fatal(err)
	}
	rak := &model.Place{Kind: model.PlaceRak, Name: "Rak 3", ParentID: r.ID}
	if err := s.CreatePlace(ctx, rak); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateBoks(ctx, &arsip.Boks{Nomor: "015", PlaceID: rak.ID}); err != nil {
		t.Fatal(err)
	}
}

var rak3 = model.JoinPath("Gedung B", "Ruang Arsip Lt.2", "Rak 3")

// Locations written as one text in every shape land in the existing
// place and box (however the numbers and words are written); the ones
// that need new places are listed and, without the clerk's yes, imported
// in no place with their text kept; with it the places and boxes are
// made; importing again makes nothing and moves nothing.
func TestImportArsipLokasiText(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	archiveRoom(t, s)
	file := writeBook(t, bookSheet{name: "Daftar Berkas", rows: [][]any{
		{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi Simpan"},
		{1, "000.1.5", "1", "Rapat pimpinan", "2023", "Ruang Arsip Lt.2, Rak 3, Boks 015"},
		{2, "000.1.5", "2", "Rapat koordinasi", "2023", "R. Arsip Lt. 2 / Rak 03 / Box 15"},
		{3, "000.1.5", "3", "Rapat staf", "2023", "Ruang Arsip Lt.2 > Rak 3"},
		{4, "000.1.5", "4", "Konsumsi", "2023", "Gd. A / R. Arsip / Rak 3 / Boks 15"},
		{5, "000.1.5", "5", "Perjalanan dinas", "2023", "Ruang Arsip Lt.2; Rak 3; Bok 016"},
		{6, "000.1.5", "6", "Pemeliharaan", "2023", "Gd. A - R. Arsip - Rak 3 - Ordner 15"},
	}})
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wantNew := []string{"Gedung A", model.JoinPath("Gedung A", "Ruang Arsip"), model.JoinPath("Gedung A", "Ruang Arsip", "Rak 3")}
	if !rep.Written || rep.Created != 6 || rep.Placed != 3 || strings.Join(rep.NewPlaces, "|") != strings.Join(wantNew, "|") ||
		len(rep.NewBoxes) != 2 || len(rep.LokasiProblems) != 3 {
		t.Fatalf("without --create-places: %+v", rep)
	}
	if p := rep.LokasiProblems[0]; p.Row != 5 || p.Column != "Lokasi Simpan" || p.Value != "Gd. A / R. Arsip / Rak 3 / Boks 15" ||
		p.Reason != ReasonLokasiNew {
		t.Errorf("problem %+v", p)
	}
	// The preview shows the rows as read, the location problems marked.
	if pv := rep.Preview; len(pv) != 6 || pv[0].Row != 2 || pv[0].Cells[3] != "Rapat pimpinan" || pv[0].Cells[4] != "2023" ||
		len(pv[0].Problems) != 0 || len(pv[3].Problems) != 1 || pv[3].Problems[0].Reason != ReasonLokasiNew {
		t.Errorf("preview %+v", pv)
	}
	if p, b := placesAndBoxes(t, s); p != 3 || b != 1 {
		t.Fatalf("without the clerk's yes %d places and %d boxes exist, want 3 and 1", p, b)
	}
	where := whereIs(t, s)
	for nomor, want := range map[string]string{"1": model.JoinPath(rak3, "Boks 015"), "2": model.JoinPath(rak3, "Boks 015"), "3": rak3,
		"4": "", "5": "", "6": ""} {
		if where[nomor] != want {
			t.Errorf("berkas %s is in %q, want %q", nomor, where[nomor], want)
		}
	}
	// the location of a file not placed is kept as the register wrote it
	p, _ := s.SearchBerkas(ctx, "Konsumsi", BerkasFilter{}, Page{})
	if ex, _ := s.BerkasExtra(ctx, p.Rows[0].ID); ex["Lokasi"] != "Gd. A / R. Arsip / Rak 3 / Boks 15" {
		t.Errorf("text kept %q", ex["Lokasi"])
	}

	// With the clerk's yes: the missing places and boxes are made and the
	// files left in no place are put there.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true})
	if err != nil || rep.Created != 0 || rep.Updated != 3 || rep.Placed != 3 || len(rep.LokasiProblems) != 0 {
		t.Fatalf("with --create-places: %v %+v", err, rep)
	}
	if p, b := placesAndBoxes(t, s); p != 6 || b != 3 {
		t.Fatalf("%d places and %d boxes, want 6 and 3", p, b)
	}
	where = whereIs(t, s)
	gedungA := model.JoinPath("Gedung A", "Ruang Arsip", "Rak 3", "Boks 15")
	for nomor, want := range map[string]string{"4": gedungA, "5": model.JoinPath(rak3, "Boks 016"), "6": gedungA} {
		if where[nomor] != want {
			t.Errorf("berkas %s is in %q, want %q", nomor, where[nomor], want)
		}
	}
	if ex, _ := s.BerkasExtra(ctx, p.Rows[0].ID); ex["Lokasi"] != "" {
		t.Errorf("placed file still keeps the text %q", ex["Lokasi"])
	}

	// Again: nothing new, nothing moved.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true})
	if err != nil || rep.Created+rep.Updated != 0 || rep.Unchanged != 6 || len(rep.NewPlaces)+len(rep.NewBoxes) != 0 {
		t.Fatalf("again: %v %+v", err, rep)
	}
	if p, b := placesAndBoxes(t, s); p != 6 || b != 3 {
		t.Fatalf("again: %d places and %d boxes", p, b)
	}
}

// A file the clerk has moved since is not moved back by importing the
// register again; the register's location is kept as text beside it.
func TestImportArsipLokasiMovesNothing(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	archiveRoom(t, s)
	file := writeBook(t, bookSheet{name: "Daftar Berkas", rows: [][]any{
		{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi"},
		{"000.1.5", "1", "Rapat pimpinan", "2023", "Ruang Arsip Lt.2, Rak 3, Boks 015"},
	}})
	if _, err := s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true}); err != nil {
		t.Fatal(err)
	}
	other := &arsip.Boks{Nomor: "099"}
	if err := s.CreateBoks(ctx, other); err != nil {
		t.Fatal(err)
	}
	p, _ := s.SearchBerkas(ctx, "Rapat", BerkasFilter{}, Page{})
	b := p.Rows[0]
	b.BoksID, b.PlaceID = other.ID, 0
	if err := s.UpdateBerkas(ctx, &b); err != nil {
		t.Fatal(err)
	}
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true})
	if err != nil || rep.Placed != 0 {
		t.Fatalf("%v %+v", err, rep)
	}
	if where := whereIs(t, s)["1"]; where != "Boks 099" {
		t.Errorf("moved back to %q", where)
	}
	if ex, _ := s.BerkasExtra(ctx, b.ID); ex["Lokasi"] != "Ruang Arsip Lt.2, Rak 3, Boks 015" {
		t.Errorf("register's location not kept: %q", ex["Lokasi"])
	}
}

// An active register's "Lokasi Simpan" over "No Filing Kabinet | No Laci
// | No Folder": bare numbers become Lemari 2 › Laci 1, the folder is kept
// with the file.
func TestImportArsipLokasiFilingKabinet(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := writeBook(t, bookSheet{name: "Daftar Arsip Aktif", rows: [][]any{
		{"No", "Kode Klasifikasi", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi Simpan", nil, nil},
		{nil, nil, nil, nil, "No Filing Kabinet", "No Laci", "No Folder"},
		{1, "000.1.5", "Rapat pimpinan", "2024", "2", "1", "07"},
		{2, "000.1.5", "Rapat staf", "2024", "02", "Laci 1", "08"},
	}, merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"}})
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true})
	if err != nil || rep.Created != 2 || rep.Placed != 2 || len(rep.NewPlaces) != 2 || len(rep.NewBoxes) != 0 {
		t.Fatalf("%v %+v %+v", err, rep, rep.Read.Mapping)
	}
	where := whereIs(t, s)
	if where[""] != model.JoinPath("Lemari 2", "Laci 1") {
		t.Errorf("files in %v", where)
	}
	p, _ := s.SearchBerkas(ctx, "staf", BerkasFilter{}, Page{})
	if ex, _ := s.BerkasExtra(ctx, p.Rows[0].ID); ex["Folder"] != "08" {
		t.Errorf("folder %v", ex)
	}
	if p, b := placesAndBoxes(t, s); p != 2 || b != 0 {
		t.Errorf("%d places %d boxes", p, b)
	}
}

// The other app's register (two-row header with a merged "Lokasi Simpan"
// over Ruang | Rak | Boks) lands its files in the right boxes, with its
// items, and again changes nothing.
func TestImportArsipOtherAppLokasi(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	archiveRoom(t, s)
	file := otherAppRegister(t)
	reps, err := s.ImportArsipSheets(ctx, file, []ImportArsipOptions{{Sheet: "Daftar Arsip", CreatePlaces: true}, {Sheet: "Isi Berkas", CreatePlaces: true}})
	if err != nil || !reps[0].Written || reps[0].Created != 3 || reps[0].Placed != 3 || reps[1].Items != 4 {
		t.Fatalf("%v %+v", err, reps)
	}
	if strings.Join(reps[0].NewPlaces, "|") != model.JoinPath("Gedung B", "Ruang Arsip Lt.2", "Rak 4") || len(reps[0].NewBoxes) != 1 {
		t.Errorf("new %v %v", reps[0].NewPlaces, reps[0].NewBoxes)
	}
	where := whereIs(t, s)
	for nomor, want := range map[string]string{"B-2023/0274": model.JoinPath(rak3, "Boks 015"), "12/BU/2023": model.JoinPath(rak3, "Boks 015"),
		"045.a": model.JoinPath("Gedung B", "Ruang Arsip Lt.2", "Rak 4", "Boks 016")} {
		if where[nomor] != want {
			t.Errorf("berkas %s is in %q, want %q", nomor, where[nomor], want)
		}
	}
	reps, err = s.ImportArsipSheets(ctx, file, []ImportArsipOptions{{Sheet: "Daftar Arsip", CreatePlaces: true}, {Sheet: "Isi Berkas", CreatePlaces: true}})
	if err != nil || reps[0].Written || reps[0].Unchanged != 3 || reps[1].Unchanged != 3 {
		t.Fatalf("again: %v %+v", err, reps)
	}
	if p, b := placesAndBoxes(t, s); p != 4 || b != 2 {
		t.Errorf("again: %d places %d boxes", p, b)
	}
}

// A workbook imported with several sheets is all or nothing: a refused
// row on the Isi Berkas sheet leaves the Daftar Berkas sheet unimported
// too, and places are not made either.
func TestImportArsipSheetsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := writeBook(t,
		bookSheet{name: "Daftar Berkas", rows: [][]any{
			{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi"},
			{"000.1.5", "B-1", "Rapat pimpinan", "2023", "Ruang Arsip, Rak 1, Boks 1"},
		}},
		bookSheet{name: "Isi Berkas", rows: [][]any{
			{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
			{"B-1", 1, "000.1.5", "Undangan", "12/01/2023"},
			{"B-1", 2, "000.1.5", "Notulen", "31/02/2023"},
		}})
	opts := []ImportArsipOptions{{Sheet: "Daftar Berkas", CreatePlaces: true}, {Sheet: "Isi Berkas", CreatePlaces: true}}
	reps, err := s.ImportArsipSheets(ctx, file, opts)
	if err != nil {
		t.Fatal(err)
	}
	if reps[0].Written || reps[1].Written || !reps[1].Blocked(false) || reps[0].Created != 1 {
		t.Fatalf("reports %+v %+v", reps[0], reps[1])
	}
	if n := countBerkas(t, s); n != 0 {
		t.Fatalf("sheet 1 wrote %d files although sheet 2 was refused", n)
	}
	if p, b := placesAndBoxes(t, s); p+b != 0 {
		t.Fatalf("%d places %d boxes made", p, b)
	}
	// Skipping the bad row: both sheets in one go, the item in its file.
	for i := range opts {
		opts[i].SkipInvalid = true
	}
	if reps, err = s.ImportArsipSheets(ctx, file, opts); err != nil || !reps[0].Written || !reps[1].Written || reps[1].Items != 1 {
		t.Fatalf("%v %+v %+v", err, reps[0], reps[1])
	}
	if got := itemsOf(t, s, "B-1"); len(got) != 1 || got[0] != "Undangan" {
		t.Errorf("items %q", got)
	}
}

// "Rak 3" alone where two rooms have a Rak 3 is not guessed: the file
// comes in without a place, its text kept and the row named; the room
// tells them apart.
func TestImportArsipLokasiAmbiguous(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	for _, room := range []string{"Ruang A", "Ruang B"} {
		r := &model.Place{Kind: model.PlaceRuang, Name: room}
		if err := s.CreatePlace(ctx, r); err != nil {
			t.Fatal(err)
		}
		if err := s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 3", ParentID: r.ID}); err != nil {
			t.Fatal(err)
		}
	}
	file := writeBook(t, bookSheet{name: "Daftar Berkas", rows: [][]any{
		{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi"},
		{"000.1.5", "1", "Rapat pimpinan", "2023", "Rak 3"},
		{"000.1.5", "2", "Rapat staf", "2023", "Ruang B / Rak 03"},
	}})
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{CreatePlaces: true})
	if err != nil || rep.Created != 2 || rep.Placed != 1 || len(rep.LokasiProblems) != 1 || rep.LokasiProblems[0].Reason != ReasonLokasiAmbiguous ||
		len(rep.NewPlaces) != 0 {
		t.Fatalf("%v %+v", err, rep)
	}
	if where := whereIs(t, s); where["1"] != "" || where["2"] != model.JoinPath("Ruang B", "Rak 3") {
		t.Errorf("files in %v", where)
	}
}

// A dry run of several sheets counts what the import will do: the Isi
// Berkas sheet's files are the ones the Daftar Berkas sheet creates, not
// new ones, and nothing is written.
func TestImportArsipSheetsDryRunCountsLikeTheImport(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := writeBook(t,
		bookSheet{name: "Daftar Berkas", rows: [][]any{
			{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Lokasi"},
			{"000.1.5", "B-1", "Rapat pimpinan", "2023", "Ruang Arsip, Rak 1, Boks 1"},
		}},
		bookSheet{name: "Isi Berkas", rows: [][]any{
			{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
			{"B-1", 1, "000.1.5", "Undangan", "12/01/2023"},
			{"B-1", 2, "000.1.5", "Notulen", "13/01/2023"},
		}})
	opts := func(dry bool) []ImportArsipOptions {
		return []ImportArsipOptions{{Sheet: "Daftar Berkas", CreatePlaces: true, DryRun: dry}, {Sheet: "Isi Berkas", CreatePlaces: true, DryRun: dry}}
	}
	dry, err := s.ImportArsipSheets(ctx, file, opts(true))
	if err != nil {
		t.Fatal(err)
	}
	if n := countBerkas(t, s); n != 0 {
		t.Fatalf("the dry run wrote %d files", n)
	}
	if p, b := placesAndBoxes(t, s); p+b != 0 {
		t.Fatalf("the dry run made %d places %d boxes", p, b)
	}
	real, err := s.ImportArsipSheets(ctx, file, opts(false))
	if err != nil {
		t.Fatal(err)
	}
	for i := range real {
		d, r := dry[i], real[i]
		if d.Written || d.Created != r.Created || d.Updated != r.Updated || d.Unchanged != r.Unchanged || d.Items != r.Items {
			t.Errorf("sheet %d: dry run said created %d updated %d unchanged %d items %d (written %v), the import did %d %d %d %d",
				i, d.Created, d.Updated, d.Unchanged, d.Items, d.Written, r.Created, r.Updated, r.Unchanged, r.Items)
		}
	}
	if real[1].Items != 2 {
		t.Errorf("the import put %d items in B-1", real[1].Items)
	}
}

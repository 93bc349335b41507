package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// ArsipSchema is a register of files (Daftar Berkas, Daftar Arsip Aktif
// or Inaktif) as clerks keep it in Excel. Item columns (Nomor Item,
// Uraian Informasi Arsip, Tanggal, Nomor Surat) make the rows that repeat
// one file's code or natural key the items of that file.
var ArsipSchema = sheet.Schema{
	Name: "berkas",
	Fields: []sheet.Field{
		{Key: "no", Label: "No", Kind: sheet.Int, Synonyms: []string{"No. Urut", "Nomor Urut"}},
		// Not required: a register never coded imports belum diklasifikasi.
		{Key: "kode_klasifikasi", Label: "Kode Klasifikasi", Kind: sheet.Code,
			Synonyms: []string{"Kode Klasifikasi Arsip", "Klasifikasi", "Kode Klas", "Kode Arsip", "Kode Klasifikasi Baru",
				"Kode Masalah", "Klasifikasi Arsip", "Kode/Klasifikasi"},
			Fallback: []string{"Kode", "Kode/Indeks"}},
		{Key: "nomor_berkas", Label: "Nomor Berkas", Kind: sheet.Text, Synonyms: []string{"No Berkas", "Nomor Berkas/Map",
			"Nomor Definitif", "Nomor Urut Berkas", "No Urut Berkas", "Nomor Berkas Arsip"},
			Fallback: []string{"Nomor"}},
		{Key: "unit", Label: "Unit Pengolah", Kind: sheet.Text, Synonyms: []string{"Unit", "Unit Kerja", "Unit Pengolah Arsip",
			"Pengolah", "Unit Kerja Pengolah"}},
		{Key: "uraian", Label: "Uraian Informasi Berkas", Kind: sheet.Text, Required: true, RequiredOr: []string{"uraian_item"},
			Synonyms: []string{"Uraian", "Perihal", "Uraian Berkas", "Judul Berkas", "Uraian Informasi", "Isi Ringkas", "Uraian Masalah",
				"Uraian Masalah/Kegiatan", "Uraian Kegiatan", "Masalah", "Deskripsi", "Uraian Informasi Berkas Arsip"},
			// the ANRI lists of inactive files name the file's description
			// as the item's; an index word stands in where nothing else does
			Fallback:       []string{"Uraian Informasi Arsip", "Uraian Arsip", "Indeks/Pekerjaan", "Indeks", "Pekerjaan"},
			FallbackUnless: []string{"nomor_item"}},
		// Not required: an isi berkas sheet takes the years from its items' dates.
		{Key: "kurun_waktu", Label: "Kurun Waktu", Kind: sheet.YearRange, Synonyms: []string{"Kurun", "Tahun",
			"Tahun Berkas", "Kurun Waktu/Tahun", "Periode", "Tahun Arsip", "Tahun Penciptaan"},
			Fallback: []string{"Jangka Simpan", "Jangka Waktu", "Waktu"}},
		{Key: "jumlah", Label: "Jumlah", Kind: sheet.Int, Synonyms: []string{"Jumlah Item", "Jumlah Berkas", "Jumlah Arsip", "Banyaknya",
			"Jumlah Lembar", "Volume", "Jumlah Item Arsip", "Jumlah/Volume", "Banyak"}},
		{Key: "tingkat", Label: "Tingkat Perkembangan", Kind: sheet.Text, Synonyms: []string{"Tingkat", "Tk Perkembangan", "Tkt Perkembangan",
			"Asli/Kopi", "Asli/Salinan", "Asli/Copy", "Asli/Fotokopi", "Keaslian", "Tingkat Keaslian"}},
		{Key: "media", Label: "Media", Kind: sheet.Text, Synonyms: []string{"Media Arsip", "Jenis Media", "Bentuk", "Media Simpan", "Bentuk Arsip"}},
		{Key: "keamanan", Label: "Klasifikasi Keamanan", Kind: sheet.Text,
			Synonyms: []string{"Keamanan", "Klasifikasi Keamanan dan Akses", "Klasifikasi Keamanan & Akses", "Hak Akses", "Sifat",
				"Akses", "Klasifikasi Keamanan dan Hak Akses", "Klasifikasi Keamanan & Hak Akses", "Keamanan/Akses", "Sifat Arsip",
				"Klasifikasi Akses", "Klasifikasi Keamanan Akses"}},
		{Key: "kategori", Label: "Kategori", Kind: sheet.Text, Synonyms: []string{"Jenis Berkas", "Warna"}},
		{Key: "lokasi", Label: "Lokasi", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan", "Tempat Simpan",
			"Lokasi Penyimpanan", "Lokasi Arsip", "Tempat Penyimpanan"}},
		// The parts of a "Lokasi Simpan" group (two header rows), inactive
		// (ruang, rak, boks) or active (filing cabinet, laci, folder) files:
		// each column says the level of a bare number in it.
		{Key: "lokasi_ruang", Label: "Ruang", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan Ruang", "Ruang Simpan", "Ruangan",
			"Ruang Arsip"}},
		{Key: "lokasi_lemari", Label: "Lemari", Kind: sheet.Text, Synonyms: []string{"No Filing Kabinet", "Filing Kabinet",
			"Lokasi Simpan No Filing Kabinet", "Lokasi Simpan Filing Kabinet", "Nomor Filing Kabinet", "No Lemari", "Nomor Lemari",
			"Lokasi Simpan Lemari"}},
		{Key: "lokasi_rak", Label: "Rak", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan Rak", "No Rak", "Nomor Rak"}},
		{Key: "lokasi_laci", Label: "Laci", Kind: sheet.Text, Synonyms: []string{"No Laci", "Lokasi Simpan No Laci", "Nomor Laci",
			"Lokasi Simpan Laci"}},
		{Key: "lokasi_boks", Label: "Boks", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan Boks", "Lokasi Simpan Box", "No Boks Arsip",
			"Nomor Boks", "Box", "No Box", "Nomor Box", "No Boks", "Lokasi Simpan No Boks"}},
		// a folder number alone ("Nomor Folder") stays extra, as Rapi's own lists write it
		{Key: "lokasi_folder", Label: "Lokasi Simpan No Folder", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan Folder"}},
		{Key: "keterangan", Label: "Keterangan", Kind: sheet.Text, Synonyms: []string{"Ket", "Catatan"}},
		{Key: "status", Label: "Status", Kind: sheet.Text, Synonyms: []string{"Status Arsip"}},
		{Key: "code", Label: "Kode", Kind: sheet.Code, Synonyms: []string{"Kode Rapi", "Kode Label", "Kode Berkas", "Barcode"}},
		{Key: "kode_lama", Label: "Kode Lama", Kind: sheet.Code, Synonyms: []string{"Kode Klasifikasi Lama", "Kode Lama (78/2012)"}},
		{Key: "nomor_item", Label: "Nomor Item", Kind: sheet.Int, Synonyms: []string{"No Item", "Nomor Item Arsip", "No Urut Item",
			"Nomor Isi", "No Isi Berkas", "Nomor Isi Berkas"}},
		{Key: "nomor_surat", Label: "Nomor Surat", Kind: sheet.Text, Synonyms: []string{"No Surat", "Nomor Naskah", "Nomor Dokumen",
			"Nomor Naskah Dinas", "No Naskah"}},
		{Key: "uraian_item", Label: "Uraian Informasi Arsip", Kind: sheet.Text, Synonyms: []string{"Uraian Item", "Uraian Arsip", "Isi Arsip",
			"Uraian Isi", "Uraian Isi Berkas"}},
		{Key: "tanggal", Label: "Tanggal", Kind: sheet.Date, Synonyms: []string{"Tanggal Surat", "Tgl Surat", "Tanggal Arsip",
			"Tanggal Naskah", "Tanggal Dokumen"}},
	},
}

// Reasons of problems found by ImportArsip itself (translations in impor.*.json).
const (
	ReasonImportChoice = "impor.reason.choice" // not one of the known values (tingkat, media, keamanan, status)
	ReasonImportStatus = "impor.reason.status" // musnah/permanen cannot be imported
)

// ImportArsipOptions steer ImportArsip. The zero value imports all or
// nothing with the detected layout and mapping.
type ImportArsipOptions struct {
	Sheet   string
	Layout  sheet.Layout
	Mapping sheet.Mapping
	Saved   *sheet.MappingStore
	// DryRun reads, validates and plans without writing (the preview).
	DryRun bool
	// SkipInvalid writes the valid rows even when some are rejected.
	SkipInvalid bool
	// Klasifikasi is the classification code of the rows that have none
	// (a register never coded); "" imports them belum diklasifikasi.
	Klasifikasi string
	// CreatePlaces makes the places and boxes the register's locations
	// name that Rapi lacks (the clerk confirmed them in the preview).
	// Without it those files are imported in no place, their location
	// kept as text and listed in ImportArsipReport.LokasiProblems.
	CreatePlaces bool
	// Progress, when set, is told how far the import is: while reading
	// total is 0; while writing, rows written of total.
	Progress func(done, total int)
}

// ImportArsipReport says what an import did (or, for a dry run or a
// refused import, would do).
type ImportArsipReport struct {
	Read      *sheet.Result // layout, mapping, problems, rejected rows, skipped rows
	Created   int
	Updated   int
	Unchanged int
	Rejected  int
	Items     int  // items (isi berkas) written with the files
	Written   bool // the database was changed
	// Unclassified counts the files left belum diklasifikasi, to be
	// classified later (BerkasUnclassified lists them).
	Unclassified int
	// NewKlasifikasi lists the well-formed classification codes the file
	// uses that were not in the list: added marked "perlu ditinjau".
	NewKlasifikasi []string
	// NewPlaces and NewBoxes are the paths of the places and boxes the
	// locations need that Rapi lacks: made when CreatePlaces, else to be
	// confirmed. Placed counts the files put in a place or box.
	NewPlaces, NewBoxes []string
	Placed              int
	// LokasiProblems are the rows whose location stays text only: new
	// places not confirmed, or a location naming several places. They do
	// not block the import.
	LokasiProblems []sheet.Problem
	// Preview is the first rows of the register as they will be imported.
	Preview []PreviewRow
	// NoRegister: the sheet holds no table of files (a cover sheet); a
	// multi-sheet import passes over it.
	NoRegister bool
}

// Blocked reports whether the import was refused (or would be): rows were
// rejected and skip-invalid was not chosen, or the table itself is unusable.
func (r *ImportArsipReport) Blocked(skipInvalid bool) bool {
	if r.Read == nil {
		return true
	}
	for _, p := range r.Read.Problems {
		if p.Row == 0 {
			return true
		}
	}
	return r.Rejected > 0 && !skipInvalid
}

// existing is what the database holds of one file, for matching.
type existing struct {
	id      int64
	version int64
	b       arsip.Berkas
	extra   string
	lokasi  string
	placeID int64 // where Rapi knows the file to be
	boxID   int64
}

// ImportArsip imports a register of files from an .xlsx or .csv file.
// Every row is read and validated first; then, unless DryRun, all files
// are written in one transaction: created, updated (matched by their code,
// else by nomor berkas + classification + years) or left unchanged. A
// rejected row blocks the whole import unless SkipInvalid. Cancelling ctx
// while writing rolls everything back.
func (s *Store) ImportArsip(ctx context.Context, file string, opt ImportArsipOptions) (*ImportArsipReport, error) {
	reps, err := s.ImportArsipSheets(ctx, file, []ImportArsipOptions{opt})
	if err != nil {
		return nil, err
	}
	return reps[0], nil
}

// sheetRead is one sheet read and checked, not yet planned.
type sheetRead struct {
	opt    ImportArsipOptions
	rows   []*importRow
	rep    *ImportArsipReport
	mapped map[string]bool
	source string
}

// ImportArsipSheets imports several sheets of one workbook (a Daftar
// Berkas and its Daftar Isi Berkas) all or nothing: every sheet is read
// and checked first, then all are written in one transaction, each sheet
// planned against what the sheets before it wrote. A sheet that is
// refused (or fails) leaves every sheet unimported. A sheet without a
// table of files is passed over (NoRegister) when several are given.
// DryRun is taken from the first options.
func (s *Store) ImportArsipSheets(ctx context.Context, file string, opts []ImportArsipOptions) ([]*ImportArsipReport, error) {
	reads := make([]*sheetRead, 0, len(opts))
	reps := make([]*ImportArsipReport, 0, len(opts))
	for _, opt := range opts {
		sr, err := readArsipSheet(ctx, file, opt)
		if err != nil {
			return nil, err
		}
		sr.rep.NoRegister = len(opts) > 1 && noRegister(sr.rep.Read)
		reps = append(reps, sr.rep)
		if !sr.rep.NoRegister {
			reads = append(reads, sr)
		}
	}
	dry := len(opts) > 0 && opts[0].DryRun
	if dry && len(reads) > 1 && !s.ReadOnly() {
		// A later sheet (the isi berkas) must be planned against what the
		// earlier ones would create, so the preview counts what the import
		// will do: write them in a transaction that is then rolled back.
		return reps, s.writeSheets(ctx, reads, true)
	}
	if dry {
		return reps, s.read(ctx, "plan import", func(tx *sql.Tx) error {
			for _, sr := range reads {
				if _, err := sr.plan(ctx, tx); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return reps, s.writeSheets(ctx, reads, false)
}

// errImportBlocked rolls back a multi-sheet import one of whose sheets is
// refused; errImportDry rolls back a dry run's trial write.
var (
	errImportBlocked = errors.New("import refused")
	errImportDry     = errors.New("import dry run")
)

// writeSheets plans and writes the sheets in one transaction; when dry
// it rolls that transaction back, leaving only the reports.
func (s *Store) writeSheets(ctx context.Context, reads []*sheetRead, dry bool) error {
	wrote := make([]bool, len(reads))
	err := s.write(ctx, "import arsip", func(tx *sql.Tx) error {
		clear(wrote)
		for i, sr := range reads {
			pl, err := sr.plan(ctx, tx)
			if err != nil {
				return err
			}
			if sr.rep.Blocked(sr.opt.SkipInvalid) {
				return errImportBlocked
			}
			if pl.created+pl.updated == 0 && len(pl.newKlas) == 0 {
				continue
			}
			if sr.opt.CreatePlaces {
				if err := s.createPlaces(ctx, tx, pl.lokasi); err != nil {
					return err
				}
			}
			n, err := s.applyImport(ctx, tx, pl, sr.source, sr.opt.Progress)
			if err != nil {
				return err
			}
			sr.rep.Items = n
			wrote[i] = true
		}
		if !slices.Contains(wrote, true) {
			return errImportBlocked // nothing to write: no empty commit
		}
		if dry {
			return errImportDry
		}
		return nil
	})
	if errors.Is(err, errImportBlocked) || errors.Is(err, errImportDry) {
		return nil
	}
	if err != nil {
		return err
	}
	for i, sr := range reads {
		sr.rep.Written = wrote[i]
	}
	return nil
}

// readArsipSheet reads and checks one sheet.
func readArsipSheet(ctx context.Context, file string, opt ImportArsipOptions) (*sheetRead, error) {
	klas := arsip.NormalizeKlasifikasiCode(opt.Klasifikasi)
	if klas != "" && !arsip.ValidKlasifikasiCode(klas) {
		return nil, model.Invalid("kode_klasifikasi", opt.Klasifikasi, "error.arsip_klasifikasi_format")
	}
	rr := &rowReader{byKey: map[string]int{}, klas: klas}
	pv := &previewer{}
	read := 0
	res, err := sheet.Read(file, ArsipSchema, sheet.Options{
		Sheet: opt.Sheet, Layout: opt.Layout, Mapping: opt.Mapping, Saved: opt.Saved,
		Check: pv.check(rr.check),
		OnRecord: func(rec sheet.Record) error {
			read++
			if read%1000 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if opt.Progress != nil {
					opt.Progress(read, 0)
				}
			}
			return rr.accept(rec)
		},
	})
	if err != nil {
		return nil, err
	}
	mapped := map[string]bool{"kode_klasifikasi": klas != ""}
	for _, c := range res.Mapping {
		if c.Field != "" {
			mapped[c.Field] = true
		}
	}
	return &sheetRead{opt: opt, rows: rr.rows, mapped: mapped, source: filepath.Base(file),
		rep: &ImportArsipReport{Read: res, Rejected: len(res.Rejected), Preview: pv.rows(res)}}, nil
}

// plan matches a read sheet against the database as tx sees it and fills
// in the report's counts. Planning again (a retried write) starts afresh.
func (sr *sheetRead) plan(ctx context.Context, tx *sql.Tx) (*importPlan, error) {
	for _, r := range sr.rows {
		r.target, r.placeIt = target{}, false
	}
	rep := sr.rep
	pl, err := planImport(ctx, tx, sr.rows, sr.mapped, lokasiOptions{create: sr.opt.CreatePlaces, column: lokasiColumn(rep.Read.Mapping)})
	if err != nil {
		return nil, err
	}
	res := rep.Read
	res.Problems = slices.DeleteFunc(res.Problems, func(p sheet.Problem) bool { return p.Reason == ReasonImportNoYears })
	rep.Rejected = len(res.Rejected)
	if probs := pl.noYearsProblems(); len(probs) > 0 {
		res.Problems = append(res.Problems, probs...)
		rep.Rejected += len(probs)
	}
	rep.Created, rep.Updated, rep.Unchanged = pl.created, pl.updated, pl.unchanged
	rep.NewKlasifikasi, rep.Unclassified = pl.newKlas, pl.unclassified
	rep.NewPlaces, rep.NewBoxes = pl.lokasi.newPlacePaths()
	rep.Placed, rep.LokasiProblems = pl.placed, pl.lokasiProblems
	for i := range rep.Preview {
		rep.Preview[i].Problems = slices.DeleteFunc(rep.Preview[i].Problems, func(p sheet.Problem) bool { return isLokasiReason(p.Reason) })
	}
	notePreview(rep.Preview, pl.lokasiProblems)
	return pl, nil
}

// noRegister reports whether a sheet holds no table of files at all.
func noRegister(res *sheet.Result) bool {
	for _, p := range res.Problems {
		if p.Row == 0 && (p.Reason == sheet.ReasonNoHeader || p.Reason == sheet.ReasonNoRows) {
			return true
		}
	}
	return false
}

// BerkasExtra is what an import kept of a file's columns Rapi has no
// field for, by the header in the clerk's register (shown in the form).
func (s *Store) BerkasExtra(ctx context.Context, id int64) (map[string]string, error) {
	var raw string
	err := s.read(ctx, "read berkas extra", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT coalesce(extra,'') FROM berkas WHERE id=?", id).Scan(&raw)
	})
	if err != nil || raw == "" {
		return nil, err
	}
	out := map[string]string{}
	return out, json.Unmarshal([]byte(raw), &out)
}

// BerkasUnclassified is the review list of files imported belum
// diklasifikasi (from a register that never coded them), oldest first, a
// page at a time with the total: what Beranda shows as to be classified.
// A file leaves it when a clerk sets its code; its retention is computed then.
func (s *Store) BerkasUnclassified(ctx context.Context, p Page) (BerkasPage, error) {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	const where = "kode = '' AND deleted_at IS NULL"
	var out BerkasPage
	err := s.read(ctx, "list berkas unclassified", func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas WHERE "+where).Scan(&out.Total); err != nil {
			return err
		}
		var err error
		out.Rows, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE "+where+" ORDER BY id LIMIT ? OFFSET ?",
			p.Limit, p.Offset)
		return err
	})
	return out, err
}

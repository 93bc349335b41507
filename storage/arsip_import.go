package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/model/value"
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
		{Key: "kode_klasifikasi", Label: "Kode Klasifikasi", Kind: sheet.Code, Required: true,
			Synonyms: []string{"Kode Klasifikasi Arsip", "Klasifikasi", "Kode Klas", "Kode Arsip", "Kode Klasifikasi Baru"}},
		{Key: "nomor_berkas", Label: "Nomor Berkas", Kind: sheet.Int, Synonyms: []string{"No Berkas", "Nomor Berkas/Map", "Nomor Definitif"}},
		{Key: "unit", Label: "Unit Pengolah", Kind: sheet.Text, Synonyms: []string{"Unit", "Unit Kerja", "Unit Pengolah Arsip"}},
		{Key: "uraian", Label: "Uraian Informasi Berkas", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Uraian", "Perihal", "Uraian Berkas", "Judul Berkas", "Uraian Informasi", "Isi Ringkas", "Uraian Masalah"}},
		{Key: "kurun_waktu", Label: "Kurun Waktu", Kind: sheet.YearRange, Required: true, Synonyms: []string{"Kurun", "Tahun", "Tahun Berkas"}},
		{Key: "jumlah", Label: "Jumlah", Kind: sheet.Int, Synonyms: []string{"Jumlah Item", "Jumlah Berkas", "Jumlah Arsip", "Banyaknya"}},
		{Key: "tingkat", Label: "Tingkat Perkembangan", Kind: sheet.Text, Synonyms: []string{"Tingkat", "Tk Perkembangan", "Tkt Perkembangan"}},
		{Key: "media", Label: "Media", Kind: sheet.Text, Synonyms: []string{"Media Arsip", "Jenis Media", "Bentuk"}},
		{Key: "keamanan", Label: "Klasifikasi Keamanan", Kind: sheet.Text,
			Synonyms: []string{"Keamanan", "Klasifikasi Keamanan dan Akses", "Klasifikasi Keamanan & Akses", "Hak Akses", "Sifat"}},
		{Key: "kategori", Label: "Kategori", Kind: sheet.Text, Synonyms: []string{"Jenis Berkas", "Warna"}},
		{Key: "lokasi", Label: "Lokasi", Kind: sheet.Text, Synonyms: []string{"Lokasi Simpan", "Boks", "Nomor Boks", "Tempat Simpan", "Lokasi Penyimpanan"}},
		{Key: "keterangan", Label: "Keterangan", Kind: sheet.Text, Synonyms: []string{"Ket", "Catatan"}},
		{Key: "status", Label: "Status", Kind: sheet.Text, Synonyms: []string{"Status Arsip"}},
		{Key: "code", Label: "Kode", Kind: sheet.Code, Synonyms: []string{"Kode Rapi", "Kode Label", "Kode Berkas", "Barcode"}},
		{Key: "kode_lama", Label: "Kode Lama", Kind: sheet.Code, Synonyms: []string{"Kode Klasifikasi Lama", "Kode Lama (78/2012)"}},
		{Key: "nomor_item", Label: "Nomor Item", Kind: sheet.Int, Synonyms: []string{"No Item", "Nomor Item Arsip"}},
		{Key: "nomor_surat", Label: "Nomor Surat", Kind: sheet.Text, Synonyms: []string{"No Surat", "Nomor Naskah"}},
		{Key: "uraian_item", Label: "Uraian Informasi Arsip", Kind: sheet.Text, Synonyms: []string{"Uraian Item", "Uraian Arsip", "Isi Arsip"}},
		{Key: "tanggal", Label: "Tanggal", Kind: sheet.Date, Synonyms: []string{"Tanggal Surat", "Tgl Surat", "Tanggal Arsip"}},
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
	// NewKlasifikasi lists the well-formed classification codes the file
	// uses that were not in the list: added marked "perlu ditinjau".
	NewKlasifikasi []string
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

// importRow is one file read from the register, with its items.
type importRow struct {
	row   int
	b     arsip.Berkas
	extra map[string]string
	lok   string
	items []arsip.IsiBerkas
}

func (r *importRow) natKey() string { return natKey(&r.b) }

// natKey identifies a file without a code: nomor berkas + classification
// + years, or, in registers without numbers, classification + years +
// uraian.
func natKey(b *arsip.Berkas) string {
	k := b.KodeKlasifikasi + "\x00" + strconv.Itoa(b.TahunDari) + "\x00" + strconv.Itoa(b.TahunSampai)
	if b.NomorBerkas > 0 {
		return strconv.Itoa(b.NomorBerkas) + "\x00" + k
	}
	if b.Uraian == "" {
		return ""
	}
	return "u\x00" + k + "\x00" + value.Fold(b.Uraian)
}

func parseStatus(s string) (arsip.Status, string) {
	switch value.Fold(s) {
	case "aktif", "active":
		return arsip.StatusAktif, ""
	case "inaktif", "in aktif", "inactive":
		return arsip.StatusInaktif, ""
	case "dipinjam":
		return "", "" // on loan: the status underneath stays
	case "musnah", "permanen", "serah", "diserahkan":
		return "", ReasonImportStatus
	}
	return "", ReasonImportChoice
}

// validationField maps a model field name to the schema field that feeds it.
var validationField = map[string]string{
	"tahun_dari": "kurun_waktu", "tahun_sampai": "kurun_waktu", "jumlah_item": "jumlah",
	"tingkat_perkembangan": "tingkat", "klasifikasi_keamanan": "keamanan",
}

// rowReader turns validated sheet records into importRows, grouping the
// item rows of one file.
type rowReader struct {
	rows    []*importRow
	byKey   map[string]int // code or natural key -> index in rows
	pending *importRow
	skip    bool // the record is an item of an earlier row
}

func (rr *rowReader) check(rec sheet.Record) []sheet.Problem {
	rr.pending, rr.skip = nil, false
	var probs []sheet.Problem
	bad := func(field, reason string) {
		probs = append(probs, sheet.Problem{Column: field, Reason: reason})
	}
	r := &importRow{row: rec.Row}
	b := &r.b
	str := func(k string) string { s, _ := rec.Values[k].(string); return s }
	num := func(k string) int { n, _ := rec.Values[k].(int64); return int(n) }
	b.Code = model.NormalizeCode(str("code"))
	b.KodeKlasifikasi = arsip.NormalizeKlasifikasiCode(str("kode_klasifikasi"))
	b.KodeLama = str("kode_lama")
	b.NomorBerkas = num("nomor_berkas")
	b.UnitPengolah = str("unit")
	b.Uraian = str("uraian")
	if yr, ok := rec.Values["kurun_waktu"].(value.YearRange); ok {
		b.TahunDari, b.TahunSampai = yr.From, yr.To
	}
	b.JumlahItem = num("jumlah")
	b.Kategori = str("kategori")
	b.Note = str("keterangan")
	if s := str("tingkat"); s != "" {
		if t, ok := arsip.ParseTingkat(s); ok {
			b.Tingkat = t
		} else {
			bad("tingkat", ReasonImportChoice)
		}
	}
	if s := str("media"); s != "" {
		if m, ok := arsip.ParseMedia(s); ok {
			b.Media = m
		} else {
			bad("media", ReasonImportChoice)
		}
	}
	if s := str("keamanan"); s != "" {
		if k, ok := arsip.ParseKeamanan(s); ok {
			b.Keamanan = k
		} else {
			bad("keamanan", ReasonImportChoice)
		}
	}
	if s := str("status"); s != "" {
		st, reason := parseStatus(s)
		if reason != "" {
			bad("status", reason)
		}
		b.Status = st
	}
	r.lok = str("lokasi")
	if len(rec.Extra) > 0 {
		r.extra = rec.Extra
	}
	if len(probs) > 0 {
		return probs
	}
	code := b.Code
	if code == "" {
		b.Code = "X" // Validate wants a code; new files get theirs when written
	}
	if err := b.Validate(); err != nil {
		ie, ok := model.AsInvalid(err)
		if !ok {
			return []sheet.Problem{{Column: "uraian", Reason: err.Error()}}
		}
		f := ie.Field
		if m, ok := validationField[f]; ok {
			f = m
		}
		return []sheet.Problem{{Column: f, Reason: ie.Reason}}
	}
	b.Code = code
	// An item row: item columns filled.
	var item *arsip.IsiBerkas
	if _, ok := rec.Values["nomor_item"]; ok || str("uraian_item") != "" {
		item = &arsip.IsiBerkas{NomorItem: num("nomor_item"), NomorSurat: str("nomor_surat"), Uraian: str("uraian_item")}
		if t, ok := rec.Values["tanggal"].(time.Time); ok {
			item.Tanggal = t
		}
		if item.Uraian == "" {
			item.Uraian = b.Uraian
		}
		if str("tingkat") != "" {
			item.Tingkat = b.Tingkat
		}
	}
	key := "c:" + code
	if code == "" {
		if k := r.natKey(); k != "" {
			key = "n:" + k
		} else {
			key = ""
		}
	}
	if key != "" {
		if first, seen := rr.byKey[key]; seen {
			prev := rr.rows[first]
			if item == nil || len(prev.items) == 0 {
				col := "nomor_berkas"
				if code != "" {
					col = "code"
				}
				return []sheet.Problem{{Column: col, Reason: sheet.ReasonDuplicate, Other: prev.row}}
			}
			if item.NomorItem == 0 {
				item.NomorItem = len(prev.items) + 1
			}
			if err := item.Validate(); err != nil {
				return []sheet.Problem{{Column: "nomor_item", Reason: sheet.ReasonRequired}}
			}
			prev.items = append(prev.items, *item)
			rr.skip = true
			return nil
		}
	}
	if t, ok := rec.Values["tanggal"].(time.Time); ok && item == nil {
		// A date without item columns is the file's: kept as shown.
		if r.extra == nil {
			r.extra = map[string]string{}
		}
		r.extra["Tanggal"] = model.FormatDate(t)
	}
	if item != nil {
		if item.NomorItem == 0 {
			item.NomorItem = 1
		}
		if err := item.Validate(); err != nil {
			return []sheet.Problem{{Column: "nomor_item", Reason: sheet.ReasonRequired}}
		}
		r.items = []arsip.IsiBerkas{*item}
	}
	if key != "" {
		rr.byKey[key] = len(rr.rows)
	}
	rr.pending = r
	return nil
}

func (rr *rowReader) accept(sheet.Record) error {
	if rr.pending != nil && !rr.skip {
		rr.rows = append(rr.rows, rr.pending)
	}
	rr.pending = nil
	return nil
}

// existing is what the database holds of one file, for matching.
type existing struct {
	id      int64
	version int64
	b       arsip.Berkas
	extra   string
	lokasi  string
}

// ImportArsip imports a register of files from an .xlsx or .csv file.
// Every row is read and validated first; then, unless DryRun, all files
// are written in one transaction: created, updated (matched by their code,
// else by nomor berkas + classification + years) or left unchanged. A
// rejected row blocks the whole import unless SkipInvalid. Cancelling ctx
// while writing rolls everything back.
func (s *Store) ImportArsip(ctx context.Context, file string, opt ImportArsipOptions) (*ImportArsipReport, error) {
	rr := &rowReader{byKey: map[string]int{}}
	read := 0
	res, err := sheet.Read(file, ArsipSchema, sheet.Options{
		Sheet: opt.Sheet, Layout: opt.Layout, Mapping: opt.Mapping, Saved: opt.Saved,
		Check: rr.check,
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
	rep := &ImportArsipReport{Read: res, Rejected: len(res.Rejected)}
	mapped := map[string]bool{}
	for _, c := range res.Mapping {
		if c.Field != "" {
			mapped[c.Field] = true
		}
	}
	pl, err := s.planImport(ctx, rr.rows, mapped)
	if err != nil {
		return nil, err
	}
	rep.Created, rep.Updated, rep.Unchanged = pl.created, pl.updated, pl.unchanged
	rep.NewKlasifikasi = pl.newKlas
	if opt.DryRun || rep.Blocked(opt.SkipInvalid) || pl.created+pl.updated == 0 && len(pl.newKlas) == 0 {
		return rep, nil
	}
	source := filepath.Base(file)
	if err := s.write(ctx, "import arsip", func(tx *sql.Tx) error {
		n, err := s.applyImport(ctx, tx, pl, source, opt.Progress)
		rep.Items = n
		return err
	}); err != nil {
		return nil, err
	}
	rep.Written = true
	return rep, nil
}

type planned struct {
	r      *importRow
	old    *existing // nil: create
	update bool      // old != nil and something differs
	items  bool      // replace the items
}

type importPlan struct {
	rows                        []planned
	newKlas                     []string
	jra                         map[string]arsip.JRA
	created, updated, unchanged int
	codes                       map[string]bool // every berkas code in use
	statusMapped                bool
}

// planImport matches the rows against the database and decides what each
// one does. Only the fields the file has a column for are compared and
// written: a register without a "Media" column leaves the media alone.
func (s *Store) planImport(ctx context.Context, rows []*importRow, mapped map[string]bool) (*importPlan, error) {
	pl := &importPlan{jra: map[string]arsip.JRA{}, codes: map[string]bool{}, statusMapped: mapped["status"]}
	byCode := map[string]*existing{}
	byNat := map[string]*existing{}
	itemsOf := map[int64]string{}
	err := s.read(ctx, "plan import", func(tx *sql.Tx) error {
		paths, err := placePaths(ctx, tx)
		if err != nil {
			return err
		}
		q, err := tx.QueryContext(ctx, `SELECT b.id, b.version, b.code, b.nomor_berkas, b.kode, b.kode_lama, b.uraian, b.unit,
			b.tahun_dari, b.tahun_sampai, b.jumlah_item, b.tingkat, b.media, b.keamanan, b.kategori, b.status, b.note,
			coalesce(b.extra,''), coalesce(b.place_id,0), coalesce(x.nomor,''), b.retensi_manual, b.deleted_at IS NOT NULL
			FROM berkas b LEFT JOIN boks x ON x.id = b.boks_id`)
		if err != nil {
			return err
		}
		defer q.Close()
		for q.Next() {
			e := &existing{}
			b := &e.b
			var place int64
			var boks string
			var deleted bool
			if err := q.Scan(&e.id, &e.version, &b.Code, &b.NomorBerkas, &b.KodeKlasifikasi, &b.KodeLama, &b.Uraian, &b.UnitPengolah,
				&b.TahunDari, &b.TahunSampai, &b.JumlahItem, &b.Tingkat, &b.Media, &b.Keamanan, &b.Kategori, &b.Status, &b.Note,
				&e.extra, &place, &boks, &b.RetensiManual, &deleted); err != nil {
				return err
			}
			pl.codes[b.Code] = true
			if deleted {
				continue
			}
			e.lokasi = paths[place]
			if boks != "" {
				bx := arsip.Boks{Nomor: boks}
				e.lokasi = model.JoinPath(e.lokasi, bx.Label())
			}
			byCode[b.Code] = e
			if k := natKey(b); k != "" {
				byNat[k] = e
			}
		}
		if err := q.Err(); err != nil {
			return err
		}
		// Classification codes: known ones and the JRA the new ones inherit.
		kodes := map[string]bool{}
		for _, r := range rows {
			kodes[r.b.KodeKlasifikasi] = true
		}
		for k := range kodes {
			var one int
			err := tx.QueryRowContext(ctx, "SELECT 1 FROM klasifikasi WHERE code=? AND deleted_at IS NULL", k).Scan(&one)
			if err == sql.ErrNoRows {
				pl.newKlas = append(pl.newKlas, k)
			} else if err != nil {
				return err
			}
			kl, err := klasFor(tx, k)
			if err == nil {
				pl.jra[k] = kl.JRA
			} else if err != model.ErrNotFound {
				return err
			}
		}
		sort.Strings(pl.newKlas)
		// Items of matched files that the register lists items for.
		st, err := tx.PrepareContext(ctx, "SELECT nomor_item, nomor_surat, coalesce(tanggal,''), uraian, tingkat FROM isi_berkas WHERE berkas_id=? ORDER BY nomor_item, id")
		if err != nil {
			return err
		}
		defer st.Close()
		for _, r := range rows {
			if len(r.items) == 0 {
				continue
			}
			e := match(r, byCode, byNat)
			if e == nil {
				continue
			}
			list, err := st.QueryContext(ctx, e.id)
			if err != nil {
				return err
			}
			var items []arsip.IsiBerkas
			for list.Next() {
				var it arsip.IsiBerkas
				var tgl string
				if err := list.Scan(&it.NomorItem, &it.NomorSurat, &tgl, &it.Uraian, &it.Tingkat); err != nil {
					list.Close()
					return err
				}
				it.Tanggal = parseDate(tgl)
				items = append(items, it)
			}
			list.Close()
			itemsOf[e.id] = itemsKey(items)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	pl.rows = make([]planned, len(rows))
	for i, r := range rows {
		p := planned{r: r, old: match(r, byCode, byNat)}
		if p.old == nil {
			// A code given in the file that another (binned) file holds is
			// not reused: the new file gets a fresh one.
			if r.b.Code != "" && pl.codes[r.b.Code] {
				r.b.Code = ""
			}
			if r.b.Code != "" {
				pl.codes[r.b.Code] = true
			}
			pl.created++
			p.items = len(r.items) > 0
		} else {
			merged := mergeImport(p.old, r, mapped)
			p.items = len(r.items) > 0 && itemsOf[p.old.id] != itemsKey(r.items)
			p.update = !sameImported(&p.old.b, &merged.b) || p.old.extra != merged.extraJSON() || p.items
			r.b, r.extra = merged.b, merged.extra
			if p.update {
				pl.updated++
			} else {
				pl.unchanged++
			}
		}
		pl.rows[i] = p
	}
	return pl, nil
}

func match(r *importRow, byCode, byNat map[string]*existing) *existing {
	if r.b.Code != "" {
		if e := byCode[r.b.Code]; e != nil {
			return e
		}
	}
	if k := r.natKey(); k != "" {
		return byNat[k]
	}
	return nil
}

func itemsKey(items []arsip.IsiBerkas) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "%d\x00%s\x00%s\x00%s\x00%s\x01", it.NomorItem, it.NomorSurat, it.Tanggal.Format(dateLayout), it.Uraian, it.Tingkat)
	}
	return b.String()
}

// mergeImport is the existing file with the imported columns laid over it.
func mergeImport(e *existing, r *importRow, mapped map[string]bool) *importRow {
	out := &importRow{row: r.row, b: e.b, items: r.items}
	b, n := &out.b, &r.b
	set := func(field string, fn func()) {
		if mapped[field] {
			fn()
		}
	}
	set("kode_klasifikasi", func() { b.KodeKlasifikasi = n.KodeKlasifikasi })
	set("nomor_berkas", func() { b.NomorBerkas = n.NomorBerkas })
	set("kode_lama", func() { b.KodeLama = n.KodeLama })
	set("uraian", func() { b.Uraian = n.Uraian })
	set("unit", func() { b.UnitPengolah = n.UnitPengolah })
	set("kurun_waktu", func() { b.TahunDari, b.TahunSampai = n.TahunDari, n.TahunSampai })
	set("jumlah", func() { b.JumlahItem = n.JumlahItem })
	set("tingkat", func() { b.Tingkat = n.Tingkat })
	set("media", func() { b.Media = n.Media })
	set("keamanan", func() { b.Keamanan = n.Keamanan })
	set("kategori", func() { b.Kategori = n.Kategori })
	set("keterangan", func() { b.Note = n.Note })
	set("status", func() {
		if n.Status != "" && (b.Status == arsip.StatusAktif || b.Status == arsip.StatusInaktif) {
			b.Status = n.Status
		}
	})
	if len(r.items) > 0 {
		b.JumlahItem = len(r.items)
	}
	b.Normalize()
	// Unmapped columns: the file's values replace the kept ones; keys the
	// file does not have stay. The location is kept only when it is not
	// where Rapi already knows the file to be.
	old := map[string]string{}
	if e.extra != "" {
		json.Unmarshal([]byte(e.extra), &old)
	}
	for k, v := range r.extra {
		old[k] = v
	}
	if r.lok != "" && r.lok != e.lokasi {
		old["Lokasi"] = r.lok
	}
	if len(old) > 0 {
		out.extra = old
	}
	return out
}

func (r *importRow) extraJSON() string {
	ex := r.extra
	if r.lok != "" {
		ex = map[string]string{}
		for k, v := range r.extra {
			ex[k] = v
		}
		if _, ok := ex["Lokasi"]; !ok {
			ex["Lokasi"] = r.lok
		}
	}
	if len(ex) == 0 {
		return ""
	}
	j, _ := json.Marshal(ex)
	return string(j)
}

func sameImported(a, b *arsip.Berkas) bool {
	return a.KodeKlasifikasi == b.KodeKlasifikasi && a.NomorBerkas == b.NomorBerkas && a.KodeLama == b.KodeLama &&
		a.Uraian == b.Uraian && a.UnitPengolah == b.UnitPengolah && a.TahunDari == b.TahunDari && a.TahunSampai == b.TahunSampai &&
		a.JumlahItem == b.JumlahItem && a.Tingkat == b.Tingkat && a.Media == b.Media && a.Keamanan == b.Keamanan &&
		a.Kategori == b.Kategori && a.Note == b.Note && a.Status == b.Status
}

// applyImport writes a plan inside the import's transaction, many files
// per statement (importBatch); it returns how many items were written.
func (s *Store) applyImport(ctx context.Context, tx *sql.Tx, pl *importPlan, source string, progress func(done, total int)) (int, error) {
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size=-131072"); err == nil {
		defer tx.Exec("PRAGMA cache_size=-2000")
	}
	today := s.now()
	now, by := fmtTime(today), s.Actor().Label()
	// New classification codes, marked for review, with the JRA of their
	// nearest listed parent.
	for _, k := range pl.newKlas {
		j := pl.jra[k]
		if !j.Nasib.Valid() {
			j.Nasib = arsip.NasibDinilai
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO klasifikasi(code, name, aktif, inaktif, nasib, trigger_text, review, review_source, note,
			created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,1,?,?,?,?,?,?)`,
			k, k, j.Aktif, j.Inaktif, j.Nasib, j.Trigger, source, "perlu ditinjau: ditambahkan oleh impor "+source, now, by, now, by)
		if err != nil {
			return 0, err
		}
		id, _ := res.LastInsertId()
		if err := s.audit(tx, "klasifikasi", id, ActCreate, nil, map[string]any{"code": k, "review": true, "source": source}); err != nil {
			return 0, err
		}
		pl.jra[k] = j
	}
	// Codes already registered under the berkas prefix, read once: a new
	// file's code skips them (and every berkas code, binned ones too).
	taken, err := registeredCodes(ctx, tx, model.CodeBerkas)
	if err != nil {
		return 0, err
	}
	var seq int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce((SELECT last FROM code_counter WHERE kind=?),0)", string(model.CodeBerkas)).Scan(&seq); err != nil {
		return 0, err
	}
	startSeq := seq
	nextCode := func() (string, error) {
		for {
			seq++
			c := model.FormatCode(model.CodeBerkas, seq)
			if c == "" {
				return "", fmt.Errorf("import: berkas code sequence exhausted")
			}
			if pl.codes[c] || taken[c] {
				continue
			}
			pl.codes[c] = true
			return c, nil
		}
	}
	w := &importBatch{ctx: ctx, tx: tx, now: now, by: by}
	total := len(pl.rows)
	for i := range pl.rows {
		p := &pl.rows[i]
		if i%500 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
			if progress != nil && i > 0 {
				progress(i, total)
			}
		}
		if p.old != nil && !p.update {
			continue
		}
		b := &p.r.b
		b.Normalize()
		ret, rerr := arsip.ComputeRetensi(b.TahunSampai, pl.jra[b.KodeKlasifikasi])
		if rerr != nil {
			ret = arsip.Retensi{Nasib: pl.jra[b.KodeKlasifikasi].Nasib}
		}
		if p.old == nil {
			if b.Code == "" {
				c, err := nextCode()
				if err != nil {
					return 0, err
				}
				b.Code = c
			}
			if len(p.r.items) > 0 {
				b.JumlahItem = len(p.r.items)
			}
			if !pl.statusMapped && rerr == nil && !today.Before(ret.PindahOn) {
				b.Status = arsip.StatusInaktif // an old register: its active years are over
			}
			if err := w.create(p, ret); err != nil {
				return 0, err
			}
		} else if err := w.update(p, ret); err != nil {
			return 0, err
		}
	}
	if err := w.flush(); err != nil {
		return 0, err
	}
	if seq > startSeq {
		if _, err := tx.ExecContext(ctx, `INSERT INTO code_counter(kind, last) VALUES (?, ?)
			ON CONFLICT(kind) DO UPDATE SET last = max(last, excluded.last)`, string(model.CodeBerkas), seq); err != nil {
			return 0, err
		}
	}
	if progress != nil {
		progress(total, total)
	}
	return w.items, s.audit(tx, "berkas", 0, ActCreate, nil, map[string]any{"import": source,
		"created": pl.created, "updated": pl.updated, "unchanged": pl.unchanged, "klasifikasi_review": pl.newKlas})
}

// registeredCodes lists the codes of the registry that carry kind's prefix.
func registeredCodes(ctx context.Context, tx *sql.Tx, kind model.CodeKind) (map[string]bool, error) {
	prefix := kind.Prefix() + "-"
	rows, err := tx.QueryContext(ctx, "SELECT code FROM code_registry WHERE code >= ? AND code < ?", prefix, kind.Prefix()+".")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out[c] = true
	}
	return out, rows.Err()
}

// importBatchRows is how many files one statement writes. Each row of a
// multi-row statement is one execution of the FTS triggers inside the
// same statement, so the full-text index takes the batch in one go
// instead of flushing its pending terms once per file; 23 parameters a
// row stay far below SQLite's limit of 32766.
const importBatchRows = 256

// importItemRows is how many items one statement writes (8 parameters each).
const importItemRows = 512

const (
	berkasInsertCols = `INSERT INTO berkas(code, nomor_berkas, kode, kode_lama, uraian, unit, tahun_dari, tahun_sampai,
		jumlah_item, tingkat, media, keamanan, kategori, status, pindah_on, akhir_on, nasib, note, extra,
		created_at, created_by, updated_at, updated_by) VALUES `
	berkasInsertRow = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
	// The values of an updated file: column1 is its id.
	berkasUpdateHead = `UPDATE berkas SET nomor_berkas=v.column2, kode=v.column3, kode_lama=v.column4, uraian=v.column5, unit=v.column6,
		tahun_dari=v.column7, tahun_sampai=v.column8, jumlah_item=v.column9, tingkat=v.column10, media=v.column11,
		keamanan=v.column12, kategori=v.column13, status=v.column14, note=v.column15, extra=v.column16,
		pindah_on=CASE WHEN retensi_manual THEN pindah_on ELSE v.column17 END,
		akhir_on=CASE WHEN retensi_manual THEN akhir_on ELSE v.column18 END,
		nasib=v.column19, version=version+1, updated_at=v.column20, updated_by=v.column21
		FROM (VALUES `
	berkasUpdateRow  = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
	berkasUpdateTail = ") AS v WHERE berkas.id = v.column1"
	registryInsert   = "INSERT INTO code_registry(code, kind, entity_id) VALUES "
	registryRow      = "(?,?,?)"
	registryTail     = " ON CONFLICT(code) DO UPDATE SET entity_id=excluded.entity_id WHERE kind=excluded.kind AND entity_id IS NULL"
	itemInsert       = "INSERT INTO isi_berkas(berkas_id, nomor_item, nomor_surat, tanggal, uraian, tingkat, jumlah, keterangan) VALUES "
	itemRow          = "(?,?,?,?,?,?,?,?)"
)

// multiRow is head followed by n copies of row separated by commas, then tail.
func multiRow(head, row, tail string, n int) string {
	var b strings.Builder
	b.Grow(len(head) + n*(len(row)+1) + len(tail))
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	b.WriteString(tail)
	return b.String()
}

// importBatch gathers the files an import creates or updates and writes
// them a batch at a time, in the order of the register, inside the
// import's transaction.
type importBatch struct {
	ctx     context.Context
	tx      *sql.Tx
	now, by string
	items   int // items written

	creates    []*planned
	createArgs []any
	updates    []*planned
	updateArgs []any
	updateIDs  map[int64]bool // files in updates: one file twice waits for the next batch
	itemArgs   []any
	itemCount  int
	sqlCache   map[string]string
}

// sql is the multi-row statement for n rows, kept for full batches.
func (w *importBatch) sql(head, row, tail string, n int) string {
	key := head + tail + strconv.Itoa(n)
	if q, ok := w.sqlCache[key]; ok {
		return q
	}
	q := multiRow(head, row, tail, n)
	if n == importBatchRows || n == importItemRows {
		if w.sqlCache == nil {
			w.sqlCache = map[string]string{}
		}
		w.sqlCache[key] = q
	}
	return q
}

func rowSpan(ps []*planned) string {
	if len(ps) == 1 {
		return fmt.Sprintf("row %d", ps[0].r.row)
	}
	return fmt.Sprintf("rows %d-%d", ps[0].r.row, ps[len(ps)-1].r.row)
}

func (w *importBatch) create(p *planned, ret arsip.Retensi) error {
	b := &p.r.b
	w.creates = append(w.creates, p)
	w.createArgs = append(w.createArgs, b.Code, b.NomorBerkas, b.KodeKlasifikasi, b.KodeLama, b.Uraian, b.UnitPengolah, b.TahunDari, b.TahunSampai,
		b.JumlahItem, b.Tingkat, b.Media, b.Keamanan, b.Kategori, b.Status, fmtDate(ret.PindahOn), fmtDate(ret.AkhirOn), ret.Nasib, b.Note,
		nullText(p.r.extraJSON()), w.now, w.by, w.now, w.by)
	if len(w.creates) == importBatchRows {
		return w.flushCreates()
	}
	return nil
}

func (w *importBatch) update(p *planned, ret arsip.Retensi) error {
	id := p.old.id
	if w.updateIDs[id] {
		if err := w.flushUpdates(); err != nil {
			return err
		}
	}
	if w.updateIDs == nil {
		w.updateIDs = map[int64]bool{}
	}
	w.updateIDs[id] = true
	b := &p.r.b
	w.updates = append(w.updates, p)
	w.updateArgs = append(w.updateArgs, id, b.NomorBerkas, b.KodeKlasifikasi, b.KodeLama, b.Uraian, b.UnitPengolah, b.TahunDari, b.TahunSampai,
		b.JumlahItem, b.Tingkat, b.Media, b.Keamanan, b.Kategori, b.Status, b.Note, nullText(p.r.extraJSON()),
		fmtDate(ret.PindahOn), fmtDate(ret.AkhirOn), ret.Nasib, w.now, w.by)
	if len(w.updates) == importBatchRows {
		return w.flushUpdates()
	}
	return nil
}

func (w *importBatch) flush() error {
	if err := w.flushCreates(); err != nil {
		return err
	}
	if err := w.flushUpdates(); err != nil {
		return err
	}
	return w.flushItems()
}

// flushCreates inserts the pending new files, registers their codes and
// writes their items.
func (w *importBatch) flushCreates() error {
	n := len(w.creates)
	if n == 0 {
		return nil
	}
	batch := w.creates
	rows, err := w.tx.QueryContext(w.ctx, w.sql(berkasInsertCols, berkasInsertRow, " RETURNING id, code", n), w.createArgs...)
	if err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	ids := make(map[string]int64, n)
	for rows.Next() {
		var id int64
		var code string
		if err := rows.Scan(&id, &code); err != nil {
			rows.Close()
			return err
		}
		ids[code] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	reg := w.createArgs[:0]
	for _, p := range batch {
		id, ok := ids[p.r.b.Code]
		if !ok {
			return fmt.Errorf("row %d: file %s not written", p.r.row, p.r.b.Code)
		}
		reg = append(reg, p.r.b.Code, string(model.CodeBerkas), id)
	}
	if _, err := w.tx.ExecContext(w.ctx, w.sql(registryInsert, registryRow, registryTail, n), reg...); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	for _, p := range batch {
		if p.items {
			if err := w.addItems(ids[p.r.b.Code], p.r.items); err != nil {
				return err
			}
		}
	}
	clear(w.createArgs[:cap(w.createArgs)])
	w.creates, w.createArgs = w.creates[:0], w.createArgs[:0]
	return w.flushItems()
}

// flushUpdates rewrites the pending matched files and replaces the items
// of those whose items changed.
func (w *importBatch) flushUpdates() error {
	n := len(w.updates)
	if n == 0 {
		return nil
	}
	batch := w.updates
	if _, err := w.tx.ExecContext(w.ctx, w.sql(berkasUpdateHead, berkasUpdateRow, berkasUpdateTail, n), w.updateArgs...); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	var del []any
	for _, p := range batch {
		if p.items {
			del = append(del, p.old.id)
		}
	}
	if len(del) > 0 {
		q := "DELETE FROM isi_berkas WHERE berkas_id IN (?" + strings.Repeat(",?", len(del)-1) + ")"
		if _, err := w.tx.ExecContext(w.ctx, q, del...); err != nil {
			return err
		}
		for _, p := range batch {
			if p.items {
				if err := w.addItems(p.old.id, p.r.items); err != nil {
					return err
				}
			}
		}
	}
	clear(w.updateArgs[:cap(w.updateArgs)])
	w.updates, w.updateArgs = w.updates[:0], w.updateArgs[:0]
	clear(w.updateIDs)
	return w.flushItems()
}

func (w *importBatch) addItems(id int64, items []arsip.IsiBerkas) error {
	for _, it := range items {
		w.itemArgs = append(w.itemArgs, id, it.NomorItem, it.NomorSurat, fmtDate(it.Tanggal), it.Uraian, it.Tingkat, it.Jumlah, it.Keterangan)
		w.itemCount++
		if w.itemCount == importItemRows {
			if err := w.flushItems(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *importBatch) flushItems() error {
	if w.itemCount == 0 {
		return nil
	}
	if _, err := w.tx.ExecContext(w.ctx, w.sql(itemInsert, itemRow, "", w.itemCount), w.itemArgs...); err != nil {
		return err
	}
	w.items += w.itemCount
	clear(w.itemArgs[:cap(w.itemArgs)])
	w.itemArgs, w.itemCount = w.itemArgs[:0], 0
	return nil
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
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

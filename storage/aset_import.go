package storage

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// AsetSchema is a KIB register as offices and SIMDA-style systems export
// it: title rows on top, often a two-row header ("Nomor" merged over
// Pabrik | Rangka | Mesin | Polisi | BPKB), kode barang with or without
// dots, registers "0001", money "Rp 12.500.000,00", condition words. A
// unit is known by its kode barang and register.
var AsetSchema = sheet.Schema{
	Name: "kib",
	Key:  []string{"kode_barang", "register"},
	Fields: append([]sheet.Field{
		{Key: "kode_barang", Label: "Kode Barang", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Kode", "Kd Barang", "Kode Aset", "Kode Brg", "Kode Rekening Barang"}},
		{Key: "register", Label: "Nomor Register", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Register", "No Register", "No. Register", "Reg", "No Reg", "Nomor Reg", "Noreg"}},
		{Key: "nama", Label: "Nama/Jenis Barang", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Nama Barang", "Jenis Barang", "Nama", "Nama Jenis Barang", "Uraian", "Nama Aset"}},
		{Key: "merk", Label: "Merk/Type", Kind: sheet.Text, Synonyms: []string{"Merk", "Merk/Tipe", "Merek", "Type", "Tipe", "Merk Type", "Merk/Model"}},
		{Key: "ukuran", Label: "Ukuran/CC", Kind: sheet.Text, Synonyms: []string{"Ukuran", "CC", "Ukuran CC"}},
		{Key: "bahan", Label: "Bahan", Kind: sheet.Text},
		{Key: "tahun", Label: "Tahun Pembelian", Kind: sheet.Text,
			Synonyms: []string{"Tahun", "Tahun Perolehan", "Tahun Pengadaan", "Tahun Pembuatan", "Thn",
				"Tahun Cetak/Pembelian", "Tahun Cetak", "Tahun Cetak/Pembuatan", "Tahun Pembuatan/Pembelian"}},
		{Key: "nomor_pabrik", Label: "Nomor Pabrik", Kind: sheet.Text, Synonyms: []string{"No Pabrik", "Nomor Seri", "No Seri", "No Seri Pabrik"}},
		{Key: "nomor_rangka", Label: "Nomor Rangka", Kind: sheet.Text, Synonyms: []string{"No Rangka", "Rangka"}},
		{Key: "nomor_mesin", Label: "Nomor Mesin", Kind: sheet.Text, Synonyms: []string{"No Mesin", "Mesin"}},
		{Key: "nomor_polisi", Label: "Nomor Polisi", Kind: sheet.Text, Synonyms: []string{"No Polisi", "Nopol", "Polisi", "Plat Nomor"}},
		{Key: "nomor_bpkb", Label: "Nomor BPKB", Kind: sheet.Text, Synonyms: []string{"No BPKB", "BPKB"}},
		{Key: "cara_perolehan", Label: "Asal-usul/Cara Perolehan", Kind: sheet.Text,
			Synonyms: []string{"Asal Usul", "Asal-usul", "Cara Perolehan", "Perolehan", "Asal Usul Cara Perolehan", "Asal-usul Cara Perolehan",
				"Asal-usul Pembiayaan", "Asal Usul Pembiayaan"}},
		{Key: "harga", Label: "Harga (Rp)", Kind: sheet.Text, Synonyms: []string{"Harga", "Nilai", "Harga Perolehan", "Nilai Perolehan", "Harga Rp"}},
		{Key: "kondisi", Label: "Kondisi", Kind: sheet.Text, Synonyms: []string{"Keadaan", "Keadaan Barang", "Kondisi Barang", "Kondisi (B/RR/RB)",
			"Kondisi (B/KB/RB)", "Kondisi Bangunan", "Kondisi Bangunan (B, KB, RB)", "Kondisi Bangunan (B/KB/RB)"}},
		{Key: "kode_lama", Label: "Kode Lama", Kind: sheet.Text},
		{Key: "keterangan", Label: "Keterangan", Kind: sheet.Text, Synonyms: []string{"Ket", "Ket."}},
	}, asetDetailFields...),
}

// ImportAsetOptions steer ImportAset.
type ImportAsetOptions struct {
	Sheet       string // "" = the active sheet
	DryRun      bool   // read, check and count; write nothing
	SkipInvalid bool   // write the valid rows when some are rejected
}

// ImportAsetReport says what an import did (or, dry or blocked, would do).
type ImportAsetReport struct {
	Read                                  *sheet.Result
	Created, Updated, Unchanged, Rejected int
	Written                               bool
	// Preview is the first rows of the register as they will be imported.
	Preview []PreviewRow
}

// Blocked reports whether rejected rows keep the import from writing.
func (r *ImportAsetReport) Blocked(skip bool) bool { return !r.Read.OK() && !skip }

// ImportAset reads a KIB register (.xlsx or .csv) and saves its units,
// all or nothing unless SkipInvalid: a bad row writes nothing, and the
// report names each bad row and column. Units are matched by kode barang
// and register (in the bin or not), so the same file twice changes
// nothing the second time; a new unit claims its register in the write.
func (s *Store) ImportAset(ctx context.Context, file string, opt ImportAsetOptions) (*ImportAsetReport, error) {
	// The accepted rows become units as they are read: 100,000 maps of
	// cells need not stay in memory. Nothing is written before the whole
	// file is read and planned.
	var rows []asetImportRow
	keep := func(rec sheet.Record) error {
		a, _ := parseAsetRecord(rec)
		rows = append(rows, asetImportRow{row: rec.Row, a: a})
		return nil
	}
	var pv previewer
	res, err := sheet.Read(file, AsetSchema, sheet.Options{Sheet: opt.Sheet, Check: pv.check(checkAsetRecord), OnRecord: keep})
	if err != nil {
		return nil, err
	}
	rep := &ImportAsetReport{Read: res, Rejected: len(res.Rejected), Preview: pv.rows(res)}
	if rep.Blocked(opt.SkipInvalid) || opt.DryRun {
		err := s.read(ctx, "plan aset import", func(tx *sql.Tx) error {
			_, err := planAsetImport(ctx, tx, rows, rep)
			return err
		})
		return rep, err
	}
	err = s.write(ctx, "import aset", func(tx *sql.Tx) error {
		rep.Created, rep.Updated, rep.Unchanged = 0, 0, 0
		todo, err := planAsetImport(ctx, tx, rows, rep)
		if err != nil {
			return err
		}
		if rep.Blocked(opt.SkipInvalid) { // a kode barang not in the list
			return errAsetImportBlocked
		}
		var fresh []*asetImportRow
		for _, r := range todo {
			if !r.old {
				fresh = append(fresh, r)
				continue
			}
			if err := s.applyAsetImport(ctx, tx, r); err != nil {
				return err
			}
		}
		if err := s.createAsetBulk(ctx, tx, fresh); err != nil {
			return err
		}
		return s.audit(tx, "aset", 0, ActUpdate, nil, map[string]any{"import": file,
			"created": rep.Created, "updated": rep.Updated, "unchanged": rep.Unchanged})
	})
	if errors.Is(err, errAsetImportBlocked) {
		return rep, nil
	}
	if err != nil {
		return nil, err
	}
	rep.Written = true
	return rep, nil
}

// errAsetImportBlocked rolls back an import whose plan found a bad row.
var errAsetImportBlocked = errors.New("aset import blocked")

type asetImportRow struct {
	row int
	a   aset.Aset
	old bool // a holds the saved unit with the file's fields over it
}

func (s *Store) applyAsetImport(ctx context.Context, tx *sql.Tx, r *asetImportRow) error {
	var err error
	if r.old {
		r.a.Catatan = &aset.Catatan{Alasan: "impor register KIB"}
		if r.a.DeletedAt != nil {
			if _, err = tx.Exec("UPDATE aset SET deleted_at=NULL WHERE id=?", r.a.ID); err != nil {
				return err
			}
		}
		err = asetEntity.updateTx(ctx, s, tx, &r.a)
	} else if err = asetEntity.run(asetEntity.check, s, tx, &r.a, nil); err == nil { // claims the register
		err = asetEntity.insert(ctx, s, tx, &r.a, true)
	}
	if err != nil {
		return asetRowError(r.row, err)
	}
	return nil
}

// asetRowError says which row of the file a refused write came from.
func asetRowError(row int, err error) error {
	if ie, ok := model.AsInvalid(err); ok {
		ie.Value = "baris " + strconv.Itoa(row) + ": " + ie.Value
		return ie
	}
	return err
}

// planAsetImport sorts the rows into new, changed and unchanged units,
// reading the saved units in one query per kode barang of the file.
func planAsetImport(ctx context.Context, tx *sql.Tx, rows []asetImportRow, rep *ImportAsetReport) ([]*asetImportRow, error) {
	saved, err := savedAsetUnits(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	known, err := knownKodes(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	var todo []*asetImportRow
	for i := range rows {
		r := &rows[i]
		if !known[r.a.KodeBarang] {
			rep.Read.Problems = append(rep.Read.Problems, sheet.Problem{Row: r.row, Column: "Kode Barang",
				Value: string(r.a.KodeBarang), Reason: "error.aset_kode_unknown"})
			rep.Rejected++
			continue
		}
		old, found := saved[asetUnitKey{r.a.KodeBarang, r.a.Register}]
		switch {
		case !found:
			rep.Created++
		case old.DeletedAt == nil && unchangedByImport(&old, &r.a):
			rep.Unchanged++
			continue
		default:
			if !r.old { // a second plan (the write after a dry read) finds it merged already
				merged := old
				mergeAsetImport(&merged, &r.a)
				r.a, r.old = merged, true
			}
			rep.Updated++
		}
		todo = append(todo, r)
	}
	return todo, nil
}

// knownKodes are the file's kode barang that are in the list.
func knownKodes(ctx context.Context, tx *sql.Tx, rows []asetImportRow) (map[aset.Kode]bool, error) {
	out := map[aset.Kode]bool{}
	for _, r := range rows {
		k := r.a.KodeBarang
		if _, seen := out[k]; seen {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM kode_barang WHERE kode = ? AND deleted_at IS NULL", string(k)).Scan(&n); err != nil {
			return nil, err
		}
		out[k] = n > 0
	}
	return out, nil
}

type asetUnitKey struct {
	kode aset.Kode
	reg  int
}

func savedAsetUnits(ctx context.Context, tx *sql.Tx, rows []asetImportRow) (map[asetUnitKey]aset.Aset, error) {
	kodes := map[aset.Kode]bool{}
	for _, r := range rows {
		kodes[r.a.KodeBarang] = true
	}
	out := map[asetUnitKey]aset.Aset{}
	for k := range kodes {
		q, err := tx.QueryContext(ctx, "SELECT "+asetColsA+" FROM aset a WHERE a.kode_barang = ?", string(k))
		if err != nil {
			return nil, err
		}
		for q.Next() {
			a, err := scanAset(q)
			if err != nil {
				q.Close()
				return nil, err
			}
			out[asetUnitKey{a.KodeBarang, a.Register}] = a
		}
		q.Close()
		if err := q.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// asetImportFields are the fields a KIB register carries, comparable.
type asetImportFields struct {
	nama, merk, ukuran, bahan, seri, kodeLama, ket string
	tahun                                          int
	harga                                          int64
	kondisi                                        aset.Kondisi
	cara                                           aset.CaraPerolehan
	detail                                         string // JSON: the cards hold dates
}

func asetImportFieldsOf(a *aset.Aset) asetImportFields {
	return asetImportFields{a.Nama, a.Merk, a.Ukuran, a.Bahan, a.NomorSeri, a.KodeLama, a.Keterangan, a.Tahun, a.Harga,
		a.Kondisi, a.CaraPerolehan, asetDetailJSON(a)}
}

// unchangedByImport: the row would change nothing of the saved unit (a
// row without detail columns leaves the card as it is).
func unchangedByImport(old, row *aset.Aset) bool {
	merged := *old
	mergeAsetImport(&merged, row)
	merged.Normalize()
	return asetImportFieldsOf(old) == asetImportFieldsOf(&merged)
}

// mergeAsetImport puts the register's fields over a saved unit; the room,
// holder and status stay as Rapi has them, and so does the card of a
// unit whose row fills none of its KIB's detail columns.
func mergeAsetImport(dst, src *aset.Aset) {
	dst.Nama, dst.Merk, dst.Ukuran, dst.Bahan, dst.NomorSeri = src.Nama, src.Merk, src.Ukuran, src.Bahan, src.NomorSeri
	dst.KodeLama, dst.Keterangan = src.KodeLama, src.Keterangan
	dst.Kondisi, dst.CaraPerolehan = src.Kondisi, src.CaraPerolehan
	// KIB D and F have no Tahun column, and a KIB F may show only the
	// contract: a register without them does not erase what Rapi knows.
	if src.Tahun != 0 {
		dst.Tahun = src.Tahun
	}
	if src.Harga != 0 {
		dst.Harga = src.Harga
	}
	if src.Detail != (aset.Detail{}) {
		dst.Detail = src.Detail
	}
}

func checkAsetRecord(rec sheet.Record) []sheet.Problem {
	_, probs := parseAsetRecord(rec)
	return probs
}

// parseAsetRecord reads one row into a unit, with a problem per bad cell
// (named by its field; the engine gives the header and letter).
func parseAsetRecord(rec sheet.Record) (aset.Aset, []sheet.Problem) {
	var probs []sheet.Problem
	bad := func(field string, err error) {
		probs = append(probs, sheet.Problem{Row: rec.Row, Column: field, Reason: reasonOf(err)})
	}
	text := func(key string) string {
		s, _ := rec.Values[key].(string)
		return strings.TrimSpace(s)
	}
	a := aset.Aset{Nama: text("nama"), Merk: text("merk"), Ukuran: text("ukuran"), Bahan: text("bahan"),
		NomorSeri: text("nomor_pabrik"), KodeLama: text("kode_lama"), Keterangan: text("keterangan")}
	var err error
	if a.KodeBarang, err = aset.ParseKode(text("kode_barang")); err != nil {
		bad("kode_barang", err)
	}
	if a.Register, err = aset.ParseRegister(text("register")); err != nil || a.Register <= 0 {
		bad("register", model.Invalid("register", text("register"), "error.aset_import_register"))
	}
	if t := text("tahun"); t != "" {
		// A year in a number cell may show as "2.020" (Rapi's own KIB E does).
		n, err := value.ParseInt(t)
		if a.Tahun = int(n); err != nil {
			bad("tahun", model.Invalid("tahun", t, "error.aset_import_tahun"))
		}
	}
	if t := text("harga"); t != "" {
		if a.Harga, err = value.ParseRupiah(t); err != nil {
			bad("harga", err)
		}
	}
	if t := text("kondisi"); t != "" {
		if a.Kondisi, err = aset.ParseKondisi(t); err != nil {
			bad("kondisi", err)
		}
	}
	if t := text("cara_perolehan"); t != "" {
		if a.CaraPerolehan, err = aset.ParseCaraPerolehan(t); err != nil {
			bad("cara_perolehan", err)
		}
	}
	if a.KodeBarang.KIB() == aset.KIBB {
		m := aset.Mesin{NomorRangka: text("nomor_rangka"), NomorMesin: text("nomor_mesin"),
			NomorPolisi: text("nomor_polisi"), NomorBPKB: text("nomor_bpkb")}
		if m.NomorPolisi != "" {
			if m.NomorPolisi, err = aset.ParseNomorPolisi(m.NomorPolisi); err != nil {
				bad("nomor_polisi", err)
			}
		}
		if m != (aset.Mesin{}) {
			a.Detail.B = &m
		}
	}
	readDetail(&a, detailReader{rec: rec, bad: bad, text: text})
	if len(probs) == 0 {
		if err := a.Validate(); err != nil {
			if ie, ok := model.AsInvalid(err); ok {
				bad(schemaField(ie.Field), err)
			} else {
				bad("nama", err)
			}
		}
	}
	return a, probs
}

// schemaField is the register column of a model field.
func schemaField(f string) string {
	if _, ok := AsetSchema.Field(f); ok {
		return f
	}
	return "kode_barang"
}

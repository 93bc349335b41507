package storage

import (
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// Reading a register: each validated sheet record becomes a file (with its
// items) to import; the words of registers become Rapi's choices.

// importRow is one file read from the register, with its items.
type importRow struct {
	row   int
	b     arsip.Berkas
	extra map[string]string
	lok   string // the location as the register wrote it
	items []arsip.IsiBerkas
	// lokasi is the location read into levels; target where it resolved
	// to (none: kept as text only); placeIt: the file is put there.
	lokasi  rowLokasi
	target  target
	placeIt bool
	// ownKlas: the register gave the classification (not the code chosen
	// for the whole file, nor none).
	ownKlas bool
	noYears bool     // the register gave no kurun waktu
	blank   []string // choice fields left empty: an update keeps the file's
}

func (r *importRow) natKey() string { return natKey(&r.b) }

// natKey identifies a file without a code: nomor berkas + classification
// + years, or, in registers without numbers, classification + years +
// uraian.
func natKey(b *arsip.Berkas) string {
	k := b.KodeKlasifikasi + "\x00" + strconv.Itoa(b.TahunDari) + "\x00" + strconv.Itoa(b.TahunSampai)
	if b.NomorBerkas != "" {
		// as written, ignoring case: "12/BU/2023" is "12/bu/2023"
		return strings.ToLower(arsip.NormalizeNomor(b.NomorBerkas)) + "\x00" + k
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
	skip    bool   // the record is an item of an earlier row
	klas    string // the classification of rows without one (ImportArsipOptions.Klasifikasi)
}

func (rr *rowReader) check(rec sheet.Record) []sheet.Problem {
	rr.pending, rr.skip = nil, false
	v := recValues(rec)
	if itemOnly(v) {
		return rr.addToParent(v)
	}
	r := &importRow{row: rec.Row, lokasi: readLokasi(v)}
	r.lok = lokasiText(v, r.lokasi)
	if len(rec.Extra) > 0 {
		r.extra = rec.Extra
	}
	if f := r.lokasi.loc.Folder; f != "" {
		if r.extra == nil {
			r.extra = map[string]string{}
		}
		r.extra["Folder"] = f // the file's own folder: no place of its own
	}
	for _, f := range []string{"tingkat", "media", "keamanan"} {
		if v.str(f) == "" {
			r.blank = append(r.blank, f) // a parent row of an isi berkas leaves them to the items
		}
	}
	if probs := readBerkas(&r.b, v); len(probs) > 0 {
		return probs
	}
	parent := parentRow(&r.b, v)
	if parent || r.b.Uraian == "" {
		r.b.Uraian = v.str("uraian_item") // the file's description in an isi berkas sheet
	}
	if r.b.TahunSampai == 0 {
		r.noYears = true // from the items' dates, else the file in Rapi
	}
	r.ownKlas = r.b.KodeKlasifikasi != ""
	if !r.ownKlas {
		r.b.KodeKlasifikasi = rr.klas
	}
	if p := validateImported(&r.b); p != nil {
		return []sheet.Problem{*p}
	}
	item := readItem(&r.b, v)
	if parent {
		item = nil
	}
	if item != nil {
		widenYears(r, item.Tanggal)
	}
	key := rowKey(r)
	if first, seen := rr.byKey[key]; key != "" && seen {
		return rr.addToEarlier(rr.rows[first], item, r.b.Code != "")
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

// recValues reads a record's typed values.
type recValues sheet.Record

func (v recValues) str(k string) string { s, _ := v.Values[k].(string); return s }
func (v recValues) num(k string) int    { n, _ := v.Values[k].(int64); return int(n) }

// readBerkas fills b from a record; a word that is not one of Rapi's
// choices is a problem on its column.
func readBerkas(b *arsip.Berkas, v recValues) []sheet.Problem {
	b.Code = model.NormalizeCode(v.str("code"))
	b.KodeKlasifikasi = arsip.NormalizeKlasifikasiCode(v.str("kode_klasifikasi"))
	b.KodeLama = v.str("kode_lama")
	b.NomorBerkas = arsip.NormalizeNomor(v.str("nomor_berkas"))
	b.UnitPengolah = v.str("unit")
	b.Uraian = v.str("uraian")
	if yr, ok := v.Values["kurun_waktu"].(value.YearRange); ok {
		b.TahunDari, b.TahunSampai = yr.From, yr.To
	}
	b.JumlahItem = v.num("jumlah")
	b.Kategori = v.str("kategori")
	b.Note = v.str("keterangan")
	var probs []sheet.Problem
	choice := func(field string, parse func(string) bool) {
		if s := v.str(field); s != "" && !parse(s) {
			probs = append(probs, sheet.Problem{Column: field, Reason: ReasonImportChoice})
		}
	}
	choice("tingkat", func(s string) (ok bool) { b.Tingkat, ok = arsip.ParseTingkat(s); return ok })
	choice("media", func(s string) (ok bool) { b.Media, ok = arsip.ParseMedia(s); return ok })
	choice("keamanan", func(s string) (ok bool) { b.Keamanan, ok = arsip.ParseKeamanan(s); return ok })
	if s := v.str("status"); s != "" {
		st, reason := parseStatus(s)
		if reason != "" {
			probs = append(probs, sheet.Problem{Column: "status", Reason: reason})
		}
		b.Status = st
	}
	return probs
}

// validateImported validates a file read from a register, naming the
// register's column of a refused field.
func validateImported(b *arsip.Berkas) *sheet.Problem {
	code, klas := b.Code, b.KodeKlasifikasi
	if code == "" {
		b.Code = "X" // Validate wants a code; new files get theirs when written
	}
	if b.TahunSampai == 0 {
		b.TahunSampai = 2000 // no kurun waktu: checked once the items or the file in Rapi give it
		defer func() { b.TahunSampai, b.TahunDari = 0, 0 }()
	}
	if klas == "" {
		// Validate wants a classification; a register that has none is
		// imported belum diklasifikasi, for the clerk to classify later.
		b.KodeKlasifikasi = "000"
	}
	err := b.Validate()
	b.Code, b.KodeKlasifikasi = code, klas
	if err == nil {
		return nil
	}
	ie, ok := model.AsInvalid(err)
	if !ok {
		return &sheet.Problem{Column: "uraian", Reason: err.Error()}
	}
	f := ie.Field
	if m, ok := validationField[f]; ok {
		f = m
	}
	return &sheet.Problem{Column: f, Reason: ie.Reason}
}

// readItem is the item of a row whose item columns are filled, else nil.
func readItem(b *arsip.Berkas, v recValues) *arsip.IsiBerkas {
	if _, ok := v.Values["nomor_item"]; !ok && v.str("uraian_item") == "" {
		return nil
	}
	item := &arsip.IsiBerkas{NomorItem: v.num("nomor_item"), NomorSurat: v.str("nomor_surat"), Uraian: v.str("uraian_item")}
	if t, ok := v.Values["tanggal"].(time.Time); ok {
		item.Tanggal = t
	}
	if item.Uraian == "" {
		item.Uraian = b.Uraian
	}
	if v.str("tingkat") != "" {
		item.Tingkat = b.Tingkat
	}
	return item
}

// rowKey identifies the file of a row within the register: its code, else
// its natural key; "" when it has neither.
func rowKey(r *importRow) string {
	if r.b.Code != "" {
		return "c:" + r.b.Code
	}
	if r.noYears {
		if k := nomorKey(&r.b); k != "" {
			return "y:" + k
		}
	}
	if k := r.natKey(); k != "" {
		return "n:" + k
	}
	return ""
}

// addToEarlier adds the item of a row to the file an earlier row began;
// a second row of a file without items is a duplicate.
func (rr *rowReader) addToEarlier(prev *importRow, item *arsip.IsiBerkas, byCode bool) []sheet.Problem {
	if item == nil || len(prev.items) == 0 {
		col := "nomor_berkas"
		if byCode {
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
	widenYears(prev, item.Tanggal)
	rr.skip = true
	return nil
}

func (rr *rowReader) accept(sheet.Record) error {
	if rr.pending != nil && !rr.skip {
		rr.rows = append(rr.rows, rr.pending)
	}
	rr.pending = nil
	return nil
}

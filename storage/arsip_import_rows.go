package storage

import (
	"strconv"
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

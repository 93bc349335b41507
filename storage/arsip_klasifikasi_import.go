package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"rapi/model/arsip"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// KlasifikasiSchema is a list of classification codes with their JRA as
// provinces publish it: Kode, Nama/Uraian, retention years aktif and
// inaktif (often under a merged "Retensi" header) and Keterangan, which
// holds the nasib akhir.
var KlasifikasiSchema = sheet.Schema{
	Name: "klasifikasi",
	Key:  []string{"kode"},
	Fields: []sheet.Field{
		{Key: "kode", Label: "Kode", Kind: sheet.Code, Required: true,
			Synonyms: []string{"Kode Klasifikasi", "Kode Klasifikasi Arsip", "Kode Klas", "Kode Arsip", "No Kode", "Klasifikasi"}},
		{Key: "nama", Label: "Nama", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Uraian", "Nama Klasifikasi", "Uraian Klasifikasi", "Jenis Arsip", "Masalah", "Judul", "Nama Kode", "Uraian Masalah"}},
		{Key: "aktif", Label: "Aktif", Kind: sheet.Text,
			Synonyms: []string{"Retensi Aktif", "Masa Aktif", "JRA Aktif", "Aktif (Tahun)", "Retensi Arsip Aktif", "Aktif Th"}},
		{Key: "inaktif", Label: "Inaktif", Kind: sheet.Text,
			Synonyms: []string{"Retensi Inaktif", "Masa Inaktif", "JRA Inaktif", "Inaktif (Tahun)", "Retensi Arsip Inaktif", "In Aktif", "Inaktif Th"}},
		{Key: "nasib", Label: "Keterangan", Kind: sheet.Text,
			Synonyms: []string{"Nasib Akhir", "Nasib", "Ket", "Keterangan Nasib Akhir", "Penyusutan Akhir", "Tindak Lanjut"}},
		{Key: "trigger", Label: "Pemicu", Kind: sheet.Text,
			Synonyms: []string{"Dihitung Sejak", "Keterangan Retensi", "Trigger", "Mulai Dihitung"}},
	},
}

// ReasonKlasYears: a retention cell that is neither a number of years nor
// an event ("2 tahun setelah tidak berlaku").
const ReasonKlasYears = "klas.reason.years"

// ImportKlasifikasiOptions steer ImportKlasifikasi.
type ImportKlasifikasiOptions = ImportCodeListOptions

// ImportKlasifikasiReport says what an import did (or, dry or blocked,
// would do).
type ImportKlasifikasiReport = ImportCodeListReport

// klasRow is one accepted row: the code as the file has it, and which
// retention parts the file said anything about.
type klasRow struct {
	k                            arsip.Klasifikasi
	aktif, inaktif, nasib, jraIn bool
}

// ImportKlasifikasi reads a list of classification codes from an .xlsx
// or .csv file and saves it with the admin PIN, all or nothing (see
// importCodeList). Codes are matched by code: a code in the file and in
// Rapi is updated (and counts as reviewed), one that is the same is left
// alone, so importing the same file twice changes nothing the second
// time. An empty retention cell keeps what Rapi has.
func (s *Store) ImportKlasifikasi(ctx context.Context, file string, opt ImportKlasifikasiOptions) (*ImportKlasifikasiReport, error) {
	return importCodeList(ctx, s, file, opt, codeList[klasRow, arsip.Klasifikasi]{what: "klasifikasi", table: "klasifikasi",
		schema: KlasifikasiSchema, parse: parseKlasRecord, plan: planKlas,
		put: func(_ context.Context, tx *sql.Tx, k *arsip.Klasifikasi) error {
			_, err := s.putKlas(tx, *k)
			return err
		}})
}

// planKlas merges the rows with what the database holds and counts the
// outcome; it returns the codes to write (ID 0 for new ones).
func planKlas(ctx context.Context, tx *sql.Tx, rows []klasRow, rep *ImportKlasifikasiReport) ([]arsip.Klasifikasi, error) {
	have, err := codesByKey(ctx, tx, "SELECT "+klasCols+" FROM klasifikasi", scanKlas,
		func(k *arsip.Klasifikasi) string { return k.Code })
	if err != nil {
		return nil, err
	}
	var todo []arsip.Klasifikasi
	for _, r := range rows {
		old, found := have[r.k.Code]
		live := found && old.DeletedAt == nil
		k := arsip.Klasifikasi{Code: r.k.Code, Name: r.k.Name, JRA: arsip.JRA{Nasib: arsip.NasibDinilai}}
		if live {
			k.JRA, k.Note = old.JRA, old.Note
		}
		if found {
			k.ID, k.Version = old.ID, old.Version
		}
		if r.aktif {
			k.JRA.Aktif = r.k.JRA.Aktif
		}
		if r.inaktif {
			k.JRA.Inaktif = r.k.JRA.Inaktif
		}
		if r.nasib {
			k.JRA.Nasib = r.k.JRA.Nasib
		}
		if r.jraIn {
			k.JRA.Trigger = r.k.JRA.Trigger
		}
		if rep.tally(found, live && !old.Review && old.Name == k.Name && old.JRA == k.JRA) {
			todo = append(todo, k)
		}
	}
	return todo, nil
}

// parseKlasRecord reads one row; its problems are the sheet's per-row
// check: the code's form and the retention cells.
func parseKlasRecord(rec sheet.Record) (klasRow, []sheet.Problem) {
	var r klasRow
	var probs []sheet.Problem
	bad := func(field, reason string) {
		probs = append(probs, sheet.Problem{Row: rec.Row, Column: field, Reason: reason})
	}
	text := func(key string) string { return cellText(rec, key) }
	r.k.Code = arsip.NormalizeKlasifikasiCode(text("kode"))
	r.k.Name = text("nama")
	if !arsip.ValidKlasifikasiCode(r.k.Code) {
		bad("kode", "error.arsip_klasifikasi_format")
	}
	var triggers []string
	for _, f := range []struct {
		key  string
		set  *bool
		into *int
	}{{"aktif", &r.aktif, &r.k.JRA.Aktif}, {"inaktif", &r.inaktif, &r.k.JRA.Inaktif}} {
		t := text(f.key)
		if t == "" {
			continue
		}
		years, trigger, ok := parseJRAYears(t)
		if !ok {
			bad(f.key, ReasonKlasYears)
			continue
		}
		*f.set, *f.into, r.jraIn = true, years, true
		if trigger != "" {
			triggers = append(triggers, trigger)
		}
	}
	if t := text("trigger"); t != "" {
		triggers, r.jraIn = append(triggers, t), true
	}
	r.k.JRA.Trigger = strings.Join(triggers, "; ")
	if t := text("nasib"); t != "" {
		n, ok := parseNasibText(t)
		if !ok {
			bad("nasib", "error.arsip_nasib")
		}
		r.nasib, r.k.JRA.Nasib = true, n
	}
	return r, probs
}

// triggerWords mark a retention cell that counts from an event.
var triggerWords = []string{"selama", "setelah", "sesudah", "sejak", "sampai", "hingga", "berlaku", "selesai", "diganti", "pensiun", "meninggal"}

// parseJRAYears reads a retention cell: "2", "2 tahun", "2 th." are two
// years; "2 tahun setelah tidak berlaku" is two years from an event (the
// text is the trigger); "Selama berlaku" is an event alone (0 years).
func parseJRAYears(s string) (years int, trigger string, ok bool) {
	s = value.Clean(s)
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 {
		return 0, "", false
	}
	if s == "-" || s == "–" {
		return 0, "", true
	}
	n, err := strconv.Atoi(strings.TrimSuffix(words[0], ","))
	if err == nil {
		if n < 0 || n > 100 {
			return 0, "", false
		}
		rest := words[1:]
		if len(rest) > 0 {
			switch strings.Trim(rest[0], ".") {
			case "tahun", "th", "thn":
				rest = rest[1:]
			}
		}
		if len(rest) == 0 {
			return n, "", true
		}
		return n, s, true
	}
	for _, w := range words {
		for _, t := range triggerWords {
			if w == t {
				return 0, s, true
			}
		}
	}
	return 0, "", false
}

// parseNasibText reads a Keterangan cell: "Musnah", "Permanen",
// "Dinilai Kembali", also with words after them ("Musnah (setelah ...)").
func parseNasibText(s string) (arsip.NasibAkhir, bool) {
	if n, ok := arsip.ParseNasibAkhir(s); ok {
		return n, true
	}
	t := strings.ToLower(value.Clean(s))
	switch {
	case strings.HasPrefix(t, "musnah"):
		return arsip.NasibMusnah, true
	case strings.HasPrefix(t, "permanen"), strings.HasPrefix(t, "serah"), strings.HasPrefix(t, "diserahkan"):
		return arsip.NasibPermanen, true
	case strings.HasPrefix(t, "dinilai kembali"), strings.HasPrefix(t, "dinilai ulang"):
		return arsip.NasibDinilai, true
	}
	return "", false
}

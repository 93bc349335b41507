package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/rapat"
	"rapi/storage/sheet"
)

// KontakSchema is a contact list as offices keep it in Excel: a staff
// list (daftar pegawai, DUK), a list of officials to invite, last year's
// attendance sheet. Pangkat and golongan are often two columns.
var KontakSchema = sheet.Schema{
	Name: "kontak",
	Key:  []string{"nama", "nip"},
	Fields: []sheet.Field{
		{Key: "nama", Label: "Nama", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Nama Lengkap", "Nama Pegawai", "Nama Pejabat", "Nama Peserta", "Nama dan Gelar", "Nama/NIP"}},
		{Key: "nip", Label: "NIP", Kind: sheet.Text, Synonyms: []string{"NIP Baru", "No NIP", "Nomor Induk Pegawai", "NIP/NRP"}},
		{Key: "jabatan", Label: "Jabatan", Kind: sheet.Text, Synonyms: []string{"Nama Jabatan", "Jabatan Struktural"}},
		{Key: "pangkat", Label: "Pangkat", Kind: sheet.Text, Synonyms: []string{"Pangkat/Golongan", "Pangkat/Gol", "Pangkat Golongan",
			"Pangkat/Gol. Ruang", "Pangkat Gol"}},
		{Key: "golongan", Label: "Golongan", Kind: sheet.Text, Synonyms: []string{"Gol", "Gol.", "Gol. Ruang", "Golongan Ruang", "Gol/Ruang"}},
		{Key: "instansi", Label: "Instansi", Kind: sheet.Text, Synonyms: []string{"Unit Kerja", "Instansi/Unit", "Instansi/Unit Kerja",
			"OPD", "SKPD", "Satuan Kerja", "Unit", "Asal Instansi", "Perangkat Daerah"}},
		{Key: "telepon", Label: "Telepon", Kind: sheet.Text, Synonyms: []string{"No HP", "No. HP", "HP", "No Telepon", "No. Telepon",
			"Nomor HP", "No HP/WA", "WhatsApp", "No WA", "Telp", "Telp.", "Handphone"}},
		{Key: "grup", Label: "Grup", Kind: sheet.Text, Synonyms: []string{"Kelompok", "Group", "Grup Undangan"}},
	},
}

// ImportKontakOptions steer ImportKontak.
type ImportKontakOptions struct {
	File   string // .xlsx or .csv
	Sheet  string // "" = the active sheet
	Grup   string // a group every imported contact joins besides its own ("Eselon III Biro Umum")
	DryRun bool   // read, check and count; write nothing
}

// ImportKontakReport says what an import did (or, dry or blocked, would do).
type ImportKontakReport struct {
	Read                                  *sheet.Result
	Created, Updated, Unchanged, Rejected int
	Written                               bool
}

// ImportKontak reads a contact list and saves it, all or nothing: one bad
// row (a NIP that is not 18 digits, a row without a name) writes nothing,
// and Read.Problems names each bad row and column. A contact already in
// the book (the same NIP, or for a row without NIP the same name) is updated with
// the file's non-empty cells and joins the file's groups, so importing
// the same file twice changes nothing the second time.
func (s *Store) ImportKontak(ctx context.Context, opt ImportKontakOptions) (*ImportKontakReport, error) {
	var rows []kontakImportRow
	nipRow := map[string]int{} // a NIP is one person: a second row with it is a mistake
	check := func(rec sheet.Record) []sheet.Problem {
		k, probs := parseKontakRecord(rec, opt.Grup)
		if first, ok := nipRow[k.NIP]; ok && k.NIP != "" && len(probs) == 0 {
			probs = []sheet.Problem{{Row: rec.Row, Column: "nip", Reason: sheet.ReasonDuplicate, Other: first}}
		}
		if len(probs) == 0 {
			nipRow[k.NIP] = rec.Row
			rows = append(rows, kontakImportRow{row: rec.Row, k: k})
		}
		return probs
	}
	res, err := sheet.Read(opt.File, KontakSchema, sheet.Options{Sheet: opt.Sheet, Check: check})
	if err != nil {
		return nil, err
	}
	rep := &ImportKontakReport{Read: res, Rejected: len(res.Rejected)}
	plan := func(tx *sql.Tx) ([]kontakImportRow, error) {
		rep.Created, rep.Updated, rep.Unchanged = 0, 0, 0
		return planKontakImport(tx, rows, rep)
	}
	if !res.OK() || opt.DryRun {
		err := s.read(ctx, "plan kontak import", func(tx *sql.Tx) error {
			_, err := plan(tx)
			return err
		})
		return rep, err
	}
	err = s.write(ctx, "import kontak", func(tx *sql.Tx) error {
		todo, err := plan(tx)
		if err != nil {
			return err
		}
		for _, r := range todo {
			if err := s.saveImportedKontakTx(ctx, tx, r); err != nil {
				return asetRowError(r.row, err)
			}
		}
		return s.audit(tx, "kontak", 0, ActUpdate, nil, map[string]any{"import": opt.File,
			"created": rep.Created, "updated": rep.Updated, "unchanged": rep.Unchanged})
	})
	if err != nil {
		return nil, err
	}
	rep.Written = true
	return rep, nil
}

type kontakImportRow struct {
	row int
	k   rapat.Kontak // with the saved contact's meta when it is an update
}

func (s *Store) saveImportedKontakTx(ctx context.Context, tx *sql.Tx, r kontakImportRow) error {
	if r.k.ID == 0 {
		return kontakEntity.insert(ctx, s, tx, &r.k, false)
	}
	return kontakEntity.updateTx(ctx, s, tx, &r.k)
}

// planKontakImport matches the rows with the contact book and counts
// them; it returns the rows to write, merged over the saved contacts.
func planKontakImport(tx *sql.Tx, rows []kontakImportRow, rep *ImportKontakReport) ([]kontakImportRow, error) {
	saved, err := queryKontak(tx, "SELECT "+kontakCols+" FROM kontak WHERE deleted_at IS NULL")
	if err != nil {
		return nil, err
	}
	byNIP, byName := map[string]rapat.Kontak{}, map[string]rapat.Kontak{}
	for _, k := range saved {
		if k.NIP != "" {
			byNIP[k.NIP] = k
		}
		byName[strings.ToLower(k.Nama)] = k
	}
	var todo []kontakImportRow
	for _, r := range rows {
		old, found := byNIP[r.k.NIP]
		if r.k.NIP == "" {
			old, found = byName[strings.ToLower(r.k.Nama)]
		}
		if !found {
			rep.Created++
			todo = append(todo, r)
			continue
		}
		merged := mergeKontak(old, r.k)
		if kontakSame(old, merged) {
			rep.Unchanged++
			continue
		}
		rep.Updated++
		todo = append(todo, kontakImportRow{row: r.row, k: merged})
	}
	return todo, nil
}

// mergeKontak is old with the file's non-empty cells over it and the
// file's groups added.
func mergeKontak(old, file rapat.Kontak) rapat.Kontak {
	m := old
	for _, f := range []struct {
		dst *string
		src string
	}{{&m.Nama, file.Nama}, {&m.NIP, file.NIP}, {&m.Jabatan, file.Jabatan},
		{&m.Pangkat, file.Pangkat}, {&m.Instansi, file.Instansi}, {&m.Telepon, file.Telepon}} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	m.Grup = append(append([]string(nil), old.Grup...), file.Grup...)
	m.Normalize()
	return m
}

func kontakSame(a, b rapat.Kontak) bool {
	return a.Nama == b.Nama && a.NIP == b.NIP && a.Jabatan == b.Jabatan && a.Pangkat == b.Pangkat &&
		a.Instansi == b.Instansi && a.Telepon == b.Telepon && strings.Join(a.Grup, "\x00") == strings.Join(b.Grup, "\x00")
}

// parseKontakRecord reads one row into a contact, with a problem per bad
// cell (named by its field; the engine gives the header and letter).
func parseKontakRecord(rec sheet.Record, extraGrup string) (rapat.Kontak, []sheet.Problem) {
	text := func(key string) string {
		s, _ := rec.Values[key].(string)
		return strings.TrimSpace(s)
	}
	k := rapat.Kontak{Nama: text("nama"), NIP: text("nip"), Jabatan: text("jabatan"), Instansi: text("instansi"),
		Telepon: text("telepon"), Pangkat: joinPangkat(text("pangkat"), text("golongan"))}
	k.Grup = append(strings.FieldsFunc(text("grup"), func(r rune) bool { return r == ';' || r == ',' || r == '\n' }), extraGrup)
	k.Normalize()
	if strings.ContainsAny(k.NIP, "Ee") && strings.Contains(k.NIP, "+") {
		return k, []sheet.Problem{{Row: rec.Row, Column: "nip", Reason: "error.rapat_nip_number"}}
	}
	if err := k.Validate(); err != nil {
		field := "nama"
		if ie, ok := model.AsInvalid(err); ok && ie.Field == "nip" {
			field = "nip"
		}
		return k, []sheet.Problem{{Row: rec.Row, Column: field, Reason: reasonOf(err)}}
	}
	return k, nil
}

// joinPangkat writes pangkat and golongan as one: "Pembina, IV/a".
func joinPangkat(pangkat, gol string) string {
	switch {
	case gol == "" || strings.Contains(pangkat, gol):
		return pangkat
	case pangkat == "":
		return gol
	}
	return pangkat + ", " + gol
}

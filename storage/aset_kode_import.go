package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage/sheet"
)

// KodeBarangSchema is a kode barang list as provinces and SIMDA-style
// systems export it: Kode Barang (dots or not), Nama/Uraian, and the
// useful life (masa manfaat) when the list has it.
var KodeBarangSchema = sheet.Schema{
	Name: "kode_barang",
	Key:  []string{"kode"},
	Fields: []sheet.Field{
		{Key: "kode", Label: "Kode Barang", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Kode", "Kd Barang", "Kode Aset", "Kode Rekening", "No Kode", "Kode Brg"}},
		{Key: "nama", Label: "Nama Barang", Kind: sheet.Text, Required: true,
			Synonyms: []string{"Nama", "Uraian", "Uraian Barang", "Nama/Jenis Barang", "Jenis Barang", "Nama Aset"}},
		{Key: "masa_manfaat", Label: "Masa Manfaat", Kind: sheet.Text,
			Synonyms: []string{"Umur Ekonomis", "Masa Manfaat (Tahun)", "Umur Manfaat", "MM"}},
	},
}

// ImportKodeBarangOptions steer ImportKodeBarang.
type ImportKodeBarangOptions = ImportCodeListOptions

// ImportKodeBarangReport says what an import did (or, dry or blocked, would do).
type ImportKodeBarangReport = ImportCodeListReport

// ImportKodeBarang reads a kode barang list from .xlsx or .csv and saves
// it with the admin PIN, all or nothing (see importCodeList). Codes are
// matched by code, so the same file twice changes nothing the second
// time; imported codes count as verified (the province's own list). An
// empty masa manfaat keeps what Rapi has.
func (s *Store) ImportKodeBarang(ctx context.Context, file string, opt ImportKodeBarangOptions) (*ImportKodeBarangReport, error) {
	return importCodeList(ctx, s, file, opt, codeList[kodeRow, aset.KodeBarang]{what: "kode barang", table: "kode_barang",
		schema: KodeBarangSchema, parse: parseKodeBarangRecord, plan: planKodeBarang,
		put: func(ctx context.Context, tx *sql.Tx, k *aset.KodeBarang) error {
			if k.ID == 0 {
				return kodeBarangEntity.insert(ctx, s, tx, k, false)
			}
			if _, err := tx.Exec("UPDATE kode_barang SET deleted_at=NULL WHERE id=?", k.ID); err != nil {
				return err
			}
			return kodeBarangEntity.updateTx(ctx, s, tx, k)
		}})
}

type kodeRow struct {
	k       aset.KodeBarang
	hasMasa bool
}

func planKodeBarang(ctx context.Context, tx *sql.Tx, rows []kodeRow, rep *ImportKodeBarangReport) ([]aset.KodeBarang, error) {
	have, err := codesByKey(ctx, tx, "SELECT "+kodeBarangCols+" FROM kode_barang", scanKodeBarang,
		func(k *aset.KodeBarang) aset.Kode { return k.Kode })
	if err != nil {
		return nil, err
	}
	var todo []aset.KodeBarang
	for _, r := range rows {
		old, found := have[r.k.Kode]
		k := r.k
		k.Verified = true
		if found {
			k.Meta, k.Note = old.Meta, old.Note
			if !r.hasMasa {
				k.MasaManfaat = old.MasaManfaat
			}
		}
		if rep.tally(found, found && old.DeletedAt == nil && old.Nama == k.Nama && old.MasaManfaat == k.MasaManfaat && old.Verified) {
			todo = append(todo, k)
		}
	}
	return todo, nil
}

func parseKodeBarangRecord(rec sheet.Record) (kodeRow, []sheet.Problem) {
	var r kodeRow
	var probs []sheet.Problem
	text := func(key string) string { return cellText(rec, key) }
	r.k.Nama = text("nama")
	kode, err := aset.ParseKode(text("kode"))
	if err != nil {
		probs = append(probs, sheet.Problem{Row: rec.Row, Column: "kode", Reason: reasonOf(err)})
	}
	r.k.Kode = kode
	if t := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(text("masa_manfaat")), "tahun"), "th"); strings.TrimSpace(t) != "" {
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil || n < 0 || n > 100 {
			probs = append(probs, sheet.Problem{Row: rec.Row, Column: "masa_manfaat", Reason: "error.aset_masa_manfaat"})
		}
		r.k.MasaManfaat, r.hasMasa = n, true
	}
	return r, probs
}

func reasonOf(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return ie.Reason
	}
	return err.Error()
}

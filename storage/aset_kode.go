package storage

import (
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"

	"rapi/assets"
	"rapi/model"
	"rapi/model/aset"
)

// asetSchema is the migration that makes the asset tables (0013_aset.sql).
const asetSchema = 13

const kodeBarangCols = metaCols + ", kode, nama, masa_manfaat, verified, note"

func scanKodeBarang(row interface{ Scan(...any) error }) (aset.KodeBarang, error) {
	var k aset.KodeBarang
	ms := newMetaScan(&k.Meta)
	err := row.Scan(append(ms.dest(), &k.Kode, &k.Nama, &k.MasaManfaat, &k.Verified, &k.Note)...)
	ms.finish()
	return k, err
}

// kodeBarangEntity is the kode barang list as a versioned entity; the
// admin's writes go through it after the PIN check.
var kodeBarangEntity = &entity[aset.KodeBarang]{
	table: "kode_barang",
	cols:  []string{"kode", "nama", "masa_manfaat", "verified", "note"},
	values: func(k *aset.KodeBarang) []any {
		return []any{string(k.Kode), k.Nama, k.MasaManfaat, k.Verified, k.Note}
	},
	load: func(tx *sql.Tx, id int64) (aset.KodeBarang, error) {
		return scanKodeBarang(tx.QueryRow("SELECT "+kodeBarangCols+" FROM kode_barang WHERE id=?", id))
	},
	meta:     func(k *aset.KodeBarang) *model.Meta { return &k.Meta },
	validate: (*aset.KodeBarang).Validate,
	unique: func(err error, k *aset.KodeBarang) error {
		if isUnique(err, "kode_barang.kode") {
			return model.Invalid("kode_barang", string(k.Kode), "error.code_taken")
		}
		return nil
	},
}

// SeedKodeBarang reads the kode barang shipped in assets/seed/kode_barang.csv.
func SeedKodeBarang() ([]aset.KodeBarang, error) {
	f, err := assets.Seed.Open("seed/kode_barang.csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = 4
	var out []aset.KodeBarang
	for line := 0; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("seed kode barang: %w", err)
		}
		if line == 0 {
			continue // header
		}
		k := aset.KodeBarang{Kode: aset.Kode(rec[0]), Nama: rec[1], Verified: rec[3] == "1"}
		k.MasaManfaat, _ = strconv.Atoi(rec[2])
		if err := k.Validate(); err != nil {
			return nil, fmt.Errorf("seed kode barang line %d: %w", line+1, err)
		}
		out = append(out, k)
	}
}

func init() {
	seedSteps[asetSchema] = func(s *Store, tx *sql.Tx) error { return s.seedKodeBarang(tx) }
}

func (s *Store) seedKodeBarang(tx *sql.Tx) error {
	seed, err := SeedKodeBarang()
	if err != nil {
		return err
	}
	now := fmtTime(s.now())
	st, err := tx.Prepare(`INSERT INTO kode_barang(kode, nama, masa_manfaat, verified, created_at, created_by, updated_at, updated_by)
		VALUES (?,?,?,?,?,'seed',?,'seed') ON CONFLICT(kode) DO NOTHING`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, k := range seed {
		if _, err := st.Exec(string(k.Kode), k.Nama, k.MasaManfaat, k.Verified, now, now); err != nil {
			return err
		}
	}
	return s.audit(tx, "kode_barang", 0, ActCreate, nil, map[string]int{"seeded": len(seed)})
}

// KodeBarangList lists the kode barang not in the bin, in code order
// (every level: a picker shows them as a tree by Kode.Parent).
func (s *Store) KodeBarangList(ctx context.Context) ([]aset.KodeBarang, error) {
	var out []aset.KodeBarang
	err := s.read(ctx, "list kode barang", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+kodeBarangCols+" FROM kode_barang WHERE deleted_at IS NULL ORDER BY kode")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			k, err := scanKodeBarang(rows)
			if err != nil {
				return err
			}
			out = append(out, k)
		}
		return rows.Err()
	})
	return out, err
}

// KodeBarang reads one code (not in the bin); a code not in the list
// gives an error wrapping model.ErrNotFound.
func (s *Store) KodeBarang(ctx context.Context, kode aset.Kode) (aset.KodeBarang, error) {
	var k aset.KodeBarang
	err := s.read(ctx, "read kode barang", func(tx *sql.Tx) error {
		var err error
		k, err = kodeBarangTx(tx, kode)
		return err
	})
	return k, err
}

func kodeBarangTx(tx *sql.Tx, kode aset.Kode) (aset.KodeBarang, error) {
	k, err := scanKodeBarang(tx.QueryRow("SELECT "+kodeBarangCols+" FROM kode_barang WHERE kode=? AND deleted_at IS NULL", string(kode)))
	if err == sql.ErrNoRows {
		err = model.ErrNotFound
	}
	return k, err
}

// MasaManfaat is the useful life of an item: set on its own code or the
// nearest level above it; 0 when none is set.
func (s *Store) MasaManfaat(ctx context.Context, kode aset.Kode) (int, error) {
	n := 0
	err := s.read(ctx, "read masa manfaat", func(tx *sql.Tx) error {
		for k := kode; k != "" && n == 0; k = k.Parent() {
			err := tx.QueryRowContext(ctx, "SELECT masa_manfaat FROM kode_barang WHERE kode=? AND deleted_at IS NULL", string(k)).Scan(&n)
			if err != nil && err != sql.ErrNoRows {
				return err
			}
		}
		return nil
	})
	return n, err
}

// kodeBarangAdmin is the entity with the admin PIN checked inside each
// write transaction, so a PIN set on another PC a moment ago is honoured.
func kodeBarangAdmin(pin string) *entity[aset.KodeBarang] {
	e := *kodeBarangEntity
	e.check = func(s *Store, tx *sql.Tx, _, _ *aset.KodeBarang) error { return s.requireAdmin(tx, pin) }
	return &e
}

// SaveKodeBarangAdmin adds (ID 0) or changes (at k.Version: rename, masa
// manfaat, note) a kode barang with the admin PIN. A code the admin saves
// counts as verified. A code that is in the bin comes back with the new
// name.
func (s *Store) SaveKodeBarangAdmin(ctx context.Context, k *aset.KodeBarang, pin string) error {
	k.Verified = true
	e := kodeBarangAdmin(pin)
	if k.ID != 0 {
		return e.update(ctx, s, k)
	}
	if err := k.Validate(); err != nil {
		return err
	}
	var id, version int64
	var deleted sql.NullString
	err := s.read(ctx, "read kode barang", func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT id, version, deleted_at FROM kode_barang WHERE kode=?", string(k.Kode)).Scan(&id, &version, &deleted)
	})
	switch {
	case err == nil && !deleted.Valid:
		return model.Invalid("kode_barang", string(k.Kode), "error.code_taken")
	case err == nil: // out of the bin with the new name, in one transaction
		k.ID, k.Version = id, version
		return s.write(ctx, "restore kode barang", func(tx *sql.Tx) error {
			if err := s.requireAdmin(tx, pin); err != nil {
				return err
			}
			if _, err := tx.Exec("UPDATE kode_barang SET deleted_at=NULL WHERE id=?", id); err != nil {
				return err
			}
			return e.updateTx(ctx, s, tx, k)
		})
	case !errors.Is(err, sql.ErrNoRows) && !isNotFound(err):
		return err
	}
	return e.create(ctx, s, k)
}

// DeleteKodeBarangAdmin puts a code in the bin with the admin PIN. Assets
// that carry it keep it; a new asset can no longer take it.
func (s *Store) DeleteKodeBarangAdmin(ctx context.Context, id, version int64, pin string) error {
	return s.write(ctx, "delete kode barang", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.softDeleteTx(tx, "kode_barang", id, version, kodeBarangEntity.loader)
	})
}

package storage

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"rapi/assets"
	"rapi/model"
	"rapi/model/arsip"
)

const klasCols = metaCols + ", code, name, aktif, inaktif, nasib, trigger_text, review, note"

func scanKlas(row interface{ Scan(...any) error }) (arsip.Klasifikasi, error) {
	var k arsip.Klasifikasi
	ms := newMetaScan(&k.Meta)
	err := row.Scan(append(ms.dest(), &k.Code, &k.Name, &k.JRA.Aktif, &k.JRA.Inaktif, &k.JRA.Nasib, &k.JRA.Trigger, &k.Review, &k.Note)...)
	ms.finish()
	return k, err
}

func loadKlas(tx *sql.Tx, id int64) (any, error) {
	return scanKlas(tx.QueryRow("SELECT "+klasCols+" FROM klasifikasi WHERE id=?", id))
}

// SeedKlasifikasi reads the classification codes shipped in
// assets/seed/klasifikasi.csv.
func SeedKlasifikasi() ([]arsip.Klasifikasi, error) {
	f, err := assets.Seed.Open("seed/klasifikasi.csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = 6
	var out []arsip.Klasifikasi
	for line := 0; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("seed klasifikasi: %w", err)
		}
		if line == 0 {
			continue // header
		}
		k := arsip.Klasifikasi{Code: rec[0], Name: rec[1], JRA: arsip.JRA{Trigger: rec[5]}}
		k.JRA.Aktif, _ = strconv.Atoi(rec[2])
		k.JRA.Inaktif, _ = strconv.Atoi(rec[3])
		k.JRA.Nasib, _ = arsip.ParseNasibAkhir(rec[4])
		if err := k.Validate(); err != nil {
			return nil, fmt.Errorf("seed klasifikasi line %d: %w", line+1, err)
		}
		out = append(out, k)
	}
}

// The classification codes are seeded by the migration that makes their table.
func init() {
	seedSteps[2] = func(s *Store, tx *sql.Tx) error {
		_, err := s.seedKlas(tx)
		return err
	}
}

// EnsureKlasifikasi seeds the classification codes into a database that
// has none yet (the first open after the archive migration). It returns
// how many were added; 0 when the table was already filled.
func (s *Store) EnsureKlasifikasi(ctx context.Context) (int, error) {
	var n int
	if err := s.read(ctx, "count klasifikasi", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM klasifikasi").Scan(&n)
	}); err != nil || n > 0 || s.ReadOnly() {
		return 0, err
	}
	added := 0
	err := s.write(ctx, "seed klasifikasi", func(tx *sql.Tx) error {
		var err error
		added, err = s.seedKlas(tx)
		return err
	})
	return added, err
}

func (s *Store) seedKlas(tx *sql.Tx) (int, error) {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM klasifikasi").Scan(&n); err != nil || n > 0 {
		return 0, err
	}
	seed, err := SeedKlasifikasi()
	if err != nil {
		return 0, err
	}
	now := fmtTime(s.now())
	st, err := tx.Prepare(`INSERT INTO klasifikasi(code, name, aktif, inaktif, nasib, trigger_text, created_at, created_by, updated_at, updated_by)
		VALUES (?,?,?,?,?,?,?,'seed',?,'seed')`)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	for _, k := range seed {
		if _, err := st.Exec(k.Code, k.Name, k.JRA.Aktif, k.JRA.Inaktif, k.JRA.Nasib, k.JRA.Trigger, now, now); err != nil {
			return 0, err
		}
	}
	return len(seed), s.audit(tx, "klasifikasi", 0, ActCreate, nil, map[string]int{"seeded": len(seed)})
}

// KlasifikasiList lists the classification codes not in the bin, in code order.
func (s *Store) KlasifikasiList(ctx context.Context) ([]arsip.Klasifikasi, error) {
	return s.listKlas(ctx, "list klasifikasi", "deleted_at IS NULL")
}

// KlasifikasiToReview lists the classification codes an import added and
// an admin has not yet checked ("perlu ditinjau").
func (s *Store) KlasifikasiToReview(ctx context.Context) ([]arsip.Klasifikasi, error) {
	return s.listKlas(ctx, "list klasifikasi review", "review=1 AND deleted_at IS NULL")
}

// listKlas reads the codes matching where, in code order.
func (s *Store) listKlas(ctx context.Context, what, where string) ([]arsip.Klasifikasi, error) {
	var out []arsip.Klasifikasi
	err := s.read(ctx, what, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+klasCols+" FROM klasifikasi WHERE "+where+" ORDER BY code")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			k, err := scanKlas(rows)
			if err != nil {
				return err
			}
			out = append(out, k)
		}
		return rows.Err()
	})
	return out, err
}

// KlasifikasiByCode reads one code. An unknown code that is not in the
// list falls back to its nearest listed parent's JRA ("000.1.5.9" uses
// "000.1.5"); found is the code whose JRA was used.
func (s *Store) KlasifikasiByCode(ctx context.Context, code string) (arsip.Klasifikasi, error) {
	var k arsip.Klasifikasi
	err := s.read(ctx, "read klasifikasi", func(tx *sql.Tx) error {
		var err error
		k, err = klasFor(tx, arsip.NormalizeKlasifikasiCode(code))
		return err
	})
	return k, err
}

// klasFor finds code or its nearest ancestor.
func klasFor(tx *sql.Tx, code string) (arsip.Klasifikasi, error) {
	for c := code; c != ""; c = arsip.KlasifikasiParent(c) {
		k, err := scanKlas(tx.QueryRow("SELECT "+klasCols+" FROM klasifikasi WHERE code=? AND deleted_at IS NULL", c))
		if err == nil {
			return k, nil
		}
		if err != sql.ErrNoRows {
			return k, err
		}
	}
	return arsip.Klasifikasi{}, model.ErrNotFound
}

// SaveKlasifikasi creates (ID 0) or updates (at k.Version) a code. The
// retention dates of the files filed under it follow its JRA.
func (s *Store) SaveKlasifikasi(ctx context.Context, k *arsip.Klasifikasi) error {
	if err := k.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save klasifikasi", func(tx *sql.Tx) error { return s.saveKlas(tx, k) })
}

// saveKlas is SaveKlasifikasi inside a transaction: the version check,
// the write, and k read back.
func (s *Store) saveKlas(tx *sql.Tx, k *arsip.Klasifikasi) error {
	if k.ID != 0 {
		if err := checkVersion(tx, "klasifikasi", k.ID, k.Version); err != nil {
			return err
		}
	}
	id, err := s.putKlas(tx, *k)
	if err != nil {
		return err
	}
	after, err := loadKlas(tx, id)
	if err != nil {
		return err
	}
	*k = after.(arsip.Klasifikasi)
	return nil
}

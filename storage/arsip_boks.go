package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/arsip"
)

const boksCols = metaCols + ", code, nomor, coalesce(place_id,0), unit, note, coalesce(on_loan_id,0)"

func scanBoks(row interface{ Scan(...any) error }) (arsip.Boks, int64, error) {
	var b arsip.Boks
	var loan int64
	ms := newMetaScan(&b.Meta)
	err := row.Scan(append(ms.dest(), &b.Code, &b.Nomor, &b.PlaceID, &b.Unit, &b.Note, &loan)...)
	ms.finish()
	return b, loan, err
}

// boksEntity is the boks table as a versioned entity with BX- codes.
var boksEntity = &entity[arsip.Boks]{
	table: "boks",
	cols:  []string{"code", "nomor", "place_id", "unit", "note"},
	values: func(b *arsip.Boks) []any {
		return []any{b.Code, b.Nomor, nullID(b.PlaceID), b.Unit, b.Note}
	},
	load: func(tx *sql.Tx, id int64) (arsip.Boks, error) {
		b, _, err := scanBoks(tx.QueryRow("SELECT "+boksCols+" FROM boks WHERE id=?", id))
		return b, err
	},
	meta:     func(b *arsip.Boks) *model.Meta { return &b.Meta },
	validate: (*arsip.Boks).Validate,
	code:     model.CodeBoks,
	codeOf:   func(b *arsip.Boks) *string { return &b.Code },
	unique:   codeTaken(func(err error) bool { return isUnique(err, "boks.code") }, func(b *arsip.Boks) *string { return &b.Code }),
	then: func(s *Store, tx *sql.Tx, b, old *arsip.Boks) error {
		if old == nil || old.PlaceID == b.PlaceID {
			return nil
		}
		return s.moveBoksContents(tx, b.ID, b.PlaceID)
	},
}

// CreateBoks saves a new box and fills in its id and meta.
// A box without a code gets the next one from the code registry
// ("BX-000043") in the same transaction; a typed code is registered to it
// and refused on the "code" field when another record holds it.
func (s *Store) CreateBoks(ctx context.Context, b *arsip.Boks) error {
	return boksEntity.create(ctx, s, b)
}

// UpdateBoks saves changes to a box read at b.Version. A new place moves
// every file in the box with it (each file's audit records the move).
func (s *Store) UpdateBoks(ctx context.Context, b *arsip.Boks) error {
	return boksEntity.update(ctx, s, b)
}

// MoveBoks puts a box read at version into another place; its files follow.
func (s *Store) MoveBoks(ctx context.Context, id, version, placeID int64) error {
	b, err := s.Boks(ctx, id)
	if err != nil {
		return err
	}
	b.Version = version
	b.PlaceID = placeID
	return s.UpdateBoks(ctx, &b)
}

func (s *Store) moveBoksContents(tx *sql.Tx, boksID, placeID int64) error {
	rows, err := tx.Query("SELECT id, coalesce(place_id,0) FROM berkas WHERE boks_id=?", boksID)
	if err != nil {
		return err
	}
	type mv struct{ id, from int64 }
	var moved []mv
	for rows.Next() {
		var m mv
		if err := rows.Scan(&m.id, &m.from); err != nil {
			rows.Close()
			return err
		}
		moved = append(moved, m)
	}
	rows.Close()
	now, by := fmtTime(s.now()), s.Actor().Label()
	if _, err := tx.Exec("UPDATE berkas SET place_id=?, version=version+1, updated_at=?, updated_by=? WHERE boks_id=?",
		nullID(placeID), now, by, boksID); err != nil {
		return err
	}
	for _, m := range moved {
		if err := s.audit(tx, "berkas", m.id, ActUpdate, map[string]int64{"place_id": m.from},
			map[string]int64{"place_id": placeID, "boks_id": boksID}); err != nil {
			return err
		}
	}
	return nil
}

// DeleteBoks moves an empty box read at version into the bin.
func (s *Store) DeleteBoks(ctx context.Context, id, version int64) error {
	var n int
	if err := s.read(ctx, "count berkas in boks", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas WHERE boks_id=? AND deleted_at IS NULL", id).Scan(&n)
	}); err != nil {
		return err
	}
	if n > 0 {
		return model.Invalid("boks", "", "error.arsip_boks_not_empty")
	}
	return boksEntity.remove(ctx, s, id, version)
}

// Boks reads one box with what is derived from its contents.
func (s *Store) Boks(ctx context.Context, id int64) (arsip.Boks, error) {
	var b arsip.Boks
	err := s.read(ctx, "read boks", func(tx *sql.Tx) error {
		list, err := queryBoks(ctx, tx, "SELECT "+boksCols+" FROM boks WHERE id=?", id)
		if err == nil && len(list) == 0 {
			err = model.ErrNotFound
		}
		if err == nil {
			b = list[0]
		}
		return err
	})
	return b, err
}

// BoksList lists the boxes in a place (0: all boxes), by number.
func (s *Store) BoksList(ctx context.Context, placeID int64) ([]arsip.Boks, error) {
	var out []arsip.Boks
	err := s.read(ctx, "list boks", func(tx *sql.Tx) error {
		var err error
		if placeID == 0 {
			out, err = queryBoks(ctx, tx, "SELECT "+boksCols+" FROM boks WHERE deleted_at IS NULL ORDER BY nomor, id")
		} else {
			out, err = queryBoks(ctx, tx, "SELECT "+boksCols+" FROM boks WHERE deleted_at IS NULL AND place_id=? ORDER BY nomor, id", placeID)
		}
		return err
	})
	return out, err
}

// BerkasInBoks lists the files in a box by number.
func (s *Store) BerkasInBoks(ctx context.Context, boksID int64) ([]arsip.Berkas, error) {
	var out []arsip.Berkas
	err := s.read(ctx, "list berkas in boks", func(tx *sql.Tx) error {
		var err error
		out, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE boks_id=? AND deleted_at IS NULL ORDER BY nomor_sort, id", boksID)
		return err
	})
	return out, err
}

func queryBoks(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]arsip.Boks, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []arsip.Boks
	var loans []int64
	for rows.Next() {
		b, loan, err := scanBoks(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, b)
		loans = append(loans, loan)
	}
	rows.Close()
	if len(out) == 0 {
		return out, rows.Err()
	}
	paths, err := placePaths(ctx, tx)
	if err != nil {
		return nil, err
	}
	loaned, err := loansByID(ctx, tx, loans)
	if err != nil {
		return nil, err
	}
	for i := range out {
		b := &out[i]
		b.PlacePath = model.JoinPath(paths[b.PlaceID], b.Label())
		err := tx.QueryRowContext(ctx, `SELECT coalesce(min(kode),''), coalesce(max(kode),''), coalesce(min(tahun_dari),0),
			coalesce(max(tahun_sampai),0), count(*) FROM berkas WHERE boks_id=? AND deleted_at IS NULL`, b.ID).
			Scan(&b.KodeMin, &b.KodeMax, &b.TahunDari, &b.TahunSampai, &b.JumlahBerkas)
		if err != nil {
			return nil, err
		}
		b.Loan = loaned[loans[i]]
	}
	return out, nil
}

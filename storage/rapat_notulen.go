package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/rapat"
)

// Minutes and action items. The minutes are one versioned row per
// meeting; an open action item carries over to the later meetings of the
// same series until it is ticked done.

func notulenTx(tx *sql.Tx, rapatID int64) (rapat.Notulen, error) {
	n := rapat.Notulen{RapatID: rapatID}
	var at string
	err := tx.QueryRow("SELECT pembahasan, keputusan, version, updated_by, updated_at FROM rapat_notulen WHERE rapat_id=?", rapatID).
		Scan(&n.Pembahasan, &n.Keputusan, &n.Version, &n.UpdatedBy, &at)
	if err == sql.ErrNoRows {
		return n, nil
	}
	n.UpdatedAt = parseStamp(at)
	return n, err
}

// SaveNotulen saves a meeting's minutes read at n.Version (0: none yet).
// Another PC's save in between gives a *model.ConflictError naming who.
func (s *Store) SaveNotulen(ctx context.Context, n *rapat.Notulen) error {
	return s.write(ctx, "save notulen", func(tx *sql.Tx) error {
		if _, err := liveRapatTx(tx, n.RapatID); err != nil {
			return err
		}
		before, err := notulenTx(tx, n.RapatID)
		if err != nil {
			return err
		}
		if before.Version != n.Version {
			return &model.ConflictError{Entity: "rapat_notulen", ID: n.RapatID, By: before.UpdatedBy, At: before.UpdatedAt}
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		if _, err := tx.Exec(`INSERT INTO rapat_notulen(rapat_id, pembahasan, keputusan, version, updated_at, updated_by)
			VALUES (?,?,?,1,?,?) ON CONFLICT(rapat_id) DO UPDATE SET pembahasan=excluded.pembahasan,
			keputusan=excluded.keputusan, version=version+1, updated_at=excluded.updated_at, updated_by=excluded.updated_by`,
			n.RapatID, n.Pembahasan, n.Keputusan, now, by); err != nil {
			return err
		}
		if *n, err = notulenTx(tx, n.RapatID); err != nil {
			return err
		}
		return s.audit(tx, "rapat_notulen", n.RapatID, ActUpdate, before, *n)
	})
}

const tindakCols = "t.id, t.rapat_id, r.code, t.uraian, t.pic, t.batas, t.selesai, t.selesai_oleh"

// tindakTx lists the action items (not deleted, of meetings not in the
// bin) matching where, by meeting then as typed.
func tindakTx(tx *sql.Tx, where string, args ...any) ([]rapat.TindakLanjut, error) {
	rows, err := tx.Query("SELECT "+tindakCols+` FROM rapat_tindak t JOIN rapat r ON r.id=t.rapat_id
		WHERE t.deleted_at IS NULL AND r.deleted_at IS NULL AND `+where+" ORDER BY r.mulai, t.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rapat.TindakLanjut
	for rows.Next() {
		var t rapat.TindakLanjut
		var batas, selesai string
		if err := rows.Scan(&t.ID, &t.RapatID, &t.RapatCode, &t.Uraian, &t.PIC, &batas, &selesai, &t.SelesaiOleh); err != nil {
			return nil, err
		}
		t.Batas, t.Selesai = localDate(batas), parseStamp(selesai)
		out = append(out, t)
	}
	return out, rows.Err()
}

func oneTindakTx(tx *sql.Tx, id int64) (rapat.TindakLanjut, error) {
	list, err := tindakTx(tx, "t.id=?", id)
	if err == nil && len(list) == 0 {
		err = model.ErrNotFound
	}
	if err != nil {
		return rapat.TindakLanjut{}, err
	}
	return list[0], nil
}

// carriedTx lists the open action items of the earlier meetings of r's series.
func carriedTx(tx *sql.Tx, r rapat.Rapat) ([]rapat.TindakLanjut, error) {
	if r.Seri == "" {
		return nil, nil
	}
	return tindakTx(tx, "r.seri=? AND r.mulai<? AND t.selesai=''", r.Seri, wallText(r.Mulai))
}

// SaveTindak adds an action item to a meeting (ID 0) or saves its text,
// who follows it up and by when; done is only changed by TickTindak.
func (s *Store) SaveTindak(ctx context.Context, t *rapat.TindakLanjut) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save tindak lanjut", func(tx *sql.Tx) error {
		var before any
		if t.ID == 0 {
			if _, err := liveRapatTx(tx, t.RapatID); err != nil {
				return err
			}
			res, err := tx.Exec("INSERT INTO rapat_tindak(rapat_id, uraian, pic, batas, created_at, created_by) VALUES (?,?,?,?,?,?)",
				t.RapatID, t.Uraian, t.PIC, dateText(t.Batas), fmtTime(s.now()), s.Actor().Label())
			if err != nil {
				return err
			}
			t.ID, _ = res.LastInsertId()
		} else {
			old, err := oneTindakTx(tx, t.ID)
			if err != nil {
				return err
			}
			before = old
			if _, err := tx.Exec("UPDATE rapat_tindak SET uraian=?, pic=?, batas=? WHERE id=?", t.Uraian, t.PIC, dateText(t.Batas), t.ID); err != nil {
				return err
			}
		}
		return s.afterTindakTx(tx, before, t)
	})
}

func (s *Store) afterTindakTx(tx *sql.Tx, before any, t *rapat.TindakLanjut) error {
	saved, err := oneTindakTx(tx, t.ID)
	if err != nil {
		return err
	}
	*t = saved
	act := ActUpdate
	if before == nil {
		act = ActCreate
	}
	return s.audit(tx, "rapat_tindak", t.ID, act, before, saved)
}

// TickTindak marks an action item done now by clerk (it stops carrying
// over), or open again.
func (s *Store) TickTindak(ctx context.Context, id int64, done bool, clerk string) (rapat.TindakLanjut, error) {
	var t rapat.TindakLanjut
	err := s.write(ctx, "tick tindak lanjut", func(tx *sql.Tx) error {
		before, err := oneTindakTx(tx, id)
		if err != nil {
			return err
		}
		t = before
		if !before.Open() == done {
			return nil // ticked twice: the first tick's time stays
		}
		at, by := tick(s.now(), done, clerk)
		if _, err := tx.Exec("UPDATE rapat_tindak SET selesai=?, selesai_oleh=? WHERE id=?", at, by, id); err != nil {
			return err
		}
		return s.afterTindakTx(tx, before, &t)
	})
	return t, err
}

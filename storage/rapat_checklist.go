package storage

import (
	"context"
	"database/sql"
	"time"

	"rapi/model"
	"rapi/model/rapat"
)

// A meeting's run-down and preparation checklist. A checklist item's due
// date is stored relative to the meeting's start (minutes), so moving the
// meeting moves every due date with no write here.

func susunanTx(tx *sql.Tx, rapatID int64) ([]rapat.SusunanItem, error) {
	rows, err := tx.Query("SELECT id, urutan, menit, uraian, petugas FROM rapat_susunan WHERE rapat_id=? ORDER BY urutan", rapatID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rapat.SusunanItem
	for rows.Next() {
		var it rapat.SusunanItem
		var menit int
		if err := rows.Scan(&it.ID, &it.Urutan, &menit, &it.Uraian, &it.Petugas); err != nil {
			return nil, err
		}
		it.Durasi = time.Duration(menit) * time.Minute
		out = append(out, it)
	}
	return out, rows.Err()
}

// SetSusunan replaces a meeting's run-down with items, in their order.
// The run-down is one list: the audit row keeps the list before and after.
func (s *Store) SetSusunan(ctx context.Context, rapatID int64, items []rapat.SusunanItem) error {
	items = append([]rapat.SusunanItem(nil), items...)
	if err := validateSusunan(items); err != nil {
		return err
	}
	return s.write(ctx, "set susunan acara", func(tx *sql.Tx) error {
		if _, err := liveRapatTx(tx, rapatID); err != nil {
			return err
		}
		before, err := susunanTx(tx, rapatID)
		if err != nil {
			return err
		}
		if err := s.replaceSusunanTx(tx, rapatID, items); err != nil {
			return err
		}
		after, err := susunanTx(tx, rapatID)
		if err != nil {
			return err
		}
		return s.audit(tx, "rapat_susunan", rapatID, ActUpdate, before, after)
	})
}

func (s *Store) replaceSusunanTx(tx *sql.Tx, rapatID int64, items []rapat.SusunanItem) error {
	if _, err := tx.Exec("DELETE FROM rapat_susunan WHERE rapat_id=?", rapatID); err != nil {
		return err
	}
	for i, it := range items {
		if _, err := tx.Exec("INSERT INTO rapat_susunan(rapat_id, urutan, menit, uraian, petugas) VALUES (?,?,?,?,?)",
			rapatID, i+1, int(it.Durasi/time.Minute), it.Uraian, it.Petugas); err != nil {
			return err
		}
	}
	return nil
}

const itemCols = `i.id, i.rapat_id, i.urutan, i.fase, i.uraian, i.petugas, i.relatif, i.jumlah, i.per_peserta, i.satuan,
	i.selesai, i.selesai_oleh`

func scanItem(row interface{ Scan(...any) error }) (rapat.Item, error) {
	var it rapat.Item
	var relatif int
	var selesai string
	err := row.Scan(&it.ID, &it.RapatID, &it.Urutan, &it.Fase, &it.Uraian, &it.Petugas, &relatif, &it.Jumlah,
		&it.PerPeserta, &it.Satuan, &selesai, &it.SelesaiOleh)
	it.Relatif, it.Selesai = time.Duration(relatif)*time.Minute, parseStamp(selesai)
	return it, err
}

func checklistTx(tx *sql.Tx, rapatID int64) ([]rapat.Item, error) {
	rows, err := tx.Query("SELECT "+itemCols+" FROM rapat_item i WHERE i.rapat_id=? AND i.deleted_at IS NULL ORDER BY i.urutan, i.id", rapatID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rapat.Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

func itemTx(tx *sql.Tx, id int64) (rapat.Item, error) {
	it, err := scanItem(tx.QueryRow("SELECT "+itemCols+" FROM rapat_item i WHERE i.id=? AND i.deleted_at IS NULL", id))
	if err == sql.ErrNoRows {
		err = model.ErrNotFound
	}
	return it, err
}

// insertItemTx adds a checklist item at the end of its meeting's list
// when it has no place yet.
func (s *Store) insertItemTx(tx *sql.Tx, it *rapat.Item) error {
	if it.Urutan == 0 {
		if err := tx.QueryRow("SELECT coalesce(max(urutan),0)+1 FROM rapat_item WHERE rapat_id=?", it.RapatID).Scan(&it.Urutan); err != nil {
			return err
		}
	}
	res, err := tx.Exec(`INSERT INTO rapat_item(rapat_id, urutan, fase, uraian, petugas, relatif, jumlah, per_peserta, satuan)
		VALUES (?,?,?,?,?,?,?,?,?)`, it.RapatID, it.Urutan, string(it.Fase), it.Uraian, it.Petugas,
		int(it.Relatif/time.Minute), it.Jumlah, it.PerPeserta, it.Satuan)
	if err != nil {
		return err
	}
	it.ID, _ = res.LastInsertId()
	return nil
}

// SaveChecklistItem adds an item to a meeting's checklist (ID 0) or saves
// its task; ticks are only changed by TickItem.
func (s *Store) SaveChecklistItem(ctx context.Context, it *rapat.Item) error {
	it.Normalize()
	if err := it.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save checklist item", func(tx *sql.Tx) error {
		var before any
		if it.ID == 0 {
			if _, err := liveRapatTx(tx, it.RapatID); err != nil {
				return err
			}
			if err := s.insertItemTx(tx, it); err != nil {
				return err
			}
		} else {
			old, err := itemTx(tx, it.ID)
			if err != nil {
				return err
			}
			before = old
			if _, err := tx.Exec(`UPDATE rapat_item SET urutan=?, fase=?, uraian=?, petugas=?, relatif=?, jumlah=?, per_peserta=?,
				satuan=? WHERE id=?`, it.Urutan, string(it.Fase), it.Uraian, it.Petugas, int(it.Relatif/time.Minute), it.Jumlah,
				it.PerPeserta, it.Satuan, it.ID); err != nil {
				return err
			}
		}
		return s.afterItemTx(tx, before, it)
	})
}

// afterItemTx reads a changed item back into it and audits the change.
func (s *Store) afterItemTx(tx *sql.Tx, before any, it *rapat.Item) error {
	saved, err := itemTx(tx, it.ID)
	if err != nil {
		return err
	}
	*it = saved
	act := ActUpdate
	if before == nil {
		act = ActCreate
	}
	return s.audit(tx, "rapat_item", it.ID, act, before, saved)
}

// DeleteChecklistItem takes an item off the checklist (soft delete).
func (s *Store) DeleteChecklistItem(ctx context.Context, id int64) error {
	return s.write(ctx, "delete checklist item", func(tx *sql.Tx) error {
		before, err := itemTx(tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE rapat_item SET deleted_at=? WHERE id=?", fmtTime(s.now()), id); err != nil {
			return err
		}
		return s.audit(tx, "rapat_item", id, ActDelete, before, nil)
	})
}

// TickItem marks an item done now by clerk, or open again.
func (s *Store) TickItem(ctx context.Context, id int64, done bool, clerk string) (rapat.Item, error) {
	var it rapat.Item
	err := s.write(ctx, "tick checklist item", func(tx *sql.Tx) error {
		before, err := itemTx(tx, id)
		if err != nil {
			return err
		}
		it = before
		if before.Done() == done {
			return nil // ticked twice: the first tick's time stays
		}
		at, by := tick(s.now(), done, clerk)
		if _, err := tx.Exec("UPDATE rapat_item SET selesai=?, selesai_oleh=? WHERE id=?", at, by, id); err != nil {
			return err
		}
		return s.afterItemTx(tx, before, &it)
	})
	return it, err
}

// tick is the done-at text and who for a tick (done) or an untick.
func tick(now time.Time, done bool, clerk string) (string, string) {
	if !done {
		return "", ""
	}
	return stampText(now), cleanText(clerk)
}

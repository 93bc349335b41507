package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/arsip"
)

// The admin's changes to the classification list. Every write checks the
// admin PIN inside its own transaction (requireAdmin), so a PIN set on
// another PC a moment ago is honoured. A code an admin saves counts as
// reviewed: its "perlu ditinjau" mark goes.

// SaveKlasifikasiAdmin creates (ID 0) or updates (at k.Version) a code
// with the admin PIN. Adding a code that is in the bin brings it back
// with the new name and JRA.
func (s *Store) SaveKlasifikasiAdmin(ctx context.Context, k *arsip.Klasifikasi, pin string) error {
	k.Review = false
	if err := k.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save klasifikasi", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		if k.ID == 0 {
			var deleted sql.NullString
			err := tx.QueryRow("SELECT id, version, deleted_at FROM klasifikasi WHERE code=?", k.Code).Scan(&k.ID, &k.Version, &deleted)
			switch {
			case err == nil && !deleted.Valid:
				k.ID = 0
				return model.Invalid("kode_klasifikasi", k.Code, "error.code_taken")
			case err == nil: // out of the bin, at the version the bin holds
			case err != sql.ErrNoRows:
				return err
			}
		}
		return s.saveKlas(tx, k)
	})
}

// putKlas writes k (inserting when k.ID is 0, else updating that row and
// taking it out of the bin) and audits the change; it returns the row id.
func (s *Store) putKlas(tx *sql.Tx, k arsip.Klasifikasi) (int64, error) {
	now, by := fmtTime(s.now()), s.Actor().Label()
	if k.ID == 0 {
		res, err := tx.Exec(`INSERT INTO klasifikasi(code, name, aktif, inaktif, nasib, trigger_text, review, note, created_at, created_by, updated_at, updated_by)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, k.Code, k.Name, k.JRA.Aktif, k.JRA.Inaktif, k.JRA.Nasib, k.JRA.Trigger, k.Review, k.Note, now, by, now, by)
		if isUnique(err, "klasifikasi.code") {
			return 0, model.Invalid("kode_klasifikasi", k.Code, "error.code_taken")
		}
		if err != nil {
			return 0, err
		}
		id, _ := res.LastInsertId()
		after, err := loadKlas(tx, id)
		if err != nil {
			return 0, err
		}
		if err := s.audit(tx, "klasifikasi", id, ActCreate, nil, after); err != nil {
			return 0, err
		}
		return id, s.recomputeRetensi(tx, k.Code)
	}
	before, err := loadKlas(tx, k.ID)
	if err != nil {
		return 0, err
	}
	_, err = tx.Exec(`UPDATE klasifikasi SET code=?, name=?, aktif=?, inaktif=?, nasib=?, trigger_text=?, review=?, note=?,
		deleted_at=NULL, version=version+1, updated_at=?, updated_by=? WHERE id=?`,
		k.Code, k.Name, k.JRA.Aktif, k.JRA.Inaktif, k.JRA.Nasib, k.JRA.Trigger, k.Review, k.Note, now, by, k.ID)
	if isUnique(err, "klasifikasi.code") {
		return 0, model.Invalid("kode_klasifikasi", k.Code, "error.code_taken")
	}
	if err != nil {
		return 0, err
	}
	after, err := loadKlas(tx, k.ID)
	if err != nil {
		return 0, err
	}
	if err := s.audit(tx, "klasifikasi", k.ID, ActUpdate, before, after); err != nil {
		return 0, err
	}
	return k.ID, s.recomputeRetensi(tx, k.Code)
}

// DeleteKlasifikasi puts a code in the bin with the admin PIN. Files that
// carry it keep it; their retention falls back to the nearest listed
// parent code.
func (s *Store) DeleteKlasifikasi(ctx context.Context, id, version int64, pin string) error {
	return s.write(ctx, "delete klasifikasi", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		if err := checkVersion(tx, "klasifikasi", id, version); err != nil {
			return err
		}
		before, err := loadKlas(tx, id)
		if err != nil {
			return err
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		if _, err := tx.Exec("UPDATE klasifikasi SET deleted_at=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
			now, now, by, id); err != nil {
			return err
		}
		if err := s.audit(tx, "klasifikasi", id, ActDelete, before, nil); err != nil {
			return err
		}
		return s.recomputeRetensi(tx, before.(arsip.Klasifikasi).Code)
	})
}

// KlasifikasiUsage counts the files (not in the bin) filed under code
// exactly, so the admin sees what a delete or a change touches.
func (s *Store) KlasifikasiUsage(ctx context.Context, code string) (int, error) {
	var n int
	err := s.read(ctx, "count klasifikasi usage", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas WHERE kode=? AND deleted_at IS NULL",
			arsip.NormalizeKlasifikasiCode(code)).Scan(&n)
	})
	return n, err
}

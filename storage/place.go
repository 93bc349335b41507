package storage

import (
	"context"
	"database/sql"

	"rapi/model"
)

const placeCols = metaCols + ", coalesce(code,''), kind, name, coalesce(parent_id,0), note"

func scanPlace(row interface{ Scan(...any) error }) (model.Place, error) {
	var p model.Place
	ms := newMetaScan(&p.Meta)
	err := row.Scan(append(ms.dest(), &p.Code, &p.Kind, &p.Name, &p.ParentID, &p.Note)...)
	ms.finish()
	return p, err
}

func loadPlace(tx *sql.Tx, id int64) (any, error) {
	p, err := scanPlace(tx.QueryRow("SELECT "+placeCols+" FROM place WHERE id=?", id))
	return p, err
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// CreatePlace saves a new place and fills in its id and meta.
func (s *Store) CreatePlace(ctx context.Context, p *model.Place) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "create place", func(tx *sql.Tx) error {
		now, by := fmtTime(s.now()), s.Actor().Label()
		res, err := tx.Exec(`INSERT INTO place(code, kind, name, parent_id, note, created_at, created_by, updated_at, updated_by)
			VALUES (?,?,?,?,?,?,?,?,?)`, nullStr(p.Code), p.Kind, p.Name, nullID(p.ParentID), p.Note, now, by, now, by)
		if isUnique(err, "place.code") || isCodeTaken(err) {
			return model.Invalid("code", p.Code, "error.code_taken")
		}
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		saved, err := loadPlace(tx, id)
		if err != nil {
			return err
		}
		*p = saved.(model.Place)
		return s.audit(tx, "place", id, ActCreate, nil, saved)
	})
}

// UpdatePlace saves changes to a place read at p.Version. If someone else
// saved it since, the error is a *model.ConflictError and nothing changes.
func (s *Store) UpdatePlace(ctx context.Context, p *model.Place) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "update place", func(tx *sql.Tx) error {
		if err := checkVersion(tx, "place", p.ID, p.Version); err != nil {
			return err
		}
		before, err := loadPlace(tx, p.ID)
		if err != nil {
			return err
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		_, err = tx.Exec(`UPDATE place SET code=?, kind=?, name=?, parent_id=?, note=?,
			version=version+1, updated_at=?, updated_by=? WHERE id=?`,
			nullStr(p.Code), p.Kind, p.Name, nullID(p.ParentID), p.Note, now, by, p.ID)
		if isUnique(err, "place.code") || isCodeTaken(err) {
			return model.Invalid("code", p.Code, "error.code_taken")
		}
		if err != nil {
			return err
		}
		after, err := loadPlace(tx, p.ID)
		if err != nil {
			return err
		}
		*p = after.(model.Place)
		return s.audit(tx, "place", p.ID, ActUpdate, before, after)
	})
}

// DeletePlace moves a place read at version into the bin.
func (s *Store) DeletePlace(ctx context.Context, id, version int64) error {
	return s.softDelete(ctx, "place", id, version, loadPlace)
}

// RestorePlace takes a place out of the bin.
func (s *Store) RestorePlace(ctx context.Context, id int64) error {
	return s.restore(ctx, "place", id, loadPlace)
}

// PurgePlace removes a deleted place for good (admin PIN required).
func (s *Store) PurgePlace(ctx context.Context, id int64, pin string) error {
	return s.purge(ctx, "place", id, pin, loadPlace)
}

// Place reads one place, deleted or not.
func (s *Store) Place(ctx context.Context, id int64) (model.Place, error) {
	var p model.Place
	err := s.read(ctx, "read place", func(tx *sql.Tx) error {
		var err error
		p, err = scanPlace(tx.QueryRowContext(ctx, "SELECT "+placeCols+" FROM place WHERE id=?", id))
		return err
	})
	return p, err
}

// Places lists the places not in the bin, ordered by name.
func (s *Store) Places(ctx context.Context) ([]model.Place, error) {
	var out []model.Place
	err := s.read(ctx, "list places", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+placeCols+" FROM place WHERE deleted_at IS NULL ORDER BY name")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPlace(rows)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

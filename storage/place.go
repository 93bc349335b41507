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

// placeEntity is the place table as a versioned entity. A place's code is
// registered by the database itself (a trigger), so a taken one shows as
// a constraint error here.
var placeEntity = &entity[model.Place]{
	table: "place",
	cols:  []string{"code", "kind", "name", "parent_id", "note"},
	values: func(p *model.Place) []any {
		return []any{nullStr(p.Code), p.Kind, p.Name, nullID(p.ParentID), p.Note}
	},
	load: func(tx *sql.Tx, id int64) (model.Place, error) {
		return scanPlace(tx.QueryRow("SELECT "+placeCols+" FROM place WHERE id=?", id))
	},
	meta:     func(p *model.Place) *model.Meta { return &p.Meta },
	validate: (*model.Place).Validate,
	codeOf:   func(p *model.Place) *string { return &p.Code },
	unique: codeTaken(func(err error) bool { return isUnique(err, "place.code") || isCodeTaken(err) },
		func(p *model.Place) *string { return &p.Code }),
}

// CreatePlace saves a new place and fills in its id and meta.
func (s *Store) CreatePlace(ctx context.Context, p *model.Place) error {
	return placeEntity.create(ctx, s, p)
}

// UpdatePlace saves changes to a place read at p.Version. If someone else
// saved it since, the error is a *model.ConflictError and nothing changes.
func (s *Store) UpdatePlace(ctx context.Context, p *model.Place) error {
	return placeEntity.update(ctx, s, p)
}

// DeletePlace moves a place read at version into the bin.
func (s *Store) DeletePlace(ctx context.Context, id, version int64) error {
	return placeEntity.remove(ctx, s, id, version)
}

// RestorePlace takes a place out of the bin.
func (s *Store) RestorePlace(ctx context.Context, id int64) error {
	return placeEntity.restore(ctx, s, id)
}

// PurgePlace removes a deleted place for good (admin PIN required).
func (s *Store) PurgePlace(ctx context.Context, id int64, pin string) error {
	return s.purge(ctx, "place", id, pin, placeEntity.loader)
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

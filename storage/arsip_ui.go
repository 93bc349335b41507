package storage

import (
	"context"
	"database/sql"
)

// PlaceCount is how many boxes and files lie directly in one place (not
// in the places below it).
type PlaceCount struct {
	Boks, Berkas int
}

// PlaceCounts counts, for every place holding something, the boxes and
// files directly in it (the Tempat screen adds them up the tree).
func (s *Store) PlaceCounts(ctx context.Context) (map[int64]PlaceCount, error) {
	out := map[int64]PlaceCount{}
	err := s.read(ctx, "count place contents", func(tx *sql.Tx) error {
		for _, q := range []struct {
			sql  string
			boks bool
		}{
			{"SELECT place_id, count(*) FROM boks WHERE deleted_at IS NULL AND place_id IS NOT NULL GROUP BY place_id", true},
			{"SELECT place_id, count(*) FROM berkas WHERE deleted_at IS NULL AND place_id IS NOT NULL GROUP BY place_id", false},
		} {
			rows, err := tx.QueryContext(ctx, q.sql)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id int64
				var n int
				if err := rows.Scan(&id, &n); err != nil {
					rows.Close()
					return err
				}
				c := out[id]
				if q.boks {
					c.Boks = n
				} else {
					c.Berkas = n
				}
				out[id] = c
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// ArsipCounts counts the files, boxes and places not in the bin (Beranda).
func (s *Store) ArsipCounts(ctx context.Context) (berkas, boks, places int, err error) {
	err = s.read(ctx, "count arsip", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM berkas WHERE deleted_at IS NULL),
			(SELECT count(*) FROM boks WHERE deleted_at IS NULL), (SELECT count(*) FROM place WHERE deleted_at IS NULL)`).
			Scan(&berkas, &boks, &places)
	})
	return berkas, boks, places, err
}

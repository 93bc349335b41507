package storage

import (
	"context"
	"database/sql"

	"rapi/model/aset"
)

// EachAsetUnit streams every unit f keeps, in kode barang and register
// order, through fn (until it returns false) in one read transaction:
// the stickers of a whole register without a query per asset.
func (s *Store) EachAsetUnit(ctx context.Context, f AsetFilter, fn func(a *aset.Aset) bool) error {
	return s.read(ctx, "aset units", func(tx *sql.Tx) error {
		where, args, err := f.where(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT "+asetColsA+" FROM aset a WHERE "+where+" ORDER BY a.kode_barang, a.register", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanAset(rows)
			if err != nil {
				return err
			}
			if !fn(&a) {
				return nil
			}
		}
		return rows.Err()
	})
}

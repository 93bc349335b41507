package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/aset"
)

// The new units of a KIB import are written in multi-row statements, as
// the archive import writes its files: the A- codes from one sequence
// (codeSeq), the registers claimed once per kode barang, one audit row
// for the whole import. Each unit was validated when the file was read
// and its kode barang and register checked by the plan, in this
// transaction.

// asetImportBatch is how many units one statement writes (28 parameters each).
const asetImportBatch = 256

func (s *Store) createAsetBulk(ctx context.Context, tx *sql.Tx, rows []*asetImportRow) error {
	if len(rows) == 0 {
		return nil
	}
	codes, err := readCodeSeqOf(ctx, tx, model.CodeAsset, map[string]bool{})
	if err != nil {
		return err
	}
	top := map[aset.Kode]int{}
	for i := range rows {
		a := &rows[i].a
		if a.Code, err = codes.next(); err != nil {
			return err
		}
		top[a.KodeBarang] = max(top[a.KodeBarang], a.Register)
	}
	for k, reg := range top { // the counter moves past the claimed numbers
		if _, err := tx.ExecContext(ctx, `INSERT INTO aset_register(kode, last) VALUES (?, ?)
			ON CONFLICT(kode) DO UPDATE SET last = max(last, excluded.last)`, string(k), reg); err != nil {
			return err
		}
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	head := "INSERT INTO aset(" + strings.Join(asetEntity.cols, ", ") + ", created_at, created_by, updated_at, updated_by) VALUES "
	row := "(" + inList(len(asetEntity.cols)+4) + ")"
	for start := 0; start < len(rows); start += asetImportBatch {
		part := rows[start:min(start+asetImportBatch, len(rows))]
		args := make([]any, 0, len(part)*(len(asetEntity.cols)+4))
		for i := range part {
			args = append(append(args, asetEntity.values(&part[i].a)...), now, by, now, by)
		}
		q, err := tx.QueryContext(ctx, multiRow(head, row, " RETURNING id, code", len(part)), args...)
		if err != nil {
			return asetRowError(part[0].row, asetEntity.mapUnique(err, &part[0].a))
		}
		reg := make([]any, 0, len(part)*3)
		for q.Next() {
			var id int64
			var code string
			if err := q.Scan(&id, &code); err != nil {
				q.Close()
				return err
			}
			reg = append(reg, code, string(model.CodeAsset), id)
		}
		q.Close()
		if err := q.Err(); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, multiRow(registryInsert, registryRow, registryTail, len(reg)/3), reg...); err != nil {
			return err
		}
	}
	return codes.save(ctx, tx)
}

package storage

import (
	"context"
	"io"
	"time"

	"rapi/model"
	"rapi/storage/sheet"
)

// Reads for printing. The lists are gathered by the same code as their
// Excel export (exportBerkas, RetensiList), so a printed list and its
// workbook always hold the same files. Laying them out on paper is the
// business of package ui/printout.

// EachBerkas streams the files of a list (and, withItems, their items)
// through fn, gathered exactly as ExportArsip gathers them.
func (s *Store) EachBerkas(ctx context.Context, opt ExportArsipOptions, withItems bool,
	fn func(b *model.Berkas, items []model.IsiBerkas)) error {
	var cur *model.Berkas
	var items []model.IsiBerkas
	flush := func() {
		if cur != nil {
			fn(cur, items)
		}
		cur, items = nil, nil
	}
	spec := sheet.ExportSpec{Columns: []sheet.ExportColumn{col("No", sheet.Int)}}
	_, err := s.exportBerkas(ctx, io.Discard, spec, opt, withItems, func(n int, b *model.Berkas, it *model.IsiBerkas) []any {
		if cur == nil || cur.ID != b.ID {
			flush()
			c := *b
			cur = &c
		}
		if it != nil {
			items = append(items, *it)
		}
		return []any{n}
	})
	if err != nil {
		return err
	}
	flush()
	return nil
}

// EachRetensi walks the files due for moving (usul pindah) or destruction
// (usul musnah) on asOf, as the export lists them.
func (s *Store) EachRetensi(ctx context.Context, list ArsipList, asOf time.Time, fn func(b *model.Berkas)) error {
	a := model.RetensiPindah
	if list == ListUsulMusnah {
		a = model.RetensiMusnah
	}
	for off := 0; ; off += 1000 {
		p, err := s.RetensiList(ctx, a, asOf, Page{Offset: off, Limit: 1000})
		if err != nil {
			return err
		}
		for i := range p.Rows {
			fn(&p.Rows[i])
		}
		if len(p.Rows) < 1000 {
			return nil
		}
	}
}

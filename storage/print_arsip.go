package storage

import (
	"context"
	"time"

	"rapi/model/arsip"
)

// Reads for printing. The lists are gathered by the same code as their
// Excel export (exportBerkas, RetensiList), so a printed list and its
// workbook always hold the same files. Laying them out on paper is the
// business of package ui/printout.

// EachBerkas streams the files of a list (and, withItems, their items)
// through fn, gathered exactly as ExportArsip gathers them.
func (s *Store) EachBerkas(ctx context.Context, opt ExportArsipOptions, withItems bool,
	fn func(b *arsip.Berkas, items []arsip.IsiBerkas)) error {
	return s.eachGroup(ctx, opt, withItems, func(b *arsip.Berkas, items []arsip.IsiBerkas) bool {
		c := *b // fn may keep it; the walk reuses its own
		fn(&c, append([]arsip.IsiBerkas(nil), items...))
		return true
	})
}

// EachRetensi walks the files due for moving (usul pindah) or destruction
// (usul musnah) on asOf, as the export lists them.
func (s *Store) EachRetensi(ctx context.Context, list ArsipList, asOf time.Time, fn func(b *arsip.Berkas)) error {
	a := arsip.RetensiPindah
	if list == ListUsulMusnah {
		a = arsip.RetensiMusnah
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

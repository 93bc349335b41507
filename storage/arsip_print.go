package storage

import (
	"context"
	"time"

	"rapi/model/arsip"
)

// Reads for printing. The lists are gathered by the same code as their
// Excel export (eachGroup, eachRetensi), so a printed list and its
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
// (usul musnah) on asOf that f keeps (its status aside), as the export
// lists them.
func (s *Store) EachRetensi(ctx context.Context, list ArsipList, asOf time.Time, f BerkasFilter, fn func(b *arsip.Berkas)) error {
	a := arsip.RetensiPindah
	if list == ListUsulMusnah {
		a = arsip.RetensiMusnah
	}
	return s.eachRetensi(ctx, a, asOf, f, func(b *arsip.Berkas) bool {
		c := *b // fn may keep it; the walk reuses its own
		fn(&c)
		return true
	})
}

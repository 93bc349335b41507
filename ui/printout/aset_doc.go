package printout

import (
	"bytes"
	"context"
	"os"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/paper"
)

// AsetDoc is one paper of the inventaris, as the screens and rapictl ask
// for it: a list (KIB A-F, KIR, Buku Inventaris, mutasi), a BAST or a
// Berita Acara Sensus. Exactly one of the three is set. A KIR list with
// no room (RuangID 0) is the KIR of every room that has assets, each on
// its own pages, in the order of the rooms' paths.
type AsetDoc struct {
	List   *AsetOptions
	BAST   *BASTOptions
	Sensus *BASensusOptions
}

// everyRoom reports whether d is the KIR of every room.
func (d AsetDoc) everyRoom() bool {
	return d.List != nil && d.List.List == storage.ListKIR && d.List.RuangID == 0
}

// Layout is the doc's form and rows, read in one snapshot.
func (d AsetDoc) Layout(ctx context.Context, s *storage.Store) (paper.FormSpec, paper.Rows, error) {
	switch {
	case d.BAST != nil:
		return BAST(ctx, s, *d.BAST)
	case d.Sensus != nil:
		return BASensus(ctx, s, *d.Sensus)
	case d.List != nil:
		return AsetForm(ctx, s, *d.List)
	}
	return paper.FormSpec{}, nil, nil
}

// Name is the doc's file name without the date: "kir", "bast", "ba-sensus".
func (d AsetDoc) Name() string {
	switch {
	case d.BAST != nil:
		return "bast"
	case d.Sensus != nil:
		return "ba-sensus"
	case d.everyRoom():
		return "kir-semua-ruang"
	case d.List != nil:
		return string(d.List.List)
	}
	return "aset"
}

// WriteAsetDocPDF lays d out as a PDF at path and returns its form (the
// title; the first room's for every room's KIR) and the number of rows;
// on any error there is no file.
func WriteAsetDocPDF(ctx context.Context, s *storage.Store, d AsetDoc, path string) (paper.FormSpec, int, error) {
	parts, err := d.parts(ctx, s)
	if err != nil {
		return paper.FormSpec{}, 0, err
	}
	var first paper.FormSpec
	n := 0
	counted := make([]paper.FormPart, len(parts))
	for i, part := range parts {
		counted[i] = func() (paper.FormSpec, paper.Rows, error) {
			spec, rows, err := part()
			if i == 0 {
				first = spec
			}
			return spec, tallyRows(rows, &n), err
		}
	}
	var buf bytes.Buffer
	if err := paper.RenderTablesPDF(&buf, counted); err != nil {
		return first, 0, err
	}
	return first, n, os.WriteFile(path, buf.Bytes(), 0o644)
}

// parts is d as the forms of one PDF: one, or a KIR per room.
func (d AsetDoc) parts(ctx context.Context, s *storage.Store) ([]paper.FormPart, error) {
	if !d.everyRoom() {
		return []paper.FormPart{func() (paper.FormSpec, paper.Rows, error) { return d.Layout(ctx, s) }}, nil
	}
	rooms, err := s.AsetRuangSummaries(ctx)
	if err != nil {
		return nil, err
	}
	var parts []paper.FormPart
	for _, r := range rooms {
		if r.Jumlah == 0 {
			continue // an empty room's KIR is a blank sheet on the wall
		}
		opt := *d.List
		opt.RuangID = r.Ruang.ID
		parts = append(parts, func() (paper.FormSpec, paper.Rows, error) { return AsetForm(ctx, s, opt) })
	}
	if len(parts) == 0 {
		return nil, model.Invalid("ruang", "", "error.aset_kir_no_rooms")
	}
	return parts, nil
}

// tallyRows passes rows on, adding each to *n.
func tallyRows(rows paper.Rows, n *int) paper.Rows {
	return func(yield func([]string) bool) {
		for r := range rows {
			*n++
			if !yield(r) {
				return
			}
		}
	}
}

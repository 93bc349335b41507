package printout

import (
	"bytes"
	"context"
	"os"

	"rapi/storage"
	"rapi/ui/paper"
)

// AsetDoc is one paper of the inventaris, as the screens and rapictl ask
// for it: a list (KIB A-F, KIR, Buku Inventaris, mutasi), a BAST or a
// Berita Acara Sensus. Exactly one of the three is set.
type AsetDoc struct {
	List   *AsetOptions
	BAST   *BASTOptions
	Sensus *BASensusOptions
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
	case d.List != nil:
		return string(d.List.List)
	}
	return "aset"
}

// WriteAsetDocPDF lays d out as a PDF at path and returns its form (the
// title) and the number of rows; on any error there is no file.
func WriteAsetDocPDF(ctx context.Context, s *storage.Store, d AsetDoc, path string) (paper.FormSpec, int, error) {
	spec, rows, err := d.Layout(ctx, s)
	if err != nil {
		return spec, 0, err
	}
	n := 0
	counted := func(yield func([]string) bool) {
		for r := range rows {
			n++
			if !yield(r) {
				return
			}
		}
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, counted); err != nil {
		return spec, 0, err
	}
	return spec, n, os.WriteFile(path, buf.Bytes(), 0o644)
}

package main

import (
	"context"
	"errors"
	"flag"
	"strings"

	"rapi/model"
	"rapi/model/value"
	"rapi/storage"
)

// listFilter is the filter of an official list on the command line, the
// same as the Arsip list's filters in the app.
type listFilter struct {
	tahun, unit, klasifikasi, tempat, kategori *string
}

// addListFilter adds --tahun, --unit, --klasifikasi, --tempat and
// --kategori to fs.
func addListFilter(fs *flag.FlagSet) listFilter {
	return listFilter{
		tahun:       fs.String("tahun", "", "only files whose kurun waktu touches this year (2023) or range (2020-2023)"),
		unit:        fs.String("unit", "", "only files of this unit pengolah"),
		klasifikasi: fs.String("klasifikasi", "", "only this classification code and the codes under it (prefix)"),
		tempat:      fs.String("tempat", "", "only files in the place (or box) with this code, including the places under it"),
		kategori:    fs.String("kategori", "", "only files of this category"),
	}
}

// filter reads the flags into f; a place code is looked up in s.
func (lf listFilter) filter(ctx context.Context, s *storage.Store, f storage.BerkasFilter) (storage.BerkasFilter, error) {
	if t := strings.TrimSpace(*lf.tahun); t != "" {
		r, err := value.ParseYearRange(t)
		if err != nil {
			return f, model.Invalid("listfilter.tahun", t, value.Reason(err))
		}
		f.Year, f.YearTo = r.From, r.To
	}
	f.Unit = strings.TrimSpace(*lf.unit)
	if k := strings.TrimSpace(*lf.klasifikasi); k != "" {
		f.KodePrefix = k
	}
	f.Kategori = strings.TrimSpace(*lf.kategori)
	if c := strings.TrimSpace(*lf.tempat); c != "" {
		h, err := s.FindCode(ctx, c)
		switch {
		case errors.Is(err, model.ErrNotFound), err == nil && h.Kind != model.CodePlace && h.Kind != model.CodeBoks:
			return f, model.Invalid("listfilter.tempat", c, "listfilter.no_place")
		case err != nil:
			return f, err
		case h.Kind == model.CodeBoks:
			f.BoksID = h.ID
		default:
			f.PlaceID = h.ID
		}
	}
	return f, nil
}

package cetak

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/value"
	rstore "rapi/storage"
	"rapi/ui/kit"
)

// listFilter is the official lists' filter on Cetak: the Arsip list's
// year, unit, classification, place (with the places under it) and
// category, so a clerk prints the Daftar Arsip Aktif of one unit and year
// instead of 476 pages of everything.
type listFilter struct {
	year, unit, kode *kit.Entry
	place, kategori  *widget.Select
	placeIDs         []int64 // by place option index, 0 for "Semua"
}

func newListFilter(a *Cetak, changed func()) *listFilter {
	f := &listFilter{year: a.NewEntry(), unit: a.NewEntry(), kode: a.NewEntry()}
	f.year.SetPlaceHolder(lang.L("listfilter.year_hint"))
	f.unit.SetPlaceHolder(lang.L("listfilter.unit_hint"))
	f.kode.SetPlaceHolder(lang.L("listfilter.kode_hint"))
	for _, e := range []*kit.Entry{f.year, f.unit, f.kode} {
		e.OnChanged = func(string) { changed() }
	}
	all := lang.L("arsipui.all")
	f.place = kit.NewSelect([]string{all}, func(string) { changed() })
	f.kategori = kit.NewSelect([]string{all}, func(string) { changed() })
	f.place.SetSelectedIndex(0)
	f.kategori.SetSelectedIndex(0)
	f.placeIDs = []int64{0}
	return f
}

// items are the filter's form rows.
func (f *listFilter) items() []*widget.FormItem {
	return []*widget.FormItem{widget.NewFormItem(lang.L("listfilter.year"), f.year),
		widget.NewFormItem(lang.L("listfilter.unit"), f.unit), widget.NewFormItem(lang.L("listfilter.kode"), f.kode),
		widget.NewFormItem(lang.L("listfilter.place"), f.place), widget.NewFormItem(lang.L("listfilter.kategori"), f.kategori)}
}

// load fills the place and category choices.
func (f *listFilter) load(a *Cetak) {
	s := a.Store()
	if s == nil {
		return
	}
	type choices struct {
		places []kit.PlacePath
		kats   []string
	}
	kit.Load(a, func() (c choices, err error) {
		places, err := s.Places(context.Background())
		if err != nil {
			return c, err
		}
		c.places = kit.PlacePaths(places)
		kats, err := s.ArsipKategori(context.Background())
		for _, k := range kats {
			c.kats = append(c.kats, k.Name)
		}
		return c, err
	}, func(c choices, err error) {
		if err != nil {
			return // the filter offers "Semua" only; the preview says what failed
		}
		all := lang.L("arsipui.all")
		opts, ids := []string{all}, []int64{0}
		for _, p := range c.places {
			opts, ids = append(opts, p.Path), append(ids, p.ID)
		}
		f.placeIDs = ids
		f.place.Options = opts
		f.place.Refresh()
		f.kategori.Options = append([]string{all}, c.kats...)
		f.kategori.Refresh()
	})
}

// filter reads the fields; a year that does not read says which field.
func (f *listFilter) filter() (rstore.BerkasFilter, error) {
	var bf rstore.BerkasFilter
	if t := strings.TrimSpace(f.year.Text); t != "" {
		r, err := value.ParseYearRange(t)
		if err != nil {
			return bf, model.Invalid("listfilter.tahun", t, value.Reason(err))
		}
		bf.Year, bf.YearTo = r.From, r.To
	}
	bf.Unit = strings.TrimSpace(f.unit.Text)
	bf.KodePrefix = strings.TrimSpace(f.kode.Text)
	if i := f.place.SelectedIndex(); i > 0 && i < len(f.placeIDs) {
		bf.PlaceID = f.placeIDs[i]
	}
	if i := f.kategori.SelectedIndex(); i > 0 {
		bf.Kategori = f.kategori.Selected
	}
	return bf, nil
}

package cetak

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	rstore "rapi/storage"
	"rapi/ui/paper"
)

// Label sources: what the Cetak queue can be filled from.

// PrintItem is one label waiting in the print queue.
type PrintItem struct {
	Kind  string // what the code stands for, as remembered in the printed table ("lokasi", "berkas", "boks")
	Code  string
	Title string              // what the clerk reads in the queue
	Label func() paper.Drawer // the label design filled with the record
}

// PrintSource offers records whose labels can be printed. The Cetak
// screen lists the sources of every feature (see features).
type PrintSource interface {
	Kind() string  // as PrintItem.Kind
	Title() string // shown to the clerk, translated
	Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error)
	// Labels are the labels of the records with codes, in that order: a
	// card's "Cetak label".
	Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error)
}

// PlaceSource is the labels of storage places (shelves, cabinets, rooms)
// that have a code.
type PlaceSource struct{}

// PlaceKind is the kind under which place labels are remembered as printed.
const PlaceKind = "lokasi"

func (PlaceSource) Kind() string  { return PlaceKind }
func (PlaceSource) Title() string { return lang.L("print.source.places") }

// Items lists every place with a code, by name.
func (PlaceSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	places, err := s.Places(ctx)
	if err != nil {
		return nil, err
	}
	var out []PrintItem
	for _, p := range places {
		if p.Code == "" {
			continue
		}
		l := paper.PlaceLabel{Code: p.Code, Name: p.Name}
		out = append(out, PrintItem{Kind: PlaceKind, Code: p.Code, Title: p.Name, Label: func() paper.Drawer { return l }})
	}
	return out, nil
}

// Labels are the labels of the places with codes.
func (PlaceSource) Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error) {
	all, err := PlaceSource{}.Items(ctx, s)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, c := range codes {
		want[model.NormalizeCode(c)] = true
	}
	var out []PrintItem
	for _, it := range all {
		if want[it.Code] {
			out = append(out, it)
		}
	}
	return out, nil
}

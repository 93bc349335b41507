package inventaris

import (
	"errors"

	"rapi/model"
	"rapi/storage"
)

// errNotRoom says a scanned place is not a room (a shelf, a building).
var errNotRoom = errors.New("not a room")

// scanTarget is what a scan in Pindah or Sensus is: a room or an asset.
type scanTarget struct {
	room *model.Place
	hit  storage.Hit
}

// lookScan finds what a scanned code is.
func lookScan(s *storage.Store, code string) (scanTarget, error) {
	h, err := s.FindCode(bg(), code)
	if err != nil {
		return scanTarget{}, err
	}
	t := scanTarget{hit: h}
	if h.Kind == model.CodePlace {
		p, err := s.Place(bg(), h.ID)
		if err != nil {
			return t, err
		}
		if p.Kind != model.PlaceRuang {
			return t, errNotRoom
		}
		t.room = &p
	}
	return t, nil
}

// roomTitle is a room as the scan modes name it: its path when known.
func roomTitle(h storage.Hit, p *model.Place) string {
	if h.PlacePath != "" {
		return h.PlacePath
	}
	return p.Name
}

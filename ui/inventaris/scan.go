package inventaris

import (
	"errors"

	"fyne.io/fyne/v2"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
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

// newScanField is the field the Pindah and Sensus modes scan into. The
// shell's fields hand a scanner's burst to the scan box (a search); here
// the burst is what the clerk means, so it stays in the field and Enter
// submits it.
func newScanField() *kit.Entry { return kit.NewEntry(scanKeys{}) }

// scanKeys lets every key through to the field.
type scanKeys struct{}

func (scanKeys) Rune(*kit.Entry, rune) bool          { return false }
func (scanKeys) Key(*kit.Entry, *fyne.KeyEvent) bool { return false }
func (scanKeys) Shortcut(fyne.Shortcut) bool         { return false }

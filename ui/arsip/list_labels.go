package arsip

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// labelCap is the most labels one tap queues: a sheet run of 5,000
// labels is already a day's printing; a bigger list wants a filter.
const labelCap = 5000

// onPrintLabels puts the labels of every berkas the list finds (search
// text and filters as they stand) in Cetak's queue.
func (l *berkasList) onPrintLabels() {
	s, q := l.app.Store(), l.currentQuery()
	if s == nil {
		return
	}
	kit.Load(l.app, func() ([]string, error) { return foundCodes(s, q) }, func(codes []string, err error) {
		if err != nil {
			showArsipError(l.app, err)
			return
		}
		if len(codes) == 0 {
			l.app.ShowInfo(lang.L("arsipui.labels.title"), lang.L("arsipui.labels.none"))
			return
		}
		l.app.PrintLabels(model.CodeBerkas, codes)
		if len(codes) == labelCap {
			l.app.ShowInfo(lang.L("arsipui.labels.title"), kit.Ln("arsipui.labels.capped", map[string]any{"Count": labelCap}))
		}
	})
}

// foundBerkas is one berkas a list query finds: its id and label code.
type foundBerkas struct {
	id   int64
	code string
}

// foundCodes are the label codes of the files q finds, in the list's
// order, at most labelCap of them.
func foundCodes(s *storage.Store, q listQuery) ([]string, error) {
	rows, err := foundRows(s, q)
	codes := make([]string, 0, len(rows))
	for _, r := range rows {
		codes = append(codes, r.code)
	}
	return codes, err
}

// foundRows are the files q finds, in the list's order, at most labelCap.
func foundRows(s *storage.Store, q listQuery) ([]foundBerkas, error) {
	var rows []foundBerkas
	for len(rows) < labelCap {
		res, err := s.SearchBerkas(bg(), q.text, q.filter, storage.Page{Offset: len(rows), Limit: min(500, labelCap-len(rows))})
		if err != nil {
			return nil, err
		}
		for _, b := range res.Rows {
			rows = append(rows, foundBerkas{b.ID, b.Code})
		}
		if len(res.Rows) == 0 || len(rows) >= res.Total && !res.TotalCapped {
			break
		}
	}
	return rows, nil
}

// innermostFirst writes a place path from the box up ("Boks 0015 ‹ Rak 3
// ‹ Ruang Arsip Lt.2 ‹ Gedung B"): a narrow column then cuts the
// building, which the clerk knows, instead of the shelf and box, which
// they look for. The form shows the whole path the usual way round.
func innermostFirst(path string) string {
	levels := strings.Split(path, model.PathSep)
	slices.Reverse(levels)
	return strings.Join(levels, " ‹ ")
}

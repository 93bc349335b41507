package printout

import (
	"context"
	"strings"
	"testing"

	"rapi/storage"
)

// Narrow columns are as wide as their longest word: no cell of a card has
// a word broken over two lines (a certificate number, "Pengelolaan") and
// no header word is cut with "…".
func TestCardWordsAreNeverBroken(t *testing.T) {
	s, _ := kibStore(t)
	ctx := context.Background()
	for _, l := range []storage.AsetPaperList{storage.ListKIBA, storage.ListKIBB, storage.ListKIBC, storage.ListKIBD,
		storage.ListKIBE, storage.ListKIBF, storage.ListBukuInventaris} {
		_, rows, err := AsetForm(ctx, s, AsetOptions{List: l})
		noErr(t, err)
		text := " " + strings.Join(strings.Fields(pdfText(t, s, AsetOptions{List: l}, "-raw")), " ") + " "
		if strings.Contains(text, "…") {
			t.Errorf("%s: a header or cell cut with …:\n%s", l, text)
		}
		for r := range rows {
			for _, cell := range r {
				for _, w := range strings.Fields(cell) {
					if !strings.Contains(text, " "+w+" ") {
						t.Errorf("%s: %q of %q is broken", l, w, cell)
					}
				}
			}
		}
	}
}

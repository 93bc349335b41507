package printout

import (
	"bytes"
	"context"
	"testing"

	"rapi/storage"
	"rapi/ui/paper"
)

// BenchmarkKIR1000 lays out and renders the KIR of a room with 1,000
// assets, each with its own serial number (target < 1 s).
func BenchmarkKIR1000(b *testing.B) {
	s, room := asetStore(b, 1000, true)
	r := room.ID
	for b.Loop() {
		spec, rows, err := AsetForm(context.Background(), s, AsetOptions{List: storage.ListKIR, RuangID: r})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := paper.RenderTablePDF(&buf, spec, rows); err != nil {
			b.Fatal(err)
		}
	}
}

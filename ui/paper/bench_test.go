package paper

import (
	"io"
	"testing"

	"rapi/model/label"
)

// BenchmarkFolderLabels1000: a clerk printing a whole register at once
// (1,000 folder labels on Avery L7163) must not wait. Target < 0.7 s.
func BenchmarkFolderLabels1000(b *testing.B) {
	tpl, _ := label.Builtin("Avery L7163")
	ds := folderLabels(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderLabelsPDF(io.Discard, tpl, ds, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

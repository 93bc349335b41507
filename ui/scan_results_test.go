package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Scan results name each hit by its code before its title, and a long
// line ends in "…" instead of running off the dialog's edge.
func TestScanResultsShowCodeFirstAndEllipsis(t *testing.T) {
	a, _ := newTestApp(t, arsipDB(t, 60))
	mkTestBerkas(t, a, "B-900001", "Rapat koordinasi penataan arsip inaktif di lingkungan Sekretariat Daerah Provinsi tahun anggaran 2025 dan seterusnya")
	mkTestBerkas(t, a, "B-900002", "Rapat koordinasi kearsipan")
	a.Search("rapat koordinasi")
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("several hits did not list the results")
	}
	var lines []*widget.Label
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "B-90000") {
			lines = append(lines, l)
		}
	})
	if len(lines) == 0 {
		t.Fatal("the results do not show the codes")
	}
	for _, l := range lines {
		if !strings.HasPrefix(l.Text, "B-90000") {
			t.Errorf("a result does not start with its code: %q", l.Text)
		}
		if l.Truncation != fyne.TextTruncateEllipsis {
			t.Errorf("a result is cut without an ellipsis: %q", l.Text)
		}
	}
}

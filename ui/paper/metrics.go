package paper

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// ptMM is one typographic point in mm.
const ptMM = 25.4 / 72

// Helvetica advance widths in mm per point of font size, indexed by
// cp1252 byte, for regular [0] and bold [1]. Taken once from fpdf's core
// font tables so line breaking is the same in the PDF and the preview.
var (
	metricsOnce sync.Once
	helvWidth   [2][256]float64
	toCP1252    func(string) string
	// cp1252Mu guards toCP1252: fpdf's translator reuses one buffer, so
	// a preview and a PDF rendered at the same time would garble text.
	cp1252Mu sync.Mutex
)

func loadMetrics() {
	metricsOnce.Do(func() {
		f := fpdf.New("P", "mm", "A4", "")
		toCP1252 = f.UnicodeTranslatorFromDescriptor("cp1252")
		const size = 100.0
		for i, style := range []string{"", "B"} {
			f.SetFont("Helvetica", style, size)
			for b := 32; b < 256; b++ {
				helvWidth[i][b] = f.GetStringWidth(string([]byte{byte(b)})) / size
			}
		}
	})
}

// cp1252 converts text to the single-byte encoding of the PDF core fonts;
// characters outside it become '?' rather than garbage.
func cp1252(s string) string {
	loadMetrics()
	cp1252Mu.Lock()
	defer cp1252Mu.Unlock()
	return toCP1252(s)
}

// TextWidth is the width in mm of s set in Helvetica (bold: as table
// headers are) at sizePt, for callers that size a column to its words.
func TextWidth(s string, sizePt float64, bold bool) float64 { return textWidth(s, sizePt, bold) }

// textWidth is the width in mm of s set in Helvetica at sizePt.
func textWidth(s string, sizePt float64, bold bool) float64 {
	enc := cp1252(s)
	i := 0
	if bold {
		i = 1
	}
	w := 0.0
	for j := 0; j < len(enc); j++ {
		w += helvWidth[i][enc[j]]
	}
	return w * sizePt
}

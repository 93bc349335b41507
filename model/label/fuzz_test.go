package label

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A gLabels file a clerk imports: never a panic, and every template it
// returns passes the same validation as one typed in mm.
func FuzzParseGLabels(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<Glabels-templates><Template brand="Avery" part="L7163" size="A4">` +
		`<Label-rectangle id="0" width="99.1mm" height="38.1mm" round="2mm"><Layout nx="2" ny="7" x0="4.65mm" y0="15.15mm" dx="101.6mm" dy="38.1mm"/>` +
		`</Label-rectangle></Template><Template brand="X" part="E" equiv="L7163"/></Glabels-templates>`))
	f.Add([]byte(`<Glabels-templates><Template brand="a" part="b" size="Other" width="0" height="1e400pt"/></Glabels-templates>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ts, err := ParseGLabels(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, tp := range ts {
			if err := tp.Validate(); err != nil {
				t.Fatalf("template %q returned but invalid: %v", tp.Name, err)
			}
		}
	})
}

func FuzzParseLength(f *testing.F) {
	for _, s := range []string{"99.1mm", "1in", "72pt", "2.5cm", "10", "-1mm", "NaNmm", "1e999pt", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseLength(s)
		if err == nil && (v != v || v > 1e300 || v < -1e300) {
			t.Fatalf("%q -> %v", s, v)
		}
	})
}

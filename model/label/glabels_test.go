package label

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// A small template file written for this test, in the shape of gLabels 3
// files: points without a unit, mm, inches, a custom page and an equiv.
const glFixture = `<?xml version="1.0"?>
<Glabels-templates>
  <Template brand="Contoh" part="P-14" size="A4" _description="Label alamat">
    <Meta category="label"/>
    <Label-rectangle id="0" width="280.9" height="108" round="5">
      <Markup-margin size="5"/>
      <Layout nx="2" ny="7" x0="13.18" y0="42.94" dx="288" dy="108"/>
    </Label-rectangle>
  </Template>
  <Template brand="Contoh" part="P-14B" equiv="P-14"/>
  <Template brand="Contoh" part="CD" size="A4" description="CD">
    <Label-cd id="0" radius="58.7mm" hole="20.6mm" waste="0mm">
      <Layout nx="1" ny="2" x0="46.3mm" y0="21.5mm" dx="0mm" dy="136.7mm"/>
    </Label-cd>
  </Template>
  <Template brand="Contoh" part="MAP" size="Other" width="8.5in" height="13cm" description="Map">
    <Label-rectangle id="0" width="3.5in" height="15mm" round="1mm">
      <Layout nx="2" ny="5" x0="0.5in" y0="10mm" dx="4in" dy="20mm"/>
    </Label-rectangle>
  </Template>
  <Template brand="Contoh" part="RL" size="US-Letter" description="Letter">
    <Label-rectangle id="0" width="2cm" height="1cm">
      <Layout nx="1" ny="1" x0="1cm" y0="1cm"/>
    </Label-rectangle>
  </Template>
</Glabels-templates>`

func TestParseGLabels(t *testing.T) {
	ts, err := ParseGLabels(strings.NewReader(glFixture))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, tpl := range ts {
		names = append(names, tpl.Name)
	}
	if got := strings.Join(names, ","); got != "Contoh P-14,Contoh P-14B,Contoh MAP,Contoh RL" {
		t.Fatalf("imported %s; the CD label must be skipped and the equiv kept", got)
	}
	p14 := ts[0]
	// 280.9pt = 99.095mm, 108pt = 38.1mm, 13.18pt = 4.65mm, 288pt = 101.6mm.
	want := Template{Name: "Contoh P-14", Note: "Label alamat", Paper: PaperA4, PageWidth: 210, PageHeight: 297,
		LabelWidth: 99.1, LabelHeight: 38.1, Radius: 1.76, Columns: 2, Rows: 7,
		Left: 4.65, Top: 15.15, HPitch: 101.6, VPitch: 38.1}
	if p14 != want {
		t.Errorf("P-14 =\n%+v\nwant\n%+v", p14, want)
	}
	if eq := ts[1]; eq.LabelWidth != p14.LabelWidth || eq.Columns != 2 || eq.Rows != 7 {
		t.Errorf("equiv did not copy the geometry: %+v", eq)
	}
	m := ts[2]
	if m.Paper != PaperCustom || m.PageWidth != 215.9 || m.PageHeight != 130 ||
		m.LabelWidth != 88.9 || m.Left != 12.7 || m.HPitch != 101.6 || m.VPitch != 20 {
		t.Errorf("MAP (inches and cm) = %+v", m)
	}
	rl := ts[3]
	if rl.Paper != PaperLetter || rl.HPitch != 20 || rl.VPitch != 10 {
		t.Errorf("single label without dx/dy: %+v", rl)
	}
}

func TestParseGLabelsRejects(t *testing.T) {
	if _, err := ParseGLabels(strings.NewReader("<Glabels-templates/>")); !errors.Is(err, ErrNoTemplates) {
		t.Errorf("empty file: %v, want ErrNoTemplates", err)
	}
	bad := `<Glabels-templates><Template brand="X" part="1" size="A4">
	  <Label-rectangle width="10furlong" height="1"><Layout nx="1" ny="1" x0="0" y0="0"/></Label-rectangle>
	</Template></Glabels-templates>`
	if _, err := ParseGLabels(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "X 1") {
		t.Errorf("bad unit: %v, want an error naming the template", err)
	}
	tooWide := `<Glabels-templates><Template brand="X" part="2" size="A4">
	  <Label-rectangle width="100mm" height="10mm"><Layout nx="3" ny="1" x0="0" y0="0" dx="100mm" dy="10mm"/></Label-rectangle>
	</Template></Glabels-templates>`
	if _, err := ParseGLabels(strings.NewReader(tooWide)); err == nil {
		t.Error("a grid wider than A4 was accepted")
	}
	if _, err := ParseGLabels(strings.NewReader("<Glabels-templates>")); err == nil {
		t.Error("truncated XML was accepted")
	}
}

func TestParseLength(t *testing.T) {
	for in, want := range map[string]float64{"72": 25.4, "72pt": 25.4, "1in": 25.4, "2.5cm": 25, "3mm": 3, "6pc": 25.4, " 10 mm ": 10} {
		got, err := ParseLength(in)
		if err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("ParseLength(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

package label

// Built-in templates. Avery numbers are the manufacturer's published
// layout; they were checked by arithmetic (margins + labels + gaps add up
// to exactly 210 x 297 mm, the sheets being symmetric). gLabels' own
// templates for these parts are rounded to whole points and disagree by up
// to 1.3 mm, so they were not used.
//
// For built-ins, Note holds a translation key; a clerk's own template
// holds free text there. lang.L returns unknown keys unchanged, so a UI
// can pass either through it.

// ANRI archive boxes are 37 x 9 x 27 cm (small) and 37 x 19 x 27 cm
// (large). The spine label goes on the 9 cm x 27 cm face, which every box
// has: 80 x 250 mm leaves 5 mm of cardboard on each long side and 10 mm at
// each end for fingers and the lid. Two fit side by side on A4 with a
// 10 mm cutting gap.
const (
	spineWidth  = 80.0
	spineHeight = 250.0
	spineGap    = 10.0
)

// Builtins returns the templates Rapi ships, in the order a clerk sees them.
func Builtins() []Template {
	return []Template{
		{Name: "Avery L7163", Note: "label.builtin.l7163", Paper: PaperA4, PageWidth: 210, PageHeight: 297,
			LabelWidth: 99.1, LabelHeight: 38.1, Radius: 2, Columns: 2, Rows: 7,
			Left: 4.65, Top: 15.15, HPitch: 101.6, VPitch: 38.1},
		{Name: "Avery L7160", Note: "label.builtin.l7160", Paper: PaperA4, PageWidth: 210, PageHeight: 297,
			LabelWidth: 63.5, LabelHeight: 38.1, Radius: 2, Columns: 3, Rows: 7,
			Left: 7.21, Top: 15.15, HPitch: 66.04, VPitch: 38.1},
		{Name: "A4 190x277", Note: "label.builtin.a4box", Paper: PaperA4, PageWidth: 210, PageHeight: 297,
			LabelWidth: 190, LabelHeight: 277, Columns: 1, Rows: 1, Left: 10, Top: 10},
		{Name: "Punggung boks 80x250", Note: "label.builtin.spine", Paper: PaperA4, PageWidth: 210, PageHeight: 297,
			LabelWidth: spineWidth, LabelHeight: spineHeight, Columns: 2, Rows: 1,
			Left: (210 - 2*spineWidth - spineGap) / 2, Top: (297 - spineHeight) / 2,
			HPitch: spineWidth + spineGap},
		roll("Rol 50x30", 50, 30),
		roll("Rol 60x40", 60, 40),
		roll("Rol 100x50", 100, 50),
	}
}

func roll(name string, w, h float64) Template {
	return Template{Name: name, Note: "label.builtin.roll", Paper: PaperRoll,
		LabelWidth: w, LabelHeight: h, Columns: 1, Rows: 1}
}

// Builtin returns the built-in template with that name.
func Builtin(name string) (Template, bool) {
	for _, t := range Builtins() {
		if t.Name == name {
			return t, true
		}
	}
	return Template{}, false
}

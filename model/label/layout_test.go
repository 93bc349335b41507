package label

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// Hand-computed corners: first label, last label of the first sheet, and
// the first label of the second sheet, for every built-in.
func TestPositionsBuiltins(t *testing.T) {
	type xy struct{ x, y float64 }
	cases := []struct {
		name               string
		per                int
		first, last, page2 xy
	}{
		// L7163: last = column 2, row 7: 4.65+101.6, 15.15+6*38.1.
		{"Avery L7163", 14, xy{4.65, 15.15}, xy{106.25, 243.75}, xy{4.65, 15.15}},
		// L7160: last = column 3, row 7: 7.21+2*66.04.
		{"Avery L7160", 21, xy{7.21, 15.15}, xy{139.29, 243.75}, xy{7.21, 15.15}},
		{"A4 190x277", 1, xy{10, 10}, xy{10, 10}, xy{10, 10}},
		// spine: (210-170)/2 = 20 left, (297-250)/2 = 23.5 top, pitch 90.
		{"Punggung boks 80x250", 2, xy{20, 23.5}, xy{110, 23.5}, xy{20, 23.5}},
		{"Rol 50x30", 1, xy{0, 0}, xy{0, 0}, xy{0, 0}},
		{"Rol 60x40", 1, xy{0, 0}, xy{0, 0}, xy{0, 0}},
		{"Rol 100x50", 1, xy{0, 0}, xy{0, 0}, xy{0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tpl, ok := Builtin(c.name)
			if !ok {
				t.Fatalf("no built-in %q", c.name)
			}
			ps := Positions(tpl, c.per+1, 1, 1, Offset{})
			if len(ps) != c.per+1 {
				t.Fatalf("got %d placements, want %d", len(ps), c.per+1)
			}
			check := func(what string, p Placement, page int, want xy) {
				t.Helper()
				if p.Page != page || !near(p.X, want.x) || !near(p.Y, want.y) {
					t.Errorf("%s: page %d at (%.3f, %.3f), want page %d at (%.3f, %.3f)",
						what, p.Page, p.X, p.Y, page, want.x, want.y)
				}
			}
			check("first", ps[0], 0, c.first)
			check("last on sheet", ps[c.per-1], 0, c.last)
			check("first of next sheet", ps[c.per], 1, c.page2)
		})
	}
}

func TestBuiltinsValidAndOnPage(t *testing.T) {
	for _, tpl := range Builtins() {
		if err := tpl.Validate(); err != nil {
			t.Errorf("%s: %v", tpl.Name, err)
		}
		pw, ph := tpl.PageSize()
		for _, s := range Slots(tpl, Offset{}) {
			if s.X < 0 || s.Y < 0 || s.X+tpl.LabelWidth > pw+1e-6 || s.Y+tpl.LabelHeight > ph+1e-6 {
				t.Errorf("%s: slot %d at (%.2f, %.2f) runs off the %gx%g page", tpl.Name, s.Slot, s.X, s.Y, pw, ph)
			}
		}
	}
}

// Avery sheets are symmetric: the right margin equals the left one and the
// bottom margin the top one. This is the check the numbers were verified by.
func TestAveryMarginsSymmetric(t *testing.T) {
	for _, name := range []string{"Avery L7163", "Avery L7160"} {
		tpl, _ := Builtin(name)
		right := 210 - (tpl.Left + float64(tpl.Columns-1)*tpl.HPitch + tpl.LabelWidth)
		bottom := 297 - (tpl.Top + float64(tpl.Rows-1)*tpl.VPitch + tpl.LabelHeight)
		if math.Abs(right-tpl.Left) > 0.01 || math.Abs(bottom-tpl.Top) > 0.01 {
			t.Errorf("%s: margins left %.2f right %.2f top %.2f bottom %.2f", name, tpl.Left, right, tpl.Top, bottom)
		}
	}
}

func TestPositionsStartAtCopiesOffset(t *testing.T) {
	tpl, _ := Builtin("Avery L7163")
	// Half-used sheet: start at label 13 (column 1, row 7); 2 records x 2 copies.
	ps := Positions(tpl, 2, 13, 2, Offset{X: 0.5, Y: -1})
	want := []Placement{
		{Record: 0, Copy: 0, Page: 0, Slot: 12, X: 5.15, Y: 243.75 - 1},
		{Record: 0, Copy: 1, Page: 0, Slot: 13, X: 106.75, Y: 243.75 - 1},
		{Record: 1, Copy: 0, Page: 1, Slot: 0, X: 5.15, Y: 14.15},
		{Record: 1, Copy: 1, Page: 1, Slot: 1, X: 106.75, Y: 14.15},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d placements, want %d", len(ps), len(want))
	}
	for i := range want {
		g, w := ps[i], want[i]
		if g.Record != w.Record || g.Copy != w.Copy || g.Page != w.Page || g.Slot != w.Slot ||
			!near(g.X, w.X) || !near(g.Y, w.Y) {
			t.Errorf("placement %d = %+v, want %+v", i, g, w)
		}
	}
	if Pages(ps) != 2 {
		t.Errorf("Pages = %d, want 2", Pages(ps))
	}
}

func TestPositionsClampsTypos(t *testing.T) {
	tpl, _ := Builtin("Avery L7160")
	if ps := Positions(tpl, 1, 0, 0, Offset{}); len(ps) != 1 || ps[0].Slot != 0 {
		t.Errorf("startAt 0, copies 0: %+v, want one label in slot 0", ps)
	}
	if ps := Positions(tpl, 1, 99, 1, Offset{}); len(ps) != 1 || ps[0].Slot != 20 {
		t.Errorf("startAt 99: %+v, want the last slot (20)", ps)
	}
	if ps := Positions(tpl, 0, 1, 1, Offset{}); ps != nil {
		t.Errorf("no records gave %d placements", len(ps))
	}
}

func TestRollOnePerPage(t *testing.T) {
	tpl, _ := Builtin("Rol 60x40")
	ps := Positions(tpl, 3, 5, 2, Offset{X: 1})
	if len(ps) != 6 || Pages(ps) != 6 {
		t.Fatalf("3 records x 2 copies on a roll: %d labels on %d pages, want 6 on 6", len(ps), Pages(ps))
	}
	if w, h := tpl.PageSize(); w != 60 || h != 40 {
		t.Errorf("roll page %gx%g, want 60x40", w, h)
	}
	if ps[5].X != 1 || ps[5].Y != 0 {
		t.Errorf("offset not applied on roll: %+v", ps[5])
	}
}

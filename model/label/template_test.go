package label

import (
	"testing"

	"rapi/model"
)

func TestValidateNamesField(t *testing.T) {
	base, _ := Builtin("Avery L7163")
	cases := []struct {
		name   string
		edit   func(*Template)
		field  string
		reason string
	}{
		{"no name", func(t *Template) { t.Name = "" }, "Name", ReasonRequired},
		{"unknown paper", func(t *Template) { t.Paper = "B5" }, "Paper", ReasonPaper},
		{"custom without size", func(t *Template) { t.Paper = PaperCustom; t.PageWidth = 0 }, "PageWidth", ReasonPositive},
		{"zero width", func(t *Template) { t.LabelWidth = 0 }, "LabelWidth", ReasonPositive},
		{"negative height", func(t *Template) { t.LabelHeight = -3 }, "LabelHeight", ReasonPositive},
		{"radius too big", func(t *Template) { t.Radius = 20 }, "Radius", ReasonRadius},
		{"no columns", func(t *Template) { t.Columns = 0 }, "Columns", ReasonPositive},
		{"negative top", func(t *Template) { t.Top = -1 }, "Top", ReasonNegative},
		{"overlapping labels", func(t *Template) { t.HPitch = 90 }, "HPitch", ReasonPitchSmall},
		{"too many columns", func(t *Template) { t.Columns = 3 }, "Columns", ReasonTooWide},
		{"too many rows", func(t *Template) { t.Rows = 8 }, "Rows", ReasonTooTall},
		{"F4 is taller", func(t *Template) { t.Rows = 8; t.Paper = PaperF4 }, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tpl := base
			c.edit(&tpl)
			err := tpl.Validate()
			if c.field == "" {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			ie, ok := model.AsInvalid(err)
			if !ok || ie.Field != c.field || ie.Reason != c.reason {
				t.Fatalf("got %v, want field %s reason %s", err, c.field, c.reason)
			}
		})
	}
}

func TestRollNeedsNoGrid(t *testing.T) {
	tpl := Template{Name: "Zebra 58x40", Paper: PaperRoll, LabelWidth: 58, LabelHeight: 40}
	if err := tpl.Validate(); err != nil {
		t.Fatalf("roll without columns/rows should be valid: %v", err)
	}
	if ps := Positions(tpl, 2, 1, 1, Offset{}); len(ps) != 2 || ps[1].Page != 1 {
		t.Errorf("roll placements %+v", ps)
	}
}

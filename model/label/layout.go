package label

// Offset is a per-printer correction in mm, added to every label: printers
// feed sheets a little off, and a clerk measures the shift once.
type Offset struct {
	X, Y float64
}

// Placement is where one printed label goes.
type Placement struct {
	Record int     // index into the records being printed
	Copy   int     // 0-based copy number of that record
	Page   int     // 0-based page index
	Slot   int     // 0-based position on its page, across then down
	X, Y   float64 // top-left corner of the label, mm from the page's top-left
}

// Positions lays out count records, copies times each, consecutively,
// filling each sheet across then down. startAt is the 1-based label where
// the first sheet begins, so a half-used sheet can go back in the printer;
// it only affects the first page. Out-of-range startAt and copies are
// clamped rather than refused: a clerk's typo should never lose labels.
func Positions(t Template, count, startAt, copies int, offset Offset) []Placement {
	if count <= 0 {
		return nil
	}
	per := t.PerPage()
	if per < 1 {
		return nil
	}
	startAt = clamp(startAt, 1, per)
	copies = max(copies, 1)
	out := make([]Placement, 0, count*copies)
	slot := startAt - 1
	for r := range count {
		for c := range copies {
			x, y := t.slotXY(slot % per)
			out = append(out, Placement{Record: r, Copy: c, Page: slot / per, Slot: slot % per,
				X: x + offset.X, Y: y + offset.Y})
			slot++
		}
	}
	return out
}

// slotXY is the top-left corner of a slot on the page, without offset.
func (t Template) slotXY(slot int) (x, y float64) {
	if t.Paper == PaperRoll {
		return 0, 0
	}
	col, row := slot%t.Columns, slot/t.Columns
	return t.Left + float64(col)*t.HPitch, t.Top + float64(row)*t.VPitch
}

// Slots returns the top-left corner of every label on one page, for test
// pages and previews of an empty sheet.
func Slots(t Template, offset Offset) []Placement {
	out := make([]Placement, t.PerPage())
	for i := range out {
		x, y := t.slotXY(i)
		out[i] = Placement{Slot: i, X: x + offset.X, Y: y + offset.Y}
	}
	return out
}

// Pages is how many pages Positions needs.
func Pages(ps []Placement) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[len(ps)-1].Page + 1
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

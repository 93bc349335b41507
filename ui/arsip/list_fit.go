package arsip

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The list's columns fit the office screens (1,280 and 1,366 px): they
// share the table's width by their listColumns widths, so Status at the
// right end is never pushed out of view; below minColumnScale the table
// scrolls sideways instead of squeezing the text to nothing.

const minColumnScale = 0.7

// fitColumns is the layout around the table that sets its column widths.
type fitColumns struct{ l *berkasList }

func (f fitColumns) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (f fitColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.l.fitColumnWidths(size.Width)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// fitColumnWidths scales the columns (the tick column keeps its width)
// to fill width, leaving room for the vertical scroll bar.
func (l *berkasList) fitColumnWidths(width float32) {
	tick, rest := listColumns[selectCol].width, float32(0)
	for i, c := range listColumns {
		if i != selectCol {
			rest += c.width
		}
	}
	pad := float32(len(listColumns)+2) * 4 // the table's separators and the scroll bar
	scale := max(minColumnScale, (width-tick-pad)/rest)
	for i, c := range listColumns {
		w := c.width
		if i != selectCol {
			w *= scale
		}
		if l.colWidths[i] != w {
			l.colWidths[i] = w
			l.table.SetColumnWidth(i, w)
		}
	}
}

// hoverCell is a list cell that tells the list when the pointer rests on
// it: the Lokasi column then shows the whole path under the table (Fyne
// 2.7 has no tooltips; a narrow column cuts the path).
type hoverCell struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onIn    func()
	onOut   func()
}

func newHoverCell(content fyne.CanvasObject) *hoverCell {
	c := &hoverCell{content: content}
	c.ExtendBaseWidget(c)
	return c
}

func (c *hoverCell) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

func (c *hoverCell) MouseIn(*desktop.MouseEvent) {
	if c.onIn != nil {
		c.onIn()
	}
}

func (c *hoverCell) MouseMoved(*desktop.MouseEvent) {}

func (c *hoverCell) MouseOut() {
	if c.onOut != nil {
		c.onOut()
	}
}

package impor

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/storage/sheet"
	"rapi/ui/kit"
)

// The preview shows the first rows of the register as they will be
// imported, a row's problems beside it, and asks before making the places
// and boxes its locations need.

// previewTable is the table of the first rows: the sheet row, what is
// wrong with it (first, so it is seen without scrolling), each column as read.
type previewTable struct {
	table *widget.Table
	heads []string
	rows  []storage.PreviewRow
	note  *widget.Label
}

// previewCellWidth and previewHeight keep the table readable in a
// 900 px dialog without pushing the action bar off the screen.
const (
	previewCellWidth = 150
	previewHeight    = 200
)

func newPreviewTable() *previewTable {
	pt := &previewTable{note: widget.NewLabel("")}
	pt.note.Importance = widget.LowImportance
	pt.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(pt.rows), len(pt.heads) + 2 },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(id widget.TableCellID, o fyne.CanvasObject) { pt.cell(id, o.(*widget.Label)) })
	pt.table.ShowHeaderColumn = false
	pt.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	pt.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(pt.head(id.Col))
		}
	}
	return pt
}

func (pt *previewTable) head(col int) string {
	switch col {
	case 0:
		return lang.L("registers.preview.row")
	case 1:
		return lang.L("registers.preview.problem")
	}
	return pt.heads[col-2]
}

func (pt *previewTable) cell(id widget.TableCellID, l *widget.Label) {
	if id.Row >= len(pt.rows) {
		return
	}
	r := pt.rows[id.Row]
	l.Importance = widget.MediumImportance
	if len(r.Problems) > 0 {
		l.Importance = widget.WarningImportance
		if r.Refused {
			l.Importance = widget.DangerImportance
		}
	}
	switch id.Col {
	case 0:
		l.SetText(strconv.Itoa(r.Row))
	default:
		if c := id.Col - 2; c < len(r.Cells) {
			l.SetText(r.Cells[c])
		} else {
			l.SetText("")
		}
	case 1:
		var msgs []string
		for _, p := range r.Problems {
			msgs = append(msgs, "⚠ "+p.ReasonText(kit.Translate))
		}
		l.SetText(strings.Join(msgs, "; "))
	}
	l.Refresh()
}

// object is the table in a fixed height, with its note below.
func (pt *previewTable) object() fyne.CanvasObject {
	return container.NewBorder(widget.NewLabelWithStyle(lang.L("registers.preview.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		pt.note, nil, nil, container.NewGridWrap(fyne.NewSize(860, previewHeight), pt.table))
}

// show puts a report's first rows in the table.
func (pt *previewTable) show(m sheet.Mapping, rows []storage.PreviewRow, dataRows int) {
	pt.heads = pt.heads[:0]
	for _, c := range m {
		h := c.Header
		if h == "" {
			h = c.Column
		}
		pt.heads = append(pt.heads, h)
	}
	pt.rows = rows
	for c := range len(pt.heads) + 2 {
		w := float32(previewCellWidth)
		switch c {
		case 0:
			w = 60
		case 1:
			w = 240
		}
		pt.table.SetColumnWidth(c, w)
	}
	pt.note.SetText(kit.Ln("registers.preview.more", map[string]any{"Shown": len(rows), "N": dataRows}))
	pt.table.Refresh()
}

// newPlacesCount is how many places and boxes a report's locations need.
func newPlacesCount(rep *storage.ImportArsipReport) int {
	if rep == nil {
		return 0
	}
	return len(rep.NewPlaces) + len(rep.NewBoxes)
}

// placesListed is how many new places the summary names.
const placesListed = 8

// placesText is the summary's lines about the locations.
func placesText(rep *storage.ImportArsipReport, done bool) string {
	var s string
	if n := newPlacesCount(rep); n > 0 && !(done && rep.Written && len(rep.LokasiProblems) == 0) {
		list := append(append([]string{}, rep.NewPlaces...), rep.NewBoxes...)
		more := ""
		if len(list) > placesListed {
			more = " " + kit.Ln("registers.lokasi.more", map[string]any{"N": len(list) - placesListed})
			list = list[:placesListed]
		}
		s += "\n" + kit.Ln("registers.lokasi.new", map[string]any{"Places": len(rep.NewPlaces), "Boxes": len(rep.NewBoxes),
			"List": strings.Join(list, "; ") + more})
	}
	if done && rep.Written && rep.Placed > 0 {
		s += "\n" + kit.Ln("registers.lokasi.placed", map[string]any{"N": rep.Placed})
	}
	return s
}

// confirmNoPlaces asks before importing without the new places the
// locations need; go runs the import.
func (w *importWizard) confirmNoPlaces(run func()) {
	rep := w.rep
	if newPlacesCount(rep) == 0 || w.createPlaces.Checked {
		run()
		return
	}
	d := dialog.NewConfirm(lang.L("registers.lokasi.confirm_title"), kit.Ln("registers.lokasi.confirm",
		map[string]any{"N": newPlacesCount(rep), "Rows": len(rep.LokasiProblems)}), func(ok bool) {
		if ok {
			run()
		}
	}, w.app.Window())
	w.app.ShowDialog(d)
}

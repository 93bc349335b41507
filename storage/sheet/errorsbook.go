package sheet

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// errorsBookCategory marks a workbook written by WriteErrors, so that
// reading it back ignores the reason column.
const errorsBookCategory = "rapi-import-errors"

// WriteErrors writes the rejected rows of an import as a workbook the clerk
// can fix and import again: one header row with the file's headers, each
// rejected row's original cells, and a last column "Alasan" with the
// reasons in the clerk's language.
func WriteErrors(w io.Writer, res *Result, tr Translator) error {
	f := excelize.NewFile()
	defer f.Close()
	const name = "Sheet1"
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	reasonStyle, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	ncol := len(res.Layout.Columns)
	for _, r := range res.Rejected {
		ncol = max(ncol, len(r.Cells))
	}
	header := make([]any, ncol+1)
	for i := range ncol {
		h := ColumnLetter(i)
		if i < len(res.Layout.Columns) && res.Layout.Columns[i].Header != "" {
			h = res.Layout.Columns[i].Header
		}
		header[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	header[ncol] = excelize.Cell{StyleID: bold, Value: tr("sheet.errors.reason_column", nil)}
	for i := range ncol + 1 {
		width := 14.0
		if i == ncol {
			width = 60
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for i, r := range res.Rejected {
		row := make([]any, ncol+1)
		for j := range ncol {
			if j < len(r.Cells) {
				row[j] = r.Cells[j]
			}
		}
		msgs := make([]string, len(r.Problems))
		for k, p := range r.Problems {
			msgs[k] = p.Message(tr)
		}
		row[ncol] = excelize.Cell{StyleID: reasonStyle, Value: strings.Join(msgs, "; ")}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Category: errorsBookCategory, Keywords: fmt.Sprintf("reason=%d", ncol),
		Title: tr("sheet.errors.title", nil)}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

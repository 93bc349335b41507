package sheet

import (
	"fmt"
	"io"
	"iter"
	"math"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/value"
)

// Number formats of exported cells. [$-421] is the Indonesian locale:
// Excel and LibreOffice show month names in Indonesian and, in LibreOffice,
// Indonesian separators whatever the PC's own locale.
const (
	DateFormatLong  = `[$-421]d mmmm yyyy`                 // 12 Januari 2024
	DateFormatShort = `dd/mm/yyyy`                         // 12/01/2024
	MoneyFormat     = `[$-421]"Rp"#,##0;[$-421]-"Rp"#,##0` // Rp1.250.000 (LibreOffice checked)
	IntFormat       = `[$-421]#,##0`
)

// ExportColumn is one column of an exported list.
type ExportColumn struct {
	Header string
	Kind   Kind    // Date, Money, Int get number formats; others are text
	Width  float64 // 0 = fit the header and the first rows
}

// ExportSpec describes a list: title rows on top (institution, list name,
// year...), then one header row and the data.
type ExportSpec struct {
	SheetName  string // default "Sheet1"
	Titles     []string
	Columns    []ExportColumn
	DateFormat string // default DateFormatLong
}

// widthRows is how many rows are looked at to fit column widths.
const widthRows = 200

// Export writes rows as an xlsx workbook to w. Each row holds one value per
// column: string, time.Time, int/int64, float64, value.Money,
// value.YearRange, value.Condition or nil. It returns the number of data
// rows written; an error from rows stops the export and nothing is written.
func Export(w io.Writer, spec ExportSpec, rows iter.Seq2[[]any, error]) (int, error) {
	if len(spec.Columns) == 0 {
		return 0, fmt.Errorf("export: no columns")
	}
	f := excelize.NewFile()
	defer f.Close()
	name := "Sheet1"
	if spec.SheetName != "" {
		if err := f.SetSheetName(name, spec.SheetName); err != nil {
			return 0, err
		}
		name = spec.SheetName
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return 0, err
	}
	dateFmt := spec.DateFormat
	if dateFmt == "" {
		dateFmt = DateFormatLong
	}
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	titleStyle, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	headStyle, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	textStyle, _ := f.NewStyle(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	dateStyle, _ := f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	moneyFmt, intFmt := MoneyFormat, IntFormat
	moneyStyle, _ := f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &moneyFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	intStyle, _ := f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &intFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	styleOf := func(k Kind) int {
		switch k {
		case Date:
			return dateStyle
		case Money:
			return moneyStyle
		case Int:
			return intStyle
		}
		return textStyle
	}

	// Look at the first rows to fit the widths; StreamWriter wants widths first.
	ncol := len(spec.Columns)
	widths := make([]float64, ncol)
	for i, c := range spec.Columns {
		widths[i] = float64(utf8.RuneCountInString(c.Header))
	}
	next, stop := iter.Pull2(rows)
	defer stop()
	var buf [][]any
	for len(buf) < widthRows {
		r, err, ok := next()
		if !ok {
			break
		}
		if err != nil {
			return 0, err
		}
		buf = append(buf, r)
		for i := 0; i < ncol && i < len(r); i++ {
			widths[i] = max(widths[i], float64(utf8.RuneCountInString(displayText(r[i], spec.Columns[i].Kind))))
		}
	}
	for i, c := range spec.Columns {
		wd := c.Width
		if wd == 0 {
			wd = math.Min(math.Max(widths[i]*1.1+2, 6), 60)
		}
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return 0, err
		}
	}
	rowNum := 1
	lastCol := ColumnLetter(ncol - 1)
	headerRow := 1
	if len(spec.Titles) > 0 {
		headerRow = len(spec.Titles) + 2 // one empty row between the titles and the table
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return 0, err
	}
	for _, t := range spec.Titles {
		cell := fmt.Sprintf("A%d", rowNum)
		if err := sw.SetRow(cell, []any{excelize.Cell{StyleID: titleStyle, Value: t}}); err != nil {
			return 0, err
		}
		if ncol > 1 {
			if err := sw.MergeCell(cell, fmt.Sprintf("%s%d", lastCol, rowNum)); err != nil {
				return 0, err
			}
		}
		rowNum++
	}
	rowNum = headerRow
	head := make([]any, ncol)
	for i, c := range spec.Columns {
		head[i] = excelize.Cell{StyleID: headStyle, Value: c.Header}
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", rowNum), head); err != nil {
		return 0, err
	}
	rowNum++
	styles := make([]int, ncol)
	for i, c := range spec.Columns {
		styles[i] = styleOf(c.Kind)
	}
	out := make([]any, ncol)
	cells := make([]excelize.Cell, ncol)
	n := 0
	write := func(r []any) error {
		for i := range ncol {
			var v any
			if i < len(r) {
				v = r[i]
			}
			cells[i] = excelize.Cell{StyleID: styles[i], Value: cellValue(v)}
			out[i] = &cells[i] // SetRow copies what it needs before the next row reuses the cells
		}
		n++
		cell, _ := excelize.CoordinatesToCellName(1, rowNum)
		rowNum++
		return sw.SetRow(cell, out)
	}
	for _, r := range buf {
		if err := write(r); err != nil {
			return 0, err
		}
	}
	buf = nil
	for {
		r, err, ok := next()
		if !ok {
			break
		}
		if err != nil {
			return 0, err
		}
		if err := write(r); err != nil {
			return 0, err
		}
	}
	if err := sw.Flush(); err != nil {
		return 0, err
	}
	// Autofilter over header and data (set after the rows, before writing).
	ref := fmt.Sprintf("A%d:%s%d", headerRow, lastCol, max(rowNum-1, headerRow))
	if err := f.AutoFilter(name, ref, nil); err != nil {
		return 0, err
	}
	if _, err := f.WriteTo(w); err != nil {
		return 0, err
	}
	return n, nil
}

// cellValue converts a Go value into what excelize writes: dates as real
// date cells, amounts and counts as numbers, the rest as text.
func cellValue(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case time.Time:
		if x.IsZero() {
			return nil
		}
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	case *time.Time:
		if x == nil || x.IsZero() {
			return nil
		}
		return cellValue(*x)
	case value.Money:
		return x.Float()
	case value.YearRange:
		return x.String()
	case value.Condition:
		return string(x)
	case string:
		return value.Clean(x)
	}
	return v
}

// displayText approximates how a value will show, to fit column widths.
func displayText(v any, k Kind) string {
	switch x := v.(type) {
	case nil:
		return ""
	case time.Time:
		return model.FormatDate(x)
	case value.Money:
		return x.String()
	case value.YearRange:
		return x.String()
	case string:
		return x
	case int:
		return model.FormatInt(int64(x))
	case int64:
		return model.FormatInt(x)
	case float64:
		if k == Money {
			return model.FormatRupiah(int64(x))
		}
		return model.FormatDecimal(x, 2)
	}
	return fmt.Sprint(v)
}

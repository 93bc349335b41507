package sheet

import (
	"archive/zip"
	"compress/flate"
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
	YearFormat      = `0`
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
	f.SetZipWriter(fastZip)
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
	next, stop := iter.Pull2(rows)
	defer stop()
	// StreamWriter wants the widths first: they are fitted to the first rows.
	buf, err := firstRows(next)
	if err != nil {
		return 0, err
	}
	if err := setWidths(sw, spec.Columns, buf); err != nil {
		return 0, err
	}
	ew := &exportWriter{sw: sw, ncol: len(spec.Columns), styles: newExportStyles(f, spec)}
	headerRow, err := ew.writeHead(spec)
	if err != nil {
		return 0, err
	}
	if err := ew.writeRows(spec.Columns, buf, next); err != nil {
		return 0, err
	}
	if err := sw.Flush(); err != nil {
		return 0, err
	}
	// Autofilter over header and data (set after the rows, before writing).
	ref := fmt.Sprintf("A%d:%s%d", headerRow, ColumnLetter(ew.ncol-1), max(ew.rowNum-1, headerRow))
	if err := f.AutoFilter(name, ref, nil); err != nil {
		return 0, err
	}
	if _, err := f.WriteTo(w); err != nil {
		return 0, err
	}
	return ew.n, nil
}

// fastZip is a zip writer that deflates at flate.BestSpeed: the default
// level spent a third of a 100,000-row KIB B export compressing, for a
// file only some 20% smaller (xml rows compress well at any level).
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return zw
}

// exportStyles are the cell styles of an exported sheet.
type exportStyles struct {
	title, head, text, date, money, int, year int
}

func newExportStyles(f *excelize.File, spec ExportSpec) exportStyles {
	dateFmt := spec.DateFormat
	if dateFmt == "" {
		dateFmt = DateFormatLong
	}
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	moneyFmt, intFmt, yearFmt := MoneyFormat, IntFormat, YearFormat
	var st exportStyles
	st.title, _ = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	st.head, _ = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	st.text, _ = f.NewStyle(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.date, _ = f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	st.money, _ = f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &moneyFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	st.int, _ = f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &intFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	st.year, _ = f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &yearFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	return st
}

func (st exportStyles) of(k Kind) int {
	switch k {
	case Date:
		return st.date
	case Money:
		return st.money
	case Int:
		return st.int
	case Year:
		return st.year
	}
	return st.text
}

// firstRows pulls up to widthRows rows to fit the column widths to.
func firstRows(next func() ([]any, error, bool)) ([][]any, error) {
	var buf [][]any
	for len(buf) < widthRows {
		r, err, ok := next()
		if !ok {
			break
		}
		if err != nil {
			return nil, err
		}
		buf = append(buf, r)
	}
	return buf, nil
}

// setWidths fits each column to its header and the first rows (within 6
// and 60 characters) unless the column sets its own width.
func setWidths(sw *excelize.StreamWriter, cols []ExportColumn, buf [][]any) error {
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = float64(utf8.RuneCountInString(c.Header))
	}
	for _, r := range buf {
		for i := 0; i < len(cols) && i < len(r); i++ {
			widths[i] = max(widths[i], float64(utf8.RuneCountInString(displayText(r[i], cols[i].Kind))))
		}
	}
	for i, c := range cols {
		wd := c.Width
		if wd == 0 {
			wd = math.Min(math.Max(widths[i]*1.1+2, 6), 60)
		}
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	return nil
}

// exportWriter writes the rows of a sheet in order.
type exportWriter struct {
	sw     *excelize.StreamWriter
	ncol   int
	styles exportStyles
	rowNum int // the next row to write
	n      int // data rows written
}

// writeHead writes the titles (merged across the table), freezes the
// panes below the header and writes the header; it returns the header's row.
func (ew *exportWriter) writeHead(spec ExportSpec) (int, error) {
	headerRow := 1
	if len(spec.Titles) > 0 {
		headerRow = len(spec.Titles) + 2 // one empty row between the titles and the table
	}
	if err := ew.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return 0, err
	}
	lastCol := ColumnLetter(ew.ncol - 1)
	for i, t := range spec.Titles {
		cell := fmt.Sprintf("A%d", i+1)
		if err := ew.sw.SetRow(cell, []any{excelize.Cell{StyleID: ew.styles.title, Value: t}}); err != nil {
			return 0, err
		}
		if ew.ncol > 1 {
			if err := ew.sw.MergeCell(cell, fmt.Sprintf("%s%d", lastCol, i+1)); err != nil {
				return 0, err
			}
		}
	}
	head := make([]any, ew.ncol)
	for i, c := range spec.Columns {
		head[i] = excelize.Cell{StyleID: ew.styles.head, Value: c.Header}
	}
	if err := ew.sw.SetRow(fmt.Sprintf("A%d", headerRow), head); err != nil {
		return 0, err
	}
	ew.rowNum = headerRow + 1
	return headerRow, nil
}

// writeRows writes the buffered first rows, then the rest as they come.
func (ew *exportWriter) writeRows(cols []ExportColumn, buf [][]any, next func() ([]any, error, bool)) error {
	styles := make([]int, ew.ncol)
	for i, c := range cols {
		styles[i] = ew.styles.of(c.Kind)
	}
	out := make([]any, ew.ncol)
	cells := make([]excelize.Cell, ew.ncol)
	write := func(r []any) error {
		for i := range ew.ncol {
			var v any
			if i < len(r) {
				v = r[i]
			}
			cells[i] = excelize.Cell{StyleID: styles[i], Value: cellValue(v)}
			out[i] = &cells[i] // SetRow copies what it needs before the next row reuses the cells
		}
		ew.n++
		cell, _ := excelize.CoordinatesToCellName(1, ew.rowNum)
		ew.rowNum++
		return ew.sw.SetRow(cell, out)
	}
	for _, r := range buf {
		if err := write(r); err != nil {
			return err
		}
	}
	for {
		r, err, ok := next()
		if !ok {
			return nil
		}
		if err != nil {
			return err
		}
		if err := write(r); err != nil {
			return err
		}
	}
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
		if x = value.Clean(x); x == "" {
			return nil // a blank cell (still bordered) instead of an empty text
		}
		return x
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

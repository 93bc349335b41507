// Package sheet imports registers from Excel and CSV files and exports
// official lists to Excel, on top of rapi/model and rapi/model/value.
//
// Import is one pass over the file: Read finds the table under the title
// rows (Layout), maps its columns to a Schema (Mapping), and parses and
// validates every row into Records or Problems before anything is written.
// The GUI shows the Result, lets the clerk correct the layout or the
// mapping through Options, and calls Read again. Rows that cannot be
// imported go to an errors workbook (WriteErrors) that Read accepts back.
//
// Export writes any column list and row iterator as a formatted workbook.
package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"rapi/model/value"
)

// Cell is one cell as read: Text is what the clerk sees (formatted), Raw
// the stored value (a number for dates and amounts). Merged says the value
// was copied from the first cell of a merged range covering this cell.
type Cell struct {
	Text   string
	Raw    string
	Merged bool
}

// Row is one sheet row. Num is the row number as Excel shows it (1-based);
// Cells[i] is column i (A = 0).
type Row struct {
	Num    int
	Cells  []Cell
	Hidden bool // hidden in the sheet: read all the same
}

// Cell returns column i, or an empty cell past the end of the row.
func (r Row) Cell(i int) Cell {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return Cell{}
}

// Blank reports whether every cell of the row is empty.
func (r Row) Blank() bool {
	for _, c := range r.Cells {
		if !value.IsBlank(c.Text) {
			return false
		}
	}
	return true
}

// ColumnLetter turns a 0-based column index into its letter: 0 -> "A", 27 -> "AB".
func ColumnLetter(i int) string {
	s, _ := excelize.ColumnNumberToName(i + 1)
	return s
}

// Sheet is a forward-only reader of rows.
type Sheet struct {
	Name       string
	DateSystem value.DateSystem
	// ReasonColumn is the column index of the "Alasan" column when the file
	// is an errors workbook written by WriteErrors, else -1.
	ReasonColumn int
	// HiddenColumns are the columns (0-based) hidden in the sheet: read
	// like the others, shown as hidden in the preview.
	HiddenColumns []int

	next  func() (Row, bool, error)
	close func() error
	row   Row
	err   error
}

// Next advances to the next row; it returns false at the end or on error.
func (s *Sheet) Next() bool {
	if s.err != nil {
		return false
	}
	r, ok, err := s.next()
	if err != nil {
		s.err = err
		return false
	}
	s.row = r
	return ok
}

// Row is the current row.
func (s *Sheet) Row() Row { return s.row }

// Err is the error that stopped Next, if any.
func (s *Sheet) Err() error { return s.err }

// Close releases the file.
func (s *Sheet) Close() error {
	if s.close == nil {
		return nil
	}
	return s.close()
}

// ErrFormat says the file is neither an xlsx workbook nor a CSV text.
var ErrFormat = errors.New("unsupported spreadsheet format (use .xlsx or .csv)")

// SheetNames lists the sheets of a workbook (one unnamed sheet for CSV).
func SheetNames(file string) ([]string, error) {
	if isCSV(file) {
		return []string{""}, nil
	}
	f, err := excelize.OpenFile(file)
	if errors.Is(err, zip.ErrFormat) {
		// A file named .xlsx that is no workbook (a renamed .xls or .ods, a
		// download page saved as .xlsx): say what it is, not "zip: ...".
		err = ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", filepath.Base(file), err)
	}
	defer f.Close()
	return f.GetSheetList(), nil
}

func isCSV(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".csv", ".txt", ".tsv":
		return true
	}
	return false
}

// Open opens a sheet of an .xlsx/.xlsm file (sheet "" = the active sheet)
// or a .csv file.
func Open(file, sheet string) (*Sheet, error) {
	if isCSV(file) {
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return OpenCSV(f)
	}
	if IsXLS(file) {
		return nil, fmt.Errorf("%s: %w", filepath.Base(file), ErrXLS)
	}
	switch strings.ToLower(filepath.Ext(file)) {
	case ".xlsx", ".xlsm", ".xltx":
	default:
		return nil, ErrFormat
	}
	return openXLSX(file, sheet)
}

func openXLSX(file, sheet string) (*Sheet, error) {
	f, err := excelize.OpenFile(file)
	if errors.Is(err, zip.ErrFormat) {
		// A file named .xlsx that is no workbook (a renamed .xls or .ods, a
		// download page saved as .xlsx): say what it is, not "zip: ...".
		err = ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", filepath.Base(file), err)
	}
	fail := func(err error) (*Sheet, error) {
		f.Close()
		return nil, err
	}
	if sheet == "" {
		if sheet = shownSheet(f); sheet == "" {
			return fail(ErrFormat)
		}
	}
	s := &Sheet{Name: sheet, ReasonColumn: -1}
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil && *p.Date1904 {
		s.DateSystem = value.Excel1904
	}
	if dp, err := f.GetDocProps(); err == nil && dp.Category == errorsBookCategory {
		fmt.Sscanf(dp.Keywords, "reason=%d", &s.ReasonColumn)
	}
	part, err := xlsxPart(f, file, sheet)
	if err != nil {
		return fail(err)
	}
	merges, hidden, err := scanMerges(file, part)
	if err != nil {
		return fail(err)
	}
	s.HiddenColumns = hidden
	shown, err := newShownFormatter(f, s.DateSystem == value.Excel1904)
	if err != nil {
		return fail(err)
	}
	// The sheet is read once, in its own goroutine, by a plain scan of its
	// XML (decoding it is most of the cost of an import). What a cell shows
	// depends only on its stored value, its type and its style's number
	// format; only cells with a number format go through excelize's
	// formatting.
	done := make(chan struct{})
	var wg sync.WaitGroup
	rs := &rowStream{ch: scanCells(file, part, done, &wg), shown: shown, fill: newMergeFiller(merges)}
	s.next = rs.next
	s.close = func() error {
		close(done)
		wg.Wait()
		shown.close()
		return f.Close()
	}
	return s, nil
}

// shownSheet is the sheet a workbook opens on ("" when it has none).
func shownSheet(f *excelize.File) string {
	list := f.GetSheetList()
	if len(list) == 0 {
		return ""
	}
	if i := f.GetActiveSheetIndex(); i >= 0 && i < len(list) {
		return list[i]
	}
	return list[0]
}

// xlsxPart is the XML part of a sheet, or why it has none.
func xlsxPart(f *excelize.File, file, sheet string) (string, error) {
	part, err := partOf(file, sheet)
	if err != nil || part != "" {
		return part, err
	}
	if _, err := f.GetSheetIndex(sheet); err != nil {
		return "", err
	}
	if i, _ := f.GetSheetIndex(sheet); i < 0 {
		return "", excelize.ErrSheetNotExist{SheetName: sheet}
	}
	return "", fmt.Errorf("sheet %q of %s: part not found: %w", sheet, filepath.Base(file), ErrFormat)
}

// rowStream turns the scanned batches of a sheet into its rows, in order.
type rowStream struct {
	ch    <-chan metaBatch
	mb    metaBatch
	eof   bool
	num   int // the last row number handed out
	shown *shownFormatter
	fill  *mergeFiller
}

func (rs *rowStream) next() (Row, bool, error) {
	for len(rs.mb.rows) == 0 {
		if rs.eof {
			return Row{}, false, nil
		}
		var ok bool
		if rs.mb, ok = <-rs.ch; !ok {
			rs.eof = true
			continue
		}
		if rs.mb.err != nil {
			rs.eof = true
			return Row{}, false, rs.mb.err
		}
	}
	// Rows missing from the file are read as empty rows, as excelize does.
	rs.num++
	mr := rs.mb.rows[0]
	if mr.num > rs.num {
		return Row{Num: rs.num}, true, nil
	}
	rs.mb.rows[0] = metaRow{}
	rs.mb.rows = rs.mb.rows[1:]
	rs.num = max(rs.num, mr.num)
	r := Row{Num: rs.num, Cells: rs.cells(mr), Hidden: mr.hidden}
	rs.fill.apply(&r)
	return r, true, nil
}

// cells are what a row's cells show, up to its last cell that shows anything.
func (rs *rowStream) cells(mr metaRow) []Cell {
	n := 0
	for _, c := range mr.cells {
		if c.v != "" || c.f || rs.shown.emptyText(c) != "" {
			n = max(n, c.col+1)
		}
	}
	cells := make([]Cell, n)
	for _, c := range mr.cells {
		if c.col >= n {
			continue
		}
		if c.v == "" {
			cells[c.col].Text = rs.shown.emptyText(c)
			continue
		}
		cells[c.col] = Cell{Text: rs.shown.text(c, c.v), Raw: c.v}
	}
	return cells
}

type mergeRange struct{ r1, c1, r2, c2 int } // 1-based rows, 0-based columns

// mergeFiller copies the value of a merged range's first cell into every
// cell it covers, row by row as the sheet streams past.
type mergeFiller struct {
	pending []mergeRange // sorted by r1
	active  []mergeRange
	values  map[mergeRange]Cell
}

func newMergeFiller(m []mergeRange) *mergeFiller {
	sort.Slice(m, func(i, j int) bool { return m[i].r1 < m[j].r1 })
	return &mergeFiller{pending: m, values: map[mergeRange]Cell{}}
}

func (mf *mergeFiller) apply(r *Row) {
	for len(mf.pending) > 0 && mf.pending[0].r1 <= r.Num {
		m := mf.pending[0]
		mf.pending = mf.pending[1:]
		if m.r1 == r.Num {
			mf.values[m] = r.Cell(m.c1)
		}
		mf.active = append(mf.active, m)
	}
	if len(mf.active) == 0 {
		return
	}
	keep := mf.active[:0]
	for _, m := range mf.active {
		if r.Num > m.r2 {
			delete(mf.values, m)
			continue
		}
		keep = append(keep, m)
		v := mf.values[m]
		if v.Text == "" && v.Raw == "" {
			continue
		}
		for c := m.c1; c <= m.c2; c++ {
			if r.Num == m.r1 && c == m.c1 {
				continue
			}
			for len(r.Cells) <= c {
				r.Cells = append(r.Cells, Cell{})
			}
			if r.Cells[c].Text == "" && r.Cells[c].Raw == "" {
				r.Cells[c] = Cell{Text: v.Text, Raw: v.Raw, Merged: true}
			}
		}
	}
	mf.active = keep
}

// scanMerges reads the merged ranges of a sheet straight from the package
// part, without loading the worksheet into memory: they sit after the cell
// data.
func scanMerges(file, part string) (out []mergeRange, hidden []int, err error) {
	rc, closeAll, err := openPart(file, part)
	if err != nil || rc == nil {
		return nil, nil, err
	}
	defer closeAll()
	br := bufio.NewReaderSize(rc, 1<<16)
	for {
		_, err := br.ReadSlice('<')
		if err == io.EOF {
			return out, hidden, nil
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return nil, nil, err
		}
		head, _ := br.Peek(16)
		if i := bytes.IndexByte(head, ':'); i >= 0 && i < 4 {
			head = head[i+1:]
		}
		isCol := bytes.HasPrefix(head, []byte("col "))
		if !isCol && !bytes.HasPrefix(head, []byte("mergeCell ")) {
			continue
		}
		elem, err := br.ReadSlice('>')
		if err != nil {
			return nil, nil, err
		}
		if isCol {
			hidden = append(hidden, hiddenCols(elem)...)
			continue
		}
		_, ref, ok := bytes.Cut(elem, []byte(`ref="`))
		if !ok {
			continue
		}
		ref, _, _ = bytes.Cut(ref, []byte(`"`))
		a, b, ok := strings.Cut(string(ref), ":")
		if !ok {
			continue
		}
		c1, r1, err1 := excelize.CellNameToCoordinates(a)
		c2, r2, err2 := excelize.CellNameToCoordinates(b)
		if err1 == nil && err2 == nil {
			out = append(out, mergeRange{r1: min(r1, r2), c1: min(c1, c2) - 1, r2: max(r1, r2), c2: max(c1, c2) - 1})
		}
	}
}

// hiddenCols are the 0-based columns a <col min max hidden="1"> element hides.
func hiddenCols(elem []byte) []int {
	h := attr(elem, "hidden")
	if h == nil || (string(h) != "1" && string(h) != "true") {
		return nil
	}
	lo, err1 := strconv.Atoi(string(attr(elem, "min")))
	hi, err2 := strconv.Atoi(string(attr(elem, "max")))
	if err1 != nil || err2 != nil || lo < 1 || hi < lo || hi > maxColumns {
		return nil
	}
	out := make([]int, 0, hi-lo+1)
	for c := lo; c <= hi; c++ {
		out = append(out, c-1)
	}
	return out
}

// maxColumns is the widest sheet Excel makes (XFD).
const maxColumns = 16384

// sheetPart finds the package part holding the named sheet: the workbook
// named by the package's relationships, then the sheet's relationship from
// the workbook's (transitional and strict namespaces alike).
func sheetPart(z *zip.Reader, sheet string) (string, error) {
	type relations struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	resolve := func(dir, target string) string {
		if strings.HasPrefix(target, "/") {
			return strings.TrimPrefix(target, "/")
		}
		return path.Join(dir, target)
	}
	book := "xl/workbook.xml"
	var pkg relations
	if unmarshalPart(z, "_rels/.rels", &pkg) == nil {
		for _, r := range pkg.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				book = resolve("", r.Target)
				break
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels relations
	if err := unmarshalPart(z, book, &wb); err != nil {
		return "", err
	}
	dir, base := path.Split(book)
	if err := unmarshalPart(z, path.Join(dir, "_rels", base+".rels"), &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				return resolve(dir, r.Target), nil
			}
		}
	}
	return "", nil
}

func unmarshalPart(z *zip.Reader, name string, v any) error {
	for _, f := range z.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return err
			}
			defer rc.Close()
			return xml.NewDecoder(rc).Decode(v)
		}
	}
	return fmt.Errorf("%s missing: %w", name, ErrFormat)
}

// OpenCSV reads a CSV text: the delimiter (",", ";" or tab) is sniffed from
// the first lines, a UTF-8 byte order mark is dropped, and text that is not
// valid UTF-8 is read as Windows-1252 (what Excel on Windows saves).
func OpenCSV(r io.Reader) (*Sheet, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		data = decode1252(data)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffDelimiter(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	s := &Sheet{ReasonColumn: -1}
	s.next = func() (Row, bool, error) {
		rec, err := cr.Read()
		if err == io.EOF {
			return Row{}, false, nil
		}
		if err != nil {
			return Row{}, false, err
		}
		line, _ := cr.FieldPos(0)
		cells := make([]Cell, len(rec))
		for i, v := range rec {
			cells[i] = Cell{Text: v, Raw: v}
		}
		return Row{Num: line, Cells: cells}, true, nil
	}
	return s, nil
}

func sniffDelimiter(data []byte) rune {
	best, bestScore := ',', -1
	for _, d := range []rune{';', ',', '\t'} {
		cr := csv.NewReader(bytes.NewReader(data))
		cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = d, -1, true
		score := 0
		for range 20 {
			rec, err := cr.Read()
			if err != nil {
				break
			}
			score += len(rec) - 1
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// cp1252 maps bytes 0x80-0x9F of Windows-1252; the rest match Latin-1.
var cp1252 = [32]rune{'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ'}

func decode1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xa0:
			out = utf8.AppendRune(out, cp1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

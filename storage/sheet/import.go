package sheet

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rapi/model/value"
)

// Reason keys for problems found by the import itself (value parse
// reasons come from rapi/model/value).
const (
	ReasonRequired  = "sheet.required"  // a required cell is empty
	ReasonDuplicate = "sheet.duplicate" // same key as an earlier row (Problem.Other)
	ReasonNoRows    = "sheet.no_rows"   // the table has no data rows
	ReasonNoHeader  = "sheet.no_header" // a required field has no column
)

// Record is one accepted row: Values by field key (types per Kind),
// Extra the unmapped columns by header text.
type Record struct {
	Row    int
	Values map[string]any
	Extra  map[string]string
}

// Problem says why a row (or the whole table) cannot be imported.
// Column is the header text as in the file, Letter its column letter,
// Value the cell as the clerk sees it, Reason a translation key, Other the
// earlier row of a duplicate.
type Problem struct {
	Row    int
	Column string
	Letter string
	Value  string
	Reason string
	Other  int
}

// Rejected is a row that was not imported, with its original cells (by
// column index) for the errors workbook.
type Rejected struct {
	Row      int
	Cells    []string
	Problems []Problem
}

// Skip is a row below the header that was deliberately not read as data.
type Skip struct {
	Row    int
	Reason string // Skip* key
	Text   string // the row's first text, for the clerk to recognise it
}

// Options steer Read. Every field is optional.
type Options struct {
	Sheet   string        // sheet name; "" = the active sheet
	Layout  Layout        // non-zero fields override detection
	Mapping Mapping       // use this mapping instead of matching headers
	Saved   *MappingStore // saved mappings to reuse by table shape
	// OnRecord, when set, receives each accepted record instead of
	// Result.Records keeping them (for very large files). It still runs
	// before anything is known about later rows: a caller that must not
	// write partial imports keeps Result.Records (the default).
	OnRecord func(Record) error
	// Check, when set, validates each parsed row further (rules of the
	// caller's model). A problem's Column names a field key; Read turns it
	// into the column's header and letter and fills Value from the cell.
	// A row with problems is rejected like any other.
	Check func(Record) []Problem
}

// Result is everything a clerk needs to decide about an import.
type Result struct {
	Sheet       string
	Layout      Layout
	Mapping     Mapping
	Fingerprint string // shape of the table, for MappingStore
	Reused      bool   // the mapping came from MappingStore
	Records     []Record
	Problems    []Problem
	Rejected    []Rejected
	Skipped     []Skip
	DataRows    int // rows read as data (accepted + rejected)
	// HiddenRows are the data rows hidden in the sheet, read all the same;
	// Layout.Columns say which columns were hidden.
	HiddenRows []int
}

// OK reports whether every data row was accepted.
func (r *Result) OK() bool { return len(r.Problems) == 0 }

// Read opens a file and imports its table against the schema.
func Read(file string, s Schema, opt Options) (*Result, error) {
	sh, err := Open(file, opt.Sheet)
	if err != nil {
		return nil, err
	}
	defer sh.Close()
	return ReadSheet(sh, s, opt)
}

// ReadSheet imports from an open sheet; see Read.
func ReadSheet(sh *Sheet, s Schema, opt Options) (*Result, error) {
	res := &Result{Sheet: sh.Name}
	// Buffer the top of the sheet to find the header.
	var head []Row
	for len(head) < headScan && sh.Next() {
		head = append(head, sh.Row())
	}
	if err := sh.Err(); err != nil {
		return nil, err
	}
	l := detectLayout(head, s, opt.Layout)
	for _, c := range sh.HiddenColumns {
		if c < len(l.Columns) {
			l.Columns[c].Hidden = true
		}
	}
	if sh.ReasonColumn >= 0 && sh.ReasonColumn < len(l.Columns) {
		l.Columns = l.Columns[:sh.ReasonColumn]
	}
	res.Fingerprint = Fingerprint(s.Name, l.Columns)
	res.Mapping, res.Reused = chooseMapping(res.Fingerprint, l.Columns, s, opt)
	v := newValidator(sh, s, &l, res.Mapping)
	for _, f := range s.Fields {
		if f.Required && v.colOf[f.Key] < 0 && !slices.ContainsFunc(f.RequiredOr, func(k string) bool { return v.colOf[k] >= 0 }) {
			res.Problems = append(res.Problems, Problem{Column: f.Label, Reason: ReasonNoHeader})
		}
	}
	if len(res.Problems) > 0 {
		res.Layout = l
		return res, nil
	}
	if l.NumberingRow > 0 {
		res.Skipped = append(res.Skipped, Skip{Row: l.NumberingRow, Reason: SkipNumbering, Text: "1, 2, 3, ..."})
	}
	rr := &rowsRead{res: res, l: &l, v: v, opt: opt}
	for _, r := range head {
		if err := rr.process(r); err != nil {
			return nil, err
		}
	}
	for sh.Next() {
		if err := rr.process(sh.Row()); err != nil {
			return nil, err
		}
	}
	if err := sh.Err(); err != nil {
		return nil, err
	}
	if res.DataRows == 0 {
		res.Problems = append(res.Problems, Problem{Reason: ReasonNoRows})
	}
	res.Layout = l
	return res, nil
}

// chooseMapping is the mapping asked for, else the one saved for this
// header, else the automatic one; reused says it was the saved one.
func chooseMapping(fp string, cols []Column, s Schema, opt Options) (m Mapping, reused bool) {
	if opt.Mapping != nil {
		return explained(opt.Mapping, WhyGiven), false
	}
	if m, ok := opt.Saved.Lookup(fp); ok {
		return explained(m, WhySaved), true
	}
	return AutoMap(cols, s), false
}

// explained copies m, saying why for each mapped column that does not say.
func explained(m Mapping, why string) Mapping {
	out := append(Mapping(nil), m...)
	for i := range out {
		if out[i].Field != "" && out[i].Why == "" {
			out[i].Why = why
		}
	}
	return out
}

// rowsRead sorts the rows below the header into records, rejected rows
// and skipped ones (titles, totals, notes below the table).
type rowsRead struct {
	res    *Result
	l      *Layout
	v      *validator
	opt    Options
	footer bool // past a footer: everything below is notes
}

func (rr *rowsRead) process(r Row) error {
	res, l, opt := rr.res, rr.l, rr.opt
	if r.Num < l.DataFirst {
		return nil
	}
	if l.DataLast > 0 && r.Num > l.DataLast && opt.Layout.DataLast > 0 {
		if !r.Blank() {
			res.Skipped = append(res.Skipped, Skip{Row: r.Num, Reason: SkipAfterLast, Text: firstText(r)})
		}
		return nil
	}
	k := classify(r, l)
	if rr.footer && k != rowBlank {
		k = rowFooter
	}
	if k == rowBlank {
		return nil
	}
	if reason, skip := skipReasons[k]; skip {
		rr.footer = rr.footer || k == rowFooter
		res.Skipped = append(res.Skipped, Skip{Row: r.Num, Reason: reason, Text: firstText(r)})
		return nil
	}
	if opt.Layout.DataLast == 0 {
		l.DataLast = r.Num
	}
	res.DataRows++
	if r.Hidden {
		res.HiddenRows = append(res.HiddenRows, r.Num)
	}
	rec, probs := rr.v.row(r)
	if len(probs) == 0 && opt.Check != nil {
		probs = rr.v.fill(r, opt.Check(rec))
	}
	if len(probs) > 0 {
		res.Problems = append(res.Problems, probs...)
		res.Rejected = append(res.Rejected, Rejected{Row: r.Num, Cells: originalCells(r, len(l.Columns)), Problems: probs})
		return nil
	}
	if opt.OnRecord != nil {
		return opt.OnRecord(rec)
	}
	res.Records = append(res.Records, rec)
	return nil
}

func firstText(r Row) string {
	for _, c := range r.Cells {
		if t := value.Clean(c.Text); t != "" {
			return t
		}
	}
	return ""
}

func originalCells(r Row, n int) []string {
	n = max(n, len(r.Cells))
	out := make([]string, n)
	for i := range n {
		out[i] = r.Cell(i).Text
	}
	return out
}

type validator struct {
	sys    value.DateSystem
	schema Schema
	layout *Layout
	fields []Field // by table column; Key "" = extra
	colOf  map[string]int
	seen   map[string]int
}

func newValidator(sh *Sheet, s Schema, l *Layout, m Mapping) *validator {
	v := &validator{sys: sh.DateSystem, schema: s, layout: l, colOf: map[string]int{}, seen: map[string]int{}}
	for _, f := range s.Fields {
		v.colOf[f.Key] = -1
	}
	v.fields = make([]Field, len(l.Columns))
	for i, c := range l.Columns {
		key := m.Field(c.Letter)
		if f, ok := s.Field(key); ok && v.colOf[key] < 0 {
			v.fields[i] = f
			v.colOf[key] = i
		}
	}
	return v
}

func (v *validator) row(r Row) (Record, []Problem) {
	rec := Record{Row: r.Num, Values: make(map[string]any, len(v.schema.Fields))}
	var probs []Problem
	for i, col := range v.layout.Columns {
		c := r.Cell(col.Index)
		f := v.fields[i]
		if f.Key == "" {
			if t := value.Clean(c.Text); t != "" && col.Header != "" {
				if rec.Extra == nil {
					rec.Extra = map[string]string{}
				}
				rec.Extra[col.Header] = t
			}
			continue
		}
		if value.IsBlank(c.Text) && value.IsBlank(c.Raw) {
			if f.Required {
				probs = append(probs, Problem{Row: r.Num, Column: col.Header, Letter: col.Letter, Reason: ReasonRequired})
			}
			continue
		}
		val, err := parseCell(c, f.Kind, v.sys)
		if err != nil {
			probs = append(probs, Problem{Row: r.Num, Column: col.Header, Letter: col.Letter, Value: value.Clean(c.Text), Reason: value.Reason(err)})
			continue
		}
		rec.Values[f.Key] = val
	}
	// Columns past the header (no header text) are kept too.
	for i := len(v.layout.Columns); i < len(r.Cells); i++ {
		if t := value.Clean(r.Cells[i].Text); t != "" {
			if rec.Extra == nil {
				rec.Extra = map[string]string{}
			}
			rec.Extra[ColumnLetter(i)] = t
		}
	}
	if len(probs) == 0 && len(v.schema.Key) > 0 {
		var b strings.Builder
		complete := true
		for _, k := range v.schema.Key {
			val, ok := rec.Values[k]
			if !ok {
				complete = false
				break
			}
			b.WriteString(keyString(val))
			b.WriteByte(0)
		}
		if complete {
			k := b.String()
			if first, dup := v.seen[k]; dup {
				kf := v.schema.Key[0]
				col := v.layout.Columns[v.colOf[kf]]
				probs = append(probs, Problem{Row: r.Num, Column: col.Header, Letter: col.Letter,
					Value: value.Clean(r.Cell(col.Index).Text), Reason: ReasonDuplicate, Other: first})
			} else {
				v.seen[k] = r.Num
			}
		}
	}
	return rec, probs
}

// fill turns the field keys of a Check's problems into the columns the
// clerk sees.
func (v *validator) fill(r Row, probs []Problem) []Problem {
	for i := range probs {
		p := &probs[i]
		p.Row = r.Num
		if ci, ok := v.colOf[p.Column]; ok && ci >= 0 {
			col := v.layout.Columns[ci]
			p.Column, p.Letter = col.Header, col.Letter
			if p.Value == "" {
				p.Value = value.Clean(r.Cell(col.Index).Text)
			}
		}
	}
	return probs
}

func keyString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.ToUpper(x)
	default:
		return fmt.Sprint(x)
	}
}

// stored returns the number a cell stores when it is shown formatted
// (a date serial shown as a date, an amount shown with separators). When
// the cell shows its raw value, the text parsers read it like typed text.
func stored(c Cell) (float64, bool) {
	if c.Raw == "" || c.Raw == c.Text || strings.ContainsAny(c.Raw, ", ") {
		return 0, false
	}
	f, err := strconv.ParseFloat(c.Raw, 64)
	return f, err == nil
}

// parseCell turns a cell into the Go value of a kind. Numbers stored as
// numbers (dates as serials, amounts) are taken from the raw value; text
// from what the clerk sees.
func parseCell(c Cell, k Kind, sys value.DateSystem) (any, error) {
	switch k {
	case Date:
		if f, ok := stored(c); ok && f > 3000 {
			return value.FromSerial(f, sys)
		}
		return value.ParseDateIn(c.Text, sys)
	case YearRange:
		if f, ok := stored(c); ok && f > 3000 {
			d, err := value.FromSerial(f, sys)
			if err != nil {
				return nil, err
			}
			return value.YearRange{From: d.Year(), To: d.Year(), FromDate: d, ToDate: d}, nil
		}
		return value.ParseYearRange(c.Text)
	case Int, Year:
		if _, ok := stored(c); ok {
			return value.ParseInt(c.Raw)
		}
		return value.ParseInt(c.Text)
	case Money:
		if f, ok := stored(c); ok {
			return value.MoneyFromFloat(f), nil
		}
		return value.ParseMoney(c.Text)
	case Condition:
		return value.ParseCondition(c.Text)
	case Code:
		t := value.Clean(c.Text)
		t = strings.ReplaceAll(t, " ", "")
		return t, nil
	default:
		return value.Clean(c.Text), nil
	}
}

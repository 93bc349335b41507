package sheet

import (
	"regexp"
	"strconv"
	"strings"

	"rapi/model/value"
)

// Layout is where the table sits in the sheet, in sheet row numbers as
// Excel shows them. The GUI shows it and the clerk may correct it by
// passing a Layout in Options (zero fields are detected).
type Layout struct {
	HeaderFirst  int // first header row
	HeaderLast   int // last header row (= HeaderFirst for one-row headers)
	NumberingRow int // the "1 2 3 ..." row under the header, 0 if none
	DataFirst    int // first data row
	DataLast     int // last data row (found while reading; an override stops there)
	Columns      []Column
}

// headScan is how many rows are searched for the header.
const headScan = 60

// rowTexts returns the cleaned text of each cell.
func rowTexts(r Row) []string {
	out := make([]string, len(r.Cells))
	for i, c := range r.Cells {
		out[i] = value.Clean(c.Text)
	}
	return out
}

// headerScore rates a row (or two rows joined) as a header: many distinct
// text cells, many matching schema fields, few numbers.
func headerScore(texts []string, s Schema) int {
	seen := map[string]bool{}
	score, textCells := 0, 0
	cols := make([]Column, 0, len(texts))
	for i, t := range texts {
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		if _, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", "."), 64); err == nil {
			score -= 2
			continue
		}
		if len(t) > 60 {
			continue
		}
		textCells++
		cols = append(cols, Column{Index: i, Header: t})
	}
	if textCells < 2 {
		return -1
	}
	for _, c := range AutoMap(cols, s) {
		if c.Field != "" {
			score += 10
		}
	}
	return score + textCells
}

// joinHeaders combines two header rows column by column: a merged cell
// over "Pabrik | Rangka | Mesin" gives "Nomor Pabrik", "Nomor Rangka", ...
func joinHeaders(top, bottom []string) []string {
	n := max(len(top), len(bottom))
	out := make([]string, n)
	for i := range n {
		var t, b string
		if i < len(top) {
			t = top[i]
		}
		if i < len(bottom) {
			b = bottom[i]
		}
		switch {
		case b == "" || b == t:
			out[i] = t
		case t == "":
			out[i] = b
		default:
			out[i] = t + " " + b
		}
	}
	return out
}

// twoRowSignal reports whether rows a and b (consecutive) look like one
// header split over two rows: a horizontally merged cell in a with
// different texts under it, or a cell merged down from a into b.
func twoRowSignal(a, b Row) bool {
	for i := range b.Cells {
		cb := b.Cell(i)
		if cb.Text == "" {
			continue
		}
		ca := a.Cell(i)
		if cb.Merged && cb.Text == ca.Text {
			return true // vertical merge
		}
		if ca.Merged && i > 0 && a.Cell(i-1).Text == ca.Text && b.Cell(i-1).Text != "" && b.Cell(i-1).Text != cb.Text {
			return true // horizontal merge over several sub-headers
		}
	}
	return false
}

// isNumberingRow recognises "1 2 3 4 ..." or "(1) (2) (3)" under a header.
func isNumberingRow(r Row, ncols int) bool {
	want, n := 1, 0
	for _, c := range r.Cells {
		t := strings.Trim(value.Clean(c.Text), "()[].")
		if t == "" || c.Merged {
			continue
		}
		v, err := strconv.Atoi(t)
		if err != nil || v != want {
			return false
		}
		want++
		n++
	}
	return n >= 3 && n*2 >= ncols
}

// detectLayout finds the header in the first rows. ov fields that are
// non-zero win.
func detectLayout(head []Row, s Schema, ov Layout) Layout {
	l := ov
	byNum := map[int]int{}
	for i, r := range head {
		byNum[r.Num] = i
	}
	if l.HeaderFirst == 0 {
		best := -1
		for i, r := range head {
			sc := headerScore(rowTexts(r), s)
			if sc > best {
				best, l.HeaderFirst, l.HeaderLast = sc, r.Num, r.Num
			}
			if i+1 < len(head) && head[i+1].Num == r.Num+1 && twoRowSignal(r, head[i+1]) {
				sc2 := headerScore(joinHeaders(rowTexts(r), rowTexts(head[i+1])), s)
				if sc2 >= best && sc2 > 0 {
					best, l.HeaderFirst, l.HeaderLast = sc2, r.Num, r.Num+1
				}
			}
		}
		if best < 0 {
			l.HeaderFirst, l.HeaderLast = 1, 1
		}
	}
	if l.HeaderLast < l.HeaderFirst {
		l.HeaderLast = l.HeaderFirst
	}
	var texts []string
	for n := l.HeaderFirst; n <= l.HeaderLast; n++ {
		if i, ok := byNum[n]; ok {
			if texts == nil {
				texts = rowTexts(head[i])
			} else {
				texts = joinHeaders(texts, rowTexts(head[i]))
			}
		}
	}
	l.Columns = l.Columns[:0:0]
	last := -1
	for i, t := range texts {
		if t != "" {
			last = i
		}
	}
	for i := 0; i <= last; i++ {
		l.Columns = append(l.Columns, Column{Index: i, Letter: ColumnLetter(i), Header: texts[i]})
	}
	if l.DataFirst == 0 {
		l.DataFirst = l.HeaderLast + 1
		if i, ok := byNum[l.DataFirst]; ok && isNumberingRow(head[i], len(l.Columns)) {
			l.NumberingRow = l.DataFirst
			l.DataFirst++
		}
	}
	return l
}

var (
	reTotal  = regexp.MustCompile(`(?i)^(sub\s*)?(jumlah|total|grand\s*total)(\s+(keseluruhan|seluruhnya|total|akhir|barang|aset|berkas|arsip|halaman\s*\d*|rp\.?))*\s*:?$`)
	reFooter = regexp.MustCompile(`(?i)^(mengetahui|menyetujui|disetujui|diketahui|kepala\b|sekretaris\b|plt\b|plh\b|a\.?\s?n\.?\s|nip\b|nip\.|catatan\b|keterangan\s*:|ket\s*:|dibuat oleh|yang menyerahkan|yang menerima|pengurus barang|penanggung\s*jawab|pejabat\b|ttd\b|tanda tangan|diunduh\b|dicetak\s+(pada|oleh|tanggal)\b|tanggal\s+cetak\b|downloaded\b|printed\s+on\b)`)
	rePlace  = regexp.MustCompile(`^[A-Z][A-Za-z.]+(\s[A-Z][A-Za-z.]+)*\s*,\s*\d{1,2}\s+\p{L}+\s+\d{4}$`)
)

// rowKind classifies a row below the header.
type rowKind int

const (
	rowData rowKind = iota
	rowBlank
	rowTotal
	rowSection
	rowHeaderAgain
	rowFooter
	rowNumbering
)

// Reason keys for skipped rows.
const (
	SkipTotal       = "sheet.skip.total"
	SkipSection     = "sheet.skip.section"
	SkipHeaderAgain = "sheet.skip.header_again"
	SkipFooter      = "sheet.skip.footer"
	SkipNumbering   = "sheet.skip.numbering"
	SkipAfterLast   = "sheet.skip.after_last"
)

// skipReasons says why each kind of row that is not data is passed over.
var skipReasons = map[rowKind]string{rowTotal: SkipTotal, rowSection: SkipSection,
	rowHeaderAgain: SkipHeaderAgain, rowFooter: SkipFooter, rowNumbering: SkipNumbering}

func classify(r Row, l *Layout) rowKind {
	own, merged := 0, 0
	first := ""
	for _, c := range r.Cells {
		if value.IsBlank(c.Text) {
			continue
		}
		if c.Merged {
			merged++
			continue
		}
		if own == 0 {
			first = value.Clean(c.Text)
		}
		own++
	}
	if own == 0 && merged == 0 {
		return rowBlank
	}
	if first != "" && reTotal.MatchString(first) {
		return rowTotal
	}
	if own <= 2 && first != "" && (reFooter.MatchString(first) || rePlace.MatchString(first)) {
		return rowFooter
	}
	if own == 1 && merged >= 2 && sameMerged(r) {
		return rowSection
	}
	if isNumberingRow(r, len(l.Columns)) {
		return rowNumbering
	}
	same := 0
	for _, c := range l.Columns {
		t := value.Clean(r.Cell(c.Index).Text)
		if t != "" && (t == c.Header || strings.HasSuffix(c.Header, " "+t) || strings.HasPrefix(c.Header, t+" ")) {
			same++
		}
	}
	if same >= 2 && same*2 >= own+merged {
		return rowHeaderAgain
	}
	return rowData
}

// sameMerged: every filled cell of the row carries one text spread
// across by a horizontal merge (a section title such as "A. SURAT MASUK").
func sameMerged(r Row) bool {
	t := ""
	for _, c := range r.Cells {
		if value.IsBlank(c.Text) {
			continue
		}
		if t == "" {
			t = c.Text
		} else if c.Text != t {
			return false
		}
	}
	return true
}

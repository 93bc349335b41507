package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// partOf finds the package part (e.g. "xl/worksheets/sheet1.xml") that
// holds the named sheet; "" when the workbook does not say.
func partOf(file, sheet string) (string, error) {
	z, err := zip.OpenReader(file)
	if err != nil {
		return "", err
	}
	defer z.Close()
	return sheetPart(&z.Reader, sheet)
}

// openPart opens one part of the package for reading; rc is nil when the
// part is missing. closeAll closes the part and the package.
func openPart(file, part string) (rc io.ReadCloser, closeAll func(), err error) {
	if part == "" {
		return nil, nil, nil
	}
	z, err := zip.OpenReader(file)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range z.File {
		if f.Name == part {
			r, err := f.Open()
			if err != nil {
				z.Close()
				return nil, nil, err
			}
			return r, func() { r.Close(); z.Close() }, nil
		}
	}
	z.Close()
	return nil, nil, nil
}

// cellMeta is one cell as stored: its column (0-based), style index,
// type attribute, stored value (shared strings looked up, inline text
// put together) and whether it holds a formula.
type cellMeta struct {
	col int
	s   int
	t   string
	v   string
	f   bool
}

type metaRow struct {
	num    int
	cells  []cellMeta
	hidden bool
}

type metaBatch struct {
	rows []metaRow
	err  error
}

// sharedStringsPart is where a workbook keeps its shared strings (the
// path excelize reads too).
const sharedStringsPart = "xl/sharedStrings.xml"

// scanCells reads a worksheet part in a goroutine and sends its rows a
// batch at a time; the last batch carries the error, if any. It stops
// when done is closed.
func scanCells(file, part string, done <-chan struct{}, wg *sync.WaitGroup) <-chan metaBatch {
	ch := make(chan metaBatch, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		const size = 256
		b := metaBatch{rows: make([]metaRow, 0, size)}
		send := func() bool {
			select {
			case ch <- b:
				b = metaBatch{rows: make([]metaRow, 0, size)}
				return true
			case <-done:
				return false
			}
		}
		err := func() error {
			sst, err := readSharedStrings(file)
			if err != nil {
				return err
			}
			rc, closeAll, err := openPart(file, part)
			if err != nil || rc == nil {
				return err
			}
			defer closeAll()
			return scanSheet(bufio.NewReaderSize(rc, 1<<16), sst, func(r metaRow) bool {
				b.rows = append(b.rows, r)
				return len(b.rows) < size || send()
			})
		}()
		b.err = err
		if len(b.rows) > 0 || b.err != nil {
			send()
		}
	}()
	return ch
}

// readSharedStrings reads the shared string table, if the workbook has one.
func readSharedStrings(file string) ([]string, error) {
	rc, closeAll, err := openPart(file, sharedStringsPart)
	if err != nil || rc == nil {
		return nil, err
	}
	defer closeAll()
	var out []string
	x := &xmlScan{br: bufio.NewReaderSize(rc, 1<<16)}
	var text []byte
	inSI, inRPh := false, false
	for {
		tag, err := x.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch {
		case tag.is("si"):
			inSI, inRPh, text = !tag.selfClose, false, text[:0]
			if tag.selfClose {
				out = append(out, "")
			}
		case tag.isEnd("si"):
			out = append(out, bstrText(text))
			inSI = false
		case tag.is("rPh"):
			inRPh = !tag.selfClose
		case tag.isEnd("rPh"):
			inRPh = false
		case tag.is("t") && inSI && !inRPh && !tag.selfClose:
			x.capture()
		case tag.isEnd("t") && x.capturing:
			text = appendUnescaped(text, x.captured())
		}
	}
}

// scanSheet walks the rows of a worksheet and hands on each row that has
// cells. It reads what excelize's row reader reads (values, inline text,
// formulas' presence, styles and types) with a plain scan of the tags.
func scanSheet(br *bufio.Reader, sst []string, emit func(metaRow) bool) error {
	sc := &sheetScan{x: &xmlScan{br: br}, sst: sst, emit: emit}
	for {
		tag, err := sc.x.next()
		if err == io.EOF {
			sc.flush()
			return nil
		}
		if err != nil {
			return err
		}
		if !sc.handle(tag) {
			return nil
		}
	}
}

// sheetScan is the state of scanSheet between two tags.
type sheetScan struct {
	x                   *xmlScan
	sst                 []string
	emit                func(metaRow) bool
	rowNum, col         int
	cur                 metaRow
	cells               []cellMeta
	c                   cellMeta
	inCell, inIS, inRPh bool
	text                []byte
}

// handle takes one tag; it reports false when the scan is over.
func (sc *sheetScan) handle(tag xmlTag) bool {
	switch {
	case tag.is("row"):
		if !sc.flush() {
			return false
		}
		sc.startRow(tag)
	case tag.is("c"):
		sc.startCell(tag)
	case !sc.inCell:
		if tag.isEnd("sheetData") {
			sc.flush()
			return false
		}
	case tag.isEnd("c"):
		sc.endCell()
		sc.inCell, sc.inIS, sc.inRPh = false, false, false
	case tag.is("v") && !tag.selfClose && !sc.inIS:
		sc.x.capture()
	case tag.isEnd("v") && sc.x.capturing:
		sc.c.v = string(appendUnescaped(nil, sc.x.captured()))
	case tag.is("f"):
		sc.c.f = true
	case tag.is("is"):
		sc.inIS = !tag.selfClose
	case tag.isEnd("is"):
		sc.inIS = false
	case tag.is("rPh"):
		sc.inRPh = !tag.selfClose
	case tag.isEnd("rPh"):
		sc.inRPh = false
	case tag.is("t") && sc.inIS && !sc.inRPh && !tag.selfClose:
		sc.x.capture()
	case tag.isEnd("t") && sc.x.capturing:
		sc.text = appendUnescaped(sc.text, sc.x.captured())
	}
	return true
}

// flush hands the row read so far to emit (a row without cells is skipped).
func (sc *sheetScan) flush() bool {
	if len(sc.cells) == 0 {
		return true
	}
	sc.cur.cells = sc.cells
	sc.cells = nil
	return sc.emit(sc.cur)
}

func (sc *sheetScan) startRow(tag xmlTag) {
	sc.rowNum++
	if v := attr(tag.raw, "r"); v != nil {
		if n, err := strconv.Atoi(string(v)); err == nil && n > 0 {
			sc.rowNum = n
		}
	}
	h := attr(tag.raw, "hidden")
	sc.cur, sc.col = metaRow{num: sc.rowNum, hidden: string(h) == "1" || string(h) == "true"}, 0
}

func (sc *sheetScan) startCell(tag xmlTag) {
	sc.col++
	if v := attr(tag.raw, "r"); v != nil {
		if n := refColumn(v); n > 0 {
			sc.col = n
		}
	}
	sc.c = cellMeta{col: sc.col - 1}
	if v := attr(tag.raw, "s"); v != nil {
		sc.c.s, _ = strconv.Atoi(string(v))
	}
	if v := attr(tag.raw, "t"); v != nil {
		sc.c.t = cellType(v)
	}
	sc.text = sc.text[:0]
	if tag.selfClose {
		sc.endCell()
	} else {
		sc.inCell = true
	}
}

// endCell resolves a shared or inline string and keeps the cell.
func (sc *sheetScan) endCell() {
	switch sc.c.t {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(sc.c.v))
		if err == nil && i >= 0 && i < len(sc.sst) {
			sc.c.v = sc.sst[i]
		} else if sc.c.v != "" {
			sc.c.v = ""
		}
	case "inlineStr":
		sc.c.v = bstrText(sc.text)
	}
	sc.cells = append(sc.cells, sc.c)
}

// xmlScan reads the tags of an XML part one by one and, on request, the
// text up to the next tag. Enough for the flat parts of a workbook, and
// far cheaper than decoding them.
type xmlScan struct {
	br        *bufio.Reader
	capturing bool
	buf       []byte
	tagBuf    []byte
}

type xmlTag struct {
	raw       []byte // the tag without '<' and '>'
	name      []byte // local name, '/' kept for end tags
	selfClose bool
}

func (t xmlTag) is(name string) bool { return string(t.name) == name }
func (t xmlTag) isEnd(name string) bool {
	return len(t.name) == len(name)+1 && t.name[0] == '/' && string(t.name[1:]) == name
}

// capture keeps the text between the current tag and the next one.
func (x *xmlScan) capture() { x.capturing, x.buf = true, x.buf[:0] }

func (x *xmlScan) captured() []byte {
	x.capturing = false
	return x.buf
}

func (x *xmlScan) next() (xmlTag, error) {
	for {
		chunk, err := x.br.ReadSlice('<')
		if x.capturing {
			if err == nil {
				chunk = chunk[:len(chunk)-1]
			}
			x.buf = append(x.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			return xmlTag{}, err
		}
		raw, err := x.br.ReadSlice('>')
		if errors.Is(err, bufio.ErrBufferFull) {
			x.tagBuf = append(x.tagBuf[:0], raw...)
			for errors.Is(err, bufio.ErrBufferFull) {
				raw, err = x.br.ReadSlice('>')
				x.tagBuf = append(x.tagBuf, raw...)
			}
			raw = x.tagBuf
		}
		if err != nil {
			return xmlTag{}, err
		}
		raw = raw[:len(raw)-1]
		if len(raw) > 0 && (raw[0] == '?' || raw[0] == '!') {
			continue // declarations and comments
		}
		t := xmlTag{raw: raw}
		if n := len(raw); n > 0 && raw[n-1] == '/' {
			t.selfClose = true
			raw = raw[:n-1]
		}
		name := raw
		if i := bytes.IndexAny(name, " \t\r\n"); i >= 0 {
			name = name[:i]
		}
		end := len(name) > 0 && name[0] == '/'
		if i := bytes.IndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
			if end {
				t.name = append([]byte{'/'}, name...)
				return t, nil
			}
		}
		t.name = name
		return t, nil
	}
}

// appendUnescaped appends XML text with its entities and character
// references decoded and line ends normalised, as an XML decoder reads it.
func appendUnescaped(dst, s []byte) []byte {
	if bytes.IndexByte(s, '&') < 0 && bytes.IndexByte(s, '\r') < 0 {
		return append(dst, s...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\r':
			dst = append(dst, '\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		case '&':
		default:
			dst = append(dst, c)
			continue
		}
		j := bytes.IndexByte(s[i:], ';')
		if j < 0 {
			dst = append(dst, c)
			continue
		}
		ent := string(s[i+1 : i+j])
		switch ent {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			r, ok := charRef(ent)
			if !ok {
				dst = append(dst, c)
				continue
			}
			dst = utf8.AppendRune(dst, r)
		}
		i += j
	}
	return dst
}

func charRef(ent string) (rune, bool) {
	if !strings.HasPrefix(ent, "#") {
		return 0, false
	}
	var n uint64
	var err error
	if strings.HasPrefix(ent, "#x") {
		n, err = strconv.ParseUint(ent[2:], 16, 32)
	} else {
		n, err = strconv.ParseUint(ent[1:], 10, 32)
	}
	if err != nil || !utf8.ValidRune(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// bstrText is the text of a string item: "_xHHHH_" escapes (characters
// XML cannot hold) decoded, "_x005F_" standing for the underscore.
func bstrText(b []byte) string {
	if !bytes.Contains(b, []byte("_x")) {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '_' && i+6 < len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 32); err == nil {
				if n == 0x5f {
					out = append(out, '_')
				} else if !utf16.IsSurrogate(rune(n)) {
					out = utf8.AppendRune(out, rune(n))
				}
				i += 6
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// cellType returns the type attribute as a shared constant string.
func cellType(v []byte) string {
	for _, t := range []string{"s", "n", "str", "inlineStr", "b", "d", "e"} {
		if string(v) == t {
			return t
		}
	}
	return string(v)
}

// attr finds an attribute's value in a start tag (quotes of either kind).
func attr(tag []byte, name string) []byte {
	for i := 0; i < len(tag); {
		j := bytes.Index(tag[i:], []byte(name+"="))
		if j < 0 {
			return nil
		}
		j += i
		i = j + len(name) + 1
		if j > 0 && !isSpace(tag[j-1]) || i >= len(tag) {
			continue
		}
		q := tag[i]
		if q != '"' && q != '\'' {
			continue
		}
		end := bytes.IndexByte(tag[i+1:], q)
		if end < 0 {
			return nil
		}
		return tag[i+1 : i+1+end]
	}
	return nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// refColumn is the 1-based column of a cell reference such as "AB12".
func refColumn(ref []byte) int {
	n := 0
	for _, c := range ref {
		switch {
		case c >= 'A' && c <= 'Z':
			n = n*26 + int(c-'A') + 1
		case c >= 'a' && c <= 'z':
			n = n*26 + int(c-'a') + 1
		case c == '$':
		default:
			return n
		}
	}
	return n
}

// shownFormatter turns a stored value into the text Excel shows, through
// excelize's own number formatting applied in a scratch workbook that
// holds copies of the number formats of the source's styles. Values under
// the General format are handled without it.
type shownFormatter struct {
	src      *excelize.File
	date1904 bool
	scratch  *excelize.File
	styles   map[int]fmtStyle
	cache    map[fmtKey]string
}

type fmtStyle struct {
	id      int  // style in the scratch workbook; 0 = not made yet
	general bool // General format: numbers show as stored
	asText  bool // text shows unchanged (General or "@")
}

type fmtKey struct {
	s    int
	v    string
	text bool
}

const scratchCell = "A1"

func newShownFormatter(src *excelize.File, date1904 bool) (*shownFormatter, error) {
	sf := &shownFormatter{src: src, date1904: date1904, styles: map[int]fmtStyle{}, cache: map[fmtKey]string{}}
	sf.scratch = excelize.NewFile()
	if date1904 {
		if err := sf.scratch.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
			sf.scratch.Close()
			return nil, err
		}
	}
	return sf, nil
}

func (sf *shownFormatter) close() { sf.scratch.Close() }

func (sf *shownFormatter) style(s int) fmtStyle {
	if st, ok := sf.styles[s]; ok {
		return st
	}
	st := fmtStyle{general: true, asText: true}
	if x, err := sf.src.GetStyle(s); err == nil && x != nil {
		custom := ""
		if x.CustomNumFmt != nil {
			custom = *x.CustomNumFmt
		}
		st.general = x.NumFmt == 0 && (custom == "" || strings.EqualFold(custom, "General"))
		st.asText = st.general || custom == "@" || custom == "" && x.NumFmt == 49
		ns := &excelize.Style{NumFmt: x.NumFmt}
		if custom != "" {
			ns.CustomNumFmt = &custom
		}
		id, err := sf.scratch.NewStyle(ns)
		if err == nil && id == 0 {
			// The default style is never formatted: the copy must differ from
			// it, in something that does not change the text.
			ns.Alignment = &excelize.Alignment{Horizontal: "left"}
			id, err = sf.scratch.NewStyle(ns)
		}
		if err == nil {
			st.id = id
		} else {
			st.general, st.asText = true, true
		}
	}
	sf.styles[s] = st
	return st
}

// text is what a cell with stored value v shows.
func (sf *shownFormatter) text(m cellMeta, v string) string {
	if m.s == 0 && m.t == "" {
		return generalNumber(v)
	}
	switch m.t {
	case "s", "inlineStr":
		if m.s == 0 || sf.style(m.s).asText {
			return v
		}
		return sf.format(m.s, v, true)
	case "str", "e":
		return v
	case "b":
		switch v {
		case "1":
			return "TRUE"
		case "0":
			return "FALSE"
		}
		return v
	case "d":
		serial, ok := isoSerial(v)
		if !ok {
			return v
		}
		if m.s == 0 {
			return strconv.FormatFloat(serial, 'G', 15, 64)
		}
		return sf.number(m.s, strconv.FormatFloat(serial, 'G', 15, 64))
	}
	return sf.number(m.s, v)
}

// emptyText is what an empty text cell shows: nothing, unless its
// format adds text around the value ("No. "@).
func (sf *shownFormatter) emptyText(m cellMeta) string {
	if m.s == 0 {
		return ""
	}
	switch m.t {
	case "s", "inlineStr":
		if sf.style(m.s).asText {
			return ""
		}
		return sf.format(m.s, "", true)
	case "", "n":
		if sf.style(m.s).general {
			return ""
		}
		return sf.format(m.s, "", false)
	}
	return ""
}

// number is what a number cell shows.
func (sf *shownFormatter) number(s int, v string) string {
	if s == 0 {
		return generalNumber(v)
	}
	if sf.style(s).general && plainInt(v) {
		return v
	}
	return sf.format(s, v, false)
}

// format applies style s to v in the scratch workbook, remembering the
// texts of recent values (dates and amounts repeat down a register).
func (sf *shownFormatter) format(s int, v string, text bool) string {
	k := fmtKey{s: s, v: v, text: text}
	if t, ok := sf.cache[k]; ok {
		return t
	}
	st := sf.style(s)
	sh := sf.scratch.GetSheetName(0)
	var err error
	if text {
		err = sf.scratch.SetCellStr(sh, scratchCell, v)
	} else {
		err = sf.scratch.SetCellDefault(sh, scratchCell, v)
	}
	if err == nil {
		err = sf.scratch.SetCellStyle(sh, scratchCell, scratchCell, st.id)
	}
	t := v
	if err == nil {
		if got, err := sf.scratch.GetCellValue(sh, scratchCell); err == nil {
			t = got
		}
	}
	if len(sf.cache) >= 1<<16 {
		// Forget the texts, and the strings the scratch workbook has
		// gathered, now and then: memory stays flat however long the sheet.
		clear(sf.cache)
		if text {
			sf.reset()
		}
	}
	sf.cache[k] = t
	return t
}

// reset starts a new scratch workbook.
func (sf *shownFormatter) reset() {
	if s, err := newShownFormatter(sf.src, sf.date1904); err == nil {
		sf.scratch.Close()
		sf.scratch, sf.styles = s.scratch, s.styles
	}
}

// generalNumber is how a number without a style shows: as stored, except
// that more than 15 significant digits are rounded to 15 (as Excel keeps
// them) and exponents are written out.
func generalNumber(v string) string {
	if plainInt(v) || strings.Contains(v, "_") {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	plain := strconv.FormatFloat(f, 'f', -1, 64)
	if len(plain)-strings.Count(plain, ".") > 15 {
		return strconv.FormatFloat(f, 'G', 15, 64)
	}
	return plain
}

// plainInt reports whether v is a short integer written plainly ("-42"),
// which every format without decimals, dates or padding shows as is.
func plainInt(v string) bool {
	if strings.HasPrefix(v, "-") {
		v = v[1:]
	}
	if v == "" || len(v) > 11 || len(v) > 1 && v[0] == '0' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// isoSerial turns a date cell's ISO 8601 value into an Excel serial.
func isoSerial(v string) (float64, bool) {
	layouts := []string{"2006-01-02T15:04:05Z", "20060102T150405Z", "2006-01-02 15:04:05Z", "20060102T150405.999", "2006-01-02T15:04:05.999", "2006-01-02"}
	for _, l := range layouts {
		if t, err := time.Parse(l, strings.ReplaceAll(v, ",", ".")); err == nil {
			base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
			d := t.Sub(base)
			return float64(d) / float64(24*time.Hour), true
		}
	}
	return 0, false
}

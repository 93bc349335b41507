package sheet

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"slices"
	"sort"
	"strings"

	"rapi/model/value"
)

// Kind says how a field's cells are parsed.
type Kind int

// Field kinds and the Go type each puts into Record.Values.
const (
	Text      Kind = iota // string, cleaned
	Date                  // time.Time (UTC midnight)
	YearRange             // value.YearRange
	Int                   // int64
	Money                 // value.Money
	Condition             // value.Condition
	Code                  // string, cleaned, without spaces ("000.5.3")
	Year                  // int64 like Int, written without a thousands dot (2024, not 2.024)
)

// Field is one column a register should have.
type Field struct {
	Key      string // stable key used in Record.Values and saved mappings
	Label    string // the official header ("Uraian Informasi Berkas")
	Kind     Kind
	Required bool
	// RequiredOr names fields whose column stands in for this one's: an
	// isi berkas sheet describes its files in the items' column.
	RequiredOr []string
	Synonyms   []string // other headers clerks use ("Uraian", "Perihal")
	// Fallback are headers that name this field only when no column
	// names it properly; they win over another field's match then.
	// "Kode" alone is the classification code of an ANRI list, but Rapi's
	// own export writes "Kode" (its label code) beside "Kode Klasifikasi".
	// Written out in full: "No" is not a fallback "Nomor".
	Fallback []string
	// FallbackUnless names fields whose columns make the fallback wrong:
	// "Uraian Informasi Arsip" is the file's description in a list of
	// files, but the item's where there is a "Nomor Item".
	FallbackUnless []string
}

// Schema is the list of fields of one kind of register.
type Schema struct {
	Name   string // e.g. "daftar_berkas"; part of the mapping fingerprint
	Fields []Field
	// Key names the fields that together identify a row; two rows of one
	// file with the same key are reported as duplicates.
	Key []string
}

// Field returns the field with the given key.
func (s Schema) Field(key string) (Field, bool) {
	for _, f := range s.Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Column is one column of the detected table.
type Column struct {
	Index  int    // 0-based
	Letter string // "A"
	Header string // header text, two header rows joined ("Nomor Pabrik")
	Hidden bool   // hidden in the sheet (read all the same)
}

// ColumnMap says which field a column feeds; Field "" keeps the column's
// values as Record.Extra under the header text.
type ColumnMap struct {
	Column string `json:"column"` // letter
	Header string `json:"header"`
	Field  string `json:"field"`
	// Why says how the field was chosen (Why* keys), for the preview.
	Why string `json:"why,omitempty"`
}

// Why a column went to its field (translation keys).
const (
	WhyExact    = "sheet.why.exact"    // the official header
	WhySynonym  = "sheet.why.synonym"  // another name clerks use
	WhySimilar  = "sheet.why.similar"  // same words reordered or a small misspelling
	WhyFallback = "sheet.why.fallback" // a loose name, taken as no column had the proper one
	WhyValues   = "sheet.why.values"   // guessed from the values under an unnamed header
	WhySaved    = "sheet.why.saved"    // the mapping saved for files of this shape
	WhyGiven    = "sheet.why.given"    // chosen by the clerk
)

// Mapping is one ColumnMap per table column, left to right.
type Mapping []ColumnMap

// Field returns the field key mapped to a column letter.
func (m Mapping) Field(letter string) string {
	for _, c := range m {
		if c.Column == letter {
			return c.Field
		}
	}
	return ""
}

func (m Mapping) has(field string) bool {
	return slices.ContainsFunc(m, func(c ColumnMap) bool { return c.Field == field })
}

// abbreviations clerks use in headers, folded.
var headerWords = map[string]string{
	"no": "nomor", "nmr": "nomor", "nomer": "nomor", "tgl": "tanggal", "tang": "tanggal",
	"thn": "tahun", "th": "tahun", "ket": "keterangan", "keter": "keterangan", "jml": "jumlah",
	"jmlh": "jumlah", "kd": "kode", "klas": "klasifikasi", "klasifikasi": "klasifikasi",
	"brg": "barang", "reg": "register", "urt": "urut", "kls": "klasifikasi", "uraian": "uraian",
	"jenis": "jenis", "nama": "nama", "merek": "merk", "type": "tipe", "pol": "polisi",
}

var dropWords = map[string]bool{"rp": true, "idr": true}

// NormalizeHeader folds a header for comparison: lower case, punctuation
// gone, abbreviations spelled out: "No. Urut" -> "nomor urut",
// "Harga (Rp)" -> "harga", "Tgl." -> "tanggal".
func NormalizeHeader(s string) string {
	words := strings.Fields(value.Fold(s))
	out := words[:0]
	for _, w := range words {
		if dropWords[w] {
			continue
		}
		if r, ok := headerWords[w]; ok {
			w = r
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func (f Field) names() []string {
	n := []string{NormalizeHeader(f.Label), NormalizeHeader(strings.ReplaceAll(f.Key, "_", " "))}
	for _, s := range f.Synonyms {
		n = append(n, NormalizeHeader(s))
	}
	return n
}

// matchScore rates how well a header names a field: 4 its official
// label, 3 a synonym (after normalising), 2 same words in another order,
// 1 a small misspelling.
func matchScore(header string, f Field) int {
	if header == "" {
		return 0
	}
	best := 0
	hs := sortedWords(header)
	for i, n := range f.names() {
		switch {
		case n == "":
		case n == header && i == 0:
			return 4
		case n == header:
			best = max(best, 3)
		case sortedWords(n) == hs:
			best = max(best, 2)
		case len(header) >= 5 && levenshtein(n, header) <= 1+len(header)/10:
			best = max(best, 1)
		}
	}
	return best
}

func sortedWords(s string) string {
	w := strings.Fields(s)
	sort.Strings(w)
	return strings.Join(w, " ")
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// AutoMap maps columns to schema fields by header: best matches first,
// each field and each column used once, the rest left as extra.
func AutoMap(cols []Column, s Schema) Mapping {
	m := make(Mapping, len(cols))
	type cand struct{ col, field, score int }
	var cands []cand
	for i, c := range cols {
		m[i] = ColumnMap{Column: c.Letter, Header: c.Header}
		h := NormalizeHeader(c.Header)
		for j, f := range s.Fields {
			if sc := matchScore(h, f); sc > 0 {
				cands = append(cands, cand{i, j, sc})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	usedF := map[int]bool{}
	for _, c := range cands {
		if usedF[c.field] || m[c.col].Field != "" {
			continue
		}
		usedF[c.field] = true
		m[c.col].Field, m[c.col].Why = s.Fields[c.field].Key, whyOf(c.score)
	}
	applyFallbacks(m, s, usedF)
	return m
}

func whyOf(score int) string {
	switch score {
	case 4:
		return WhyExact
	case 3:
		return WhySynonym
	}
	return WhySimilar
}

// applyFallbacks gives each field still without a column the first
// column whose header is one of its fallback names, taking it from the
// field it went to (which then has none: its fallback may take another).
func applyFallbacks(m Mapping, s Schema, used map[int]bool) {
	for j, f := range s.Fields {
		if used[j] || len(f.Fallback) == 0 || slices.ContainsFunc(f.FallbackUnless, m.has) {
			continue
		}
		for i := range m {
			if slices.ContainsFunc(f.Fallback, func(n string) bool { return value.Fold(n) == value.Fold(m[i].Header) }) {
				m[i].Field, m[i].Why = f.Key, WhyFallback
				used[j] = true
				break
			}
		}
	}
}

// Fingerprint identifies the shape of a table: the schema and its headers
// in order. Files of the same shape reuse a saved mapping.
func Fingerprint(schema string, cols []Column) string {
	h := sha256.New()
	io.WriteString(h, schema)
	for _, c := range cols {
		io.WriteString(h, "\x00"+c.Letter+"="+NormalizeHeader(c.Header))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// MappingStore keeps the clerk's corrected mappings by fingerprint.
type MappingStore struct {
	Shapes map[string]Mapping `json:"shapes"`
}

// Remember saves a mapping for tables of this shape.
func (s *MappingStore) Remember(fingerprint string, m Mapping) {
	if s.Shapes == nil {
		s.Shapes = map[string]Mapping{}
	}
	kept := append(Mapping(nil), m...)
	for i := range kept {
		kept[i].Why = "" // reused, it is the saved mapping (WhySaved)
	}
	s.Shapes[fingerprint] = kept
}

// Lookup returns the saved mapping for a shape.
func (s *MappingStore) Lookup(fingerprint string) (Mapping, bool) {
	if s == nil {
		return nil, false
	}
	m, ok := s.Shapes[fingerprint]
	return m, ok
}

// Save writes the store as JSON.
func (s *MappingStore) Save(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// LoadMappings reads a store written by Save.
func LoadMappings(r io.Reader) (*MappingStore, error) {
	var s MappingStore
	if err := json.NewDecoder(r).Decode(&s); err != nil {
		return nil, err
	}
	return &s, nil
}

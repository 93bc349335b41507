package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading where a register says a file is kept: "Ruang Arsip Lt.2, Rak 3,
// Boks 015", "Gd. A / R. Arsip / Rak 3 / Boks 15", or the cells of a
// "Lokasi Simpan" group (Ruang | Rak | Boks, No Filing Kabinet | No Laci |
// No Folder), into levels from the building down to the box and folder.

// LokasiLevel is one level of a storage location.
type LokasiLevel string

// The levels a register writes. Lantai is no place of its own in Rapi: it
// is part of the room's name ("Ruang Arsip Lt.2"). Boks is a box, folder
// the file's own folder (kept as text).
const (
	LevelGedung    LokasiLevel = "gedung"
	LevelLantai    LokasiLevel = "lantai"
	LevelRuang     LokasiLevel = "ruang"
	LevelLemari    LokasiLevel = "lemari"
	LevelRak       LokasiLevel = "rak"
	LevelRollOPack LokasiLevel = "rollopack"
	LevelLaci      LokasiLevel = "laci"
	LevelBoks      LokasiLevel = "boks"
	LevelFolder    LokasiLevel = "folder"
)

// PlaceKind is the kind of place a level is; "" for a box or folder.
func (l LokasiLevel) PlaceKind() PlaceKind {
	switch l {
	case LevelGedung, LevelRuang, LevelLemari, LevelRak, LevelRollOPack, LevelLaci:
		return PlaceKind(l)
	case LevelLantai:
		return PlaceRuang
	}
	return ""
}

// word is how a new place of the level is named: "Rak" + " 3".
func (l LokasiLevel) word() string {
	switch l {
	case LevelRollOPack:
		return "Roll O'Pack"
	case LevelLemari:
		return "Lemari"
	}
	return strings.ToUpper(string(l[:1])) + string(l[1:])
}

// next is the level a segment without a level word is taken for, after
// a segment of level l ("Ruang Arsip, 3, 015": rak 3, boks 015).
func (l LokasiLevel) next() LokasiLevel {
	switch l {
	case "", LevelGedung, LevelLantai:
		return LevelRuang
	case LevelRuang:
		return LevelRak
	case LevelRak, LevelRollOPack:
		return LevelBoks
	case LevelLemari:
		return LevelLaci
	}
	return LevelFolder
}

// LokasiPart is one place of a location, named as a new place would be:
// "Ruang Arsip Lt.2", "Gedung A" (from "Gd. A"), "Rak 3" (from a bare "3"
// in the Rak column).
type LokasiPart struct {
	Level LokasiLevel
	Name  string
}

// Key is what the part matches an existing place by (PlaceKey).
func (p LokasiPart) Key() string { return PlaceKey(p.Level.PlaceKind(), p.Name) }

// Lokasi is a parsed location: the places from the top down, the box
// number as written ("015") and the folder number.
type Lokasi struct {
	Places []LokasiPart
	Boks   string
	Folder string
}

// Empty reports whether the location names nothing.
func (l Lokasi) Empty() bool { return len(l.Places) == 0 && l.Boks == "" && l.Folder == "" }

// LokasiCell is one cell of a "Lokasi Simpan" group with its column's level.
type LokasiCell struct {
	Level LokasiLevel
	Text  string
}

// ParseLokasi reads a location written as one text.
func ParseLokasi(text string) Lokasi {
	return ParseLokasiCells([]LokasiCell{{Text: text}})
}

// ParseLokasiCells reads the cells of a location group, top level first;
// a cell that names its own level ("Rak 3") is read as written, a bare
// one ("3") is of its column's level.
func ParseLokasiCells(cells []LokasiCell) Lokasi {
	var parts []rawPart
	for _, c := range cells {
		parts = append(parts, splitLokasi(c.Text, c.Level, lastLevel(parts))...)
	}
	return assemble(parts)
}

// rawPart is a segment read from the text: its level, whether the text
// named it, and its words as written (the level word first, if any).
type rawPart struct {
	level  LokasiLevel
	named  bool
	abbrev bool   // the level word was abbreviated ("Gd.", "R.", "Lt.")
	head   string // the level word as written
	rest   string // the rest as written
	whole  string // the part as written
}

func lastLevel(parts []rawPart) LokasiLevel {
	var prev LokasiLevel
	for _, p := range parts {
		prev = after(prev, p.level)
	}
	return prev
}

// after is the level a bare segment follows once l came after prev: a
// floor within a room leaves the room the level to follow.
func after(prev, l LokasiLevel) LokasiLevel {
	if l == LevelLantai && prev == LevelRuang {
		return prev
	}
	return l
}

// token is a run of letters or of digits in a location text, with where
// it ends and whether a dot follows it.
type token struct {
	text       string
	start, end int
	dot        bool
	sep        bool // a separator comes before it
}

// tokenize cuts s into tokens; separators (",", "/", ";", "|", ">", "›",
// line breaks, and "-" unless between digits) mark where segments begin.
func tokenize(s string) []token {
	var out []token
	sep := false
	word := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' }
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) || word(r) {
			j := i
			for j < len(s) {
				q, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r) != unicode.IsDigit(q) || !unicode.IsDigit(q) && !word(q) {
					break
				}
				j += n
			}
			t := token{text: s[i:j], start: i, end: j, sep: sep, dot: j < len(s) && s[j] == '.'}
			if strings.Trim(t.text, "'") != "" {
				out = append(out, t)
				sep = false
			}
			i = j
			continue
		}
		switch {
		case r == '-' || r == '–' || r == '—':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !unicode.IsDigit(prev) || !unicode.IsDigit(next) {
				sep = true
			}
		case strings.ContainsRune(",/;|>›»\\\n\r\t", r):
			sep = true
		}
		i += size
	}
	return out
}

// levelWords are the words (folded) that name a level; an abbreviation
// of one letter counts only with its dot ("R. Arsip").
var levelWords = map[string]LokasiLevel{
	"gedung": LevelGedung, "gd": LevelGedung, "gdg": LevelGedung, "gedong": LevelGedung,
	"lantai": LevelLantai, "lt": LevelLantai, "lnt": LevelLantai,
	"ruang": LevelRuang, "ruangan": LevelRuang, "r": LevelRuang, "rg": LevelRuang, "rng": LevelRuang, "ru": LevelRuang,
	"lemari": LevelLemari, "fk": LevelLemari, "kabinet": LevelLemari, "cabinet": LevelLemari,
	"rak": LevelRak, "rk": LevelRak,
	"rollopack": LevelRollOPack, "rolpack": LevelRollOPack, "rollpack": LevelRollOPack, "rolopack": LevelRollOPack,
	"laci": LevelLaci,
	"boks": LevelBoks, "box": LevelBoks, "bok": LevelBoks, "ordner": LevelBoks, "kotak": LevelBoks, "bx": LevelBoks,
	"folder": LevelFolder, "map": LevelFolder, "fd": LevelFolder,
}

// abbreviations are the level words written short.
var abbreviations = map[string]bool{"gd": true, "gdg": true, "lt": true, "lnt": true, "r": true, "rg": true, "rng": true,
	"ru": true, "rk": true, "fk": true, "bx": true, "fd": true}

// fillers are words that say "number" and nothing else.
var fillers = map[string]bool{"no": true, "nomor": true, "nmr": true, "nr": true, "nomer": true}

// levelAt reports whether the tokens at i begin with a level word, and
// how many tokens it takes ("filing kabinet", "roll o pack": several).
func levelAt(ts []token, i int) (LokasiLevel, int) {
	w := strings.ToLower(ts[i].text)
	two := ""
	if i+1 < len(ts) {
		two = w + " " + strings.ToLower(ts[i+1].text)
	}
	switch {
	case strings.HasPrefix(two, "filing ") || strings.HasPrefix(two, "filling ") || strings.HasPrefix(two, "file "):
		if n := strings.ToLower(ts[i+1].text); n == "kabinet" || n == "cabinet" || n == "cabinet's" {
			return LevelLemari, 2
		}
	case (w == "roll" || w == "rol") && i+2 < len(ts) && strings.ToLower(ts[i+1].text) == "o" ||
		(w == "roll" || w == "rol") && i+1 < len(ts) && strings.HasPrefix(strings.ToLower(ts[i+1].text), "o'"):
		n := 3
		if strings.HasPrefix(strings.ToLower(ts[i+1].text), "o'") {
			n = 2
		}
		return LevelRollOPack, n
	case w == "roll" && i+1 < len(ts) && strings.ToLower(ts[i+1].text) == "opack":
		return LevelRollOPack, 2
	}
	l, ok := levelWords[w]
	if !ok || len([]rune(w)) == 1 && !ts[i].dot {
		return "", 0
	}
	return l, 1
}

// splitLokasi cuts one text into parts: at separators, and where a level
// word follows a part that already has its name ("Rak 3 Boks 15").
// A part without level word takes the column's level, else the one after
// the part before it.
func splitLokasi(s string, column, before LokasiLevel) []rawPart {
	ts := tokenize(s)
	var out []rawPart
	var cur *rawPart
	partStart, curStart, curEnd := 0, 0, 0
	named := false // cur has a word after its level word
	flush := func() {
		if cur == nil {
			return
		}
		cur.rest = strings.TrimSpace(strings.Trim(strings.TrimSpace(s[min(curStart, curEnd):curEnd]), ".,:"))
		cur.whole = strings.TrimSpace(s[partStart:max(curEnd, partStart)])
		if cur.named || cur.rest != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		l, n := levelAt(ts, i)
		startNew := cur == nil || t.sep || l != "" && (named || !cur.named)
		if startNew {
			flush()
			cur = &rawPart{}
			named = false
			partStart = t.start
			if l != "" {
				cur.level, cur.named = l, true
				cur.abbrev = n == 1 && abbreviations[strings.ToLower(t.text)]
				i += n - 1
				curStart, curEnd = ts[i].end, ts[i].end
				if ts[i].dot {
					curStart, curEnd = curStart+1, curEnd+1
				}
				cur.head = strings.TrimSpace(s[t.start:curEnd])
				continue
			}
			curStart = t.start
		}
		curEnd = t.end
		if t.dot {
			curEnd++
		}
		named = named || !fillers[strings.ToLower(t.text)]
	}
	flush()
	prev := before
	for i := range out {
		p := &out[i]
		if !p.named {
			p.level = column
			if i > 0 || column == "" {
				p.level = prev.next()
			}
		}
		prev = after(prev, p.level)
	}
	return out
}

// name is how a new place of the part is named: the level word in full
// followed by what the clerk wrote ("Gedung A" from "Gd. A").
func (p rawPart) name() string {
	switch {
	case p.named && !p.abbrev:
		return p.whole
	case !p.named && !bareValue(p.rest):
		return p.rest // "Gudang Arsip" in the Ruang column names itself
	case p.rest == "":
		return p.level.word()
	}
	return p.level.word() + " " + p.rest
}

// value is the part without its level word: a box or folder number.
func (p rawPart) value() string {
	v := p.rest
	ts := tokenize(v)
	for len(ts) > 0 && fillers[strings.ToLower(ts[0].text)] {
		v = strings.TrimSpace(strings.TrimLeft(v[ts[0].end:], ".:"))
		ts = ts[1:]
	}
	return v
}

// bareValue reports whether a cell is only a number or a short code
// ("3", "015", "A", "II"), which the column's level word must name.
func bareValue(s string) bool {
	if s == "" {
		return true
	}
	r := []rune(s)
	return unicode.IsDigit(r[0]) || len(r) <= 3 && !strings.Contains(s, " ")
}

// assemble makes the parts a Lokasi: places top down, the box, the folder;
// a lantai joins the room after it (or before it) as "Ruang Arsip Lt.2".
func assemble(parts []rawPart) Lokasi {
	var l Lokasi
	var floor string
	for i, p := range parts {
		switch p.level {
		case LevelBoks:
			l.Boks = p.value()
		case LevelFolder:
			l.Folder = p.value()
		case LevelLantai:
			floorName := p.whole
			if n := len(l.Places); n > 0 && l.Places[n-1].Level == LevelRuang && !ruangAhead(parts[i+1:]) {
				l.Places[n-1].Name += " " + floorName
				continue
			}
			if ruangAhead(parts[i+1:]) {
				floor = floorName
				continue
			}
			l.Places = append(l.Places, LokasiPart{Level: LevelRuang, Name: "Lantai " + p.rest})
		default:
			part := LokasiPart{Level: p.level, Name: p.name()}
			if p.level == LevelRuang && floor != "" {
				part.Name += " " + floor
				floor = ""
			}
			l.Places = append(l.Places, part)
		}
	}
	return l
}

// ruangAhead reports whether a room follows before any shelf or box.
func ruangAhead(parts []rawPart) bool {
	for _, p := range parts {
		switch p.level {
		case LevelRuang:
			return true
		case LevelLantai, LevelGedung:
		default:
			return false
		}
	}
	return false
}

// PlaceKey is what a place's name is matched by: folded words with the
// abbreviations written in full, the words for "number" and the kind's
// own word left out, and numbers without leading zeros ("R. Arsip Lt.02"
// and "Ruang Arsip Lt. 2" are both "arsip lantai 2"; "Rak 03" is "3").
func PlaceKey(kind PlaceKind, name string) string {
	ts := tokenize(strings.ToLower(name))
	words := make([]string, 0, len(ts))
	for i := 0; i < len(ts); i++ {
		l, n := levelAt(ts, i)
		if l != "" {
			words = append(words, "\x00"+string(l))
			i += n - 1
			continue
		}
		w := ts[i].text
		if fillers[w] {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' {
			if w = strings.TrimLeft(w, "0"); w == "" {
				w = "0"
			}
		}
		words = append(words, w)
	}
	// The kind's own word at the front says nothing: "Rak 3" is "3".
	own := "\x00" + string(kind)
	for len(words) > 1 && words[0] == own {
		words = words[1:]
	}
	for i, w := range words {
		words[i] = strings.TrimPrefix(w, "\x00")
	}
	return strings.Join(words, " ")
}

// BoksKey is what a box number is matched by: "015", "Boks 15" and
// "No. 15" are all "15".
func BoksKey(nomor string) string { return PlaceKey(PlaceKind(LevelBoks), nomor) }

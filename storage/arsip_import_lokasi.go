package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// Where a register says its files are: each row's location (one text, or
// the cells of a "Lokasi Simpan" group) is resolved onto the place tree
// and the boxes. Missing places and boxes are planned as new; they are
// made, in the import's transaction, only when the clerk said so
// (ImportArsipOptions.CreatePlaces). A file Rapi already places is never
// moved by an import: where the register says otherwise, its text is kept.

// Reasons of a location that was not resolved (translations in registers.*.json).
const (
	ReasonLokasiNew       = "registers.lokasi.reason.new"       // needs new places, not made
	ReasonLokasiAmbiguous = "registers.lokasi.reason.ambiguous" // names several places
	ReasonLokasiBoksCode  = "registers.lokasi.reason.boks_code" // a box code Rapi does not know
)

// lokasiFields are the location columns, top level first, with the level
// a bare number in each is of.
var lokasiFields = []struct {
	key   string
	level model.LokasiLevel
}{
	{"lokasi", ""}, {"lokasi_ruang", model.LevelRuang}, {"lokasi_lemari", model.LevelLemari}, {"lokasi_rak", model.LevelRak},
	{"lokasi_laci", model.LevelLaci}, {"lokasi_boks", model.LevelBoks}, {"lokasi_folder", model.LevelFolder},
}

// rowLokasi is a row's location as read.
type rowLokasi struct {
	loc      model.Lokasi
	boksCode string // a box code in the box column (Rapi's own lists)
}

func (l *rowLokasi) empty() bool { return l.loc.Empty() && l.boksCode == "" }

// readLokasi reads a row's location columns.
func readLokasi(v recValues) rowLokasi {
	var out rowLokasi
	var cells []model.LokasiCell
	for _, f := range lokasiFields {
		s := strings.TrimSpace(v.str(f.key))
		if s == "" {
			continue
		}
		if f.level == model.LevelBoks {
			if kind, _, ok := model.ParseCode(s); ok && kind == model.CodeBoks {
				out.boksCode = model.NormalizeCode(s)
				continue
			}
		}
		cells = append(cells, model.LokasiCell{Level: f.level, Text: s})
	}
	out.loc = model.ParseLokasiCells(cells)
	return out
}

// placeNode is a place of the tree, in the database or planned.
type placeNode struct {
	id       int64
	kind     model.PlaceKind
	name     string
	parent   *placeNode
	children map[string]*placeNode // by kind + key
	boxes    map[string]*boxNode   // by model.BoksKey
	isNew    bool
	path     string
}

type boxNode struct {
	id    int64
	nomor string
	place *placeNode
	isNew bool
}

func (b *boxNode) label() string { bx := arsip.Boks{Nomor: b.nomor}; return bx.Label() }

func (b *boxNode) path() string {
	if b.place == nil {
		return b.label()
	}
	return model.JoinPath(b.place.path, b.label())
}

func nodeKey(kind model.PlaceKind, name string) string {
	return string(kind) + "\x00" + model.PlaceKey(kind, name)
}

// lokasiPlan is the place tree and boxes an import resolves onto.
type lokasiPlan struct {
	top       map[string]*placeNode
	byKey     map[string][]*placeNode // every place by kind + key
	byID      map[int64]*placeNode
	boxByKey  map[string][]*boxNode // every box by number
	boxByCode map[string]*boxNode
	boxByID   map[int64]*boxNode
	newPlaces []*placeNode // parents first
	newBoxes  []*boxNode
}

// readLokasiPlan reads the places and boxes not in the bin.
func readLokasiPlan(ctx context.Context, tx *sql.Tx) (*lokasiPlan, error) {
	lp := &lokasiPlan{top: map[string]*placeNode{}, byKey: map[string][]*placeNode{}, byID: map[int64]*placeNode{},
		boxByKey: map[string][]*boxNode{}, boxByCode: map[string]*boxNode{}, boxByID: map[int64]*boxNode{}}
	rows, err := tx.QueryContext(ctx, "SELECT id, kind, name, coalesce(parent_id,0) FROM place WHERE deleted_at IS NULL ORDER BY id")
	if err != nil {
		return nil, err
	}
	parents := map[int64]int64{}
	for rows.Next() {
		n := &placeNode{children: map[string]*placeNode{}, boxes: map[string]*boxNode{}}
		var parent int64
		if err := rows.Scan(&n.id, &n.kind, &n.name, &parent); err != nil {
			rows.Close()
			return nil, err
		}
		lp.byID[n.id], parents[n.id] = n, parent
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for id, n := range lp.byID {
		n.parent = lp.byID[parents[id]] // a parent in the bin: a top place here
		k := nodeKey(n.kind, n.name)
		lp.byKey[k] = append(lp.byKey[k], n)
		if n.parent == nil {
			lp.top[k] = n
		} else {
			n.parent.children[k] = n
		}
	}
	paths, err := placePaths(ctx, tx)
	if err != nil {
		return nil, err
	}
	for id, n := range lp.byID {
		n.path = paths[id]
	}
	return lp, lp.readBoxes(ctx, tx)
}

func (lp *lokasiPlan) readBoxes(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, code, nomor, coalesce(place_id,0) FROM boks WHERE deleted_at IS NULL ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		b := &boxNode{}
		var code string
		var place int64
		if err := rows.Scan(&b.id, &code, &b.nomor, &place); err != nil {
			return err
		}
		b.place = lp.byID[place]
		lp.addBox(b)
		lp.boxByCode[code], lp.boxByID[b.id] = b, b
	}
	return rows.Err()
}

func (lp *lokasiPlan) addBox(b *boxNode) {
	k := model.BoksKey(b.nomor)
	lp.boxByKey[k] = append(lp.boxByKey[k], b)
	if b.place != nil {
		if _, twice := b.place.boxes[k]; !twice {
			b.place.boxes[k] = b
		}
	}
}

// target is where a row's file goes: a place, a box, or both.
type target struct {
	place *placeNode
	box   *boxNode
}

func (t target) none() bool { return t.place == nil && t.box == nil }

// needsNew reports whether the target is, or lies in, a planned place or box.
func (t target) needsNew() bool {
	if t.box != nil && t.box.isNew {
		return true
	}
	for p := t.place; p != nil; p = p.parent {
		if p.isNew {
			return true
		}
	}
	return false
}

func (t target) placeID() int64 {
	if t.place == nil {
		return 0
	}
	return t.place.id
}

func (t target) boxID() int64 {
	if t.box == nil {
		return 0
	}
	return t.box.id
}

// resolve finds (or plans) the place and box of a row's location; reason
// is set when the location cannot be resolved and stays text.
func (lp *lokasiPlan) resolve(l rowLokasi) (target, string) {
	if l.boksCode != "" {
		b := lp.boxByCode[l.boksCode]
		if b == nil {
			return target{}, ReasonLokasiBoksCode
		}
		return target{place: b.place, box: b}, ""
	}
	var t target
	if len(l.loc.Places) > 0 {
		anchor, ok := lp.anchor(l.loc.Places)
		if !ok {
			return target{}, ReasonLokasiAmbiguous
		}
		t.place = lp.descend(anchor, l.loc.Places)
	}
	if l.loc.Boks == "" {
		return t, ""
	}
	k := model.BoksKey(l.loc.Boks)
	if t.place != nil {
		if t.box = t.place.boxes[k]; t.box == nil {
			t.box = lp.newBox(l.loc.Boks, t.place)
		}
		return t, ""
	}
	switch boxes := lp.boxByKey[k]; len(boxes) {
	case 0:
		t.box = lp.newBox(l.loc.Boks, nil)
	case 1:
		t.box, t.place = boxes[0], boxes[0].place
	default:
		return target{}, ReasonLokasiAmbiguous
	}
	return t, ""
}

// anchor finds the place the location's first level names, anywhere in
// the tree ("Ruang Arsip Lt.2" is in Gedung B); several of that name are
// told apart by the levels below. nil: a new top place.
func (lp *lokasiPlan) anchor(parts []model.LokasiPart) (*placeNode, bool) {
	first := parts[0]
	cands := lp.byKey[nodeKey(first.Level.PlaceKind(), first.Name)]
	if len(cands) <= 1 {
		if len(cands) == 0 {
			return nil, true
		}
		return cands[0], true
	}
	best, bestDepth, tie := (*placeNode)(nil), -1, false
	for _, c := range cands {
		d := 0
		for n := c; d+1 < len(parts); d++ {
			next := n.children[nodeKey(parts[d+1].Level.PlaceKind(), parts[d+1].Name)]
			if next == nil {
				break
			}
			n = next
		}
		switch {
		case d > bestDepth:
			best, bestDepth, tie = c, d, false
		case d == bestDepth:
			tie = true
		}
	}
	return best, !tie
}

// descend walks the levels below the anchor, planning the missing ones.
func (lp *lokasiPlan) descend(anchor *placeNode, parts []model.LokasiPart) *placeNode {
	cur := anchor
	if cur == nil {
		cur = lp.newPlace(parts[0], nil)
	}
	for _, p := range parts[1:] {
		k := nodeKey(p.Level.PlaceKind(), p.Name)
		next := cur.children[k]
		if next == nil {
			next = lp.newPlace(p, cur)
		}
		cur = next
	}
	return cur
}

func (lp *lokasiPlan) newPlace(p model.LokasiPart, parent *placeNode) *placeNode {
	n := &placeNode{kind: p.Level.PlaceKind(), name: p.Name, parent: parent, isNew: true,
		children: map[string]*placeNode{}, boxes: map[string]*boxNode{}}
	k := nodeKey(n.kind, n.name)
	if parent == nil {
		lp.top[k] = n
		n.path = n.name
	} else {
		parent.children[k] = n
		n.path = model.JoinPath(parent.path, n.name)
	}
	lp.byKey[k] = append(lp.byKey[k], n)
	lp.newPlaces = append(lp.newPlaces, n)
	return n
}

func (lp *lokasiPlan) newBox(nomor string, place *placeNode) *boxNode {
	b := &boxNode{nomor: nomor, place: place, isNew: true}
	lp.addBox(b)
	lp.newBoxes = append(lp.newBoxes, b)
	return b
}

// planLokasi resolves every row's location. A row that needs new places
// while they may not be made, or whose location is unclear, keeps its
// location as text and is reported (the import goes on).
func (pl *importPlan) planLokasi(lp *lokasiPlan, rows []*importRow, opt lokasiOptions) {
	pl.lokasi = lp
	for _, r := range rows {
		if r.lokasi.empty() {
			continue
		}
		t, reason := lp.resolve(r.lokasi)
		if reason == "" && t.needsNew() && !opt.create {
			reason = ReasonLokasiNew
		}
		if reason != "" {
			pl.lokasiProblems = append(pl.lokasiProblems, sheet.Problem{Row: r.row, Column: opt.column, Value: r.lok, Reason: reason})
			continue
		}
		r.target = t
	}
}

// placeRow decides whether a row's file is put where the register says:
// a new file, or one Rapi has in no place yet, is; a file already there
// needs nothing; a file elsewhere stays (the register's text is kept).
// It reports whether the register's location text is still to be kept.
func placeRow(r *importRow, e *existing) (keepText bool) {
	t := r.target
	if t.none() {
		return true
	}
	if e == nil || e.placeID == 0 && e.boxID == 0 {
		r.placeIt = true
		return false
	}
	there := !t.needsNew() && (t.place == nil || t.place.id == e.placeID) && (t.box == nil || t.box.id == e.boxID)
	return !there
}

// lokasiColumn names the register's location columns, for the messages.
func lokasiColumn(m sheet.Mapping) string {
	var heads []string
	for _, c := range m {
		if strings.HasPrefix(c.Field, "lokasi") {
			heads = append(heads, c.Header)
		}
	}
	return strings.Join(heads, " | ")
}

// createPlaces makes the planned places and boxes, parents first, each
// with its audit row, inside the import's transaction.
func (s *Store) createPlaces(ctx context.Context, tx *sql.Tx, lp *lokasiPlan) error {
	for _, n := range lp.newPlaces {
		p := model.Place{Kind: n.kind, Name: n.name}
		if n.parent != nil {
			p.ParentID = n.parent.id
		}
		if err := p.Validate(); err != nil {
			return err
		}
		if err := placeEntity.insert(ctx, s, tx, &p, false); err != nil {
			return err
		}
		n.id, n.isNew = p.ID, false
	}
	for _, b := range lp.newBoxes {
		bx := arsip.Boks{Nomor: b.nomor}
		if b.place != nil {
			bx.PlaceID = b.place.id
		}
		if err := boksEntity.validateNew(&bx, true); err != nil {
			return err
		}
		if err := boksEntity.insert(ctx, s, tx, &bx, true); err != nil {
			return err
		}
		b.id, b.isNew = bx.ID, false
	}
	return nil
}

// newPlacePaths lists the planned places and boxes as paths.
func (lp *lokasiPlan) newPlacePaths() (places, boxes []string) {
	if lp == nil {
		return nil, nil
	}
	for _, n := range lp.newPlaces {
		places = append(places, n.path)
	}
	for _, b := range lp.newBoxes {
		boxes = append(boxes, b.path())
	}
	return places, boxes
}

func isLokasiReason(r string) bool {
	return r == ReasonLokasiNew || r == ReasonLokasiAmbiguous || r == ReasonLokasiBoksCode
}

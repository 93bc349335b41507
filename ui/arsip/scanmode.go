package arsip

import (
	"context"
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// ScanMode is what a scan does: look the code up (Cari), move the thing
// to a destination (Pindah), lend it or take it back (Pinjam, Kembali),
// or count it on a shelf (Stok opname).
type ScanMode int

// The scan modes, in the order the mode selector shows them.
const (
	ModeCari ScanMode = iota
	ModePindah
	ModePinjam
	ModeKembali
	ModeOpname
)

// ScanModes lists the modes in the order the mode selector shows them.
var ScanModes = []ScanMode{ModeCari, ModePindah, ModePinjam, ModeKembali, ModeOpname}

// Key is the translation key of the mode's name.
func (m ScanMode) Key() string {
	return [...]string{"scan2.mode.cari", "scan2.mode.pindah", "scan2.mode.pinjam", "scan2.mode.kembali", "scan2.mode.opname"}[m]
}

// OutcomeKind says what one scan did.
type OutcomeKind string

// What a scan in a mode can lead to.
const (
	OutTarget    OutcomeKind = "target"    // a destination or a stock-take place was chosen
	OutMoved     OutcomeKind = "moved"     // moved to the destination
	OutUndone    OutcomeKind = "undone"    // a move was taken back
	OutLent      OutcomeKind = "lent"      // lent to the borrower
	OutReturned  OutcomeKind = "returned"  // taken back from loan
	OutCounted   OutcomeKind = "counted"   // found where it belongs (stock-take)
	OutElsewhere OutcomeKind = "elsewhere" // found, but belongs elsewhere (stock-take)
	OutAgain     OutcomeKind = "again"     // scanned twice: nothing more to do
	OutNotFound  OutcomeKind = "notfound"  // no such code
	OutRefused   OutcomeKind = "refused"   // not possible: Msg says why
)

// Outcome is one line of the running list under the scan modes.
type Outcome struct {
	Kind   OutcomeKind
	OK     bool // green flash
	Code   string
	Title  string
	Msg    string // what the clerk reads
	At     time.Time
	Undone bool // a move taken back later

	undo func(ctx context.Context) error
}

// CanUndo tells whether the line is a move that can still be taken back.
func (o Outcome) CanUndo() bool { return o.undo != nil && !o.Undone }

// Session is the scan modes' state, in plain Go: it takes scanned
// codes and returns what they did. The shell's scan box hands it the
// scanned codes and the Pindai page shows it.
//
// Two locks, so the window never waits on the share: run lines scans up
// one after the other and is held across their queries, but only scans
// (off the UI goroutine) take it; mu guards the state the UI draws and is
// never held across a query.
type Session struct {
	run   sync.Mutex
	mu    sync.Mutex
	store *storage.Store
	now   func() time.Time

	mode ScanMode
	dest *storage.Hit // Pindah: the box or place things go to

	// Pinjam: who borrows and for how many days.
	Borrower, NIP, Unit string
	DueDays             int

	opname *opnameRun

	log []Outcome // newest last
}

// opnameRun is a stock-take in progress.
//
// The rule: a shelf or room check counts boxes and the files not in a box
// (a file scanned from a box on the shelf counts its box as there, and is
// no line of its own); a box check (a box code scanned first) counts the
// files in that box. The screen says which: "Memeriksa: boks dan berkas
// lepas di Rak 3" / "Memeriksa: berkas di Boks 015".
type opnameRun struct {
	place    storage.Hit     // the place or box checked
	viaBox   map[string]bool // files scanned that counted their box
	started  time.Time
	items    []storage.StokOpnameItem // expected first, then what was found but not expected
	expected int                      // how many of items were expected
	index    map[string]int           // code -> items index
}

// NewSession is a session on s in mode Cari, lending for 7 days.
func NewSession(s *storage.Store) *Session {
	return &Session{store: s, now: time.Now, DueDays: 7}
}

// Mode is the current mode.
func (ss *Session) Mode() ScanMode {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.mode
}

// SetMode changes the mode and forgets the destination of Pindah. A
// stock-take in progress is kept until it is finished or cancelled.
func (ss *Session) SetMode(m ScanMode) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if m != ss.mode {
		ss.mode, ss.dest = m, nil
	}
}

// SetBorrower sets who borrows in Pinjam mode.
func (ss *Session) SetBorrower(name, nip, unit string, days int) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.Borrower, ss.NIP, ss.Unit = name, nip, unit
	if days > 0 {
		ss.DueDays = days
	}
}

// Dest is Pindah's destination, nil before one was scanned.
func (ss *Session) Dest() *storage.Hit {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.dest
}

// ClearDest forgets Pindah's destination: the next scan chooses another.
func (ss *Session) ClearDest() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.dest = nil
}

// Log is the running list, newest first.
func (ss *Session) Log() []Outcome {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	out := make([]Outcome, len(ss.log))
	for i, o := range ss.log {
		out[len(ss.log)-1-i] = o
	}
	return out
}

// ClearLog empties the running list.
func (ss *Session) ClearLog() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.log = nil
}

// Status is a one-line summary of the mode for the scan box and the page.
func (ss *Session) Status() string {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	name := lang.L(ss.mode.Key())
	switch ss.mode {
	case ModePindah:
		if ss.dest == nil {
			return kit.Ln("scan2.status.pindah_nodest", map[string]any{"Mode": name})
		}
		return kit.Ln("scan2.status.pindah", map[string]any{"Mode": name, "Dest": ss.dest.Title, "Code": ss.dest.Code})
	case ModePinjam:
		if ss.Borrower == "" {
			return kit.Ln("scan2.status.pinjam_noname", map[string]any{"Mode": name})
		}
		return kit.Ln("scan2.status.pinjam", map[string]any{"Mode": name, "Name": ss.Borrower, "Days": ss.DueDays})
	case ModeOpname:
		if ss.opname == nil {
			return kit.Ln("scan2.status.opname_noplace", map[string]any{"Mode": name})
		}
		found, total := ss.opname.progress()
		return kit.Ln("scan2.status.opname", map[string]any{"Mode": name, "Place": ss.opname.place.Title, "Found": found, "Total": total})
	}
	return kit.Ln("scan2.status.cari", map[string]any{"Mode": name})
}

// Scan does what the current mode does with a scanned code and records
// the outcome in the running list.
func (ss *Session) Scan(ctx context.Context, code string) Outcome {
	ss.run.Lock()
	defer ss.run.Unlock()
	code = model.NormalizeCode(code)
	var o Outcome
	switch ss.Mode() {
	case ModePindah:
		o = ss.pindah(ctx, code)
	case ModePinjam:
		o = ss.pinjam(ctx, code)
	case ModeKembali:
		o = ss.kembali(ctx, code)
	case ModeOpname:
		o = ss.count(ctx, code)
	default:
		return Outcome{Kind: OutRefused, Code: code}
	}
	o.Code, o.At = code, ss.now()
	ss.record(o)
	return o
}

// record adds a line to the running list.
func (ss *Session) record(o Outcome) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.log = append(ss.log, o)
}

// locked runs fn holding mu: for reading or changing the state, never
// around a query.
func (ss *Session) locked(fn func()) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	fn()
}

// find looks a code up; a missing code is an outcome, not an error.
func (ss *Session) find(ctx context.Context, code string) (storage.Hit, *Outcome) {
	h, err := ss.store.FindCode(ctx, code)
	if errors.Is(err, model.ErrNotFound) {
		return h, &Outcome{Kind: OutNotFound, Msg: kit.Ln("scan2.out.notfound", map[string]any{"Code": code})}
	}
	if err != nil {
		return h, refused(code, err)
	}
	return h, nil
}

func refused(code string, err error) *Outcome {
	return &Outcome{Kind: OutRefused, Msg: code + ": " + kit.Explain(err)}
}

func refusedKey(key string, data map[string]any) Outcome {
	return Outcome{Kind: OutRefused, Msg: lang.L(key, data)}
}

func (ss *Session) pindah(ctx context.Context, code string) Outcome {
	h, bad := ss.find(ctx, code)
	if bad != nil {
		return *bad
	}
	// A place, or a box while the destination is none or a box, becomes
	// the destination; a box goes into a place; a file goes anywhere.
	var dest *storage.Hit
	chosen := false
	ss.locked(func() {
		if h.Kind == model.CodePlace || h.Kind == model.CodeBoks && (ss.dest == nil || ss.dest.Kind == model.CodeBoks) {
			ss.dest, chosen = &h, true
		}
		dest = ss.dest
	})
	if chosen {
		return Outcome{Kind: OutTarget, OK: true, Title: h.Title,
			Msg: kit.Ln("scan2.out.dest", map[string]any{"Title": h.Title, "Path": h.PlacePath})}
	}
	if dest == nil {
		return refusedKey("scan2.out.dest_first", map[string]any{"Code": code})
	}
	return ss.moveTo(ctx, code, h, *dest)
}

// moveTo moves the thing h to dest.
func (ss *Session) moveTo(ctx context.Context, code string, h, dest storage.Hit) Outcome {
	switch h.Kind {
	case model.CodeBerkas:
		b, err := ss.store.Berkas(ctx, h.ID)
		if err != nil {
			return *refused(code, err)
		}
		fromPlace, fromBoks := b.PlaceID, b.BoksID
		if dest.Kind == model.CodeBoks && b.BoksID == dest.ID || dest.Kind == model.CodePlace && b.BoksID == 0 && b.PlaceID == dest.ID {
			return Outcome{Kind: OutAgain, OK: true, Title: b.Uraian, Msg: kit.Ln("scan2.out.already_there", map[string]any{"Title": b.Uraian, "Dest": dest.Title})}
		}
		if err := MoveBerkas(ctx, ss.store, b, dest.Kind == model.CodeBoks, dest.ID); err != nil {
			return *refused(code, err)
		}
		return Outcome{Kind: OutMoved, OK: true, Title: b.Uraian,
			Msg: kit.Ln("scan2.out.moved", map[string]any{"Title": b.Uraian, "From": b.PlacePath, "Dest": dest.Title}),
			undo: func(ctx context.Context) error {
				b, err := ss.store.Berkas(ctx, h.ID)
				if err != nil {
					return err
				}
				if fromBoks != 0 {
					return MoveBerkas(ctx, ss.store, b, true, fromBoks)
				}
				return MoveBerkas(ctx, ss.store, b, false, fromPlace)
			}}
	case model.CodeBoks:
		b, err := ss.store.Boks(ctx, h.ID)
		if err != nil {
			return *refused(code, err)
		}
		if b.PlaceID == dest.ID {
			return Outcome{Kind: OutAgain, OK: true, Title: b.Label(), Msg: kit.Ln("scan2.out.already_there", map[string]any{"Title": b.Label(), "Dest": dest.Title})}
		}
		from, fromPath := b.PlaceID, b.PlacePath
		if err := ss.store.MoveBoks(ctx, b.ID, b.Version, dest.ID); err != nil {
			return *refused(code, err)
		}
		return Outcome{Kind: OutMoved, OK: true, Title: b.Label(),
			Msg: kit.Ln("scan2.out.moved", map[string]any{"Title": b.Label(), "From": fromPath, "Dest": dest.Title}),
			undo: func(ctx context.Context) error {
				b, err := ss.store.Boks(ctx, h.ID)
				if err != nil {
					return err
				}
				return ss.store.MoveBoks(ctx, b.ID, b.Version, from)
			}}
	case model.CodeAsset:
		if dest.Kind == model.CodePlace {
			return ss.moveAset(ctx, code, h, dest)
		}
	}
	return refusedKey("scan2.out.cannot_move", map[string]any{"Code": code})
}

// Undo takes back the move on line i of Log() (newest first) and records
// the undo as a new line.
func (ss *Session) Undo(ctx context.Context, i int) Outcome {
	ss.run.Lock()
	defer ss.run.Unlock()
	var o Outcome
	ok := false
	j := 0
	ss.locked(func() {
		j = len(ss.log) - 1 - i
		if ok = j >= 0 && j < len(ss.log) && ss.log[j].CanUndo(); ok {
			o = ss.log[j]
		}
	})
	if !ok {
		return Outcome{Kind: OutRefused, Msg: lang.L("scan2.out.no_undo")}
	}
	if err := o.undo(ctx); err != nil {
		out := *refused(o.Code, err)
		out.Code, out.At = o.Code, ss.now()
		ss.record(out)
		return out
	}
	out := Outcome{Kind: OutUndone, OK: true, Code: o.Code, Title: o.Title, At: ss.now(),
		Msg: kit.Ln("scan2.out.undone", map[string]any{"Title": o.Title})}
	ss.locked(func() {
		ss.log[j].Undone = true // the log only grows while run is held
		ss.log = append(ss.log, out)
	})
	return out
}

func (ss *Session) pinjam(ctx context.Context, code string) Outcome {
	today := ss.now()
	var p marsip.Peminjaman
	ss.locked(func() {
		p = marsip.Peminjaman{Borrower: ss.Borrower, NIP: ss.NIP, Unit: ss.Unit, Tanggal: today, Due: today.AddDate(0, 0, ss.DueDays)}
	})
	if p.Borrower == "" {
		return refusedKey("scan2.out.borrower_first", nil)
	}
	h, bad := ss.find(ctx, code)
	if bad != nil {
		return *bad
	}
	switch h.Kind {
	case model.CodeBerkas:
		p.BerkasID = h.ID
	case model.CodeBoks:
		p.BoksID = h.ID
	default:
		return refusedKey("scan2.out.cannot_lend", map[string]any{"Code": code})
	}
	if err := ss.store.LendArsip(ctx, &p); err != nil {
		return *refused(code, err)
	}
	return Outcome{Kind: OutLent, OK: true, Title: h.Title,
		Msg: kit.Ln("scan2.out.lent", map[string]any{"Title": h.Title, "Name": p.Borrower, "Due": model.FormatDateShort(p.Due)})}
}

func (ss *Session) kembali(ctx context.Context, code string) Outcome {
	h, bad := ss.find(ctx, code)
	if bad != nil {
		return *bad
	}
	var loan *marsip.Loan
	switch h.Kind {
	case model.CodeBerkas:
		b, err := ss.store.Berkas(ctx, h.ID)
		if err != nil {
			return *refused(code, err)
		}
		loan = b.Loan
	case model.CodeBoks:
		b, err := ss.store.Boks(ctx, h.ID)
		if err != nil {
			return *refused(code, err)
		}
		loan = b.Loan
	}
	if loan == nil {
		return refusedKey("scan2.out.not_lent", map[string]any{"Title": h.Title})
	}
	if err := ReturnLoan(ctx, ss.store, loan.PinjamID, ss.now()); err != nil {
		return *refused(code, err)
	}
	return Outcome{Kind: OutReturned, OK: true, Title: h.Title,
		Msg: kit.Ln("scan2.out.returned", map[string]any{"Title": h.Title, "Name": loan.Borrower})}
}

func (r *opnameRun) progress() (found, total int) {
	for _, it := range r.items[:r.expected] {
		if it.Result == storage.SOAda {
			found++
		}
	}
	return found, r.expected
}

func (ss *Session) count(ctx context.Context, code string) Outcome {
	var run *opnameRun
	ss.locked(func() { run = ss.opname })
	if run == nil {
		return ss.startOpname(ctx, code)
	}
	if code == run.place.Code {
		return Outcome{Kind: OutAgain, OK: true, Title: run.place.Title, Msg: kit.Ln("scan2.out.opname_same_place", map[string]any{"Title": run.place.Title})}
	}
	now := ss.now()
	var o *Outcome
	ss.locked(func() { o = run.countExpected(code, now) })
	if o != nil {
		return *o
	}
	return ss.countOther(ctx, run, code, now)
}

// startOpname begins a stock-take of the place scanned.
func (ss *Session) startOpname(ctx context.Context, code string) Outcome {
	h, bad := ss.find(ctx, code)
	if bad != nil {
		return *bad
	}
	var items []storage.StokOpnameItem
	var err error
	switch h.Kind {
	case model.CodePlace:
		items, err = ss.store.ArsipStokOpnameExpected(ctx, h.ID)
	case model.CodeBoks:
		items, err = ss.store.ArsipStokOpnameExpectedInBox(ctx, h.ID)
	default:
		return refusedKey("scan2.out.place_first", map[string]any{"Code": code})
	}
	if err != nil {
		return *refused(code, err)
	}
	run := &opnameRun{place: h, started: ss.now(), items: items, expected: len(items), index: map[string]int{},
		viaBox: map[string]bool{}}
	for i, it := range items {
		run.index[it.Code] = i
	}
	ss.locked(func() { ss.opname = run })
	return Outcome{Kind: OutTarget, OK: true, Title: h.Title,
		Msg: kit.Ln("scan2.out.opname_start", map[string]any{"Title": h.Title, "N": len(items)})}
}

// countExpected counts code if the stock-take expects it (nil if not);
// it reads no database, so it runs under mu.
func (r *opnameRun) countExpected(code string, now time.Time) *Outcome {
	i, ok := r.index[code]
	if !ok {
		return nil
	}
	it := &r.items[i]
	if it.ScannedAt != nil {
		return &Outcome{Kind: OutAgain, OK: true, Title: it.Title, Msg: kit.Ln("scan2.out.again", map[string]any{"Title": it.Title})}
	}
	if it.Result == storage.SOHilang {
		it.Result = storage.SOAda
	}
	it.ScannedAt = &now
	return &Outcome{Kind: OutCounted, OK: true, Title: it.Title, Msg: kit.Ln("scan2.out.counted", map[string]any{"Title": it.Title})}
}

// countOther records a thing the stock-take did not expect: unknown, in
// a box on this shelf (in its place after all), or misplaced.
func (ss *Session) countOther(ctx context.Context, run *opnameRun, code string, now time.Time) Outcome {
	add := func(it storage.StokOpnameItem) { ss.locked(func() { run.add(it) }) }
	h, bad := ss.find(ctx, code)
	if bad != nil && bad.Kind == OutNotFound {
		add(storage.StokOpnameItem{Code: code, Result: storage.SOTakDikenal, ScannedAt: &now})
		return *bad
	}
	if bad != nil {
		return *bad
	}
	if h.Kind == model.CodePlace {
		return refusedKey("scan2.out.opname_other_place", map[string]any{"Title": h.Title, "Place": run.place.Title})
	}
	if h.Kind == model.CodeBerkas {
		// A file from a box on this shelf is in its place: it counts its
		// box, as the shelf check counts boxes.
		if b, err := ss.store.Berkas(ctx, h.ID); err == nil && b.BoksCode != "" {
			var o *Outcome
			ss.locked(func() { o = run.countViaBox(code, h.Title, b.BoksCode, now) })
			if o != nil {
				return *o
			}
		}
	}
	add(storage.StokOpnameItem{Kind: h.Kind, Code: code, Title: h.Title, Result: storage.SOSalahTempat, ExpectedPlace: h.PlacePath, ScannedAt: &now})
	return Outcome{Kind: OutElsewhere, Title: h.Title, Msg: kit.Ln("scan2.out.elsewhere", map[string]any{"Title": h.Title, "Path": h.PlacePath})}
}

// countViaBox counts the box boxCode as there because file code was
// scanned from it (nil when the box is not expected here); under mu.
func (r *opnameRun) countViaBox(code, title, boxCode string, now time.Time) *Outcome {
	i, ok := r.index[boxCode]
	if !ok || i >= r.expected {
		return nil
	}
	box := &r.items[i]
	if r.viaBox[code] {
		return &Outcome{Kind: OutAgain, OK: true, Title: title, Msg: kit.Ln("scan2.out.again", map[string]any{"Title": title})}
	}
	r.viaBox[code] = true
	if box.Result == storage.SOHilang {
		box.Result = storage.SOAda
	}
	if box.ScannedAt == nil {
		box.ScannedAt = &now
	}
	return &Outcome{Kind: OutCounted, OK: true, Title: title,
		Msg: kit.Ln("opname3.out.via_box", map[string]any{"Title": title, "Box": box.Title})}
}

// level is what the check counts, as the screen says it.
func (r *opnameRun) level() string {
	if r.place.Kind == model.CodeBoks {
		return kit.Ln("opname3.level.box", map[string]any{"Place": r.place.Title})
	}
	return kit.Ln("opname3.level.place", map[string]any{"Place": r.place.Title})
}

// OpnameLevel is what the stock-take in progress counts ("Memeriksa:
// boks dan berkas lepas di Rak 3"), "" when none runs.
func (ss *Session) OpnameLevel() string {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.opname == nil {
		return ""
	}
	return ss.opname.level()
}

func (r *opnameRun) add(it storage.StokOpnameItem) {
	r.index[it.Code] = len(r.items)
	r.items = append(r.items, it)
}

// Opname is the stock-take in progress (what is expected, what was
// found), nil when none runs.
func (ss *Session) Opname() *storage.StokOpname {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.opname == nil {
		return nil
	}
	return ss.opname.result(ss.now())
}

func (r *opnameRun) result(now time.Time) *storage.StokOpname {
	so := &storage.StokOpname{PlaceID: r.place.ID, PlaceCode: r.place.Code, PlaceName: r.place.Title,
		StartedAt: r.started, FinishedAt: now, Items: append([]storage.StokOpnameItem(nil), r.items...)}
	for _, it := range so.Items {
		switch it.Result {
		case storage.SOAda:
			so.Found++
		case storage.SOHilang:
			so.Missing++
		case storage.SOSalahTempat:
			so.Misplaced++
		case storage.SOTakDikenal:
			so.Unknown++
		}
	}
	return so
}

// FinishOpname saves the stock-take in progress and ends it.
func (ss *Session) FinishOpname(ctx context.Context) (*storage.StokOpname, error) {
	ss.run.Lock()
	defer ss.run.Unlock()
	var run *opnameRun
	var so *storage.StokOpname
	ss.locked(func() {
		if run = ss.opname; run != nil {
			so = run.result(ss.now())
		}
	})
	if run == nil {
		return nil, model.Invalid("code", "", "scan2.err.no_opname")
	}
	if err := ss.store.SaveArsipStokOpname(ctx, so); err != nil {
		return nil, err
	}
	ss.locked(func() {
		if ss.opname == run { // not cancelled meanwhile
			ss.opname = nil
		}
	})
	return so, nil
}

// CancelOpname drops the stock-take in progress without saving.
func (ss *Session) CancelOpname() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.opname = nil
}

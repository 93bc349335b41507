package storage

import (
	"os"
	"strconv"
	"testing"
)

// ackedBerkas is the last state of a file a writer acknowledged.
type ackedBerkas struct {
	version int64
	uraian  string
	boks    string
}

// soakAcks sorts the acknowledgements by what they promise.
type soakAcks struct {
	berkas   map[int64]ackedBerkas
	codes    map[string]int // every code handed out, with how often
	loans    map[int64]bool // loan id -> acknowledged as returned
	imported []string       // titles of files acknowledged as imported
	changes  int
}

func collectAcks(l *soakLog) soakAcks {
	a := soakAcks{berkas: map[int64]ackedBerkas{}, codes: map[string]int{}, loans: map[int64]bool{}}
	for _, f := range l.acks {
		a.changes++
		switch f[0] {
		case "create", "edit", "move": // op id code version uraian boks
			id, _ := strconv.ParseInt(f[1], 10, 64)
			v, _ := strconv.ParseInt(f[3], 10, 64)
			if f[0] == "create" {
				a.codes[f[2]]++
			}
			if v >= a.berkas[id].version {
				a.berkas[id] = ackedBerkas{version: v, uraian: f[4], boks: f[5]}
			}
		case "lend":
			id, _ := strconv.ParseInt(f[1], 10, 64)
			a.loans[id] = a.loans[id] || false
		case "return":
			id, _ := strconv.ParseInt(f[1], 10, 64)
			a.loans[id] = true
		case "code":
			a.codes[f[1]]++
		case "import":
			a.imported = append(a.imported, f[1:]...)
		}
	}
	return a
}

// verifySoak reopens the file after the last writer died or finished and
// checks every promise the writers made.
func verifySoak(t *testing.T, path string, l *soakLog) {
	t.Helper()
	_, hot := os.Stat(path + "-journal")
	s := openAt(t, path, "Admin", Options{})
	if probs, err := s.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("check after the soak: %v %v", probs, err)
	}
	if _, err := os.Stat(path + "-journal"); err == nil {
		t.Fatalf("a journal is still there after reopening (there was one before: %v)", hot == nil)
	}
	a := collectAcks(l)
	if len(a.berkas) == 0 || len(a.loans) == 0 || len(a.codes) == 0 || len(a.imported) == 0 {
		t.Errorf("the soak did not exercise every kind of change: %d files, %d loans, %d codes, %d imported",
			len(a.berkas), len(a.loans), len(a.codes), len(a.imported))
	}
	for code, n := range a.codes {
		if n > 1 {
			t.Errorf("code %s handed out %d times", code, n)
		}
		var kind string
		if err := s.w.QueryRow("SELECT kind FROM code_registry WHERE code=?", code).Scan(&kind); err != nil {
			t.Errorf("acknowledged code %s is not registered: %v", code, err)
		}
	}
	verifyBerkas(t, s, a)
	verifyLoans(t, s, a)
	verifyAuditOrphans(t, s)
}

// verifyBerkas: every acknowledged file is there with the values of its
// last acknowledged save, or one save newer (a writer killed after its
// commit, before it could print), and has one audit row per save.
func verifyBerkas(t *testing.T, s *Store, a soakAcks) {
	t.Helper()
	for id, want := range a.berkas {
		var v int64
		var uraian, boks string
		err := s.w.QueryRow("SELECT version, uraian, coalesce(boks_id,0) FROM berkas WHERE id=?", id).Scan(&v, &uraian, &boks)
		if err != nil {
			t.Errorf("acknowledged berkas %d: %v", id, err)
			continue
		}
		if v < want.version || v > want.version+1 || v == want.version && (uraian != want.uraian || boks != want.boks) {
			t.Errorf("berkas %d is v%d %q box %s, acknowledged v%d %q box %s", id, v, uraian, boks, want.version, want.uraian, want.boks)
		}
	}
	for _, uraian := range a.imported {
		var n int
		must(t, s.w.QueryRow("SELECT count(*) FROM berkas WHERE uraian=?", uraian).Scan(&n))
		if n != 1 {
			t.Errorf("imported berkas %q found %d times", uraian, n)
		}
	}
	// An import records one audit row for its whole batch (entity id 0);
	// every other file has its own create row.
	rows, err := s.w.Query(`SELECT b.id, b.version, b.uraian LIKE '%-i%',
		(SELECT count(*) FROM audit WHERE entity='berkas' AND entity_id=b.id AND action='create'),
		(SELECT count(*) FROM audit WHERE entity='berkas' AND entity_id=b.id AND action='update') FROM berkas b`)
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var id, v, creates, updates int64
		var imported bool
		must(t, rows.Scan(&id, &v, &imported, &creates, &updates))
		if want := map[bool]int64{true: 0, false: 1}[imported]; creates != want || updates != v-1 {
			t.Errorf("berkas %d at v%d has %d create and %d update audit rows", id, v, creates, updates)
		}
	}
}

// verifyLoans: every acknowledged loan exists, returned if acknowledged
// so, and each loan has the audit rows of what happened to it.
func verifyLoans(t *testing.T, s *Store, a soakAcks) {
	t.Helper()
	for id, returned := range a.loans {
		var back bool
		if err := s.w.QueryRow("SELECT returned_at IS NOT NULL FROM pinjam WHERE id=?", id).Scan(&back); err != nil {
			t.Errorf("acknowledged loan %d: %v", id, err)
		} else if returned && !back {
			t.Errorf("loan %d acknowledged as returned is still open", id)
		}
	}
	rows, err := s.w.Query(`SELECT p.id, p.returned_at IS NOT NULL,
		(SELECT count(*) FROM audit WHERE entity='pinjam' AND entity_id=p.id AND action='create'),
		(SELECT count(*) FROM audit WHERE entity='pinjam' AND entity_id=p.id AND action='update') FROM pinjam p`)
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var id, creates, updates int64
		var back bool
		must(t, rows.Scan(&id, &back, &creates, &updates))
		if want := map[bool]int64{true: 1, false: 0}[back]; creates != 1 || updates != want {
			t.Errorf("loan %d (returned %v) has %d create and %d update audit rows", id, back, creates, updates)
		}
	}
}

// verifyAuditOrphans: no audit row speaks of a change that is not there
// (a killed writer's rolled-back transaction took its audit row with it).
func verifyAuditOrphans(t *testing.T, s *Store) {
	t.Helper()
	var n int
	must(t, s.w.QueryRow(`SELECT count(*) FROM audit a WHERE
		(a.entity='berkas' AND a.entity_id<>0 AND NOT EXISTS (SELECT 1 FROM berkas WHERE id=a.entity_id)) OR
		(a.entity='pinjam' AND NOT EXISTS (SELECT 1 FROM pinjam WHERE id=a.entity_id))`).Scan(&n))
	if n > 0 {
		t.Errorf("%d audit rows for changes that do not exist", n)
	}
}

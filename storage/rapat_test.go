package storage

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/rapat"
)

// rapatClock is a settable clock for the meetings' tests.
type rapatClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *rapatClock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *rapatClock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func local(y, m, d, h, min int) time.Time {
	return time.Date(y, time.Month(m), d, h, min, 0, 0, time.Local)
}

// openRapat opens a fresh database as Siti with a clock set to 1 Dec 2026 08.00.
func openRapat(t *testing.T) (*Store, *rapatClock, string) {
	t.Helper()
	c := &rapatClock{t: local(2026, 12, 1, 8, 0)}
	path := filepath.Join(t.TempDir(), "rapi.db")
	return openAt(t, path, "Siti", Options{Now: c.now}), c, path
}

// newRapat saves a two-hour meeting starting at start, changed by opts.
func newRapat(t *testing.T, s *Store, start time.Time, from RapatFrom, opts ...func(*rapat.Rapat)) rapat.Rapat {
	t.Helper()
	r := rapat.Rapat{Acara: "Rapat Pimpinan Mingguan", Jenis: "Rapat Pimpinan", Mulai: start, Selesai: start.Add(2 * time.Hour),
		Tempat: "Ruang Rapat Biro Umum", Pimpinan: "Kepala Biro Umum"}
	for _, o := range opts {
		o(&r)
	}
	must(t, s.CreateRapat(ctx, &r, from))
	return r
}

func templateNamed(t *testing.T, s *Store, nama string) rapat.Template {
	t.Helper()
	list, err := s.RapatTemplates(ctx)
	must(t, err)
	for _, tpl := range list {
		if tpl.Nama == nama {
			return tpl
		}
	}
	t.Fatalf("no seeded template %q in %d", nama, len(list))
	return rapat.Template{}
}

func lengkap(t *testing.T, s *Store, id int64) rapat.Lengkap {
	t.Helper()
	l, err := s.RapatLengkap(ctx, id)
	must(t, err)
	return l
}

func newKontak(t *testing.T, s *Store, nama, nip string, grup ...string) rapat.Kontak {
	t.Helper()
	k := rapat.Kontak{Nama: nama, NIP: nip, Jabatan: "Kepala Bagian", Instansi: "Biro Umum", Grup: grup}
	must(t, s.SaveKontak(ctx, &k))
	return k
}

func TestRapatSeedHasKindsTemplatesAndZone(t *testing.T) {
	s, _, _ := openRapat(t)
	jenis, err := s.RapatJenis(ctx)
	must(t, err)
	if len(jenis) != 5 || jenis[0] != "Rapat Internal" || jenis[4] != "Acara Besar" {
		t.Errorf("seeded kinds %q", jenis)
	}
	big := templateNamed(t, s, "Acara Besar")
	if len(big.Tugas) < 10 || len(big.Susunan) < 5 || big.Tugas[0].Relatif != -7*24*time.Hour {
		t.Errorf("Acara Besar template: %d tasks, %d run-down items, first due %v", len(big.Tugas), len(big.Susunan), big.Tugas[0].Relatif)
	}
	templateNamed(t, s, "Rapat Internal")
	if z, err := s.RapatZona(ctx); err != nil || z != rapat.WIB {
		t.Errorf("zone before any setting: %q %v", z, err)
	}
	must(t, s.SetRapatZona(ctx, "wita"))
	must(t, s.SetRapatJenis(ctx, []string{"Rapat Internal", " rapat  internal ", "Bimtek", ""}))
	z, _ := s.RapatZona(ctx)
	jenis, _ = s.RapatJenis(ctx)
	if z != rapat.WITA || len(jenis) != 2 || jenis[1] != "Bimtek" {
		t.Errorf("after edits: zone %q kinds %q", z, jenis)
	}
	if r := newRapat(t, s, local(2026, 12, 7, 9, 0), RapatFrom{}); r.Zona != rapat.WITA || !strings.HasSuffix(r.Waktu(), " WITA") {
		t.Errorf("a new meeting in a WITA office: %q", r.Waktu())
	}
	if _, ok := model.AsInvalid(s.SetRapatZona(ctx, "CET")); !ok {
		t.Error("zone CET accepted")
	}
}

func TestMovingARapatShiftsEveryDueDateAndOutdatesInvitations(t *testing.T) {
	s, clock, _ := openRapat(t)
	tpl := templateNamed(t, s, "Rapat Pimpinan")
	r := newRapat(t, s, local(2026, 12, 7, 9, 0), RapatFrom{TemplateID: tpl.ID})
	if !model.ValidCode(r.Code) || r.Code[:2] != "M-" {
		t.Fatalf("meeting code %q", r.Code)
	}
	before := lengkap(t, s, r.ID)
	must(t, s.MarkUndanganDicetak(ctx, r.ID))
	if l := lengkap(t, s, r.ID); l.Rapat.UndanganDicetak.IsZero() || l.Rapat.UndanganUsang || l.Rapat.Version != r.Version {
		t.Fatalf("after printing: printed %v outdated %v version %d→%d", l.Rapat.UndanganDicetak, l.Rapat.UndanganUsang, r.Version, l.Rapat.Version)
	}
	clock.set(local(2026, 12, 2, 10, 0))
	moved, err := s.MoveRapat(ctx, r.ID, r.Version, local(2026, 12, 9, 13, 30), "Aula Lantai 3", 0)
	must(t, err)
	if !moved.Selesai.Equal(local(2026, 12, 9, 15, 30)) || moved.Tempat != "Aula Lantai 3" || !moved.UndanganUsang {
		t.Fatalf("moved: %v–%v at %q, outdated %v", moved.Mulai, moved.Selesai, moved.Tempat, moved.UndanganUsang)
	}
	after := lengkap(t, s, r.ID)
	for i, it := range after.Checklist {
		want := before.Checklist[i].Due(before.Rapat.Mulai).Add(2*24*time.Hour + 4*time.Hour + 30*time.Minute)
		if got := it.Due(after.Rapat.Mulai); !got.Equal(want) {
			t.Errorf("%s due %v after the move, want %v", it.Uraian, got, want)
		}
	}
	if _, err := s.MoveRapat(ctx, r.ID, r.Version, local(2026, 12, 10, 9, 0), "", 0); !errors.As(err, new(*model.ConflictError)) {
		t.Errorf("move at the old version: %v, want a conflict", err)
	}
	must(t, s.MarkUndanganDicetak(ctx, r.ID))
	if l := lengkap(t, s, r.ID); l.Rapat.UndanganUsang {
		t.Error("reprinting did not clear outdated")
	}
}

func TestRapatFromTemplateAndFromPastMeeting(t *testing.T) {
	s, clock, _ := openRapat(t)
	tpl := templateNamed(t, s, "Rapat Internal")
	first := newRapat(t, s, local(2026, 12, 3, 9, 0), RapatFrom{TemplateID: tpl.ID}, func(r *rapat.Rapat) { r.Jenis = "" })
	l := lengkap(t, s, first.ID)
	if len(l.Checklist) != len(tpl.Tugas) || len(l.Susunan) != len(tpl.Susunan) || l.Rapat.Jenis != "Rapat Internal" {
		t.Fatalf("from template: %d of %d tasks, %d of %d run-down, kind %q", len(l.Checklist), len(tpl.Tugas),
			len(l.Susunan), len(tpl.Susunan), l.Rapat.Jenis)
	}
	if got := rapat.Jadwal(l.Rapat.Mulai, l.Susunan)[1].Jam(); got != "09.15–09.25" {
		t.Errorf("second run-down item %q, want 09.15–09.25", got)
	}
	k := newKontak(t, s, "Budi Santoso", "198503122010011004")
	invited, err := s.InviteKontak(ctx, first.ID, []int64{k.ID})
	must(t, err)
	walk := rapat.Peserta{Nama: "Tamu", WalkIn: true}
	must(t, s.AddPeserta(ctx, first.ID, &walk))
	_, err = s.TickItem(ctx, l.Checklist[0].ID, true, "Siti")
	must(t, err)
	extra := rapat.Item{RapatID: first.ID, Tugas: rapat.Tugas{Fase: rapat.FaseH, Uraian: "Air mineral", Jumlah: 2, PerPeserta: true, Satuan: "botol"}}
	must(t, s.SaveChecklistItem(ctx, &extra))

	clock.set(local(2026, 12, 5, 8, 0))
	next := newRapat(t, s, local(2026, 12, 10, 9, 0), RapatFrom{PastRapatID: first.ID})
	n := lengkap(t, s, next.ID)
	if len(n.Checklist) != len(tpl.Tugas)+1 || n.Checklist[len(n.Checklist)-1].Uraian != "Air mineral" {
		t.Fatalf("from past meeting: %d tasks, want %d with the added one", len(n.Checklist), len(tpl.Tugas)+1)
	}
	for _, it := range n.Checklist {
		if it.Done() {
			t.Errorf("%q ticked in the copy", it.Uraian)
		}
	}
	if len(n.Peserta) != 1 || n.Peserta[0].Nama != "Budi Santoso" || n.Peserta[0].Code == invited[0].Code || n.Peserta[0].Present() {
		t.Errorf("invitees copied: %+v (walk-ins not copied, new codes, not present)", n.Peserta)
	}
	if len(n.Susunan) != len(tpl.Susunan) {
		t.Errorf("run-down copied: %d items", len(n.Susunan))
	}
	if err := s.CreateRapat(ctx, &rapat.Rapat{Acara: "x", Mulai: local(2026, 12, 4, 9, 0)}, RapatFrom{TemplateID: tpl.ID, PastRapatID: first.ID}); err == nil {
		t.Error("both a template and a past meeting accepted")
	}
}

func TestRapatCheckInOnceWithTheFirstTime(t *testing.T) {
	s, clock, _ := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 1, 9, 0), RapatFrom{})
	other := newRapat(t, s, local(2026, 12, 1, 13, 0), RapatFrom{})
	budi := newKontak(t, s, "Budi Santoso", "198503122010011004", "Kepala Bagian")
	newKontak(t, s, "Ani Lestari", "", "kepala bagian")
	ps, err := s.InviteGrup(ctx, r.ID, "Kepala Bagian")
	must(t, err)
	if len(ps) != 2 || ps[0].Nama != "Ani Lestari" {
		t.Fatalf("group invited %+v, want Ani and Budi by name", ps)
	}
	if again, err := s.InviteKontak(ctx, r.ID, []int64{budi.ID}); err != nil || len(again) != 0 {
		t.Errorf("inviting Budi twice added %d (%v)", len(again), err)
	}
	clock.set(local(2026, 12, 1, 8, 42))
	p, err := s.CheckIn(ctx, r.ID, ps[0].Code, "Rina")
	must(t, err)
	if rapat.FormatJam(p.Hadir) != "08.42" || p.HadirOleh != "Rina" {
		t.Fatalf("checked in %v by %q", p.Hadir, p.HadirOleh)
	}
	clock.set(local(2026, 12, 1, 9, 5))
	_, err = s.CheckIn(ctx, r.ID, ps[0].Code, "Rina")
	var dup *rapat.SudahHadirError
	if !errors.As(err, &dup) || rapat.FormatJam(dup.At) != "08.42" || dup.Error() != "Ani Lestari sudah hadir 08.42" {
		t.Fatalf("second scan: %v, want sudah hadir 08.42", err)
	}
	// Budi's ID card: the NIP with spaces, as printed
	if p, err := s.CheckIn(ctx, r.ID, "19850312 201001 1 004", "Rina"); err != nil || p.ID != ps[1].ID {
		t.Errorf("check in by NIP: %+v %v", p, err)
	}
	o, err := s.InviteKontak(ctx, other.ID, []int64{budi.ID})
	must(t, err)
	if _, err := s.CheckIn(ctx, r.ID, o[0].Code, "Rina"); !isInvalidField(err, "code") {
		t.Errorf("another meeting's code: %v", err)
	}
	if _, err := s.CheckIn(ctx, r.ID, "U-999999", "Rina"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("unknown code: %v", err)
	}
	walk := rapat.Peserta{Nama: "Dewi Kartika", Instansi: "Dinas Kominfo", WalkIn: true}
	must(t, s.AddPeserta(ctx, r.ID, &walk))
	l := lengkap(t, s, r.ID)
	rek := l.Rekap()
	if rapat.FormatJam(walk.Hadir) != "09.05" || walk.Code == "" || rek != (rapat.Rekap{Diundang: 2, Hadir: 2, WalkIn: 1}) {
		t.Errorf("walk-in at %v code %q, rekap %+v", walk.Hadir, walk.Code, rek)
	}
}

func isInvalidField(err error, field string) bool {
	ie, ok := model.AsInvalid(err)
	return ok && ie.Field == field
}

// Two PCs scan the same invitation at the same moment: exactly one records
// it, the other is told "sudah hadir".
func TestRapatCheckInFromTwoPCsAtOnceOneWins(t *testing.T) {
	s, _, path := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 1, 9, 0), RapatFrom{})
	p := rapat.Peserta{Nama: "Budi Santoso"}
	must(t, s.AddPeserta(ctx, r.ID, &p))
	for round := range 5 {
		if round > 0 {
			p = rapat.Peserta{Nama: "Peserta"}
			must(t, s.AddPeserta(ctx, r.ID, &p))
		}
		pcs := []*Store{s, openAt(t, path, "Budi", Options{}), openAt(t, path, "Rina", Options{})}
		var wg sync.WaitGroup
		errs := make([]error, len(pcs))
		for i, pc := range pcs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = pc.CheckIn(ctx, r.ID, p.Code, pc.Actor().Name)
			}()
		}
		wg.Wait()
		won, refused := 0, 0
		for _, err := range errs {
			switch {
			case err == nil:
				won++
			case errors.As(err, new(*rapat.SudahHadirError)):
				refused++
			default:
				t.Errorf("round %d: %v", round, err)
			}
		}
		if won != 1 || refused != 2 {
			t.Fatalf("round %d: %d PCs recorded the check-in, %d refused; want exactly one", round, won, refused)
		}
	}
}

func TestRapatActionItemsCarryOverUntilDone(t *testing.T) {
	s, clock, _ := openRapat(t)
	seri := func(r *rapat.Rapat) { r.Seri = "Rapim Mingguan" }
	w1 := newRapat(t, s, local(2026, 12, 1, 9, 0), RapatFrom{}, seri)
	w2 := newRapat(t, s, local(2026, 12, 8, 9, 0), RapatFrom{}, seri)
	w3 := newRapat(t, s, local(2026, 12, 15, 9, 0), RapatFrom{}, seri)
	alone := newRapat(t, s, local(2026, 12, 9, 9, 0), RapatFrom{})
	laporan := rapat.TindakLanjut{RapatID: w1.ID, Uraian: "Kirim laporan BMD", PIC: "Kasubbag Aset", Batas: local(2026, 12, 5, 0, 0)}
	must(t, s.SaveTindak(ctx, &laporan))
	sk := rapat.TindakLanjut{RapatID: w1.ID, Uraian: "Siapkan SK tim"}
	must(t, s.SaveTindak(ctx, &sk))
	if c := lengkap(t, s, w2.ID).Carried; len(c) != 2 || c[0].RapatCode != w1.Code {
		t.Fatalf("carried to week 2: %+v", c)
	}
	if c := lengkap(t, s, w1.ID).Carried; len(c) != 0 {
		t.Errorf("meeting carries its own items: %+v", c)
	}
	if c := lengkap(t, s, alone.ID).Carried; len(c) != 0 {
		t.Errorf("a meeting of no series carries %+v", c)
	}
	clock.set(local(2026, 12, 9, 10, 0))
	done, err := s.TickTindak(ctx, sk.ID, true, "Siti")
	must(t, err)
	if done.Open() || done.SelesaiOleh != "Siti" {
		t.Fatalf("ticked: %+v", done)
	}
	if c := lengkap(t, s, w3.ID).Carried; len(c) != 1 || c[0].ID != laporan.ID {
		t.Errorf("carried to week 3 after one was done: %+v", c)
	}
	h, err := s.RapatHome(ctx, clock.now())
	must(t, err)
	if len(h.Overdue) != 1 || h.Overdue[0].Uraian != "Kirim laporan BMD" {
		t.Errorf("Beranda overdue: %+v", h.Overdue)
	}
}

func TestRapatVersionConflictIsReported(t *testing.T) {
	s, _, path := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 7, 9, 0), RapatFrom{})
	other := openAt(t, path, "Budi Hartono", Options{})
	theirs := r
	theirs.Catatan = "Peserta membawa laptop"
	must(t, other.UpdateRapat(ctx, &theirs))
	mine := r
	mine.Pimpinan = "Sekretaris Daerah"
	var ce *model.ConflictError
	if err := s.UpdateRapat(ctx, &mine); !errors.As(err, &ce) || !strings.HasPrefix(ce.By, "Budi Hartono") {
		t.Fatalf("stale save: %v, want a conflict naming Budi", err)
	}
	k := newKontak(t, s, "Ani", "")
	k2 := k
	k2.Telepon = "0812"
	must(t, other.SaveKontak(ctx, &k2))
	if err := s.SaveKontak(ctx, &k); !errors.As(err, &ce) {
		t.Errorf("stale contact save: %v", err)
	}
	n := rapat.Notulen{RapatID: r.ID, Keputusan: "Anggaran disetujui"}
	must(t, s.SaveNotulen(ctx, &n))
	stale := rapat.Notulen{RapatID: r.ID, Keputusan: "Ditunda"}
	if err := other.SaveNotulen(ctx, &stale); !errors.As(err, &ce) || !strings.HasPrefix(ce.By, "Siti") {
		t.Errorf("second first-save of the minutes: %v", err)
	}
	n.Pembahasan = "Usulan kegiatan 2027"
	must(t, s.SaveNotulen(ctx, &n))
	saved := lengkap(t, s, r.ID).Notulen
	if n.Version != 2 || saved.KeputusanList()[0] != "Anggaran disetujui" {
		t.Errorf("minutes version %d", n.Version)
	}
}

func TestRapatHomeCountsLateItems(t *testing.T) {
	s, clock, _ := openRapat(t)
	tpl := templateNamed(t, s, "Rapat Internal") // H-3, H-1, H-1, H, H, H+1
	today := newRapat(t, s, local(2026, 12, 1, 13, 0), RapatFrom{TemplateID: tpl.ID})
	newRapat(t, s, local(2026, 12, 3, 9, 0), RapatFrom{TemplateID: tpl.ID})
	newRapat(t, s, local(2026, 12, 20, 9, 0), RapatFrom{TemplateID: tpl.ID}) // not this week
	newRapat(t, s, local(2026, 11, 20, 9, 0), RapatFrom{TemplateID: tpl.ID}, func(r *rapat.Rapat) { r.Status = rapat.StatusSelesai })
	clock.set(local(2026, 12, 1, 12, 30))
	h, err := s.RapatHome(ctx, clock.now())
	must(t, err)
	if len(h.Today) != 1 || len(h.Week) != 1 || h.Today[0].Rapat.ID != today.ID {
		t.Fatalf("today %d, week %d", len(h.Today), len(h.Week))
	}
	// today 13.00: H-3, both H-1 and both H (due 12.00) are late; 3 Dec: its H-3 (30 Nov)
	if p := h.Today[0].Progress; p != (rapat.Progress{Total: 6, Late: 5}) {
		t.Errorf("today's progress %+v", p)
	}
	if h.LateItems != 6 || h.Week[0].Progress.Late != 1 {
		t.Errorf("late items %d (today %d, week %d); the finished meeting's open items must not count",
			h.LateItems, h.Today[0].Progress.Late, h.Week[0].Progress.Late)
	}
	l := lengkap(t, s, today.ID)
	if want := l.Progress(clock.now()); want != h.Today[0].Progress {
		t.Errorf("SQL progress %+v, model progress %+v", h.Today[0].Progress, want)
	}
	_, err = s.TickItem(ctx, l.Checklist[0].ID, true, "Siti")
	must(t, err)
	h2, _ := s.RapatHome(ctx, clock.now())
	if h2.LateItems != h.LateItems-1 || h2.Today[0].Progress.Done != 1 {
		t.Errorf("after a tick: late %d→%d, done %d", h.LateItems, h2.LateItems, h2.Today[0].Progress.Done)
	}
}

func TestRapatFindKnowsMeetingAndInviteeCodes(t *testing.T) {
	s, _, _ := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 7, 9, 0), RapatFrom{})
	p := rapat.Peserta{Nama: "Budi Santoso"}
	must(t, s.AddPeserta(ctx, r.ID, &p))
	hits, err := s.Find(ctx, r.Code, 5)
	if err != nil || len(hits) != 1 || hits[0].Kind != model.CodeMeeting || hits[0].ID != r.ID {
		t.Fatalf("find %s: %+v %v", r.Code, hits, err)
	}
	hits, err = s.Find(ctx, p.Code, 5)
	if err != nil || len(hits) != 1 || hits[0].Kind != model.CodeInvitee || hits[0].RapatID != r.ID || hits[0].Title != "Budi Santoso" {
		t.Fatalf("find %s: %+v %v", p.Code, hits, err)
	}
	got, err := s.RapatByCode(ctx, r.Code)
	if err != nil || got.ID != r.ID {
		t.Errorf("by code: %v", err)
	}
	if got, err := s.RapatOfPeserta(ctx, p.Code); err != nil || got.ID != r.ID {
		t.Errorf("meeting of %s: %v", p.Code, err)
	}
}

// The clerk's edits on a meeting's parts: the run-down replaced (times
// follow the new durations), a head-table seat, an invitee taken off, a
// checklist item added, edited, ticked twice and deleted.
func TestRapatPartsEdits(t *testing.T) {
	s, clock, _ := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 7, 8, 0), RapatFrom{})
	must(t, s.SetSusunan(ctx, r.ID, []rapat.SusunanItem{{Uraian: "Registrasi", Durasi: 45 * time.Minute}, {Uraian: " Pembukaan ", Durasi: 10 * time.Minute, Petugas: "MC"}}))
	if err := s.SetSusunan(ctx, r.ID, []rapat.SusunanItem{{Uraian: "Sambutan", Durasi: 90 * time.Second}}); !isInvalidField(err, "durasi") {
		t.Errorf("a 90-second item: %v", err)
	}
	a, b := rapat.Peserta{Nama: "Budi"}, rapat.Peserta{Nama: "Ani"}
	must(t, s.AddPeserta(ctx, r.ID, &a))
	must(t, s.AddPeserta(ctx, r.ID, &b))
	a.MejaUtama, a.Jabatan = true, "Kepala Biro Umum"
	must(t, s.UpdatePeserta(ctx, &a))
	must(t, s.RemovePeserta(ctx, b.ID))
	it := rapat.Item{RapatID: r.ID, Tugas: rapat.Tugas{Fase: rapat.FaseH1, Uraian: "Snack", Jumlah: 3, PerPeserta: true, Satuan: "kotak"}}
	must(t, s.SaveChecklistItem(ctx, &it))
	it.Uraian = "Snack dan air mineral"
	must(t, s.SaveChecklistItem(ctx, &it))
	gone := rapat.Item{RapatID: r.ID, Tugas: rapat.Tugas{Fase: rapat.FaseH, Uraian: "Spanduk"}}
	must(t, s.SaveChecklistItem(ctx, &gone))
	must(t, s.DeleteChecklistItem(ctx, gone.ID))
	clock.set(local(2026, 12, 6, 9, 0))
	first, err := s.TickItem(ctx, it.ID, true, "Siti")
	must(t, err)
	clock.set(local(2026, 12, 6, 11, 0))
	again, err := s.TickItem(ctx, it.ID, true, "Rina")
	must(t, err)
	if !again.Selesai.Equal(first.Selesai) || again.SelesaiOleh != "Siti" {
		t.Errorf("ticked twice: %v by %s, want the first tick kept", again.Selesai, again.SelesaiOleh)
	}
	l := lengkap(t, s, r.ID)
	if got := l.Jadwal()[1].Jam(); got != "08.45–08.55" || l.Susunan[1].Uraian != "Pembukaan" {
		t.Errorf("run-down: %q %+v", got, l.Susunan)
	}
	if len(l.Peserta) != 1 || !l.Peserta[0].MejaUtama || l.Peserta[0].Jabatan != "Kepala Biro Umum" {
		t.Errorf("participants: %+v", l.Peserta)
	}
	if len(l.Checklist) != 1 || l.Checklist[0].Uraian != "Snack dan air mineral" || l.Checklist[0].Kuantitas(l.Expected()) != 4 {
		t.Errorf("checklist: %+v (snack for %d expected)", l.Checklist, l.Expected())
	}
	undone, err := s.TickItem(ctx, it.ID, false, "Rina")
	if err != nil || undone.Done() {
		t.Errorf("untick: %+v %v", undone, err)
	}
}

package rapat

import (
	"errors"
	"testing"
	"time"

	"rapi/model"
)

var wib = time.FixedZone("WIB", 7*3600)

func at(y, m, d, h, min int) time.Time { return time.Date(y, time.Month(m), d, h, min, 0, 0, wib) }

func TestMovingAMeetingMovesEveryRelativeDate(t *testing.T) {
	r := Rapat{Acara: "Rapat Pimpinan", Mulai: at(2026, 12, 7, 9, 0), Selesai: at(2026, 12, 7, 11, 0)}
	items := Checklist([]Tugas{{Fase: FaseH3, Uraian: "Undangan dikirim"}, {Fase: FaseH, Uraian: "Ruang siap"}})
	if got := items[0].Due(r.Mulai); !got.Equal(at(2026, 12, 4, 9, 0)) {
		t.Fatalf("H-3 due %v, want 4 Dec 09.00", got)
	}
	r.UndanganDicetak = at(2026, 12, 1, 10, 0)
	r.MoveTo(at(2026, 12, 9, 13, 30))
	if !r.Selesai.Equal(at(2026, 12, 9, 15, 30)) {
		t.Errorf("end after move = %v, want 15.30 (length kept)", r.Selesai)
	}
	if got := items[0].Due(r.Mulai); !got.Equal(at(2026, 12, 6, 13, 30)) {
		t.Errorf("H-3 due after move %v, want 6 Dec 13.30", got)
	}
	if got := items[1].Due(r.Mulai); !got.Equal(at(2026, 12, 9, 12, 30)) {
		t.Errorf("hari H due after move %v, want 12.30", got)
	}
	if !r.UndanganUsang {
		t.Error("printed invitations not marked outdated after the move")
	}
}

func TestRunDownShiftsAfterADurationChange(t *testing.T) {
	items := []SusunanItem{
		{Uraian: "Registrasi", Durasi: 30 * time.Minute},
		{Uraian: "Pembukaan", Durasi: 10 * time.Minute},
		{Uraian: "Sambutan", Durasi: 20 * time.Minute},
	}
	start := at(2026, 12, 7, 8, 0)
	if got := Jadwal(start, items)[2].Jam(); got != "08.40–09.00" {
		t.Fatalf("Sambutan %q, want 08.40–09.00", got)
	}
	items[0].Durasi = 45 * time.Minute
	slots := Jadwal(start, items)
	if got := slots[1].Jam() + " " + slots[2].Jam(); got != "08.45–08.55 08.55–09.15" {
		t.Errorf("after Registrasi grew to 45 minutes: %q", got)
	}
}

func TestChecklistFromTemplateAndFromPastMeeting(t *testing.T) {
	tpl := Template{Nama: "Rapat Internal", Tugas: []Tugas{
		{Fase: FaseH1, Uraian: " Konsumsi  snack ", Jumlah: 5, PerPeserta: true, Satuan: "kotak"},
		{Fase: FaseH, Uraian: "Papan nama", Jumlah: 4},
	}}
	items := Checklist(tpl.Tugas)
	if items[0].Uraian != "Konsumsi snack" || items[0].Relatif != -24*time.Hour || items[1].Urutan != 2 {
		t.Fatalf("from template: %+v", items)
	}
	if q := items[0].Kuantitas(30); q != 35 {
		t.Errorf("snack for 30 expected = %d, want 35 (30 + 5 spare)", q)
	}
	if q := items[1].Kuantitas(30); q != 4 {
		t.Errorf("fixed quantity = %d, want 4", q)
	}
	items[0].Selesai, items[0].SelesaiOleh = at(2026, 12, 6, 10, 0), "siti"
	again := Checklist(TasksOf(items))
	if again[0].Done() || again[0].Uraian != "Konsumsi snack" || len(again) != 2 {
		t.Errorf("from a past meeting the ticks must be cleared and the tasks kept: %+v", again)
	}
}

func TestProgressCountsDoneAndLate(t *testing.T) {
	start := at(2026, 12, 7, 9, 0)
	items := Checklist([]Tugas{{Fase: FaseH7, Uraian: "a"}, {Fase: FaseH3, Uraian: "b"}, {Fase: FaseH1, Uraian: "c"}, {Fase: FaseH, Uraian: "d"}})
	items[0].Selesai = at(2026, 11, 30, 8, 0)
	p := ProgressOf(start, items, at(2026, 12, 5, 8, 0))
	if p != (Progress{Done: 1, Total: 4, Late: 1}) {
		t.Errorf("progress on 5 Dec = %+v, want 1 done of 4, 1 late (the H-3 item)", p)
	}
}

func TestSecondCheckInIsRefusedWithTheFirstTime(t *testing.T) {
	p := Peserta{Nama: "Budi Santoso"}
	if err := p.CheckIn(at(2026, 12, 7, 8, 42), "siti"); err != nil {
		t.Fatal(err)
	}
	err := p.CheckIn(at(2026, 12, 7, 9, 5), "siti")
	var dup *SudahHadirError
	if !errors.As(err, &dup) || FormatJam(dup.At) != "08.42" {
		t.Fatalf("second scan: %v, want sudah hadir 08.42", err)
	}
	if FormatJam(p.Hadir) != "08.42" {
		t.Errorf("second scan changed the time to %v", p.Hadir)
	}
}

func TestSummarizeCountsWalkInsApart(t *testing.T) {
	now := at(2026, 12, 7, 8, 0)
	r := Summarize([]Peserta{{Hadir: now}, {}, {}, {WalkIn: true, Hadir: now}})
	if r != (Rekap{Diundang: 3, Hadir: 1, Absen: 2, WalkIn: 1}) || r.Total() != 2 {
		t.Errorf("rekap = %+v", r)
	}
}

func TestMatchNameByWordStarts(t *testing.T) {
	p := Peserta{Nama: "Drs. Budi Santoso, M.Si."}
	for typed, want := range map[string]bool{"budi san": true, "SANTOSO": true, "budi x": false, "": false, "anto": false} {
		if got := MatchName(p, typed); got != want {
			t.Errorf("MatchName(%q) = %v, want %v", typed, got, want)
		}
	}
}

func TestValidateNamesTheField(t *testing.T) {
	for _, tc := range []struct {
		r     Rapat
		field string
	}{
		{Rapat{Mulai: at(2026, 1, 5, 9, 0)}, "acara"},
		{Rapat{Acara: "x"}, "mulai"},
		{Rapat{Acara: "x", Mulai: at(2026, 1, 5, 9, 0), Selesai: at(2026, 1, 5, 8, 0)}, "selesai"},
		{Rapat{Acara: "x", Mulai: at(2026, 1, 5, 9, 0), Zona: "CET"}, "zona"},
		{Rapat{Acara: "x", Mulai: at(2026, 1, 5, 9, 0), Surat: Surat{Penanda: Penanda{NIP: "1985"}}}, "nip"},
	} {
		tc.r.Normalize()
		ie, ok := model.AsInvalid(tc.r.Validate())
		if !ok || ie.Field != tc.field {
			t.Errorf("%+v: error %v, want field %s", tc.r, tc.r.Validate(), tc.field)
		}
	}
}

func TestPaperDateAndTime(t *testing.T) {
	r := Rapat{Mulai: at(2026, 1, 5, 8, 0), Selesai: at(2026, 1, 5, 10, 30), Zona: WITA}
	if got := r.HariTanggal() + " | " + r.Waktu(); got != "Senin, 5 Januari 2026 | 08.00 – 10.30 WITA" {
		t.Errorf("paper date and time %q", got)
	}
}

func TestOverdueActionCountsTheWholeDeadlineDay(t *testing.T) {
	a := TindakLanjut{Uraian: "Kirim laporan", Batas: at(2026, 12, 7, 0, 0)}
	if a.Overdue(at(2026, 12, 7, 23, 0)) {
		t.Error("overdue on its deadline day")
	}
	if !a.Overdue(at(2026, 12, 8, 8, 0)) {
		t.Error("not overdue the day after")
	}
	a.Selesai = at(2026, 12, 8, 9, 0)
	if a.Overdue(at(2026, 12, 9, 8, 0)) {
		t.Error("a done action is overdue")
	}
}

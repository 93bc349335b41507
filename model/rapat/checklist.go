package rapat

import (
	"strings"
	"time"

	"rapi/model"
)

// Fase is the preparation phase a checklist item belongs to. The words
// are what the clerks write on their paper checklists.
type Fase string

// The phases, in order.
const (
	FaseH7      Fase = "H-7"
	FaseH3      Fase = "H-3"
	FaseH1      Fase = "H-1"
	FaseH       Fase = "H"
	FaseSetelah Fase = "H+1"
)

// Fases lists the phases in order.
var Fases = []Fase{FaseH7, FaseH3, FaseH1, FaseH, FaseSetelah}

// Valid reports whether f is one of Fases.
func (f Fase) Valid() bool {
	for _, v := range Fases {
		if f == v {
			return true
		}
	}
	return false
}

// DefaultRelatif is when an item of phase f is due, relative to the
// meeting's start, unless the template says otherwise: whole days before
// for H-7/H-3/H-1, an hour before the start on the day, a day after.
func (f Fase) DefaultRelatif() time.Duration {
	switch f {
	case FaseH7:
		return -7 * 24 * time.Hour
	case FaseH3:
		return -3 * 24 * time.Hour
	case FaseH1:
		return -24 * time.Hour
	case FaseH:
		return -time.Hour
	}
	return 24 * time.Hour
}

// Tugas is one preparation task: what, who, when (relative to the
// meeting) and how many.
type Tugas struct {
	Fase       Fase
	Uraian     string        // "Konsumsi snack", "Papan nama meja pimpinan"
	Petugas    string        // assignee
	Relatif    time.Duration // due, relative to the meeting's start (negative: before)
	Jumlah     int           // a fixed quantity, or the spare on top of the participants
	PerPeserta bool          // the quantity grows with the number expected
	Satuan     string        // "kotak", "buah"
}

// Kuantitas is how many to prepare for expected participants; 0 means no
// quantity applies.
func (t *Tugas) Kuantitas(expected int) int {
	if t.PerPeserta {
		return expected + t.Jumlah
	}
	return t.Jumlah
}

// Normalize trims what was typed and fills the default due time.
func (t *Tugas) Normalize() {
	t.Uraian = strings.Join(strings.Fields(t.Uraian), " ")
	t.Petugas = strings.Join(strings.Fields(t.Petugas), " ")
	t.Satuan = strings.Join(strings.Fields(t.Satuan), " ")
	if t.Relatif == 0 && t.Fase.Valid() {
		t.Relatif = t.Fase.DefaultRelatif()
	}
}

// Validate checks a task; the error names the field.
func (t *Tugas) Validate() error {
	switch {
	case t.Uraian == "":
		return model.Invalid("uraian", "", "error.required")
	case !t.Fase.Valid():
		return model.Invalid("fase", string(t.Fase), "error.rapat_fase")
	case t.Jumlah < 0:
		return model.Invalid("jumlah", model.FormatInt(int64(t.Jumlah)), "error.rapat_jumlah")
	}
	return nil
}

// Item is a task on one meeting's checklist, ticked with who and when.
type Item struct {
	ID      int64
	RapatID int64
	Urutan  int
	Tugas
	Selesai     time.Time // ticked at; zero: open
	SelesaiOleh string
}

// Done reports whether the item is ticked.
func (it *Item) Done() bool { return !it.Selesai.IsZero() }

// Due is when the item must be done for a meeting starting at start.
func (it *Item) Due(start time.Time) time.Time { return start.Add(it.Relatif) }

// Late reports whether the item is open past its due time.
func (it *Item) Late(start, now time.Time) bool { return !it.Done() && now.After(it.Due(start)) }

// Template is a checklist and run-down the clerks keep for one kind of
// meeting; a new meeting starts from it.
type Template struct {
	model.Meta
	Nama    string // "Rapat Pimpinan"
	Jenis   string // the kind of meeting it is for
	Tugas   []Tugas
	Susunan []SusunanItem
}

// Checklist makes a meeting's checklist from tasks (a template's, or a
// past meeting's items with their ticks cleared).
func Checklist(tasks []Tugas) []Item {
	out := make([]Item, len(tasks))
	for i, t := range tasks {
		t.Normalize()
		out[i] = Item{Urutan: i + 1, Tugas: t}
	}
	return out
}

// TasksOf is the tasks of a past meeting's checklist, to start another
// meeting from it.
func TasksOf(items []Item) []Tugas {
	out := make([]Tugas, len(items))
	for i, it := range items {
		out[i] = it.Tugas
	}
	return out
}

// Progress is a checklist's state: "9 dari 14 selesai, 2 terlambat".
type Progress struct {
	Done, Total, Late int
}

// ProgressOf counts a meeting's checklist at now.
func ProgressOf(start time.Time, items []Item, now time.Time) Progress {
	p := Progress{Total: len(items)}
	for i := range items {
		if items[i].Done() {
			p.Done++
		} else if items[i].Late(start, now) {
			p.Late++
		}
	}
	return p
}

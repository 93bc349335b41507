package rapat

import (
	"strings"
	"time"

	"rapi/model"
)

// Notulen is the minutes of a meeting: what was discussed and decided.
// The action items (TindakLanjut) are kept apart because they live on
// after the meeting until they are done.
type Notulen struct {
	RapatID    int64
	Version    int64
	Pembahasan string // what was discussed
	Keputusan  string // decisions / conclusions, one a line
	UpdatedBy  string
	UpdatedAt  time.Time
}

// KeputusanList is the decisions one a line, blank lines dropped.
func (n *Notulen) KeputusanList() []string {
	var out []string
	for _, l := range strings.Split(n.Keputusan, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TindakLanjut is an action item: what, who, by when. It belongs to the
// meeting where it was decided; while open it shows on the next meetings
// of the same series and on Beranda.
type TindakLanjut struct {
	ID          int64
	RapatID     int64
	RapatCode   string // derived when read: the meeting it was decided in
	Uraian      string
	PIC         string // who follows it up
	Batas       time.Time
	Selesai     time.Time // done at; zero: open
	SelesaiOleh string
}

// Open reports whether the action is still to do.
func (t *TindakLanjut) Open() bool { return t.Selesai.IsZero() }

// Overdue reports whether the action is open past its deadline (the
// whole deadline day counts).
func (t *TindakLanjut) Overdue(now time.Time) bool {
	return t.Open() && !t.Batas.IsZero() && DateOnly(now).After(DateOnly(t.Batas))
}

// Validate checks an action item; the error names the field.
func (t *TindakLanjut) Validate() error {
	t.Uraian = strings.Join(strings.Fields(t.Uraian), " ")
	t.PIC = strings.Join(strings.Fields(t.PIC), " ")
	if t.Uraian == "" {
		return model.Invalid("uraian", "", "error.required")
	}
	return nil
}

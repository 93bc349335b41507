package rapat

import "time"

// Lengkap is a meeting with everything that belongs to it, read in one
// snapshot: what the meeting's screen shows and every paper prints from.
type Lengkap struct {
	Rapat     Rapat
	Peserta   []Peserta      // invitees and walk-ins, in invitation order
	Susunan   []SusunanItem  // run-down, in order
	Checklist []Item         // preparation checklist, in order
	Notulen   Notulen        // minutes ("" when none yet)
	Tindak    []TindakLanjut // action items decided in this meeting
	Carried   []TindakLanjut // open action items of earlier meetings of the same series
}

// Jadwal is the run-down with its clock times.
func (l *Lengkap) Jadwal() []Slot { return Jadwal(l.Rapat.Mulai, l.Susunan) }

// Progress is the checklist's state at now.
func (l *Lengkap) Progress(now time.Time) Progress {
	return ProgressOf(l.Rapat.Mulai, l.Checklist, now)
}

// Rekap is the attendance summary.
func (l *Lengkap) Rekap() Rekap { return Summarize(l.Peserta) }

// Expected is how many people the meeting expects: its invitees.
func (l *Lengkap) Expected() int { return l.Rekap().Diundang }

// Invited is the invitees without the walk-ins, in order.
func (l *Lengkap) Invited() []Peserta {
	var out []Peserta
	for _, p := range l.Peserta {
		if !p.WalkIn {
			out = append(out, p)
		}
	}
	return out
}

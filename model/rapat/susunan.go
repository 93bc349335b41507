package rapat

import (
	"strings"
	"time"

	"rapi/model"
)

// SusunanItem is one timed item of the run-down (susunan acara). Only its
// length is stored: the clock times follow from the meeting's start and
// the items before it, so lengthening one item shifts every later one.
type SusunanItem struct {
	ID      int64
	Urutan  int           // 1, 2, ... in order
	Durasi  time.Duration // whole minutes
	Uraian  string        // "Registrasi", "Sambutan Kepala Biro"
	Petugas string        // who is responsible: "Protokol", "MC"
}

// Validate checks one item; the error names the field.
func (it *SusunanItem) Validate() error {
	it.Uraian = strings.Join(strings.Fields(it.Uraian), " ")
	it.Petugas = strings.Join(strings.Fields(it.Petugas), " ")
	switch {
	case it.Uraian == "":
		return model.Invalid("uraian", "", "error.required")
	case it.Durasi <= 0 || it.Durasi%time.Minute != 0 || it.Durasi > 24*time.Hour:
		return model.Invalid("durasi", it.Durasi.String(), "error.rapat_durasi")
	}
	return nil
}

// Slot is one run-down item with its clock times worked out.
type Slot struct {
	SusunanItem
	Mulai, Selesai time.Time
}

// Jam is the slot as printed: "08.00–08.30".
func (s Slot) Jam() string { return FormatJam(s.Mulai) + "–" + FormatJam(s.Selesai) }

// Jadwal works out the clock times of the run-down from start, in order.
func Jadwal(start time.Time, items []SusunanItem) []Slot {
	out := make([]Slot, len(items))
	at := start
	for i, it := range items {
		out[i] = Slot{SusunanItem: it, Mulai: at, Selesai: at.Add(it.Durasi)}
		at = out[i].Selesai
	}
	return out
}

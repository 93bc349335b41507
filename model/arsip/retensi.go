package arsip

import (
	"rapi/model"
	"strconv"
	"time"
)

// Retensi is when a file's retention actions fall due. PindahOn is the
// first day the file may move to the records centre (its active period is
// over); AkhirOn the first day its final disposition is due (its inactive
// period is over). Zero dates mean "not known": the JRA counts from an
// event and nobody has typed the date yet.
type Retensi struct {
	PindahOn time.Time
	AkhirOn  time.Time
	Nasib    NasibAkhir
}

// Known reports whether both dates are set.
func (r Retensi) Known() bool { return !r.PindahOn.IsZero() && !r.AkhirOn.IsZero() }

// ReasonRetensiManual is the reason given when a JRA counts from an event
// (its trigger text) and the dates must be typed by a clerk.
const ReasonRetensiManual = "error.arsip_retensi_manual"

// ComputeRetensi works out the retention dates of a file closed in
// closingYear under JRA j. Periods count in whole years from the end of
// the closing year: a file closed in 2020 with 2 years aktif and 5 years
// inaktif moves on 1 January 2023 and reaches its disposition on
// 1 January 2028. A JRA with a trigger text cannot be computed from the
// year: the error names field "retensi" with ReasonRetensiManual.
func ComputeRetensi(closingYear int, j JRA) (Retensi, error) {
	r := Retensi{Nasib: j.Nasib}
	if j.Trigger != "" {
		return r, model.Invalid("retensi", j.Trigger, ReasonRetensiManual)
	}
	if closingYear < 1800 || closingYear > 2200 {
		return r, model.Invalid("tahun_sampai", strconv.Itoa(closingYear), "error.arsip_year")
	}
	r.PindahOn = yearStart(closingYear + j.Aktif + 1)
	r.AkhirOn = yearStart(closingYear + j.Aktif + j.Inaktif + 1)
	return r, nil
}

// RetensiDue says which action a file with retention r and status st
// waits for on day asOf: RetensiPindah when it is still active and its
// active period is over, RetensiMusnah / RetensiSerah / RetensiNilai when
// it is inactive (or still active) and its inactive period is over, or ""
// when nothing is due. Destroyed and handed-over files never are.
func RetensiDue(r Retensi, st Status, asOf time.Time) RetensiAction {
	if !r.Known() || st == StatusMusnah || st == StatusPermanen {
		return ""
	}
	d := dateOnly(asOf)
	if !d.Before(r.AkhirOn) && st == StatusInaktif {
		return finalAction(r.Nasib)
	}
	if !d.Before(r.PindahOn) && st == StatusAktif {
		return RetensiPindah
	}
	return ""
}

func finalAction(n NasibAkhir) RetensiAction {
	switch n {
	case NasibPermanen:
		return RetensiSerah
	case NasibDinilai:
		return RetensiNilai
	}
	return RetensiMusnah
}

// RetensiAction is what is done to a file when a retention date comes.
type RetensiAction string

// The retention actions. Each is recorded with its berita acara number.
const (
	RetensiPindah RetensiAction = "pindah" // move to the records centre: Aktif -> Inaktif
	RetensiMusnah RetensiAction = "musnah" // destroy: -> Musnah
	RetensiSerah  RetensiAction = "serah"  // hand over to the provincial archive: -> Permanen
	RetensiNilai  RetensiAction = "nilai"  // re-appraised, stays Inaktif
)

// Valid reports whether a is a known action.
func (a RetensiAction) Valid() bool {
	switch a {
	case RetensiPindah, RetensiMusnah, RetensiSerah, RetensiNilai:
		return true
	}
	return false
}

// From is the status a file must have for the action to apply.
func (a RetensiAction) From() Status {
	if a == RetensiPindah {
		return StatusAktif
	}
	return StatusInaktif
}

// To is the status a file has after the action.
func (a RetensiAction) To() Status {
	switch a {
	case RetensiPindah, RetensiNilai:
		return StatusInaktif
	case RetensiMusnah:
		return StatusMusnah
	case RetensiSerah:
		return StatusPermanen
	}
	return ""
}

// RetensiAksi is one applied retention action: which, when, and the
// number of the berita acara (official minutes) that authorised it.
type RetensiAksi struct {
	ID          int64
	Action      RetensiAction
	BeritaAcara string
	Tanggal     time.Time
	Note        string
	CreatedAt   time.Time
	CreatedBy   string
	BerkasIDs   []int64
}

// Validate checks an action before it is applied.
func (a *RetensiAksi) Validate() error {
	a.BeritaAcara = trim(a.BeritaAcara)
	a.Note = trim(a.Note)
	if !a.Action.Valid() {
		return model.Invalid("aksi", string(a.Action), "error.arsip_aksi")
	}
	if a.BeritaAcara == "" {
		return model.Invalid("berita_acara", "", "error.required")
	}
	if a.Tanggal.IsZero() {
		return model.Invalid("tanggal", "", "error.required")
	}
	if len(a.BerkasIDs) == 0 {
		return model.Invalid("berkas", "", "error.arsip_none_selected")
	}
	return nil
}

func yearStart(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

package aset

import (
	"time"

	"rapi/model"
)

// Kategori is what one scan of a sensus (stock-taking) turned out to be.
type Kategori string

// The categories of a sensus scan and of the assets of a room.
const (
	Ditemukan    Kategori = "ditemukan"     // found: registered in this room and scanned here
	Hilang       Kategori = "hilang"        // missing: in the room's KIR, not scanned
	SalahRuang   Kategori = "salah_ruang"   // misplaced: scanned here, registered in another room (or none)
	TidakDikenal Kategori = "tidak_dikenal" // unknown code, or barang tidak tercatat recorded with a description
	Ganda        Kategori = "ganda"         // the same asset scanned again: flagged, not counted twice
)

// Scan is one scan of a sensus in a room: a label code, or an item
// without a label recorded as barang tidak tercatat (Code empty, with a
// Deskripsi). Kondisi, when set, is the condition found on the spot.
type Scan struct {
	Code      string
	Deskripsi string
	Kondisi   Kondisi
}

// Temuan is an asset found by a scan.
type Temuan struct {
	Aset Aset
	Scan Scan
}

// Koreksi is a condition corrected during the sensus.
type Koreksi struct {
	Aset     Aset
	Dari, Ke Kondisi
}

// Hasil is the result of a room's sensus.
type Hasil struct {
	RuangID      int64
	Ditemukan    []Temuan
	Hilang       []Aset
	SalahRuang   []Temuan // Aset.RuangID says where the register has it
	TidakDikenal []Scan
	Ganda        []Scan
	Koreksi      []Koreksi
}

// Counts are the live figures of a sensus, per category.
func (h Hasil) Counts() map[Kategori]int {
	return map[Kategori]int{Ditemukan: len(h.Ditemukan), Hilang: len(h.Hilang), SalahRuang: len(h.SalahRuang),
		TidakDikenal: len(h.TidakDikenal), Ganda: len(h.Ganda)}
}

// Classify says what a scan in room ruangID is: a is the asset the code
// belongs to (nil when none), seen whether that asset was already scanned
// in this sensus.
func Classify(ruangID int64, a *Aset, seen bool) Kategori {
	switch {
	case a == nil:
		return TidakDikenal
	case seen:
		return Ganda
	case a.RuangID == ruangID:
		return Ditemukan
	}
	return SalahRuang
}

// HitungSensus works out a room's sensus: expected are the assets the
// register has in the room, scans what was scanned there in order, and
// lookup finds the asset of a code (from any room). An asset scanned
// twice counts once, the second scan is listed under Ganda; a scan that
// gives a condition other than the register's is a Koreksi.
func HitungSensus(ruangID int64, expected []Aset, scans []Scan, lookup func(code string) (Aset, bool)) Hasil {
	h := Hasil{RuangID: ruangID}
	seen := map[int64]bool{}
	for _, sc := range scans {
		code := model.NormalizeCode(sc.Code)
		var a *Aset
		if code != "" {
			if found, ok := lookup(code); ok {
				a = &found
			}
		}
		k := Classify(ruangID, a, a != nil && seen[a.ID])
		switch k {
		case TidakDikenal:
			h.TidakDikenal = append(h.TidakDikenal, sc)
			continue
		case Ganda:
			h.Ganda = append(h.Ganda, sc)
			continue
		case Ditemukan:
			h.Ditemukan = append(h.Ditemukan, Temuan{Aset: *a, Scan: sc})
		case SalahRuang:
			h.SalahRuang = append(h.SalahRuang, Temuan{Aset: *a, Scan: sc})
		}
		seen[a.ID] = true
		if sc.Kondisi.Valid() && sc.Kondisi != a.Kondisi {
			h.Koreksi = append(h.Koreksi, Koreksi{Aset: *a, Dari: a.Kondisi, Ke: sc.Kondisi})
		}
	}
	for _, a := range expected {
		if !seen[a.ID] {
			h.Hilang = append(h.Hilang, a)
		}
	}
	return h
}

// Sensus is a stock-taking session: it spans many rooms and days, can be
// paused and resumed on another PC, and changes nothing in the register
// until it is confirmed.
type Sensus struct {
	ID          int64
	Nama        string // "Sensus Semester II 2026"
	OpenedAt    time.Time
	OpenedBy    string
	ConfirmedAt *time.Time
	ConfirmedBy string
	Ruang       int // rooms scanned so far
	Scans       int
}

// Open reports whether the session still takes scans.
func (s Sensus) Open() bool { return s.ConfirmedAt == nil }

// SensusScan is the answer to one scan, at once: what it is and, when the
// code is an asset's, the asset.
type SensusScan struct {
	ID       int64
	Code     string
	Kategori Kategori
	Aset     *Aset
}

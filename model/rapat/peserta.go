package rapat

import (
	"fmt"
	"strings"
	"time"

	"rapi/model"
)

// Kontak is one person in the clerks' contact book, invited to meeting
// after meeting.
type Kontak struct {
	model.Meta
	Nama     string
	NIP      string // 18 digits without spaces; "" for non civil servants
	Jabatan  string
	Pangkat  string // pangkat/golongan: "Pembina, IV/a"
	Instansi string // instansi or unit
	Telepon  string
	Grup     []string // the groups the contact belongs to: "Kepala Biro se-Setda"
}

// Normalize trims what a clerk typed or an import read.
func (k *Kontak) Normalize() {
	for _, p := range []*string{&k.Nama, &k.Jabatan, &k.Pangkat, &k.Instansi, &k.Telepon} {
		*p = strings.Join(strings.Fields(*p), " ")
	}
	k.NIP = model.NormalizeNIP(k.NIP)
	k.Grup = cleanNames(k.Grup)
}

// Validate checks a contact; the error names the field.
func (k *Kontak) Validate() error {
	switch {
	case k.Nama == "":
		return model.Invalid("nama", "", "error.required")
	case k.NIP != "" && !model.ValidNIP(k.NIP):
		return model.Invalid("nip", k.NIP, "error.nip")
	}
	return nil
}

func cleanNames(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range in {
		g = strings.Join(strings.Fields(g), " ")
		if k := strings.ToLower(g); g != "" && !seen[k] {
			seen[k] = true
			out = append(out, g)
		}
	}
	return out
}

// Peserta is one invitee of one meeting (or a walk-in). The person's
// details are copied from the contact when invited, so the meeting's
// papers keep what was true on the day. Code is the check-in code in the
// invitee's QR.
type Peserta struct {
	ID        int64
	RapatID   int64
	Code      string // U-000123 (model.CodeInvitee)
	KontakID  int64  // 0 when typed in or walked in
	Nama      string
	NIP       string
	Jabatan   string
	Pangkat   string
	Instansi  string
	Telepon   string
	MejaUtama bool      // at the head table: gets a name card
	WalkIn    bool      // came without an invitation
	Hadir     time.Time // checked in at; zero: not (yet) present
	HadirOleh string    // the clerk who checked them in
}

// FromKontak is an invitee made from a contact.
func FromKontak(k Kontak) Peserta {
	return Peserta{KontakID: k.ID, Nama: k.Nama, NIP: k.NIP, Jabatan: k.Jabatan,
		Pangkat: k.Pangkat, Instansi: k.Instansi, Telepon: k.Telepon}
}

// Present reports whether the invitee has checked in.
func (p *Peserta) Present() bool { return !p.Hadir.IsZero() }

// Validate checks an invitee typed in or walked in.
func (p *Peserta) Validate() error {
	k := Kontak{Nama: p.Nama, NIP: p.NIP}
	k.Normalize()
	if err := k.Validate(); err != nil {
		return err
	}
	p.Nama, p.NIP = k.Nama, k.NIP
	return nil
}

// SudahHadirError is a second check-in of one invitee: it is refused and
// says when the first one was ("sudah hadir 08.42").
type SudahHadirError struct {
	Nama string
	At   time.Time
}

func (e *SudahHadirError) Error() string {
	return fmt.Sprintf("%s sudah hadir %s", e.Nama, FormatJam(e.At))
}

// CheckIn records the invitee present at now, or refuses a second scan.
func (p *Peserta) CheckIn(now time.Time, clerk string) error {
	if p.Present() {
		return &SudahHadirError{Nama: p.Nama, At: p.Hadir}
	}
	p.Hadir, p.HadirOleh = now, clerk
	return nil
}

// Rekap is the attendance summary of a meeting.
type Rekap struct {
	Diundang int // invited (walk-ins not counted)
	Hadir    int // invited and present
	Absen    int // invited, not present
	WalkIn   int // came without an invitation
}

// Total is everybody present, invited or not.
func (r Rekap) Total() int { return r.Hadir + r.WalkIn }

// Summarize counts the invitees of one meeting.
func Summarize(ps []Peserta) Rekap {
	var r Rekap
	for _, p := range ps {
		switch {
		case p.WalkIn:
			r.WalkIn++
		case p.Present():
			r.Diundang++
			r.Hadir++
		default:
			r.Diundang++
			r.Absen++
		}
	}
	return r
}

// MatchName reports whether a typed name finds the invitee: every word
// typed starts a word of the name, in any case ("budi san" finds "Budi
// Santoso, S.H."). A clerk at the door types a name when there is no QR.
func MatchName(p Peserta, typed string) bool {
	words := strings.Fields(strings.ToLower(typed))
	if len(words) == 0 {
		return false
	}
	name := strings.FieldsFunc(strings.ToLower(p.Nama), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.'
	})
	for _, w := range words {
		if !anyPrefix(name, strings.Trim(w, ",.")) {
			return false
		}
	}
	return true
}

func anyPrefix(words []string, p string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

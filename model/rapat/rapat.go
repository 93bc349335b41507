package rapat

import (
	"strings"
	"time"

	"rapi/model"
)

// Rapat is one meeting or event. Mulai and Selesai are wall-clock times
// in the office's time zone (Zona names it on paper); they are stored as
// they are typed, without converting, because every reader is in the
// same office.
type Rapat struct {
	model.Meta
	Code     string // M-000015 (model.CodeMeeting)
	Acara    string // the title: "Rapat Pimpinan Mingguan"
	Jenis    string // a name from the clerks' list of kinds: "Rapat Pimpinan"
	Mulai    time.Time
	Selesai  time.Time
	Zona     Zona
	Tempat   string // a room's name or an outside venue, as printed
	RuangID  int64  // the room (a place of kind ruang) when it is one of ours; 0 otherwise
	Pimpinan string // pimpinan rapat
	Unit     string // organising unit
	Notulis  string
	Status   Status
	Seri     string // meetings of one series share it; open action items carry over within it
	Catatan  string
	Surat    Surat

	// UndanganDicetak is when the invitations were last printed. Moving
	// the meeting afterwards makes them outdated (UndanganUsang).
	UndanganDicetak time.Time
	UndanganUsang   bool
}

// Surat is what the invitation letter (undangan) needs beyond the meeting
// itself: its number and the official who signs it.
type Surat struct {
	Nomor    string // "005/123/Biro Umum"
	Sifat    string // "Biasa", "Segera", "Penting"
	Lampiran string // "-", "1 (satu) lembar"
	Hal      string // "Undangan Rapat"
	Penanda  Penanda
	Tembusan []string
}

// Penanda is the signature block of a letter or form: jabatan, name,
// pangkat and NIP.
type Penanda struct {
	Jabatan string
	Nama    string
	Pangkat string
	NIP     string
}

// Status is where a meeting stands.
type Status string

// The statuses, in the order a meeting goes through them.
const (
	StatusRencana     Status = "rencana"
	StatusSiap        Status = "siap"
	StatusBerlangsung Status = "berlangsung"
	StatusSelesai     Status = "selesai"
	StatusBatal       Status = "batal"
)

// Statuses lists every status in order.
var Statuses = []Status{StatusRencana, StatusSiap, StatusBerlangsung, StatusSelesai, StatusBatal}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Active reports whether the meeting still needs preparing or running.
func (s Status) Active() bool { return s != StatusSelesai && s != StatusBatal }

// Zona is the Indonesian time zone word printed after every time.
type Zona string

// The three time zones of Indonesia.
const (
	WIB  Zona = "WIB"
	WITA Zona = "WITA"
	WIT  Zona = "WIT"
)

// ParseZona reads "WIB", "wita", "WIT" (default WIB for "").
func ParseZona(s string) (Zona, error) {
	switch z := Zona(strings.ToUpper(strings.TrimSpace(s))); z {
	case "":
		return WIB, nil
	case WIB, WITA, WIT:
		return z, nil
	}
	return "", model.Invalid("zona", s, "error.rapat_zona")
}

// Duration is how long the meeting is planned to last.
func (r *Rapat) Duration() time.Duration { return r.Selesai.Sub(r.Mulai) }

// Normalize trims what a clerk typed and fills the defaults.
func (r *Rapat) Normalize() {
	for _, p := range []*string{&r.Acara, &r.Jenis, &r.Tempat, &r.Pimpinan, &r.Unit, &r.Notulis, &r.Seri, &r.Catatan} {
		*p = strings.Join(strings.Fields(*p), " ")
	}
	if r.Status == "" {
		r.Status = StatusRencana
	}
	if r.Zona == "" {
		r.Zona = WIB
	}
	r.Surat.Penanda.NIP = model.NormalizeNIP(r.Surat.Penanda.NIP)
}

// Validate checks a meeting before it is saved; the error names the field.
func (r *Rapat) Validate() error {
	switch {
	case r.Acara == "":
		return model.Invalid("acara", "", "error.required")
	case r.Mulai.IsZero():
		return model.Invalid("mulai", "", "error.required")
	case !r.Selesai.IsZero() && !r.Selesai.After(r.Mulai):
		return model.Invalid("selesai", FormatJam(r.Selesai), "error.rapat_end_before_start")
	case !r.Status.Valid():
		return model.Invalid("status", string(r.Status), "error.rapat_status")
	case r.Surat.Penanda.NIP != "" && !model.ValidNIP(r.Surat.Penanda.NIP):
		return model.Invalid("nip", r.Surat.Penanda.NIP, "error.nip")
	}
	if _, err := ParseZona(string(r.Zona)); err != nil {
		return err
	}
	return nil
}

// MoveTo puts the meeting at a new start, keeping its length. Everything
// relative to the meeting (checklist due dates, run-down clock times)
// follows because it is stored relative; printed invitations, which are
// not, become outdated.
func (r *Rapat) MoveTo(start time.Time) {
	d := r.Duration()
	r.Mulai = start
	if !r.Selesai.IsZero() {
		r.Selesai = start.Add(d)
	}
	if !r.UndanganDicetak.IsZero() {
		r.UndanganUsang = true
	}
}

// HariTanggal is the date as the papers write it: "Senin, 5 Januari 2026".
func (r *Rapat) HariTanggal() string { return model.FormatDateDay(r.Mulai) }

// Waktu is the time as the papers write it: "08.00 – 10.00 WIB", or
// "08.00 WIB – selesai" when no end is set.
func (r *Rapat) Waktu() string {
	if r.Selesai.IsZero() {
		return FormatJam(r.Mulai) + " " + string(r.Zona) + " – selesai"
	}
	return FormatJam(r.Mulai) + " – " + FormatJam(r.Selesai) + " " + string(r.Zona)
}

// FormatJam writes a clock time the Indonesian way, with a dot: "08.30".
func FormatJam(t time.Time) string { return t.Format("15.04") }

// At is day at the clock time h.m, in day's location.
func At(day time.Time, h, m int) time.Time {
	y, mo, d := day.Date()
	return time.Date(y, mo, d, h, m, 0, 0, day.Location())
}

// DateOnly is t's calendar day at midnight.
func DateOnly(t time.Time) time.Time { return At(t, 0, 0) }

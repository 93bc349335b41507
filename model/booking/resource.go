package booking

import (
	"strings"
	"time"

	"rapi/model"
)

// Jenis is what kind of thing a resource is.
type Jenis string

// The kinds of resource.
const (
	JenisRuang     Jenis = "ruang"     // a room or hall (a place of kind ruang)
	JenisKendaraan Jenis = "kendaraan" // an official vehicle (an asset of the inventaris)
	JenisSopir     Jenis = "sopir"     // a driver
)

// Valid reports whether j is one of the kinds.
func (j Jenis) Valid() bool { return j == JenisRuang || j == JenisKendaraan || j == JenisSopir }

// Resource is something that can be booked. A room points at its place,
// a vehicle at its asset; a driver is a person kept here.
type Resource struct {
	model.Meta
	Jenis     Jenis
	PlaceID   int64    // JenisRuang: the room
	AsetID    int64    // JenisKendaraan: the vehicle in the register
	Code      string   // the room's or vehicle's label code; a driver's own code
	Nama      string   // "Ruang Rapat Lt.2", "Toyota Innova DB 1234 AB", "Pak Darto"
	Kategori  string   // "Ruang Rapat", "Aula", "Minibus"
	Kapasitas int      // people (a room) or seats (a vehicle); 0 = not checked
	Fasilitas []string // "Proyektor", "Sound System", "AC", "Video Conference"
	NIP       string   // a driver's
	Telepon   string   // a driver's
	// Jeda is the buffer kept free between two bookings (cleaning a hall,
	// a car's way back).
	Jeda time.Duration
	// PerluPersetujuan: a booking starts as diajukan and waits for an
	// approver; otherwise it is disetujui at once.
	PerluPersetujuan bool
	// PengajuanBebas: a pending request does not hold the slot (only
	// approved bookings block). Default false: a request blocks.
	PengajuanBebas bool
	Aktif          bool // false: no longer lent at all
}

// Normalize trims what was typed.
func (r *Resource) Normalize() {
	r.Nama = strings.Join(strings.Fields(r.Nama), " ")
	r.Kategori = strings.Join(strings.Fields(r.Kategori), " ")
	r.NIP = model.NormalizeNIP(r.NIP)
	var fs []string
	for _, f := range r.Fasilitas {
		if f = strings.Join(strings.Fields(f), " "); f != "" {
			fs = append(fs, f)
		}
	}
	r.Fasilitas = fs
}

// Validate checks a resource; the error names the field.
func (r *Resource) Validate() error {
	switch {
	case !r.Jenis.Valid():
		return model.Invalid("jenis", string(r.Jenis), "error.booking_jenis")
	case r.Nama == "":
		return model.Invalid("nama", "", "error.required")
	case r.Jenis == JenisRuang && r.PlaceID == 0:
		return model.Invalid("ruang", "", "error.required")
	case r.Jenis == JenisKendaraan && r.AsetID == 0:
		return model.Invalid("kendaraan", "", "error.required")
	case r.Kapasitas < 0:
		return model.Invalid("kapasitas", model.FormatInt(int64(r.Kapasitas)), "error.booking_kapasitas")
	case r.Jeda < 0 || r.Jeda > 24*time.Hour:
		return model.Invalid("jeda", r.Jeda.String(), "error.booking_jeda")
	case r.NIP != "" && !model.ValidNIP(r.NIP):
		return model.Invalid("nip", r.NIP, "error.nip")
	}
	return nil
}

// HasFasilitas reports whether the resource has every facility asked
// for (any case).
func (r *Resource) HasFasilitas(want []string) bool {
	for _, w := range want {
		found := false
		for _, f := range r.Fasilitas {
			if strings.EqualFold(strings.TrimSpace(w), f) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Penutupan closes a resource for a period (renovation, service): it
// refuses bookings that touch it.
type Penutupan struct {
	ID         int64
	ResourceID int64
	Dari       time.Time
	Sampai     time.Time
	Alasan     string
}

// Validate checks a closure.
func (p *Penutupan) Validate() error {
	if p.Dari.IsZero() || !p.Sampai.After(p.Dari) {
		return model.Invalid("sampai", "", "error.booking_range")
	}
	return nil
}

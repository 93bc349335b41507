package arsip

import (
	"rapi/model"
	"strings"
	"time"
)

// Peminjaman is one loan of a file or of a whole box: exactly one of
// BerkasID and BoksID is set. ReturnedAt is nil while the loan is open.
type Peminjaman struct {
	model.Meta
	BerkasID   int64
	BoksID     int64
	Borrower   string // nama peminjam
	NIP        string
	Unit       string
	Clerk      string // petugas on duty
	Tanggal    time.Time
	Due        time.Time // jatuh tempo
	Purpose    string    // keperluan
	ReturnedAt *time.Time
	Condition  string // kondisi on return

	// Filled in by storage when listing.
	Code  string // the code of the file or box lent
	Title string
}

// Open reports whether the loan has not been returned.
func (p Peminjaman) Open() bool { return p.ReturnedAt == nil }

// Overdue reports whether an open loan is past its due date on asOf's day.
func (p Peminjaman) Overdue(asOf time.Time) bool {
	return p.Open() && dateOnly(asOf).After(dateOnly(p.Due))
}

// Validate checks a new loan; the error names the field.
func (p *Peminjaman) Validate() error {
	p.Borrower = trim(p.Borrower)
	p.NIP = model.NormalizeNIP(p.NIP)
	p.Unit = trim(p.Unit)
	p.Clerk = trim(p.Clerk)
	p.Purpose = strings.TrimSpace(p.Purpose)
	switch {
	case (p.BerkasID == 0) == (p.BoksID == 0):
		return model.Invalid("berkas", "", "error.arsip_loan_target")
	case p.Borrower == "":
		return model.Invalid("peminjam", "", "error.required")
	case p.NIP != "" && !model.ValidNIP(p.NIP):
		return model.Invalid("nip", p.NIP, "error.arsip_nip")
	case p.Tanggal.IsZero():
		return model.Invalid("tanggal", "", "error.required")
	case p.Due.IsZero():
		return model.Invalid("jatuh_tempo", "", "error.required")
	case dateOnly(p.Due).Before(dateOnly(p.Tanggal)):
		return model.Invalid("jatuh_tempo", model.FormatDateShort(p.Due), "error.arsip_due_before")
	}
	return nil
}

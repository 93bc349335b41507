package arsip

import (
	"rapi/model"
	"strings"
)

// Boks is an archive box. Its files are where it is: moving the box moves
// them. The classification range, years and count are derived from the
// files inside and filled in by storage when reading.
type Boks struct {
	model.Meta
	Code    string
	Nomor   string // printed number, e.g. "0015"
	PlaceID int64
	Unit    string
	Note    string

	// Derived from the contents when reading; ignored when saving.
	KodeMin, KodeMax       string
	TahunDari, TahunSampai int
	JumlahBerkas           int
	PlacePath              string
	Loan                   *Loan
}

// Label is how the box is named in a place path: "Boks 0015".
func (b *Boks) Label() string {
	if b.Nomor != "" {
		return "Boks " + b.Nomor
	}
	return "Boks " + b.Code
}

// Validate checks a box before it is saved; the error names the field.
func (b *Boks) Validate() error {
	b.Code = model.NormalizeCode(b.Code)
	b.Nomor = trim(b.Nomor)
	b.Unit = trim(b.Unit)
	b.Note = strings.TrimSpace(b.Note)
	switch {
	case b.Code == "":
		return model.Invalid("code", "", "error.required")
	case !model.ValidCode(b.Code):
		return model.Invalid("code", b.Code, "error.code_format")
	case b.Nomor == "":
		return model.Invalid("nomor", "", "error.required")
	}
	return nil
}

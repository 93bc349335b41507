package arsip

import (
	"rapi/model"
	"strconv"
	"strings"
)

// NasibAkhir is the final disposition of a file once its inactive period is over.
type NasibAkhir string

// The dispositions a JRA assigns.
const (
	NasibMusnah   NasibAkhir = "musnah"          // destroy
	NasibPermanen NasibAkhir = "permanen"        // hand over to the provincial archive
	NasibDinilai  NasibAkhir = "dinilai_kembali" // re-appraise
)

// NasibAkhirs lists the dispositions in the order a clerk picks them.
var NasibAkhirs = []NasibAkhir{NasibMusnah, NasibPermanen, NasibDinilai}

// Valid reports whether n is a known disposition.
func (n NasibAkhir) Valid() bool {
	for _, x := range NasibAkhirs {
		if x == n {
			return true
		}
	}
	return false
}

// Label is the disposition as the JRA writes it.
func (n NasibAkhir) Label() string {
	switch n {
	case NasibMusnah:
		return "Musnah"
	case NasibPermanen:
		return "Permanen"
	case NasibDinilai:
		return "Dinilai Kembali"
	}
	return string(n)
}

// ParseNasibAkhir reads a disposition as written in a JRA or a register.
func ParseNasibAkhir(s string) (NasibAkhir, bool) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch t {
	case "musnah", "m":
		return NasibMusnah, true
	case "permanen", "p", "serah", "diserahkan":
		return NasibPermanen, true
	case "dinilai kembali", "dinilai_kembali", "dinilai", "dk":
		return NasibDinilai, true
	}
	return "", false
}

// JRA is one line of the Jadwal Retensi Arsip: how many years a file stays
// active (in the office) and inactive (in the records centre), what happens
// to it then, and, when the count starts at an event rather than at the
// file's closing year, the text naming that event ("2 tahun setelah tidak
// berlaku"). A trigger means the dates cannot be computed from the year.
type JRA struct {
	Aktif   int
	Inaktif int
	Nasib   NasibAkhir
	Trigger string
}

// Validate checks a JRA; the error names the field.
func (j *JRA) Validate() error {
	j.Trigger = strings.TrimSpace(j.Trigger)
	if j.Aktif < 0 || j.Aktif > 100 {
		return model.Invalid("retensi_aktif", strconv.Itoa(j.Aktif), "error.arsip_years")
	}
	if j.Inaktif < 0 || j.Inaktif > 100 {
		return model.Invalid("retensi_inaktif", strconv.Itoa(j.Inaktif), "error.arsip_years")
	}
	if !j.Nasib.Valid() {
		return model.Invalid("nasib_akhir", string(j.Nasib), "error.arsip_nasib")
	}
	return nil
}

// Klasifikasi is one classification code (Permendagri 83/2022) with its
// name and retention. Review marks a code that came from an import or an
// old register and is not in the official list: an admin should check it.
type Klasifikasi struct {
	model.Meta
	Code   string
	Name   string
	JRA    JRA
	Review bool
	Note   string
}

// ValidKlasifikasiCode reports whether s is a well-formed classification
// code: three digits, then up to three more levels of ".digits"
// ("000", "000.1", "000.1.7.2").
func ValidKlasifikasiCode(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) > 4 || len(parts[0]) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 {
			return false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// NormalizeKlasifikasiCode trims what was typed and turns commas and
// spaces around the dots into the dotted form ("000 . 1,5" -> "000.1.5").
func NormalizeKlasifikasiCode(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	return strings.Join(strings.Fields(s), "")
}

// KlasifikasiParent is the code one level up ("000.1.5" -> "000.1"), or
// "" for a top-level code.
func KlasifikasiParent(code string) string {
	i := strings.LastIndexByte(code, '.')
	if i < 0 {
		return ""
	}
	return code[:i]
}

// KlasifikasiLevel is 1 for "000", 2 for "000.1", and so on.
func KlasifikasiLevel(code string) int { return strings.Count(code, ".") + 1 }

// Validate checks a classification before it is saved.
func (k *Klasifikasi) Validate() error {
	k.Code = NormalizeKlasifikasiCode(k.Code)
	k.Name = strings.TrimSpace(k.Name)
	k.Note = strings.TrimSpace(k.Note)
	if !ValidKlasifikasiCode(k.Code) {
		return model.Invalid("kode_klasifikasi", k.Code, "error.arsip_klasifikasi_format")
	}
	if k.Name == "" {
		return model.Invalid("nama", "", "error.required")
	}
	return k.JRA.Validate()
}

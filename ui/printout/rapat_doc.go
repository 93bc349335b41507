package printout

import (
	"bytes"
	"io"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/label"
	"rapi/model/rapat"
	"rapi/ui/paper"
)

// The papers of a meeting, all printed from one rapat.Lengkap snapshot:
// the invitation, the run-down, the attendance sheet, the name cards for
// the head table, the minutes and the preparation checklist. They are
// official documents, so they are always in Indonesian.

// RapatKind names one paper of a meeting; the values are rapictl's words.
type RapatKind string

// The papers of a meeting.
const (
	RapatUndangan    RapatKind = "undangan"
	RapatSusunan     RapatKind = "susunan-acara"
	RapatDaftarHadir RapatKind = "daftar-hadir"
	RapatNotulen     RapatKind = "notulen"
	RapatPapanNama   RapatKind = "papan-nama"
	RapatChecklist   RapatKind = "checklist"
)

// RapatKinds lists the papers in menu order.
var RapatKinds = []RapatKind{RapatUndangan, RapatSusunan, RapatDaftarHadir, RapatNotulen, RapatPapanNama, RapatChecklist}

// ParseRapatKind reads a paper's name as rapictl and the screens give it.
func ParseRapatKind(s string) (RapatKind, error) {
	k := RapatKind(strings.ToLower(strings.TrimSpace(s)))
	for _, v := range RapatKinds {
		if k == v {
			return k, nil
		}
	}
	return "", model.Invalid("dokumen_rapat", s, "error.rapat_paper_kind")
}

// RapatDoc is one paper of one meeting with what it is printed from.
type RapatDoc struct {
	Kind        RapatKind
	Rapat       rapat.Lengkap
	Institution model.Institution // the letterhead
	// Undangan: one letter per invitee (addressed to each, with the
	// invitee's check-in QR when QR is set), or one letter with the
	// distribution list attached.
	PerPeserta bool
	QR         bool
	Kota       string    // the place the letter is dated at; "" reads it from the address
	Tanggal    time.Time // the letter's date; zero: today
	// Blank is how many empty rows the daftar hadir adds after the
	// invitees (walk-ins, or a sheet with no invitees yet).
	Blank int
	Now   time.Time // the checklist's "late" marks; zero: now
}

// WriteRapatDocPDF lays the paper out on p (A4, or F4) and writes it as
// a PDF to w. Nothing is written when the paper cannot be made.
func WriteRapatDocPDF(w io.Writer, d RapatDoc, p label.Paper) error {
	p = a4Default(p)
	var f *flow
	var err error
	switch d.Kind {
	case RapatUndangan:
		f, err = undangan(d, p)
	case RapatSusunan:
		f, err = susunanAcara(d, p)
	case RapatDaftarHadir:
		f, err = daftarHadir(d, p)
	case RapatNotulen:
		f, err = notulen(d, p)
	case RapatPapanNama:
		f, err = papanNama(d, p)
	case RapatChecklist:
		f, err = checklist(d, p)
	default:
		_, err = ParseRapatKind(string(d.Kind))
	}
	if err != nil {
		return err
	}
	if d.Kind != RapatPapanNama && d.Kind != RapatUndangan { // a card or a letter is one sheet each
		f.sh.NumberPages()
	}
	var buf bytes.Buffer
	if err := f.sh.Write(&buf); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// formHead is the title and the meeting's fields at the top of a form;
// the daftar hadir repeats it on every page.
func formHead(f *flow, title string, r *rapat.Rapat, more ...field) {
	f.text(title, txt{size: 13, bold: true, align: paper.Center})
	f.gap(3)
	list := []field{{"Acara", r.Acara}, {"Hari/Tanggal", r.HariTanggal()}, {"Waktu", r.Waktu()},
		{"Tempat", r.Tempat}, {"Pimpinan Rapat", r.Pimpinan}}
	f.fields(append(list, more...), 0, 32, txt{size: 10})
	f.gap(3)
}

// dash is what an empty field prints, so a blank is seen as meant.
func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

// penanda is a signature block under date and jabatan: name, pangkat and
// NIP, with dotted lines to write on while the name is not known.
func penanda(p rapat.Penanda, date string) paper.Signature {
	jabatan := p.Jabatan
	if jabatan == "" {
		jabatan = blankNIP // a dotted line to write the jabatan on
	}
	sig := signer(model.Signer{Nama: p.Nama, NIP: p.NIP}, false, date, "", jabatan)
	if p.Nama != "" {
		sig.Rank = p.Pangkat
	}
	return sig
}

// pesertaByName finds the invitee a meeting's role (chair, notulis) names,
// for the NIP and jabatan of a signature block.
func pesertaByName(l *rapat.Lengkap, name string) (rapat.Peserta, bool) {
	for _, p := range l.Peserta {
		if name != "" && strings.EqualFold(p.Nama, name) {
			return p, true
		}
	}
	return rapat.Peserta{}, false
}

package model

import "strings"

// Institution holds the header lines printed on top of every form, e.g.
// "PEMERINTAH PROVINSI BANTEN / SEKRETARIAT DAERAH / BIRO UMUM", and the
// address line below them. It is shared by every PC on the database.
type Institution struct {
	Lines   []string
	Address string
}

// ParseHeaderLines splits what a clerk typed (one line per line, or
// separated by " / ") into trimmed, non-empty header lines.
func ParseHeaderLines(s string) []string {
	s = strings.ReplaceAll(s, "\r", "")
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for _, part := range strings.Split(line, " / ") {
			if p := strings.TrimSpace(part); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Signer is a person whose name and NIP are printed under a signature
// line: the Pengurus Barang, the head of the unit, a room's penanggung
// jawab. The NIP is kept without spaces; Jabatan may be empty.
type Signer struct {
	Nama    string
	NIP     string
	Jabatan string
}

// Normalize trims the text and writes the NIP without spaces.
func (p *Signer) Normalize() {
	p.Nama = strings.Join(strings.Fields(p.Nama), " ")
	p.NIP = NormalizeNIP(p.NIP)
	p.Jabatan = strings.Join(strings.Fields(p.Jabatan), " ")
}

// Validate normalizes p and checks it; the error names nameField or
// nipField. A NIP or jabatan with no name is refused: it would print
// under an empty line.
func (p *Signer) Validate(nameField, nipField string) error {
	p.Normalize()
	if p.NIP != "" && !ValidNIP(p.NIP) {
		return Invalid(nipField, p.NIP, "error.aset_nip")
	}
	if p.Nama == "" && (p.NIP != "" || p.Jabatan != "") {
		return Invalid(nameField, "", "error.required")
	}
	return nil
}

// AsetSigners are who sign the inventaris papers (KIB, KIR, Buku
// Inventaris, BAST, BA Sensus): the Pengurus Barang and the head of the
// unit (Kepala unit / Pengguna Barang), who signs "Mengetahui".
type AsetSigners struct {
	Pengurus Signer
	Kepala   Signer
}

// Validate checks both signers; the error names the field.
func (s *AsetSigners) Validate() error {
	if err := s.Pengurus.Validate("pengurus_nama", "pengurus_nip"); err != nil {
		return err
	}
	return s.Kepala.Validate("kepala_nama", "kepala_nip")
}

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

package booking

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapi/model/booking"
	"rapi/ui/kit"
)

// Every key the booking screens pass to lang.L, every field label an
// error may name and every status has its text in both languages.
func TestBookingWordsTranslated(t *testing.T) {
	re := regexp.MustCompile(`(?:lang\.L|\bLn|\bT|\bitem|\brow|AskForm)\("([a-z0-9_]+\.[a-z0-9_.\-]+)"(?:,\s*"([a-z0-9_]+\.[a-z0-9_.\-]+)")?`)
	files, _ := filepath.Glob("*.go")
	for _, code := range kit.Languages {
		msgs, err := kit.Messages(code)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range bookFields {
			if msgs["bookui.f."+f] == "" {
				t.Errorf("%s: field %q has no label", code, f)
			}
		}
		for _, s := range booking.Statuses {
			if msgs["bookui.status."+string(s)] == "" {
				t.Errorf("%s: status %q has no name", code, s)
			}
		}
		for _, j := range []booking.Jenis{booking.JenisRuang, booking.JenisKendaraan, booking.JenisSopir} {
			if msgs["bookui.jenis."+string(j)] == "" {
				t.Errorf("%s: kind %q has no name", code, j)
			}
		}
		for _, u := range ulangs[1:] {
			if msgs["bookui.ulang."+string(u)] == "" {
				t.Errorf("%s: repeat %q has no name", code, u)
			}
		}
		for _, f := range files {
			src, _ := os.ReadFile(f)
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				for _, key := range m[1:] {
					if _, ok := msgs[key]; key != "" && !strings.HasSuffix(key, ".") && !ok {
						t.Errorf("%s: %s uses %q, which has no translation", code, f, key)
					}
				}
			}
		}
	}
}

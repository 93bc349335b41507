package impor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapi/storage"
)

// writeCSV saves a staff list as the clerks export it from Excel.
func writeCSV(t *testing.T, path string, lines ...string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A staff list with a bad NIP is refused whole, naming the row; fixed, it
// previews, imports into the group typed, and the contacts are there.
func TestKontakWizardAllOrNothing(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	path := filepath.Join(t.TempDir(), "pegawai.csv")
	head := "No,Nama Pegawai,NIP,Jabatan,Unit Kerja"
	writeCSV(t, path, head, "1,Budi Santoso,198503122010011002,Kepala Bagian,Biro Umum", "2,Siti Rahayu,1985,Kepala Subbagian,Biro Umum")
	w := newKontakWizard(a)
	a.win.SetContent(w.content)
	w.grup.SetText("Eselon III Biro Umum")
	w.setFile(path)
	if w.rep == nil || w.rep.Rejected != 1 || !strings.Contains(w.problems.Text, "3") || !w.importBtn.Disabled() {
		t.Fatalf("a bad NIP should block the import and name its row: %q %q", w.summary.Text, w.problems.Text)
	}
	writeCSV(t, path, head, "1,Budi Santoso,198503122010011002,Kepala Bagian,Biro Umum",
		"2,Siti Rahayu,198703142011012003,Kepala Subbagian,Biro Umum")
	w.read(true)
	if w.importBtn.Disabled() || !strings.Contains(w.summary.Text, "2 baru") {
		t.Fatalf("the fixed file previews: %q", w.summary.Text)
	}
	w.importBtn.OnTapped()
	ks, err := a.store.Kontaks(context.Background(), storage.KontakFilter{Grup: "Eselon III Biro Umum"})
	if err != nil || len(ks) != 2 || !strings.Contains(w.summary.Text, "Selesai: 2 baru") {
		t.Fatalf("imported %d into the group (%v): %q", len(ks), err, w.summary.Text)
	}
}

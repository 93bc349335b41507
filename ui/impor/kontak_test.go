package impor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/model/rapat"
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

// The attendance of a meeting is written to a workbook with who came.
func TestExportHadirWritesTheWorkbook(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	r := rapat.Rapat{Acara: "Rapat Pimpinan", Mulai: time.Date(2026, 12, 3, 9, 0, 0, 0, time.Local)}
	r.Normalize()
	mustOK(t, a.store.CreateRapat(ctx, &r, storage.RapatFrom{}))
	p := rapat.Peserta{Nama: "Ir. Wayan Sudarsana", WalkIn: true}
	mustOK(t, a.store.AddPeserta(ctx, r.ID, &p))
	path := filepath.Join(t.TempDir(), "hadir.xlsx")
	writeHadir(a, path, r.ID)
	f, err := excelize.OpenFile(path)
	mustOK(t, err)
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	mustOK(t, err)
	found := false
	for _, row := range rows {
		found = found || strings.Contains(strings.Join(row, "|"), "Ir. Wayan Sudarsana")
	}
	if !found {
		t.Errorf("the walk-in is not in the workbook: %q", rows)
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

package storage

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

// soakWorker plays one PC in the soak (see soak_test.go): it makes n
// changes of mixed kinds through the real storage functions and prints one
// line per change only after the call that commits it has returned.
type soakWorker struct {
	s     *Store
	name  string
	boxes []int64
	own   []arsip.Berkas     // files this worker made, as last saved
	loans []arsip.Peminjaman // its open loans
	seq   int
}

// TestSoakWorker is not a test on its own: the soak starts the test binary
// again with RAPI_SOAK_DB set, and this is then one writer process.
func TestSoakWorker(t *testing.T) {
	path := os.Getenv("RAPI_SOAK_DB")
	if path == "" {
		t.Skip("soak writer process only")
	}
	n, _ := strconv.Atoi(os.Getenv("RAPI_SOAK_N"))
	w := &soakWorker{name: os.Getenv("RAPI_SOAK_NAME"), boxes: splitIDs(os.Getenv("RAPI_SOAK_BOXES"))}
	var err error
	if w.s, err = Open(ctx, path, Options{}); err != nil {
		fmt.Println("ERR open", err)
		os.Exit(1)
	}
	defer w.s.Close()
	w.s.SetActor(model.Actor{Login: w.name, Name: w.name})
	for i := 0; i < n; i++ {
		w.step()
	}
}

func (w *soakWorker) step() {
	w.seq++
	start := time.Now()
	op, line, err := w.change()
	us := time.Since(start).Microseconds()
	switch {
	case err == nil:
		fmt.Printf("ACK %d %s %s\n", us, op, line)
	case errors.Is(err, model.ErrBusy):
		fmt.Printf("BUSY %s %v\n", op, err)
	default:
		fmt.Printf("ERR %s %v\n", op, err)
	}
}

// change picks the next change: a new file while it has few, otherwise a
// mix of edits, moves, loans and returns, and bare code allocations.
func (w *soakWorker) change() (op, line string, err error) {
	r := rand.IntN(10)
	switch {
	case len(w.own) < 3 || r < 2:
		return w.create()
	case r < 4:
		return w.edit(false)
	case r < 6:
		return w.edit(true)
	case r < 8 && len(w.loans) > 0:
		return w.giveBack()
	case r < 8:
		return w.lend()
	case r < 9:
		code, err := w.s.AllocateCode(ctx, model.CodeBoks)
		return "code", code, err
	default:
		return w.importCSV()
	}
}

// importCSV imports a register of two new files, as a clerk does with a
// small spreadsheet: one transaction for both, or neither.
func (w *soakWorker) importCSV() (string, string, error) {
	num, _ := strconv.Atoi(w.name[1:])
	a, b := fmt.Sprintf("%s-i%da", w.name, w.seq), fmt.Sprintf("%s-i%db", w.name, w.seq)
	csv := fmt.Sprintf("Kode Klasifikasi;Nomor Berkas;Uraian Informasi Berkas;Kurun Waktu\n000.1.5;%d;%s;2024\n000.1.5;%d;%s;2024\n",
		num*100000+2*w.seq, a, num*100000+2*w.seq+1, b)
	// In the soak's own folder: a writer killed here leaves its file behind.
	file := filepath.Join(os.Getenv("RAPI_SOAK_TMP"), fmt.Sprintf("register-%s-%d.csv", w.name, w.seq))
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		return "import", "", err
	}
	defer os.Remove(file)
	rep, err := w.s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err == nil && rep.Created != 2 {
		err = fmt.Errorf("import created %d files, want 2", rep.Created)
	}
	return "import", a + " " + b, err
}

func (w *soakWorker) create() (string, string, error) {
	b := arsip.Berkas{KodeKlasifikasi: "000.1.5", Uraian: fmt.Sprintf("%s-c%d", w.name, w.seq), TahunSampai: 2024,
		UnitPengolah: "Bagian Umum"}
	if err := w.s.CreateBerkas(ctx, &b); err != nil {
		return "create", "", err
	}
	w.own = append(w.own, b)
	return "create", fmt.Sprintf("%d %s %d %s %d", b.ID, b.Code, b.Version, b.Uraian, b.BoksID), nil
}

// edit changes the title, or moves the file to another box, saving with
// the version it last saw (optimistic locking is part of what is soaked).
func (w *soakWorker) edit(move bool) (string, string, error) {
	i := rand.IntN(len(w.own))
	b := w.own[i]
	op := "edit"
	if move {
		op, b.BoksID = "move", w.boxes[rand.IntN(len(w.boxes))]
	} else {
		b.Uraian = fmt.Sprintf("%s-e%d", w.name, w.seq)
	}
	if err := w.s.UpdateBerkas(ctx, &b); err != nil {
		return op, "", err
	}
	w.own[i] = b
	return op, fmt.Sprintf("%d %s %d %s %d", b.ID, b.Code, b.Version, b.Uraian, b.BoksID), nil
}

func (w *soakWorker) lend() (string, string, error) {
	b := w.own[rand.IntN(len(w.own))]
	for _, l := range w.loans {
		if l.BerkasID == b.ID {
			return w.giveBack()
		}
	}
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p := arsip.Peminjaman{BerkasID: b.ID, Borrower: "Peminjam " + w.name, Tanggal: day, Due: day.AddDate(0, 0, 7)}
	if err := w.s.LendArsip(ctx, &p); err != nil {
		return "lend", "", err
	}
	w.loans = append(w.loans, p)
	return "lend", fmt.Sprintf("%d %d", p.ID, b.ID), nil
}

func (w *soakWorker) giveBack() (string, string, error) {
	p := w.loans[0]
	if err := w.s.ReturnArsip(ctx, p.ID, p.Version, time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), "baik"); err != nil {
		return "return", "", err
	}
	w.loans = w.loans[1:]
	return "return", strconv.FormatInt(p.ID, 10), nil
}

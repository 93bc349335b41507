package main

import (
	"errors"
	"fmt"
	"os"

	"rapi/model"
	"rapi/storage"
)

// cmdImportKlasifikasi is "rapictl import klasifikasi FILE": a list of
// classification codes with their JRA, all or nothing, with the admin
// PIN when one is set. The last line on stdout counts what happened.
func cmdImportKlasifikasi(e *env, args []string) error {
	fs := e.flags("import klasifikasi")
	sheetName := fs.String("sheet", "", "sheet name (default: the active sheet)")
	dry := fs.Bool("dry-run", false, "read, check and count without writing")
	pin := fs.String("pin", os.Getenv("RAPI_PIN"), "admin PIN, needed once one is set (default $RAPI_PIN)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("import klasifikasi FILE [--sheet NAME] [--dry-run] [--pin PIN]: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.ImportKlasifikasi(e.ctx, pos[0], storage.ImportKlasifikasiOptions{Sheet: *sheetName, DryRun: *dry, PIN: *pin})
	if errors.Is(err, model.ErrPIN) {
		return errors.New("PIN admin salah atau belum diisi (--pin)")
	}
	if err != nil {
		return err
	}
	tr := translator()
	for _, p := range rep.Read.Problems {
		fmt.Fprintln(e.stderr, p.Message(tr))
	}
	c, u, n := rep.Created, rep.Updated, rep.Unchanged
	if !rep.OK() && !*dry {
		fmt.Fprintf(e.stderr, "tidak ada yang disimpan (tanpa baris ditolak akan: dibuat %d, diubah %d, tetap %d)\n", c, u, n)
		c, u, n = 0, 0, 0
	}
	fmt.Fprintf(e.stdout, "created %d, updated %d, unchanged %d, rejected %d\n", c, u, n, rep.Rejected)
	if !rep.OK() {
		return fmt.Errorf("%d baris ditolak, tidak ada yang disimpan", max(rep.Rejected, len(rep.Read.Problems)))
	}
	return nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"rapi/model"
	"rapi/storage"
)

// importCodeList is the command of a code list import (klasifikasi, kode
// barang): FILE [--sheet NAME] [--dry-run] [--pin PIN], all or nothing,
// with the admin PIN when one is set; problems go to stderr and the last
// line on stdout counts what happened, as with the other imports.
func importCodeList(e *env, name string, args []string,
	run func(s *storage.Store, ctx context.Context, file string, opt storage.ImportCodeListOptions) (*storage.ImportCodeListReport, error)) error {
	fs := e.flags(name)
	sheetName := fs.String("sheet", "", "sheet name (default: the active sheet)")
	dry := fs.Bool("dry-run", false, "read, check and count without writing")
	pin := fs.String("pin", os.Getenv("RAPI_PIN"), "admin PIN, needed once one is set (default $RAPI_PIN)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%s FILE [--sheet NAME] [--dry-run] [--pin PIN]: %w", name, errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := run(s, e.ctx, pos[0], storage.ImportCodeListOptions{Sheet: *sheetName, DryRun: *dry, PIN: *pin})
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

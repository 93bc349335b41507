package main

import (
	"errors"
	"fmt"
	"os"

	"rapi/model"
	"rapi/storage"
)

func init() {
	register(command{"kodebarang", "import FILE [--sheet NAME] [--dry-run] [--pin PIN]: import the province's kode barang list (all or nothing); " +
		"lokasi [KODE --pin PIN]: show or set the institution's kode lokasi", cmdKodeBarang})
}

func cmdKodeBarang(e *env, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return cmdImportKodeBarang(e, args[1:])
	}
	if len(args) > 0 && args[0] == "lokasi" {
		return cmdKodeLokasi(e, args[1:])
	}
	return fmt.Errorf("kodebarang import FILE | kodebarang lokasi [KODE]: %w", errUsage)
}

// cmdImportKodeBarang is "rapictl kodebarang import FILE", with the same
// last line as the other imports.
func cmdImportKodeBarang(e *env, args []string) error {
	fs := e.flags("kodebarang import")
	sheetName := fs.String("sheet", "", "sheet name (default: the active sheet)")
	dry := fs.Bool("dry-run", false, "read, check and count without writing")
	pin := fs.String("pin", os.Getenv("RAPI_PIN"), "admin PIN, needed once one is set (default $RAPI_PIN)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("kodebarang import FILE [--sheet NAME] [--dry-run] [--pin PIN]: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.ImportKodeBarang(e.ctx, pos[0], storage.ImportKodeBarangOptions{Sheet: *sheetName, DryRun: *dry, PIN: *pin})
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
	ok := rep.Read.OK()
	if !ok {
		c, u, n = 0, 0, 0
	}
	fmt.Fprintf(e.stdout, "created %d, updated %d, unchanged %d, rejected %d\n", c, u, n, rep.Rejected)
	if !ok {
		return fmt.Errorf("%d baris ditolak, tidak ada yang disimpan", max(rep.Rejected, len(rep.Read.Problems)))
	}
	return nil
}

func cmdKodeLokasi(e *env, args []string) error {
	fs := e.flags("kodebarang lokasi")
	pin := fs.String("pin", os.Getenv("RAPI_PIN"), "admin PIN, needed once one is set (default $RAPI_PIN)")
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) > 1 {
		return fmt.Errorf("kodebarang lokasi [KODE --pin PIN]: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if len(pos) == 1 {
		if err := s.SetKodeLokasi(e.ctx, pos[0], *pin); err != nil {
			return err
		}
	}
	k, err := s.KodeLokasi(e.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, k)
	return nil
}

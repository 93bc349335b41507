package main

import (
	"fmt"
	"os"

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

// cmdImportKodeBarang is "rapictl kodebarang import FILE" (see importCodeList).
func cmdImportKodeBarang(e *env, args []string) error {
	return importCodeList(e, "kodebarang import", args, (*storage.Store).ImportKodeBarang)
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

package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"rapi/storage"
)

// rapictl export aset FILE.xlsx --list kib-a..kib-f|kir|buku-inventaris|mutasi [--ruang CODE].
// cmdExport (sheet.go) hands "export aset" here.
func cmdExportAset(e *env, args []string) error {
	names := asetPrintNames()
	fs := e.flags("export")
	list := fs.String("list", "kib-b", strings.Join(names, "|"))
	ruang := fs.String("ruang", "", "the KIR's room (or, for a KIB, a place to narrow to): its label code")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("export aset FILE.xlsx [--list %s] [--ruang CODE]: %w", strings.Join(names, "|"), errUsage)
	}
	l := storage.AsetPaperList(strings.ToLower(*list))
	if !slices.Contains(names, string(l)) {
		return fmt.Errorf("--list %q: one of %s: %w", *list, strings.Join(names, ", "), errUsage)
	}
	if l == storage.ListKIR && *ruang == "" {
		return fmt.Errorf("a KIR is made per room: give --ruang CODE: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	opt := storage.AsetListOptions{List: l, AsOf: time.Now()}
	if *ruang != "" {
		if opt.RuangID, err = placeByCode(e, s, *ruang); err != nil {
			return err
		}
	}
	out := pos[0]
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	n, err := s.ExportAsetList(e.ctx, f, opt)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d baris ditulis ke %s\n", n, out)
	return nil
}

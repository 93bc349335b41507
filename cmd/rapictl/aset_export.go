package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"rapi/model/value"
	"rapi/storage"
)

// rapictl export aset FILE.xlsx --list kib-a..kib-f|kir|buku-inventaris|mutasi [--ruang CODE]
// [--from DATE --to DATE] (the mutasi's period).
// cmdExport (sheet.go) hands "export aset" here.
func cmdExportAset(e *env, args []string) error {
	names := asetPrintNames()
	fs := e.flags("export")
	list := fs.String("list", "kib-b", strings.Join(names, "|"))
	ruang := fs.String("ruang", "", "the KIR's room (or, for a KIB, a place to narrow to): its label code")
	var per periodFlags
	per.register(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("export aset FILE.xlsx [--list %s] [--ruang CODE] [--from DATE --to DATE]: %w", strings.Join(names, "|"), errUsage)
	}
	l := storage.AsetPaperList(strings.ToLower(*list))
	if !slices.Contains(names, string(l)) {
		return fmt.Errorf("--list %q: one of %s: %w", *list, strings.Join(names, ", "), errUsage)
	}
	if l == storage.ListKIR && *ruang == "" {
		return fmt.Errorf("a KIR is made per room: give --ruang CODE: %w", errUsage)
	}
	if err := per.check(l); err != nil {
		return err
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	opt := storage.AsetListOptions{List: l, AsOf: time.Now(), From: per.from, To: per.to}
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

// periodFlags are --from and --to, the period of the mutasi list, dates
// written as clerks write them ("1 April 2025", "01/04/2025",
// "2025-04-01"); unset, the period is the year so far, as in the GUI.
type periodFlags struct{ from, to time.Time }

func (p *periodFlags) register(fs *flag.FlagSet) {
	fs.Func("from", "mutasi: first day of the period (default: 1 January of this year)", dateFlag(&p.from))
	fs.Func("to", "mutasi: last day of the period (default: today)", dateFlag(&p.to))
}

func dateFlag(dst *time.Time) func(string) error {
	return func(v string) error {
		t, err := value.ParseDate(v)
		if err != nil {
			return errors.New("not a date: write e.g. 01/04/2025 or 1 April 2025")
		}
		*dst = t
		return nil
	}
}

// check refuses a period on a list that has none, or one that ends
// before it starts.
func (p periodFlags) check(l storage.AsetPaperList) error {
	switch {
	case (!p.from.IsZero() || !p.to.IsZero()) && l != storage.ListMutasi:
		return fmt.Errorf("--from and --to are the period of the mutasi list: %w", errUsage)
	case !p.from.IsZero() && !p.to.IsZero() && p.to.Before(p.from):
		return fmt.Errorf("--to %s is before --from %s: %w", p.to.Format("02/01/2006"), p.from.Format("02/01/2006"), errUsage)
	}
	return nil
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"

	"rapi/storage"
	"rapi/ui/paper"
	"rapi/ui/printout"
)

// The asset lists on paper: rapictl print kib-a..kib-f|kir|buku-inventaris|mutasi.
// cmdPrint (print_arsip.go) hands them here.

func asetPrintNames() []string {
	out := make([]string, len(printout.AsetLists))
	for i, l := range printout.AsetLists {
		out[i] = string(l)
	}
	return out
}

// asetPrintList is the asset list args ask for, "" when they name none.
func asetPrintList(args []string) string {
	for _, a := range args {
		if slices.Contains(asetPrintNames(), strings.ToLower(a)) {
			return strings.ToLower(a)
		}
	}
	return ""
}

func cmdPrintAset(e *env, args []string) error {
	fs := e.flags("print")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "", "a4 or f4 (the KIR defaults to a4, the other lists to f4)")
	portrait := fs.Bool("portrait", false, "portrait pages (the lists are landscape)")
	fs.Bool("landscape", false, "landscape pages (the default)")
	ruang := fs.String("ruang", "", "the room of a KIR: its label code")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return fmt.Errorf("print %s --out FILE.pdf [--ruang CODE] [--paper a4|f4]: %w", strings.Join(asetPrintNames(), "|"), errUsage)
	}
	pp, err := printPaper(*paperName)
	if err != nil {
		return err
	}
	list := storage.AsetPaperList(strings.ToLower(pos[0]))
	if list == storage.ListKIR && *ruang == "" {
		return fmt.Errorf("a KIR is printed per room: give --ruang CODE: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	opt := printout.AsetOptions{List: list, Paper: pp, Portrait: *portrait, AsOf: timeNow()}
	if *ruang != "" {
		if opt.RuangID, err = placeByCode(e, s, *ruang); err != nil {
			return err
		}
	}
	spec, rows, err := printout.AsetForm(e.ctx, s, opt)
	if err != nil {
		return err
	}
	n := 0
	for range rows {
		n++
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, rows); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %s, %d rows\n", *out, spec.Title, n)
	return nil
}

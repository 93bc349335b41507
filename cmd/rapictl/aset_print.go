package main

import (
	"fmt"
	"slices"
	"strings"

	"rapi/storage"
	"rapi/ui/printout"
)

// The asset lists on paper: rapictl print kib-a..kib-f|kir|buku-inventaris|mutasi.
// cmdPrint (print_arsip.go) hands them here.

// The berita acara print with the lists.
const (
	printBAST     = "bast"      // --aset CODE ...: handing assets to their holder
	printBASensus = "ba-sensus" // [--sensus ID]: the latest session by default
)

func asetPrintNames() []string {
	out := make([]string, len(printout.AsetLists))
	for i, l := range printout.AsetLists {
		out[i] = string(l)
	}
	return out
}

func asetPrintAll() []string { return append(asetPrintNames(), printBAST, printBASensus) }

// asetPrintList is the asset list args ask for, "" when they name none.
func asetPrintList(args []string) string {
	for _, a := range args {
		if slices.Contains(asetPrintAll(), strings.ToLower(a)) {
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
	allRooms := fs.Bool("all", false, "kir: the KIR of every room that holds assets, one PDF")
	var codes multi
	fs.Var(&codes, "aset", "bast: an asset's label code (repeatable; all to the first one's holder)")
	sensusID := fs.Int64("sensus", 0, "ba-sensus: the session (default: the latest)")
	var per periodFlags
	per.register(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return fmt.Errorf("print %s --out FILE.pdf [--ruang CODE|--all] [--aset CODE] [--sensus ID] [--from DATE --to DATE] [--paper a4|f4]: %w",
			strings.Join(asetPrintAll(), "|"), errUsage)
	}
	pp, err := printPaper(*paperName)
	if err != nil {
		return err
	}
	list := storage.AsetPaperList(strings.ToLower(pos[0]))
	if !slices.Contains(asetPrintAll(), string(list)) {
		return fmt.Errorf("LIST must be one of %s: %w", strings.Join(asetPrintAll(), ", "), errUsage)
	}
	if list == storage.ListKIR && (*ruang == "") == !*allRooms {
		return fmt.Errorf("a KIR is printed per room: give --ruang CODE, or --all for every room: %w", errUsage)
	}
	if err := per.check(list); err != nil {
		return err
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	var doc printout.AsetDoc
	switch list {
	case printBAST:
		if len(codes) == 0 {
			return fmt.Errorf("a BAST needs --aset CODE: %w", errUsage)
		}
		doc.BAST = &printout.BASTOptions{Codes: codes, Paper: pp, AsOf: timeNow()}
	case printBASensus:
		doc.Sensus = &printout.BASensusOptions{SensusID: *sensusID, Paper: pp, AsOf: timeNow()}
	default:
		opt := printout.AsetOptions{List: list, Paper: pp, Portrait: *portrait, AsOf: timeNow(), From: per.from, To: per.to}
		if *ruang != "" {
			if opt.RuangID, err = placeByCode(e, s, *ruang); err != nil {
				return err
			}
		}
		doc.List = &opt
	}
	spec, n, err := printout.WriteAsetDocPDF(e.ctx, s, doc, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %s, %d rows\n", *out, spec.Title, n)
	return nil
}

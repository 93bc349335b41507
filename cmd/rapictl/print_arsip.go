package main

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
	"rapi/ui/printout"
)

func init() {
	register(command{"print", "LIST --out FILE.pdf [--paper a4|f4] [--landscape | --portrait] [--tahun 2020-2023] [--unit U] [--klasifikasi K] " +
		"[--tempat CODE] [--kategori K]: print an official list " +
		"(" + strings.Join(printListNames(), ", ") + ") to PDF; pinjam-kartu prints the loan cards of the open loans " +
		"(one A5 card per page, or two per A4 sheet with --paper a4); the asset lists " + strings.Join(asetPrintAll(), ", ") +
		" (kir needs --ruang CODE or --all for every room, bast --aset CODE, ba-sensus [--sensus ID]); the meeting papers " +
		strings.Join(rapatPrintNames(), ", ") + " (--rapat CODE [--blank N] [--per-peserta] [--qr]); the booking papers " +
		printBookingUsage, cmdPrint})
	registerLabelKind("berkas", berkasRecords)
	registerLabelKind("boks", boksRecords)
}

// listPinjamKartu is the loan cards of every open loan.
const listPinjamKartu = "pinjam-kartu"

func printListNames() []string {
	var out []string
	for _, l := range printout.Lists {
		out = append(out, string(l))
	}
	return append(out, listPinjamKartu)
}

func berkasRecords(e *env, s *storage.Store) ([]labelRecord, error) {
	return records(printout.FolderLabels(e.ctx, s))
}

func boksRecords(e *env, s *storage.Store) ([]labelRecord, error) {
	return records(printout.BoxLabels(e.ctx, s))
}

// records keeps what the labels command needs of laid-out labels.
func records(labels []printout.Labeled, err error) ([]labelRecord, error) {
	out := make([]labelRecord, len(labels))
	for i, l := range labels {
		out[i] = labelRecord{Code: l.Code, Label: l.Label}
	}
	return out, err
}

// timeNow is the day printed on the lists (a variable for tests).
var timeNow = time.Now

func cmdPrint(e *env, args []string) error {
	if asetPrintList(args) != "" {
		return cmdPrintAset(e, args) // aset_print.go
	}
	if rapatPrintKind(args) != "" {
		return cmdPrintRapat(e, args) // rapat_print.go
	}
	if bookingPrintWord(args) != "" {
		return cmdPrintBooking(e, args) // booking_print.go
	}
	fs := e.flags("print")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "", "a4 or f4 (lists default to f4; loan cards default to A5, a4 puts two on a sheet)")
	landscape := fs.Bool("landscape", false, "landscape pages (the default for the lists)")
	portrait := fs.Bool("portrait", false, "portrait pages")
	lf := addListFilter(fs)
	var list string
	for {
		if err := fs.Parse(args); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		if list != "" {
			return fmt.Errorf("give one LIST: %w", errUsage)
		}
		list, args = strings.ToLower(fs.Arg(0)), fs.Args()[1:]
	}
	pp, err := printPaper(*paperName)
	if err != nil {
		return err
	}
	switch {
	case !slices.Contains(printListNames(), list):
		return fmt.Errorf("LIST must be one of %s: %w", strings.Join(printListNames(), ", "), errUsage)
	case *out == "":
		return fmt.Errorf("give --out FILE.pdf: %w", errUsage)
	case *landscape && *portrait:
		return fmt.Errorf("give --landscape or --portrait, not both: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if list == listPinjamKartu {
		return printLoanCards(e, s, *out, pp)
	}
	filter, err := lf.filter(e.ctx, s, storage.BerkasFilter{})
	if err != nil {
		return err
	}
	return printList(e, s, *out, printout.ListOptions{List: storage.ArsipList(list), Paper: pp, Portrait: *portrait,
		AsOf: timeNow(), Filter: filter})
}

// printPaper reads --paper: "" for the default, else A4 or F4.
func printPaper(name string) (label.Paper, error) {
	switch strings.ToLower(name) {
	case "":
		return "", nil
	case "a4":
		return label.PaperA4, nil
	case "f4", "folio":
		return label.PaperF4, nil
	}
	return "", fmt.Errorf("--paper must be a4 or f4: %w", errUsage)
}

// printLoanCards writes the cards of the open loans (A5, or two on A4
// when a paper is given).
func printLoanCards(e *env, s *storage.Store, out string, pp label.Paper) error {
	cards, err := printout.LoanCards(e.ctx, s)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := paper.RenderLoanCardsPDF(&buf, cards, pp != "", nil); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d loan cards\n", out, len(cards))
	return nil
}

// printList writes an official list as a printed form.
func printList(e *env, s *storage.Store, out string, opt printout.ListOptions) error {
	spec, rows, err := printout.Form(e.ctx, s, opt)
	if err != nil {
		return err
	}
	n := 0
	counted := func(yield func([]string) bool) {
		for r := range rows {
			n++
			if !yield(r) {
				return
			}
		}
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, counted); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %s, %d rows\n", out, spec.Title, n)
	return nil
}

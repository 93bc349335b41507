package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
	"rapi/ui/printout"
)

func init() {
	register(command{"print", "LIST --out FILE.pdf [--paper a4|f4] [--landscape | --portrait]: print an official list " +
		"(" + strings.Join(printListNames(), ", ") + ") to PDF; pinjam-kartu prints the loan cards of the open loans " +
		"(one A5 card per page, or two per A4 sheet with --paper a4)", cmdPrint})
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
	fs := e.flags("print")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "", "a4 or f4 (lists default to f4; loan cards default to A5, a4 puts two on a sheet)")
	landscape := fs.Bool("landscape", false, "landscape pages (the default for the lists)")
	portrait := fs.Bool("portrait", false, "portrait pages")
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
	known := false
	for _, n := range printListNames() {
		known = known || n == list
	}
	var pp label.Paper
	switch strings.ToLower(*paperName) {
	case "":
	case "a4":
		pp = label.PaperA4
	case "f4", "folio":
		pp = label.PaperF4
	default:
		return fmt.Errorf("--paper must be a4 or f4: %w", errUsage)
	}
	switch {
	case !known:
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
	var buf bytes.Buffer
	if list == listPinjamKartu {
		cards, err := printout.LoanCards(e.ctx, s)
		if err != nil {
			return err
		}
		if err := paper.RenderLoanCardsPDF(&buf, cards, pp != "", nil); err != nil {
			return err
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s: %d loan cards\n", *out, len(cards))
		return nil
	}
	spec, rows, err := printout.Form(e.ctx, s, printout.ListOptions{List: storage.ArsipList(list), Paper: pp,
		Portrait: *portrait, AsOf: timeNow()})
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
	if err := paper.RenderTablePDF(&buf, spec, counted); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %s, %d rows\n", *out, spec.Title, n)
	return nil
}

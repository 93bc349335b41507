package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"rapi/assets"
	"rapi/model"
	"rapi/ui/printout"
)

// The papers of a meeting: rapictl print undangan|susunan-acara|
// daftar-hadir|notulen|papan-nama|checklist --rapat CODE --out F.pdf.
// cmdPrint (print_arsip.go) hands them here.

func rapatPrintNames() []string {
	out := make([]string, len(printout.RapatKinds))
	for i, k := range printout.RapatKinds {
		out[i] = string(k)
	}
	return out
}

// rapatPrintKind is the meeting paper args name, "" when they name none.
func rapatPrintKind(args []string) printout.RapatKind {
	for _, a := range args {
		if k, err := printout.ParseRapatKind(a); err == nil {
			return k
		}
	}
	return ""
}

func cmdPrintRapat(e *env, args []string) error {
	fs := e.flags("print")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "", "a4 (the default) or f4")
	code := fs.String("rapat", "", "the meeting's code (M-000015)")
	blank := fs.Int("blank", 0, "daftar-hadir: empty rows after the invitees")
	per := fs.Bool("per-peserta", false, "undangan: one letter addressed to each invitee")
	qr := fs.Bool("qr", false, "undangan: each invitee's check-in QR on their letter (implies --per-peserta)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" || *code == "" || *blank < 0 {
		return fmt.Errorf("print %s --rapat CODE --out FILE.pdf [--paper a4|f4] [--blank N] [--per-peserta] [--qr]: %w",
			strings.Join(rapatPrintNames(), "|"), errUsage)
	}
	kind, err := printout.ParseRapatKind(pos[0])
	if err != nil {
		return err
	}
	pp, err := printPaper(*paperName)
	if err != nil {
		return err
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.RapatByCode(e.ctx, model.NormalizeCode(*code))
	if err != nil {
		return err
	}
	l, err := s.RapatLengkap(e.ctx, r.ID)
	if err != nil {
		return err
	}
	inst, err := s.Institution(e.ctx)
	if err != nil {
		return err
	}
	doc := printout.RapatDoc{Kind: kind, Rapat: l, Institution: inst, PerPeserta: *per || *qr, QR: *qr,
		Blank: *blank, Tanggal: timeNow(), Now: timeNow()}
	var buf bytes.Buffer
	if err := printout.WriteRapatDocPDF(&buf, doc, pp); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	// Only a written letter counts as printed: it clears "outdated" after a move.
	if kind == printout.RapatUndangan {
		if err := s.MarkUndanganDicetak(e.ctx, r.ID); err != nil {
			return err
		}
	}
	msgs, err := assets.Messages(ctlLanguage())
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, fill(msgs, "rapat_paper.wrote", map[string]any{"File": *out,
		"Doc": msgOr(msgs, "rapat_paper.kind."+string(kind), string(kind)), "Code": r.Code}))
	return nil
}

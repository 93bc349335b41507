package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"rapi/assets"
	"rapi/model"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/printout"
)

// The booking papers and the booking list:
//
//	rapictl print jadwal [--resource CODE] [--week D | --day D] --out F.pdf
//	rapictl print perjalanan --resource CODE --month 2026-12 --out F.pdf
//	rapictl print permohonan --booking CODE --out F.pdf
//	rapictl export booking F.xlsx [--resource CODE] [--from D --to D] [--unit U] [--status S]
//
// cmdPrint (print_arsip.go) and cmdExport (sheet.go) hand them here.

// bookingPrintWords are the print words of the booking papers: jadwal is
// the week (or, with --day, the door's day).
var bookingPrintWords = []string{"jadwal", "perjalanan", "permohonan"}

const (
	printBookingUsage  = "jadwal [--resource CODE] [--week D | --day D] [--weekend] | perjalanan --resource CODE --month 2026-12 | permohonan --booking CODE; --out FILE.pdf [--paper a4|f4]"
	exportBookingUsage = "export booking FILE.xlsx [--resource CODE] [--from D --to D] [--unit U] [--status S]"
)

// bookingPrintWord is the booking paper args name, "" when they name none.
func bookingPrintWord(args []string) string {
	for _, a := range args {
		if slices.Contains(bookingPrintWords, a) {
			return a
		}
	}
	return ""
}

func cmdPrintBooking(e *env, args []string) error {
	fs := e.flags("print")
	out := fs.String("out", "", "PDF file to write")
	paperName := fs.String("paper", "", "a4 (the default) or f4")
	code := fs.String("resource", "", "the room's or vehicle's code (jadwal: one room; without it every room)")
	week := fs.String("week", "", "jadwal: a day of the week to print (default this week)")
	day := fs.String("day", "", "jadwal: the day of the room's door schedule (needs --resource)")
	month := fs.String("month", "", "perjalanan: the month, 2026-12")
	bcode := fs.String("booking", "", "permohonan: the booking's code (P-000123)")
	akhir := fs.Bool("weekend", false, "jadwal: Monday to Sunday, not Monday to Friday")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" || (*day != "" && (*code == "" || *week != "")) {
		return fmt.Errorf("print %s: %w", printBookingUsage, errUsage)
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
	inst, err := s.Institution(e.ctx)
	if err != nil {
		return err
	}
	var doc printout.BookingDoc
	var what string
	switch pos[0] {
	case "jadwal":
		doc, what, err = jadwalDoc(e, s, *code, *week, *day)
	case "perjalanan":
		doc, what, err = perjalananDoc(e, s, *code, *month)
	default:
		doc, what, err = permohonanDoc(e, s, *bcode)
	}
	if err != nil {
		return err
	}
	doc.Institution, doc.Akhir, doc.Now = inst, *akhir, timeNow()
	var buf bytes.Buffer
	if err := printout.WriteBookingDocPDF(&buf, doc, pp); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	msgs, err := assets.Messages(ctlLanguage())
	if err != nil {
		return err
	}
	if what == "" {
		what = msgOr(msgs, "booking_paper.all_rooms", "semua ruang")
	}
	fmt.Fprintln(e.stdout, fill(msgs, "booking_paper.wrote", map[string]any{"File": *out,
		"Doc": msgOr(msgs, "booking_paper.kind."+string(doc.Kind), string(doc.Kind)), "What": what}))
	return nil
}

// resourceByCode is the resource a --resource names.
func resourceByCode(e *env, s *storage.Store, code string) (booking.Resource, error) {
	r, err := s.ResourceByCode(e.ctx, code)
	if err != nil {
		return r, fmt.Errorf("--resource %s: %w", code, err)
	}
	return r, nil
}

// jadwalDoc is the week of every room or of one, or one room's day.
func jadwalDoc(e *env, s *storage.Store, code, week, day string) (printout.BookingDoc, string, error) {
	when, flagName := week, "week"
	if day != "" {
		when, flagName = day, "day"
	}
	t := timeNow()
	if when != "" {
		var err error
		if t, err = dayFlag(flagName, when, 0); err != nil {
			return printout.BookingDoc{}, "", err
		}
	}
	var rs []booking.Resource // nil: every room; the message says so in the clerk's language
	what := ""
	if code != "" {
		r, err := resourceByCode(e, s, code)
		if err != nil {
			return printout.BookingDoc{}, "", err
		}
		rs, what = []booking.Resource{r}, r.Nama
	}
	if day != "" && len(rs) == 1 {
		doc, err := printout.LoadPintu(e.ctx, s, rs[0], t)
		return doc, what, err
	}
	doc, err := printout.LoadMingguan(e.ctx, s, rs, t)
	return doc, what, err
}

// perjalananDoc is a vehicle's trips in a month, with the drivers they name.
func perjalananDoc(e *env, s *storage.Store, code, month string) (printout.BookingDoc, string, error) {
	if code == "" {
		return printout.BookingDoc{}, "", fmt.Errorf("print %s: %w", printBookingUsage, errUsage)
	}
	m, err := monthFlag(month)
	if err != nil {
		return printout.BookingDoc{}, "", err
	}
	r, err := resourceByCode(e, s, code)
	if err != nil {
		return printout.BookingDoc{}, "", err
	}
	doc, err := printout.LoadPerjalanan(e.ctx, s, r, m)
	return doc, r.Nama + " " + m.Format("2006-01"), err
}

// monthFlag reads --month as 2026-12 or 12/2026; "" is this month.
func monthFlag(v string) (time.Time, error) {
	if v == "" {
		now := timeNow()
		return time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.Local), nil
	}
	for _, layout := range []string{"2006-01", "01/2006", "1/2006"} {
		if t, err := time.ParseInLocation(layout, strings.TrimSpace(v), time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--month %q: write the month as 2026-12: %w", v, errUsage)
}

// permohonanDoc is one booking's request form.
func permohonanDoc(e *env, s *storage.Store, code string) (printout.BookingDoc, string, error) {
	if code == "" {
		return printout.BookingDoc{}, "", fmt.Errorf("print %s: %w", printBookingUsage, errUsage)
	}
	b, err := s.BookingByCode(e.ctx, model.NormalizeCode(code))
	if err != nil {
		return printout.BookingDoc{}, "", fmt.Errorf("--booking %s: %w", code, err)
	}
	doc, err := printout.LoadPermohonan(e.ctx, s, b)
	return doc, b.Code, err
}

// cmdExportBooking writes a booking list as a workbook.
func cmdExportBooking(e *env, args []string) error {
	fs := e.flags("export")
	code := fs.String("resource", "", "only this room's or vehicle's bookings (its code)")
	from := fs.String("from", "", "first day (bookings that end after its start)")
	to := fs.String("to", "", "last day (inclusive)")
	unit := fs.String("unit", "", "only this unit's bookings")
	status := fs.String("status", "", strings.Join(statusNames(), "|"))
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) != 1 {
		return fmt.Errorf("%s: %w", exportBookingUsage, errUsage)
	}
	f := storage.BookingFilter{Unit: *unit, Status: booking.Status(strings.ToLower(*status))}
	if f.Status != "" && !f.Status.Valid() {
		return fmt.Errorf("--status %q: one of %s: %w", *status, strings.Join(statusNames(), ", "), errUsage)
	}
	if f.From, err = dayFlag("from", *from, 0); err != nil {
		return err
	}
	if f.To, err = dayFlag("to", *to, 1); err != nil {
		return err
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.To.After(f.From) {
		return fmt.Errorf("--to %s is before --from %s: %w", *to, *from, errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if *code != "" {
		r, err := resourceByCode(e, s, *code)
		if err != nil {
			return err
		}
		f.ResourceID = r.ID
	}
	n, err := writeFileAtomic(pos[0], func(w io.Writer) (int, error) { return s.ExportBookingList(e.ctx, w, f) })
	if err != nil {
		return err
	}
	msgs, err := assets.Messages(ctlLanguage())
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, fill(msgs, "booking_paper.exported", map[string]any{"File": pos[0], "Count": n}))
	return nil
}

func statusNames() []string {
	out := make([]string, len(booking.Statuses))
	for i, s := range booking.Statuses {
		out[i] = string(s)
	}
	return out
}

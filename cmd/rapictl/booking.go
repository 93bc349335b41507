package main

import (
	"errors"
	"flag"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"rapi/assets"
	"rapi/model/booking"
	"rapi/model/value"
	"rapi/storage"
)

func init() {
	register(command{"booking", "add --resource CODE [--resource CODE2] --from \"2026-12-03 09:00\" --to \"2026-12-03 12:00\" " +
		"--unit U --by NAME --purpose P [--people N] [--nip N] [--phone T] [--priority] [--repeat weekly|weekdays|monthly " +
		"--until DATE | --times N] [--skip-conflicts]: book a room, car or driver (prints the code; a clash names the other booking); " +
		"list [--resource CODE] --date D [--json]; cancel CODE [--reason R]; approve CODE [--reject --reason R] [--by NAME] --pin PIN", cmdBooking})
}

const (
	bookingAddUsage     = "booking add --resource CODE --from WHEN --to WHEN --unit U --by NAME --purpose P [--repeat R --until D | --times N] [--skip-conflicts]"
	bookingListUsage    = "booking list [--resource CODE] --date D [--json]"
	bookingCancelUsage  = "booking cancel CODE [--reason R]"
	bookingApproveUsage = "booking approve CODE [--reject --reason R] [--by NAME] --pin PIN"
)

func cmdBooking(e *env, args []string) error {
	sub := map[string]func(*env, []string) error{"add": cmdBookingAdd, "list": cmdBookingList,
		"cancel": cmdBookingCancel, "approve": cmdBookingApprove}
	if len(args) > 0 && sub[args[0]] != nil {
		return sub[args[0]](e, args[1:])
	}
	return fmt.Errorf("%s | %s | %s | %s: %w", bookingAddUsage, bookingListUsage, bookingCancelUsage, bookingApproveUsage, errUsage)
}

// listFlag is a flag that may be given several times.
func listFlag(fs *flag.FlagSet, name, usage string) *[]string {
	var list []string
	fs.Func(name, usage, func(v string) error { list = append(list, v); return nil })
	return &list
}

var clockRe = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})$`)

// parseWhen reads a moment typed the Indonesian ways: a date
// (2026-12-03, 3/12/2026, 3 Desember 2026) and a time (09:00 or 09.00),
// in the office's time zone.
func parseWhen(name, v string) (time.Time, error) {
	f := strings.Fields(v)
	bad := fmt.Errorf("--%s %q: not a date and time (2026-12-03 09:00): %w", name, v, errUsage)
	if len(f) < 2 {
		return time.Time{}, bad
	}
	m := clockRe.FindStringSubmatch(f[len(f)-1])
	if m == nil {
		return time.Time{}, bad
	}
	d, err := value.ParseDate(strings.Join(f[:len(f)-1], " "))
	h, _ := strconv.Atoi(m[1])
	min, _ := strconv.Atoi(m[2])
	if err != nil || h > 23 || min > 59 {
		return time.Time{}, bad
	}
	return time.Date(d.Year(), d.Month(), d.Day(), h, min, 0, 0, time.Local), nil
}

// ulangOf reads --repeat in English or Indonesian.
func ulangOf(v string) (booking.Ulang, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "weekly", "mingguan":
		return booking.UlangMingguan, nil
	case "weekdays", "hari-kerja", "harikerja":
		return booking.UlangHariKerja, nil
	case "monthly", "bulanan":
		return booking.UlangBulanan, nil
	}
	return "", fmt.Errorf("--repeat %q: weekly, weekdays or monthly: %w", v, errUsage)
}

// resourceIDs finds the resources by their codes.
func resourceIDs(e *env, s *storage.Store, codes []string) ([]int64, error) {
	var ids []int64
	for _, c := range codes {
		r, err := s.ResourceByCode(e.ctx, c)
		if err != nil {
			return nil, fmt.Errorf("--resource %s: %w", c, err)
		}
		ids = append(ids, r.ID)
	}
	return ids, nil
}

type bookingAddFlags struct {
	resources                               *[]string
	from, to, unit, by, purpose, nip, phone *string
	repeat, until                           *string
	people, times                           *int
	skip, priority                          *bool
	note                                    *string
}

func cmdBookingAdd(e *env, args []string) error {
	fs := e.flags("booking add")
	f := bookingAddFlags{resources: listFlag(fs, "resource", "room, vehicle or driver code (again for a car and its driver)"),
		from: fs.String("from", "", "start, 2026-12-03 09:00"), to: fs.String("to", "", "end, 2026-12-03 12:00"),
		unit: fs.String("unit", "", "requesting unit"), by: fs.String("by", "", "requester's name"),
		purpose: fs.String("purpose", "", "purpose"), nip: fs.String("nip", "", "requester's NIP"),
		phone: fs.String("phone", "", "requester's phone"), note: fs.String("note", "", "layout, catering"),
		repeat: fs.String("repeat", "", "weekly, weekdays or monthly"), until: fs.String("until", "", "last day of the series"),
		people: fs.Int("people", 0, "number of people"), times: fs.Int("times", 0, "number of occurrences"),
		skip:     fs.Bool("skip-conflicts", false, "leave out the occurrences that clash"),
		priority: fs.Bool("priority", false, "an event of the governor or Sekda: displaces other bookings")}
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return fmt.Errorf("%s: %w", bookingAddUsage, err)
	}
	defer s.Close()
	b, err := f.booking(e, s)
	if err != nil {
		return err
	}
	if *f.repeat == "" {
		geser, err := s.CreateBooking(e.ctx, &b)
		if err != nil {
			return bookingErr(err)
		}
		fmt.Fprintln(e.stdout, b.Code, b.Status)
		printGeser(e, geser)
		return nil
	}
	return addSeri(e, s, b, f)
}

// booking reads the flags into a booking.
func (f *bookingAddFlags) booking(e *env, s *storage.Store) (booking.Booking, error) {
	var b booking.Booking
	from, err := parseWhen("from", *f.from)
	if err != nil {
		return b, err
	}
	to, err := parseWhen("to", *f.to)
	if err != nil {
		return b, err
	}
	ids, err := resourceIDs(e, s, *f.resources)
	if err != nil {
		return b, err
	}
	return booking.Booking{ResourceIDs: ids, Dari: from, Sampai: to, Unit: *f.unit, Keperluan: *f.purpose, Jumlah: *f.people,
		Pemohon: booking.Pemohon{Nama: *f.by, NIP: *f.nip, Telepon: *f.phone}, Catatan: *f.note, Prioritas: *f.priority}, nil
}

// addSeri books a repeating series: the occurrences that clash are left
// out with --skip-conflicts (and named), else the first clash refuses it all.
func addSeri(e *env, s *storage.Store, b booking.Booking, f bookingAddFlags) error {
	ulang, err := ulangOf(*f.repeat)
	if err != nil {
		return err
	}
	seri := booking.Seri{Ulang: ulang, Kali: *f.times}
	if *f.until != "" {
		d, err := value.ParseDate(*f.until)
		if err != nil {
			return fmt.Errorf("--until %q: not a date: %w", *f.until, errUsage)
		}
		seri.Sampai = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.Local)
	}
	msgs, _ := assets.Messages(ctlLanguage())
	var skip []time.Time
	if *f.skip {
		plan, err := s.PlanSeri(e.ctx, b, seri)
		if err != nil {
			return bookingErr(err)
		}
		for _, o := range plan.Occurrences {
			if o.Bentrok != nil {
				skip = append(skip, o.Periode.Dari)
				fmt.Fprintln(e.stdout, fill(msgs, "booking.ctl.skipped", map[string]any{"Reason": bookingText(o.Bentrok)}))
			}
		}
		for _, l := range plan.Lewat {
			fmt.Fprintln(e.stdout, fill(msgs, "booking.ctl.lewat", map[string]any{"Month": l.Tanggal.Format("01/2006"),
				"Reason": msgOr(msgs, l.Alasan, l.Alasan)}))
		}
	}
	made, err := s.CreateSeri(e.ctx, b, seri, skip)
	if err != nil {
		return bookingErr(err)
	}
	for _, m := range made {
		fmt.Fprintln(e.stdout, m.Code, m.Status, m.Jam())
	}
	return nil
}

func printGeser(e *env, geser []booking.Booking) {
	msgs, _ := assets.Messages(ctlLanguage())
	for _, g := range geser {
		fmt.Fprintln(e.stdout, fill(msgs, "booking.ctl.geser", map[string]any{"Code": g.Code, "By": g.Pemohon.Nama,
			"Unit": g.Unit, "Jam": g.Jam()}))
	}
}

// bookingText says why a booking was refused in the clerk's words: the
// other booking's code, who, unit and time, or the closure.
func bookingText(err error) string {
	msgs, lerr := assets.Messages(ctlLanguage())
	var be *booking.BentrokError
	var te *booking.TutupError
	switch {
	case lerr != nil:
		return err.Error()
	case errors.As(err, &be):
		return fill(msgs, "booking.ctl.bentrok", map[string]any{"Resource": be.Resource.Nama, "Code": be.Other.Code,
			"By": be.Other.Pemohon.Nama, "Unit": be.Other.Unit, "Jam": be.Other.Jam()})
	case errors.As(err, &te):
		return fill(msgs, "booking.ctl.tutup", map[string]any{"Resource": te.Resource.Nama,
			"From": te.Penutupan.Dari.Format("02/01/2006 15.04"), "To": te.Penutupan.Sampai.Format("02/01/2006 15.04"),
			"Reason": te.Penutupan.Alasan})
	}
	return explain(err)
}

// bookingErr is a refused booking as the command reports it.
func bookingErr(err error) error {
	var be *booking.BentrokError
	var te *booking.TutupError
	if errors.As(err, &be) || errors.As(err, &te) {
		return errors.New(bookingText(err))
	}
	return err
}

// bookingJSON is one booking as `booking list --json` prints it.
type bookingJSON struct {
	Code      string   `json:"code"`
	Resources []string `json:"resources"`
	Dari      string   `json:"dari"`
	Sampai    string   `json:"sampai"`
	Unit      string   `json:"unit"`
	Pemohon   string   `json:"pemohon"`
	Keperluan string   `json:"keperluan"`
	Jumlah    int      `json:"jumlah,omitempty"`
	Status    string   `json:"status"`
	Prioritas bool     `json:"prioritas,omitempty"`
}

func cmdBookingList(e *env, args []string) error {
	fs := e.flags("booking list")
	codes := listFlag(fs, "resource", "room, vehicle or driver code (default: every room)")
	date := fs.String("date", "", "the day (2026-12-03 or 3/12/2026)")
	asJSON := fs.Bool("json", false, "print JSON")
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return fmt.Errorf("%s: %w", bookingListUsage, err)
	}
	defer s.Close()
	if *date == "" {
		return fmt.Errorf("%s: %w", bookingListUsage, errUsage)
	}
	day, err := dayFlag("date", *date, 0)
	if err != nil {
		return err
	}
	var ids []int64
	if len(*codes) > 0 {
		if ids, err = resourceIDs(e, s, *codes); err != nil {
			return err
		}
	}
	list, err := s.BookingsOn(e.ctx, ids, day, day.AddDate(0, 0, 1))
	if err != nil {
		return err
	}
	names, err := resourceNames(e, s)
	if err != nil {
		return err
	}
	rows := []bookingJSON{}
	for _, b := range list {
		var rs []string
		for _, id := range b.ResourceIDs {
			rs = append(rs, names[id])
		}
		rows = append(rows, bookingJSON{Code: b.Code, Resources: rs, Dari: wall(b.Dari), Sampai: wall(b.Sampai), Unit: b.Unit,
			Pemohon: b.Pemohon.Nama, Keperluan: b.Keperluan, Jumlah: b.Jumlah, Status: string(b.Status), Prioritas: b.Prioritas})
	}
	if *asJSON {
		return printJSON(e, rows)
	}
	for i, b := range list {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b.Code, b.Jam(), strings.Join(rows[i].Resources, ", "), b.Unit,
			b.Pemohon.Nama, b.Keperluan, b.Status)
	}
	msgs, _ := assets.Messages(ctlLanguage())
	fmt.Fprintln(e.stdout, fill(msgs, "booking.ctl.count", map[string]any{"N": len(list)}))
	return nil
}

// resourceNames maps every resource (inactive ones too) to its name.
func resourceNames(e *env, s *storage.Store) (map[int64]string, error) {
	all, err := s.Resources(e.ctx, storage.ResourceFilter{All: true})
	names := map[int64]string{}
	for _, r := range all {
		names[r.ID] = r.Nama
	}
	return names, err
}

// withBooking parses a command's flags and its one booking CODE (flags
// may come before or after it), reads the booking and runs act on it.
func (e *env) withBooking(fs *flag.FlagSet, usage string, args []string, act func(*storage.Store, booking.Booking) error) error {
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		return fmt.Errorf("%s: %w", usage, errUsage)
	}
	rest := fs.Args()
	if err := fs.Parse(rest[1:]); err != nil || fs.NArg() > 0 {
		return fmt.Errorf("%s: %w", usage, errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	b, err := s.BookingByCode(e.ctx, rest[0])
	if err != nil {
		return fmt.Errorf("%s: %w", rest[0], err)
	}
	return act(s, b)
}

func cmdBookingCancel(e *env, args []string) error {
	fs := e.flags("booking cancel")
	reason := fs.String("reason", "", "why it is cancelled")
	return e.withBooking(fs, bookingCancelUsage, args, func(s *storage.Store, b booking.Booking) error {
		if err := s.CancelBooking(e.ctx, b.ID, b.Version, *reason); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, b.Code, booking.StatusDibatalkan)
		return nil
	})
}

func cmdBookingApprove(e *env, args []string) error {
	fs := e.flags("booking approve")
	reject := fs.Bool("reject", false, "reject the request instead")
	reason := fs.String("reason", "", "why (rejecting)")
	by := fs.String("by", "", "the approver's name (a named approver needs no PIN)")
	pin := fs.String("pin", "", "admin PIN")
	return e.withBooking(fs, bookingApproveUsage, args, func(s *storage.Store, b booking.Booking) error {
		got, err := s.DecideBooking(e.ctx, b.ID, b.Version, !*reject, *reason, *by, *pin)
		if err != nil {
			return bookingErr(err)
		}
		fmt.Fprintln(e.stdout, got.Code, got.Status)
		return nil
	})
}

// demoBookings counts the bookings the demo made, for its summary line.
func demoBookings(e *env, s *storage.Store) (int, error) {
	list, err := s.BookingList(e.ctx, storage.BookingFilter{Limit: 100000})
	return len(list), err
}

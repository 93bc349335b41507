package booking

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model/booking"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// The booking papers from the screens: each button reads what its paper
// is printed from, asks A4 or F4, and hands the doc to the shell, which
// lays it out and opens the PDF (ui/cetak). rapictl prints the same docs.

// printButton is a button that prints the paper load makes.
func printButton(a Shell, key string, load func(s *storage.Store) (printout.BookingDoc, error)) *widget.Button {
	return widget.NewButtonWithIcon(lang.L(key), theme.DocumentPrintIcon(), func() { printDoc(a, load) })
}

// printDoc asks the paper, then loads the doc off the UI goroutine and prints it.
func printDoc(a Shell, load func(s *storage.Store) (printout.BookingDoc, error)) {
	s := a.Store()
	if s == nil {
		return
	}
	papers := kit.NewSelect([]string{"A4", "F4"}, nil)
	papers.SetSelectedIndex(0)
	a.AskForm("bookgui.print.title", "bookgui.print.button", []*widget.FormItem{item("bookgui.print.paper", papers)}, func() {
		p := label.PaperA4
		if papers.SelectedIndex() == 1 {
			p = label.PaperF4
		}
		kit.Load(a, func() (printout.BookingDoc, error) {
			d, err := load(s)
			if err == nil {
				d.Institution, err = s.Institution(bg())
			}
			d.Now = timeNow()
			return d, err
		}, func(d printout.BookingDoc, err error) {
			if err != nil {
				showErr(a, err)
				return
			}
			a.PrintBooking(d, p)
		})
	})
}

// pintuDoc is room r's door schedule of day.
func pintuDoc(r booking.Resource, day time.Time) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) {
		d := printout.BookingDoc{Kind: printout.BookingPintu, Tanggal: day, Resources: []booking.Resource{r}}
		var err error
		d.Bookings, err = scheduleOf(s, d.Resources, dayOf(day), dayOf(day).AddDate(0, 0, 1))
		return d, err
	}
}

// mingguanDoc is the week of day of every room.
func mingguanDoc(day time.Time) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) {
		d := printout.BookingDoc{Kind: printout.BookingMingguan, Tanggal: day}
		var err error
		if d.Resources, err = s.Resources(bg(), storage.ResourceFilter{Jenis: booking.JenisRuang}); err != nil {
			return d, err
		}
		monday := mondayOf(day)
		d.Bookings, err = scheduleOf(s, d.Resources, monday, monday.AddDate(0, 0, 7))
		return d, err
	}
}

// permohonanDoc is booking b's request form, signed by the approver who
// decided it (or the only named approver while it waits).
func permohonanDoc(b booking.Booking) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) {
		d := printout.BookingDoc{Kind: printout.BookingPermohonan, Tanggal: b.CreatedAt.In(time.Local), Bookings: []booking.Booking{b}}
		if err := withResources(s, &d); err != nil {
			return d, err
		}
		approvers, err := s.Approvers(bg())
		for _, p := range approvers {
			if strings.EqualFold(p.Nama, b.DisetujuiOleh) || (b.DisetujuiOleh == "" && len(approvers) == 1) {
				d.Approver = p
			}
		}
		return d, err
	}
}

// perjalananDoc is vehicle r's trip log of the month of month.
func perjalananDoc(r booking.Resource, month time.Time) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) {
		d := printout.BookingDoc{Kind: printout.BookingPerjalanan, Tanggal: month, Resources: []booking.Resource{r}}
		var err error
		if d.Bookings, err = s.TripLog(bg(), r.ID, month); err != nil {
			return d, err
		}
		if d.Signers, err = s.AsetSigners(bg()); err != nil {
			return d, err
		}
		return d, withResources(s, &d)
	}
}

// scheduleOf is what a schedule of rs over [from, to) shows: the
// bookings holding their slots and the displaced ones, marked so the
// clerk calls them.
func scheduleOf(s *storage.Store, rs []booking.Resource, from, to time.Time) ([]booking.Booking, error) {
	if len(rs) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	list, err := s.BookingsOn(bg(), ids, from, to)
	if err != nil {
		return nil, err
	}
	geser, err := s.BookingList(bg(), storage.BookingFilter{Digeser: true, From: from, To: to})
	for _, b := range geser {
		if slices.ContainsFunc(b.ResourceIDs, func(id int64) bool { return slices.Contains(ids, id) }) {
			list = append(list, b)
		}
	}
	return list, err
}

// withResources adds to d every resource its bookings name (a trip's
// driver, a request's car).
func withResources(s *storage.Store, d *printout.BookingDoc) error {
	all, err := s.Resources(bg(), storage.ResourceFilter{All: true})
	for _, r := range all {
		named := slices.ContainsFunc(d.Bookings, func(b booking.Booking) bool { return slices.Contains(b.ResourceIDs, r.ID) })
		if named && !slices.ContainsFunc(d.Resources, func(x booking.Resource) bool { return x.ID == r.ID }) {
			d.Resources = append(d.Resources, r)
		}
	}
	return err
}

// mondayOf is the start of the Monday of t's week.
func mondayOf(t time.Time) time.Time {
	d := dayOf(t)
	return d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
}

// exportButton is "Ekspor Excel" of a list: every booking filter picks.
func exportButton(a Shell, filter func() storage.BookingFilter) *widget.Button {
	return widget.NewButtonWithIcon(lang.L("bookgui.export"), theme.DownloadIcon(), func() { a.ExportBookingList(filter()) })
}

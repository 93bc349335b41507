package booking

import (
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
	return func(s *storage.Store) (printout.BookingDoc, error) { return printout.LoadPintu(bg(), s, r, day) }
}

// mingguanDoc is the week of day of every room.
func mingguanDoc(day time.Time) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) { return printout.LoadMingguan(bg(), s, nil, day) }
}

// permohonanDoc is booking b's request form.
func permohonanDoc(b booking.Booking) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) { return printout.LoadPermohonan(bg(), s, b) }
}

// perjalananDoc is vehicle r's trip log of the month of month.
func perjalananDoc(r booking.Resource, month time.Time) func(*storage.Store) (printout.BookingDoc, error) {
	return func(s *storage.Store) (printout.BookingDoc, error) { return printout.LoadPerjalanan(bg(), s, r, month) }
}

// exportButton is "Ekspor Excel" of a list: every booking filter picks.
func exportButton(a Shell, filter func() storage.BookingFilter) *widget.Button {
	return widget.NewButtonWithIcon(lang.L("bookgui.export"), theme.DownloadIcon(), func() { a.ExportBookingList(filter()) })
}

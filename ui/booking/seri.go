package booking

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
)

// planSeri shows every occurrence of a repeating booking with its
// conflict before anything is saved; the clerk saves it without the
// ones that clash, or goes back to the form.
func (f *bookingForm) planSeri(b booking.Booking, seri booking.Seri) {
	s := f.app.Store()
	kit.Load(f.app, func() (storage.SeriPlan, error) { return s.PlanSeri(bg(), b, seri) }, func(p storage.SeriPlan, err error) {
		if err != nil {
			f.mark(err)
			return
		}
		showPlan(f.app, b, seri, p, func() { f.dlg.Hide() })
	})
}

// showPlan is the series preview: one line per occurrence, the clashing
// ones with their reason and a "Lewati" box ticked, the dates a month
// lacks named. done runs once the series is saved.
func showPlan(a Shell, b booking.Booking, seri booking.Seri, p storage.SeriPlan, done func()) {
	list := container.NewVBox()
	skips := map[time.Time]*widget.Check{}
	clashes := 0
	for _, o := range p.Occurrences {
		text := model.FormatDateDay(o.Periode.Dari) + " " + o.Periode.Dari.Format("15.04") + "–" + o.Periode.Sampai.Format("15.04")
		if o.Bentrok == nil {
			list.Add(widget.NewLabel("✓ " + text))
			continue
		}
		clashes++
		l := widget.NewLabel("✗ " + text + ": " + explain(o.Bentrok))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		skip := widget.NewCheck(lang.L("bookui.seri.skip"), nil)
		skip.SetChecked(true)
		skips[o.Periode.Dari] = skip
		list.Add(container.NewBorder(nil, nil, nil, skip, l))
	}
	for _, l := range p.Lewat {
		list.Add(widget.NewLabel("– " + model.MonthNames[l.Tanggal.Month()-1] + " " + model.FormatInt(int64(l.Tanggal.Year())) +
			": " + lang.L(l.Alasan)))
	}
	head := widget.NewLabel(kit.Ln("bookui.seri.head", map[string]any{"N": len(p.Occurrences), "Clash": clashes}))
	head.Wrapping = fyne.TextWrapWord
	var dlg dialog.Dialog
	save := widget.NewButton(lang.L("bookui.seri.save"), func() {
		var skip []time.Time
		for t, c := range skips {
			if c.Checked {
				skip = append(skip, t)
			}
		}
		s := a.Store()
		var made []booking.Booking
		write(a, func() (err error) {
			made, err = s.CreateSeri(bg(), b, seri, skip)
			return err
		}, func() {
			dlg.Hide()
			done()
			a.ShowInfo(lang.L("bookui.seri.title"), kit.Ln("bookui.seri.saved", map[string]any{"N": len(made), "Skip": len(skip)}))
		})
	})
	save.Importance = widget.HighImportance
	back := widget.NewButton(lang.L("bookui.seri.back"), func() { dlg.Hide() })
	body := container.NewBorder(head, container.NewHBox(save, back), nil, nil, container.NewVScroll(list))
	dlg = dialog.NewCustomWithoutButtons(lang.L("bookui.seri.title"), body, a.Window())
	dlg.Resize(fyne.NewSize(720, 560))
	a.ShowDialog(dlg)
}

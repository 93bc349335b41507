package booking

import (
	"context"
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

// detailData is an open booking and the resources it may name.
type detailData struct {
	b         booking.Booking
	resources []booking.Resource
}

func row(key, value string) *widget.FormItem {
	l := widget.NewLabel(value)
	l.Wrapping = fyne.TextWrapWord
	return widget.NewFormItem(lang.L(key), l)
}

// showDetail shows one booking in a dialog.
func showDetail(a Shell, d detailData) {
	var dlg dialog.Dialog
	body := detailBody(a, d, func() { dlg.Hide() })
	dlg = dialog.NewCustom(lang.L("bookui.detail")+" "+d.b.Code, lang.L("button.close"), body, a.Window())
	dlg.Resize(fyne.NewSize(640, 0))
	a.ShowDialog(dlg)
}

// Cards are the feature's cards: the one a scan of a P- code opens.
func Cards(app Shell) []kit.CardKind {
	return []kit.CardKind{{Kind: model.CodeBooking, Load: func(ctx context.Context, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
		var d detailData
		var err error
		if d.b, err = s.Booking(ctx, h.ID); err != nil {
			return nil, err
		}
		if d.resources, err = s.Resources(ctx, storage.ResourceFilter{All: true}); err != nil {
			return nil, err
		}
		return func(c kit.Card) (string, fyne.CanvasObject) {
			return lang.L("bookui.detail") + " " + d.b.Code, detailBody(app, d, c.Close)
		}, nil
	}}}
}

// detailBody is one booking: who, what, when, its status, and the
// actions its status allows; close hides what holds it before an action
// opens its own dialog.
func detailBody(a Shell, d detailData, close func()) fyne.CanvasObject {
	b := d.b
	form := widget.NewForm(
		row("bookui.f.code", b.Code),
		row("bookui.f.resource", resourceNames(b, d.resources)),
		row("bookui.f.tanggal", b.Jam()),
		row("bookui.f.unit", b.Unit),
		row("bookui.f.pemohon", b.Pemohon.Nama+" "+b.Pemohon.NIP+" "+b.Pemohon.Telepon),
		row("bookui.f.keperluan", b.Keperluan),
		row("bookui.f.jumlah", model.FormatInt(int64(b.Jumlah))),
		row("bookui.f.catatan", dash(b.Catatan)),
		row("bookui.f.status", statusName(b.Status)),
	)
	if b.Alasan != "" {
		form.AppendItem(row("bookui.f.alasan", b.Alasan))
	}
	if b.Status == booking.StatusDigeser {
		form.AppendItem(row("bookui.f.alasan", kit.Ln("bookui.digeser_by", map[string]any{"Code": b.DigeserOleh, "Alasan": b.AlasanGeser})))
	}
	return container.NewVBox(form, detailActions(a, d, close))
}

func detailActions(a Shell, d detailData, close func()) fyne.CanvasObject {
	b := d.b
	done := func(fn func()) func() { return func() { close(); fn() } }
	acts := container.NewHBox()
	open := b.Status == booking.StatusDiajukan || b.Status == booking.StatusDisetujui
	if open {
		acts.Add(widget.NewButton(lang.L("bookui.ubah"), done(func() { openForm(a, b) })))
		acts.Add(widget.NewButton(lang.L("bookui.batalkan"), done(func() { askCancel(a, b) })))
	}
	if open && b.SeriID != 0 {
		acts.Add(widget.NewButton(lang.L("bookui.batalkan_seri"), done(func() { askCancelSeri(a, b) })))
	}
	if b.Status == booking.StatusDiajukan {
		acts.Add(widget.NewButton(lang.L("bookui.setujui"), done(func() { askDecide(a, b, true) })))
		acts.Add(widget.NewButton(lang.L("bookui.tolak"), done(func() { askDecide(a, b, false) })))
	}
	if b.Status == booking.StatusDisetujui && hasJenis(b, d.resources, booking.JenisKendaraan) {
		acts.Add(widget.NewButton(lang.L("bookui.perjalanan"), done(func() { askTrip(a, b) })))
	}
	acts.Add(printButton(a, "bookgui.print.permohonan", permohonanDoc(b)))
	if b.Status == booking.StatusDigeser {
		acts.Add(widget.NewButton(lang.L("bookui.pesan_ulang"), done(func() { rebook(a, b) })))
	}
	return acts
}

// rebook opens the form with a displaced booking's details on a new slot.
func rebook(a Shell, b booking.Booking) {
	n := b
	n.Meta = model.Meta{}
	n.Code, n.Status, n.AlasanGeser, n.DigeserOleh, n.SeriID = "", "", "", "", 0
	openForm(a, n)
}

// write runs one change of a booking, then tells every screen.
func write(a Shell, change func() error, then func()) {
	a.EnsureClerk(func() {
		kit.Change(a, change, func(err error) {
			if err != nil {
				showErr(a, err)
				return
			}
			a.DataChanged()
			if then != nil {
				then()
			}
		})
	})
}

func askCancel(a Shell, b booking.Booking) {
	alasan := a.NewEntry()
	a.AskForm("bookui.batalkan", "bookui.batalkan", []*widget.FormItem{item("bookui.f.alasan", alasan)}, func() {
		s := a.Store()
		write(a, func() error { return s.CancelBooking(bg(), b.ID, b.Version, alasan.Text) }, nil)
	})
}

// askCancelSeri cancels this occurrence and every later one of its series.
func askCancelSeri(a Shell, b booking.Booking) {
	alasan := a.NewEntry()
	from := b.Dari
	a.AskForm("bookui.batalkan_seri", "bookui.batalkan_seri", []*widget.FormItem{
		row("bookui.f.dari", model.FormatDateDay(from)), item("bookui.f.alasan", alasan)}, func() {
		s := a.Store()
		var n int
		write(a, func() (err error) {
			n, err = s.CancelSeriFrom(bg(), b.SeriID, from, alasan.Text)
			return err
		}, func() {
			a.ShowInfo(lang.L("bookui.batalkan_seri"), kit.Ln("bookui.seri_cancelled", map[string]any{"N": n}))
		})
	})
}

// askDecide approves or refuses a request: as one of the named
// approvers, or with the admin PIN.
func askDecide(a Shell, b booking.Booking, approve bool) {
	s := a.Store()
	kit.Load(a, func() ([]model.Signer, error) { return s.Approvers(bg()) }, func(signers []model.Signer, err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		names := make([]string, len(signers))
		for i, p := range signers {
			names[i] = p.Nama
		}
		who := kit.NewSelect(names, nil)
		pin := a.NewEntry()
		pin.Password = true
		alasan := a.NewEntry()
		title := "bookui.setujui"
		if !approve {
			title = "bookui.tolak"
		}
		items := []*widget.FormItem{item("bookui.f.approver", who), item("bookui.f.pin", pin), item("bookui.f.alasan", alasan)}
		a.AskForm(title, title, items, func() {
			write(a, func() error {
				_, err := s.DecideBooking(bg(), b.ID, b.Version, approve, alasan.Text, who.Selected, pin.Text)
				return err
			}, nil)
		})
	})
}

// askTrip records a vehicle booking's trip when the car comes back.
func askTrip(a Shell, b booking.Booking) {
	p := booking.Perjalanan{}
	if b.Perjalanan != nil {
		p = *b.Perjalanan
	}
	tujuan, out, in, liter, rp := a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry()
	tujuan.SetText(p.Tujuan)
	if p.OdoBerangkat > 0 {
		out.SetText(model.FormatInt(p.OdoBerangkat))
	}
	items := []*widget.FormItem{item("bookui.f.tujuan", tujuan), item("bookui.f.odo_berangkat", out), item("bookui.f.odo_kembali", in),
		item("bookui.f.bbm_liter", liter), item("bookui.f.bbm_rupiah", rp)}
	a.AskForm("bookui.perjalanan", "button.save", items, func() {
		var err error
		p.Tujuan = tujuan.Text
		if p.OdoBerangkat, err = number(out.Text, "odo_berangkat"); err == nil {
			if p.OdoKembali, err = number(in.Text, "odo_kembali"); err == nil {
				if p.BBMLiter, err = decimal(liter.Text); err == nil {
					p.BBMRupiah, err = rupiah(rp.Text)
				}
			}
		}
		if err != nil {
			showErr(a, err)
			return
		}
		if p.OdoKembali > 0 {
			p.Kembali = timeNow().Truncate(time.Minute)
		}
		s := a.Store()
		write(a, func() error { _, err := s.RecordTrip(bg(), b.ID, b.Version, p); return err }, nil)
	})
}

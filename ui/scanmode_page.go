package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/arsip"
	"rapi/ui/kit"
	"rapi/ui/qrcode"
)

// scanPageKey is the Pindai page's navigation key.
const scanPageKey = "scan2.nav"

// scanPage is the Pindai page: the mode selector, what the mode needs
// (a borrower, a destination, a stock-take), and the running list of
// what each scan did, with undo for moves.
type scanPage struct {
	app     *App
	box     *scanBox
	modes   *widget.RadioGroup
	status  *widget.Label
	panel   *fyne.Container
	list    *widget.List
	log     []arsip.Outcome
	lastLen int

	borrower, nip, unit, days *kit.Entry
}

func newScanPage(a *App) fyne.CanvasObject {
	b := a.shell.scan
	p := &scanPage{app: a, box: b}
	b.page = p
	names := make([]string, len(arsip.ScanModes))
	for i, m := range arsip.ScanModes {
		names[i] = lang.L(m.Key())
	}
	p.modes = widget.NewRadioGroup(names, p.onMode)
	p.modes.Horizontal = true
	p.modes.Required = true
	p.status = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.status.Wrapping = fyne.TextWrapWord
	p.panel = container.NewVBox()
	p.borrower, p.nip, p.unit, p.days = a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry()
	p.days.SetText(strconv.Itoa(b.session.DueDays))
	for _, e := range []*kit.Entry{p.borrower, p.nip, p.unit, p.days} {
		e.OnChanged = func(string) { p.onBorrower() }
	}
	p.list = widget.NewList(func() int { return len(p.log) },
		func() fyne.CanvasObject {
			undo := widget.NewButtonWithIcon(lang.L("scan2.undo"), theme.ContentUndoIcon(), nil)
			msg := widget.NewLabel("")
			msg.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), undo, msg)
		},
		p.updateLine)
	p.modes.SetSelected(names[b.session.Mode()])
	b.onChange = p.refresh
	p.refresh()
	photo := widget.NewButtonWithIcon(lang.L("scan2.photo"), theme.FileImageIcon(), a.onQRPhoto)
	clear := widget.NewButtonWithIcon(lang.L("scan2.clear"), theme.DeleteIcon(), func() {
		b.session.ClearLog()
		b.refreshMode()
	})
	top := container.NewVBox(
		widget.NewLabelWithStyle(lang.L("scan2.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.modes, p.status, p.panel, widget.NewSeparator(),
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("scan2.log")), container.NewHBox(photo, clear)))
	return container.NewBorder(top, nil, nil, nil, p.list)
}

func (p *scanPage) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.log) {
		return
	}
	out := p.log[i]
	c := o.(*fyne.Container)
	msg, icon, undo := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Icon), c.Objects[2].(*widget.Button)
	text := out.At.Format("15.04.05") + "  " + out.Msg
	if out.Undone {
		text += "  (" + lang.L("scan2.undone") + ")"
	}
	msg.SetText(text)
	if out.OK {
		icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	} else {
		icon.SetResource(theme.NewErrorThemedResource(theme.CancelIcon()))
	}
	if out.CanUndo() {
		undo.Show()
		undo.OnTapped = func() { p.onUndo(i) }
	} else {
		undo.Hide()
	}
}

func (p *scanPage) onMode(name string) {
	for _, m := range arsip.ScanModes {
		if lang.L(m.Key()) == name && p.box.session.Mode() != m {
			p.box.session.SetMode(m)
			p.box.refreshMode()
			p.app.FocusScan()
			return
		}
	}
}

func (p *scanPage) onBorrower() {
	days, _ := strconv.Atoi(strings.TrimSpace(p.days.Text))
	p.box.session.SetBorrower(p.borrower.Text, p.nip.Text, p.unit.Text, days)
	p.status.SetText(p.box.session.Status())
	p.box.mode.SetText(p.box.session.Status())
}

func (p *scanPage) onUndo(i int) {
	ss := p.box.session
	kit.Load(p.app, func() (arsip.Outcome, error) { return ss.Undo(context.Background(), i), nil }, func(o arsip.Outcome, _ error) {
		p.app.ScanFeedback(o.OK)
		p.app.notifyChanged()
		p.box.refreshMode()
	})
}

// refresh shows the session's state: status, the mode's own controls,
// the running list.
func (p *scanPage) refresh() {
	if p.app.shell == nil || p.app.shell.scan.page != p {
		return
	}
	ss := p.box.session
	p.status.SetText(ss.Status())
	mode := ss.Mode()
	p.modes.SetSelected(lang.L(mode.Key()))
	var objs []fyne.CanvasObject
	helpKey := "scan2.help." + strconv.Itoa(int(mode))
	help := widget.NewLabel(kit.T(helpKey))
	help.Wrapping = fyne.TextWrapWord
	objs = append(objs, help)
	switch mode {
	case arsip.ModePindah:
		if ss.Dest() != nil {
			objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(lang.L("scan2.change_dest"), theme.ViewRefreshIcon(), func() {
				ss.ClearDest()
				p.box.refreshMode()
				p.app.FocusScan()
			})))
		}
	case arsip.ModePinjam:
		objs = append(objs, widget.NewForm(
			widget.NewFormItem(lang.L("card.f.borrower"), p.borrower),
			widget.NewFormItem(lang.L("card.f.nip"), p.nip),
			widget.NewFormItem(lang.L("card.f.unit"), p.unit),
			widget.NewFormItem(lang.L("card.f.days"), p.days)))
	case arsip.ModeOpname:
		if so := ss.Opname(); so != nil {
			objs = append(objs, widget.NewLabel(kit.Ln("scan2.opname_counts", map[string]any{
				"Missing": so.Missing, "Misplaced": so.Misplaced, "Unknown": so.Unknown})))
			finish := widget.NewButtonWithIcon(lang.L("scan2.opname_finish"), theme.DocumentSaveIcon(), p.onFinishOpname)
			finish.Importance = widget.HighImportance
			cancel := widget.NewButtonWithIcon(lang.L("scan2.opname_cancel"), theme.CancelIcon(), func() {
				ss.CancelOpname()
				p.box.refreshMode()
			})
			objs = append(objs, container.NewHBox(finish, cancel))
		}
	}
	p.panel.Objects = objs
	p.panel.Refresh()
	p.log = ss.Log()
	p.list.Refresh()
}

// onFinishOpname saves the stock-take and shows its differences.
func (p *scanPage) onFinishOpname() {
	a, ss := p.app, p.box.session
	kit.Load(a, func() (*storage.StokOpname, error) { return ss.FinishOpname(context.Background()) }, func(so *storage.StokOpname, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		p.box.refreshMode()
		arsip.ShowOpnameResult(a, so)
		reportShown(fmt.Sprintf("OPNAME:%s:%d/%d/%d", so.PlaceCode, so.Missing, so.Misplaced, so.Unknown))
	})
}

// startOpnameAt switches to Stok opname and starts it at the place with
// this code (from a place's card).
func (a *App) startOpnameAt(code string) {
	if a.shell == nil {
		return
	}
	ss := a.shell.scan.session
	ss.CancelOpname()
	ss.SetMode(arsip.ModeOpname)
	a.ShowPage(scanPageKey)
	a.modeScan(code)
}

// onQRPhoto reads the QR code in a photo of a label and treats it as
// scanned, for offices without a scanner.
func (a *App) onQRPhoto() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if err != nil {
				a.ShowError(err)
			}
			return
		}
		path := r.URI().Path()
		r.Close()
		a.ScanPhoto(path)
	}, a.win)
	d.Show()
}

// ScanPhoto decodes the QR code in an image file off the UI goroutine
// and treats the code as scanned.
func (a *App) ScanPhoto(path string) {
	kit.Load(a, func() (string, error) { return qrcode.DecodeFile(path) }, func(code string, err error) {
		if err != nil {
			a.ScanFeedback(false)
			a.ShowInfo(lang.L("scan2.photo"), kit.Ln("scan2.photo_failed", map[string]any{"Err": err.Error()}))
			return
		}
		a.Scanned(code)
	})
}

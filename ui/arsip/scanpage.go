package arsip

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// ScanBox is the shell's scan box as the Pindai page sees it: the box
// takes the scans (keyboard, scanner, photo) and hands them to its
// session; the page picks the mode and shows what the scans did.
type ScanBox interface {
	// Session is the scan modes' state the box hands its scans to.
	Session() *Session
	// ModeChanged shows the mode beside the box afresh, then the page.
	ModeChanged()
	// StatusChanged shows only the status text beside the box afresh.
	StatusChanged()
	// FocusScan puts the keyboard focus back in the box.
	FocusScan()
	// ScanFeedback flashes the box green (ok) or red.
	ScanFeedback(ok bool)
	// ChoosePhoto reads a label's QR code from a photo, as a scan.
	ChoosePhoto()
	// ReportShown tells end-to-end tests what the window showed.
	ReportShown(what string)
}

// ScanPage is the Pindai page: the mode selector, what the mode needs
// (a borrower, a destination, a stock-take), and the running list of
// what each scan did, with undo for moves.
type ScanPage struct {
	app     Shell
	box     ScanBox
	content fyne.CanvasObject
	modes   *widget.RadioGroup
	status  *widget.Label
	panel   *fyne.Container
	list    *widget.List
	log     []Outcome
	lastLen int

	borrower, nip, unit, days *kit.Entry
}

// NewScanPage builds the Pindai page of box's scan modes.
func NewScanPage(a Shell, box ScanBox) *ScanPage {
	p := &ScanPage{app: a, box: box}
	ss := box.Session()
	names := make([]string, len(ScanModes))
	for i, m := range ScanModes {
		names[i] = lang.L(m.Key())
	}
	p.modes = widget.NewRadioGroup(names, p.onMode)
	p.modes.Horizontal = true
	p.modes.Required = true
	p.status = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.status.Wrapping = fyne.TextWrapWord
	p.panel = container.NewVBox()
	p.borrower, p.nip, p.unit, p.days = a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry()
	p.days.SetText(strconv.Itoa(ss.DueDays))
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
	p.modes.SetSelected(names[ss.Mode()])
	p.Refresh()
	photo := widget.NewButtonWithIcon(lang.L("scan2.photo"), theme.FileImageIcon(), box.ChoosePhoto)
	clear := widget.NewButtonWithIcon(lang.L("scan2.clear"), theme.DeleteIcon(), func() {
		ss.ClearLog()
		box.ModeChanged()
	})
	top := container.NewVBox(
		widget.NewLabelWithStyle(lang.L("scan2.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.modes, p.status, p.panel, widget.NewSeparator(),
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("scan2.log")), container.NewHBox(photo, clear)))
	p.content = container.NewBorder(top, nil, nil, nil, p.list)
	return p
}

// Content is the page as the navigation shows it.
func (p *ScanPage) Content() fyne.CanvasObject { return p.content }

func (p *ScanPage) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
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

func (p *ScanPage) onMode(name string) {
	for _, m := range ScanModes {
		if lang.L(m.Key()) == name && p.box.Session().Mode() != m {
			p.box.Session().SetMode(m)
			p.box.ModeChanged()
			p.box.FocusScan()
			return
		}
	}
}

func (p *ScanPage) onBorrower() {
	days, _ := strconv.Atoi(strings.TrimSpace(p.days.Text))
	p.box.Session().SetBorrower(p.borrower.Text, p.nip.Text, p.unit.Text, days)
	p.status.SetText(p.box.Session().Status())
	p.box.StatusChanged()
}

func (p *ScanPage) onUndo(i int) {
	ss := p.box.Session()
	kit.Load(p.app, func() (Outcome, error) { return ss.Undo(context.Background(), i), nil }, func(o Outcome, _ error) {
		p.box.ScanFeedback(o.OK)
		p.app.DataChanged()
		p.box.ModeChanged()
	})
}

// Refresh shows the session's state: status, the mode's own controls,
// the running list. The scan box calls it after every scan.
func (p *ScanPage) Refresh() {
	ss := p.box.Session()
	p.status.SetText(ss.Status())
	mode := ss.Mode()
	p.modes.SetSelected(lang.L(mode.Key()))
	var objs []fyne.CanvasObject
	helpKey := "scan2.help." + strconv.Itoa(int(mode))
	help := widget.NewLabel(kit.T(helpKey))
	help.Wrapping = fyne.TextWrapWord
	objs = append(objs, help)
	switch mode {
	case ModePindah:
		if ss.Dest() != nil {
			objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(lang.L("scan2.change_dest"), theme.ViewRefreshIcon(), func() {
				ss.ClearDest()
				p.box.ModeChanged()
				p.box.FocusScan()
			})))
		}
	case ModePinjam:
		objs = append(objs, widget.NewForm(
			widget.NewFormItem(lang.L("card.f.borrower"), p.borrower),
			widget.NewFormItem(lang.L("card.f.nip"), p.nip),
			widget.NewFormItem(lang.L("card.f.unit"), p.unit),
			widget.NewFormItem(lang.L("card.f.days"), p.days)))
	case ModeOpname:
		objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(lang.L("opname3.history"), theme.HistoryIcon(),
			func() { ShowOpnameHistory(p.app) })))
		if so := ss.Opname(); so != nil {
			level := widget.NewLabelWithStyle(ss.OpnameLevel(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			objs = append(objs, level, widget.NewLabel(kit.Ln("scan2.opname_counts", map[string]any{
				"Missing": so.Missing, "Misplaced": so.Misplaced, "Unknown": so.Unknown})))
			finish := widget.NewButtonWithIcon(lang.L("scan2.opname_finish"), theme.DocumentSaveIcon(), p.onFinishOpname)
			finish.Importance = widget.HighImportance
			cancel := widget.NewButtonWithIcon(lang.L("scan2.opname_cancel"), theme.CancelIcon(), func() {
				ss.CancelOpname()
				p.box.ModeChanged()
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
func (p *ScanPage) onFinishOpname() {
	a, ss := p.app, p.box.Session()
	kit.Load(a, func() (*storage.StokOpname, error) { return ss.FinishOpname(context.Background()) }, func(so *storage.StokOpname, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		p.box.ModeChanged()
		ShowOpnameResult(a, so)
		p.box.ReportShown(fmt.Sprintf("OPNAME:%s:%d/%d/%d", so.PlaceCode, so.Missing, so.Misplaced, so.Unknown))
	})
}

package arsip

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/impor"
	"rapi/ui/kit"
)

// loansView is the Peminjaman tab: lend a file or box, see the open
// loans (overdue ones in red) and take one back.
type loansView struct {
	app Shell

	code, borrower, nip, unit, tanggal, due, purpose *kit.Entry
	clerk                                            *widget.Label
	lendErr                                          *widget.Label
	lend                                             *widget.Button

	loans       []marsip.Peminjaman
	shown       []marsip.Peminjaman
	onlyOverdue *widget.Check
	list        *widget.List
	count       *widget.Label
	selected    *marsip.Peminjaman
	returnInfo  *widget.Label
	condition   *kit.Entry
	returnBtn   *widget.Button
	content     fyne.CanvasObject
}

func newLoansView(a Shell) *loansView {
	v := &loansView{app: a, code: a.NewEntry(), borrower: a.NewEntry(), nip: a.NewEntry(), unit: a.NewEntry(),
		tanggal: a.NewEntry(), due: a.NewEntry(), purpose: a.NewEntry(), clerk: widget.NewLabel(""),
		lendErr: errorLabel(), count: widget.NewLabel(""), returnInfo: widget.NewLabel(""), condition: a.NewEntry()}
	v.code.SetPlaceHolder(lang.L("arsipui.loans.code_hint"))
	v.condition.SetPlaceHolder(lang.L("arsipui.loans.condition_hint"))
	v.returnInfo.Wrapping = fyne.TextWrapWord
	v.resetLendForm()
	v.lend = widget.NewButtonWithIcon(lang.L("arsipui.loans.lend"), theme.MailForwardIcon(), v.onLend)
	v.lend.Importance = widget.HighImportance
	form := widget.NewForm(
		widget.NewFormItem(arsipFieldLabel("berkas"), v.code),
		widget.NewFormItem(arsipFieldLabel("peminjam"), v.borrower),
		widget.NewFormItem(arsipFieldLabel("nip"), v.nip),
		widget.NewFormItem(arsipFieldLabel("unit"), v.unit),
		widget.NewFormItem(arsipFieldLabel("tanggal"), v.tanggal),
		widget.NewFormItem(arsipFieldLabel("jatuh_tempo"), v.due),
		widget.NewFormItem(arsipFieldLabel("keperluan"), v.purpose),
		widget.NewFormItem(lang.L("field.clerk"), v.clerk),
	)
	// The help wraps: as a card subtitle its one line widened the window
	// past 1,100 px.
	help := widget.NewLabel(lang.L("arsipui.loans.lend_help"))
	help.Wrapping = fyne.TextWrapWord
	lendCard := widget.NewCard(lang.L("arsipui.loans.lend_title"), "",
		container.NewVBox(help, form, v.lendErr, container.NewHBox(v.lend)))

	v.onlyOverdue = widget.NewCheck(lang.L("arsipui.loans.only_overdue"), func(bool) { v.filter() })
	v.list = widget.NewList(func() int { return len(v.shown) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, v.updateRow)
	v.list.OnSelected = v.onSelect
	v.returnBtn = widget.NewButtonWithIcon(lang.L("arsipui.loans.return"), theme.MailReplyIcon(), v.onReturn)
	v.returnBtn.Disable()
	returnBox := container.NewVBox(v.returnInfo, widget.NewForm(widget.NewFormItem(arsipFieldLabel("kondisi"), v.condition)),
		container.NewHBox(v.returnBtn, widget.NewButtonWithIcon(lang.L("print.loan_card"), theme.DocumentPrintIcon(), func() {
			if v.selected != nil {
				v.app.PrintLoanCard(v.selected.ID)
			}
		})))
	export := widget.NewButtonWithIcon(lang.L("impor.export.title"), theme.DocumentSaveIcon(), v.onExport)
	openCard := widget.NewCard(lang.L("arsipui.loans.open_title"), "",
		container.NewBorder(container.NewBorder(nil, nil, nil, export, container.NewHBox(v.count, v.onlyOverdue)), returnBox, nil, nil, v.list))
	split := container.NewHSplit(container.NewVScroll(lendCard), openCard)
	split.Offset = 0.38
	v.content = split
	v.load()
	return v
}

func (v *loansView) resetLendForm() {
	today := timeNow()
	for _, e := range []*kit.Entry{v.code, v.borrower, v.nip, v.unit, v.purpose} {
		e.SetText("")
	}
	v.tanggal.SetText(model.FormatDateShort(today))
	v.due.SetText(model.FormatDateShort(today.AddDate(0, 0, 7)))
	v.clerk.SetText(v.app.Actor().Label())
}

// load reads the open loans.
func (v *loansView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	kit.Load(v.app, func() ([]marsip.Peminjaman, error) { return s.OpenArsipLoans(bg()) }, func(loans []marsip.Peminjaman, err error) {
		if err != nil {
			v.count.SetText(explainArsip(err))
			return
		}
		v.loans = loans
		v.filter()
	})
}

func (v *loansView) filter() {
	now := timeNow()
	v.shown = v.shown[:0]
	overdue := 0
	for _, l := range v.loans {
		if l.Overdue(now) {
			overdue++
		}
		if !v.onlyOverdue.Checked || l.Overdue(now) {
			v.shown = append(v.shown, l)
		}
	}
	v.count.SetText(kit.Ln("arsipui.loans.count", map[string]any{"N": len(v.loans), "Late": overdue}))
	v.list.UnselectAll()
	v.selected = nil
	v.returnBtn.Disable()
	v.returnInfo.SetText(lang.L("arsipui.loans.pick"))
	v.list.Refresh()
}

func (v *loansView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	l := v.shown[i]
	label := o.(*widget.Label)
	text := kit.Ln("arsipui.loans.row", map[string]any{"Code": l.Code, "Title": l.Title, "Who": l.Borrower,
		"Due": model.FormatDate(l.Due)})
	if l.Unit != "" {
		text += " · " + l.Unit
	}
	label.Importance = widget.MediumImportance
	if l.Overdue(timeNow()) {
		days := int(dateOf(timeNow()).Sub(dateOf(l.Due)).Hours() / 24)
		text = kit.Ln("arsipui.loans.late", map[string]any{"Days": days}) + " · " + text
		label.Importance = widget.DangerImportance
	}
	label.SetText(text)
}

func (v *loansView) onSelect(i widget.ListItemID) {
	l := v.shown[i]
	v.selected = &l
	v.returnInfo.SetText(kit.Ln("arsipui.loans.selected", map[string]any{"Code": l.Code, "Title": l.Title,
		"Who": l.Borrower, "Since": model.FormatDate(l.Tanggal), "Clerk": l.Clerk}))
	v.returnBtn.Enable()
}

// onLend records the loan once the clerk's name is known: the loan
// stores the petugas exactly as the form shows it.
func (v *loansView) onLend() { v.app.EnsureClerk(v.lendNow) }

// lendNow finds the scanned or typed code and records the loan.
func (v *loansView) lendNow() {
	v.lendErr.Hide()
	v.clerk.SetText(v.app.Actor().Label())
	p := marsip.Peminjaman{Borrower: v.borrower.Text, NIP: v.nip.Text, Unit: v.unit.Text, Purpose: v.purpose.Text,
		Clerk: v.clerk.Text}
	var err error
	if p.Tanggal, err = parseDateField("tanggal", v.tanggal.Text); err != nil {
		showError(v.lendErr, explainArsip(err))
		return
	}
	if p.Due, err = parseDateField("jatuh_tempo", v.due.Text); err != nil {
		showError(v.lendErr, explainArsip(err))
		return
	}
	code := strings.TrimSpace(v.code.Text)
	if code == "" {
		showError(v.lendErr, explainArsip(model.Invalid("berkas", "", "error.required")))
		return
	}
	s := v.app.Store()
	v.lend.Disable()
	kit.Load(v.app, func() (marsip.Peminjaman, error) { return lendCode(s, code, p) }, func(p marsip.Peminjaman, err error) {
		v.lend.Enable()
		if err != nil {
			showError(v.lendErr, explainArsip(err))
			return
		}
		v.resetLendForm()
		v.app.ShowInfo(lang.L("arsipui.loans.lend_title"), kit.Ln("arsipui.loans.lent", map[string]any{
			"Code": code, "Who": p.Borrower, "Due": model.FormatDate(p.Due)}))
		v.load()
	})
}

// lendCode records loan p of the file or box with code; a code of
// anything else cannot be lent.
func lendCode(s *storage.Store, code string, p marsip.Peminjaman) (marsip.Peminjaman, error) {
	hit, err := s.FindCode(bg(), code)
	if err != nil {
		if isNotFoundErr(err) {
			err = model.Invalid("berkas", code, "error.not_found")
		}
		return p, err
	}
	switch hit.Kind {
	case model.CodeBerkas:
		p.BerkasID = hit.ID
	case model.CodeBoks:
		p.BoksID = hit.ID
	default:
		return p, model.Invalid("berkas", code, "arsipui.loans.not_lendable")
	}
	return p, s.LendArsip(bg(), &p)
}

// onReturn records that the selected loan came back today.
func (v *loansView) onReturn() {
	if v.selected == nil {
		return
	}
	l, cond := *v.selected, strings.TrimSpace(v.condition.Text)
	s := v.app.Store()
	kit.Change(v.app, func() error { return s.ReturnArsip(bg(), l.ID, l.Version, timeNow(), cond) }, func(err error) {
		if err != nil {
			showArsipError(v.app, err)
			return
		}
		v.condition.SetText("")
		v.app.ShowInfo(lang.L("arsipui.loans.return"), kit.Ln("arsipui.loans.returned", map[string]any{"Code": l.Code}))
		v.load()
	})
}

// exportOptions is the open-loans list (pinjam) as of today; its
// "Terlambat" column marks the overdue ones.
func (v *loansView) exportOptions() storage.ExportArsipOptions {
	return storage.ExportArsipOptions{List: storage.ListPinjam, AsOf: timeNow(), OverdueOnly: v.onlyOverdue.Checked}
}

// onExport asks where to save the open loans, then writes them.
func (v *loansView) onExport() { impor.ExportList(v.app, v.exportOptions()) }

// exportTo writes the loans shown (all open ones, or only the overdue) to path.
func (v *loansView) exportTo(path string) { impor.WriteExport(v.app, path, v.exportOptions()) }

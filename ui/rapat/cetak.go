package rapat

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// cetakView is the meeting's papers: a button for each, on A4 or F4,
// printed from the snapshot on screen with the letterhead from settings.
type cetakView struct {
	v          *rapatView
	paper      *widget.Select
	perPeserta *widget.Check
	qr         *widget.Check
	blank      *kit.Entry
	content    fyne.CanvasObject
}

// cetakPapers are the paper sizes offered, in order.
var cetakPapers = []label.Paper{label.PaperA4, label.PaperF4}

func cetakTab(v *rapatView) *container.TabItem {
	c := &cetakView{v: v, blank: v.app.NewEntry()}
	c.paper = kit.NewSelect([]string{"A4", "F4"}, nil)
	c.paper.SetSelectedIndex(0)
	c.perPeserta = widget.NewCheck(lang.L("rapat_paper.per_peserta"), nil)
	c.qr = widget.NewCheck(lang.L("rapat_paper.qr"), nil)
	c.blank.SetText("10")
	opts := widget.NewForm(widget.NewFormItem(lang.L("rapatui.cetak.paper"), c.paper),
		widget.NewFormItem(lang.L("rapat_paper.kind.undangan"), container.NewVBox(c.perPeserta, c.qr)),
		widget.NewFormItem(lang.L("rapat_paper.blank"), c.blank))
	buttons := container.NewGridWithColumns(3)
	for _, k := range printout.RapatKinds {
		kind := k
		buttons.Add(widget.NewButtonWithIcon(lang.L("rapat_paper.kind."+string(k)), theme.DocumentPrintIcon(), func() { c.print(kind) }))
	}
	excel := widget.NewButtonWithIcon(lang.L("rapatui.cetak.hadir_excel"), theme.DocumentSaveIcon(), func() {
		v.app.ExportHadir(v.id, v.l.Rapat.Code)
	})
	c.content = container.NewVBox(opts, buttons, widget.NewSeparator(), container.NewHBox(excel))
	return container.NewTabItem(lang.L("rapatui.tab.cetak"), c.content)
}

// print opens paper kind as a PDF; printing the invitations clears their
// "perlu dicetak ulang".
func (c *cetakView) print(kind printout.RapatKind) {
	s := c.v.app.Store()
	doc := printout.RapatDoc{Kind: kind, Rapat: c.v.l, PerPeserta: c.perPeserta.Checked, QR: c.qr.Checked, Now: timeNow()}
	if n, err := strconv.Atoi(strings.TrimSpace(c.blank.Text)); err == nil && n >= 0 {
		doc.Blank = n
	}
	p := cetakPapers[max(0, c.paper.SelectedIndex())]
	kit.Load(c.v.app, func() (model.Institution, error) { return s.Institution(bg()) }, func(inst model.Institution, err error) {
		if err != nil {
			showErr(c.v.app, err)
			return
		}
		doc.Institution = inst
		c.v.app.PrintRapat(doc, p)
		if kind == printout.RapatUndangan {
			id := c.v.id
			kit.Change(c.v.app, func() error { return s.MarkUndanganDicetak(bg(), id) }, c.v.changed)
		}
	})
}

package inventaris

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/label"
	"rapi/model/value"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// printChoice is one list the Barang tab prints: the six KIBs, the Buku
// Inventaris and the mutasi report of a period.
type printChoice struct {
	list storage.AsetPaperList
	name string
}

func printChoices() []printChoice {
	out := make([]printChoice, 0, len(aset.KIBs)+2)
	for _, g := range aset.KIBs {
		out = append(out, printChoice{storage.AsetPaperList("kib-" + strings.ToLower(string(g))), "KIB " + string(g) + " – " + kibName(g)})
	}
	return append(out, printChoice{storage.ListBukuInventaris, lang.L("inv.list.buku")},
		printChoice{storage.ListMutasi, lang.L("inv.list.mutasi")})
}

// onPrint asks which list, on which paper and (for the mutasi report)
// which period, then opens it as a PDF.
func (l *asetList) onPrint() {
	choices := printChoices()
	names := make([]string, len(choices))
	for i, c := range choices {
		names[i] = c.name
	}
	list := kit.NewSelect(names, nil)
	list.SetSelectedIndex(1) // KIB B: the one every office prints
	papers := kit.NewSelect([]string{"F4", "A4"}, nil)
	papers.SetSelectedIndex(0)
	now := timeNow()
	per := newPeriodFields(l.app, now)
	items := append([]*widget.FormItem{item("inv.list.cetak_list", list), item("inv.list.cetak_paper", papers)}, per.items()...)
	l.app.AskForm("inv.list.cetak_title", "inv.list.cetak", items, func() {
		opt := printout.AsetOptions{List: choices[max(0, list.SelectedIndex())].list, Paper: label.PaperF4, AsOf: now}
		if papers.SelectedIndex() == 1 {
			opt.Paper = label.PaperA4
		}
		if opt.List == storage.ListMutasi {
			var err error
			if opt.From, opt.To, err = per.read(); err != nil {
				showErr(l.app, err)
				return
			}
		}
		l.app.PrintAset(printout.AsetDoc{List: &opt})
	})
}

// periodFields are the mutasi report's "from" and "to" dates, the year so
// far until the clerk types others; the PDF and the Excel export ask the
// same way.
type periodFields struct{ from, to *kit.Entry }

func newPeriodFields(a Shell, now time.Time) periodFields {
	p := periodFields{a.NewEntry(), a.NewEntry()}
	p.from.SetText(model.FormatDateShort(time.Date(now.Year(), 1, 1, 0, 0, 0, 0, now.Location())))
	p.to.SetText(model.FormatDateShort(now))
	return p
}

func (p periodFields) items() []*widget.FormItem {
	return []*widget.FormItem{item("inv.list.cetak_from", p.from), item("inv.list.cetak_to", p.to)}
}

func (p periodFields) read() (time.Time, time.Time, error) { return period(p.from.Text, p.to.Text) }

// period reads the mutasi report's dates as clerks write them; the error
// names the field that is not a date.
func period(from, to string) (time.Time, time.Time, error) {
	f, err := value.ParseDate(from)
	if err != nil {
		return f, f, model.Invalid("mutasi_dari", from, "error.inv_not_date")
	}
	t, err := value.ParseDate(to)
	if err != nil {
		return f, t, model.Invalid("mutasi_sampai", to, "error.inv_not_date")
	}
	return f, t.AddDate(0, 0, 1).Add(-time.Nanosecond), nil // the whole last day
}

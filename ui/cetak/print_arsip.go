package cetak

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	rstore "rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/paper"
	"rapi/ui/printout"
)

// Archive printing: folder (berkas) and box labels in the print queue,
// the cards' "Cetak label", the official lists and the loan card.

// Kinds under which archive labels are remembered as printed (as rapictl labels --kind).
const (
	BerkasKind = string(model.CodeBerkas)
	BoksKind   = string(model.CodeBoks)
)

// BerkasSource is the folder labels of every file not in the bin.
type BerkasSource struct{}

func (BerkasSource) Kind() string  { return BerkasKind }
func (BerkasSource) Title() string { return lang.L("print.source.berkas") }

// Items lists every file in code order.
func (BerkasSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	labels, err := printout.FolderLabels(ctx, s)
	return queueItems(BerkasKind, labels), err
}

// queueItems turns laid-out labels of one kind into print queue entries.
func queueItems(kind string, labels []printout.Labeled) []PrintItem {
	out := make([]PrintItem, len(labels))
	for i, l := range labels {
		d := l.Label
		out[i] = PrintItem{Kind: kind, Code: l.Code, Title: l.Title, Label: func() paper.Drawer { return d }}
	}
	return out
}

// BoksSource is the labels of every box.
type BoksSource struct{}

func (BoksSource) Kind() string  { return BoksKind }
func (BoksSource) Title() string { return lang.L("print.source.boks") }

// Items lists every box by number.
func (BoksSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	labels, err := printout.BoxLabels(ctx, s)
	return queueItems(BoksKind, labels), err
}

// PrintLabels hands the codes of one kind to the print queue: the labels
// of the records a card shows go to the queue, the card closes and Cetak
// opens.
func (a *Cetak) PrintLabels(kind model.CodeKind, codes []string) {
	s := a.Store()
	if s == nil || len(codes) == 0 {
		return
	}
	a.Go(func() {
		items, err := scannedItems(context.Background(), s, a.sources, LabelKind(kind), codes)
		a.Do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			if top := a.Window().Canvas().Overlays().Top(); top != nil {
				top.Hide() // the card the clerk pressed "Cetak label" on
			}
			a.QueueLabels(items)
		})
	})
}

// LabelKind is the kind under which the labels of a code kind are
// remembered as printed: the one mapping from model.CodeKind to the
// printed table's kinds (a place's labels are "lokasi" there).
func LabelKind(k model.CodeKind) string {
	if k == model.CodePlace {
		return PlaceKind
	}
	return string(k)
}

// scannedItems asks the label source of kind for the codes' labels.
func scannedItems(ctx context.Context, s *rstore.Store, sources []PrintSource, kind string, codes []string) ([]PrintItem, error) {
	for _, src := range sources {
		if src.Kind() == kind {
			return src.Labels(ctx, s, codes)
		}
	}
	return nil, model.Invalid("kind", kind, "error.arsip_choice")
}

// Labels are the folder labels of the files with codes.
func (BerkasSource) Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error) {
	labels, err := printout.FolderLabels(ctx, s, codes...)
	return queueItems(BerkasKind, labels), err
}

// Labels are the labels of the boxes with codes.
func (BoksSource) Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error) {
	labels, err := printout.BoxLabels(ctx, s, codes...)
	return queueItems(BoksKind, labels), err
}

// PrintLoanCard opens the loan card (out indicator) of a loan as a PDF,
// one A5 card, ready to print and put in the lent file's place.
func (a *Cetak) PrintLoanCard(loanID int64) {
	s := a.Store()
	if s == nil {
		return
	}
	a.Go(func() {
		cards, err := printout.LoanCards(context.Background(), s, loanID)
		var path string
		if err == nil {
			var buf bytes.Buffer
			if err = paper.RenderLoanCardsPDF(&buf, cards, false, nil); err == nil {
				path, err = writeTemp("kartu-pinjam", buf.Bytes())
			}
		}
		a.Do(func() {
			if err == nil {
				err = a.openFile(path)
			}
			if err != nil {
				a.ShowError(err)
			}
		})
	})
}

// --- official lists on the Cetak screen -----------------------------------

// listsCard picks an official list, its paper and orientation, shows
// page 1 and writes the PDF.
type listsCard struct {
	app         *Cetak
	list        *widget.Select
	paperSel    *widget.Select
	orientation *widget.Select
	preview     *canvas.Image
	pages       *widget.Label
	filter      *listFilter
	seq         int // the newest preview asked for; older ones are dropped
}

// listPreviewDPI keeps a page readable as a layout, and quick.
const listPreviewDPI = 40

// ListPreviewSize is the smallest size of the list's page preview.
var ListPreviewSize = fyne.NewSize(300, 220)

// ListName is a list as the clerk picks it.
func ListName(l rstore.ArsipList) string {
	switch l {
	case rstore.ListAktif:
		return lang.L("print.list.aktif")
	case rstore.ListInaktif:
		return lang.L("print.list.inaktif")
	case rstore.ListIsi:
		return lang.L("print.list.isi")
	case rstore.ListUsulPindah:
		return lang.L("print.list.usul-pindah")
	case rstore.ListUsulMusnah:
		return lang.L("print.list.usul-musnah")
	}
	return string(l)
}

func (p *printPage) listsCard() fyne.CanvasObject {
	c := &listsCard{app: p.app, pages: widget.NewLabel("")}
	names := make([]string, len(printout.Lists))
	for i, l := range printout.Lists {
		names[i] = ListName(l)
	}
	c.list = kit.NewSelect(names, func(string) { c.refresh() })
	c.paperSel = kit.NewSelect([]string{"A4", paperName(label.PaperF4)}, func(string) { c.refresh() })
	c.orientation = kit.NewSelect([]string{lang.L("print.list.landscape"), lang.L("print.list.portrait")}, func(string) { c.refresh() })
	c.preview = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	c.preview.FillMode = canvas.ImageFillContain
	c.preview.SetMinSize(ListPreviewSize)
	c.paperSel.SetSelectedIndex(1) // F4, the usual paper for these lists
	c.orientation.SetSelectedIndex(0)
	// No list is chosen at first: gathering one reads every file, which is
	// wasted when the clerk came to Cetak for labels.
	c.list.PlaceHolder = lang.L("print.list.choose")
	c.filter = newListFilter(p.app, c.refresh)
	c.filter.load(p.app)
	form := widget.NewForm(append([]*widget.FormItem{widget.NewFormItem(lang.L("print.list.list"), c.list),
		widget.NewFormItem(lang.L("print.list.paper"), c.paperSel),
		widget.NewFormItem(lang.L("print.list.orientation"), c.orientation)}, c.filter.items()...)...)
	open := widget.NewButton(lang.L("print.list.open"), func() { c.output("", c.app.openFile) })
	open.Importance = widget.HighImportance
	save := widget.NewButton(lang.L("print.list.save"), c.onSave)
	return widget.NewCard(lang.L("print.list.title"), "", container.NewVBox(form, c.preview, c.pages, container.NewHBox(open, save)))
}

// options reads the pickers and the filter; a filter that does not read
// is said under the preview.
func (c *listsCard) options() (printout.ListOptions, bool) {
	i := c.list.SelectedIndex()
	if i < 0 {
		return printout.ListOptions{}, false
	}
	bf, err := c.filter.filter()
	if err != nil {
		c.pages.SetText(kit.Explain(err))
		return printout.ListOptions{}, false
	}
	opt := printout.ListOptions{List: printout.Lists[i], Paper: label.PaperF4, AsOf: time.Now(),
		Portrait: c.orientation.SelectedIndex() == 1, Filter: bf}
	if c.paperSel.SelectedIndex() == 0 {
		opt.Paper = label.PaperA4
	}
	return opt, true
}

// refresh gathers the list off the UI goroutine and shows its first page.
func (c *listsCard) refresh() {
	opt, ok := c.options()
	s := c.app.Store()
	if !ok || s == nil || c.preview == nil {
		return
	}
	c.seq++
	seq := c.seq
	c.app.Go(func() {
		var img *image.RGBA
		var pages int
		spec, rows, err := printout.Form(context.Background(), s, opt)
		if err == nil {
			img, pages, err = paper.RenderTableImage(spec, rows, 0, listPreviewDPI)
		}
		c.app.Do(func() {
			if seq != c.seq {
				return
			}
			if err != nil {
				c.pages.SetText(kit.Explain(err))
				return
			}
			c.preview.Image = img
			c.preview.Refresh()
			c.pages.SetText(kit.Ln("print.list.pages", map[string]any{"Pages": pages}))
		})
	})
}

// output writes the list as a PDF to path (a temporary file when empty)
// and hands it on.
func (c *listsCard) output(path string, then func(string) error) {
	opt, ok := c.options()
	s := c.app.Store()
	if !ok || s == nil {
		return
	}
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("rapi-daftar-%s-%s.pdf", opt.List, time.Now().Format("20060102-150405")))
	}
	c.app.Go(func() {
		err := printout.WriteFormPDF(context.Background(), s, opt, path)
		c.app.Do(func() {
			if err == nil && then != nil {
				err = then(path)
			}
			if err != nil {
				c.app.ShowError(err)
			}
		})
	})
}

func (c *listsCard) onSave() {
	opt, ok := c.options()
	if !ok {
		return
	}
	name := fmt.Sprintf("%s %s.pdf", ListName(opt.List), time.Now().Format("2006-01-02"))
	c.app.savePDFAs(name, lang.L("print.list.save"), c.output)
}

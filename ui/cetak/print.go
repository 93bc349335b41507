package cetak

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapi/model/label"
	rstore "rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/paper"
)

// printPage is Cetak: the queue, the label paper, this PC's printer
// offset, a preview and the PDF.
type printPage struct {
	app       *Cetak
	queue     *printQueue
	content   fyne.CanvasObject
	queueList *widget.List
	selected  int
	source    *widget.Select
	sources   []PrintSource
	count     *widget.Label

	templates []label.Template
	stored    map[string]rstore.StoredTemplate
	picker    *widget.Select
	tplName   *kit.Entry
	tplNote   *kit.Entry
	paperSel  *widget.Select
	fields    []*tplField

	offsetX, offsetY *kit.Entry
	startAt, copies  *kit.Entry

	preview *canvas.Image
	problem *widget.Label
	filling bool
}

var paperChoices = []label.Paper{label.PaperA4, label.PaperF4, label.PaperLetter, label.PaperCustom, label.PaperRoll}

func newPrintPage(a *Cetak) *printPage {
	p := &printPage{app: a, queue: a.printQueue(), selected: -1, sources: a.sources,
		tplName: a.NewEntry(), tplNote: a.NewEntry(), offsetX: a.NewEntry(), offsetY: a.NewEntry(),
		startAt: a.NewEntry(), copies: a.NewEntry(), problem: widget.NewLabel(""), count: widget.NewLabel("")}
	p.problem.Wrapping = fyne.TextWrapWord
	p.problem.Importance = widget.DangerImportance
	for _, f := range []struct {
		name, key string
		int       bool
	}{
		{"PageWidth", "print.field.page_width", false}, {"PageHeight", "print.field.page_height", false},
		{"LabelWidth", "print.field.label_width", false}, {"LabelHeight", "print.field.label_height", false},
		{"Radius", "print.field.radius", false}, {"Columns", "print.field.columns", true}, {"Rows", "print.field.rows", true},
		{"Left", "print.field.left", false}, {"Top", "print.field.top", false},
		{"HPitch", "print.field.hpitch", false}, {"VPitch", "print.field.vpitch", false},
	} {
		tf := &tplField{name: f.name, key: f.key, entry: a.NewEntry(), int: f.int}
		tf.entry.OnChanged = func(string) { p.refreshPreview() }
		p.fields = append(p.fields, tf)
	}
	for _, e := range []*kit.Entry{p.tplName, p.offsetX, p.offsetY, p.startAt, p.copies} {
		e.OnChanged = func(string) { p.refreshPreview() }
	}
	names := make([]string, len(paperChoices))
	for i, pc := range paperChoices {
		names[i] = paperName(pc)
	}
	p.paperSel = kit.NewSelect(names, func(string) { p.refreshPreview() })
	p.picker = kit.NewSelect(nil, p.onPick)
	p.source = kit.NewSelect(nil, nil)
	for _, s := range p.sources {
		p.source.Options = append(p.source.Options, s.Title())
	}
	p.selectSource(a.prefs().LastSource())
	p.source.OnChanged = func(string) { p.rememberSource() }
	off := a.prefs().PrinterOffset()
	p.offsetX.SetText(fmtMM(off.X))
	p.offsetY.SetText(fmtMM(off.Y))
	p.startAt.SetText("1")
	p.copies.SetText("1")
	p.preview = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.preview.FillMode = canvas.ImageFillContain
	p.preview.SetMinSize(fyne.NewSize(200, 300)) // narrow enough for Cetak to fit 1,280 px
	p.queueList = widget.NewList(func() int { return len(p.queue.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("LOK-000000 · Rak arsip")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := p.queue.items[i]
			o.(*widget.Label).SetText(it.Code + " · " + it.Title)
		})
	p.queueList.OnSelected = func(i widget.ListItemID) { p.selected = i }
	p.queueList.OnUnselected = func(widget.ListItemID) { p.selected = -1 }
	p.updateCount()
	p.loadTemplates(a.prefs().LastTemplate())

	left := container.NewBorder(p.queueCard(), nil, nil, nil, p.queueList)
	middle := container.NewVScroll(container.NewVBox(p.templateCard(), p.printerCard(), p.outputCard(), p.listsCard()))
	right := container.NewBorder(widget.NewLabelWithStyle(lang.L("print.preview"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.problem, nil, nil, p.preview)
	split := container.NewHSplit(left, container.NewHSplit(middle, right))
	split.Offset = 0.25
	p.content = split
	return p
}

func paperName(pc label.Paper) string {
	switch pc {
	case label.PaperCustom:
		return lang.L("print.paper.custom")
	case label.PaperRoll:
		return lang.L("print.paper.roll")
	case label.PaperF4:
		return "F4 / Folio"
	}
	return string(pc)
}

func fmtMM(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// parseNumber reads a number typed the Indonesian way ("99,1") or not.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(strings.Replace(s, ",", ".", 1))
	if s == "" {
		return 0, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// --- queue -----------------------------------------------------------------

// drawers are the queue's labels, or for the preview of an empty queue a
// full sheet showing the layout: sample place labels while place labels
// are chosen, blank labels for any other kind (a place label there would
// look like what is about to print).
func (p *printPage) drawers(forPreview bool, t label.Template) []paper.Drawer {
	if len(p.queue.items) == 0 && forPreview {
		var sample paper.Drawer = blankLabel{}
		if src := p.currentSource(); src == nil || src.Kind() == PlaceKind {
			sample = paper.PlaceLabel{Code: "LOK-000001", Name: lang.L("print.sample")}
		}
		out := make([]paper.Drawer, min(t.PerPage(), 200)) // a full sheet shows the layout
		for i := range out {
			out[i] = sample
		}
		return out
	}
	out := make([]paper.Drawer, len(p.queue.items))
	for i, it := range p.queue.items {
		out[i] = it.Label()
	}
	return out
}

// previewDPI keeps the preview sharp enough to read and fast to redraw.
const previewDPI = 60

// refreshPreview redraws the first page as the clerk types; a problem is
// shown naming its field, and the last good preview stays.
func (p *printPage) refreshPreview() {
	if p.filling || p.preview == nil {
		return
	}
	t, err := p.template()
	var opts paper.Options
	if err == nil {
		opts, err = p.options()
	}
	if err != nil {
		p.problem.SetText(err.Error())
		return
	}
	opts.Outline = true
	img, err := paper.RenderLabelsImage(t, p.drawers(true, t), opts, 0, previewDPI)
	if err != nil {
		p.problem.SetText(kit.Explain(err))
		return
	}
	p.problem.SetText("")
	p.preview.Image = img
	p.preview.Refresh()
}

func (p *printPage) outputCard() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("print.field.start"), p.startAt),
		widget.NewFormItem(lang.L("print.field.copies"), p.copies))
	save := widget.NewButton(lang.L("print.save_pdf"), p.onSavePDF)
	open := widget.NewButton(lang.L("print.open_pdf"), func() { p.onOutput(p.app.openFile) })
	open.Importance = widget.HighImportance
	buttons := container.NewHBox(open, save)
	if canPrintDirectly {
		buttons.Add(widget.NewButton(lang.L("print.direct"), func() { p.onOutput(p.app.printFile) }))
	}
	return widget.NewCard(lang.L("print.output"), "", container.NewVBox(form, buttons))
}

// errEmptyQueue tells the clerk to add labels first.
var errEmptyQueue = errors.New("empty print queue")

// buildPDF renders the queue with the editor's template and options.
func (p *printPage) buildPDF() ([]byte, label.Template, error) {
	t, err := p.template()
	if err != nil {
		return nil, t, err
	}
	opts, err := p.options()
	if err != nil {
		return nil, t, err
	}
	if len(p.queue.items) == 0 {
		return nil, t, errEmptyQueue
	}
	var buf bytes.Buffer
	if err := paper.RenderLabelsPDF(&buf, t, p.drawers(false, t), opts); err != nil {
		return nil, t, err
	}
	return buf.Bytes(), t, nil
}

// writePDF renders the queue to path and remembers what was printed.
func (p *printPage) writePDF(path string, then func(path string) error) {
	data, t, err := p.buildPDF()
	if err != nil {
		p.showOutputError(err)
		return
	}
	items := append([]PrintItem(nil), p.queue.items...)
	s := p.app.Store()
	p.app.prefs().SetLastTemplate(t.Name)
	p.app.Go(func() {
		err := os.WriteFile(path, data, 0o644)
		if err == nil {
			err = recordPrinted(s, t.Name, items)
		}
		p.app.Do(func() {
			if err == nil && then != nil {
				err = then(path)
			}
			if err != nil {
				p.app.ShowError(err)
			}
		})
	})
}

func (p *printPage) showOutputError(err error) {
	if errors.Is(err, errEmptyQueue) {
		p.app.ShowInfo(lang.L("print.output"), lang.L("print.queue.empty"))
		return
	}
	p.app.ShowError(err)
}

// recordPrinted remembers the queue's records as printed, per kind.
func recordPrinted(s *rstore.Store, template string, items []PrintItem) error {
	byKind := map[string][]string{}
	var kinds []string
	for _, it := range items {
		if byKind[it.Kind] == nil {
			kinds = append(kinds, it.Kind)
		}
		byKind[it.Kind] = append(byKind[it.Kind], it.Code)
	}
	for _, k := range kinds {
		if err := s.RecordPrinted(context.Background(), k, template, byKind[k]); err != nil {
			return err
		}
	}
	return nil
}

// onOutput writes the PDF to a temporary file and hands it on (open or print).
func (p *printPage) onOutput(then func(string) error) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-label-%s.pdf", time.Now().Format("20060102-150405")))
	p.writePDF(path, then)
}

func (p *printPage) onSavePDF() {
	if _, _, err := p.buildPDF(); err != nil {
		p.showOutputError(err)
		return
	}
	p.app.savePDFAs(fmt.Sprintf("label-%s.pdf", time.Now().Format("2006-01-02")), lang.L("print.save_pdf"), p.writePDF)
}

// savePDFAs asks where to save a PDF (proposing name), has write put it
// there off the UI goroutine, and tells the clerk where it went.
func (a *Cetak) savePDFAs(name, title string, write func(path string, then func(string) error)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		write(path, func(string) error {
			a.ShowInfo(title, kit.Ln("print.saved", map[string]any{"Path": path}))
			return nil
		})
	}, a.Window())
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.Show()
}

func writeTemp(what string, data []byte) (string, error) {
	path := tempPDFPath(what)
	return path, os.WriteFile(path, data, 0o644)
}

// openFile opens path in the system's default application.
func (a *Cetak) openFile(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	slashed := filepath.ToSlash(abs)
	if !strings.HasPrefix(slashed, "/") {
		slashed = "/" + slashed // C:/... becomes file:///C:/...
	}
	if err := a.OpenURL(&url.URL{Scheme: "file", Path: slashed}); err != nil {
		// No PDF viewer (xdg-open missing, no handler for .pdf): the
		// PDF is made, so offer to keep it where the clerk can open it.
		fyne.LogError("open "+abs, err)
		a.offerSavePDF(abs)
	}
	return nil
}

// offerSavePDF says that no program opened the PDF at path and offers to
// save a copy where the clerk chooses.
func (a *Cetak) offerSavePDF(path string) {
	msg := widget.NewLabel(lang.L("dayone.pdf.no_viewer"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("dayone.pdf.not_opened"), lang.L("dayone.pdf.save"), lang.L("button.close"), msg,
		func(save bool) {
			if save {
				a.savePDFAs(filepath.Base(path), lang.L("dayone.pdf.save"), func(dst string, then func(string) error) {
					if err := copyFile(path, dst); err != nil {
						a.ShowError(err)
						return
					}
					_ = then(dst)
				})
			}
		}, a.Window())
	d.Resize(fyne.NewSize(520, 240))
	a.ShowDialog(d)
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

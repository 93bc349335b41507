package ui

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
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	rstore "rapi/storage"
	"rapi/ui/paper"
)

// PrintItem is one label waiting in the print queue.
type PrintItem struct {
	Kind  string // what the code stands for, as remembered in the printed table ("lokasi", "berkas", "boks")
	Code  string
	Title string              // what the clerk reads in the queue
	Label func() paper.Drawer // the label design filled with the record
}

// PrintSource offers records whose labels can be printed. The Cetak
// screen lists every registered source; the archive screens register
// theirs (berkas, boks) with RegisterPrintSource.
type PrintSource interface {
	Kind() string  // as PrintItem.Kind
	Title() string // shown to the clerk, translated
	Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error)
}

var (
	sourcesMu    sync.Mutex
	printSources = []PrintSource{PlaceSource{}}
)

// RegisterPrintSource adds a source to the Cetak screen (call from init).
func RegisterPrintSource(src PrintSource) {
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	printSources = append(printSources, src)
}

func sources() []PrintSource {
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	return append([]PrintSource(nil), printSources...)
}

// PlaceSource is the labels of storage places (shelves, cabinets, rooms)
// that have a code.
type PlaceSource struct{}

// PlaceKind is the kind under which place labels are remembered as printed.
const PlaceKind = "lokasi"

func (PlaceSource) Kind() string  { return PlaceKind }
func (PlaceSource) Title() string { return lang.L("print.source.places") }

// Items lists every place with a code, by name.
func (PlaceSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	places, err := s.Places(ctx)
	if err != nil {
		return nil, err
	}
	var out []PrintItem
	for _, p := range places {
		if p.Code == "" {
			continue
		}
		l := paper.PlaceLabel{Code: p.Code, Name: p.Name}
		out = append(out, PrintItem{Kind: PlaceKind, Code: p.Code, Title: p.Name, Label: func() paper.Drawer { return l }})
	}
	return out, nil
}

// printQueue is kept per App, so it survives leaving the Cetak screen and
// other screens can add to it.
type printQueue struct {
	items []PrintItem
}

var (
	queuesMu sync.Mutex
	queues   = map[*App]*printQueue{}
)

func (a *App) printQueue() *printQueue {
	queuesMu.Lock()
	defer queuesMu.Unlock()
	q := queues[a]
	if q == nil {
		q = &printQueue{}
		queues[a] = q
	}
	return q
}

// QueueLabels adds labels to the print queue (skipping ones already in
// it) and shows the Cetak screen. Lists and scans call it.
func (a *App) QueueLabels(items []PrintItem) {
	a.printQueue().add(items)
	a.ShowPage("nav.print")
}

func (q *printQueue) add(items []PrintItem) int {
	have := map[string]bool{}
	for _, it := range q.items {
		have[it.Kind+"\x00"+it.Code] = true
	}
	n := 0
	for _, it := range items {
		if k := it.Kind + "\x00" + it.Code; !have[k] {
			have[k] = true
			q.items = append(q.items, it)
			n++
		}
	}
	return n
}

// tplField is one measurement of the template editor. Name is the
// label.Template field its validation errors name.
type tplField struct {
	name  string
	key   string // translation key of its label
	entry *Entry
	int   bool
}

// printPage is Cetak: the queue, the label paper, this PC's printer
// offset, a preview and the PDF.
type printPage struct {
	app       *App
	queue     *printQueue
	queueList *widget.List
	selected  int
	source    *widget.Select
	sources   []PrintSource
	count     *widget.Label

	templates []label.Template
	stored    map[string]rstore.StoredTemplate
	picker    *widget.Select
	tplName   *Entry
	tplNote   *Entry
	paperSel  *widget.Select
	fields    []*tplField

	offsetX, offsetY *Entry
	startAt, copies  *Entry

	preview *canvas.Image
	problem *widget.Label
	filling bool
}

var paperChoices = []label.Paper{label.PaperA4, label.PaperF4, label.PaperLetter, label.PaperCustom, label.PaperRoll}

func newPrintPage(a *App) fyne.CanvasObject {
	p := &printPage{app: a, queue: a.printQueue(), selected: -1, sources: sources(),
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
	for _, e := range []*Entry{p.tplName, p.offsetX, p.offsetY, p.startAt, p.copies} {
		e.OnChanged = func(string) { p.refreshPreview() }
	}
	names := make([]string, len(paperChoices))
	for i, pc := range paperChoices {
		names[i] = paperName(pc)
	}
	p.paperSel = widget.NewSelect(names, func(string) { p.refreshPreview() })
	p.picker = widget.NewSelect(nil, p.onPick)
	p.source = widget.NewSelect(nil, nil)
	for _, s := range p.sources {
		p.source.Options = append(p.source.Options, s.Title())
	}
	if len(p.sources) > 0 {
		p.source.SetSelectedIndex(0)
	}
	off := a.prefs.PrinterOffset()
	p.offsetX.SetText(fmtMM(off.X))
	p.offsetY.SetText(fmtMM(off.Y))
	p.startAt.SetText("1")
	p.copies.SetText("1")
	p.preview = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	p.preview.FillMode = canvas.ImageFillContain
	p.preview.SetMinSize(fyne.NewSize(240, 340))
	p.queueList = widget.NewList(func() int { return len(p.queue.items) },
		func() fyne.CanvasObject { return widget.NewLabel("LOK-000000 · Rak arsip") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := p.queue.items[i]
			o.(*widget.Label).SetText(it.Code + " · " + it.Title)
		})
	p.queueList.OnSelected = func(i widget.ListItemID) { p.selected = i }
	p.queueList.OnUnselected = func(widget.ListItemID) { p.selected = -1 }
	p.updateCount()
	p.loadTemplates(a.prefs.LastTemplate())

	left := container.NewBorder(p.queueCard(), nil, nil, nil, p.queueList)
	middle := container.NewVScroll(container.NewVBox(p.templateCard(), p.printerCard(), p.outputCard(), p.listsCard()))
	right := container.NewBorder(widget.NewLabelWithStyle(lang.L("print.preview"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		p.problem, nil, nil, p.preview)
	split := container.NewHSplit(left, container.NewHSplit(middle, right))
	split.Offset = 0.25
	return split
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

func (p *printPage) queueCard() fyne.CanvasObject {
	addAll := widget.NewButton(lang.L("print.queue.add_all"), func() { p.onAdd(false) })
	addNew := widget.NewButton(lang.L("print.queue.add_unprinted"), func() { p.onAdd(true) })
	remove := widget.NewButton(lang.L("print.queue.remove"), p.onRemove)
	clear := widget.NewButton(lang.L("print.queue.clear"), p.onClear)
	return widget.NewCard(lang.L("print.queue"), "", container.NewVBox(p.source,
		addAll, addNew, container.NewGridWithColumns(2, remove, clear), p.count))
}

func (p *printPage) updateCount() {
	p.count.SetText(Ln("print.queue.count", map[string]any{"Count": len(p.queue.items)}))
}

func (p *printPage) currentSource() PrintSource {
	for i, s := range p.sources {
		if s.Title() == p.source.Selected {
			return p.sources[i]
		}
	}
	return nil
}

// onAdd puts every record of the chosen source in the queue, or only
// those whose label was never printed.
func (p *printPage) onAdd(unprinted bool) {
	src, s := p.currentSource(), p.app.store
	if src == nil || s == nil {
		return
	}
	p.app.Go(func() {
		items, err := src.Items(context.Background(), s)
		if err == nil && unprinted {
			var done map[string]time.Time
			if done, err = s.LastPrinted(context.Background(), src.Kind()); err == nil {
				kept := items[:0]
				for _, it := range items {
					if _, ok := done[it.Code]; !ok {
						kept = append(kept, it)
					}
				}
				items = kept
			}
		}
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
				return
			}
			p.queue.add(items)
			p.queueChanged()
		})
	})
}

func (p *printPage) onRemove() {
	if p.selected < 0 || p.selected >= len(p.queue.items) {
		return
	}
	p.queue.items = append(p.queue.items[:p.selected], p.queue.items[p.selected+1:]...)
	p.queueList.UnselectAll()
	p.selected = -1
	p.queueChanged()
}

func (p *printPage) onClear() {
	p.queue.items = nil
	p.queueList.UnselectAll()
	p.queueChanged()
}

func (p *printPage) queueChanged() {
	p.queueList.Refresh()
	p.updateCount()
	p.refreshPreview()
}

// --- templates -------------------------------------------------------------

// loadTemplates reads the stored templates and selects want (or the first).
func (p *printPage) loadTemplates(want string) {
	s := p.app.store
	p.app.Go(func() {
		var stored []rstore.StoredTemplate
		var err error
		if s != nil {
			stored, err = s.Templates(context.Background())
		}
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
			}
			p.templates = label.Builtins()
			p.stored = map[string]rstore.StoredTemplate{}
			for _, t := range stored {
				p.templates = append(p.templates, t.Template)
				p.stored[t.Name] = t
			}
			names := make([]string, len(p.templates))
			sel := 0
			for i, t := range p.templates {
				names[i] = t.Name
				if t.Name == want {
					sel = i
				}
			}
			p.picker.Options = names
			p.picker.SetSelectedIndex(sel) // fills the editor through onPick
		})
	})
}

func (p *printPage) onPick(name string) {
	for _, t := range p.templates {
		if t.Name == name {
			p.fill(t)
			return
		}
	}
}

// fill shows a template in the editor.
func (p *printPage) fill(t label.Template) {
	p.filling = true
	p.tplName.SetText(t.Name)
	p.tplNote.SetText(lang.L(t.Note))
	for i, pc := range paperChoices {
		if pc == t.Paper {
			p.paperSel.SetSelectedIndex(i)
		}
	}
	vals := map[string]float64{"PageWidth": t.PageWidth, "PageHeight": t.PageHeight, "LabelWidth": t.LabelWidth,
		"LabelHeight": t.LabelHeight, "Radius": t.Radius, "Columns": float64(t.Columns), "Rows": float64(t.Rows),
		"Left": t.Left, "Top": t.Top, "HPitch": t.HPitch, "VPitch": t.VPitch}
	for _, f := range p.fields {
		f.entry.SetText(fmtMM(vals[f.name]))
	}
	p.filling = false
	p.refreshPreview()
}

// fieldError names the field a clerk must correct, in their language.
type fieldError struct {
	label  string
	reason string
}

func (e *fieldError) Error() string { return e.label + ": " + e.reason }

func (p *printPage) fieldLabel(name string) string {
	switch name {
	case "Name":
		return lang.L("print.field.name")
	case "Paper":
		return lang.L("print.field.paper")
	}
	for _, f := range p.fields {
		if f.name == name {
			return lang.L(f.key)
		}
	}
	return name
}

// template reads the editor into a template, validated; a problem comes
// back as a *fieldError naming the field.
func (p *printPage) template() (label.Template, error) {
	t := label.Template{Name: strings.TrimSpace(p.tplName.Text), Note: strings.TrimSpace(p.tplNote.Text)}
	if i := p.paperSel.SelectedIndex(); i >= 0 {
		t.Paper = paperChoices[i]
	}
	if w, h, ok := label.PaperSize(t.Paper); ok {
		t.PageWidth, t.PageHeight = w, h
	}
	nums := map[string]*float64{"PageWidth": &t.PageWidth, "PageHeight": &t.PageHeight, "LabelWidth": &t.LabelWidth,
		"LabelHeight": &t.LabelHeight, "Radius": &t.Radius, "Left": &t.Left, "Top": &t.Top, "HPitch": &t.HPitch, "VPitch": &t.VPitch}
	for _, f := range p.fields {
		if (f.name == "PageWidth" || f.name == "PageHeight") && t.Paper != label.PaperCustom {
			continue
		}
		v, ok := parseNumber(f.entry.Text)
		if !ok {
			return t, &fieldError{lang.L(f.key), Ln("print.error.number", map[string]any{"Value": f.entry.Text})}
		}
		if f.int {
			if v != float64(int(v)) {
				return t, &fieldError{lang.L(f.key), lang.L("print.error.whole")}
			}
			if f.name == "Columns" {
				t.Columns = int(v)
			} else {
				t.Rows = int(v)
			}
			continue
		}
		*nums[f.name] = v
	}
	if t.Paper == label.PaperRoll {
		t.Columns, t.Rows = 1, 1
	}
	if err := t.Validate(); err != nil {
		if ie, ok := model.AsInvalid(err); ok {
			return t, &fieldError{p.fieldLabel(ie.Field), T(ie.Reason)}
		}
		return t, err
	}
	return t, nil
}

// options reads start position, copies and the printer offset.
func (p *printPage) options() (paper.Options, error) {
	opts := paper.Options{Translate: func(k string) string { return lang.L(k) }}
	x, okX := parseNumber(p.offsetX.Text)
	y, okY := parseNumber(p.offsetY.Text)
	switch {
	case !okX:
		return opts, &fieldError{lang.L("print.field.offset_x"), Ln("print.error.number", map[string]any{"Value": p.offsetX.Text})}
	case !okY:
		return opts, &fieldError{lang.L("print.field.offset_y"), Ln("print.error.number", map[string]any{"Value": p.offsetY.Text})}
	case x < -maxOffset || x > maxOffset:
		return opts, &fieldError{lang.L("print.field.offset_x"), lang.L("print.error.offset")}
	case y < -maxOffset || y > maxOffset:
		return opts, &fieldError{lang.L("print.field.offset_y"), lang.L("print.error.offset")}
	}
	opts.Offset = label.Offset{X: x, Y: y}
	for _, f := range []struct {
		e   *Entry
		key string
		dst *int
	}{{p.startAt, "print.field.start", &opts.StartAt}, {p.copies, "print.field.copies", &opts.Copies}} {
		v, err := strconv.Atoi(strings.TrimSpace(f.e.Text))
		if strings.TrimSpace(f.e.Text) == "" {
			v, err = 1, nil
		}
		if err != nil || v < 1 {
			return opts, &fieldError{lang.L(f.key), lang.L("print.error.count")}
		}
		*f.dst = v
	}
	return opts, nil
}

// drawers are the queue's labels, or for the preview of an empty queue a
// sheet full of sample place labels (showing the layout and a label).
func (p *printPage) drawers(forPreview bool, t label.Template) []paper.Drawer {
	if len(p.queue.items) == 0 && forPreview {
		sample := paper.PlaceLabel{Code: "LOK-000001", Name: lang.L("print.sample")}
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
		p.problem.SetText(Explain(err))
		return
	}
	p.problem.SetText("")
	p.preview.Image = img
	p.preview.Refresh()
}

func (p *printPage) templateCard() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("print.field.template"), p.picker),
		widget.NewFormItem(lang.L("print.field.name"), p.tplName),
		widget.NewFormItem(lang.L("print.field.note"), p.tplNote),
		widget.NewFormItem(lang.L("print.field.paper"), p.paperSel))
	for _, f := range p.fields {
		form.Append(lang.L(f.key), f.entry)
	}
	save := widget.NewButton(lang.L("print.template.save"), p.onSaveTemplate)
	del := widget.NewButton(lang.L("print.template.delete"), p.onDeleteTemplate)
	imp := widget.NewButton(lang.L("print.template.import"), p.onImport)
	// The help is a wrapping label, not the card's subtitle: a subtitle
	// never wraps and would push the preview off a 1280-pixel screen.
	help := widget.NewLabel(lang.L("print.template_help"))
	help.Wrapping = fyne.TextWrapWord
	return widget.NewCard(lang.L("print.template"), "",
		container.NewVBox(help, form, container.NewHBox(save, del, imp)))
}

// onSaveTemplate saves the editor: changes to the stored template of that
// name, or a new template. A built-in's name is refused by storage, so a
// clerk copies a built-in by giving it a new name.
func (p *printPage) onSaveTemplate() {
	t, err := p.template()
	if err != nil {
		p.app.ShowError(err)
		return
	}
	s := p.app.store
	st, existing := p.stored[t.Name]
	st.Template = t
	p.app.Go(func() {
		var err error
		if existing {
			err = s.UpdateTemplate(context.Background(), &st)
		} else {
			err = s.CreateTemplate(context.Background(), &st)
		}
		p.app.Do(func() {
			if err != nil {
				p.showTemplateError(err)
				return
			}
			p.app.prefs.SetLastTemplate(st.Name)
			p.loadTemplates(st.Name)
			p.app.ShowInfo(lang.L("print.template"), Ln("print.template.saved", map[string]any{"Name": st.Name}))
		})
	})
}

func (p *printPage) showTemplateError(err error) {
	if ie, ok := model.AsInvalid(err); ok {
		err = &fieldError{p.fieldLabel(ie.Field), T(ie.Reason)}
		p.problem.SetText(err.Error())
	}
	p.app.ShowError(err)
}

func (p *printPage) onDeleteTemplate() {
	st, ok := p.stored[strings.TrimSpace(p.tplName.Text)]
	if !ok {
		p.app.ShowInfo(lang.L("print.template"), lang.L("print.template.builtin"))
		return
	}
	s := p.app.store
	dialog.ShowConfirm(lang.L("print.template.delete"), Ln("print.template.delete_ask", map[string]any{"Name": st.Name}),
		func(yes bool) {
			if !yes {
				return
			}
			p.app.Go(func() {
				err := s.DeleteTemplate(context.Background(), st.ID, st.Version)
				p.app.Do(func() {
					if err != nil {
						p.app.ShowError(err)
						return
					}
					p.loadTemplates("")
				})
			})
		}, p.app.win)
}

func (p *printPage) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			p.app.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(r); err != nil {
			p.app.ShowError(err)
			return
		}
		p.importGLabels(buf.Bytes())
	}, p.app.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xml", ".template"}))
	d.Show()
}

// importGLabels stores the templates of a gLabels file and reports what
// it added and skipped.
func (p *printPage) importGLabels(data []byte) {
	s := p.app.store
	p.app.Go(func() {
		res, err := s.ImportGLabels(context.Background(), bytes.NewReader(data))
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
				return
			}
			want := ""
			if len(res.Added) > 0 {
				want = res.Added[0]
			}
			p.loadTemplates(want)
			p.app.ShowInfo(lang.L("print.template.import"), lang.L("print.template.imported",
				map[string]any{"Added": len(res.Added), "Skipped": len(res.Skipped)}))
		})
	})
}

// --- printer ---------------------------------------------------------------

func (p *printPage) printerCard() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("print.field.offset_x"), p.offsetX),
		widget.NewFormItem(lang.L("print.field.offset_y"), p.offsetY))
	save := widget.NewButton(lang.L("print.offset.save"), p.onSaveOffset)
	test := widget.NewButton(lang.L("print.testpage"), p.onTestPage)
	return widget.NewCard(lang.L("print.printer"), lang.L("print.printer_help"), container.NewVBox(form, container.NewHBox(save, test)))
}

func (p *printPage) onSaveOffset() {
	opts, err := p.options()
	if err != nil {
		p.app.ShowError(err)
		return
	}
	p.app.prefs.SetPrinterOffset(opts.Offset)
	p.app.ShowInfo(lang.L("print.printer"), lang.L("print.offset.saved"))
}

// onTestPage opens the test page of the template with the offset typed.
func (p *printPage) onTestPage() {
	t, err := p.template()
	var opts paper.Options
	if err == nil {
		opts, err = p.options()
	}
	if err != nil {
		p.app.ShowError(err)
		return
	}
	p.app.Go(func() {
		var buf bytes.Buffer
		err := paper.RenderTestPagePDF(&buf, t, opts.Offset, opts.Translate)
		var path string
		if err == nil {
			path, err = writeTemp("uji", buf.Bytes())
		}
		p.app.Do(func() {
			if err == nil {
				err = p.app.openFile(path)
			}
			if err != nil {
				p.app.ShowError(err)
			}
		})
	})
}

// --- output ----------------------------------------------------------------

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
	s := p.app.store
	p.app.prefs.SetLastTemplate(t.Name)
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
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-label-%s.pdf", timeNow().Format("20060102-150405")))
	p.writePDF(path, then)
}

func (p *printPage) onSavePDF() {
	if _, _, err := p.buildPDF(); err != nil {
		p.showOutputError(err)
		return
	}
	p.app.savePDFAs(fmt.Sprintf("label-%s.pdf", timeNow().Format("2006-01-02")), lang.L("print.save_pdf"), p.writePDF)
}

// savePDFAs asks where to save a PDF (proposing name), has write put it
// there off the UI goroutine, and tells the clerk where it went.
func (a *App) savePDFAs(name, title string, write func(path string, then func(string) error)) {
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
			a.ShowInfo(title, Ln("print.saved", map[string]any{"Path": path}))
			return nil
		})
	}, a.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.Show()
}

func writeTemp(what string, data []byte) (string, error) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s.pdf", what, timeNow().Format("20060102-150405")))
	return path, os.WriteFile(path, data, 0o644)
}

// openFile opens path in the system's default application.
func (a *App) openFile(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	slashed := filepath.ToSlash(abs)
	if !strings.HasPrefix(slashed, "/") {
		slashed = "/" + slashed // C:/... becomes file:///C:/...
	}
	return a.fyne.OpenURL(&url.URL{Scheme: "file", Path: slashed})
}

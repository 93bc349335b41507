// Package inventaris is the assets feature (issue 12): the Inventaris
// page (asset list and form, rooms, Pindah and Sensus scan modes), the
// card a scan opens on an asset code and the Beranda figures. Like
// ui/arsip it sees the app only as a Shell and never imports package ui;
// the shell registers its page and cards in ui/features.go.
package inventaris

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// PageKey is the navigation key of the Inventaris page.
const PageKey = "nav.inventory"

// Shell is what the assets feature needs from the app.
type Shell interface {
	kit.Shell
	// OnDataChanged calls fn after every change of data, here or elsewhere.
	OnDataChanged(fn func())
	// AskForm shows a small form titled by a translation key.
	AskForm(title, confirm string, items []*widget.FormItem, onOK func())
	// Synchronous tells that loads run inline: no typing debounce.
	Synchronous() bool
	// EnsureClerk runs then once the clerk at this PC has a name.
	EnsureClerk(then func())
	// Actor is the clerk at this PC.
	Actor() model.Actor
	// PrintLabels puts the labels of codes of one kind in Cetak's queue.
	PrintLabels(kind model.CodeKind, codes []string)
	// OpenCard opens the card of h.
	OpenCard(h storage.Hit)
	// PrintKIR prints the Kartu Inventaris Ruangan of a room (0: of every room).
	PrintKIR(roomID int64)
	// PrintAset opens a paper of the inventaris (a KIB, the Buku
	// Inventaris, a BAST, a Berita Acara Sensus) as a PDF.
	PrintAset(doc printout.AsetDoc)
	// ImportAset opens the KIB import wizard.
	ImportAset()
	// ExportAsetList asks where to save an asset list in Excel, then writes it.
	ExportAsetList(opt storage.AsetListOptions)
}

// asetPage is the Inventaris page: list (or the form in its place),
// rooms, Pindah and Sensus, as tabs.
type asetPage struct {
	app    Shell
	tabs   *container.AppTabs
	barang *fyne.Container
	list   *asetList
	form   *asetForm
	rooms  *roomsView
	pindah *pindahView
	sensus *sensusView
}

// NewPage builds the Inventaris page of app.
func NewPage(app Shell) fyne.CanvasObject { return newPage(buildPage(app)) }

func buildPage(a Shell) *asetPage {
	p := &asetPage{app: a}
	p.list = newAsetList(a, p.openAset)
	p.barang = container.NewStack(p.list.content)
	p.rooms = newRoomsView(a)
	p.pindah = newPindahView(a)
	p.sensus = newSensusView(a)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("inv.tab.barang"), p.barang),
		container.NewTabItem(lang.L("inv.tab.ruang"), p.rooms.content),
		container.NewTabItem(lang.L("inv.tab.pindah"), p.pindah.content),
		container.NewTabItem(lang.L("inv.tab.sensus"), p.sensus.content),
	)
	p.tabs.OnSelected = func(t *container.TabItem) {
		switch t.Content {
		case p.barang:
			if p.form == nil {
				p.list.reload()
			}
		case p.rooms.content:
			p.rooms.load()
		}
	}
	a.OnDataChanged(func() {
		if p.form == nil {
			p.list.reload()
		}
		p.rooms.load()
	})
	return p
}

// openAset shows the form of asset id (0: a new one) in the list's place.
func (p *asetPage) openAset(id int64) {
	p.form = newAsetForm(p.app, id, p.closeForm)
	p.barang.Objects = []fyne.CanvasObject{p.form.content}
	p.barang.Refresh()
	p.tabs.SelectIndex(0)
}

func (p *asetPage) closeForm() {
	p.form = nil
	p.barang.Objects = []fyne.CanvasObject{p.list.content}
	p.barang.Refresh()
	p.list.reload()
}

// page is the Inventaris page as the shell holds it: it asks before
// leaving an open form with unsaved changes (the shell's LeaveGuard).
type page struct {
	widget.BaseWidget
	p *asetPage
}

func newPage(p *asetPage) *page {
	w := &page{p: p}
	w.ExtendBaseWidget(w)
	return w
}

func (w *page) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(w.p.tabs) }

// AskLeave lets the shell go elsewhere; an open form with unsaved
// changes asks first.
func (w *page) AskLeave(leave func()) {
	f := w.p.form
	if f == nil || !f.Unsaved() {
		leave()
		return
	}
	f.askLeave(func() {
		w.p.closeForm()
		leave()
	})
}

// asetFields are the field keys model and storage name in errors, each
// with a label "inv.f.<key>".
var asetFields = []string{"code", "kode_barang", "register", "nama", "merk", "ukuran", "bahan", "tahun", "nomor_seri",
	"cara_perolehan", "harga", "kondisi", "status", "ruang", "pemegang_nama", "pemegang_nip", "pemegang_jabatan",
	"nomor_bast", "kode_lama", "keterangan", "jumlah", "nomor_polisi", "luas", "panjang", "nilai_kontrak"}

func fieldLabel(key string) string {
	for _, f := range asetFields {
		if f == key {
			return trKey("inv.f.", key)
		}
	}
	return kit.FieldName(key)
}

// explain is kit.Explain with the asset fields' labels.
func explain(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return kit.Ln("error.invalid_field", map[string]any{
			"Field": fieldLabel(ie.Field), "Value": ie.Value, "Reason": kit.T(ie.Reason)})
	}
	return kit.Explain(err)
}

func showErr(a Shell, err error) { a.ShowInfo(lang.L("dialog.error"), explain(err)) }

func bg() context.Context { return context.Background() }

func item(key string, w fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(lang.L(key), w)
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// kondisiText is a condition as the clerk reads it.
func kondisiText(k aset.Kondisi) string {
	if !k.Valid() {
		return "–"
	}
	return kondisiName(k)
}

// ruangChoice is a room for pickers: its id and full path.
type ruangChoice struct {
	id   int64
	path string
}

// ruangChoices lists every place of kind ruang with its path, in tree order.
func ruangChoices(places []model.Place) []ruangChoice {
	byID := map[int64]model.Place{}
	for _, p := range places {
		byID[p.ID] = p
	}
	var out []ruangChoice
	for _, p := range places {
		if p.Kind != model.PlaceRuang {
			continue
		}
		path := p.Name
		for q, n := byID[p.ParentID], 0; q.ID != 0 && n < 20; q, n = byID[q.ParentID], n+1 {
			path = q.Name + " › " + path
		}
		out = append(out, ruangChoice{p.ID, path})
	}
	return out
}

// trKey translates a key made of a prefix and a value ("inv.f." +
// "nama"); every such key is listed in the translations.
func trKey(prefix, name string) string { return lang.L(prefix + name) }

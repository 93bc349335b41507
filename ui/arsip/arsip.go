package arsip

import (
	"context"
	"errors"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/model/value"
	"rapi/ui/kit"
)

// arsipPage is the Arsip page: the berkas list (which turns into the
// berkas form while one is open), places, loans and retention, as tabs.
type arsipPage struct {
	app     Shell
	tabs    *container.AppTabs
	berkas  *fyne.Container // the list, or the form in its place
	list    *berkasList
	form    *berkasForm
	places  *placesView
	loans   *loansView
	retensi *retensiView
	klas    *klasView
	kat     *kategoriView
}

func buildArsipPage(a Shell) *arsipPage {
	p := &arsipPage{app: a}
	p.list = newBerkasList(a, p.openBerkas)
	p.berkas = container.NewStack(p.list.content)
	p.places = newPlacesView(a)
	p.loans = newLoansView(a)
	p.retensi = newRetensiView(a)
	p.klas = newKlasView(a)
	p.kat = newKategoriView(a, p.list)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("arsipui.tab.berkas"), p.berkas),
		container.NewTabItem(lang.L("arsipui.tab.places"), p.places.content),
		container.NewTabItem(lang.L("arsipui.tab.loans"), p.loans.content),
		container.NewTabItem(lang.L("arsipui.tab.retensi"), p.retensi.content),
		container.NewTabItem(lang.L("klas.tab"), p.klas.content),
		container.NewTabItem(lang.L("kategori.tab"), p.kat.content),
	)
	p.tabs.OnSelected = p.onTab
	a.OnDataChanged(p.onDataChanged)
	return p
}

// onTab reloads the tab that comes into view: another tab may have
// changed what it shows (a loan changes the list's status column).
func (p *arsipPage) onTab(t *container.TabItem) {
	switch t.Content {
	case p.berkas:
		if p.form == nil {
			p.list.reload(false)
		}
	case p.places.content:
		p.places.load()
	case p.loans.content:
		p.loans.load()
	case p.retensi.content:
		p.retensi.load()
	case p.klas.content:
		p.klas.load()
	case p.kat.content:
		p.kat.load()
	}
}

func (p *arsipPage) onDataChanged() {
	p.list.reload(false)
	p.places.load()
	p.loans.load()
	p.retensi.load()
	p.klas.load()
}

// openBerkas shows the form of file id (0: a new file) in the list's place.
func (p *arsipPage) openBerkas(id int64) {
	p.form = newBerkasForm(p.app, id, p.closeForm)
	p.berkas.Objects = []fyne.CanvasObject{p.form.content}
	p.berkas.Refresh()
	p.tabs.SelectIndex(0)
}

// closeForm goes back to the list, reloaded.
func (p *arsipPage) closeForm() {
	p.form = nil
	p.berkas.Objects = []fyne.CanvasObject{p.list.content}
	p.berkas.Refresh()
	p.list.reload(false)
}

// arsipFields are the field keys storage and model name in their errors,
// each with a label "arsipui.f.<key>" in the translations.
var arsipFields = []string{"code", "nomor_berkas", "kode_klasifikasi", "kode_lama", "uraian", "unit_pengolah",
	"tahun_dari", "tahun_sampai", "jumlah_item", "tingkat_perkembangan", "media", "klasifikasi_keamanan",
	"kategori", "place", "boks", "status", "retensi", "retensi_alasan", "retensi_pindah", "retensi_akhir", "note",
	"isi", "berkas", "peminjam", "nip", "unit", "tanggal", "jatuh_tempo", "keperluan", "kondisi", "pinjam",
	"aksi", "berita_acara", "name", "kind", "parent", "nomor_item", "nomor_surat", "jumlah", "keterangan", "date", "as_of"}

// arsipFieldLabel is the label a clerk sees for a field key; an item's
// field "isi[3].uraian" reads "Isi berkas 3: Uraian".
func arsipFieldLabel(key string) string {
	if i, j := strings.IndexByte(key, '['), strings.LastIndexByte(key, '.'); i > 0 && j > i {
		return arsipFieldLabel(key[:i]) + " " + strings.TrimSuffix(key[i+1:j], "]") + ": " + arsipFieldLabel(key[j+1:])
	}
	for _, f := range arsipFields {
		if f == key {
			return trKey("arsipui.f.", key)
		}
	}
	return kit.FieldName(key)
}

// explainArsip is Explain with the archive screens' field labels.
func explainArsip(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return kit.Ln("error.invalid_field", map[string]any{
			"Field": arsipFieldLabel(ie.Field), "Value": ie.Value, "Reason": kit.T(ie.Reason),
		})
	}
	return kit.Explain(err)
}

// showArsipError is ShowError with the archive field labels.
func showArsipError(a Shell, err error) {
	a.ShowInfo(lang.L("dialog.error"), explainArsip(err))
}

// parseDateField reads a typed date ("12/01/2024", "12 Januari 2024");
// the error names field.
func parseDateField(field, text string) (time.Time, error) {
	t, err := value.ParseDate(text)
	if err != nil {
		return time.Time{}, model.Invalid(field, strings.TrimSpace(text), value.Reason(err))
	}
	return t, nil
}

// parseIntField reads a whole number; empty is 0. The error names field.
func parseIntField(field, text string) (int, error) {
	t := strings.TrimSpace(text)
	if t == "" {
		return 0, nil
	}
	// The same reading as the import: "12 berkas" and "1.250" are numbers.
	n, err := value.ParseInt(t)
	if err != nil {
		return 0, model.Invalid(field, t, "error.arsip_number")
	}
	return int(n), nil
}

// statusText is a status as the clerk reads it.
func statusText(st marsip.Status) string { return trKey("arsip.status.", string(st)) }

// nasibText is a final disposition as the clerk reads it.
func nasibText(n marsip.NasibAkhir) string {
	if n == "" {
		return "–"
	}
	return trKey("arsip.nasib.", string(n))
}

// jraText sums up a retention rule: "Aktif 2 th · Inaktif 3 th · Musnah".
func jraText(j marsip.JRA) string {
	s := kit.Ln("arsipui.jra", map[string]any{"Aktif": j.Aktif, "Inaktif": j.Inaktif, "Nasib": nasibText(j.Nasib)})
	if j.Trigger != "" {
		s += " · " + j.Trigger
	}
	return s
}

// parseColor reads "#RRGGBB"; anything else is a neutral grey.
func parseColor(s string) color.Color {
	if len(s) == 7 && s[0] == '#' {
		if v, err := strconv.ParseUint(s[1:], 16, 32); err == nil {
			return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
		}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 255}
}

// errorLabel is the red line under a field that says what is wrong.
func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func showError(l *widget.Label, text string) {
	l.SetText(text)
	l.Show()
}

func bg() context.Context { return context.Background() }

// dateOf is the day of t, for counting whole days.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func isNotFoundErr(err error) bool { return errors.Is(err, model.ErrNotFound) }

// trKey translates a key made of a prefix and a value ("arsip.status." +
// "aktif"); every such key is listed in the translations.
func trKey(prefix, name string) string { return lang.L(prefix + name) }

// item is a form row whose label is a translation key.
func item(key string, w fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(lang.L(key), w)
}

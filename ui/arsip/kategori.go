package arsip

import (
	"errors"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// kategoriView is the Kategori tab: the file categories with their
// colour and how many files use each; an admin adds, renames, recolours
// and deletes them (with the admin PIN once one is set). A category that
// files still use cannot be deleted.
type kategoriView struct {
	app     Shell
	list    *berkasList // its category colours follow a change here
	count   *widget.Label
	rows    *widget.List
	content fyne.CanvasObject

	all    []marsip.Kategori
	used   map[string]int
	hasPIN bool
	editor *kategoriEditor // the open edit dialog, if any
}

// kategoriColors are print-safe colours offered by name; any other
// "#RRGGBB" can be typed or picked.
var kategoriColors = []struct{ key, hex string }{
	{"green", "#2E7D32"}, {"blue", "#1565C0"}, {"yellow", "#F9A825"}, {"red", "#C62828"},
	{"orange", "#EF6C00"}, {"purple", "#6A1B9A"}, {"teal", "#00838F"}, {"brown", "#5D4037"}, {"grey", "#616161"},
}

func newKategoriView(a Shell, list *berkasList) *kategoriView {
	v := &kategoriView{app: a, list: list, count: widget.NewLabel(""), used: map[string]int{}}
	v.rows = widget.NewList(func() int { return len(v.all) }, v.createRow, v.updateRow)
	v.rows.OnSelected = func(i widget.ListItemID) {
		v.rows.UnselectAll()
		if i >= 0 && i < len(v.all) {
			v.openEditor(v.all[i])
		}
	}
	add := widget.NewButtonWithIcon(lang.L("kategori.add"), theme.ContentAddIcon(), func() {
		v.openEditor(marsip.Kategori{Color: kategoriColors[0].hex})
	})
	add.Importance = widget.HighImportance
	help := widget.NewLabel(lang.L("kategori.help"))
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	top := container.NewVBox(container.NewBorder(nil, nil, nil, add, v.count), help)
	v.content = container.NewBorder(top, nil, nil, nil, v.rows)
	a.OnDataChanged(v.load)
	v.load()
	return v
}

// load reads the categories, their use and whether a PIN guards them,
// off the UI goroutine.
func (v *kategoriView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	type loaded struct {
		kats   []marsip.Kategori
		used   map[string]int
		hasPIN bool
	}
	kit.Load(v.app, func() (d loaded, err error) {
		if d.kats, err = s.ArsipKategori(bg()); err == nil {
			d.used, err = s.ArsipKategoriUsage(bg())
		}
		if err == nil {
			d.hasPIN, err = s.HasAdminPIN(bg())
		}
		return d, err
	}, func(d loaded, err error) {
		if err != nil {
			v.count.SetText(explainArsip(err))
			return
		}
		v.all, v.used, v.hasPIN = d.kats, d.used, d.hasPIN
		v.count.SetText(kit.Ln("kategori.count", map[string]any{"N": len(d.kats)}))
		v.rows.Refresh()
	})
}

func kategoriSwatch() *canvas.Rectangle {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(36, 20))
	r.CornerRadius = 4
	r.StrokeColor = color.NRGBA{R: 0x60, G: 0x60, B: 0x60, A: 0xff}
	r.StrokeWidth = 1
	return r
}

func (v *kategoriView) createRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	n := widget.NewLabel("")
	return container.NewBorder(nil, nil, container.NewCenter(kategoriSwatch()), n, name)
}

func (v *kategoriView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(v.all) {
		return
	}
	k := v.all[i]
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	sw := c.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
	n := c.Objects[2].(*widget.Label)
	name.SetText(k.Name + "  " + k.Color)
	sw.FillColor = parseColor(k.Color)
	sw.Refresh()
	n.Importance = widget.MediumImportance
	if used := v.used[k.Name]; used > 0 {
		n.SetText(kit.Ln("kategori.files", map[string]any{"N": used}))
	} else {
		n.Importance = widget.LowImportance
		n.SetText(lang.L("kategori.unused"))
	}
}

// changed reloads the tab and the berkas list's categories and colours.
func (v *kategoriView) changed() {
	v.load()
	if v.list != nil {
		v.list.loadChoices()
		v.list.reload(false)
	}
}

// kategoriEditor is the dialog that adds or edits one category. What was
// typed stays when saving fails.
type kategoriEditor struct {
	v         *kategoriView
	k         marsip.Kategori
	used      int
	name, hex *kit.Entry
	pin       *kit.Entry
	preset    *widget.Select
	swatch    *canvas.Rectangle
	errLabel  *widget.Label
	save, del *widget.Button
	dlg       dialog.Dialog
	syncing   bool
}

func (v *kategoriView) openEditor(k marsip.Kategori) {
	a := v.app
	e := &kategoriEditor{v: v, k: k, used: v.used[k.Name], name: a.NewEntry(), hex: a.NewEntry(), pin: a.NewEntry(),
		swatch: kategoriSwatch(), errLabel: errorLabel()}
	e.pin.Password = true
	opts := make([]string, 0, len(kategoriColors)+1)
	for _, c := range kategoriColors {
		opts = append(opts, trKey("kategori.color.", c.key))
	}
	opts = append(opts, lang.L("kategori.color.custom"))
	e.preset = kit.NewSelect(opts, e.onPreset)
	e.hex.SetPlaceHolder("#RRGGBB")
	e.hex.OnChanged = e.onHex
	e.name.SetText(k.Name)
	e.hex.SetText(k.Color)
	e.onHex(k.Color)
	pick := widget.NewButtonWithIcon(lang.L("kategori.pick"), theme.ColorPaletteIcon(), e.onPick)
	form := widget.NewForm(
		item("kategori.f.name", e.name),
		item("kategori.f.color", container.NewBorder(nil, nil, container.NewCenter(e.swatch), nil, e.preset)),
		item("kategori.f.hex", container.NewBorder(nil, nil, nil, pick, e.hex)))
	if v.hasPIN {
		form.AppendItem(item("field.pin", e.pin))
	}
	top := container.NewVBox()
	if k.ID != 0 && e.used > 0 {
		top.Add(widget.NewLabel(kit.Ln("kategori.rename_help", map[string]any{"N": e.used})))
	}
	if v.hasPIN {
		top.Add(widget.NewLabel(lang.L("kategori.pin_help")))
	}
	e.save = widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), e.onSave)
	e.save.Importance = widget.HighImportance
	e.del = widget.NewButtonWithIcon(lang.L("kategori.delete"), theme.DeleteIcon(), e.onDelete)
	e.del.Importance = widget.DangerImportance
	if k.ID == 0 {
		e.del.Hide()
	}
	cancel := widget.NewButton(lang.L("button.cancel"), func() { e.dlg.Hide() })
	content := container.NewBorder(top, container.NewVBox(e.errLabel, container.NewHBox(e.save, e.del, cancel)), nil, nil, form)
	title := lang.L("kategori.new_title")
	if k.ID != 0 {
		title = kit.Ln("kategori.edit_title", map[string]any{"Name": k.Name})
	}
	e.dlg = dialog.NewCustomWithoutButtons(title, content, a.Window())
	e.dlg.Resize(fyne.NewSize(560, 380))
	v.editor = e
	a.ShowDialog(e.dlg)
}

// onPreset puts a named colour's code in the code field.
func (e *kategoriEditor) onPreset(string) {
	if e.syncing {
		return
	}
	if i := e.preset.SelectedIndex(); i >= 0 && i < len(kategoriColors) {
		e.hex.SetText(kategoriColors[i].hex)
	}
}

// onHex shows the typed colour and names it when it is one of the list.
func (e *kategoriEditor) onHex(text string) {
	hex := strings.ToUpper(strings.TrimSpace(text))
	e.swatch.FillColor = parseColor(hex)
	e.swatch.Refresh()
	sel := len(kategoriColors) // custom
	for i, c := range kategoriColors {
		if c.hex == hex {
			sel = i
		}
	}
	e.syncing = true
	e.preset.SetSelectedIndex(sel)
	e.syncing = false
}

// onPick opens Fyne's colour picker on the current colour.
func (e *kategoriEditor) onPick() {
	d := dialog.NewColorPicker(lang.L("kategori.pick_title"), lang.L("kategori.f.color"), func(c color.Color) {
		e.hex.SetText(hexColor(c))
	}, e.v.app.Window())
	d.Advanced = true
	d.SetColor(parseColor(strings.ToUpper(strings.TrimSpace(e.hex.Text))))
	d.Show()
}

// hexColor writes c as "#RRGGBB".
func hexColor(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}

// explainKategori is Explain with the editor's field labels.
func explainKategori(err error) string {
	var inUse *storage.KategoriInUseError
	if errors.As(err, &inUse) {
		return kit.Ln("kategori.in_use", map[string]any{"Name": inUse.Name, "N": inUse.N})
	}
	if ie, ok := model.AsInvalid(err); ok {
		label := map[string]string{"nama": "kategori.f.name", "warna": "kategori.f.hex"}[ie.Field]
		if label != "" {
			return kit.Ln("error.invalid_field", map[string]any{"Field": lang.L(label), "Value": ie.Value, "Reason": kit.T(ie.Reason)})
		}
	}
	return explainArsip(err)
}

func (e *kategoriEditor) onSave() {
	e.errLabel.Hide()
	k := e.k
	k.Name, k.Color = e.name.Text, e.hex.Text
	if err := k.Validate(); err != nil {
		showError(e.errLabel, explainKategori(err))
		return
	}
	a, pin := e.v.app, e.pin.Text
	s := a.Store()
	e.save.Disable()
	kit.Change(a, func() error { return s.SaveArsipKategoriAdmin(bg(), &k, pin) }, func(err error) {
		e.save.Enable()
		if err != nil {
			showError(e.errLabel, explainKategori(err))
			return
		}
		e.k = k
		e.close()
		a.ShowInfo(lang.L("kategori.tab"), kit.Ln("kategori.saved", map[string]any{"Name": k.Name}))
		e.v.changed()
	})
}

func (e *kategoriEditor) close() {
	e.dlg.Hide()
	if e.v.editor == e {
		e.v.editor = nil
	}
}

// onDelete refuses while files use the category, else asks first.
func (e *kategoriEditor) onDelete() {
	e.errLabel.Hide()
	k, pin := e.k, e.pin.Text
	if e.used > 0 {
		showError(e.errLabel, kit.Ln("kategori.in_use", map[string]any{"Name": k.Name, "N": e.used}))
		return
	}
	d := dialog.NewConfirm(lang.L("kategori.delete"), kit.Ln("kategori.delete_confirm", map[string]any{"Name": k.Name}),
		func(ok bool) {
			if ok {
				e.doDelete(k, pin)
			}
		}, e.v.app.Window())
	d.Show()
}

// doDelete deletes the category; storage counts the files again in the
// same transaction, so one filed meanwhile on another PC still stops it.
func (e *kategoriEditor) doDelete(k marsip.Kategori, pin string) {
	a := e.v.app
	s := a.Store()
	kit.Change(a, func() error { return s.DeleteArsipKategori(bg(), k.ID, pin) }, func(err error) {
		if err != nil {
			showError(e.errLabel, explainKategori(err))
			return
		}
		e.close()
		a.ShowInfo(lang.L("kategori.tab"), kit.Ln("kategori.deleted", map[string]any{"Name": k.Name}))
		e.v.changed()
	})
}

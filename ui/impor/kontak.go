package impor

import (
	"bytes"
	"context"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/storage/sheet"
	"rapi/ui/kit"
)

// The contact import: a staff list or a list of officials read into the
// meetings' contact book, all or nothing, with the archive wizard's file
// choosing, problems list and rejected-rows workbook. A contact list is a
// few hundred rows: no progress bar.

// kontakWizard is the "Impor kontak" dialog's state.
type kontakWizard struct {
	app       kit.Shell
	file      string
	rep       *storage.ImportKontakReport
	fileLabel *widget.Label
	sheetSel  *widget.Select
	grup      *kit.Entry
	summary   *widget.Label
	problems  *widget.Label
	importBtn *widget.Button
	saveBtn   *widget.Button
	content   fyne.CanvasObject
}

// ShowKontakImportWizard opens the "Impor kontak dari Excel" dialog.
func ShowKontakImportWizard(a kit.Shell) {
	w := newKontakWizard(a)
	d := dialog.NewCustom(lang.L("rapatui.impor.title"), lang.L("button.close"), w.content, a.Window())
	d.Resize(dialogSize(a.Window()))
	a.ShowDialog(d)
}

func newKontakWizard(a kit.Shell) *kontakWizard {
	w := &kontakWizard{app: a, fileLabel: widget.NewLabel(lang.L("rapatui.impor.no_file")), grup: a.NewEntry(),
		summary: widget.NewLabel(""), problems: widget.NewLabel("")}
	for _, l := range []*widget.Label{w.fileLabel, w.summary, w.problems} {
		l.Wrapping = fyne.TextWrapWord
	}
	choose := widget.NewButton(lang.L("impor.choose_file"), func() { chooseSheetFile(a, w.setFile) })
	w.sheetSel = kit.NewSelect(nil, func(string) { w.read(true) })
	w.grup.SetPlaceHolder(lang.L("rapatui.impor.grup_hint"))
	w.grup.OnSubmitted = func(string) { w.read(true) }
	w.importBtn = widget.NewButton(lang.L("impor.import"), func() { w.importBtn.Disable(); w.read(false) })
	w.importBtn.Importance = widget.HighImportance
	w.importBtn.Disable()
	w.saveBtn = widget.NewButton(lang.L("impor.save_rejected"), func() { saveRejectedRows(a, w.file, w.rep.Read) })
	w.saveBtn.Hide()
	form := widget.NewForm(widget.NewFormItem(lang.L("impor.sheet"), w.sheetSel),
		widget.NewFormItem(lang.L("rapatui.impor.grup"), w.grup))
	body := container.NewVBox(container.NewBorder(nil, nil, nil, choose, w.fileLabel), form, w.summary, w.problems)
	w.content = container.NewBorder(nil, container.NewHBox(w.importBtn, w.saveBtn), nil, nil, container.NewVScroll(body))
	return w
}

// setFile reads the sheet names of a file, then previews its first sheet.
func (w *kontakWizard) setFile(path string) {
	w.file = path
	w.fileLabel.SetText(filepath.Base(path))
	kit.Load(w.app, func() ([]string, error) { return sheet.SheetNames(path) }, func(names []string, err error) {
		if err != nil {
			w.app.ShowError(err)
			return
		}
		w.sheetSel.SetOptions(names)
		if len(names) > 0 {
			w.sheetSel.SetSelected(names[0]) // previews it
		}
	})
}

// read checks the file (dry) or imports it, off the UI goroutine.
func (w *kontakWizard) read(dry bool) {
	s := w.app.Store()
	if w.file == "" || s == nil {
		return
	}
	opt := storage.ImportKontakOptions{File: w.file, Sheet: w.sheetSel.Selected, Grup: w.grup.Text, DryRun: dry}
	kit.Load(w.app, func() (*storage.ImportKontakReport, error) { return s.ImportKontak(context.Background(), opt) },
		func(rep *storage.ImportKontakReport, err error) {
			if err != nil {
				w.app.ShowError(err)
				return
			}
			w.show(rep, !dry)
		})
}

// show puts a report on screen: counts and problems; only a clean file
// can be imported (all or nothing).
func (w *kontakWizard) show(rep *storage.ImportKontakReport, done bool) {
	w.rep = rep
	data := map[string]any{"Created": rep.Created, "Updated": rep.Updated, "Unchanged": rep.Unchanged, "Rejected": rep.Rejected,
		"Skipped": len(rep.Read.Skipped)}
	switch {
	case rep.Written:
		w.summary.SetText(kit.Ln("impor.done", data))
		w.app.DataChanged()
	case done:
		w.summary.SetText(kit.Ln("rapatui.impor.nothing_written", data))
	default:
		w.summary.SetText(kit.Ln("impor.summary", data))
	}
	w.problems.SetText(problemLines(rep.Read.Problems))
	w.saveBtn.Hidden = rep.Rejected == 0
	w.saveBtn.Refresh()
	if rep.Read.OK() && !rep.Written {
		w.importBtn.Enable()
	} else {
		w.importBtn.Disable()
	}
}

// ExportHadir asks where to save a meeting's attendance (the rekap and
// who came when) in Excel, then writes it.
func ExportHadir(a kit.Shell, rapatID int64, code string) {
	askSavePath(a, "daftar-hadir-"+code+".xlsx", func(path string) { writeHadir(a, path, rapatID) })
}

func writeHadir(a kit.Shell, path string, rapatID int64) {
	writeWorkbook(a, path, func(s *storage.Store, b *bytes.Buffer) (int, error) {
		return s.ExportHadir(context.Background(), b, rapatID)
	})
}

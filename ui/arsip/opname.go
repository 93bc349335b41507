package arsip

import (
	"bytes"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

func resultLabel(r storage.StokOpnameResult) string {
	key := "scan2.result." + string(r)
	return kit.T(key)
}

// ShowOpnameResult lists what a stock-take found missing or out of place
// and offers the CSV export.
func ShowOpnameResult(a Shell, so *storage.StokOpname) {
	var diffs []storage.StokOpnameItem
	for _, it := range so.Items {
		if it.Result != storage.SOAda {
			diffs = append(diffs, it)
		}
	}
	summary := widget.NewLabel(kit.Ln("scan2.opname_summary", map[string]any{
		"Place": so.PlaceName, "Found": so.Found, "Missing": so.Missing, "Misplaced": so.Misplaced, "Unknown": so.Unknown}))
	summary.Wrapping = fyne.TextWrapWord
	list := widget.NewList(func() int { return len(diffs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := diffs[i]
			text := resultLabel(it.Result) + " · " + it.Code + " · " + it.Title
			if it.Result == storage.SOSalahTempat {
				text += " · " + kit.Ln("scan2.belongs", map[string]any{"Path": it.ExpectedPlace})
			}
			o.(*widget.Label).SetText(text)
		})
	xlsx := widget.NewButtonWithIcon(lang.L("opname3.export_xlsx"), theme.DownloadIcon(), func() { exportOpname(a, so, true) })
	xlsx.Importance = widget.HighImportance
	export := widget.NewButtonWithIcon(lang.L("scan2.export_csv"), theme.DownloadIcon(), func() { exportOpname(a, so, false) })
	when := widget.NewLabel(kit.Ln("opname3.when", map[string]any{"When": model.FormatDateTime(so.FinishedAt.Local()),
		"By": so.CreatedBy}))
	d := dialog.NewCustom(lang.L("scan2.opname_done"), lang.L("button.close"),
		container.NewBorder(container.NewVBox(summary, when, container.NewHBox(xlsx, export)), nil, nil, nil, list), a.Window())
	d.Resize(fyne.NewSize(700, 480))
	a.ShowDialog(d)
}

// exportOpname writes the stock-take to an .xlsx (or CSV) file the clerk
// chooses.
func exportOpname(a Shell, so *storage.StokOpname, xlsx bool) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			if err != nil {
				a.ShowError(err)
			}
			return
		}
		path := w.URI().Path()
		w.Close()
		writeOpnameFile(a, so, path, xlsx)
	}, a.Window())
	ext := ".csv"
	if xlsx {
		ext = ".xlsx"
	}
	d.SetFileName(fmt.Sprintf("stok-opname-%s-%s%s", so.PlaceCode, so.FinishedAt.Local().Format("20060102-1504"), ext))
	if home, err := os.UserHomeDir(); err == nil {
		if l, err := repository.ParseURI("file://" + home); err == nil {
			if dl, ok := l.(fyne.ListableURI); ok {
				d.SetLocation(dl)
			}
		}
	}
	d.Show()
}

// writeOpnameFile writes the stock-take to path (a temporary file first,
// so a failed write leaves no half a workbook) and says where it went.
func writeOpnameFile(a Shell, so *storage.StokOpname, path string, xlsx bool) {
	var buf bytes.Buffer
	var err error
	if xlsx {
		err = storage.WriteStokOpnameXLSX(&buf, *so, resultLabel)
	} else {
		err = storage.WriteStokOpnameCSV(&buf, *so, resultLabel)
	}
	if err == nil {
		err = writeFileAtomic(path, buf.Bytes())
	}
	if err != nil {
		a.ShowError(err)
		return
	}
	a.ShowInfo(lang.L("opname3.export_title"), kit.Ln("scan2.exported", map[string]any{"Path": path}))
}

func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// ShowOpnameHistory lists the saved stock-takes, newest first, with their
// counts; tapping one opens its result again (and its export).
func ShowOpnameHistory(a Shell) {
	s := a.Store()
	if s == nil {
		return
	}
	kit.Load(a, func() ([]storage.StokOpname, error) { return s.ArsipStokOpnameList(bg(), 0) }, func(past []storage.StokOpname, err error) {
		if err != nil {
			showArsipError(a, err)
			return
		}
		var content fyne.CanvasObject = widget.NewLabel(lang.L("opname3.history_none"))
		var d dialog.Dialog
		if len(past) > 0 {
			list := widget.NewList(func() int { return len(past) },
				func() fyne.CanvasObject { return widget.NewLabel("") },
				func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(historyLine(past[i])) })
			list.OnSelected = func(i widget.ListItemID) {
				list.UnselectAll()
				d.Hide()
				openPastOpname(a, past[i].ID)
			}
			content = list
		}
		d = dialog.NewCustom(lang.L("opname3.history"), lang.L("button.close"), content, a.Window())
		d.Resize(fyne.NewSize(700, 420))
		a.ShowDialog(d)
	})
}

// historyLine is one past stock-take: "02/12/2026 09.15 · RAK-03 Rak 3 · 28 ada, 2 tidak ditemukan, …".
func historyLine(so storage.StokOpname) string {
	return kit.Ln("opname3.history_line", map[string]any{"When": model.FormatDateTime(so.FinishedAt.Local()),
		"Code": so.PlaceCode, "Place": so.PlaceName, "Found": so.Found, "Missing": so.Missing, "Misplaced": so.Misplaced,
		"Unknown": so.Unknown, "By": so.CreatedBy})
}

// openPastOpname reads a saved stock-take and shows its result.
func openPastOpname(a Shell, id int64) {
	s := a.Store()
	kit.Load(a, func() (storage.StokOpname, error) { return s.ArsipStokOpnameByID(bg(), id) }, func(so storage.StokOpname, err error) {
		if err != nil {
			showArsipError(a, err)
			return
		}
		ShowOpnameResult(a, &so)
	})
}

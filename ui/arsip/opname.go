package arsip

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
	export := widget.NewButtonWithIcon(lang.L("scan2.export_csv"), theme.DownloadIcon(), func() { exportOpname(a, so) })
	d := dialog.NewCustom(lang.L("scan2.opname_done"), lang.L("button.close"),
		container.NewBorder(container.NewVBox(summary, container.NewHBox(export)), nil, nil, nil, list), a.Window())
	d.Resize(fyne.NewSize(700, 480))
	a.ShowDialog(d)
}

// exportOpname writes the stock-take to a CSV file the clerk chooses.
func exportOpname(a Shell, so *storage.StokOpname) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			if err != nil {
				a.ShowError(err)
			}
			return
		}
		defer w.Close()
		if err := storage.WriteStokOpnameCSV(w, *so, resultLabel); err != nil {
			a.ShowError(err)
			return
		}
		a.ShowInfo(lang.L("scan2.export_csv"), kit.Ln("scan2.exported", map[string]any{"Path": w.URI().Path()}))
	}, a.Window())
	d.SetFileName(fmt.Sprintf("stok-opname-%s-%s.csv", so.PlaceCode, so.FinishedAt.Local().Format("20060102-1504")))
	if home, err := os.UserHomeDir(); err == nil {
		if l, err := repository.ParseURI("file://" + home); err == nil {
			if dl, ok := l.(fyne.ListableURI); ok {
				d.SetLocation(dl)
			}
		}
	}
	d.Show()
}

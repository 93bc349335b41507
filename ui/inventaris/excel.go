package inventaris

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// The Barang tab reads KIB registers from Excel and writes the official
// asset lists to Excel; the Ruangan tab writes a room's KIR. The work is
// the shell's (ImportAset, ExportAsetList): this file only places the
// buttons and asks which list (and, for the mutasi, which period).

// excelButtons are the Barang toolbar's "Impor KIB…" and "Ekspor Excel…".
func excelButtons(a Shell) fyne.CanvasObject {
	imp := widget.NewButtonWithIcon(lang.L("asetimpor.button.import"), theme.UploadIcon(), a.ImportAset)
	exp := widget.NewButtonWithIcon(lang.L("asetimpor.button.export"), theme.DownloadIcon(), func() { askExportList(a) })
	return container.NewHBox(imp, exp)
}

// exportLists are the lists the Barang tab offers (the KIR is a room's,
// offered on the Ruangan tab).
var exportLists = []storage.AsetPaperList{storage.ListKIBA, storage.ListKIBB, storage.ListKIBC, storage.ListKIBD,
	storage.ListKIBE, storage.ListKIBF, storage.ListBukuInventaris, storage.ListMutasi}

// exportListText is a list's name in the chooser: "KIB B – Peralatan dan Mesin".
func exportListText(l storage.AsetPaperList) string {
	key := "asetimpor.list." + strings.ReplaceAll(string(l), "-", "_")
	return lang.L(key)
}

// askExportList asks which list to export, then the shell asks where.
func askExportList(a Shell) {
	byText := map[string]storage.AsetPaperList{}
	var opts []string
	for _, l := range exportLists {
		t := exportListText(l)
		byText[t] = l
		opts = append(opts, t)
	}
	sel := kit.NewSelect(opts, nil)
	sel.SetSelected(opts[0])
	per := newPeriodFields(a, timeNow())
	items := append([]*widget.FormItem{widget.NewFormItem(lang.L("asetimpor.export.list"), sel)}, per.items()...)
	a.AskForm("asetimpor.export.title", "asetimpor.export.button", items, func() {
		opt := storage.AsetListOptions{List: byText[sel.Selected]}
		if opt.List == storage.ListMutasi {
			var err error
			if opt.From, opt.To, err = per.read(); err != nil {
				showErr(a, err)
				return
			}
		}
		a.ExportAsetList(opt)
	})
}

// newKIRExcelButton writes the KIR of the room open in v to Excel.
func newKIRExcelButton(v *roomsView) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("asetimpor.export.kir"), theme.DownloadIcon(), func() {
		if v.open != 0 {
			v.app.ExportAsetList(storage.AsetListOptions{List: storage.ListKIR, RuangID: v.open})
		}
	})
	b.Disable()
	return b
}

package impor

import (
	"context"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"rapi/storage"
	"rapi/storage/sheet"
	"rapi/ui/kit"
)

// The preview explains itself: why each column went to its field, which
// columns and rows were hidden in the sheet, what stays to be classified.

// whyText is the reason a column went to its field ("" when it did not).
func whyText(why string) string {
	if why == "" {
		return ""
	}
	return lang.L(why)
}

// columnText is a column as the mapping lists it: "F: Media Simpan
// (tersembunyi)".
func columnText(c sheet.ColumnMap, hidden bool) string {
	head := c.Header
	if head == "" {
		head = "—"
	}
	if hidden {
		head += " " + lang.L("impor.hidden_column")
	}
	return c.Column + ": " + head
}

// hiddenAt reports whether column i of the last report was hidden.
func hiddenAt(rep *storage.ImportArsipReport, i int) bool {
	if rep == nil || rep.Read == nil || i >= len(rep.Read.Layout.Columns) {
		return false
	}
	return rep.Read.Layout.Columns[i].Hidden
}

// notes are the summary's lines about hidden rows and files left
// belum diklasifikasi.
func notes(rep *storage.ImportArsipReport) string {
	var s string
	if n := len(rep.Read.HiddenRows); n > 0 {
		s += "\n" + kit.Ln("impor.hidden_rows", map[string]any{"N": n})
	}
	if rep.Unclassified > 0 {
		s += "\n" + kit.Ln("impor.unclassified", map[string]any{"N": rep.Unclassified})
	}
	return s
}

// explainXLS tells the clerk how to turn an Excel 97-2003 file into .xlsx
// and, where LibreOffice is installed, offers to do it and go on (then)
// with the converted file.
func explainXLS(a kit.Shell, path string, then func(string)) {
	msg := kit.Ln(sheet.MsgXLS, map[string]any{"Path": filepath.Base(path)})
	if !sheet.CanConvertXLS() {
		a.ShowInfo(lang.L("impor.title"), msg)
		return
	}
	msg += "\n\n" + lang.L("sheet.xls_convert")
	a.ShowDialog(dialog.NewConfirm(lang.L("impor.title"), msg, func(ok bool) {
		if !ok {
			return
		}
		a.Go(func() {
			out, err := sheet.ConvertXLS(context.Background(), path)
			a.Do(func() {
				if err != nil {
					a.ShowError(err)
					return
				}
				then(out)
			})
		})
	}, a.Window()))
}

package impor

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// A workbook often holds the Daftar Berkas and its Daftar Isi Berkas on
// two sheets: with "also the other sheets" ticked, the import goes on with
// every other sheet that holds a register (layout and mapping detected).

// newOtherSheets is the tick box, shown only for workbooks of several sheets.
func newOtherSheets() *widget.Check {
	c := widget.NewCheck(kit.Ln("impor.other_sheets", nil), nil)
	c.Hide()
	return c
}

// otherSheetOptions are the import options of the sheets other than the
// one shown (layout and mapping detected); they are imported with it in
// one transaction, all or nothing.
func otherSheetOptions(base storage.ImportArsipOptions, names []string) []storage.ImportArsipOptions {
	var out []storage.ImportArsipOptions
	for _, name := range names {
		if name == base.Sheet {
			continue
		}
		out = append(out, storage.ImportArsipOptions{Sheet: name, Saved: base.Saved, SkipInvalid: base.SkipInvalid,
			Klasifikasi: base.Klasifikasi, CreatePlaces: base.CreatePlaces, Progress: base.Progress})
	}
	return out
}

// otherSheetLines is a summary line per other sheet; a sheet without a
// register is passed over.
func otherSheetLines(reps []*storage.ImportArsipReport) []string {
	var lines []string
	for _, rep := range reps {
		if rep.NoRegister {
			continue
		}
		lines = append(lines, kit.Ln("impor.other_sheet_done", map[string]any{"Sheet": rep.Read.Sheet, "Created": rep.Created,
			"Updated": rep.Updated, "Unchanged": rep.Unchanged, "Rejected": rep.Rejected}))
		for _, p := range rep.Read.Problems {
			lines = append(lines, "• "+p.Message(kit.Translate))
		}
	}
	return lines
}

func joinLines(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return "\n" + strings.Join(lines, "\n")
}

// refusedAny reports whether one of the sheets was refused (and with it,
// in the one transaction, every sheet).
func refusedAny(reps []*storage.ImportArsipReport, skipInvalid bool) bool {
	for _, rep := range reps {
		if !rep.NoRegister && rep.Blocked(skipInvalid) {
			return true
		}
	}
	return false
}

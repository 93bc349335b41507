package impor

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/storage/sheet"
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

// importOthers imports the sheets other than the one shown and returns a
// line per sheet for the summary; a sheet without a register is passed over.
func importOthers(ctx context.Context, s *storage.Store, file, shown string, names []string, base storage.ImportArsipOptions) ([]string, bool, error) {
	var lines []string
	written := false
	for _, name := range names {
		if name == shown {
			continue
		}
		opt := storage.ImportArsipOptions{Sheet: name, Saved: base.Saved, SkipInvalid: base.SkipInvalid, Klasifikasi: base.Klasifikasi}
		rep, err := s.ImportArsip(ctx, file, opt)
		if err != nil {
			return lines, written, err
		}
		if noRegister(rep) {
			continue
		}
		written = written || rep.Written
		lines = append(lines, kit.Ln("impor.other_sheet_done", map[string]any{"Sheet": name, "Created": rep.Created,
			"Updated": rep.Updated, "Unchanged": rep.Unchanged, "Rejected": rep.Rejected}))
	}
	return lines, written, nil
}

// noRegister reports whether a sheet holds no table of files at all.
func noRegister(rep *storage.ImportArsipReport) bool {
	for _, p := range rep.Read.Problems {
		if p.Row == 0 && (p.Reason == sheet.ReasonNoHeader || p.Reason == sheet.ReasonNoRows) {
			return true
		}
	}
	return false
}

func joinLines(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return "\n" + strings.Join(lines, "\n")
}

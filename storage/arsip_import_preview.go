package storage

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"

	"rapi/model"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// The preview of an import shows the first rows of the register as they
// will be imported (each column's value as read, or the cell as written
// where the row is refused), with the row's problems, so a clerk sees a
// wrong reading before anything is written.

// previewRows is how many rows the preview keeps.
const previewRows = 50

// PreviewRow is one register row in the preview: its cells by column of
// the mapping, and what is wrong with it (refused, or its location kept
// as text only).
type PreviewRow struct {
	Row      int
	Cells    []string
	Problems []sheet.Problem
	Refused  bool
}

// previewer keeps the first rows a sheet's Check sees.
type previewer struct {
	recs []sheet.Record
}

func (pv *previewer) check(next func(sheet.Record) []sheet.Problem) func(sheet.Record) []sheet.Problem {
	return func(rec sheet.Record) []sheet.Problem {
		if len(pv.recs) < previewRows {
			pv.recs = append(pv.recs, rec)
		}
		return next(rec)
	}
}

// rows merges the rows read with the refused ones, in sheet order.
func (pv *previewer) rows(res *sheet.Result) []PreviewRow {
	byRow := map[int]*PreviewRow{}
	for _, rec := range pv.recs {
		byRow[rec.Row] = &PreviewRow{Row: rec.Row, Cells: recordCells(rec, res.Mapping)}
	}
	for i, rj := range res.Rejected {
		if i == previewRows {
			break
		}
		byRow[rj.Row] = &PreviewRow{Row: rj.Row, Cells: rj.Cells, Problems: slices.Clone(rj.Problems), Refused: true}
	}
	out := make([]PreviewRow, 0, len(byRow))
	for _, r := range byRow {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Row < out[j].Row })
	if len(out) > previewRows {
		out = out[:previewRows]
	}
	return out
}

// recordCells writes a record's values by column as Rapi read them.
func recordCells(rec sheet.Record, m sheet.Mapping) []string {
	out := make([]string, len(m))
	for i, c := range m {
		if c.Field == "" {
			out[i] = rec.Extra[c.Header]
			continue
		}
		out[i] = previewValue(rec.Values[c.Field])
	}
	return out
}

func previewValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case time.Time:
		return model.FormatDate(x)
	case value.YearRange:
		return x.String()
	}
	return fmt.Sprint(v)
}

// notePreview adds the location problems to the rows shown.
func notePreview(rows []PreviewRow, probs []sheet.Problem) {
	at := map[int]int{}
	for i, r := range rows {
		at[r.Row] = i
	}
	for _, p := range probs {
		if i, ok := at[p.Row]; ok {
			rows[i].Problems = append(rows[i].Problems, p)
		}
	}
}

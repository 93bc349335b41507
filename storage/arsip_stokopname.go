package storage

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// StokOpnameResult says what a stock-take found for one thing.
type StokOpnameResult string

// The results of a stock-take line.
const (
	SOAda         StokOpnameResult = "ada"          // expected here and scanned
	SOHilang      StokOpnameResult = "hilang"       // expected here, not scanned
	SOSalahTempat StokOpnameResult = "salah_tempat" // scanned here, belongs elsewhere
	SOTakDikenal  StokOpnameResult = "tak_dikenal"  // scanned, no such code
)

// StokOpnameItem is one box or file of a stock-take: expected, scanned or both.
type StokOpnameItem struct {
	Kind          model.CodeKind // CodeBerkas, CodeBoks, CodePlace or "" (unknown)
	Code          string
	Title         string
	Result        StokOpnameResult
	ExpectedPlace string     // where Rapi has it (place path)
	ScannedAt     *time.Time // nil for what was missing
}

// StokOpname is one stock-take of a shelf or room.
type StokOpname struct {
	ID         int64
	PlaceID    int64
	PlaceCode  string
	PlaceName  string
	StartedAt  time.Time
	FinishedAt time.Time
	Note       string
	CreatedBy  string
	Items      []StokOpnameItem

	Found, Missing, Misplaced, Unknown int // counted from Items on save
}

func (so *StokOpname) count() {
	so.Found, so.Missing, so.Misplaced, so.Unknown = 0, 0, 0, 0
	for _, it := range so.Items {
		switch it.Result {
		case SOAda:
			so.Found++
		case SOHilang:
			so.Missing++
		case SOSalahTempat:
			so.Misplaced++
		case SOTakDikenal:
			so.Unknown++
		}
	}
}

// ArsipStokOpnameExpected lists what Rapi has in a place and every place below
// it: the boxes, and the files that are not in a box (a file in a box is
// accounted for by its box). Each item has Result SOHilang until scanned.
func (s *Store) ArsipStokOpnameExpected(ctx context.Context, placeID int64) ([]StokOpnameItem, error) {
	var out []StokOpnameItem
	err := s.read(ctx, "list stock-take expectations", func(tx *sql.Tx) error {
		ids, err := placeSubtree(ctx, tx, placeID)
		if err != nil {
			return err
		}
		paths, err := placePaths(ctx, tx)
		if err != nil {
			return err
		}
		in := "(" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		rows, err := tx.QueryContext(ctx, "SELECT code, nomor, coalesce(place_id,0) FROM boks WHERE deleted_at IS NULL AND place_id IN "+in+" ORDER BY nomor, id", args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var b arsip.Boks
			if err := rows.Scan(&b.Code, &b.Nomor, &b.PlaceID); err != nil {
				rows.Close()
				return err
			}
			out = append(out, StokOpnameItem{Kind: model.CodeBoks, Code: b.Code, Title: b.Label(), Result: SOHilang, ExpectedPlace: paths[b.PlaceID]})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, "SELECT code, uraian, coalesce(place_id,0) FROM berkas WHERE deleted_at IS NULL AND boks_id IS NULL AND place_id IN "+in+" ORDER BY code", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var code, title string
			var pid int64
			if err := rows.Scan(&code, &title, &pid); err != nil {
				return err
			}
			out = append(out, StokOpnameItem{Kind: model.CodeBerkas, Code: code, Title: title, Result: SOHilang, ExpectedPlace: paths[pid]})
		}
		return rows.Err()
	})
	return out, err
}

// SaveArsipStokOpname records a finished stock-take with its lines and fills
// in its id and counts.
func (s *Store) SaveArsipStokOpname(ctx context.Context, so *StokOpname) error {
	so.count()
	return s.write(ctx, "save stock-take", func(tx *sql.Tx) error {
		now, by := fmtTime(s.now()), s.Actor().Label()
		res, err := tx.ExecContext(ctx, `INSERT INTO stokopname(place_id, place_code, place_name, started_at, finished_at,
			n_found, n_missing, n_misplaced, n_unknown, note, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
			nullID(so.PlaceID), so.PlaceCode, so.PlaceName, fmtTime(so.StartedAt), fmtTime(so.FinishedAt),
			so.Found, so.Missing, so.Misplaced, so.Unknown, so.Note, now, by)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		st, err := tx.PrepareContext(ctx, `INSERT INTO stokopname_item(stokopname_id, kind, code, title, result, expected_place, scanned_at)
			VALUES (?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, it := range so.Items {
			var at any
			if it.ScannedAt != nil {
				at = fmtTime(*it.ScannedAt)
			}
			if _, err := st.ExecContext(ctx, id, it.Kind, it.Code, it.Title, string(it.Result), it.ExpectedPlace, at); err != nil {
				return err
			}
		}
		so.ID, so.CreatedBy = id, by
		return s.audit(tx, "stokopname", id, ActCreate, nil, map[string]any{
			"place": so.PlaceCode, "found": so.Found, "missing": so.Missing, "misplaced": so.Misplaced, "unknown": so.Unknown})
	})
}

// ArsipStokOpnameByID reads one saved stock-take with its lines.
func (s *Store) ArsipStokOpnameByID(ctx context.Context, id int64) (StokOpname, error) {
	var so StokOpname
	err := s.read(ctx, "read stock-take", func(tx *sql.Tx) error {
		var pid sql.NullInt64
		var started, finished string
		err := tx.QueryRowContext(ctx, `SELECT id, place_id, place_code, place_name, started_at, finished_at, note, created_by
			FROM stokopname WHERE id=?`, id).Scan(&so.ID, &pid, &so.PlaceCode, &so.PlaceName, &started, &finished, &so.Note, &so.CreatedBy)
		if err != nil {
			return err
		}
		so.PlaceID, so.StartedAt, so.FinishedAt = pid.Int64, parseTime(started), parseTime(finished)
		rows, err := tx.QueryContext(ctx, `SELECT kind, code, title, result, expected_place, scanned_at FROM stokopname_item
			WHERE stokopname_id=? ORDER BY id`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var it StokOpnameItem
			var at sql.NullString
			if err := rows.Scan(&it.Kind, &it.Code, &it.Title, &it.Result, &it.ExpectedPlace, &at); err != nil {
				return err
			}
			it.ScannedAt = parseTimePtr(at)
			so.Items = append(so.Items, it)
		}
		return rows.Err()
	})
	so.count()
	return so, err
}

// ArsipStokOpnameList lists the saved stock-takes of a place (0: all), newest
// first, without their lines.
func (s *Store) ArsipStokOpnameList(ctx context.Context, placeID int64) ([]StokOpname, error) {
	var out []StokOpname
	err := s.read(ctx, "list stock-takes", func(tx *sql.Tx) error {
		q := `SELECT id, coalesce(place_id,0), place_code, place_name, started_at, finished_at, n_found, n_missing, n_misplaced, n_unknown,
			note, created_by FROM stokopname`
		var args []any
		if placeID != 0 {
			q += " WHERE place_id=?"
			args = append(args, placeID)
		}
		rows, err := tx.QueryContext(ctx, q+" ORDER BY finished_at DESC, id DESC", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var so StokOpname
			var started, finished string
			if err := rows.Scan(&so.ID, &so.PlaceID, &so.PlaceCode, &so.PlaceName, &started, &finished,
				&so.Found, &so.Missing, &so.Misplaced, &so.Unknown, &so.Note, &so.CreatedBy); err != nil {
				return err
			}
			so.StartedAt, so.FinishedAt = parseTime(started), parseTime(finished)
			out = append(out, so)
		}
		return rows.Err()
	})
	return out, err
}

// StokOpnameHeader is the CSV header row, in the order WriteStokOpnameCSV
// writes the columns.
var StokOpnameHeader = []string{"Hasil", "Jenis", "Kode", "Uraian", "Lokasi menurut Rapi", "Waktu pindai"}

// WriteStokOpnameCSV writes a stock-take as CSV (UTF-8 with BOM, so Excel
// reads Indonesian text right): a title line, then one row per thing,
// the differences (missing, misplaced, unknown) before what was in place.
// label translates a result for the first column.
func WriteStokOpnameCSV(w io.Writer, so StokOpname, label func(StokOpnameResult) string) error {
	if label == nil {
		label = func(r StokOpnameResult) string { return string(r) }
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{fmt.Sprintf("Stok opname %s %s", so.PlaceCode, so.PlaceName), model.FormatDateTime(so.FinishedAt.Local())})
	cw.Write(StokOpnameHeader)
	for _, want := range []StokOpnameResult{SOHilang, SOSalahTempat, SOTakDikenal, SOAda} {
		for _, it := range so.Items {
			if it.Result != want {
				continue
			}
			at := ""
			if it.ScannedAt != nil {
				at = model.FormatDateTime(it.ScannedAt.Local())
			}
			cw.Write([]string{label(it.Result), string(it.Kind), it.Code, it.Title, it.ExpectedPlace, at})
		}
	}
	cw.Flush()
	return cw.Error()
}

// ArsipStokOpnameExpectedInBox lists the files Rapi has in box boksID:
// a box opened and checked file by file. Each has Result SOHilang until
// scanned.
func (s *Store) ArsipStokOpnameExpectedInBox(ctx context.Context, boksID int64) ([]StokOpnameItem, error) {
	var out []StokOpnameItem
	err := s.read(ctx, "list box stock-take expectations", func(tx *sql.Tx) error {
		paths, err := placePaths(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT b.code, b.uraian, coalesce(x.place_id,0), x.nomor, x.code FROM berkas b
			JOIN boks x ON x.id = b.boks_id WHERE b.deleted_at IS NULL AND b.boks_id = ? ORDER BY b.code`, boksID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var code, title string
			var pid int64
			var bx arsip.Boks
			if err := rows.Scan(&code, &title, &pid, &bx.Nomor, &bx.Code); err != nil {
				return err
			}
			out = append(out, StokOpnameItem{Kind: model.CodeBerkas, Code: code, Title: title, Result: SOHilang,
				ExpectedPlace: model.JoinPath(paths[pid], bx.Label())})
		}
		return rows.Err()
	})
	return out, err
}

// WriteStokOpnameXLSX writes a stock-take as an xlsx workbook: the place,
// the time and the counts on top, then one row per thing as in the CSV
// (differences first). label translates a result for the first column.
func WriteStokOpnameXLSX(w io.Writer, so StokOpname, label func(StokOpnameResult) string) error {
	if label == nil {
		label = func(r StokOpnameResult) string { return string(r) }
	}
	so.count()
	spec := sheet.ExportSpec{SheetName: "Stok Opname", Titles: []string{
		fmt.Sprintf("STOK OPNAME %s %s", so.PlaceCode, so.PlaceName),
		"Selesai " + model.FormatDateTime(so.FinishedAt.Local()) + " · petugas " + so.CreatedBy,
		fmt.Sprintf("%d ada, %d tidak ditemukan, %d salah tempat, %d tidak dikenal", so.Found, so.Missing, so.Misplaced, so.Unknown)}}
	for _, h := range StokOpnameHeader {
		spec.Columns = append(spec.Columns, sheet.ExportColumn{Header: h, Kind: sheet.Text})
	}
	spec.Columns[2].Kind = sheet.Code
	rows := func(yield func([]any, error) bool) {
		for _, want := range []StokOpnameResult{SOHilang, SOSalahTempat, SOTakDikenal, SOAda} {
			for _, it := range so.Items {
				if it.Result != want {
					continue
				}
				at := ""
				if it.ScannedAt != nil {
					at = model.FormatDateTime(it.ScannedAt.Local())
				}
				if !yield([]any{label(it.Result), string(it.Kind), it.Code, it.Title, it.ExpectedPlace, at}, nil) {
					return
				}
			}
		}
	}
	_, err := sheet.Export(w, spec, rows)
	return err
}

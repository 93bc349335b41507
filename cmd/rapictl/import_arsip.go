package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"rapi/storage"
	"rapi/storage/sheet"
)

// importArsipArgs are the flags of "import arsip".
type importArsipArgs struct {
	file                 string
	sheets, maps         multi
	allSheets, dry, skip bool
	asJSON, convertXLS   bool
	createPlaces         bool
	klasifikasi          string
}

const importArsipUsage = `import arsip FILE [--sheet NAME ...|--all-sheets] [--dry-run [--json]] [--skip-invalid] [--create-places] [--convert-xls] [--klasifikasi CODE] [--map "Kolom=field" ...]`

func parseImportArsip(e *env, args []string) (*importArsipArgs, error) {
	a := &importArsipArgs{}
	fs := e.flags("import")
	fs.Var(&a.sheets, "sheet", "sheet name (repeatable; default: the active sheet)")
	fs.BoolVar(&a.allSheets, "all-sheets", false, "import every sheet that holds a register")
	fs.BoolVar(&a.dry, "dry-run", false, "read, check and count without writing")
	fs.BoolVar(&a.asJSON, "json", false, "with --dry-run: print the mapping, the counts and the first problems as JSON")
	fs.BoolVar(&a.convertXLS, "convert-xls", false, "convert an Excel 97-2003 .xls file to .xlsx with LibreOffice first")
	fs.BoolVar(&a.skip, "skip-invalid", false, "write the valid rows; rejected rows go to FILE-ditolak.xlsx")
	fs.BoolVar(&a.createPlaces, "create-places", false, "make the places and boxes the locations name that Rapi lacks, and put the files there")
	fs.StringVar(&a.klasifikasi, "klasifikasi", "", "classification code for the rows that have none (default: belum diklasifikasi)")
	fs.Var(&a.maps, "map", `"Kolom=field": read column Kolom into field (repeatable; "Kolom=" keeps it as extra data)`)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) != 2 || pos[0] != "arsip" || a.asJSON && !a.dry {
		return nil, fmt.Errorf("%s: %w", importArsipUsage, errUsage)
	}
	a.file = pos[1]
	return a, nil
}

func cmdImportArsip(e *env, args []string) error {
	a, err := parseImportArsip(e, args)
	if err != nil {
		return err
	}
	if sheet.IsXLS(a.file) {
		if a.file, err = xlsToXLSX(e, a); err != nil {
			return err
		}
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	sheets := []string(a.sheets)
	if a.allSheets {
		if sheets, err = sheet.SheetNames(a.file); err != nil {
			return err
		}
	}
	if len(sheets) == 0 {
		sheets = []string{""}
	}
	// All sheets are read, then written in one transaction: all or nothing.
	opts := make([]storage.ImportArsipOptions, 0, len(sheets))
	for _, name := range sheets {
		opt, err := sheetOptions(e, s, a, name)
		if err != nil {
			return err
		}
		opts = append(opts, opt)
	}
	reps, err := s.ImportArsipSheets(e.ctx, a.file, opts)
	if err != nil {
		return err
	}
	var reports []sheetReport
	for i, rep := range reps {
		if rep.NoRegister {
			fmt.Fprintf(e.stderr, "lembar %q dilewati: tidak berisi daftar berkas\n", sheets[i])
			continue
		}
		reports = append(reports, sheetReport{sheets[i], rep})
	}
	if a.asJSON {
		return printImportJSON(e, a, reports)
	}
	return printImportText(e, a, reports)
}

// xlsToXLSX converts an .xls file when asked to, else explains how.
func xlsToXLSX(e *env, a *importArsipArgs) (string, error) {
	tr := translator()
	if !a.convertXLS {
		fmt.Fprintln(e.stderr, tr(sheet.MsgXLS, map[string]any{"Path": filepath.Base(a.file)}))
		if sheet.CanConvertXLS() {
			fmt.Fprintln(e.stderr, tr("sheet.xls_convert", nil)+" (--convert-xls)")
		}
		return "", sheet.ErrXLS
	}
	out, err := sheet.ConvertXLS(e.ctx, a.file)
	if err == nil {
		fmt.Fprintf(e.stderr, "%s -> %s\n", filepath.Base(a.file), filepath.Base(out))
	}
	return out, err
}

type sheetReport struct {
	name string
	rep  *storage.ImportArsipReport
}

// sheetOptions are the import options of one sheet: detected first when
// --map changes what the clerk named.
func sheetOptions(e *env, s *storage.Store, a *importArsipArgs, name string) (storage.ImportArsipOptions, error) {
	opt := storage.ImportArsipOptions{Sheet: name, DryRun: a.dry, SkipInvalid: a.skip, Klasifikasi: a.klasifikasi,
		CreatePlaces: a.createPlaces}
	if len(a.maps) > 0 {
		pre, err := s.ImportArsip(e.ctx, a.file, storage.ImportArsipOptions{Sheet: name, DryRun: true, Klasifikasi: a.klasifikasi})
		if err != nil {
			return opt, err
		}
		if opt.Mapping, err = applyMap(pre.Read.Mapping, a.maps, storage.ArsipSchema); err != nil {
			return opt, err
		}
	}
	return opt, nil
}

// lokasiListed is how many new places and boxes the messages name.
const lokasiListed = 10

// printLokasi tells what the locations did: files placed, places made,
// or the places needed and how to make them.
func printLokasi(e *env, a *importArsipArgs, rep *storage.ImportArsipReport, tr sheet.Translator) {
	for _, p := range rep.LokasiProblems {
		fmt.Fprintln(e.stderr, p.Message(tr))
	}
	places, boxes := len(rep.NewPlaces), len(rep.NewBoxes)
	if places+boxes > 0 {
		if a.createPlaces && rep.Written {
			fmt.Fprintln(e.stderr, tr("registers.lokasi.created", map[string]any{"Places": places, "Boxes": boxes}))
		} else {
			fmt.Fprintln(e.stderr, tr("registers.lokasi.new", map[string]any{"Places": places, "Boxes": boxes,
				"List": firstOf(append(append([]string{}, rep.NewPlaces...), rep.NewBoxes...), lokasiListed, tr)}))
			if !a.createPlaces {
				fmt.Fprintln(e.stderr, tr("registers.lokasi.how", nil))
			}
		}
	}
	if rep.Placed > 0 && rep.Written {
		fmt.Fprintln(e.stderr, tr("registers.lokasi.placed", map[string]any{"N": rep.Placed}))
	}
}

// firstOf joins the first n of list, saying how many more there are.
func firstOf(list []string, n int, tr sheet.Translator) string {
	if len(list) <= n {
		return strings.Join(list, "; ")
	}
	return strings.Join(list[:n], "; ") + " " + tr("registers.lokasi.more", map[string]any{"N": len(list) - n})
}

// printImportText tells the clerk, in Indonesian, what each sheet did;
// the last line of stdout is the counts, for scripts.
func printImportText(e *env, a *importArsipArgs, reports []sheetReport) error {
	tr := translator()
	var c, u, n, rejected, problems int
	// One refused sheet leaves every sheet unwritten (one transaction).
	blocked := false
	for _, sr := range reports {
		blocked = blocked || sr.rep.Blocked(a.skip)
	}
	for _, sr := range reports {
		rep := sr.rep
		for _, p := range rep.Read.Problems {
			fmt.Fprintln(e.stderr, p.Message(tr))
		}
		for _, k := range rep.NewKlasifikasi {
			fmt.Fprintf(e.stderr, "kode klasifikasi %s belum ada di daftar: ditambahkan, perlu ditinjau admin\n", k)
		}
		if rep.Unclassified > 0 {
			fmt.Fprintln(e.stderr, tr("impor.unclassified", map[string]any{"N": rep.Unclassified}))
		}
		printLokasi(e, a, rep, tr)
		if err := writeRejected(e, a, rep, tr); err != nil {
			return err
		}
		sc, su, sn := rep.Created, rep.Updated, rep.Unchanged
		if blocked && !a.dry {
			where := ""
			if len(reports) > 1 {
				where = fmt.Sprintf("lembar %q: ", sr.name)
			}
			fmt.Fprintf(e.stderr, "%stidak ada yang disimpan (tanpa baris ditolak akan: dibuat %d, diubah %d, tetap %d)\n", where, sc, su, sn)
			sc, su, sn = 0, 0, 0
		}
		c, u, n, rejected = c+sc, u+su, n+sn, rejected+rep.Rejected
		problems += len(rep.Read.Problems)
	}
	fmt.Fprintf(e.stdout, "created %d, updated %d, unchanged %d, rejected %d\n", c, u, n, rejected)
	if blocked {
		return fmt.Errorf("%d baris ditolak, tidak ada yang disimpan", max(rejected, problems))
	}
	return nil
}

// writeRejected saves the rejected rows of a written import next to the file.
func writeRejected(e *env, a *importArsipArgs, rep *storage.ImportArsipReport, tr sheet.Translator) error {
	if !a.skip || rep.Rejected == 0 || a.dry {
		return nil
	}
	out := strings.TrimSuffix(a.file, filepath.Ext(a.file)) + "-ditolak.xlsx"
	if rep.Read.Sheet != "" && len(a.sheets)+boolInt(a.allSheets) > 1 {
		out = strings.TrimSuffix(out, ".xlsx") + "-" + rep.Read.Sheet + ".xlsx"
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := sheet.WriteErrors(f, rep.Read, tr); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "baris yang ditolak disimpan di %s\n", out)
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// importJSON is what --dry-run --json prints for each sheet.
type importJSON struct {
	Sheet          string         `json:"sheet"`
	HeaderRows     [2]int         `json:"header_rows"`
	DataRows       [2]int         `json:"data_rows"`
	Mapping        []mappingJSON  `json:"mapping"`
	Counts         map[string]int `json:"counts"`
	NewKlasifikasi []string       `json:"new_klasifikasi"`
	NewPlaces      []string       `json:"new_places"`
	NewBoxes       []string       `json:"new_boxes"`
	Problems       []problemJSON  `json:"problems"`
	LokasiProblems []problemJSON  `json:"lokasi_problems"`
	Blocked        bool           `json:"blocked"`
	HiddenRows     []int          `json:"hidden_rows"`
}

type mappingJSON struct {
	sheet.ColumnMap
	Hidden  bool   `json:"hidden,omitempty"`
	WhyText string `json:"why_text,omitempty"`
}

type problemJSON struct {
	Row     int    `json:"row,omitempty"`
	Column  string `json:"column,omitempty"`
	Value   string `json:"value,omitempty"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

// jsonProblems is how many problems --json lists per sheet.
const jsonProblems = 20

func printImportJSON(e *env, a *importArsipArgs, reports []sheetReport) error {
	tr := translator()
	out := make([]importJSON, 0, len(reports))
	for _, sr := range reports {
		rep, res := sr.rep, sr.rep.Read
		j := importJSON{Sheet: res.Sheet, HeaderRows: [2]int{res.Layout.HeaderFirst, res.Layout.HeaderLast},
			DataRows: [2]int{res.Layout.DataFirst, res.Layout.DataLast},
			Counts: map[string]int{"created": rep.Created, "updated": rep.Updated, "unchanged": rep.Unchanged,
				"rejected": rep.Rejected, "unclassified": rep.Unclassified, "data_rows": res.DataRows, "skipped_rows": len(res.Skipped),
				"placed": rep.Placed, "new_places": len(rep.NewPlaces), "new_boxes": len(rep.NewBoxes)},
			NewKlasifikasi: append([]string{}, rep.NewKlasifikasi...), Problems: []problemJSON{}, Blocked: rep.Blocked(a.skip),
			NewPlaces: firstN(rep.NewPlaces, jsonProblems), NewBoxes: firstN(rep.NewBoxes, jsonProblems), LokasiProblems: []problemJSON{}}
		for i, p := range rep.LokasiProblems {
			if i == jsonProblems {
				break
			}
			j.LokasiProblems = append(j.LokasiProblems, problemJSON{Row: p.Row, Column: p.Column, Value: p.Value, Reason: p.Reason, Message: p.Message(tr)})
		}
		j.HiddenRows = append([]int{}, res.HiddenRows...)
		for i, m := range res.Mapping {
			mj := mappingJSON{ColumnMap: m, Hidden: i < len(res.Layout.Columns) && res.Layout.Columns[i].Hidden}
			if m.Why != "" {
				mj.WhyText = tr(m.Why, nil)
			}
			j.Mapping = append(j.Mapping, mj)
		}
		for i, p := range res.Problems {
			if i == jsonProblems {
				break
			}
			j.Problems = append(j.Problems, problemJSON{Row: p.Row, Column: p.Column, Value: p.Value, Reason: p.Reason, Message: p.Message(tr)})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// firstN is the first n of list, never nil (JSON: []).
func firstN(list []string, n int) []string {
	return append([]string{}, list[:min(n, len(list))]...)
}

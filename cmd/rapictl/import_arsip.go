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
	klasifikasi          string
}

const importArsipUsage = `import arsip FILE [--sheet NAME ...|--all-sheets] [--dry-run [--json]] [--skip-invalid] [--convert-xls] [--klasifikasi CODE] [--map "Kolom=field" ...]`

func parseImportArsip(e *env, args []string) (*importArsipArgs, error) {
	a := &importArsipArgs{}
	fs := e.flags("import")
	fs.Var(&a.sheets, "sheet", "sheet name (repeatable; default: the active sheet)")
	fs.BoolVar(&a.allSheets, "all-sheets", false, "import every sheet that holds a register")
	fs.BoolVar(&a.dry, "dry-run", false, "read, check and count without writing")
	fs.BoolVar(&a.asJSON, "json", false, "with --dry-run: print the mapping, the counts and the first problems as JSON")
	fs.BoolVar(&a.convertXLS, "convert-xls", false, "convert an Excel 97-2003 .xls file to .xlsx with LibreOffice first")
	fs.BoolVar(&a.skip, "skip-invalid", false, "write the valid rows; rejected rows go to FILE-ditolak.xlsx")
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
	var reports []sheetReport
	for _, name := range sheets {
		rep, err := importOneSheet(e, s, a, name)
		if err != nil {
			return err
		}
		if a.allSheets && noRegister(rep) {
			fmt.Fprintf(e.stderr, "lembar %q dilewati: tidak berisi daftar berkas\n", name)
			continue
		}
		reports = append(reports, sheetReport{name, rep})
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

// noRegister reports whether a sheet has no table of files at all (a
// cover or notes sheet), which --all-sheets passes over.
func noRegister(rep *storage.ImportArsipReport) bool {
	for _, p := range rep.Read.Problems {
		if p.Row == 0 && (p.Reason == sheet.ReasonNoHeader || p.Reason == sheet.ReasonNoRows) {
			return true
		}
	}
	return false
}

// importOneSheet imports one sheet: detected first when --map changes
// what the clerk named.
func importOneSheet(e *env, s *storage.Store, a *importArsipArgs, name string) (*storage.ImportArsipReport, error) {
	opt := storage.ImportArsipOptions{Sheet: name, DryRun: a.dry, SkipInvalid: a.skip, Klasifikasi: a.klasifikasi}
	if len(a.maps) > 0 {
		pre, err := s.ImportArsip(e.ctx, a.file, storage.ImportArsipOptions{Sheet: name, DryRun: true, Klasifikasi: a.klasifikasi})
		if err != nil {
			return nil, err
		}
		if opt.Mapping, err = applyMap(pre.Read.Mapping, a.maps, storage.ArsipSchema); err != nil {
			return nil, err
		}
	}
	return s.ImportArsip(e.ctx, a.file, opt)
}

// printImportText tells the clerk, in Indonesian, what each sheet did;
// the last line of stdout is the counts, for scripts.
func printImportText(e *env, a *importArsipArgs, reports []sheetReport) error {
	tr := translator()
	var c, u, n, rejected, problems int
	blocked := false
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
		if err := writeRejected(e, a, rep, tr); err != nil {
			return err
		}
		sc, su, sn := rep.Created, rep.Updated, rep.Unchanged
		if rep.Blocked(a.skip) {
			blocked = true
			if !a.dry {
				fmt.Fprintf(e.stderr, "tidak ada yang disimpan (tanpa baris ditolak akan: dibuat %d, diubah %d, tetap %d)\n", sc, su, sn)
				sc, su, sn = 0, 0, 0
			}
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
	Problems       []problemJSON  `json:"problems"`
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
				"rejected": rep.Rejected, "unclassified": rep.Unclassified, "data_rows": res.DataRows, "skipped_rows": len(res.Skipped)},
			NewKlasifikasi: append([]string{}, rep.NewKlasifikasi...), Problems: []problemJSON{}, Blocked: rep.Blocked(a.skip)}
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

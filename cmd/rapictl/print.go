package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"rapi/model"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
)

func init() {
	register(command{"templates", ": list the label templates (built-in and stored) with their sizes", cmdTemplates})
	register(command{"labels", "--kind KIND --template NAME --out FILE.pdf [--start N] [--copies K] [--offset-x MM] [--offset-y MM] [--all | --unprinted | CODE ...]: print labels to PDF", cmdLabels})
	registerLabelKind("lokasi", placeRecords)
}

// labelRecord is one record whose label can be printed.
type labelRecord struct {
	Code  string
	Label paper.Drawer
}

// labelKinds maps --kind to the records of that kind; the archive
// commands add "berkas" and "boks" with registerLabelKind.
var labelKinds = map[string]func(e *env, s *storage.Store) ([]labelRecord, error){}

func registerLabelKind(kind string, records func(e *env, s *storage.Store) ([]labelRecord, error)) {
	labelKinds[kind] = records
}

func placeRecords(e *env, s *storage.Store) ([]labelRecord, error) {
	places, err := s.Places(e.ctx)
	if err != nil {
		return nil, err
	}
	var out []labelRecord
	for _, p := range places {
		if p.Code != "" {
			out = append(out, labelRecord{Code: p.Code, Label: paper.PlaceLabel{Code: p.Code, Name: p.Name}})
		}
	}
	return out, nil
}

func cmdTemplates(e *env, args []string) error {
	fs := e.flags("templates")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return errUsage
	}
	var stored []storage.StoredTemplate
	if e.db != "" {
		s, err := e.open()
		if err != nil {
			return err
		}
		defer s.Close()
		if stored, err = s.Templates(e.ctx); err != nil {
			return err
		}
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSOURCE\tPAPER\tLABEL (mm)\tLAYOUT")
	row := func(t label.Template, source string) {
		pw, ph := t.PageSize()
		layout := fmt.Sprintf("%d x %d on %s x %s mm", t.Columns, t.Rows, num(pw), num(ph))
		if t.Paper == label.PaperRoll {
			layout = "roll, one per page"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s x %s\t%s\n", t.Name, source, t.Paper, num(t.LabelWidth), num(t.LabelHeight), layout)
	}
	for _, t := range label.Builtins() {
		row(t, "built-in")
	}
	for _, t := range stored {
		row(t.Template, "stored")
	}
	return tw.Flush()
}

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

func cmdLabels(e *env, args []string) error {
	fs := e.flags("labels")
	kind := fs.String("kind", "", "what to label: "+strings.Join(kindNames(), ", "))
	tplName := fs.String("template", "", "label template name (see rapictl templates)")
	out := fs.String("out", "", "PDF file to write")
	start := fs.Int("start", 1, "first label position on the first sheet")
	copies := fs.Int("copies", 1, "copies of each label")
	offX := fs.Float64("offset-x", 0, "printer shift to the right, mm")
	offY := fs.Float64("offset-y", 0, "printer shift down, mm")
	all := fs.Bool("all", false, "every record of the kind")
	unprinted := fs.Bool("unprinted", false, "every record whose label was never printed")
	var codes []string
	for {
		if err := fs.Parse(args); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		codes, args = append(codes, model.NormalizeCode(fs.Arg(0))), fs.Args()[1:]
	}
	records := labelKinds[*kind]
	picks := 0
	for _, b := range []bool{*all, *unprinted, len(codes) > 0} {
		if b {
			picks++
		}
	}
	switch {
	case records == nil:
		return fmt.Errorf("--kind must be one of %s: %w", strings.Join(kindNames(), ", "), errUsage)
	case *tplName == "" || *out == "":
		return fmt.Errorf("give --template NAME and --out FILE.pdf: %w", errUsage)
	case picks != 1:
		return fmt.Errorf("give exactly one of --all, --unprinted or CODEs: %w", errUsage)
	case *start < 1 || *copies < 1:
		return fmt.Errorf("--start and --copies must be 1 or more: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	tpl, err := s.FindTemplate(e.ctx, *tplName)
	if err != nil {
		return err
	}
	if *start > tpl.PerPage() {
		return fmt.Errorf("--start %d: template %s has %d labels per page: %w", *start, tpl.Name, tpl.PerPage(), errUsage)
	}
	recs, err := records(e, s)
	if err != nil {
		return err
	}
	recs, err = pick(e, s, *kind, recs, *unprinted, codes)
	if err != nil {
		return err
	}
	ds := make([]paper.Drawer, len(recs))
	printed := make([]string, len(recs))
	for i, r := range recs {
		ds[i], printed[i] = r.Label, r.Code
	}
	var buf bytes.Buffer
	opts := paper.Options{StartAt: *start, Copies: *copies, Offset: label.Offset{X: *offX, Y: *offY}}
	if err := paper.RenderLabelsPDF(&buf, tpl, ds, opts); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := s.RecordPrinted(e.ctx, *kind, tpl.Name, printed); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d labels (%d records) on %s, %d pages\n", *out, len(recs)**copies, len(recs), tpl.Name,
		paper.PageCount(tpl, len(recs), opts))
	return nil
}

// pick keeps the records asked for: the codes given (all must exist), the
// never-printed ones, or all.
func pick(e *env, s *storage.Store, kind string, recs []labelRecord, unprinted bool, codes []string) ([]labelRecord, error) {
	if unprinted {
		done, err := s.LastPrinted(e.ctx, kind)
		if err != nil {
			return nil, err
		}
		var out []labelRecord
		for _, r := range recs {
			if _, ok := done[r.Code]; !ok {
				out = append(out, r)
			}
		}
		return out, nil
	}
	if len(codes) == 0 {
		return recs, nil
	}
	byCode := map[string]labelRecord{}
	for _, r := range recs {
		byCode[r.Code] = r
	}
	var out []labelRecord
	var missing []string
	for _, c := range codes {
		r, ok := byCode[c]
		if !ok {
			missing = append(missing, c)
			continue
		}
		out = append(out, r)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no %s with code %s: %w", kind, strings.Join(missing, ", "), model.ErrNotFound)
	}
	return out, nil
}

func kindNames() []string {
	var out []string
	for k := range labelKinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

package paper

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"rapi/model/label"
)

// The performance goal compares Rapi with gLabels 3 making the
// same 1,000 folder labels on Avery L7163: a QR of the folder code plus the
// code and the (long, Indonesian) title, merged from a CSV of the very
// records Rapi renders. Run with
//
//	go test -tags migrated_fynedo,sqlite_fts5 -run '^$' -bench GLabelsCompare -benchtime 1x ./ui/paper/
//
// Each b.N iteration is one measurement of each side, so -benchtime 1x
// gives one cold run of glabels-3-batch (process start included: that is
// what a user waits for) and one run of RenderLabelsPDF.

const glabelsBatch = "glabels-3-batch"

// needGLabels skips when gLabels 3 is not installed (Debian: glabels).
func needGLabels(tb testing.TB) string {
	tb.Helper()
	p, err := exec.LookPath(glabelsBatch)
	if err != nil {
		tb.Skipf("%s not installed (apt-get install glabels); Rapi/gLabels comparison not run", glabelsBatch)
	}
	return p
}

// glabelsRecords turns the folder labels into the CSV gLabels merges:
// a header line of keys, then one line per label in the same order.
func glabelsRecords(ds []Drawer) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write([]string{"code", "title"}); err != nil {
		return nil, err
	}
	for i, d := range ds {
		l, ok := d.(FolderLabel)
		if !ok {
			return nil, fmt.Errorf("record %d is %T, not a FolderLabel", i, d)
		}
		if err := w.Write([]string{l.Code, l.Title}); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func xmlAttr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// glabelsProject writes a gLabels 3 document for tpl whose merge source
// is csvPath. Format facts (from gLabels 3's own reader): lengths take a
// unit suffix; every object needs its affine matrix a0..a5 (they default
// to all zeros, which draws nothing); a QR is backend="libqrencode"
// style="IEC18004" with field= naming the merge key; merged text is a
// <Field name=…/> inside the top-level <Span>; the merge is
// <Merge type="Text/Comma/Line1Keys" src=…/>; text objects want a valign.
func glabelsProject(tpl label.Template, csvPath string) []byte {
	mm := func(v float64) string { return fmt.Sprintf("%.3fmm", v) }
	const ident = `a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"`
	pad := 2.0
	qr := tpl.LabelHeight - 2*pad
	tx := pad + qr + pad
	tw := tpl.LabelWidth - tx - pad
	pw, ph := tpl.PageSize()

	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n")
	b.WriteString("<Glabels-document xmlns=\"http://glabels.org/xmlns/3.0/\">\n")
	fmt.Fprintf(&b, "  <Template brand=\"Rapi\" part=\"%s\" size=\"Other\" width=\"%s\" height=\"%s\" description=\"benchmark\">\n",
		xmlAttr(tpl.Name), mm(pw), mm(ph))
	b.WriteString("    <Meta category=\"label\"/>\n")
	fmt.Fprintf(&b, "    <Label-rectangle id=\"0\" width=\"%s\" height=\"%s\" round=\"%s\" x_waste=\"0\" y_waste=\"0\">\n",
		mm(tpl.LabelWidth), mm(tpl.LabelHeight), mm(tpl.Radius))
	fmt.Fprintf(&b, "      <Markup-margin size=\"%s\"/>\n", mm(pad))
	fmt.Fprintf(&b, "      <Layout nx=\"%d\" ny=\"%d\" x0=\"%s\" y0=\"%s\" dx=\"%s\" dy=\"%s\"/>\n",
		tpl.Columns, tpl.Rows, mm(tpl.Left), mm(tpl.Top), mm(tpl.HPitch), mm(tpl.VPitch))
	b.WriteString("    </Label-rectangle>\n  </Template>\n")
	b.WriteString("  <Objects id=\"0\" rotate=\"False\">\n")
	fmt.Fprintf(&b, "    <Object-barcode x=\"%s\" y=\"%s\" w=\"%s\" h=\"%s\" backend=\"libqrencode\" style=\"IEC18004\" text=\"False\" checksum=\"True\" field=\"code\" color=\"0x000000ff\" %s/>\n",
		mm(pad), mm(pad), mm(qr), mm(qr), ident)
	fmt.Fprintf(&b, "    <Object-text x=\"%s\" y=\"%s\" w=\"%s\" h=\"%s\" justify=\"Left\" valign=\"Top\" auto_shrink=\"False\" %s>\n",
		mm(tx), mm(pad), mm(tw), mm(6), ident)
	b.WriteString("      <Span font_family=\"Sans\" font_size=\"10\" font_weight=\"Bold\" font_italic=\"False\" color=\"0x000000ff\" line_spacing=\"1\"><Field name=\"code\"/></Span>\n")
	b.WriteString("    </Object-text>\n")
	fmt.Fprintf(&b, "    <Object-text x=\"%s\" y=\"%s\" w=\"%s\" h=\"%s\" justify=\"Left\" valign=\"Top\" auto_shrink=\"False\" %s>\n",
		mm(tx), mm(pad+7), mm(tw), mm(tpl.LabelHeight-2*pad-7), ident)
	b.WriteString("      <Span font_family=\"Sans\" font_size=\"8\" font_weight=\"Regular\" font_italic=\"False\" color=\"0x000000ff\" line_spacing=\"1\"><Field name=\"title\"/></Span>\n")
	b.WriteString("    </Object-text>\n  </Objects>\n")
	fmt.Fprintf(&b, "  <Merge type=\"Text/Comma/Line1Keys\" src=\"%s\"/>\n", xmlAttr(csvPath))
	b.WriteString("</Glabels-document>\n")
	return []byte(b.String())
}

// writeGLabelsJob puts the CSV and the project for ds into dir and
// returns the project's path.
func writeGLabelsJob(tb testing.TB, dir string, tpl label.Template, ds []Drawer) string {
	tb.Helper()
	data, err := glabelsRecords(ds)
	if err != nil {
		tb.Fatal(err)
	}
	csvPath := filepath.Join(dir, "folders.csv")
	if err := os.WriteFile(csvPath, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	project := filepath.Join(dir, "folders.glabels")
	if err := os.WriteFile(project, glabelsProject(tpl, csvPath), 0o600); err != nil {
		tb.Fatal(err)
	}
	return project
}

// runGLabels makes out from project; gLabels chatters on stderr (D-Bus,
// "LABEL FILE = …"), so its output is shown only when it fails.
func runGLabels(tb testing.TB, bin, project, out string) {
	tb.Helper()
	_ = os.Remove(out)
	cmd := exec.Command(bin, "-o", out, project)
	cmd.Dir = filepath.Dir(project)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		tb.Fatalf("%s: %v\n%s", glabelsBatch, err, msg)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		tb.Fatalf("%s wrote no PDF (%v)\n%s", glabelsBatch, err, msg)
	}
}

// heapSampler records the peak of the Go heap (live and not yet swept
// objects) and of all memory the Go runtime has mapped, sampled every
// half millisecond while a render runs.
type heapSampler struct {
	stop         chan struct{}
	done         sync.WaitGroup
	heap, mapped uint64
}

var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/total:bytes"},
}

func startHeapSampler() *heapSampler {
	s := &heapSampler{stop: make(chan struct{})}
	s.sample()
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-tick.C:
				s.sample()
			}
		}
	}()
	return s
}

// sample is called by the sampler goroutine only, and by Stop after it ended.
func (s *heapSampler) sample() {
	ms := make([]metrics.Sample, len(heapSamples))
	copy(ms, heapSamples)
	metrics.Read(ms)
	if v := ms[0].Value.Uint64(); v > s.heap {
		s.heap = v
	}
	if v := ms[1].Value.Uint64(); v > s.mapped {
		s.mapped = v
	}
}

// Stop ends sampling and returns the peaks in bytes.
func (s *heapSampler) Stop() (heap, mapped uint64) {
	close(s.stop)
	s.done.Wait()
	s.sample()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > s.heap {
		s.heap = m.HeapAlloc
	}
	return s.heap, s.mapped
}

// BenchmarkGLabelsCompare measures gLabels 3 and Rapi on the same 1,000
// folder labels on Avery L7163 and reports both times, their ratio and
// Rapi's peak memory.
func BenchmarkGLabelsCompare(b *testing.B) {
	bin := needGLabels(b)
	tpl, ok := label.Builtin("Avery L7163")
	if !ok {
		b.Fatal("no built-in Avery L7163")
	}
	ds := folderLabels(1000)
	dir := b.TempDir()
	project := writeGLabelsJob(b, dir, tpl, ds)
	glOut := filepath.Join(dir, "glabels.pdf")
	rapiOut := filepath.Join(dir, "rapi.pdf")

	var glabelsTime, rapiTime time.Duration
	var peakHeap, peakMapped uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		runGLabels(b, bin, project, glOut)
		glabelsTime += time.Since(start)

		runtime.GC() // the peak is this render's, not the leftovers of the last
		s := startHeapSampler()
		start = time.Now()
		f, err := os.Create(rapiOut)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(f)
		err = RenderLabelsPDF(w, tpl, ds, Options{})
		if err == nil {
			err = w.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		rapiTime += time.Since(start)
		h, m := s.Stop()
		if err != nil {
			b.Fatal(err)
		}
		peakHeap, peakMapped = max(peakHeap, h), max(peakMapped, m)
	}
	b.StopTimer()

	// Both sides must have made all 72 sheets, or the times compare nothing.
	want := (len(ds) + tpl.PerPage() - 1) / tpl.PerPage()
	for name, path := range map[string]string{"glabels": glOut, "rapi": rapiOut} {
		if n, ok := pdfPageCount(path); ok && n != want {
			b.Fatalf("%s PDF has %d pages, want %d", name, n, want)
		}
	}

	gl := glabelsTime.Seconds() / float64(b.N)
	rp := rapiTime.Seconds() / float64(b.N)
	b.ReportMetric(gl, "glabels-s")
	b.ReportMetric(rp, "rapi-s")
	b.ReportMetric(gl/rp, "ratio")
	b.ReportMetric(float64(peakHeap)/(1<<20), "rapi-peak-MB")
	b.ReportMetric(float64(peakMapped)/(1<<20), "rapi-mapped-MB")
}

// pdfPageCount asks pdfinfo (poppler-utils) for the page count; ok is
// false when pdfinfo is missing or says nothing usable.
func pdfPageCount(path string) (n int, ok bool) {
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(out), "\n") {
		if rest, found := strings.CutPrefix(line, "Pages:"); found {
			if _, err := fmt.Sscan(strings.TrimSpace(rest), &n); err == nil {
				return n, true
			}
		}
	}
	return 0, false
}

// The comparison is only fair if gLabels really draws what Rapi draws:
// its first sheet must carry the first records' QR codes (readable) and
// their code and title text, not be an empty PDF from a project it could
// not understand. Two and a bit sheets keep the run short; the project
// is written by the same code as the benchmark's.
func TestGLabelsProjectRendersQRAndText(t *testing.T) {
	bin := needGLabels(t)
	for _, tool := range []string{"pdftoppm", "zbarimg", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install poppler-utils zbar-tools); gLabels output not checked", tool)
		}
	}
	tpl, _ := label.Builtin("Avery L7163")
	ds := folderLabels(30)
	dir := t.TempDir()
	project := writeGLabelsJob(t, dir, tpl, ds)
	out := filepath.Join(dir, "glabels.pdf")
	runGLabels(t, bin, project, out)

	if n, ok := pdfPageCount(out); ok && n != 3 {
		t.Errorf("30 labels at 14 a sheet: got %d pages, want 3", n)
	}

	msg, err := exec.Command("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", out, filepath.Join(dir, "page1")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, msg)
	}
	matched := 0
	for i, code := range scanGLabelsSheet(t, filepath.Join(dir, "page1.png"), tpl, 150) {
		want := ds[i].(FolderLabel).Code
		switch code {
		case want:
			matched++
		case "":
			t.Logf("label %d (%s): no QR decoded", i+1, want)
		default:
			t.Errorf("label %d carries QR %q, want %q", i+1, code, want)
		}
	}
	if matched < 10 {
		t.Errorf("sheet 1: %d of its %d labels' QR codes decode to their own records, want at least 10", matched, tpl.PerPage())
	}

	text, err := exec.Command("pdftotext", "-f", "1", "-l", "1", out, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{ds[0].(FolderLabel).Code, ds[13].(FolderLabel).Code, titles[0], titles[1], titles[2]} {
		if !strings.Contains(flat, want) {
			t.Errorf("sheet 1 text lacks %q", want)
		}
	}
}

// scanGLabelsSheet crops every label of one rasterised sheet (labels
// numbered across, then down, as gLabels places them) and reads each on
// its own: zbar confuses finder patterns of QRs lined up in a grid, and
// a crop also proves each code sits on its own label. It returns the
// decoded code per label, "" where none was read.
func scanGLabelsSheet(t *testing.T, pngPath string, tpl label.Template, dpi float64) []string {
	t.Helper()
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	page, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	sub, ok := page.(interface {
		SubImage(image.Rectangle) image.Image
	})
	if !ok {
		t.Fatalf("%T cannot be cropped", page)
	}
	px := func(v float64) int { return int(math.Round(v * dpi / 25.4)) }
	dir := filepath.Dir(pngPath)
	codes := make([]string, 0, tpl.PerPage())
	for r := 0; r < tpl.Rows; r++ {
		for c := 0; c < tpl.Columns; c++ {
			x, y := tpl.Left+float64(c)*tpl.HPitch, tpl.Top+float64(r)*tpl.VPitch
			crop := sub.SubImage(image.Rect(px(x), px(y), px(x+tpl.LabelWidth), px(y+tpl.LabelHeight)))
			name := filepath.Join(dir, fmt.Sprintf("label-%02d.png", len(codes)+1))
			var buf bytes.Buffer
			if err := png.Encode(&buf, crop); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, buf.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", name).Output()
			// Exit status 4 means "no code found": left to the caller as "".
			if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 4) {
				t.Fatalf("zbarimg %s: %v", name, err)
			}
			codes = append(codes, strings.Join(strings.Fields(string(out)), "+"))
		}
	}
	return codes
}

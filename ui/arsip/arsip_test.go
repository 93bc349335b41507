package arsip

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// arsipDB makes a database with demo places and n demo files.
func arsipDB(t testing.TB, n int) string {
	t.Helper()
	return testDB(t, func(ctx context.Context, s *storage.Store) error {
		if err := storage.FillDemo(ctx, s, 500); err != nil {
			return err
		}
		return storage.FillDemoArsip(ctx, s, n, 7)
	})
}

// openArsip starts Rapi on db and shows the Arsip page.
func openArsip(t *testing.T, db string) (*testShell, *arsipPage) {
	t.Helper()
	a, _ := newTestApp(t, db)
	p := buildArsipPage(a)
	a.win.SetContent(p.tabs)
	a.win.Resize(fyne.NewSize(1280, 800))
	return a, p
}

// labelsOnScreen are the texts of every label the window shows.
func labelsOnScreen(w fyne.Window) []string {
	var out []string
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	})
	return out
}

func arsipScreenShows(w fyne.Window, text string) bool {
	for _, l := range labelsOnScreen(w) {
		if strings.Contains(l, text) {
			return true
		}
	}
	return false
}

func TestArsipListLargeDatabase(t *testing.T) {
	const n = 20000
	db := arsipDB(t, n)
	start := time.Now()
	a, p := openArsip(t, db)
	if d := time.Since(start); d > 3*time.Second*raceSlowdown {
		t.Errorf("the list took %v to open", d)
	}
	l := p.list
	if l.pager.Len() != n || !strings.Contains(l.count.Text, "20.000 berkas") {
		t.Fatalf("count shows %q for %d files", l.count.Text, n)
	}
	if l.pager.Held() > listPagesCache {
		t.Fatalf("%d pages held after opening", l.pager.Held())
	}

	// Scroll deep: the rows shown there are the right files, in order.
	const deep = 15000
	want, err := a.Store().SearchBerkas(context.Background(), "", storage.BerkasFilter{}, storage.Page{Offset: deep - 50, Limit: 100})
	if err != nil || len(want.Rows) != 100 {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, b := range want.Rows {
		at[b.Code] = deep - 50 + i
	}
	l.table.ScrollTo(widget.TableCellID{Row: deep, Col: 0})
	var shown []int
	for _, text := range labelsOnScreen(a.win) {
		if i, ok := at[text]; ok {
			shown = append(shown, i)
		} else if strings.HasPrefix(text, "B-") {
			t.Fatalf("after scrolling to row %d the screen shows %s, which is not near that row", deep, text)
		}
	}
	if len(shown) < 10 {
		t.Fatalf("after scrolling to row %d only %d files near it are on screen", deep, len(shown))
	}
	for i := 1; i < len(shown); i++ {
		if shown[i] != shown[i-1]+1 {
			t.Fatalf("rows on screen are not consecutive: %v", shown)
		}
	}
	if shown[len(shown)-1] < deep-25 {
		t.Fatalf("scrolled to row %d but the screen ends at row %d", deep, shown[len(shown)-1])
	}
	l.table.ScrollToBottom()
	tail, _ := a.Store().SearchBerkas(context.Background(), "", storage.BerkasFilter{}, storage.Page{Offset: n - 30, Limit: 30})
	near := 0
	for _, b := range tail.Rows {
		if arsipScreenShows(a.win, b.Code) {
			near++
		}
	}
	if near < 10 {
		t.Fatalf("at the bottom only %d of the last 30 files are on screen", near)
	}
	if l.pager.Held() > listPagesCache {
		t.Fatalf("scrolling kept %d pages; the cache holds %d", l.pager.Held(), listPagesCache)
	}

	// Typing narrows the rows and the count.
	test.Type(l.search, "notulen")
	found, _ := a.Store().SearchBerkas(context.Background(), "notulen", storage.BerkasFilter{}, storage.Page{Limit: 1})
	if found.Total == 0 || found.Total >= n {
		t.Fatalf("test data: %d files match notulen", found.Total)
	}
	// A broad search is counted only up to the cap: the count says
	// "1.000+" and the list grows as the clerk scrolls, to the real end.
	if !found.TotalCapped || l.count.Text != model.FormatInt(int64(found.Total))+"+ berkas" {
		t.Fatalf("after typing, the count shows %q for a capped count of %d", l.count.Text, found.Total)
	}
	all, last := 0, ""
	for off := 0; ; off += 1000 {
		pg, _ := a.Store().SearchBerkas(context.Background(), "notulen", storage.BerkasFilter{}, storage.Page{Offset: off, Limit: 1000})
		all += len(pg.Rows)
		if len(pg.Rows) > 0 {
			last = pg.Rows[len(pg.Rows)-1].Code
		}
		if len(pg.Rows) < 1000 {
			break
		}
	}
	for i := 0; i < 200 && strings.Contains(l.count.Text, "+"); i++ {
		l.table.ScrollToBottom()
		l.row(l.pager.Len() - 1)
	}
	if l.pager.Len() != all || l.count.Text != model.FormatInt(int64(all))+" berkas" {
		t.Fatalf("scrolled to the end: %d rows, count %q; %d files match", l.pager.Len(), l.count.Text, all)
	}
	if b := l.row(all - 1); b == nil || b.Code != last {
		t.Fatalf("the last row of the search: %+v, want %s", b, last)
	}
	l.table.ScrollToTop()
	for i := 0; i < 5; i++ {
		if b := l.row(i); b == nil || !strings.Contains(strings.ToLower(b.Uraian), "notulen") {
			t.Fatalf("row %d after searching notulen: %+v", i, b)
		}
	}
	if !arsipScreenShows(a.win, found.Rows[0].Code) {
		t.Fatal("the first match is not on screen")
	}

	// A filter narrows further.
	l.year.SetText("2021")
	for i := 0; i < min(5, l.pager.Len()); i++ {
		if b := l.row(i); b == nil || b.TahunDari > 2021 || b.TahunSampai < 2021 {
			t.Fatalf("row %d with year 2021: %+v", i, b)
		}
	}
	if l.pager.Len() >= all {
		t.Fatalf("the year filter did not narrow the list: %d of %d", l.pager.Len(), all)
	}
}

// formField is the widget in the form next to label (inside its error box).
func formField(t *testing.T, w fyne.Window, label string) fyne.CanvasObject {
	t.Helper()
	box, ok := field(t, w, label).(*fyne.Container)
	if !ok {
		t.Fatalf("field %q is not in a box", label)
	}
	return box.Objects[0]
}

func TestArsipFormRejectsBadInputAndSaves(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 50))
	test.Tap(findButton(t, a.win, "Baru"))
	f := p.form
	if f == nil {
		t.Fatal("Baru opened no form")
	}
	codeField := formField(t, a.win, "Kode label").(*kit.Entry)
	if codeField.Text != "" || codeField.PlaceHolder != "(otomatis saat disimpan)" {
		t.Fatalf("a new file's label code reads %q (placeholder %q), want it given on saving", codeField.Text, codeField.PlaceHolder)
	}
	test.Type(f.kode, "000.1.5")
	if !strings.Contains(f.kodeInfo.Text, "Aktif") {
		t.Fatalf("the classification's retention is not shown: %q", f.kodeInfo.Text)
	}
	f.tahunDari.SetText("2024")
	f.tahunSampai.SetText("2023")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !f.summary.Visible() || !strings.Contains(f.summary.Text, "Uraian") || !f.errs["uraian"].Visible() {
		t.Fatalf("empty uraian: message %q", f.summary.Text)
	}

	test.Type(formField(t, a.win, "Uraian").(*kit.Entry), "Notulen rapat koordinasi kearsipan")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !strings.Contains(f.summary.Text, "Tahun awal") || !f.errs["tahun_dari"].Visible() || f.errs["uraian"].Visible() {
		t.Fatalf("years from > to: message %q", f.summary.Text)
	}
	if f.uraian.Text != "Notulen rapat koordinasi kearsipan" {
		t.Fatal("the typed uraian was lost after an error")
	}

	f.tahunDari.SetText("2022")
	test.Tap(findButton(t, a.win, "Tambah baris"))
	f.items[0].uraian.SetText("Undangan rapat")
	f.items[0].tanggal.SetText("12 Januari 2023")
	test.Tap(findButton(t, a.win, "Simpan"))
	if f.summary.Visible() {
		t.Fatalf("good input refused: %q", f.summary.Text)
	}
	code := codeField.Text
	if code == "" {
		t.Fatal("a new file gets no label code")
	}
	saved, err := a.Store().BerkasByCode(context.Background(), code)
	if err != nil || saved.Uraian != "Notulen rapat koordinasi kearsipan" || saved.TahunDari != 2022 || !saved.Retensi.Known() {
		t.Fatalf("saved file: %+v %v", saved, err)
	}
	isi, _ := a.Store().IsiBerkas(context.Background(), saved.ID)
	if len(isi) != 1 || isi[0].Tanggal.Day() != 12 || isi[0].Uraian != "Undangan rapat" {
		t.Fatalf("saved items: %+v", isi)
	}
	if !strings.Contains(f.retensiInfo.Text, "1 Januari") {
		t.Fatalf("retention dates not shown in Indonesian: %q", f.retensiInfo.Text)
	}

	// Saving again updates the same file instead of making a second one.
	f.note.SetText("Lengkap")
	test.Tap(findButton(t, a.win, "Simpan"))
	again, _ := a.Store().BerkasByCode(context.Background(), code)
	if f.summary.Visible() || again.ID != saved.ID || again.Note != "Lengkap" {
		t.Fatalf("second save: %q %+v", f.summary.Text, again)
	}
}

func TestArsipFormConflictKeepsTypedText(t *testing.T) {
	db := arsipDB(t, 50)
	a, p := openArsip(t, db)
	ctx := context.Background()
	page, _ := a.Store().SearchBerkas(ctx, "", storage.BerkasFilter{}, storage.Page{Limit: 1})
	id := page.Rows[0].ID
	p.openBerkas(id)
	f := p.form
	if f.id != id || f.uraian.Text != page.Rows[0].Uraian {
		t.Fatalf("the form shows %q, want %q", f.uraian.Text, page.Rows[0].Uraian)
	}

	// Someone on another PC saves the same file meanwhile.
	other, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetActor(model.Actor{Name: "Budi Santoso"})
	b, _ := other.Berkas(ctx, id)
	b.Uraian = "Diubah di PC lain"
	if err := other.UpdateBerkas(ctx, &b); err != nil {
		t.Fatal(err)
	}

	f.uraian.SetText("Ketikan Siti yang tidak boleh hilang")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !overlayShows(a.win, "Budi Santoso") {
		t.Fatal("the conflict does not say who changed the file")
	}
	if f.uraian.Text != "Ketikan Siti yang tidak boleh hilang" {
		t.Fatalf("the typed text was lost: %q", f.uraian.Text)
	}
	if now, _ := a.Store().Berkas(ctx, id); now.Uraian != "Diubah di PC lain" {
		t.Fatalf("the other PC's change was overwritten: %q", now.Uraian)
	}
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Muat ulang"))
	if f.uraian.Text != "Diubah di PC lain" {
		t.Fatalf("after Muat ulang the form shows %q", f.uraian.Text)
	}
}

// statusShownFor searches the list for code and returns its status cell.
func statusShownFor(t *testing.T, a *testShell, p *arsipPage, code string) string {
	t.Helper()
	p.tabs.SelectIndex(0)
	p.list.search.SetText(code)
	if p.list.pager.Len() < 1 {
		t.Fatalf("the list does not find %s", code)
	}
	b := p.list.row(0)
	text, _ := loanStatus(b)
	if !arsipScreenShows(a.win, text) {
		t.Fatalf("status %q of %s is not on screen", text, code)
	}
	return text
}

func TestArsipLendAndReturnShowInList(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 200))
	ctx := context.Background()
	page, _ := a.Store().SearchBerkas(ctx, "", storage.BerkasFilter{Status: marsip.StatusAktif}, storage.Page{Limit: 50})
	var code string
	for _, b := range page.Rows {
		if b.Loan == nil {
			code = b.Code
			break
		}
	}
	if got := statusShownFor(t, a, p, code); got != "Aktif" {
		t.Fatalf("before the loan %s shows %q", code, got)
	}

	p.tabs.SelectIndex(2)
	v := p.loans
	test.Type(v.code, code)
	test.Type(v.borrower, "Rina Marlina")
	test.Type(v.unit, "Bagian Keuangan")
	v.due.SetText(model.FormatDateShort(timeNow().AddDate(0, 0, 14)))
	test.Tap(findButton(t, a.win, "Pinjamkan"))
	if v.lendErr.Visible() {
		t.Fatalf("lending refused: %s", v.lendErr.Text)
	}
	if got := statusShownFor(t, a, p, code); !strings.Contains(got, "Dipinjam") || !strings.Contains(got, "Rina Marlina") {
		t.Fatalf("after lending %s shows %q", code, got)
	}
	// The loan records the petugas exactly as the form showed it.
	if open, err := a.Store().OpenArsipLoans(ctx); err != nil || len(open) == 0 {
		t.Fatalf("open loans: %v", err)
	} else if shown := v.clerk.Text; shown == "" || !hasLoanBy(open, code, shown) {
		t.Fatalf("the form showed petugas %q; the stored loan of %s has another", shown, code)
	}

	// Lending it again is refused with the reason.
	p.tabs.SelectIndex(2)
	test.Type(v.code, code)
	test.Type(v.borrower, "Budi")
	test.Tap(findButton(t, a.win, "Pinjamkan"))
	if !v.lendErr.Visible() || !strings.Contains(v.lendErr.Text, "sedang dipinjam") {
		t.Fatalf("second loan of the same file: %q", v.lendErr.Text)
	}

	idx := -1
	for i, l := range v.shown {
		if l.Code == code {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatalf("%s is not among the open loans", code)
	}
	v.list.Select(idx)
	test.Type(v.condition, "lengkap")
	test.Tap(findButton(t, a.win, "Kembalikan"))
	if got := statusShownFor(t, a, p, code); got != "Aktif" {
		t.Fatalf("after the return %s shows %q", code, got)
	}
	for _, l := range v.loans {
		if l.Code == code {
			t.Fatal("the returned loan is still listed as open")
		}
	}
}

func TestArsipFieldLabelsTranslated(t *testing.T) {
	for _, code := range kit.Languages {
		msgs, err := kit.Messages(code)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range arsipFields {
			if _, ok := msgs["arsipui.f."+f]; !ok {
				t.Errorf("%s: field %q has no label", code, f)
			}
		}
		for _, k := range model.PlaceKinds {
			if _, ok := msgs["arsipui.kind."+string(k)]; !ok {
				t.Errorf("%s: place kind %q has no name", code, k)
			}
		}
	}
	if got := arsipFieldLabel("isi[3].uraian"); got != "Isi berkas 3: Uraian" {
		t.Errorf("item field label: %q", got)
	}
}

// dataVersion is PRAGMA data_version read on a connection of its own: it
// moves whenever any other connection commits a write.
type dataVersion struct{ db *sql.DB }

func openDataVersion(t *testing.T, path string) dataVersion {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return dataVersion{db}
}

func (d dataVersion) read(t *testing.T) (version, audits int64) {
	t.Helper()
	if err := d.db.QueryRow("PRAGMA data_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if err := d.db.QueryRow("SELECT count(*) FROM audit").Scan(&audits); err != nil {
		t.Fatal(err)
	}
	return version, audits
}

// Opening "Baru" and going back writes nothing and takes no code; the
// file saved next gets the next code, with no gap in the numbering.
func TestArsipNewFormWritesNothingUntilSaved(t *testing.T) {
	db := arsipDB(t, 50)
	a, p := openArsip(t, db)
	dv := openDataVersion(t, db)
	v0, audits0 := dv.read(t)
	for range 3 {
		test.Tap(findButton(t, a.win, "Baru"))
		if p.form == nil {
			t.Fatal("Baru opened no form")
		}
		test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	}
	if v, audits := dv.read(t); v != v0 || audits != audits0 {
		t.Fatalf("abandoned forms wrote: data_version %d→%d, audit rows %d→%d", v0, v, audits0, audits)
	}
	test.Tap(findButton(t, a.win, "Baru"))
	f := p.form
	test.Type(f.kode, "000.1.5")
	test.Type(formField(t, a.win, "Uraian").(*kit.Entry), "Notulen rapat staf")
	test.Tap(findButton(t, a.win, "Simpan"))
	if f.summary.Visible() {
		t.Fatalf("good input refused: %q", f.summary.Text)
	}
	if got := f.code.Text; got != "B-000051" {
		t.Fatalf("the file saved after 50 got code %q, want B-000051", got)
	}
}

// The form reads numbers as the import does: "12 berkas" is 12.
func TestArsipFormReadsNumbersAsTheImport(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 5))
	test.Tap(findButton(t, a.win, "Baru"))
	f := p.form
	test.Type(f.kode, "000.1.5")
	test.Type(formField(t, a.win, "Uraian").(*kit.Entry), "Daftar hadir rapat")
	f.jumlah.SetText("12 berkas")
	f.nomor.SetText("1.250")
	test.Tap(findButton(t, a.win, "Simpan"))
	if f.summary.Visible() {
		t.Fatalf("the form refused numbers the import accepts: %q", f.summary.Text)
	}
	saved, err := a.Store().BerkasByCode(context.Background(), f.code.Text)
	if err != nil || saved.JumlahItem != 12 || saved.NomorBerkas != "1250" {
		t.Fatalf("saved %+v %v, want jumlah 12 and nomor 1250", saved, err)
	}
}

func hasLoanBy(loans []marsip.Peminjaman, code, clerk string) bool {
	for _, l := range loans {
		if l.Code == code && l.Clerk == clerk {
			return true
		}
	}
	return false
}

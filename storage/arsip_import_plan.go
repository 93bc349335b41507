package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// Planning an import: each row read is matched with a file already in the
// database (by code, else by its natural key) and becomes a create, an
// update or nothing; nothing is written yet.

type planned struct {
	r      *importRow
	old    *existing // nil: create
	update bool      // old != nil and something differs
	items  bool      // replace the items
	skip   bool      // refused after planning (a new file without years)
}

type importPlan struct {
	rows                        []planned
	newKlas                     []string
	jra                         map[string]arsip.JRA
	created, updated, unchanged int
	unclassified                int             // files without a classification code (new or kept)
	codes                       map[string]bool // every berkas code in use
	statusMapped                bool
	lokasi                      *lokasiPlan
	lokasiProblems              []sheet.Problem // locations kept as text only
	placed                      int             // files put in a place or box
}

// planImport matches the rows against the database and decides what each
// one does. Only the fields the file has a column for are compared and
// written: a register without a "Media" column leaves the media alone.
func planImport(ctx context.Context, tx *sql.Tx, rows []*importRow, mapped map[string]bool, lok lokasiOptions) (*importPlan, error) {
	pl := &importPlan{jra: map[string]arsip.JRA{}, codes: map[string]bool{}, statusMapped: mapped["status"]}
	known, err := readKnownFiles(ctx, tx, pl.codes)
	if err != nil {
		return nil, err
	}
	if err := planKlasifikasi(ctx, tx, rows, pl); err != nil {
		return nil, err
	}
	itemsOf, err := matchedItems(ctx, tx, rows, known)
	if err != nil {
		return nil, err
	}
	lp, err := readLokasiPlan(ctx, tx)
	if err != nil {
		return nil, err
	}
	pl.planLokasi(lp, rows, lok)
	pl.decide(rows, known, itemsOf, mapped)
	return pl, nil
}

// lokasiOptions: whether new places may be made, and the register's
// location columns (for the messages).
type lokasiOptions struct {
	create bool
	column string
}

// knownFiles are the files in the database an imported row can match, by
// code and by natural key.
type knownFiles struct {
	byCode, byNat map[string]*existing
	// byLoose is by natural key without the classification, for rows of a
	// register that has none; nil where two files share one.
	byLoose map[string]*existing
	// byNomor is by nomor berkas + classification, for rows without
	// years; nil where two files share one.
	byNomor map[string]*existing
}

// readKnownFiles reads every file with the fields an import compares, and
// notes in codes every code held, by binned files too.
func readKnownFiles(ctx context.Context, tx *sql.Tx, codes map[string]bool) (*knownFiles, error) {
	known := &knownFiles{byCode: map[string]*existing{}, byNat: map[string]*existing{}, byLoose: map[string]*existing{},
		byNomor: map[string]*existing{}}
	byCode, byNat := known.byCode, known.byNat
	paths, err := placePaths(ctx, tx)
	if err != nil {
		return nil, err
	}
	q, err := tx.QueryContext(ctx, `SELECT b.id, b.version, b.code, b.nomor_berkas, b.kode, b.kode_lama, b.uraian, b.unit,
		b.tahun_dari, b.tahun_sampai, b.jumlah_item, b.tingkat, b.media, b.keamanan, b.kategori, b.status, b.note,
		coalesce(b.extra,''), coalesce(b.place_id,0), coalesce(x.nomor,''), coalesce(b.boks_id,0), b.retensi_manual, b.deleted_at IS NOT NULL
		FROM berkas b LEFT JOIN boks x ON x.id = b.boks_id`)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	for q.Next() {
		e := &existing{}
		b := &e.b
		var place int64
		var boks string
		var deleted bool
		if err := q.Scan(&e.id, &e.version, &b.Code, &b.NomorBerkas, &b.KodeKlasifikasi, &b.KodeLama, &b.Uraian, &b.UnitPengolah,
			&b.TahunDari, &b.TahunSampai, &b.JumlahItem, &b.Tingkat, &b.Media, &b.Keamanan, &b.Kategori, &b.Status, &b.Note,
			&e.extra, &place, &boks, &e.boxID, &b.RetensiManual, &deleted); err != nil {
			return nil, err
		}
		codes[b.Code] = true
		if deleted {
			continue
		}
		e.lokasi, e.placeID = paths[place], place
		if boks != "" {
			bx := arsip.Boks{Nomor: boks}
			e.lokasi = model.JoinPath(e.lokasi, bx.Label())
		}
		byCode[b.Code] = e
		if k := natKey(b); k != "" {
			byNat[k] = e
			unique(known.byNomor, nomorKey(b), e)
			l := looseKey(b)
			if _, twice := known.byLoose[l]; twice {
				known.byLoose[l] = nil
			} else {
				known.byLoose[l] = e
			}
		}
	}
	if err := q.Err(); err != nil {
		return nil, err
	}
	return known, nil
}

// planKlasifikasi notes the classification codes the rows bring that the
// database lacks, and the JRA of those it has.
func planKlasifikasi(ctx context.Context, tx *sql.Tx, rows []*importRow, pl *importPlan) error {
	// Classification codes: known ones and the JRA the new ones inherit.
	kodes := map[string]bool{}
	for _, r := range rows {
		if r.b.KodeKlasifikasi != "" { // belum diklasifikasi: nothing to add
			kodes[r.b.KodeKlasifikasi] = true
		}
	}
	for k := range kodes {
		var one int
		err := tx.QueryRowContext(ctx, "SELECT 1 FROM klasifikasi WHERE code=? AND deleted_at IS NULL", k).Scan(&one)
		if err == sql.ErrNoRows {
			pl.newKlas = append(pl.newKlas, k)
		} else if err != nil {
			return err
		}
		kl, err := klasFor(tx, k)
		if err == nil {
			pl.jra[k] = kl.JRA
		} else if err != model.ErrNotFound {
			return err
		}
	}
	sort.Strings(pl.newKlas)
	return nil
}

// matchedItems reads, for each matched file the register lists items for,
// a key of its items in the database, to tell whether they change.
func matchedItems(ctx context.Context, tx *sql.Tx, rows []*importRow, known *knownFiles) (map[int64]string, error) {
	itemsOf := map[int64]string{}
	// Items of matched files that the register lists items for.
	st, err := tx.PrepareContext(ctx, "SELECT nomor_item, nomor_surat, coalesce(tanggal,''), uraian, tingkat FROM isi_berkas WHERE berkas_id=? ORDER BY nomor_item, id")
	if err != nil {
		return nil, err
	}
	defer st.Close()
	for _, r := range rows {
		if len(r.items) == 0 {
			continue
		}
		e := match(r, known)
		if e == nil {
			continue
		}
		list, err := st.QueryContext(ctx, e.id)
		if err != nil {
			return nil, err
		}
		var items []arsip.IsiBerkas
		for list.Next() {
			var it arsip.IsiBerkas
			var tgl string
			if err := list.Scan(&it.NomorItem, &it.NomorSurat, &tgl, &it.Uraian, &it.Tingkat); err != nil {
				list.Close()
				return nil, err
			}
			it.Tanggal = parseDate(tgl)
			items = append(items, it)
		}
		list.Close()
		itemsOf[e.id] = itemsKey(items)
	}
	return itemsOf, nil
}

// decide makes each row a create, an update or nothing.
func (pl *importPlan) decide(rows []*importRow, known *knownFiles, itemsOf map[int64]string, mapped map[string]bool) {
	pl.rows = make([]planned, len(rows))
	for i, r := range rows {
		p := planned{r: r, old: match(r, known)}
		if p.old == nil {
			if !placeRow(r, nil) {
				r.lok = ""
			}
			// A code given in the file that another (binned) file holds is
			// not reused: the new file gets a fresh one.
			if r.b.Code != "" && pl.codes[r.b.Code] {
				r.b.Code = ""
			}
			if r.b.Code != "" {
				pl.codes[r.b.Code] = true
			}
			pl.created++
			p.items = len(r.items) > 0
		} else {
			merged := mergeImport(p.old, r, mapped)
			p.items = len(r.items) > 0 && itemsOf[p.old.id] != itemsKey(r.items)
			p.update = !sameImported(&p.old.b, &merged.b) || p.old.extra != merged.extraJSON() || p.items || merged.placeIt
			// merged.extra holds the location text where it is still kept
			r.b, r.extra, r.placeIt, r.lok = merged.b, merged.extra, merged.placeIt, ""
			if p.update {
				pl.updated++
			} else {
				pl.unchanged++
			}
		}
		if r.b.KodeKlasifikasi == "" {
			pl.unclassified++
		}
		if r.placeIt {
			pl.placed++
		}
		pl.rows[i] = p
	}
}

// match finds the file a row updates: by code, else by natural key. A
// row without its own classification matches whatever code a clerk gave
// the file since; a row with one also matches the file imported before
// belum diklasifikasi.
func match(r *importRow, known *knownFiles) *existing {
	if r.b.Code != "" {
		if e := known.byCode[r.b.Code]; e != nil {
			return e
		}
	}
	if r.noYears {
		if e := known.byNomor[nomorKey(&r.b)]; e != nil {
			return e
		}
	}
	k := r.natKey()
	if k == "" {
		return nil
	}
	if !r.ownKlas {
		if e := known.byLoose[looseKey(&r.b)]; e != nil {
			return e
		}
	}
	if e := known.byNat[k]; e != nil || r.b.KodeKlasifikasi == "" {
		return e
	}
	un := r.b
	un.KodeKlasifikasi = ""
	return known.byNat[natKey(&un)]
}

// unique files e under k, or nil when k names two files.
func unique(m map[string]*existing, k string, e *existing) {
	if k == "" {
		return
	}
	if _, twice := m[k]; twice {
		m[k] = nil
	} else {
		m[k] = e
	}
}

// looseKey is the natural key without the classification.
func looseKey(b *arsip.Berkas) string {
	un := *b
	un.KodeKlasifikasi = ""
	return natKey(&un)
}

func itemsKey(items []arsip.IsiBerkas) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "%d\x00%s\x00%s\x00%s\x00%s\x01", it.NomorItem, it.NomorSurat, it.Tanggal.Format(dateLayout), it.Uraian, it.Tingkat)
	}
	return b.String()
}

// mergeImport is the existing file with the imported columns laid over it.
func mergeImport(e *existing, r *importRow, mapped map[string]bool) *importRow {
	keepText := placeRow(r, e)
	out := &importRow{row: r.row, b: e.b, items: r.items, target: r.target, placeIt: r.placeIt}
	b, n := &out.b, &r.b
	set := func(field string, fn func()) {
		if mapped[field] && !slices.Contains(r.blank, field) {
			fn()
		}
	}
	set("kode_klasifikasi", func() {
		// An empty cell never unclassifies a file, and the code chosen for
		// the whole register only classifies files that have none.
		if n.KodeKlasifikasi != "" && (r.ownKlas || b.KodeKlasifikasi == "") {
			b.KodeKlasifikasi = n.KodeKlasifikasi
		}
	})
	set("nomor_berkas", func() { b.NomorBerkas = n.NomorBerkas })
	set("kode_lama", func() { b.KodeLama = n.KodeLama })
	set("uraian", func() { b.Uraian = n.Uraian })
	set("unit", func() { b.UnitPengolah = n.UnitPengolah })
	set("kurun_waktu", func() { b.TahunDari, b.TahunSampai = n.TahunDari, n.TahunSampai })
	set("jumlah", func() { b.JumlahItem = n.JumlahItem })
	set("tingkat", func() { b.Tingkat = n.Tingkat })
	set("media", func() { b.Media = n.Media })
	set("keamanan", func() { b.Keamanan = n.Keamanan })
	set("kategori", func() { b.Kategori = n.Kategori })
	set("keterangan", func() { b.Note = n.Note })
	set("status", func() {
		if n.Status != "" && (b.Status == arsip.StatusAktif || b.Status == arsip.StatusInaktif) {
			b.Status = n.Status
		}
	})
	if len(r.items) > 0 {
		b.JumlahItem = len(r.items)
	}
	b.Normalize()
	// Unmapped columns: the file's values replace the kept ones; keys the
	// file does not have stay. The location is kept only when it is not
	// where Rapi already knows the file to be.
	old := map[string]string{}
	if e.extra != "" {
		json.Unmarshal([]byte(e.extra), &old)
	}
	for k, v := range r.extra {
		old[k] = v
	}
	switch {
	case !keepText:
		delete(old, "Lokasi") // placed, or already where the register says
	case r.lok != "" && r.lok != e.lokasi:
		old["Lokasi"] = r.lok
	}
	if len(old) > 0 {
		out.extra = old
	}
	return out
}

func (r *importRow) extraJSON() string {
	ex := r.extra
	if r.lok != "" {
		ex = map[string]string{}
		for k, v := range r.extra {
			ex[k] = v
		}
		if _, ok := ex["Lokasi"]; !ok {
			ex["Lokasi"] = r.lok
		}
	}
	if len(ex) == 0 {
		return ""
	}
	j, _ := json.Marshal(ex)
	return string(j)
}

func sameImported(a, b *arsip.Berkas) bool {
	return a.KodeKlasifikasi == b.KodeKlasifikasi && a.NomorBerkas == b.NomorBerkas && a.KodeLama == b.KodeLama &&
		a.Uraian == b.Uraian && a.UnitPengolah == b.UnitPengolah && a.TahunDari == b.TahunDari && a.TahunSampai == b.TahunSampai &&
		a.JumlahItem == b.JumlahItem && a.Tingkat == b.Tingkat && a.Media == b.Media && a.Keamanan == b.Keamanan &&
		a.Kategori == b.Kategori && a.Note == b.Note && a.Status == b.Status
}

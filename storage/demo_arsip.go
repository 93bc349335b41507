package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

var (
	demoUnits = []string{"Bagian Tata Usaha", "Bagian Rumah Tangga", "Bagian Perlengkapan", "Bagian Keuangan",
		"Subbagian Protokol", "Subbagian Kepegawaian"}
	demoKodes = []struct{ kode, kategori string }{
		{"000.1.5", "Rapat"}, {"000.1.5", "Surat Masuk"}, {"000.1.4", "Surat Keluar"}, {"000.1.6", "Keuangan"},
		{"000.1.7.2", "Keuangan"}, {"000.1.8", "Surat Keluar"}, {"000.2.1", ""}, {"000.2.4", ""}, {"000.3", "Keuangan"},
		{"000.5.3.2", ""}, {"000.8", "Rapat"}, {"800.2", "Surat Masuk"}, {"900.1", "Keuangan"}, {"100.3", ""},
	}
	demoUraian = map[string][]string{
		"000.1.5":   {"Undangan rapat koordinasi %s", "Notulen rapat pimpinan %s", "Daftar hadir rapat staf %s", "Bahan paparan rapat evaluasi %s"},
		"000.1.4":   {"Peminjaman aula untuk %s", "Izin penggunaan ruang rapat %s"},
		"000.1.6":   {"Penyediaan konsumsi rapat %s", "Pembayaran makan minum tamu %s"},
		"000.1.7.2": {"Servis berkala kendaraan dinas %s", "Penggantian ban kendaraan dinas %s"},
		"000.1.8":   {"Pemeliharaan gedung kantor %s", "Perbaikan pendingin ruangan %s", "Pemeliharaan taman %s"},
		"000.2.1":   {"Inventarisasi barang milik daerah %s", "Stock opname gudang %s"},
		"000.2.4":   {"Usulan penghapusan barang milik daerah %s"},
		"000.3":     {"Pengadaan alat tulis kantor %s", "Pengadaan meubelair %s"},
		"000.5.3.2": {"Daftar arsip aktif %s", "Pemberkasan arsip %s"},
		"000.8":     {"Penyusunan SOP %s", "Analisis jabatan %s"},
		"800.2":     {"Bimbingan teknis kearsipan %s", "Diklat kepemimpinan %s"},
		"900.1":     {"Surat pertanggungjawaban belanja %s", "Rencana kerja dan anggaran %s"},
		"100.3":     {"Rancangan peraturan gubernur tentang %s"},
	}
	demoTopics = []string{"Biro Umum", "Sekretariat Daerah", "triwulan I", "triwulan II", "triwulan III", "triwulan IV",
		"persiapan HUT Provinsi", "penyusunan anggaran", "pelayanan publik", "tata naskah dinas", "kunjungan kerja Gubernur",
		"pengamanan aset", "peringatan hari besar nasional", "reformasi birokrasi"}
	demoItems = []string{"Surat undangan", "Nota dinas", "Daftar hadir", "Notulen", "Laporan", "Kuitansi", "Berita acara",
		"Surat tugas", "Disposisi", "Foto kegiatan"}
	demoNames = []string{"Andi Saputra", "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Rudi Hartono", "Nur Aini",
		"Agus Setiawan", "Rina Marlina", "Hendra Gunawan", "Yuliana"}
)

// FillDemoArsip adds n realistic archive files to a database whose places
// exist (FillDemo makes them): boxes of about 20 files on the shelves,
// about 5 items per file, and a few loans, some overdue. The same seed
// gives the same data. It writes in a few large transactions with
// prepared statements and records one audit row per batch, not per row,
// so 200,000 files take seconds, not hours.
func FillDemoArsip(ctx context.Context, s *Store, n int, seed uint64) error {
	return fillDemoArsip(ctx, s, n, seed, nil)
}

// demoBatchSize is how many files one transaction of the demo writes:
// large for speed; with progress to report, small enough for twenty steps.
func demoBatchSize(n int, progress func(float64)) int {
	if progress == nil {
		return 25000
	}
	return max(500, min(25000, n/20))
}

func fillDemoArsip(ctx context.Context, s *Store, n int, seed uint64, progress func(float64)) error {
	if _, err := s.EnsureKlasifikasi(ctx); err != nil {
		return err
	}
	jra := map[string]arsip.JRA{}
	list, err := s.KlasifikasiList(ctx)
	if err != nil {
		return err
	}
	for _, k := range list {
		jra[k.Code] = k.JRA
	}
	var racks []int64
	if err := s.read(ctx, "list racks", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT id FROM place WHERE kind IN ('rak','rollopack','lemari') AND deleted_at IS NULL ORDER BY id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			racks = append(racks, id)
		}
		return rows.Err()
	}); err != nil {
		return err
	}
	if len(racks) == 0 {
		return fmt.Errorf("demo arsip: no shelves: %w", model.ErrNotFound)
	}
	var first int64
	if err := s.read(ctx, "count berkas", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT coalesce(max(id),0) FROM berkas").Scan(&first)
	}); err != nil {
		return err
	}
	// A big page cache keeps the large batches from spilling to the journal
	// over and over; it is set back when done.
	if _, err := s.w.ExecContext(ctx, "PRAGMA cache_size=-262144"); err == nil {
		defer s.w.ExecContext(ctx, "PRAGMA cache_size=-2000")
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	today := s.now()
	thisYear := today.Year()
	const perBox = 20
	batch := demoBatchSize(n, progress)
	for start := 0; start < n; start += batch {
		end := min(n, start+batch)
		err := s.write(ctx, "demo arsip", func(tx *sql.Tx) error {
			return s.demoBatch(tx, rng, jra, racks, first, start, end, perBox, thisYear, today)
		})
		if err != nil {
			return err
		}
		if progress != nil {
			progress(float64(end) / float64(n))
		}
	}
	return nil
}

// demoMaxItems is the most items a demo file has.
const demoMaxItems = 9

// demoStmts are the prepared inserts of one demo batch.
type demoStmts struct {
	boks, berkas, loan *sql.Stmt
	// items[n] inserts a file's n items with one statement, which saves
	// most of a million round trips through database/sql.
	items [demoMaxItems + 1]*sql.Stmt
}

func prepareDemo(tx *sql.Tx) (*demoStmts, error) {
	st := &demoStmts{}
	var err error
	if st.boks, err = tx.Prepare(`INSERT INTO boks(code, nomor, place_id, unit, created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)`); err != nil {
		return st, err
	}
	if st.berkas, err = tx.Prepare(`INSERT INTO berkas(code, nomor_berkas, nomor_sort, kode, uraian, unit, tahun_dari, tahun_sampai, jumlah_item, kategori,
		place_id, boks_id, status, pindah_on, akhir_on, nasib, created_at, created_by, updated_at, updated_by)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`); err != nil {
		return st, err
	}
	for n := 1; n <= demoMaxItems; n++ {
		if st.items[n], err = tx.Prepare(`INSERT INTO isi_berkas(berkas_id, nomor_item, nomor_surat, tanggal, uraian) VALUES (?,?,?,?,?)` +
			strings.Repeat(",(?,?,?,?,?)", n-1)); err != nil {
			return st, err
		}
	}
	st.loan, err = tx.Prepare(`INSERT INTO pinjam(berkas_id, borrower, nip, unit, clerk, tanggal, due, purpose, created_at, created_by, updated_at, updated_by)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	return st, err
}

func (st *demoStmts) close() {
	for _, x := range append([]*sql.Stmt{st.boks, st.berkas, st.loan}, st.items[1:]...) {
		if x != nil {
			x.Close()
		}
	}
}

// demoRun is what one demo batch writes with: the statements, the
// random source, and the fixed values of every row.
type demoRun struct {
	st       *demoStmts
	rng      *rand.Rand
	jra      map[string]arsip.JRA
	now, by  string
	today    time.Time
	thisYear int
}

func (s *Store) demoBatch(tx *sql.Tx, rng *rand.Rand, jra map[string]arsip.JRA, racks []int64, base int64,
	start, end, perBox, thisYear int, today time.Time) error {
	ctx := context.Background()
	// One counter update per kind hands out the whole batch's codes.
	firstB, err := allocateCodeBlockTx(ctx, tx, model.CodeBerkas, end-start)
	if err != nil {
		return err
	}
	nBoks := 0
	for i := start; i < end; i++ {
		if i%perBox == 0 || i == start {
			nBoks++
		}
	}
	firstBX, err := allocateCodeBlockTx(ctx, tx, model.CodeBoks, nBoks)
	if err != nil {
		return err
	}
	st, err := prepareDemo(tx)
	defer st.close()
	if err != nil {
		return err
	}
	r := &demoRun{st: st, rng: rng, jra: jra, now: fmtTime(s.now()), by: s.Actor().Label(), today: today, thisYear: thisYear}
	var boksID, place, nextBoks, firstBoksID, firstID, lastID int64
	var unit string
	lentOne := false // every batch lends at least one file
	for i := start; i < end; i++ {
		if i%perBox == 0 || boksID == 0 {
			unit = demoUnits[rng.IntN(len(demoUnits))]
			place = racks[rng.IntN(len(racks))]
			seq := firstBX + nextBoks
			nextBoks++
			if boksID, err = r.box(seq, place, unit); err != nil {
				return err
			}
			if firstBoksID == 0 {
				firstBoksID = boksID
			}
		}
		id, err := r.file(tx, i, int(base)+i+1, firstB+int64(i-start), place, boksID, unit, &lentOne)
		if err != nil {
			return err
		}
		if firstID == 0 {
			firstID = id
		}
		lastID = id
	}
	if err := registerRowCodesTx(ctx, tx, model.CodeBoks, "boks", firstBoksID, boksID); err != nil {
		return err
	}
	if err := registerRowCodesTx(ctx, tx, model.CodeBerkas, "berkas", firstID, lastID); err != nil {
		return err
	}
	return s.audit(tx, "berkas", 0, ActCreate, nil, map[string]int{"demo_from": int(base) + start + 1, "demo_to": int(base) + end})
}

// box inserts demo box number seq on shelf place.
func (r *demoRun) box(seq, place int64, unit string) (int64, error) {
	res, err := r.st.boks.Exec(model.FormatCode(model.CodeBoks, seq), fmt.Sprintf("%04d", seq), place, unit, r.now, r.by, r.now, r.by)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// file inserts demo file i (number num, code sequence seq) with its items
// and, now and then, a loan.
func (r *demoRun) file(tx *sql.Tx, i, num int, seq, place, boksID int64, unit string, lentOne *bool) (int64, error) {
	rng := r.rng
	k := demoKodes[rng.IntN(len(demoKodes))]
	tpl := demoUraian[k.kode]
	year := r.thisYear - rng.IntN(12)
	uraian := fmt.Sprintf(tpl[rng.IntN(len(tpl))], demoTopics[rng.IntN(len(demoTopics))]) + fmt.Sprintf(" tahun %d", year)
	j := r.jra[k.kode]
	ret, rerr := arsip.ComputeRetensi(year, j)
	status := arsip.StatusAktif
	// One in ten files past its active period is still on the shelf of
	// its unit, so the usul pindah list has work in it.
	if rerr == nil && !r.today.Before(ret.PindahOn) && i%10 != 3 {
		status = arsip.StatusInaktif
	}
	items := 1 + rng.IntN(demoMaxItems)
	nomor := strconv.Itoa((num-1)%500 + 1)
	res, err := r.st.berkas.Exec(model.FormatCode(model.CodeBerkas, seq), nomor, arsip.NomorSortKey(nomor), k.kode, uraian, unit, year, year, items, k.kategori,
		place, boksID, status, fmtDate(ret.PindahOn), fmtDate(ret.AkhirOn), j.Nasib, r.now, r.by, r.now, r.by)
	if err != nil {
		return 0, err
	}
	id, _ := res.LastInsertId()
	if err := r.items(id, items, k.kode, uraian, year); err != nil {
		return 0, err
	}
	if status == arsip.StatusAktif && (rng.IntN(200) == 0 || !*lentOne) {
		*lentOne = true
		if err := r.lend(tx, id); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// items inserts the n items of file id.
func (r *demoRun) items(id int64, n int, kode, uraian string, year int) error {
	args := make([]any, 0, 5*n)
	for it := 1; it <= n; it++ {
		tgl := time.Date(year, time.Month(1+r.rng.IntN(12)), 1+r.rng.IntN(28), 0, 0, 0, 0, time.UTC)
		nomor := fmt.Sprintf("%s/%d/Biro Umum/%d", kode, 1+r.rng.IntN(900), year)
		args = append(args, id, it, nomor, fmtDate(tgl), demoItems[r.rng.IntN(len(demoItems))]+" "+uraian)
	}
	_, err := r.st.items[n].Exec(args...)
	return err
}

// lend lends file id for a week from a day of the last month: about three
// in four such loans are overdue.
func (r *demoRun) lend(tx *sql.Tx, id int64) error {
	rng := r.rng
	lent := r.today.AddDate(0, 0, -rng.IntN(30))
	due := lent.AddDate(0, 0, 7)
	nm := demoNames[rng.IntN(len(demoNames))]
	nip := fmt.Sprintf("19%02d%02d%02d20%02d%02d1%03d", 70+rng.IntN(25), 1+rng.IntN(12), 1+rng.IntN(28), 5+rng.IntN(15), 1+rng.IntN(12), rng.IntN(1000))
	lres, err := r.st.loan.Exec(id, nm, nip, demoUnits[rng.IntN(len(demoUnits))], "Petugas Arsip", fmtDate(lent), fmtDate(due),
		"bahan pemeriksaan", r.now, r.by, r.now, r.by)
	if err != nil {
		return err
	}
	lid, _ := lres.LastInsertId()
	_, err = tx.Exec("UPDATE berkas SET on_loan_id=? WHERE id=?", lid, id)
	return err
}

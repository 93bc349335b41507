package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"time"

	"rapi/model/rapat"
)

// The demo's contact book and meetings: the officials a Biro Umum invites
// and a few weeks of meetings around today made from the seeded
// templates, the past ones held (attendance, ticks, minutes), the coming
// ones being prepared. The same seed on the same day gives the same data.

// DemoRapat is how many meetings the demo adds (about four weeks).
const DemoRapat = 32

var demoKontakGrup = []struct {
	grup    string
	jabatan []string
}{
	{"Kepala Biro se-Setda", []string{"Kepala Biro Umum", "Kepala Biro Pemerintahan", "Kepala Biro Hukum",
		"Kepala Biro Perekonomian", "Kepala Biro Organisasi", "Kepala Biro Kesejahteraan Rakyat",
		"Kepala Biro Administrasi Pembangunan", "Kepala Biro Pengadaan Barang dan Jasa", "Kepala Biro Adpim"}},
	{"Eselon III Biro Umum", []string{"Kepala Bagian Tata Usaha", "Kepala Bagian Rumah Tangga",
		"Kepala Bagian Perlengkapan", "Kepala Bagian Keuangan"}},
	{"Staf Biro Umum", []string{"Analis Kepegawaian", "Pengadministrasi Umum", "Pranata Komputer", "Arsiparis",
		"Pengelola Barang Milik Daerah", "Bendahara Pengeluaran", "Pramu Bakti", "Pengemudi"}},
}

var demoNama = []string{"Drs. H. Ahmad Fauzi, M.Si.", "Hj. Siti Rohmah, S.H., M.H.", "Ir. Bambang Wijaya, M.T.",
	"Dr. Rina Marlina, S.E., M.M.", "H. Dedi Supriadi, S.Sos., M.Si.", "Yuli Astuti, S.AP.", "Agus Salim, S.Kom.",
	"Nurhasanah, S.Pd.", "Eko Prasetyo, S.T.", "Dewi Kartika, S.IP.", "Hendra Gunawan, S.H.", "Sri Wahyuni, A.Md.",
	"Asep Saepudin", "Lilis Suryani, S.E.", "Ujang Rahmat", "Tuti Alawiyah, S.Sos.", "Rudi Hartono, S.Kom.",
	"Wawan Setiawan", "Neneng Hasanah, S.AP.", "Iwan Kurniawan, S.T., M.T.", "Maya Sari, S.E.", "Dadang Sutisna"}

var demoPangkat = []string{"Pembina Utama Muda, IV/c", "Pembina Tingkat I, IV/b", "Pembina, IV/a", "Penata Tingkat I, III/d",
	"Penata, III/c", "Penata Muda Tingkat I, III/b", "Pengatur, II/c"}

// demoMeeting is one recurring meeting of the demo.
var demoMeeting = []struct {
	acara, template, seri, grup string
	weekday                     time.Weekday
	hour                        int
}{
	{"Rapat Pimpinan Mingguan", "Rapat Pimpinan", "Rapim Mingguan", "Kepala Biro se-Setda", time.Monday, 9},
	{"Rapat Staf Biro Umum", "Rapat Internal", "Rapat Staf", "Eselon III Biro Umum", time.Tuesday, 13},
	{"Rapat Koordinasi Pengelolaan BMD", "Rapat Internal", "", "Eselon III Biro Umum", time.Wednesday, 9},
	{"Evaluasi Kegiatan Rumah Tangga", "Rapat Internal", "Evaluasi RT", "Staf Biro Umum", time.Thursday, 10},
	{"Apel dan Halal Bihalal Setda", "Acara Besar", "", "Kepala Biro se-Setda", time.Friday, 8},
	{"Rapat Persiapan Kunjungan Gubernur", "Rapat Pimpinan", "", "Kepala Biro se-Setda", time.Friday, 14},
	{"Penyusunan RKBMD", "Rapat Internal", "", "Staf Biro Umum", time.Wednesday, 13},
	{"Rapat Teknis Kebersihan Gedung", "Rapat Internal", "", "Staf Biro Umum", time.Thursday, 14},
}

var demoExtraTugas = []rapat.Tugas{
	{Fase: rapat.FaseH3, Uraian: "Konfirmasi kehadiran peserta", Petugas: "Tata Usaha"},
	{Fase: rapat.FaseH1, Uraian: "Penggandaan bahan rapat", Petugas: "Tata Usaha", Jumlah: 2, PerPeserta: true, Satuan: "set"},
	{Fase: rapat.FaseH1, Uraian: "Air mineral", Petugas: "Rumah Tangga", Jumlah: 5, PerPeserta: true, Satuan: "botol"},
	{Fase: rapat.FaseH, Uraian: "Kebersihan ruang rapat", Petugas: "Pramu Bakti"},
	{Fase: rapat.FaseH, Uraian: "Genset siaga", Petugas: "Perlengkapan"},
	{Fase: rapat.FaseH, Uraian: "Penerima tamu di lobi", Petugas: "Protokol"},
	{Fase: rapat.FaseH, Uraian: "Cadangan baterai mikrofon", Petugas: "Perlengkapan", Jumlah: 8, Satuan: "buah"},
	{Fase: rapat.FaseSetelah, Uraian: "Ruang dirapikan kembali", Petugas: "Pramu Bakti"},
	{Fase: rapat.FaseH7, Uraian: "Nota dinas permohonan ruang", Petugas: "Tata Usaha"},
	{Fase: rapat.FaseH3, Uraian: "Pemesanan konsumsi ke penyedia", Petugas: "Rumah Tangga"},
	{Fase: rapat.FaseH1, Uraian: "Uji coba koneksi video conference", Petugas: "Pranata Komputer"},
	{Fase: rapat.FaseH1, Uraian: "Papan penunjuk arah ruang", Petugas: "Protokol", Jumlah: 3, Satuan: "buah"},
	{Fase: rapat.FaseH, Uraian: "Petugas parkir", Petugas: "Pengamanan"},
	{Fase: rapat.FaseSetelah, Uraian: "Arsip daftar hadir dan notulen", Petugas: "Arsiparis"},
}

// FillDemoRapat adds the demo contacts and n meetings, about eight a week,
// centred on today. The bench uses it with thousands.
func FillDemoRapat(ctx context.Context, s *Store, n int, seed uint64) error {
	if n <= 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 13))
	grup, err := s.fillDemoKontak(ctx, rng)
	if err != nil {
		return err
	}
	templates, err := s.RapatTemplates(ctx)
	if err != nil {
		return err
	}
	byName := map[string]rapat.Template{}
	for _, t := range templates {
		byName[t.Nama] = t
	}
	weeks := (n + len(demoMeeting) - 1) / len(demoMeeting)
	today := rapat.DateOnly(s.now().In(time.Local))
	monday := today.AddDate(0, 0, -int((today.Weekday()+6)%7)-7*(weeks/2))
	for done := 0; done < n; {
		batch := min(500, n-done)
		err := s.write(ctx, "demo rapat", func(tx *sql.Tx) error {
			for i := done; i < done+batch; i++ {
				m := demoMeeting[i%len(demoMeeting)]
				day := monday.AddDate(0, 0, 7*(i/len(demoMeeting))+int((m.weekday+6)%7))
				d := demoRapatRun{s: s, tx: tx, rng: rng, now: s.now(), grup: grup[m.grup]}
				if err := d.meeting(ctx, m.acara, m.seri, byName[m.template], rapat.At(day, m.hour, 0)); err != nil {
					return fmt.Errorf("demo rapat %d: %w", i, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		done += batch
	}
	return nil
}

// fillDemoKontak saves the demo's contact book (once) and returns the
// contacts of each group.
func (s *Store) fillDemoKontak(ctx context.Context, rng *rand.Rand) (map[string][]rapat.Kontak, error) {
	out := map[string][]rapat.Kontak{}
	have, err := s.Kontaks(ctx, KontakFilter{Limit: 1})
	if err != nil || len(have) > 0 {
		for _, g := range demoKontakGrup {
			if out[g.grup], err = s.Kontaks(ctx, KontakFilter{Grup: g.grup}); err != nil {
				break
			}
		}
		return out, err
	}
	err = s.write(ctx, "demo kontak", func(tx *sql.Tx) error {
		n := 0
		for _, g := range demoKontakGrup {
			for _, jab := range g.jabatan {
				k := rapat.Kontak{Nama: demoNama[n%len(demoNama)], Jabatan: jab, Instansi: "Sekretariat Daerah",
					Pangkat: demoPangkat[rng.IntN(len(demoPangkat))], Telepon: fmt.Sprintf("0812%08d", rng.IntN(1e8)),
					NIP: fmt.Sprintf("19%02d%02d%02d20%02d%02d%d%03d", 65+rng.IntN(30), 1+rng.IntN(12), 1+rng.IntN(28),
						rng.IntN(20), 1+rng.IntN(12), 1+rng.IntN(2), 1+rng.IntN(999)), Grup: []string{g.grup}}
				if g.grup == "Kepala Biro se-Setda" {
					k.Instansi = jab[len("Kepala "):]
				}
				n++
				if err := kontakEntity.validate(&k); err != nil {
					return err
				}
				if err := kontakEntity.insert(ctx, s, tx, &k, false); err != nil {
					return err
				}
				out[g.grup] = append(out[g.grup], k)
			}
		}
		return nil
	})
	return out, err
}

// demoRapatRun makes one demo meeting inside the batch's transaction.
type demoRapatRun struct {
	s    *Store
	tx   *sql.Tx
	rng  *rand.Rand
	now  time.Time
	grup []rapat.Kontak
}

func (d *demoRapatRun) meeting(ctx context.Context, acara, seri string, tpl rapat.Template, start time.Time) error {
	r := rapat.Rapat{Acara: acara, Jenis: tpl.Jenis, Mulai: start, Selesai: start.Add(2 * time.Hour), Seri: seri,
		Tempat: "Ruang Rapat Lt.2", Pimpinan: "Kepala Biro Umum", Unit: "Biro Umum", Notulis: "Yuli Astuti, S.AP.",
		Status: d.status(start)}
	if tpl.Jenis == "Acara Besar" {
		r.Tempat, r.Pimpinan = "Aula", "Sekretaris Daerah"
	}
	if err := rapatEntity.validateNew(&r, true); err != nil {
		return err
	}
	if err := rapatEntity.insert(ctx, d.s, d.tx, &r, true); err != nil {
		return err
	}
	tasks := append([]rapat.Tugas(nil), tpl.Tugas...)
	for _, i := range d.rng.Perm(len(demoExtraTugas))[:d.rng.IntN(len(demoExtraTugas)+1)] {
		tasks = append(tasks, demoExtraTugas[i])
	}
	var peserta []rapat.Peserta
	for _, k := range d.grup {
		peserta = append(peserta, rapat.FromKontak(k))
	}
	if err := d.s.fillRapatTx(ctx, d.tx, r.ID, tasks, tpl.Susunan, peserta); err != nil {
		return err
	}
	return d.progress(ctx, r)
}

func (d *demoRapatRun) status(start time.Time) rapat.Status {
	switch {
	case start.Add(2 * time.Hour).Before(d.now):
		return rapat.StatusSelesai
	case start.Before(d.now):
		return rapat.StatusBerlangsung
	case start.Before(d.now.Add(48 * time.Hour)):
		return rapat.StatusSiap
	}
	return rapat.StatusRencana
}

// progress ticks the items already due (all of a held meeting, most of
// the others), checks the
// invitees of a held meeting in, and writes its minutes and action items.
func (d *demoRapatRun) progress(ctx context.Context, r rapat.Rapat) error {
	items, err := checklistTx(d.tx, r.ID)
	if err != nil {
		return err
	}
	for _, it := range items {
		forgot := r.Status != rapat.StatusSelesai && d.rng.IntN(10) == 0 // a held meeting's list was finished
		if due := it.Due(r.Mulai); due.Before(d.now) && !forgot {
			if _, err := d.tx.Exec("UPDATE rapat_item SET selesai=?, selesai_oleh=? WHERE id=?", stampText(due.Add(-time.Hour)), it.Petugas, it.ID); err != nil {
				return err
			}
		}
	}
	if !r.Mulai.Before(d.now) {
		return nil
	}
	if err := d.attend(ctx, r); err != nil {
		return err
	}
	if r.Status != rapat.StatusSelesai {
		return nil
	}
	if _, err := d.tx.Exec(`INSERT INTO rapat_notulen(rapat_id, pembahasan, keputusan, updated_at, updated_by) VALUES (?,?,?,?,'Yuli')`,
		r.ID, "Pembahasan "+r.Acara, "Laporan kegiatan disampaikan\nTindak lanjut dipantau pada rapat berikutnya", stampText(r.Selesai)); err != nil {
		return err
	}
	done, by := "", ""
	if d.rng.IntN(2) == 0 { // half the action items are done three days later
		done, by = stampText(r.Mulai.AddDate(0, 0, 3)), "Yuli"
	}
	_, err = d.tx.Exec(`INSERT INTO rapat_tindak(rapat_id, uraian, pic, batas, selesai, selesai_oleh, created_at, created_by)
		VALUES (?,?,?,?,?,?,?,'Yuli')`, r.ID, "Laporan tindak lanjut "+r.Acara, "Kepala Bagian Tata Usaha",
		dateText(r.Mulai.AddDate(0, 0, 5)), done, by, stampText(r.Selesai))
	return err
}

// attend checks four in five invitees of a meeting that began in, in the
// half hour before it.
func (d *demoRapatRun) attend(ctx context.Context, r rapat.Rapat) error {
	ids, err := queryIDs(ctx, d.tx, "SELECT id FROM rapat_peserta WHERE rapat_id=? ORDER BY id", 0, r.ID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if d.rng.IntN(5) == 0 {
			continue
		}
		at := r.Mulai.Add(-time.Duration(d.rng.IntN(30)) * time.Minute)
		if _, err := d.tx.Exec("UPDATE rapat_peserta SET hadir=?, hadir_oleh='Yuli' WHERE id=?", stampText(at), id); err != nil {
			return err
		}
	}
	return nil
}

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/rapat"
	"rapi/model/value"
	"rapi/storage"
)

func init() {
	register(command{"rapat", "list [--from D --to D] [--json]: the meetings with checklist progress and attendance; " +
		"show CODE [--json]: a meeting with its invitees and their codes, run-down with times and checklist with progress", cmdRapat})
	register(command{"hadir", "--rapat CODE INVITEE-CODE|NIP: record an invitee present (non-zero exit and the earlier time on a second scan)", cmdHadir})
}

const (
	rapatListUsage = "rapat list [--from D --to D] [--json]"
	rapatShowUsage = "rapat show CODE [--json]"
)

func cmdRapat(e *env, args []string) error {
	if len(args) > 0 && args[0] == "list" {
		return cmdRapatList(e, args[1:])
	}
	if len(args) > 0 && args[0] == "show" {
		return cmdRapatShow(e, args[1:])
	}
	return fmt.Errorf("%s | %s: %w", rapatListUsage, rapatShowUsage, errUsage)
}

// rapatJSON is one meeting as `rapat list --json` prints it.
type rapatJSON struct {
	Code     string       `json:"code"`
	Acara    string       `json:"acara"`
	Jenis    string       `json:"jenis"`
	Mulai    string       `json:"mulai"` // "2006-01-02 15:04", the office's time
	Selesai  string       `json:"selesai,omitempty"`
	Zona     string       `json:"zona"`
	Tempat   string       `json:"tempat"`
	Pimpinan string       `json:"pimpinan,omitempty"`
	Status   string       `json:"status"`
	Seri     string       `json:"seri,omitempty"`
	Progress progressJSON `json:"progress"`
	Diundang int          `json:"diundang"`
	Hadir    int          `json:"hadir"`
	Usang    bool         `json:"undangan_usang,omitempty"`
}

// progressJSON is a checklist's progress: done and late of total.
type progressJSON struct {
	Done  int `json:"done"`
	Total int `json:"total"`
	Late  int `json:"late"`
}

const jsonTime = "2006-01-02 15:04"

func wall(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(jsonTime)
}

func toRapatJSON(r rapat.Rapat, p rapat.Progress, diundang, hadir int) rapatJSON {
	return rapatJSON{Code: r.Code, Acara: r.Acara, Jenis: r.Jenis, Mulai: wall(r.Mulai), Selesai: wall(r.Selesai),
		Zona: string(r.Zona), Tempat: r.Tempat, Pimpinan: r.Pimpinan, Status: string(r.Status), Seri: r.Seri,
		Progress: progressJSON(p), Diundang: diundang, Hadir: hadir, Usang: r.UndanganUsang}
}

func cmdRapatList(e *env, args []string) error {
	fs := e.flags("rapat list")
	from := fs.String("from", "", "first day (2026-12-01 or 1/12/2026)")
	to := fs.String("to", "", "last day, included")
	asJSON := fs.Bool("json", false, "print JSON")
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return fmt.Errorf("%s: %w", rapatListUsage, err)
	}
	defer s.Close()
	start, err := dayFlag("from", *from, 0)
	if err != nil {
		return err
	}
	end, err := dayFlag("to", *to, 1) // up to the end of the last day
	if err != nil {
		return err
	}
	list, err := s.RapatList(e.ctx, start, end)
	if err != nil {
		return err
	}
	rows := []rapatJSON{}
	for _, r := range list {
		rows = append(rows, toRapatJSON(r.Rapat, r.Progress, r.Diundang, r.Hadir))
	}
	if *asJSON {
		return printJSON(e, rows)
	}
	for _, r := range list {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d diundang, %d hadir\n", r.Rapat.Code, r.Rapat.HariTanggal(),
			r.Rapat.Waktu(), r.Rapat.Acara, r.Rapat.Tempat, r.Rapat.Status, progressText(r.Progress), r.Diundang, r.Hadir)
	}
	fmt.Fprintf(e.stdout, "%d rapat\n", len(list))
	return nil
}

// dayFlag reads a day given on the command line, in the office's time
// zone, plus days; "" is no bound.
func dayFlag(name, v string, plus int) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	d, err := value.ParseDate(v)
	if err != nil {
		return time.Time{}, fmt.Errorf("--%s %q: not a date: %w", name, v, errUsage)
	}
	return time.Date(d.Year(), d.Month(), d.Day()+plus, 0, 0, 0, 0, time.Local), nil
}

// progressText is a checklist's progress as Beranda says it.
func progressText(p rapat.Progress) string {
	t := fmt.Sprintf("%d dari %d selesai", p.Done, p.Total)
	if p.Late > 0 {
		t += fmt.Sprintf(", %d terlambat", p.Late)
	}
	return t
}

func printJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// rapatShowJSON is what `rapat show --json` prints.
type rapatShowJSON struct {
	rapatJSON
	Peserta   []pesertaJSON `json:"peserta"`
	Susunan   []susunanJSON `json:"susunan"`
	Checklist []itemJSON    `json:"checklist"`
	Tindak    []tindakJSON  `json:"tindak_lanjut"`
	Carried   []tindakJSON  `json:"tindak_lanjut_terbawa"`
}

type pesertaJSON struct {
	Code      string `json:"code"`
	Nama      string `json:"nama"`
	NIP       string `json:"nip,omitempty"`
	Jabatan   string `json:"jabatan,omitempty"`
	Instansi  string `json:"instansi,omitempty"`
	MejaUtama bool   `json:"meja_utama,omitempty"`
	WalkIn    bool   `json:"walk_in,omitempty"`
	Hadir     string `json:"hadir,omitempty"` // "08.42"
}

type susunanJSON struct {
	Jam     string `json:"jam"` // "08.00–08.30"
	Uraian  string `json:"uraian"`
	Petugas string `json:"petugas,omitempty"`
}

type itemJSON struct {
	Fase    string `json:"fase"`
	Uraian  string `json:"uraian"`
	Petugas string `json:"petugas,omitempty"`
	Jumlah  int    `json:"jumlah,omitempty"` // for the number expected
	Satuan  string `json:"satuan,omitempty"`
	Due     string `json:"due"`
	Selesai string `json:"selesai,omitempty"`
	Oleh    string `json:"oleh,omitempty"`
	Late    bool   `json:"late,omitempty"`
}

type tindakJSON struct {
	Rapat   string `json:"rapat"`
	Uraian  string `json:"uraian"`
	PIC     string `json:"pic,omitempty"`
	Batas   string `json:"batas,omitempty"`
	Selesai bool   `json:"selesai"`
}

func toShowJSON(l *rapat.Lengkap, now time.Time) rapatShowJSON {
	rek := l.Rekap()
	out := rapatShowJSON{rapatJSON: toRapatJSON(l.Rapat, l.Progress(now), rek.Diundang, rek.Hadir),
		Peserta: []pesertaJSON{}, Susunan: []susunanJSON{}, Checklist: []itemJSON{}, Tindak: tindakList(l.Tindak), Carried: tindakList(l.Carried)}
	for _, p := range l.Peserta {
		j := pesertaJSON{Code: p.Code, Nama: p.Nama, NIP: p.NIP, Jabatan: p.Jabatan, Instansi: p.Instansi, MejaUtama: p.MejaUtama, WalkIn: p.WalkIn}
		if p.Present() {
			j.Hadir = rapat.FormatJam(p.Hadir)
		}
		out.Peserta = append(out.Peserta, j)
	}
	for _, sl := range l.Jadwal() {
		out.Susunan = append(out.Susunan, susunanJSON{Jam: sl.Jam(), Uraian: sl.Uraian, Petugas: sl.Petugas})
	}
	for _, it := range l.Checklist {
		j := itemJSON{Fase: string(it.Fase), Uraian: it.Uraian, Petugas: it.Petugas, Jumlah: it.Kuantitas(l.Expected()),
			Satuan: it.Satuan, Due: wall(it.Due(l.Rapat.Mulai)), Oleh: it.SelesaiOleh, Late: it.Late(l.Rapat.Mulai, now)}
		if it.Done() {
			j.Selesai = wall(it.Selesai)
		}
		out.Checklist = append(out.Checklist, j)
	}
	return out
}

func tindakList(list []rapat.TindakLanjut) []tindakJSON {
	out := []tindakJSON{}
	for _, t := range list {
		j := tindakJSON{Rapat: t.RapatCode, Uraian: t.Uraian, PIC: t.PIC, Selesai: !t.Open()}
		if !t.Batas.IsZero() {
			j.Batas = t.Batas.Format("2006-01-02")
		}
		out = append(out, j)
	}
	return out
}

func cmdRapatShow(e *env, args []string) error {
	fs := e.flags("rapat show")
	asJSON := fs.Bool("json", false, "print JSON")
	s, arg, err := e.openOneArg(fs, args, rapatShowUsage)
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := rapatLengkapByCode(e, s, arg)
	if err != nil {
		return err
	}
	show := toShowJSON(&l, time.Now())
	if *asJSON {
		return printJSON(e, show)
	}
	printRapat(e, &l, show)
	return nil
}

func rapatLengkapByCode(e *env, s *storage.Store, code string) (rapat.Lengkap, error) {
	r, err := s.RapatByCode(e.ctx, code)
	if errors.Is(err, model.ErrNotFound) {
		return rapat.Lengkap{}, fmt.Errorf("no meeting has the code %q: %w", code, err)
	}
	if err != nil {
		return rapat.Lengkap{}, err
	}
	return s.RapatLengkap(e.ctx, r.ID)
}

// printRapat writes a meeting for a person to read.
func printRapat(e *env, l *rapat.Lengkap, j rapatShowJSON) {
	r := l.Rapat
	w := e.stdout
	fmt.Fprintf(w, "%s  %s\n", r.Code, r.Acara)
	fmt.Fprintf(w, "  hari/tanggal: %s\n  waktu:        %s\n  tempat:       %s\n", r.HariTanggal(), r.Waktu(), r.Tempat)
	fmt.Fprintf(w, "  pimpinan:     %s\n  jenis:        %s\n  status:       %s\n", r.Pimpinan, r.Jenis, r.Status)
	if r.UndanganUsang {
		fmt.Fprintln(w, "  undangan yang sudah dicetak tidak berlaku lagi: cetak ulang")
	}
	rek := l.Rekap()
	fmt.Fprintf(w, "\nPeserta (%d diundang, %d hadir, %d tidak hadir, %d tanpa undangan):\n", rek.Diundang, rek.Hadir, rek.Absen, rek.WalkIn)
	for _, p := range j.Peserta {
		hadir := "-"
		if p.Hadir != "" {
			hadir = "hadir " + p.Hadir
		}
		fmt.Fprintf(w, "  %s\t%s\t%s\t%s\t%s\n", p.Code, p.Nama, p.Jabatan, p.Instansi, hadir)
	}
	fmt.Fprintln(w, "\nSusunan acara:")
	for _, sl := range j.Susunan {
		fmt.Fprintf(w, "  %s\t%s\t%s\n", sl.Jam, sl.Uraian, sl.Petugas)
	}
	fmt.Fprintf(w, "\nChecklist (%s):\n", progressText(rapat.Progress(j.Progress)))
	for i, it := range j.Checklist {
		mark := "[ ]"
		if it.Selesai != "" {
			mark = "[x]"
		} else if it.Late {
			mark = "[!]"
		}
		qty := ""
		if it.Jumlah > 0 {
			qty = fmt.Sprintf(" (%d %s)", it.Jumlah, it.Satuan)
		}
		fmt.Fprintf(w, "  %s %-3s %s%s\t%s\t%s\n", mark, it.Fase, it.Uraian, qty, it.Petugas, model.FormatDateTime(l.Checklist[i].Due(r.Mulai)))
	}
	for _, t := range j.Carried {
		fmt.Fprintf(w, "  terbawa dari %s: %s (%s)\n", t.Rapat, t.Uraian, t.PIC)
	}
}

// cmdHadir records an invitee present: rapictl hadir --rapat M-… U-….
func cmdHadir(e *env, args []string) error {
	fs := e.flags("hadir")
	code := fs.String("rapat", "", "the meeting's code (M-…)")
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) == 0 || *code == "" {
		return fmt.Errorf("hadir --rapat CODE INVITEE-CODE: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.RapatByCode(e.ctx, *code)
	if err != nil {
		return fmt.Errorf("rapat %s: %w", *code, err)
	}
	p, err := s.CheckIn(e.ctx, r.ID, strings.Join(pos, " "), loginName())
	var dup *rapat.SudahHadirError
	if errors.As(err, &dup) {
		return dup // "Budi Santoso sudah hadir 08.42", without the storage's wording around it
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s hadir %s\n", p.Nama, rapat.FormatJam(p.Hadir))
	return nil
}

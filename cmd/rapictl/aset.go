package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
)

func init() {
	register(command{"aset", "list [--ruang CODE] [--kib A..F] [--json]: list the assets (code, kode barang, register, name, room, holder, condition)", cmdAset})
	register(command{"sensus", "--ruang CODE --scanned FILE: the stock-taking of a room from a file of scanned codes (one a line), as JSON; changes nothing", cmdSensus})
}

// asetRow is one asset as `aset list --json` prints it.
type asetRow struct {
	Code       string `json:"code"`
	KodeBarang string `json:"kode_barang"`
	Register   string `json:"register"`
	Nama       string `json:"nama"`
	Merk       string `json:"merk,omitempty"`
	Tahun      int    `json:"tahun,omitempty"`
	RuangCode  string `json:"ruang_code"`
	RuangPath  string `json:"ruang"`
	Holder     string `json:"holder,omitempty"`
	Kondisi    string `json:"kondisi"`
	Status     string `json:"status"`
}

func toRow(a aset.Aset) asetRow {
	return asetRow{Code: a.Code, KodeBarang: string(a.KodeBarang), Register: aset.FormatRegister(a.Register), Nama: a.Nama,
		Merk: a.Merk, Tahun: a.Tahun, RuangCode: a.RuangCode, RuangPath: a.RuangPath, Holder: a.Pemegang.Label(),
		Kondisi: string(a.Kondisi), Status: string(a.Status)}
}

func cmdAset(e *env, args []string) error {
	if len(args) == 0 || args[0] != "list" {
		return fmt.Errorf("aset list [--ruang CODE] [--kib A..F] [--json]: %w", errUsage)
	}
	fs := e.flags("aset list")
	ruang := fs.String("ruang", "", "only the assets in this room (or building): its label code")
	kib := fs.String("kib", "", "only this KIB group, A to F")
	asJSON := fs.Bool("json", false, "print JSON")
	s, err := e.parseOpen(fs, args[1:])
	if err != nil {
		return err
	}
	defer s.Close()
	var f storage.AsetFilter
	if *kib != "" {
		if f.KIB, err = aset.ParseKIB(*kib); err != nil {
			return err
		}
	}
	if *ruang != "" {
		if f.RuangID, err = placeByCode(e, s, *ruang); err != nil {
			return err
		}
	}
	rows := []asetRow{}
	for p := (storage.Page{Limit: 1000}); ; p.Offset += p.Limit {
		page, err := s.AsetList(e.ctx, f, p)
		if err != nil {
			return err
		}
		for _, a := range page.Rows {
			rows = append(rows, toRow(a))
		}
		// a filtered count stops at storage.CountCap: a short page ends the list
		if len(page.Rows) < p.Limit || !page.TotalCapped && p.Offset+len(page.Rows) >= page.Total {
			break
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Code, r.KodeBarang, r.Register, r.Nama, r.RuangCode,
			r.RuangPath, r.Holder, r.Kondisi)
	}
	fmt.Fprintf(e.stdout, "%d aset\n", len(rows))
	return nil
}

// placeByCode is the id of the place (a room, a building) with label code.
func placeByCode(e *env, s *storage.Store, code string) (int64, error) {
	ref, err := s.LookupCode(e.ctx, code)
	if err != nil || ref.Kind != model.CodePlace || ref.EntityID == 0 {
		return 0, fmt.Errorf("no room has the code %q: %w", code, model.ErrNotFound)
	}
	return ref.EntityID, nil
}

func printAsetHit(e *env, h storage.Hit) {
	if h.Kind != model.CodeAsset {
		return
	}
	fmt.Fprintf(e.stdout, "  kode barang: %s / %s\n", h.KodeBarang, h.Register)
	if h.Holder != "" {
		fmt.Fprintf(e.stdout, "  pemegang:    %s\n", h.Holder)
	}
	fmt.Fprintf(e.stdout, "  kondisi:     %s\n", aset.Kondisi(h.Kondisi).Name())
}

// sensusJSON is what `rapictl sensus` prints: each category with its assets.
type sensusJSON struct {
	Ruang     string         `json:"ruang"`
	Counts    map[string]int `json:"counts"`
	Found     []asetRow      `json:"found"`
	Missing   []asetRow      `json:"missing"`
	Misplaced []asetRow      `json:"misplaced"`
	Unknown   []string       `json:"unknown"`
	Duplicate []string       `json:"duplicate"`
}

func cmdSensus(e *env, args []string) error {
	fs := e.flags("sensus")
	ruang := fs.String("ruang", "", "the room's label code")
	scanned := fs.String("scanned", "", "a file with one scanned code a line")
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return err
	}
	defer s.Close()
	if *ruang == "" || *scanned == "" {
		return fmt.Errorf("sensus --ruang CODE --scanned FILE: %w", errUsage)
	}
	room, err := placeByCode(e, s, *ruang)
	if err != nil {
		return err
	}
	scans, err := readScans(*scanned)
	if err != nil {
		return err
	}
	expected, err := s.AsetInRuang(e.ctx, room)
	if err != nil {
		return err
	}
	var lookErr error
	h := aset.HitungSensus(room, expected, scans, func(code string) (aset.Aset, bool) {
		a, err := s.AsetByCode(e.ctx, code)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			lookErr = err
		}
		return a, err == nil
	})
	if lookErr != nil {
		return lookErr
	}
	out := sensusJSON{Ruang: model.NormalizeCode(*ruang), Counts: map[string]int{}, Found: []asetRow{}, Missing: []asetRow{},
		Misplaced: []asetRow{}, Unknown: []string{}, Duplicate: []string{}}
	for k, n := range h.Counts() {
		out.Counts[string(k)] = n
	}
	for _, t := range h.Ditemukan {
		out.Found = append(out.Found, toRow(t.Aset))
	}
	for _, a := range h.Hilang {
		out.Missing = append(out.Missing, toRow(a))
	}
	for _, t := range h.SalahRuang {
		out.Misplaced = append(out.Misplaced, toRow(t.Aset))
	}
	for _, sc := range h.TidakDikenal {
		out.Unknown = append(out.Unknown, sc.Code)
	}
	for _, sc := range h.Ganda {
		out.Duplicate = append(out.Duplicate, model.NormalizeCode(sc.Code))
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// readScans reads one scanned code a line; blank lines are skipped.
func readScans(path string) ([]aset.Scan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []aset.Scan
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, aset.Scan{Code: line})
		}
	}
	return out, sc.Err()
}

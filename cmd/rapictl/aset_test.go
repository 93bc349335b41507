package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func asetDemo(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, out, errs := ctl(t, "--db", db, "demo", "--berkas", "20", "--aset", "200", "--seed", "5"); code != 0 || !strings.Contains(out, "200 aset") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	return db
}

func TestAsetListByRoomAndKIB(t *testing.T) {
	db := asetDemo(t)
	code, out, errs := ctl(t, "--db", db, "aset", "list", "--ruang", "r-garasi", "--json")
	if code != 0 {
		t.Fatalf("list: %d %s", code, errs)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("json: %v %q", err, out)
	}
	for _, r := range rows {
		if r["ruang_code"] != "R-GARASI" || !strings.HasSuffix(r["ruang"].(string), "› Garasi Kendaraan Dinas") ||
			!strings.HasPrefix(r["kode_barang"].(string), "1.3.2.02.") || len(r["register"].(string)) != 4 || r["holder"] == "" {
			t.Fatalf("garage row: %v", r)
		}
	}
	if code, out, _ := ctl(t, "--db", db, "aset", "list", "--kib", "A"); code != 0 || out != "0 aset\n" {
		t.Fatalf("kib A: %q", out)
	}
	code, out, _ = ctl(t, "--db", db, "aset", "list", "--kib", "b")
	if code != 0 || !strings.HasSuffix(out, "200 aset\n") || !strings.Contains(out, "\tR-AULA\t") {
		t.Fatalf("kib B: %q", out[max(0, len(out)-300):])
	}
	if code, _, errs := ctl(t, "--db", db, "aset", "list", "--ruang", "R-NOPE"); code == 0 || !strings.Contains(errs, "R-NOPE") {
		t.Fatalf("unknown room: %d %q", code, errs)
	}
}

func TestFindKnowsAssets(t *testing.T) {
	db := asetDemo(t)
	_, out, _ := ctl(t, "--db", db, "aset", "list", "--ruang", "R-GARASI", "--json")
	var rows []map[string]any
	json.Unmarshal([]byte(out), &rows)
	car := rows[0]["code"].(string)
	code, out, errs := ctl(t, "--db", db, "find", strings.ToLower(car), "--json")
	if code != 0 {
		t.Fatalf("find: %s", errs)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits) != 1 {
		t.Fatalf("%v %q", err, out)
	}
	h := hits[0]
	if h["kind"] != "asset" || h["code"] != car || h["kode_barang"] != rows[0]["kode_barang"] || h["register"] != rows[0]["register"] ||
		!strings.HasSuffix(h["place"].(string), "Garasi Kendaraan Dinas") || h["holder"] == "" || h["kondisi"] == "" {
		t.Fatalf("asset hit: %v", h)
	}
	if code, out, _ := ctl(t, "--db", db, "find", car); code != 0 || !strings.Contains(out, "kode barang: 1.3.2.02.") || !strings.Contains(out, "pemegang:") {
		t.Fatalf("text: %q", out)
	}
	// Words, not a code: the car's name finds it among the hits.
	code, out, errs = ctl(t, "--db", db, "find", rows[0]["nama"].(string), "--json")
	hits = nil
	if err := json.Unmarshal([]byte(out), &hits); code != 0 || err != nil {
		t.Fatalf("find by name: %v %s %q", err, errs, out)
	}
	found := false
	for _, h := range hits {
		found = found || h["code"] == car
	}
	if !found {
		t.Fatalf("find %q does not list the car %s: %v", rows[0]["nama"], car, hits)
	}
}

func TestSensusFromAFileChangesNothing(t *testing.T) {
	db := asetDemo(t)
	list := func(room string) []map[string]any {
		_, out, _ := ctl(t, "--db", db, "aset", "list", "--ruang", room, "--json")
		var rows []map[string]any
		json.Unmarshal([]byte(out), &rows)
		return rows
	}
	rapat, garasi := list("R-RAPAT-2"), list("R-GARASI")
	if len(rapat) < 3 {
		t.Fatalf("too few in the meeting room: %d", len(rapat))
	}
	// all but the last of the room, the first twice, a car from the garage, an unknown code
	var lines []string
	for _, r := range rapat[:len(rapat)-1] {
		lines = append(lines, r["code"].(string))
	}
	lines = append(lines, "", strings.ToLower(rapat[0]["code"].(string)), garasi[0]["code"].(string), "A-999999")
	file := filepath.Join(t.TempDir(), "scan.txt")
	os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, out, errs := ctl(t, "--db", db, "sensus", "--ruang", "R-RAPAT-2", "--scanned", file)
	if code != 0 {
		t.Fatalf("sensus: %s", errs)
	}
	var res struct {
		Counts    map[string]int   `json:"counts"`
		Missing   []map[string]any `json:"missing"`
		Misplaced []map[string]any `json:"misplaced"`
		Unknown   []string         `json:"unknown"`
		Duplicate []string         `json:"duplicate"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v %q", err, out)
	}
	c := res.Counts
	if c["ditemukan"] != len(rapat)-1 || c["hilang"] != 1 || c["salah_ruang"] != 1 || c["tidak_dikenal"] != 1 || c["ganda"] != 1 ||
		res.Missing[0]["code"] != rapat[len(rapat)-1]["code"] || res.Misplaced[0]["ruang_code"] != "R-GARASI" ||
		res.Unknown[0] != "A-999999" || res.Duplicate[0] != rapat[0]["code"] {
		t.Fatalf("sensus result: %s", out)
	}
	if after := list("R-GARASI"); len(after) != len(garasi) {
		t.Fatal("the sensus moved an asset")
	}
}

func TestKodeBarangImportAndKodeLokasi(t *testing.T) {
	t.Setenv("RAPI_LANG", "")
	db := filepath.Join(t.TempDir(), "rapi.db")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Kode Barang,Uraian\n132050105043,LCD Projector\n1.3.2.005,Salah\n"), 0o644)
	code, out, errs := ctl(t, "--db", db, "kodebarang", "import", bad)
	if code == 0 || out != "created 0, updated 0, unchanged 0, rejected 1\n" || !strings.Contains(errs, "3") {
		t.Fatalf("bad list: %d %q %q", code, out, errs)
	}
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("Kode Barang,Uraian\n132050105043,LCD Projector\n1.3.2.05.01.05.099,Papan Pengumuman\n"), 0o644)
	if code, out, errs := ctl(t, "--db", db, "kodebarang", "import", good); code != 0 || out != "created 1, updated 1, unchanged 0, rejected 0\n" {
		t.Fatalf("good list: %d %q %q", code, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "kodebarang", "lokasi", "12.01.01.03.01"); code != 0 || out != "12.01.01.03.01\n" {
		t.Fatalf("kode lokasi: %q", out)
	}
	if code, _, errs := ctl(t, "--db", db, "kodebarang", "lokasi", "AB"); code == 0 || strings.Contains(errs, "error.") {
		t.Fatalf("bad kode lokasi: %d %q", code, errs)
	}
}

// A filter matching more assets than storage counts (CountCap) still
// lists every one of them.
func TestAsetListPastTheCount(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "demo", "--berkas", "20", "--aset", "2100", "--seed", "5"); code != 0 {
		t.Fatalf("demo: %d %q", code, errs)
	}
	code, out, _ := ctl(t, "--db", db, "aset", "list", "--kib", "B")
	if code != 0 || !strings.HasSuffix(out, "\n2100 aset\n") {
		t.Fatalf("kib B: %q", out[max(0, len(out)-200):])
	}
}

package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapi/storage"
)

// bookingDemo is a demo database with the demo's rooms, cars and drivers.
func bookingDemo(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, out, errs := ctl(t, "--db", db, "demo", "--berkas", "20", "--aset", "110", "--rapat", "0", "--seed", "5"); code != 0 || !strings.Contains(out, "peminjaman") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	return db
}

var bookingCode = regexp.MustCompile(`P-\d{6}`)

func TestResourceListAndAdd(t *testing.T) {
	db := bookingDemo(t)
	code, out, errs := ctl(t, "--db", db, "resource", "list", "--json")
	var rows []resourceJSON
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil {
		t.Fatalf("resource list: %d %v %s", code, err, errs)
	}
	jenis := map[string]int{}
	for _, r := range rows {
		jenis[r.Jenis]++
	}
	if jenis["ruang"] != 3 || jenis["kendaraan"] < 2 || jenis["sopir"] != 3 || rows[0].Code != "R-AULA" || !rows[0].PerluPersetujuan {
		t.Fatalf("demo resources %v, first %+v", jenis, rows[0])
	}
	if code, out, errs := ctl(t, "--db", db, "resource", "add", "--room", "R-TU", "--capacity", "12", "--facility", "AC", "--facility", "TV"); code != 0 || !strings.HasPrefix(out, "R-TU Ruang Subbag TU") {
		t.Fatalf("add room: %d %q %q", code, out, errs)
	}
	if code, _, errs := ctl(t, "--db", db, "resource", "add", "--room", "R-TU"); code == 0 || !strings.Contains(errs, "R-TU") {
		t.Fatalf("the same room twice: %d %q", code, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "resource", "add", "--driver", "Pak Karta", "--phone", "0812 1"); code != 0 || !strings.HasPrefix(out, "SOPIR-04 Pak Karta") {
		t.Fatalf("add driver: %d %q %q", code, out, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "resource", "add", "--room", "R-TU", "--driver", "X"); code != 2 {
		t.Fatalf("a room and a driver at once: exit %d", code)
	}
	var car string
	for _, r := range rows {
		if r.Jenis == "kendaraan" {
			car = r.Code
		}
	}
	trip := []string{"--db", db, "booking", "add", "--resource", car, "--resource", "SOPIR-01", "--from", "2027-03-02 07:00",
		"--to", "2027-03-02 17:00", "--unit", "Bagian Umum", "--by", "Budi", "--purpose", "Perjalanan dinas ke Kab. Lebak"}
	if code, out, errs := ctl(t, trip...); code != 0 || !strings.Contains(out, "disetujui") {
		t.Fatalf("a car with its driver: %d %q %q", code, out, errs)
	}
	trip[7] = "SOPIR-02" // the same car, another driver
	if code, _, errs := ctl(t, trip...); code != 1 || !strings.Contains(errs, "sudah dipesan") || !strings.Contains(errs, "(Budi, Bagian Umum)") {
		t.Fatalf("the car is out: %d %q", code, errs)
	}
	_, out, _ = ctl(t, "--db", db, "resource", "list", "--jenis", "ruang")
	if strings.Count(out, "\n") != 4 || !strings.Contains(out, "AC, TV") {
		t.Fatalf("rooms: %q", out)
	}
}

func TestBookingAddClashListCancel(t *testing.T) {
	db := bookingDemo(t)
	add := func(args ...string) (int, string, string) {
		return ctl(t, append([]string{"--db", db, "booking", "add", "--resource", "R-RAPAT-2", "--unit", "Bagian Umum",
			"--by", "Budi Santoso", "--purpose", "Rapat koordinasi", "--people", "12"}, args...)...)
	}
	code, out, errs := add("--from", "2027-03-01 09:00", "--to", "2027-03-01 12:00")
	first := bookingCode.FindString(out)
	if code != 0 || first == "" || !strings.Contains(out, "disetujui") {
		t.Fatalf("book: %d %q %q", code, out, errs)
	}
	code, out, errs = ctl(t, "--db", db, "booking", "add", "--resource", "R-RAPAT-2", "--from", "1/3/2027 10.00", "--to", "1 Maret 2027 11:00",
		"--unit", "Bagian Hukum", "--by", "Sari", "--purpose", "Rapat")
	if code != 1 || out != "" || !strings.Contains(errs, first) || !strings.Contains(errs, "Budi Santoso") ||
		!strings.Contains(errs, "Bagian Umum") || !strings.Contains(errs, "09.00–12.00") {
		t.Fatalf("a clash names the other booking: %d %q %q", code, out, errs)
	}
	if code, _, errs := add("--from", "2027-03-01 12:00", "--to", "2027-03-01 13:00", "--people", "45"); code != 1 || !strings.Contains(errs, "kapasitas") {
		t.Fatalf("45 people in a room for 30: %d %q", code, errs)
	}
	if code, _, errs := add("--from", "besok pagi", "--to", "2027-03-01 13:00"); code != 2 || !strings.Contains(errs, "besok pagi") {
		t.Fatalf("a bad time: %d %q", code, errs)
	}

	// weekly from 22 February: 1 March clashes
	code, _, errs = add("--from", "2027-02-22 10:00", "--to", "2027-02-22 11:00", "--repeat", "weekly", "--times", "4")
	if code != 1 || !strings.Contains(errs, first) {
		t.Fatalf("a series with a clash: %d %q", code, errs)
	}
	code, out, errs = add("--from", "2027-02-22 10:00", "--to", "2027-02-22 11:00", "--repeat", "weekly", "--times", "4", "--skip-conflicts")
	if code != 0 || len(bookingCode.FindAllString(out, -1)) != 4 || !strings.Contains(out, "dilewati") {
		t.Fatalf("a series skipping the clash: %d %q %q", code, out, errs)
	}

	code, out, errs = ctl(t, "--db", db, "booking", "list", "--resource", "R-RAPAT-2", "--date", "2027-03-01", "--json")
	var rows []bookingJSON
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil || len(rows) != 1 || rows[0].Code != first ||
		rows[0].Resources[0] != "Ruang Rapat Lt.2" || rows[0].Dari != "2027-03-01 09:00" {
		t.Fatalf("list: %d %v %q %q", code, err, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "booking", "cancel", first, "--reason", "Acara batal"); code != 0 || !strings.Contains(out, "dibatalkan") {
		t.Fatalf("cancel: %d %q", code, out)
	}
	if code, out, errs := add("--from", "2027-03-01 10:00", "--to", "2027-03-01 11:00"); code != 0 {
		t.Fatalf("the cancelled slot is free: %d %q %q", code, out, errs)
	}
	if code, _, out := ctl(t, "--db", db, "booking", "cancel", first); code != 1 || !strings.Contains(out, "ditutup") {
		t.Fatalf("cancel twice: %d %q", code, out)
	}
	_, out, _ = ctl(t, "--db", db, "booking", "list", "--date", "1/3/2027")
	if !strings.HasSuffix(out, "1 peminjaman\n") {
		t.Fatalf("all rooms on 1 March: %q", out)
	}
}

func TestBookingApproveNeedsThePIN(t *testing.T) {
	db := bookingDemo(t)
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetAdminPIN(context.Background(), "", "2468"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	book := func(from, to string) string {
		t.Helper()
		code, out, errs := ctl(t, "--db", db, "booking", "add", "--resource", "R-AULA", "--from", from, "--to", to, "--unit", "Bagian Protokol",
			"--by", "Rina", "--purpose", "Pelantikan pejabat", "--people", "150")
		if code != 0 || !strings.Contains(out, "diajukan") {
			t.Fatalf("the aula waits for an approver: %d %q %q", code, out, errs)
		}
		return bookingCode.FindString(out)
	}
	req := book("2027-04-05 08:00", "2027-04-05 12:00")
	if code, _, errs := ctl(t, "--db", db, "booking", "approve", req, "--pin", "1111"); code != 1 || !strings.Contains(errs, "PIN") {
		t.Fatalf("a wrong PIN: %d %q", code, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "booking", "approve", req, "--pin", "2468", "--by", "Kepala Biro Umum"); code != 0 || !strings.Contains(out, "disetujui") {
		t.Fatalf("approve: %d %q %q", code, out, errs)
	}
	other := book("2027-04-06 08:00", "2027-04-06 10:00")
	if code, out, errs := ctl(t, "--db", db, "booking", "approve", other, "--reject", "--reason", "Aula dipakai", "--pin", "2468"); code != 0 || !strings.Contains(out, "ditolak") {
		t.Fatalf("reject: %d %q %q", code, out, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "booking", "approve", other, "--pin", "2468"); code != 1 {
		t.Fatalf("approving a rejected request: exit %d", code)
	}
}

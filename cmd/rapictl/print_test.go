package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/storage"
)

func placesDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "rapi.db")
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, n := range []string{"Rak Arsip Timur", "Lemari Besi Kepegawaian", "Roll OPack Ruang 2"} {
		p := model.Place{Code: "LOK-00000" + string(rune('1'+i)), Kind: model.PlaceRak, Name: n}
		if err := s.CreatePlace(context.Background(), &p); err != nil {
			t.Fatal(err)
		}
	}
	tj := storage.StoredTemplate{}
	tj.Name, tj.Paper, tj.LabelWidth, tj.LabelHeight, tj.Columns, tj.Rows = "Tom & Jerry 103", "A4", 64, 32, 3, 8
	tj.Left, tj.Top, tj.HPitch, tj.VPitch = 6, 14.5, 66, 34
	if err := s.CreateTemplate(context.Background(), &tj); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestTemplatesListsBuiltinAndStored(t *testing.T) {
	db := placesDB(t)
	code, out, errs := ctl(t, "--db", db, "templates")
	if code != 0 {
		t.Fatalf("templates: %d %q", code, errs)
	}
	for _, want := range []string{"Avery L7163", "99.1 x 38.1", "2 x 7 on 210 x 297 mm", "Rol 50x30", "roll", "Tom & Jerry 103", "64 x 32", "stored"} {
		if !strings.Contains(out, want) {
			t.Errorf("templates output lacks %q:\n%s", want, out)
		}
	}
}

func TestLabelsForPlaces(t *testing.T) {
	db := placesDB(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "a.pdf")
	code, out, errs := ctl(t, "--db", db, "labels", "--kind", "lokasi", "--template", "avery l7163", "--out", first, "--unprinted", "--copies", "2")
	if code != 0 || !strings.Contains(out, "6 labels (3 records)") {
		t.Fatalf("labels: %d %q %q", code, out, errs)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, _ := exec.Command("pdftotext", first, "-").Output()
		for _, n := range []string{"Rak Arsip Timur", "Lemari Besi", "LOK-000003"} {
			if !strings.Contains(strings.Join(strings.Fields(string(text)), " "), n) {
				t.Errorf("PDF lacks %q", n)
			}
		}
	}
	// All three are now printed: --unprinted finds none, a code still works.
	if code, out, _ := ctl(t, "--db", db, "labels", "--kind", "lokasi", "--template", "Tom & Jerry 103", "--out", filepath.Join(dir, "b.pdf"), "--unprinted"); code != 0 || !strings.Contains(out, "0 labels") {
		t.Fatalf("second --unprinted: %d %q", code, out)
	}
	if code, out, errs := ctl(t, "--db", db, "labels", "lok-000002", "--kind", "lokasi", "--template", "Rol 50x30", "--out", filepath.Join(dir, "c.pdf"), "--start", "1"); code != 0 || !strings.Contains(out, "1 labels") {
		t.Fatalf("by code: %d %q %q", code, out, errs)
	}
	if st, err := os.Stat(filepath.Join(dir, "c.pdf")); err != nil || st.Size() == 0 {
		t.Fatal("no PDF for one code")
	}
}

func TestLabelsRefusesBadInput(t *testing.T) {
	db := placesDB(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	for _, c := range []struct {
		args []string
		exit int
		says string
	}{
		{[]string{"labels", "--kind", "surat", "--template", "Rol 50x30", "--out", out, "--all"}, 2, "--kind"},
		{[]string{"labels", "--kind", "lokasi", "--out", out, "--all"}, 2, "--template"},
		{[]string{"labels", "--kind", "lokasi", "--template", "Rol 50x30", "--out", out}, 2, "--all"},
		{[]string{"labels", "--kind", "lokasi", "--template", "Rol 50x30", "--out", out, "--all", "LOK-000001"}, 2, "exactly one"},
		{[]string{"labels", "--kind", "lokasi", "--template", "Avery L7163", "--out", out, "--all", "--start", "15"}, 2, "14 labels per page"},
		{[]string{"labels", "--kind", "lokasi", "--template", "Koala", "--out", out, "--all"}, 1, "Koala"},
		{[]string{"labels", "--kind", "lokasi", "--template", "Rol 50x30", "--out", out, "LOK-000009"}, 1, "LOK-000009"},
	} {
		code, _, errs := ctl(t, append([]string{"--db", db}, c.args...)...)
		if code != c.exit || !strings.Contains(errs, c.says) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, errs, c.exit, c.says)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused command wrote a PDF")
	}
}

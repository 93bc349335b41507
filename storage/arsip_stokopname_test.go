package storage

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

func TestStokOpnameExpectedSavedAndExported(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r := newPlace(t, s, model.PlaceRuang, "Ruang Arsip", 0)
	rak := newPlace(t, s, model.PlaceRak, "Rak 1", r.ID, func(p *model.Place) { p.Code = "RAK-1" })
	other := newPlace(t, s, model.PlaceRak, "Rak 9", r.ID)
	box := newBoks(t, s, "0001", rak.ID, func(b *arsip.Boks) { b.Code = "BX-1" })
	newBerkas(t, s, withCode("B-1"), withUraian("Dalam boks"), closedIn(2020), inBoks(box.ID))
	newBerkas(t, s, withCode("B-2"), withUraian("Lepas di rak"), closedIn(2020), atPlace(rak.ID))
	newBerkas(t, s, withCode("B-3"), withUraian("Di rak lain"), closedIn(2020), atPlace(other.ID))
	exp, err := s.ArsipStokOpnameExpected(ctx, rak.ID)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, it := range exp {
		codes = append(codes, it.Code)
	}
	if strings.Join(codes, ",") != "BX-1,B-2" {
		t.Fatalf("expected on the shelf: %v (the box and the loose file, not the file inside the box)", codes)
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	so := StokOpname{PlaceID: rak.ID, PlaceCode: "RAK-1", PlaceName: "Rak 1", StartedAt: now, FinishedAt: now.Add(time.Minute),
		Items: []StokOpnameItem{
			{Kind: model.CodeBoks, Code: "BX-1", Title: "Boks 0001", Result: SOAda, ScannedAt: &now},
			{Kind: model.CodeBerkas, Code: "B-2", Title: "Lepas di rak", Result: SOHilang},
			{Kind: model.CodeBerkas, Code: "B-3", Title: "Di rak lain", Result: SOSalahTempat, ExpectedPlace: model.JoinPath("Ruang Arsip", "Rak 9"), ScannedAt: &now},
			{Code: "X-99", Result: SOTakDikenal, ScannedAt: &now},
		}}
	if err := s.SaveArsipStokOpname(ctx, &so); err != nil {
		t.Fatal(err)
	}
	got, err := s.ArsipStokOpnameByID(ctx, so.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Found != 1 || got.Missing != 1 || got.Misplaced != 1 || got.Unknown != 1 || len(got.Items) != 4 || got.CreatedBy == "" {
		t.Fatalf("saved stock-take reads back as %+v", got)
	}
	list, err := s.ArsipStokOpnameList(ctx, rak.ID)
	if err != nil || len(list) != 1 || list[0].Missing != 1 {
		t.Fatalf("list %+v %v", list, err)
	}
	var buf bytes.Buffer
	if err := WriteStokOpnameCSV(&buf, got, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[2], "hilang,berkas,B-2") || !strings.HasPrefix(lines[5], "ada,boks,BX-1") {
		t.Fatalf("CSV, differences first:\n%s", buf.String())
	}
}

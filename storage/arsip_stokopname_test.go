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
	r := mkPlace(t, s, model.PlaceRuang, "Ruang Arsip", 0)
	rak := model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "RAK-1", ParentID: r.ID}
	if err := s.CreatePlace(ctx, &rak); err != nil {
		t.Fatal(err)
	}
	other := mkPlace(t, s, model.PlaceRak, "Rak 9", r.ID)
	box := arsip.Boks{Code: "BX-1", Nomor: "0001", PlaceID: rak.ID}
	if err := s.CreateBoks(ctx, &box); err != nil {
		t.Fatal(err)
	}
	mkBerkas(t, s, "B-1", "000.1.5", "Dalam boks", 2020, box.ID)
	loose := arsip.Berkas{Code: "B-2", KodeKlasifikasi: "000.1.5", Uraian: "Lepas di rak", TahunSampai: 2020, PlaceID: rak.ID}
	if err := s.CreateBerkas(ctx, &loose); err != nil {
		t.Fatal(err)
	}
	away := arsip.Berkas{Code: "B-3", KodeKlasifikasi: "000.1.5", Uraian: "Di rak lain", TahunSampai: 2020, PlaceID: other.ID}
	if err := s.CreateBerkas(ctx, &away); err != nil {
		t.Fatal(err)
	}
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
			{Kind: model.CodeBerkas, Code: "B-3", Title: "Di rak lain", Result: SOSalahTempat, ExpectedPlace: "Ruang Arsip › Rak 9", ScannedAt: &now},
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

package model

import (
	"reflect"
	"testing"
)

func places(levels ...string) []LokasiPart {
	var out []LokasiPart
	for i := 0; i+1 < len(levels); i += 2 {
		out = append(out, LokasiPart{Level: LokasiLevel(levels[i]), Name: levels[i+1]})
	}
	return out
}

// Every shape a register writes its location in reads into the same
// levels: one text with any separator and abbreviation, or the cells of a
// "Lokasi Simpan" group.
func TestParseLokasi(t *testing.T) {
	arsip2 := places("ruang", "Ruang Arsip Lt.2", "rak", "Rak 3")
	for _, c := range []struct {
		text   string
		places []LokasiPart
		boks   string
		folder string
	}{
		{"Ruang Arsip Lt.2, Rak 3, Boks 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2 / Rak 3 / Box 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2; Rak 3; Bok 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2 - Rak 3 - Ordner 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2 > Rak 3 > Boks No. 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2\nRak 3\nBoks 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2 Rak 3 Boks 015", arsip2, "015", ""},
		{"Ruang Arsip Lt.2, 3, 015", arsip2, "015", ""},
		{"Gd. A / R. Arsip / Rak 3 / Boks 15", places("gedung", "Gedung A", "ruang", "Ruang Arsip", "rak", "Rak 3"), "15", ""},
		{"Gdg. B, Lt. 2, Rg. Arsip, Rak 03", places("gedung", "Gedung B", "ruang", "Ruang Arsip Lt. 2", "rak", "Rak 03"), "", ""},
		{"Gd. A, Lt. 3, Rak 1", places("gedung", "Gedung A", "ruang", "Lantai 3", "rak", "Rak 1"), "", ""},
		{"Filing Kabinet 2, Laci 1, Folder 07", places("lemari", "Filing Kabinet 2", "laci", "Laci 1"), "", "07"},
		{"Lemari 2 - Laci 1 - Map 7", places("lemari", "Lemari 2", "laci", "Laci 1"), "", "7"},
		{"Roll O'Pack 2, Boks 4", places("rollopack", "Roll O'Pack 2"), "4", ""},
		{"Roll-O-Pack 2 / Box 4", places("rollopack", "Roll-O-Pack 2"), "4", ""},
		{"Boks 15", nil, "15", ""},
		{"Rak3-Boks15", places("rak", "Rak3"), "15", ""},
		{"", nil, "", ""},
	} {
		got := ParseLokasi(c.text)
		if !reflect.DeepEqual(got.Places, c.places) || got.Boks != c.boks || got.Folder != c.folder {
			t.Errorf("%q read as %+v, want %+v boks %q folder %q", c.text, got, c.places, c.boks, c.folder)
		}
	}
}

func TestParseLokasiCells(t *testing.T) {
	for _, c := range []struct {
		cells  []LokasiCell
		places []LokasiPart
		boks   string
		folder string
	}{
		{[]LokasiCell{{LevelRuang, "Ruang Arsip Lt.2"}, {LevelRak, "Rak 3"}, {LevelBoks, "015"}},
			places("ruang", "Ruang Arsip Lt.2", "rak", "Rak 3"), "015", ""},
		{[]LokasiCell{{LevelRuang, "Arsip Inaktif"}, {LevelRak, "3"}, {LevelBoks, "Boks 15"}},
			places("ruang", "Arsip Inaktif", "rak", "Rak 3"), "15", ""},
		{[]LokasiCell{{LevelLemari, "2"}, {LevelLaci, "1"}, {LevelFolder, "07"}},
			places("lemari", "Lemari 2", "laci", "Laci 1"), "", "07"},
		{[]LokasiCell{{LevelRuang, ""}, {LevelRak, "A"}, {LevelBoks, ""}}, places("rak", "Rak A"), "", ""},
	} {
		got := ParseLokasiCells(c.cells)
		if !reflect.DeepEqual(got.Places, c.places) || got.Boks != c.boks || got.Folder != c.folder {
			t.Errorf("%+v read as %+v, want %+v boks %q folder %q", c.cells, got, c.places, c.boks, c.folder)
		}
	}
}

// A place is found by its name however it is written.
func TestPlaceKey(t *testing.T) {
	for _, c := range []struct {
		kind PlaceKind
		a, b string
	}{
		{PlaceRak, "Rak 3", "Rak 03"}, {PlaceRak, "rak  3", "3"}, {PlaceRak, "Rak No. 3", "RAK 3"},
		{PlaceRuang, "Ruang Arsip Lt.2", "R. Arsip Lt. 02"}, {PlaceRuang, "Ruang Arsip Lantai 2", "Rg. ARSIP Lt 2"},
		{PlaceGedung, "Gd. A", "Gedung A"}, {PlaceLemari, "Filing Kabinet 2", "Lemari 2"},
	} {
		if PlaceKey(c.kind, c.a) != PlaceKey(c.kind, c.b) {
			t.Errorf("%q (%q) and %q (%q) differ", c.a, PlaceKey(c.kind, c.a), c.b, PlaceKey(c.kind, c.b))
		}
	}
	if PlaceKey(PlaceRak, "Rak 3") == PlaceKey(PlaceRak, "Rak 13") {
		t.Error("Rak 3 is Rak 13")
	}
	if BoksKey("015") != BoksKey("Boks 15") || BoksKey("No. 15") != "15" {
		t.Errorf("box keys %q %q %q", BoksKey("015"), BoksKey("Boks 15"), BoksKey("No. 15"))
	}
}

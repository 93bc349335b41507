package model

import (
	"errors"
	"reflect"
	"testing"
)

func TestValidCode(t *testing.T) {
	good := []string{"B-000123", "BOKS-15", "L1", "ABCDEFGHIJ0123456789"}
	bad := []string{"", "b-1", "B 1", "B_1", "ABCDEFGHIJ01234567890", "É1"}
	for _, c := range good {
		if !ValidCode(c) {
			t.Errorf("%q refused", c)
		}
	}
	for _, c := range bad {
		if ValidCode(c) {
			t.Errorf("%q accepted", c)
		}
	}
	if NormalizeCode("  b-12 ") != "B-12" {
		t.Error("code not normalized")
	}
}

func TestPlaceValidateNamesField(t *testing.T) {
	p := Place{Kind: PlaceRak, Name: "  "}
	ie, ok := AsInvalid(p.Validate())
	if !ok || ie.Field != "name" {
		t.Fatalf("want invalid name, got %v", p.Validate())
	}
	p = Place{Kind: "almari", Name: "X"}
	if ie, ok := AsInvalid(p.Validate()); !ok || ie.Field != "kind" {
		t.Fatalf("want invalid kind, got %v", ie)
	}
	p = Place{Kind: PlaceRak, Name: "Rak 3", Code: "rak 3"}
	if ie, ok := AsInvalid(p.Validate()); !ok || ie.Field != "code" || ie.Value != "RAK 3" {
		t.Fatalf("want invalid code, got %v", ie)
	}
	p = Place{Kind: PlaceRak, Name: " Rak 3 ", Code: "rak-3"}
	if err := p.Validate(); err != nil || p.Code != "RAK-3" || p.Name != "Rak 3" {
		t.Fatalf("valid place refused or not normalized: %v %+v", err, p)
	}
	if errors.Is(p.Validate(), ErrNotFound) {
		t.Fatal("unexpected")
	}
}

func TestParseHeaderLines(t *testing.T) {
	got := ParseHeaderLines("PEMERINTAH PROVINSI BANTEN / SEKRETARIAT DAERAH\r\n BIRO UMUM \n\n")
	want := []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
}

func TestActorLabel(t *testing.T) {
	if l := (Actor{Login: "siti", Name: "Siti Rahma"}).Label(); l != "Siti Rahma (siti)" {
		t.Error(l)
	}
	if l := (Actor{Login: "siti"}).Label(); l != "siti" {
		t.Error(l)
	}
}

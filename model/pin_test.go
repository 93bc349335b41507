package model

import "testing"

func TestPIN(t *testing.T) {
	h, err := HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPIN(h, "2468") {
		t.Error("right PIN refused")
	}
	if CheckPIN(h, "2469") || CheckPIN(h, "") || CheckPIN("garbage", "2468") {
		t.Error("wrong PIN accepted")
	}
	h2, _ := HashPIN("2468")
	if h == h2 {
		t.Error("two hashes of one PIN are equal: salt missing")
	}
	if _, err := HashPIN("12"); err == nil {
		t.Error("a 2-digit PIN was accepted")
	}
}

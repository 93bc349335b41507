package model

import "strings"

// PlaceKind is what kind of physical place a Place is.
type PlaceKind string

// The kinds of place, from the building down to the drawer or box.
const (
	PlaceGedung    PlaceKind = "gedung"
	PlaceRuang     PlaceKind = "ruang"
	PlaceLemari    PlaceKind = "lemari"
	PlaceRak       PlaceKind = "rak"
	PlaceRollOPack PlaceKind = "rollopack"
	PlaceLaci      PlaceKind = "laci"
)

// PlaceKinds lists the kinds in the order a clerk picks them.
var PlaceKinds = []PlaceKind{PlaceGedung, PlaceRuang, PlaceLemari, PlaceRak, PlaceRollOPack, PlaceLaci}

// Valid reports whether k is a known kind.
func (k PlaceKind) Valid() bool {
	for _, x := range PlaceKinds {
		if x == k {
			return true
		}
	}
	return false
}

// Place is a building, room, cabinet, shelf or drawer where archives or
// assets are kept. Places form a tree through ParentID (0 = top level).
type Place struct {
	Meta
	Code     string
	Kind     PlaceKind
	Name     string
	ParentID int64
	Note     string
}

// Normalize trims the text fields and upper-cases the code.
func (p *Place) Normalize() {
	p.Code = NormalizeCode(p.Code)
	p.Name = strings.TrimSpace(p.Name)
	p.Note = strings.TrimSpace(p.Note)
}

// Validate checks a place before it is saved; the error names the field.
func (p *Place) Validate() error {
	p.Normalize()
	if !p.Kind.Valid() {
		return Invalid("kind", string(p.Kind), "error.place_kind")
	}
	if p.Name == "" {
		return Invalid("name", "", "error.required")
	}
	if p.Code != "" && !ValidCode(p.Code) {
		return Invalid("code", p.Code, "error.code_format")
	}
	if p.ParentID != 0 && p.ParentID == p.ID {
		return Invalid("parent", "", "error.place_own_parent")
	}
	return nil
}

// PathSep separates the levels of a place path, as every screen, list and
// label writes it: "Gedung B › Ruang Arsip Lt.2 › Rak 3 › Boks 0007".
const PathSep = " › "

// JoinPath writes a place path from the top level down, leaving out empty
// levels (a box on no shelf is just "Boks 0007").
func JoinPath(levels ...string) string {
	kept := make([]string, 0, len(levels))
	for _, l := range levels {
		if l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, PathSep)
}

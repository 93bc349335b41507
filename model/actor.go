package model

import "strings"

// Actor is who makes a change: the Windows (or Unix) login and the name
// and NIP the clerk typed in Pengaturan. Both go into the audit log,
// because several clerks may share one Windows login.
type Actor struct {
	Login string
	Name  string
	NIP   string
}

// Label is how the actor is named to other clerks, e.g. in a conflict
// message: the typed name when there is one, else the login.
func (a Actor) Label() string {
	name := strings.TrimSpace(a.Name)
	switch {
	case name != "" && a.Login != "":
		return name + " (" + a.Login + ")"
	case name != "":
		return name
	case a.Login != "":
		return a.Login
	}
	return "?"
}

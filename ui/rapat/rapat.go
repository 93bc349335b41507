// Package rapat is the meetings feature (issue 13): the Rapat page (the
// week's meetings, a meeting's screen with its tabs, the Hadir scan mode
// at the door, the contact book), the cards a scan of a meeting or an
// invitee code opens and the Beranda card. Like ui/inventaris it sees the
// app only as a Shell and never imports package ui; the shell registers
// its page and cards in ui/features.go.
package rapat

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// PageKey is the navigation key of the Rapat page.
const PageKey = "nav.meetings"

// Shell is what the meetings feature needs from the app.
type Shell interface {
	kit.Shell
	// OnDataChanged calls fn after every change of data, here or elsewhere.
	OnDataChanged(fn func())
	// AskForm shows a small form titled by a translation key.
	AskForm(title, confirm string, items []*widget.FormItem, onOK func())
	// EnsureClerk runs then once the clerk at this PC has a name.
	EnsureClerk(then func())
	// Actor is the clerk at this PC.
	Actor() model.Actor
	// ShowPage goes to the page with this navigation key.
	ShowPage(key string)
	// PrintRapat opens a paper of a meeting as a PDF on paper p.
	PrintRapat(doc printout.RapatDoc, p label.Paper)
	// ImportKontak opens the contact import wizard.
	ImportKontak()
	// ExportHadir asks where to save a meeting's attendance in Excel.
	ExportHadir(rapatID int64, code string)
}

// timeNow is the clock; tests set it.
var timeNow = time.Now

// pages remembers the Rapat page each shell built, so a scan's card can
// open a meeting (or its Hadir mode) on it.
var pages sync.Map // Shell -> *rapatPage

func pageOf(a Shell) *rapatPage {
	if p, ok := pages.Load(a); ok {
		return p.(*rapatPage)
	}
	return nil
}

// rapatFields are the field keys model and storage name in errors, each
// with a label "rapatui.f.<key>".
var rapatFields = []string{"acara", "jenis", "tanggal", "mulai", "selesai", "tempat", "pimpinan", "unit", "notulis",
	"seri", "status", "catatan", "dari", "nama", "nip", "jabatan", "pangkat", "instansi", "telepon", "grup",
	"uraian", "petugas", "durasi", "fase", "jumlah", "satuan", "pic", "batas", "code", "jam",
	"nomor", "sifat", "lampiran", "hal", "penanda_jabatan", "penanda_nama", "penanda_pangkat", "tembusan"}

func fieldLabel(key string) string {
	for _, f := range rapatFields {
		if f == key {
			return lang.L("rapatui.f." + key)
		}
	}
	return kit.FieldName(key)
}

// explain is kit.Explain with the meeting fields' labels.
func explain(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return kit.Ln("error.invalid_field", map[string]any{
			"Field": fieldLabel(ie.Field), "Value": ie.Value, "Reason": kit.T(ie.Reason)})
	}
	if be := (*booking.BentrokError)(nil); errors.As(err, &be) {
		return lang.L("bookui.error.bentrok") + " " + be.Error() // the room is taken: by whom, when
	}
	return kit.Explain(err)
}

func showErr(a Shell, err error) { a.ShowInfo(lang.L("dialog.error"), explain(err)) }

func bg() context.Context { return context.Background() }

// clerk is the name ticks and check-ins are recorded with.
func clerk(a Shell) string { return a.Actor().Label() }

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

func bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// danger makes l red when on is set (late items, refused scans).
func danger(l *widget.Label, on bool) {
	l.Importance = widget.MediumImportance
	if on {
		l.Importance = widget.DangerImportance
	}
	l.Refresh()
}

// setMsg shows a message line, or hides it when empty so it takes no room.
func setMsg(l *widget.Label, text string) {
	l.SetText(text)
	l.Hidden = text == ""
	l.Refresh()
}

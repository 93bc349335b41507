package rapat

import (
	"errors"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// hadirView is the Hadir mode at the door: scan an invitee's QR (or the
// NIP on an ID card), or type a name and pick; each check-in says "Hadir
// 08.42: Nama", a second one is refused with the first time; walk-ins are
// added with a button.
type hadirView struct {
	v       *rapatView
	scan    *kit.Entry
	last    *widget.Label // the latest outcome, large
	counts  *widget.Label
	all     []mrapat.Peserta
	matches []mrapat.Peserta
	names   *widget.List
	content fyne.CanvasObject
}

func newHadirView(v *rapatView) *hadirView {
	h := &hadirView{v: v, scan: kit.NewEntry(scanKeys{}), counts: bold("")}
	h.last = widget.NewLabelWithStyle(lang.L("rapatui.hadir.ready"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	h.last.SizeName = theme.SizeNameHeadingText
	h.last.Wrapping = fyne.TextWrapWord
	h.scan.SetPlaceHolder(lang.L("rapatui.hadir.scan"))
	h.scan.OnSubmitted = func(text string) {
		h.scan.SetText("")
		h.onScan(text)
	}
	h.scan.OnChanged = h.filter
	h.names = widget.NewList(func() int { return len(h.matches) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < len(h.matches) {
			o.(*widget.Label).SetText(pesertaLine(h.matches[i]))
		}
	})
	h.names.OnSelected = func(i widget.ListItemID) {
		h.names.UnselectAll()
		if i < len(h.matches) {
			h.checkInPeserta(h.matches[i])
		}
	}
	walkIn := widget.NewButtonWithIcon(lang.L("rapatui.hadir.walkin"), theme.ContentAddIcon(), func() {
		askPeserta(h.v, "rapatui.hadir.walkin", true)
	})
	top := container.NewVBox(widget.NewLabel(lang.L("rapatui.hadir.help")), container.NewBorder(nil, nil, nil, walkIn, h.scan),
		h.last, h.counts)
	h.content = container.NewBorder(top, nil, nil, nil, h.names)
	return h
}

func (h *hadirView) show(l mrapat.Lengkap) {
	h.all = l.Peserta
	h.counts.SetText(rekapText(l.Rekap()))
	h.filter(h.scan.Text)
}

func (h *hadirView) focus() { h.v.app.Window().Canvas().Focus(h.scan) }

// filter lists the invitees whose name matches what is typed, to pick one
// when there is no QR; with nothing typed, who came, the latest first.
func (h *hadirView) filter(text string) {
	h.matches = nil
	switch {
	case strings.TrimSpace(text) == "":
		for _, p := range h.all {
			if p.Present() {
				h.matches = append(h.matches, p)
			}
		}
		sort.SliceStable(h.matches, func(i, j int) bool { return h.matches[i].Hadir.After(h.matches[j].Hadir) })
	case !isCodeLike(text):
		for _, p := range h.all {
			if mrapat.MatchName(p, text) {
				h.matches = append(h.matches, p)
			}
		}
	}
	h.names.Refresh()
}

// isCodeLike tells a scanned code or NIP from a name being typed.
func isCodeLike(text string) bool {
	t := strings.TrimSpace(text)
	if kind, _, ok := model.ParseCode(model.NormalizeCode(t)); ok && kind == model.CodeInvitee {
		return true
	}
	return model.ValidNIP(model.NormalizeNIP(t))
}

// onScan checks in the invitee with this code or NIP; a name typed and
// submitted checks in its only match.
func (h *hadirView) onScan(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if !isCodeLike(text) {
		h.filter(text)
		if len(h.matches) == 1 {
			h.checkInPeserta(h.matches[0])
			return
		}
		h.result(kit.Ln("rapatui.hadir.pick", map[string]any{"N": len(h.matches), "Text": text}), len(h.matches) > 0)
		return
	}
	code := model.NormalizeCode(text)
	if model.ValidNIP(model.NormalizeNIP(text)) {
		code = model.NormalizeNIP(text)
	}
	s, id, who := h.v.app.Store(), h.v.id, clerk(h.v.app)
	kit.Load(h.v.app, func() (mrapat.Peserta, error) { return s.CheckIn(bg(), id, code, who) }, h.checkedIn(code))
}

func (h *hadirView) checkInPeserta(p mrapat.Peserta) {
	s, who := h.v.app.Store(), clerk(h.v.app)
	kit.Load(h.v.app, func() (mrapat.Peserta, error) { return s.CheckInPeserta(bg(), p.ID, who) }, h.checkedIn(p.Nama))
}

// checkedIn shows a check-in's outcome for what was scanned or picked.
func (h *hadirView) checkedIn(what string) func(mrapat.Peserta, error) {
	return func(p mrapat.Peserta, err error) {
		var dup *mrapat.SudahHadirError
		switch {
		case errors.As(err, &dup):
			h.result(kit.Ln("rapatui.hadir.sudah", map[string]any{"Nama": dup.Nama, "Jam": mrapat.FormatJam(dup.At)}), false)
		case errors.Is(err, model.ErrNotFound):
			h.result(kit.Ln("rapatui.hadir.unknown", map[string]any{"Code": what}), false)
		case err != nil:
			h.result(explain(err), false)
		default:
			h.result(kit.Ln("rapatui.hadir.ok", map[string]any{"Jam": mrapat.FormatJam(p.Hadir), "Nama": p.Nama}), true)
			h.scan.SetText("")
			h.v.app.DataChanged()
		}
		h.focus()
	}
}

// result shows the outcome large: green when someone came in, red when refused.
func (h *hadirView) result(text string, ok bool) {
	h.last.SetText(text)
	h.last.Importance = widget.SuccessImportance
	if !ok {
		h.last.Importance = widget.DangerImportance
	}
	h.last.Refresh()
}

// scanKeys lets every key through to the Hadir field: here a scanner's
// burst is what the clerk means, not a search for the scan box.
type scanKeys struct{}

func (scanKeys) Rune(*kit.Entry, rune) bool          { return false }
func (scanKeys) Key(*kit.Entry, *fyne.KeyEvent) bool { return false }
func (scanKeys) Shortcut(fyne.Shortcut) bool         { return false }

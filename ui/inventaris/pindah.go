package inventaris

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/ui/kit"
)

// pindahView is the Pindah scan mode for assets: scan a room label, then
// assets; each becomes a mutasi into that room, with an Undo.
type pindahView struct {
	app     Shell
	scan    *kit.Entry
	dest    *model.Place
	destTxt *widget.Label
	lines   []pindahLine // newest first
	list    *widget.List
	content fyne.CanvasObject
}

// pindahLine is one scan's outcome.
type pindahLine struct {
	text     string
	ok       bool
	mutasiID int64 // the move, 0 when nothing moved
	undone   bool
}

func newPindahView(a Shell) *pindahView {
	v := &pindahView{app: a, scan: newScanField(), destTxt: widget.NewLabelWithStyle(lang.L("inv.pindah.no_dest"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	v.scan.SetPlaceHolder(lang.L("inv.pindah.scan"))
	v.scan.OnSubmitted = func(code string) {
		v.scan.SetText("")
		v.onScan(strings.TrimSpace(code))
	}
	v.list = widget.NewList(func() int { return len(v.lines) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.L("inv.pindah.undo"), theme.ContentUndoIcon(), nil), l)
	}, v.updateLine)
	v.content = container.NewBorder(container.NewVBox(widget.NewLabel(lang.L("inv.pindah.help")), v.destTxt, v.scan),
		nil, nil, nil, v.list)
	return v
}

func (v *pindahView) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	l, b := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Button)
	ln := v.lines[i]
	l.SetText(ln.text)
	l.Importance = widget.SuccessImportance
	if !ln.ok {
		l.Importance = widget.DangerImportance
	}
	l.Refresh()
	b.OnTapped = func() { v.undo(i) }
	if ln.mutasiID == 0 || ln.undone {
		b.Hide()
	} else {
		b.Show()
	}
}

func (v *pindahView) add(ln pindahLine) {
	v.lines = append([]pindahLine{ln}, v.lines...)
	v.list.Refresh()
}

// onScan takes one scanned code: a room becomes the destination, an
// asset moves there.
func (v *pindahView) onScan(code string) {
	if code == "" {
		return
	}
	s := v.app.Store()
	type moved struct {
		t     scanTarget
		a     aset.Aset
		mutID int64
	}
	dest := v.dest
	kit.Load(v.app, func() (m moved, err error) {
		if m.t, err = lookScan(s, code); err != nil || m.t.room != nil || m.t.hit.Kind != model.CodeAsset || dest == nil {
			return m, err
		}
		old, err := s.Aset(bg(), m.t.hit.ID)
		if err != nil {
			return m, err
		}
		if m.a, err = s.AsetPindah(bg(), old.ID, old.Version, dest.ID, aset.Catatan{}); err != nil {
			return m, err
		}
		muts, err := s.AsetMutasiList(bg(), old.ID)
		if err == nil && len(muts) > 0 {
			m.mutID = muts[0].ID
		}
		return m, err
	}, func(m moved, err error) {
		switch {
		case errors.Is(err, errNotRoom):
			v.add(pindahLine{text: kit.Ln("inv.pindah.not_room", map[string]any{"Code": code})})
		case err != nil:
			v.add(pindahLine{text: code + ": " + explain(err)})
		case m.t.room != nil:
			v.dest = m.t.room
			v.destTxt.SetText(kit.Ln("inv.pindah.dest", map[string]any{"Room": roomTitle(m.t.hit, m.t.room)}))
			v.add(pindahLine{text: kit.Ln("inv.pindah.dest", map[string]any{"Room": roomTitle(m.t.hit, m.t.room)}), ok: true})
		case m.t.hit.Kind != model.CodeAsset:
			v.add(pindahLine{text: kit.Ln("inv.pindah.not_aset", map[string]any{"Code": code})})
		case dest == nil:
			v.add(pindahLine{text: lang.L("inv.pindah.room_first")})
		default:
			v.add(pindahLine{text: kit.Ln("inv.pindah.moved", map[string]any{"Code": m.a.Code, "Nama": m.a.Nama,
				"Room": dest.Name}), ok: true, mutasiID: m.mutID})
			v.app.DataChanged()
		}
	})
}

// undo takes move i back.
func (v *pindahView) undo(i int) {
	if i >= len(v.lines) || v.lines[i].mutasiID == 0 || v.lines[i].undone {
		return
	}
	s, id := v.app.Store(), v.lines[i].mutasiID
	kit.Change(v.app, func() error { _, err := s.AsetUndoMutasi(bg(), id); return err }, func(err error) {
		if err != nil {
			showErr(v.app, err)
			return
		}
		v.lines[i].undone = true
		v.lines[i].text = lang.L("inv.pindah.undone") + " " + v.lines[i].text
		v.list.Refresh()
		v.app.DataChanged()
	})
}

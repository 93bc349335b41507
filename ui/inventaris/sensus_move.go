package inventaris

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model/aset"
	"rapi/ui/kit"
)

// sensusLine is one line of a room's live result; a misplaced asset's
// line carries the asset, and a button that moves it here at once.
type sensusLine struct {
	text string
	move *aset.Aset
}

func line(text string) sensusLine { return sensusLine{text: text} }

// newSensusRow is a result line: its text, and "Pindahkan sekarang" on
// the right, shown on misplaced lines only.
func newSensusRow() fyne.CanvasObject {
	move := widget.NewButtonWithIcon(lang.L("aset_sign.move_now"), theme.MailForwardIcon(), nil)
	return container.NewBorder(nil, nil, nil, move, widget.NewLabel(""))
}

func (v *sensusView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*fyne.Container)
	l := v.lines[i]
	row.Objects[0].(*widget.Label).SetText(l.text)
	move := row.Objects[1].(*widget.Button)
	if l.move == nil {
		move.Hide()
		move.OnTapped = nil
		return
	}
	a := *l.move
	move.OnTapped = func() { v.onMoveNow(a) }
	move.Show()
}

// onMoveNow moves misplaced asset a into the room being counted, now:
// a mutasi with the session as reason, refused if another PC changed
// the asset since it was scanned. The line then counts as found.
func (v *sensusView) onMoveNow(a aset.Aset) {
	if v.sensus == nil || v.room == nil {
		return
	}
	s, sid, rid, path := v.app.Store(), v.sensus.ID, v.room.ID, v.roomPath
	v.app.EnsureClerk(func() {
		kit.Load(v.app, func() (aset.Hasil, error) {
			if err := s.AsetSensusPindah(bg(), sid, rid, a.ID, a.Version); err != nil {
				return aset.Hasil{}, err
			}
			return s.AsetSensusHasil(bg(), sid, rid)
		}, func(h aset.Hasil, err error) {
			if err != nil {
				showErr(v.app, err)
				return
			}
			v.lastTxt.SetText(kit.Ln("aset_sign.moved", map[string]any{"Code": a.Code, "Nama": a.Nama, "Room": path}))
			v.showHasil(h)
			v.app.DataChanged()
		})
	})
}

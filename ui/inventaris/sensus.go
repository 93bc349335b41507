package inventaris

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// sensusView is the Sensus scan mode: a stored session, room by room.
// Scan a room label, then its assets; the counts (found, missing,
// misplaced, unknown, duplicate) are live; the register changes only at
// "Selesai & terapkan".
type sensusView struct {
	app      Shell
	sensus   *aset.Sensus
	room     *model.Place
	roomPath string
	last     *aset.Aset // the asset scanned last: its condition can be corrected
	hasil    aset.Hasil

	title, roomTxt, counts, lastTxt *widget.Label
	kondisi                         *widget.Select
	scan                            *kit.Entry
	lines                           []sensusLine
	list                            *widget.List
	start, resume, pause, finish    *widget.Button
	unrecorded                      *widget.Button
	content                         fyne.CanvasObject
}

func newSensusView(a Shell) *sensusView {
	v := &sensusView{app: a, scan: newScanField(), title: bold(lang.L("inv.sensus.none")), roomTxt: widget.NewLabel(""),
		counts: widget.NewLabel(""), lastTxt: widget.NewLabel("")}
	v.scan.SetPlaceHolder(lang.L("inv.sensus.scan"))
	v.scan.OnSubmitted = func(code string) {
		v.scan.SetText("")
		v.onScan(strings.TrimSpace(code))
	}
	v.kondisi = kit.NewSelect(names(aset.Kondisis, kondisiName), nil)
	v.kondisi.PlaceHolder = lang.L("inv.sensus.kondisi")
	v.kondisi.OnChanged = func(string) { v.onKondisi() }
	v.list = widget.NewList(func() int { return len(v.lines) }, newSensusRow, v.updateRow)
	v.start = widget.NewButtonWithIcon(lang.L("inv.sensus.start"), theme.ContentAddIcon(), v.onStart)
	v.resume = widget.NewButtonWithIcon(lang.L("inv.sensus.resume"), theme.MediaPlayIcon(), v.onResume)
	v.pause = widget.NewButtonWithIcon(lang.L("inv.sensus.pause"), theme.MediaPauseIcon(), v.onPause)
	v.finish = widget.NewButtonWithIcon(lang.L("inv.sensus.finish"), theme.ConfirmIcon(), v.onFinish)
	v.finish.Importance = widget.HighImportance
	v.unrecorded = widget.NewButtonWithIcon(lang.L("inv.sensus.unrecorded"), theme.QuestionIcon(), v.onUnrecorded)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(v.start, v.resume, v.pause, v.finish), v.title),
		v.roomTxt, v.scan, v.counts, container.NewBorder(nil, nil, nil, container.NewHBox(v.kondisi, v.unrecorded), v.lastTxt))
	v.content = container.NewBorder(top, nil, nil, nil, v.list)
	v.show()
	return v
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// show brings the buttons and labels in line with the state.
func (v *sensusView) show() {
	on := v.sensus != nil
	enable(v.pause, on)
	enable(v.finish, on)
	enable(v.start, !on)
	enable(v.resume, !on)
	enable(v.unrecorded, on && v.room != nil)
	if !on {
		v.title.SetText(lang.L("inv.sensus.none"))
		v.roomTxt.SetText("")
		v.counts.SetText("")
		v.lastTxt.SetText("")
		v.lines = nil
		v.list.Refresh()
		v.kondisi.Hide()
		return
	}
	v.title.SetText(kit.Ln("inv.sensus.title", map[string]any{"Nama": v.sensus.Nama}))
	if v.room == nil {
		v.roomTxt.SetText(lang.L("inv.sensus.room_first"))
	} else {
		v.roomTxt.SetText(kit.Ln("inv.sensus.room", map[string]any{"Room": v.roomPath}))
	}
	if v.last != nil {
		v.kondisi.Show()
	} else {
		v.kondisi.Hide()
	}
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// onStart opens a new stored session with the name the clerk gives.
func (v *sensusView) onStart() {
	nama := v.app.NewEntry()
	nama.SetText(kit.Ln("inv.sensus.default_name", map[string]any{"Date": model.FormatDate(timeNow())}))
	v.app.AskForm("inv.sensus.start", "inv.sensus.start", []*widget.FormItem{item("inv.f.nama_sensus", nama)}, func() {
		s := v.app.Store()
		v.app.EnsureClerk(func() {
			kit.Load(v.app, func() (aset.Sensus, error) { return s.AsetSensusOpen(bg(), nama.Text) }, func(x aset.Sensus, err error) {
				if err != nil {
					showErr(v.app, err)
					return
				}
				v.open(x)
			})
		})
	})
}

// onResume lists the sessions still open (here or on another PC) and
// takes up the one the clerk picks.
func (v *sensusView) onResume() {
	s := v.app.Store()
	kit.Load(v.app, func() ([]aset.Sensus, error) { return s.AsetSensusBerjalan(bg()) }, func(list []aset.Sensus, err error) {
		if err != nil {
			showErr(v.app, err)
			return
		}
		if len(list) == 0 {
			v.app.ShowInfo(lang.L("inv.sensus.resume"), lang.L("inv.sensus.no_open"))
			return
		}
		opts := make([]string, len(list))
		for i, x := range list {
			opts[i] = kit.Ln("inv.sensus.open_line", map[string]any{"Nama": x.Nama, "Ruang": x.Ruang, "Scans": x.Scans})
		}
		pick := kit.NewSelect(opts, nil)
		pick.SetSelectedIndex(0)
		v.app.AskForm("inv.sensus.resume", "inv.sensus.resume", []*widget.FormItem{item("inv.f.sensus", pick)}, func() {
			v.open(list[max(0, pick.SelectedIndex())])
		})
	})
}

func (v *sensusView) open(x aset.Sensus) {
	v.sensus, v.room, v.last, v.hasil = &x, nil, nil, aset.Hasil{}
	v.lines = nil
	v.list.Refresh()
	v.counts.SetText("")
	v.show()
}

// onPause leaves the session as stored; it can be taken up again later.
func (v *sensusView) onPause() {
	v.sensus, v.room, v.last = nil, nil, nil
	v.show()
}

// onFinish confirms the session: misplaced assets move to the room they
// were found in and corrected conditions are recorded, in one write.
func (v *sensusView) onFinish() {
	if v.sensus == nil {
		return
	}
	id := v.sensus.ID
	s := v.app.Store()
	dialog.NewConfirm(lang.L("inv.sensus.finish"), lang.L("inv.sensus.finish_ask"), func(ok bool) {
		if !ok {
			return
		}
		kit.Change(v.app, func() error { return s.AsetSensusConfirm(bg(), id) }, func(err error) {
			if err != nil {
				showErr(v.app, err)
				return
			}
			v.onPause()
			v.app.DataChanged()
			dialog.NewConfirm(lang.L("inv.sensus.finish"), lang.L("inv.sensus.done_ba"), func(print bool) {
				if print {
					v.app.PrintAset(printout.AsetDoc{Sensus: &printout.BASensusOptions{SensusID: id, AsOf: timeNow()}})
				}
			}, v.app.Window()).Show()
		})
	}, v.app.Window()).Show()
}

// onScan takes one code: a room label starts (or switches to) that room,
// an asset code is counted in the room.
func (v *sensusView) onScan(code string) {
	if code == "" || v.sensus == nil {
		if v.sensus == nil {
			v.roomTxt.SetText(lang.L("inv.sensus.start_first"))
		}
		return
	}
	s, sid, room := v.app.Store(), v.sensus.ID, v.room
	type res struct {
		t    scanTarget
		scan aset.SensusScan
		h    aset.Hasil
	}
	kit.Load(v.app, func() (r res, err error) {
		r.t, err = lookScan(s, code)
		if errors.Is(err, model.ErrNotFound) {
			err = nil // an unknown code counts as tidak dikenal in the room
		}
		if err != nil {
			return r, err
		}
		switch {
		case r.t.room != nil:
			room = r.t.room
			if err = s.AsetSensusRuang(bg(), sid, room.ID); err != nil {
				return r, err
			}
		case room == nil:
			return r, errRoomFirst
		default:
			if r.scan, err = s.AsetSensusScan(bg(), sid, room.ID, code); err != nil {
				return r, err
			}
		}
		r.h, err = s.AsetSensusHasil(bg(), sid, room.ID)
		return r, err
	}, func(r res, err error) {
		if errors.Is(err, errRoomFirst) {
			v.roomTxt.SetText(lang.L("inv.sensus.room_first"))
			return
		}
		if err != nil {
			showErr(v.app, err)
			return
		}
		if r.t.room != nil {
			v.room, v.roomPath, v.last = r.t.room, roomTitle(r.t.hit, r.t.room), nil
		} else if r.scan.Aset != nil && r.scan.Kategori != aset.Ganda {
			a := *r.scan.Aset
			v.last = &a
		}
		v.lastTxt.SetText(scanText(r.scan))
		v.showHasil(r.h)
	})
}

var errRoomFirst = errors.New("scan a room first")

// scanText says what one scan was, at once.
func scanText(sc aset.SensusScan) string {
	if sc.Code == "" {
		return ""
	}
	name := ""
	if sc.Aset != nil {
		name = sc.Aset.Nama
	}
	return kit.Ln("inv.sensus.scanned", map[string]any{"Code": sc.Code, "Nama": name, "What": trKey("inv.kat.", string(sc.Kategori))})
}

// showHasil shows the room's live counts and lines.
func (v *sensusView) showHasil(h aset.Hasil) {
	v.hasil = h
	c := h.Counts()
	v.counts.SetText(kit.Ln("inv.sensus.counts", map[string]any{"Found": c[aset.Ditemukan], "Missing": c[aset.Hilang],
		"Misplaced": c[aset.SalahRuang], "Unknown": c[aset.TidakDikenal], "Dup": c[aset.Ganda]}))
	var lines []sensusLine
	// the misplaced first: their lines carry the one action (Pindahkan sekarang)
	for _, t := range h.SalahRuang {
		moved := t.Aset
		lines = append(lines, sensusLine{text: kit.Ln("inv.sensus.misplaced_line", map[string]any{"Code": t.Aset.Code,
			"Nama": t.Aset.Nama, "From": dash(t.Aset.RuangPath)}), move: &moved})
	}
	for _, t := range h.Ditemukan {
		lines = append(lines, line(lang.L("inv.kat.ditemukan")+": "+t.Aset.Code+" · "+t.Aset.Nama))
	}
	for _, a := range h.Hilang {
		lines = append(lines, line(lang.L("inv.kat.hilang")+": "+a.Code+" · "+a.Nama))
	}
	for _, sc := range h.TidakDikenal {
		lines = append(lines, line(lang.L("inv.kat.tidak_dikenal")+": "+strings.TrimSpace(sc.Code+" "+sc.Deskripsi)))
	}
	for _, sc := range h.Ganda {
		lines = append(lines, line(lang.L("inv.kat.ganda")+": "+sc.Code))
	}
	for _, k := range h.Koreksi {
		lines = append(lines, line(kit.Ln("inv.sensus.koreksi_line", map[string]any{"Code": k.Aset.Code, "From": kondisiText(k.Dari),
			"To": kondisiText(k.Ke)})))
	}
	v.lines = lines
	v.list.Refresh()
	v.show()
	if v.last != nil {
		v.kondisi.OnChanged = nil
		v.kondisi.ClearSelected()
		v.kondisi.OnChanged = func(string) { v.onKondisi() }
	}
}

// onKondisi records the condition found on the spot for the asset
// scanned last.
func (v *sensusView) onKondisi() {
	i := v.kondisi.SelectedIndex()
	if v.sensus == nil || v.last == nil || v.room == nil || i < 0 {
		return
	}
	s, sid, rid, aid, k := v.app.Store(), v.sensus.ID, v.room.ID, v.last.ID, aset.Kondisis[i]
	kit.Load(v.app, func() (aset.Hasil, error) {
		if err := s.AsetSensusKondisi(bg(), sid, aid, k); err != nil {
			return aset.Hasil{}, err
		}
		return s.AsetSensusHasil(bg(), sid, rid)
	}, func(h aset.Hasil, err error) {
		if err != nil {
			showErr(v.app, err)
			return
		}
		v.showHasil(h)
	})
}

// onUnrecorded records an item with no label as barang tidak tercatat,
// with the description the clerk gives.
func (v *sensusView) onUnrecorded() {
	if v.sensus == nil || v.room == nil {
		return
	}
	desc := v.app.NewEntry()
	desc.SetPlaceHolder(lang.L("inv.sensus.unrecorded_hint"))
	s, sid, rid := v.app.Store(), v.sensus.ID, v.room.ID
	v.app.AskForm("inv.sensus.unrecorded", "button.save", []*widget.FormItem{item("inv.f.deskripsi", desc)}, func() {
		kit.Load(v.app, func() (aset.Hasil, error) {
			if err := s.AsetSensusTidakTercatat(bg(), sid, rid, desc.Text); err != nil {
				return aset.Hasil{}, err
			}
			return s.AsetSensusHasil(bg(), sid, rid)
		}, func(h aset.Hasil, err error) {
			if err != nil {
				showErr(v.app, err)
				return
			}
			v.showHasil(h)
		})
	})
}

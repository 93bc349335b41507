package inventaris

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/ui/kit"
)

// roomPJ is the open room's penanggung jawab: the name and NIP printed
// under the KIR's first signature line, edited from the rooms tab.
type roomPJ struct {
	v       *roomsView
	button  *widget.Button
	pj      model.Signer
	version int64 // the room's, for the version check of the save
	path    string
}

func newRoomPJ(v *roomsView) *roomPJ {
	r := &roomPJ{v: v}
	r.button = widget.NewButtonWithIcon(lang.L("aset_sign.pj_button"), theme.AccountIcon(), r.onEdit)
	r.button.Disable()
	return r
}

// load reads the penanggung jawab of room id and shows the name on the button.
func (r *roomPJ) load(id int64, path string) {
	s := r.v.app.Store()
	type got struct {
		pj      model.Signer
		version int64
	}
	kit.Load(r.v.app, func() (got, error) {
		pj, version, err := s.RuangPJ(bg(), id)
		return got{pj, version}, err
	}, func(g got, err error) {
		if err != nil {
			r.button.Disable()
			return
		}
		r.pj, r.version, r.path = g.pj, g.version, path
		name := g.pj.Nama
		if name == "" {
			name = lang.L("aset_sign.pj_none")
		}
		r.button.SetText(lang.L("aset_sign.pj_button") + ": " + name)
		r.button.Enable()
	})
}

// onEdit asks for the name and NIP; a refused save says which field and
// leaves the room as it was.
func (r *roomPJ) onEdit() {
	a := r.v.app
	nama, nip := a.NewEntry(), a.NewEntry()
	nama.SetText(r.pj.Nama)
	nip.SetText(r.pj.NIP)
	nip.SetPlaceHolder("19850312 201001 1 002")
	id := r.v.open
	a.AskForm("aset_sign.pj_title", "button.save", []*widget.FormItem{item("field.pj_nama", nama), item("field.pj_nip", nip)}, func() {
		err := a.Store().SetRuangPJ(bg(), id, r.version, model.Signer{Nama: nama.Text, NIP: nip.Text})
		if err != nil {
			showErr(a, err)
			return
		}
		r.load(id, r.path)
		a.ShowInfo(lang.L("aset_sign.pj_title"), kit.Ln("aset_sign.pj_saved", map[string]any{"Path": r.path}))
	})
}

package arsip

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// newPlaceTree shows places as a tree; label (optional) writes a node's
// text, onSelect gets the place picked.
func newPlaceTree(places []model.Place, label func(model.Place) string, onSelect func(model.Place)) *widget.Tree {
	byID := map[int64]model.Place{}
	children := map[string][]string{}
	for _, p := range places {
		byID[p.ID] = p
	}
	for _, p := range places {
		parent := ""
		if _, ok := byID[p.ParentID]; ok {
			parent = strconv.FormatInt(p.ParentID, 10)
		}
		children[parent] = append(children[parent], strconv.FormatInt(p.ID, 10))
	}
	if label == nil {
		label = func(p model.Place) string { return p.Name }
	}
	tree := widget.NewTree(
		func(id widget.TreeNodeID) []widget.TreeNodeID { return children[id] },
		func(id widget.TreeNodeID) bool { return id == "" || len(children[id]) > 0 },
		func(bool) fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			n, _ := strconv.ParseInt(id, 10, 64)
			o.(*widget.Label).SetText(label(byID[n]))
		})
	tree.OnSelected = func(id widget.TreeNodeID) {
		n, _ := strconv.ParseInt(id, 10, 64)
		if p, ok := byID[n]; ok && onSelect != nil {
			onSelect(p)
		}
	}
	tree.OpenAllBranches()
	return tree
}

// placePathOf is the full path of place id among places.
func placePathOf(places []model.Place, id int64) string {
	for _, p := range placePathNames(places) {
		if p.ID == id {
			return p.Path
		}
	}
	return ""
}

// placesView is the Tempat tab: the tree of places with how much lies in
// each, and what is in the one selected.
type placesView struct {
	app      Shell
	places   []model.Place
	counts   map[int64]storage.PlaceCount
	selected int64
	treeBox  *fyne.Container
	tree     *widget.Tree
	title    *widget.Label
	boksList *widget.List
	boks     []marsip.Boks
	berkas   []marsip.Berkas
	berkasN  *widget.Label
	berkasL  *widget.List
	rename   *widget.Button
	move     *widget.Button
	content  fyne.CanvasObject
}

func newPlacesView(a Shell) *placesView {
	v := &placesView{app: a, treeBox: container.NewStack(), title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		berkasN: widget.NewLabel("")}
	v.title.Wrapping = fyne.TextWrapWord
	v.boksList = widget.NewList(func() int { return len(v.boks) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			b := v.boks[i]
			text := b.Label() + " · " + b.Code + " · " + kit.Ln("arsipui.places.boks_row", map[string]any{
				"N": b.JumlahBerkas, "Min": b.KodeMin, "Max": b.KodeMax})
			if b.Loan != nil {
				text += " · " + statusText(marsip.StatusDipinjam) + " " + b.Loan.Borrower
			}
			o.(*widget.Label).SetText(text)
		})
	v.berkasL = widget.NewList(func() int { return len(v.berkas) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		b := v.berkas[i]
		o.(*widget.Label).SetText(b.Code + " · " + b.KodeKlasifikasi + " · " + b.Uraian + " (" + b.KurunWaktu() + ")")
	})
	add := widget.NewButtonWithIcon(lang.L("arsipui.places.add"), theme.ContentAddIcon(), v.onAdd)
	v.rename = widget.NewButtonWithIcon(lang.L("arsipui.places.rename"), theme.DocumentCreateIcon(), v.onRename)
	v.move = widget.NewButtonWithIcon(lang.L("arsipui.places.move"), theme.ViewRestoreIcon(), v.onMove)
	v.rename.Disable()
	v.move.Disable()
	lists := container.NewGridWithRows(2,
		widget.NewCard(lang.L("arsipui.places.boxes"), "", v.boksList),
		widget.NewCard(lang.L("arsipui.places.berkas"), "", container.NewBorder(v.berkasN, nil, nil, nil, v.berkasL)))
	right := container.NewBorder(container.NewVBox(container.NewHBox(add, v.rename, v.move), v.title), nil, nil, nil, lists)
	split := container.NewHSplit(v.treeBox, right)
	split.Offset = 0.4
	v.content = split
	v.load()
	return v
}

// load reads the places and their counts and rebuilds the tree.
func (v *placesView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	type loaded struct {
		places []model.Place
		counts map[int64]storage.PlaceCount
	}
	kit.Load(v.app, func() (d loaded, err error) {
		if d.places, err = s.Places(bg()); err == nil {
			d.counts, err = s.PlaceCounts(bg())
		}
		return d, err
	}, func(d loaded, err error) {
		if err != nil {
			v.title.SetText(explainArsip(err))
			return
		}
		v.places, v.counts = d.places, d.counts
		v.buildTree()
		if v.selected != 0 {
			v.showContents(v.selected)
		}
	})
}

// totals adds each place's counts up to its ancestors.
func (v *placesView) totals() map[int64]storage.PlaceCount {
	parent := map[int64]int64{}
	for _, p := range v.places {
		parent[p.ID] = p.ParentID
	}
	out := map[int64]storage.PlaceCount{}
	for id, c := range v.counts {
		for n, depth := id, 0; n != 0 && depth < 20; n, depth = parent[n], depth+1 {
			t := out[n]
			t.Boks += c.Boks
			t.Berkas += c.Berkas
			out[n] = t
		}
	}
	return out
}

func (v *placesView) buildTree() {
	totals := v.totals()
	v.tree = newPlaceTree(v.places, func(p model.Place) string {
		c := totals[p.ID]
		return kit.Ln("arsipui.places.node", map[string]any{"Name": p.Name, "Kind": trKey("arsipui.kind.", string(p.Kind)),
			"Boks": model.FormatInt(int64(c.Boks)), "Berkas": model.FormatInt(int64(c.Berkas))})
	}, func(p model.Place) { v.onSelect(p.ID) })
	if v.selected != 0 {
		v.tree.Select(strconv.FormatInt(v.selected, 10))
	}
	v.treeBox.Objects = []fyne.CanvasObject{v.tree}
	v.treeBox.Refresh()
}

func (v *placesView) onSelect(id int64) {
	if id == v.selected && v.title.Text != "" {
		return
	}
	v.selected = id
	v.rename.Enable()
	v.move.Enable()
	v.showContents(id)
}

// showContents lists the boxes and files in place id (and below it).
func (v *placesView) showContents(id int64) {
	v.title.SetText(placePathOf(v.places, id))
	s := v.app.Store()
	type contents struct {
		boks []marsip.Boks
		page storage.BerkasPage
	}
	kit.Load(v.app, func() (c contents, err error) {
		if c.boks, err = s.BoksList(bg(), id); err != nil {
			return c, err
		}
		c.page, err = s.SearchBerkas(bg(), "", storage.BerkasFilter{PlaceID: id, Sort: storage.SortKode}, storage.Page{Limit: 200})
		return c, err
	}, func(c contents, err error) {
		if v.selected != id {
			return
		}
		if err != nil {
			v.berkasN.SetText(explainArsip(err))
			return
		}
		v.boks, v.berkas = c.boks, c.page.Rows
		v.berkasN.SetText(kit.Ln("arsipui.places.berkas_count", map[string]any{
			"Shown": len(c.page.Rows), "N": model.FormatInt(int64(c.page.Total))}))
		v.boksList.Refresh()
		v.berkasL.Refresh()
	})
}

func (v *placesView) place(id int64) (model.Place, bool) {
	for _, p := range v.places {
		if p.ID == id {
			return p, true
		}
	}
	return model.Place{}, false
}

// onAdd adds a place inside the selected one (or at the top).
func (v *placesView) onAdd() {
	a := v.app
	name, code := a.NewEntry(), a.NewEntry()
	kinds := choiceTexts("arsipui.kind.", model.PlaceKinds)
	kind := kit.NewSelect(kinds, nil)
	parent := model.Place{}
	if p, ok := v.place(v.selected); ok {
		parent = p
		kind.SetSelectedIndex(min(len(kinds)-1, choiceIndex(model.PlaceKinds, p.Kind)+1))
	} else {
		kind.SetSelectedIndex(0)
	}
	under := lang.L("arsipui.places.top")
	if parent.ID != 0 {
		under = placePathOf(v.places, parent.ID)
	}
	d := dialog.NewForm(lang.L("arsipui.places.add"), lang.L("button.save"), lang.L("button.cancel"), []*widget.FormItem{
		widget.NewFormItem(arsipFieldLabel("parent"), widget.NewLabel(under)),
		widget.NewFormItem(arsipFieldLabel("kind"), kind),
		widget.NewFormItem(arsipFieldLabel("name"), name),
		widget.NewFormItem(arsipFieldLabel("code"), code),
	}, func(ok bool) {
		if !ok {
			return
		}
		p := model.Place{Kind: model.PlaceKinds[max(0, kind.SelectedIndex())], Name: name.Text, Code: code.Text, ParentID: parent.ID}
		v.save(&p, true)
	}, a.Window())
	d.Resize(fyne.NewSize(480, 300))
	a.ShowDialog(d)
	a.Window().Canvas().Focus(name)
}

// onRename changes the selected place's name.
func (v *placesView) onRename() {
	p, ok := v.place(v.selected)
	if !ok {
		return
	}
	name := v.app.NewEntry()
	name.SetText(p.Name)
	d := dialog.NewForm(lang.L("arsipui.places.rename"), lang.L("button.save"), lang.L("button.cancel"),
		[]*widget.FormItem{widget.NewFormItem(arsipFieldLabel("name"), name)}, func(ok bool) {
			if ok {
				p.Name = name.Text
				v.save(&p, false)
			}
		}, v.app.Window())
	d.Resize(fyne.NewSize(420, 180))
	v.app.ShowDialog(d)
}

// onMove puts the selected place (with all it holds) under another.
func (v *placesView) onMove() {
	p, ok := v.place(v.selected)
	if !ok {
		return
	}
	below := map[int64]bool{p.ID: true} // a place cannot move into itself or below itself
	for changed := true; changed; {
		changed = false
		for _, x := range v.places {
			if below[x.ParentID] && !below[x.ID] {
				below[x.ID], changed = true, true
			}
		}
	}
	opts, ids := []string{lang.L("arsipui.places.top")}, []int64{0}
	for _, pp := range placePathNames(v.places) {
		if !below[pp.ID] {
			opts = append(opts, pp.Path)
			ids = append(ids, pp.ID)
		}
	}
	target := kit.NewSelect(opts, nil)
	target.SetSelectedIndex(choiceIndex(ids, p.ParentID))
	d := dialog.NewForm(kit.Ln("arsipui.places.move_title", map[string]any{"Name": p.Name}), lang.L("arsipui.places.move"),
		lang.L("button.cancel"), []*widget.FormItem{widget.NewFormItem(lang.L("arsipui.places.new_parent"), target)}, func(ok bool) {
			if ok && target.SelectedIndex() >= 0 {
				p.ParentID = ids[target.SelectedIndex()]
				v.save(&p, false)
			}
		}, v.app.Window())
	d.Resize(fyne.NewSize(560, 200))
	v.app.ShowDialog(d)
}

func (v *placesView) save(p *model.Place, create bool) {
	s := v.app.Store()
	kit.Change(v.app, func() error {
		if create {
			return s.CreatePlace(bg(), p)
		}
		return s.UpdatePlace(bg(), p)
	}, func(err error) {
		if err != nil {
			showArsipError(v.app, err)
			return
		}
		v.selected = p.ID
		v.load()
	})
}

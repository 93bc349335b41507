package inventaris

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// Cards are the feature's cards: the one a scan of an asset code opens.
func Cards(app Shell) []kit.CardKind {
	return []kit.CardKind{kit.CardOf(model.CodeAsset, app, loadAsetCard)}
}

// asetCardData is what an asset's card shows.
type asetCardData struct {
	a          aset.Aset
	kodeNama   string
	mutasi     []aset.Mutasi
	lastSensus string
	ruangs     []ruangChoice
}

func loadAsetCard(ctx context.Context, app Shell, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
	var d asetCardData
	var err error
	if d.a, err = s.Aset(ctx, h.ID); err != nil {
		return nil, err
	}
	if k, err := s.KodeBarang(ctx, d.a.KodeBarang); err == nil {
		d.kodeNama = k.Nama
	}
	if d.mutasi, err = s.AsetMutasiList(ctx, d.a.ID); err != nil {
		return nil, err
	}
	sums, err := s.AsetRuangSummaries(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range sums {
		if r.Ruang.ID == d.a.RuangID && r.LastSensus != nil {
			d.lastSensus = model.FormatDate(*r.LastSensus)
		}
	}
	places, err := s.Places(ctx)
	if err != nil {
		return nil, err
	}
	d.ruangs = ruangChoices(places)
	return func(kc kit.Card) (string, fyne.CanvasObject) {
		c := &asetCard{Card: kc, app: app, d: d}
		return lang.L("inv.card.kind") + " " + d.a.Code, c.body()
	}, nil
}

// asetCard is one open asset card.
type asetCard struct {
	kit.Card
	app Shell
	d   asetCardData
}

func cardRow(key, value string) *widget.FormItem {
	l := widget.NewLabel(value)
	l.Wrapping = fyne.TextWrapWord
	return widget.NewFormItem(lang.L(key), l)
}

func (c *asetCard) body() fyne.CanvasObject {
	a := c.d.a
	title := widget.NewLabelWithStyle(strings.TrimSpace(a.Nama+" "+a.Merk), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		cardRow("inv.card.code", a.Code+" · "+a.Nomor()),
		cardRow("inv.card.kode", strings.TrimSpace(string(a.KodeBarang)+" "+c.d.kodeNama)+" · KIB "+string(a.KIB())),
		cardRow("inv.card.ruang", dash(a.RuangPath)),
		cardRow("inv.card.pemegang", dash(a.Pemegang.Label())),
		cardRow("inv.card.kondisi", kondisiText(a.Kondisi)+" · "+statusName(a.Status)),
		cardRow("inv.card.sensus", dash(c.d.lastSensus)),
	)
	lines := make([]string, len(c.d.mutasi))
	for i, m := range c.d.mutasi {
		lines[i] = mutasiLine(m)
	}
	list := widget.NewList(func() int { return len(lines) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	hist := widget.NewLabelWithStyle(kit.Ln("inv.card.mutasi", map[string]any{"N": len(lines)}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(title, form, c.actions(), hist)
	return container.NewBorder(top, nil, nil, nil, list)
}

// mutasiLine is one line of an asset's history.
func mutasiLine(m aset.Mutasi) string {
	s := model.FormatDateShort(m.Tanggal) + " · " + mutasiName(m.Jenis) + ": " + dash(m.Dari) + " → " + dash(m.Ke)
	if m.Alasan != "" {
		s += " · " + m.Alasan
	}
	if m.NomorBAST != "" {
		s += " · BAST " + m.NomorBAST
	}
	return s
}

func (c *asetCard) actions() fyne.CanvasObject {
	move := widget.NewButtonWithIcon(lang.L("inv.card.pindah"), theme.MoveDownIcon(), c.onPindah)
	kondisi := widget.NewButtonWithIcon(lang.L("inv.card.ubah_kondisi"), theme.DocumentCreateIcon(), c.onKondisi)
	serah := widget.NewButtonWithIcon(lang.L("inv.card.serahkan"), theme.AccountIcon(), c.onSerahkan)
	print := widget.NewButtonWithIcon(lang.L("inv.card.cetak"), theme.DocumentPrintIcon(), func() {
		c.app.PrintLabels(model.CodeAsset, []string{c.d.a.Code})
	})
	bast := widget.NewButtonWithIcon(lang.L("inv.card.bast"), theme.DocumentIcon(), func() {
		c.app.PrintAset(printout.AsetDoc{BAST: &printout.BASTOptions{Codes: []string{c.d.a.Code}, AsOf: timeNow()}})
	})
	if c.d.a.Pemegang.Empty() {
		bast.Disable() // a BAST hands the asset to its holder: there is none yet
	}
	return container.NewGridWithColumns(5, move, kondisi, serah, print, bast)
}

// change runs one mutasi write, then reopens the card afresh.
func (c *asetCard) change(write func(s *storage.Store, a aset.Aset) (aset.Aset, error)) {
	s, a := c.app.Store(), c.d.a
	c.app.EnsureClerk(func() {
		kit.Change(c.app, func() error { _, err := write(s, a); return err }, func(err error) {
			if err != nil {
				showErr(c.app, err)
				return
			}
			c.app.DataChanged()
			c.Close()
			c.app.OpenCard(storage.AsetHit(a))
		})
	})
}

func (c *asetCard) onPindah() {
	opts := make([]string, len(c.d.ruangs))
	for i, r := range c.d.ruangs {
		opts[i] = r.path
	}
	ruang := kit.NewSelect(opts, nil)
	alasan := c.app.NewEntry()
	items := []*widget.FormItem{item("inv.f.ruang", ruang), item("inv.f.alasan", alasan)}
	c.app.AskForm("inv.card.pindah", "inv.card.pindah", items, func() {
		i := ruang.SelectedIndex()
		if i < 0 {
			return
		}
		id := c.d.ruangs[i].id
		c.change(func(s *storage.Store, a aset.Aset) (aset.Aset, error) {
			return s.AsetPindah(bg(), a.ID, a.Version, id, aset.Catatan{Alasan: alasan.Text})
		})
	})
}

func (c *asetCard) onKondisi() {
	k := kit.NewSelect(names(aset.Kondisis, kondisiName), nil)
	selectOf(k, aset.Kondisis, c.d.a.Kondisi)
	alasan := c.app.NewEntry()
	items := []*widget.FormItem{item("inv.f.kondisi", k), item("inv.f.alasan", alasan)}
	c.app.AskForm("inv.card.ubah_kondisi", "button.save", items, func() {
		to := aset.Kondisis[max(0, k.SelectedIndex())]
		c.change(func(s *storage.Store, a aset.Aset) (aset.Aset, error) {
			return s.AsetUbahKondisi(bg(), a.ID, a.Version, to, aset.Catatan{Alasan: alasan.Text})
		})
	})
}

func (c *asetCard) onSerahkan() {
	nama, nip, jabatan, bast := c.app.NewEntry(), c.app.NewEntry(), c.app.NewEntry(), c.app.NewEntry()
	nip.SetPlaceHolder("19850312 201001 1 002")
	items := []*widget.FormItem{item("inv.f.pemegang_nama", nama), item("inv.f.pemegang_nip", nip),
		item("inv.f.pemegang_jabatan", jabatan), item("inv.f.nomor_bast", bast)}
	c.app.AskForm("inv.card.serahkan", "inv.card.serahkan", items, func() {
		p := aset.Pemegang{Nama: strings.TrimSpace(nama.Text), NIP: strings.ReplaceAll(strings.TrimSpace(nip.Text), " ", ""),
			Jabatan: strings.TrimSpace(jabatan.Text), NomorBAST: strings.TrimSpace(bast.Text), Sejak: timeNow()}
		c.change(func(s *storage.Store, a aset.Aset) (aset.Aset, error) {
			return s.AsetGantiPemegang(bg(), a.ID, a.Version, p, aset.Catatan{NomorBAST: p.NomorBAST})
		})
	})
}

package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"rapi/model"
	"rapi/ui/kit"
)

// asetSettings is the Inventaris card of Pengaturan: the kode lokasi on
// every card and sticker, and who sign the inventaris papers (the
// Pengurus Barang and the head of the unit). Shared by every PC, so the
// save asks for the admin PIN.
type asetSettings struct {
	app                   *App
	kodeLokasi            *kit.Entry
	pNama, pNIP, pJabatan *kit.Entry
	kNama, kNIP, kJabatan *kit.Entry
}

func newAsetSettingsCard(a *App) fyne.CanvasObject {
	c := &asetSettings{app: a, kodeLokasi: a.NewEntry(), pNama: a.NewEntry(), pNIP: a.NewEntry(), pJabatan: a.NewEntry(),
		kNama: a.NewEntry(), kNIP: a.NewEntry(), kJabatan: a.NewEntry()}
	c.kodeLokasi.SetPlaceHolder("12.01.01.03.01")
	c.pNIP.SetPlaceHolder("19850312 201001 1 002")
	c.kNIP.SetPlaceHolder("19850312 201001 1 002")
	c.pJabatan.SetPlaceHolder(lang.L("aset_sign.pangkat_hint"))
	c.kJabatan.SetPlaceHolder(lang.L("aset_sign.kepala_hint"))
	c.fill()
	return formCard("aset_sign.title", "aset_sign.help", c.onSave,
		item("field.kode_lokasi", c.kodeLokasi),
		item("field.pengurus_nama", c.pNama), item("field.pengurus_nip", c.pNIP), item("field.pengurus_jabatan", c.pJabatan),
		item("field.kepala_nama", c.kNama), item("field.kepala_nip", c.kNIP), item("field.kepala_jabatan", c.kJabatan))
}

func (c *asetSettings) fill() {
	s, ctx := c.app.store, context.Background()
	if k, err := s.KodeLokasi(ctx); err == nil {
		c.kodeLokasi.SetText(k)
	}
	sig, err := s.AsetSigners(ctx)
	if err != nil {
		return
	}
	for e, v := range map[*kit.Entry]string{c.pNama: sig.Pengurus.Nama, c.pNIP: sig.Pengurus.NIP, c.pJabatan: sig.Pengurus.Jabatan,
		c.kNama: sig.Kepala.Nama, c.kNIP: sig.Kepala.NIP, c.kJabatan: sig.Kepala.Jabatan} {
		e.SetText(v)
	}
}

func (c *asetSettings) signers() model.AsetSigners {
	return model.AsetSigners{
		Pengurus: model.Signer{Nama: c.pNama.Text, NIP: c.pNIP.Text, Jabatan: c.pJabatan.Text},
		Kepala:   model.Signer{Nama: c.kNama.Text, NIP: c.kNIP.Text, Jabatan: c.kJabatan.Text}}
}

// onSave checks the names before asking for the PIN, so a bad NIP is
// named at once; on any refusal what was typed stays in the fields.
func (c *asetSettings) onSave() {
	sig := c.signers()
	if err := sig.Validate(); err != nil {
		c.app.ShowError(err)
		return
	}
	c.app.askPIN(func(pin string) {
		s, ctx := c.app.store, context.Background()
		err := s.SetKodeLokasi(ctx, c.kodeLokasi.Text, pin)
		if err == nil {
			err = s.SetAsetSigners(ctx, sig, pin)
		}
		if err != nil {
			c.app.ShowError(err)
			return
		}
		c.fill()
		c.app.ShowInfo(lang.L("aset_sign.title"), lang.L("settings.saved"))
	})
}

package arsip

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// RegisterBerkas asks the least a new file needs and creates it with the
// scanned code (a label Rapi does not know yet), then opens its card.
func RegisterBerkas(a Shell, code string) {
	uraian, kode, tahun := a.NewEntry(), a.NewEntry(), a.NewEntry()
	kode.SetPlaceHolder("000.1.5")
	tahun.SetText(strconv.Itoa(time.Now().Year()))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("card.code"), widget.NewLabel(code)),
		widget.NewFormItem(lang.L("card.f.uraian"), uraian),
		widget.NewFormItem(lang.L("card.f.kode"), kode),
		widget.NewFormItem(lang.L("card.f.tahun"), tahun),
	}
	a.AskForm("card.register", "button.save", items, func() {
		year, _ := strconv.Atoi(strings.TrimSpace(tahun.Text))
		b := marsip.Berkas{Code: code, Uraian: uraian.Text, KodeKlasifikasi: kode.Text, TahunSampai: year}
		s := a.Store()
		kit.Change(a, func() error { return s.CreateBerkas(context.Background(), &b) }, func(err error) {
			if err != nil {
				a.ShowError(fmt.Errorf("%s: %w", code, err))
				return
			}
			a.DataChanged()
			a.OpenCard(storage.Hit{Kind: model.CodeBerkas, ID: b.ID, Code: b.Code, Title: b.Uraian})
		})
	})
}

package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// settingsPage is Pengaturan: this PC's clerk and language, the database
// and its backups, and the shared settings guarded by the admin PIN.
type settingsPage struct {
	app       *App
	clerk     *kit.Entry
	nip       *kit.Entry
	language  *widget.Select
	backupDir *kit.Entry
	header    *kit.Entry
	address   *kit.Entry
	headerPIN *kit.Entry
	oldPIN    *kit.Entry
	newPIN    *kit.Entry
	newPIN2   *kit.Entry
	scanGap   *kit.Entry
	scanMin   *kit.Entry
	scanPre   *kit.Entry
}

var languageNames = map[string]string{"id": "Bahasa Indonesia", "en": "English"}

func newSettingsPage(a *App) fyne.CanvasObject {
	p := &settingsPage{app: a, clerk: a.NewEntry(), nip: a.NewEntry(), backupDir: a.NewEntry(),
		header: a.NewMultiLineEntry(), address: a.NewEntry(), headerPIN: a.NewEntry(),
		oldPIN: a.NewEntry(), newPIN: a.NewEntry(), newPIN2: a.NewEntry(),
		scanGap: a.NewEntry(), scanMin: a.NewEntry(), scanPre: a.NewEntry()}
	for _, e := range []*kit.Entry{p.headerPIN, p.oldPIN, p.newPIN, p.newPIN2} {
		e.Password = true
	}
	p.language = kit.NewSelect([]string{languageNames["id"], languageNames["en"]}, nil)
	p.fill()
	if a.shell != nil {
		a.shell.clerk = p.clerk
	}
	return container.NewVScroll(container.NewVBox(p.clerkCard(), p.databaseCard(), p.headerCard(), newAsetSettingsCard(a), p.pinCard(), p.scannerCard()))
}

func (p *settingsPage) fill() {
	actor := p.app.prefs.Actor()
	p.clerk.SetText(actor.Name)
	p.nip.SetText(actor.NIP)
	p.language.SetSelected(languageNames[p.app.prefs.Language()])
	p.backupDir.SetText(p.app.prefs.BackupDir())
	p.backupDir.SetPlaceHolder(storage.DefaultBackupDir(p.app.store.Path()))
	p.header.SetPlaceHolder("PEMERINTAH PROVINSI BANTEN\nSEKRETARIAT DAERAH\nBIRO UMUM")
	if inst, err := p.app.store.Institution(context.Background()); err == nil {
		p.header.SetText(strings.Join(inst.Lines, "\n"))
		p.address.SetText(inst.Address)
	}
}

// formCard is a titled card holding a form of labelled fields and a Save
// button; the settings page is three of these and a database card.
func formCard(title, help string, onSave func(), items ...*widget.FormItem) fyne.CanvasObject {
	save := widget.NewButton(lang.L("button.save"), onSave)
	save.Importance = widget.HighImportance
	return widget.NewCard(lang.L(title), lang.L(help), container.NewVBox(widget.NewForm(items...), save))
}

// item is a form row whose label is a translation key.
func item(key string, w fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(lang.L(key), w)
}

func (p *settingsPage) clerkCard() fyne.CanvasObject {
	return formCard("settings.clerk", "settings.clerk_help", p.onSaveClerk,
		item("field.clerk", p.clerk), item("field.nip", p.nip), item("field.language", p.language))
}

func (p *settingsPage) onSaveClerk() {
	prefs := p.app.prefs
	prefs.SetClerk(p.clerk.Text, p.nip.Text)
	p.app.store.SetActor(prefs.Actor())
	code := "id"
	if p.language.Selected == languageNames["en"] {
		code = "en"
	}
	if code != prefs.Language() {
		prefs.SetLanguage(code)
		if err := kit.SetLanguage(code); err != nil {
			p.app.ShowError(err)
			return
		}
		p.app.showShell() // every label is rebuilt in the new language
		p.app.ShowPage("nav.settings")
		return
	}
	p.app.shell.status.refresh()
	p.app.ShowInfo(lang.L("settings.clerk"), lang.L("settings.saved"))
}

func (p *settingsPage) databaseCard() fyne.CanvasObject {
	path := widget.NewLabel(p.app.store.Path())
	path.Wrapping = fyne.TextWrapBreak
	other := widget.NewButton(lang.L("settings.other_db"), p.app.showFirstRun)
	saveDir := widget.NewButton(lang.L("button.save"), p.onSaveBackupDir)
	backup := widget.NewButton(lang.L("menu.backup_now"), p.app.onBackupNow)
	restore := widget.NewButton(lang.L("settings.restore"), p.onRestore)
	check := widget.NewButton(lang.L("settings.check"), p.onCheck)
	form := widget.NewForm(
		item("field.db_path", container.NewBorder(nil, nil, nil, other, path)),
		item("field.backup_dir", container.NewBorder(nil, nil, nil, saveDir, p.backupDir)),
	)
	return widget.NewCard(lang.L("settings.database"), lang.L("settings.database_help"),
		container.NewVBox(form, container.NewHBox(backup, restore, check)))
}

func (p *settingsPage) onSaveBackupDir() {
	p.app.prefs.SetBackupDir(p.backupDir.Text)
	// The store keeps its backup folder from when it opened: reopen.
	if err := p.app.OpenDatabase(p.app.store.Path()); err != nil {
		p.app.ShowError(err)
		return
	}
	p.app.ShowPage("nav.settings")
}

// onBackupNow makes a backup named by date and time in the backup folder.
func (a *App) onBackupNow() {
	s := a.store
	if s == nil {
		return
	}
	dest := storage.ManualBackupPath(s.BackupDir(), timeNow())
	a.Go(func() {
		err := s.BackupTo(context.Background(), dest)
		a.Do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.ShowInfo(lang.L("menu.backup_now"), kit.Ln("settings.backup_done", map[string]any{"Path": dest}))
		})
	})
}

func (p *settingsPage) onRestore() {
	a := p.app
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if r == nil {
			return
		}
		r.Close()
		from := r.URI().Path()
		a.askPIN(func(pin string) {
			safety, err := a.store.Restore(context.Background(), from, pin)
			if err != nil {
				a.ShowError(err)
				return
			}
			a.notifyChanged()
			a.ShowInfo(lang.L("settings.restore"), kit.Ln("settings.restore_done", map[string]any{"Safety": safety}))
		})
	}, a.win)
	open.Show()
}

// askPIN asks for the admin PIN and hands it to then.
func (a *App) askPIN(then func(pin string)) {
	pin := a.NewEntry()
	pin.Password = true
	a.askForm("settings.pin_title", "button.ok", []*widget.FormItem{item("field.pin", pin)}, func() { then(pin.Text) })
	a.win.Canvas().Focus(pin)
}

// askForm shows a small form titled by a translation key; onOK runs when
// the clerk confirms. Whichever way it closes, the scan box gets the focus.
func (a *App) askForm(title, confirm string, items []*widget.FormItem, onOK func()) {
	d := dialog.NewForm(lang.L(title), lang.L(confirm), lang.L("button.cancel"), items, func(ok bool) {
		if ok {
			onOK()
		}
	}, a.win)
	a.showDialog(d)
}

func (p *settingsPage) onCheck() {
	a := p.app
	s := a.store
	a.Go(func() {
		problems, err := s.FullCheck(context.Background())
		a.Do(func() {
			switch {
			case err != nil:
				a.ShowError(err)
			case len(problems) == 0:
				a.ShowInfo(lang.L("settings.check"), lang.L("settings.check_ok"))
			default:
				a.ShowInfo(lang.L("settings.check"), lang.L("settings.check_bad")+"\n"+strings.Join(problems, "\n"))
			}
		})
	})
}

func (p *settingsPage) headerCard() fyne.CanvasObject {
	return formCard("settings.header", "settings.header_help", p.onSaveHeader,
		item("field.header", p.header), item("field.address", p.address), item("field.pin", p.headerPIN))
}

func (p *settingsPage) onSaveHeader() {
	inst := model.Institution{Lines: model.ParseHeaderLines(p.header.Text), Address: strings.TrimSpace(p.address.Text)}
	if err := p.app.store.SetInstitution(context.Background(), inst, p.headerPIN.Text); err != nil {
		p.app.ShowError(err) // what was typed stays in the fields
		return
	}
	p.headerPIN.SetText("")
	p.app.ShowInfo(lang.L("settings.header"), lang.L("settings.saved"))
}

func (p *settingsPage) pinCard() fyne.CanvasObject {
	return formCard("settings.pin", "settings.pin_help", p.onSavePIN,
		item("field.pin_old", p.oldPIN), item("field.pin_new", p.newPIN), item("field.pin_again", p.newPIN2))
}

func (p *settingsPage) onSavePIN() {
	if p.newPIN.Text != p.newPIN2.Text {
		p.app.ShowError(model.Invalid("pin_again", "", "error.pin_mismatch"))
		return
	}
	if err := p.app.store.SetAdminPIN(context.Background(), p.oldPIN.Text, p.newPIN.Text); err != nil {
		p.app.ShowError(err)
		return
	}
	for _, e := range []*kit.Entry{p.oldPIN, p.newPIN, p.newPIN2} {
		e.SetText("")
	}
	p.app.ShowInfo(lang.L("settings.pin"), lang.L("settings.saved"))
}

// scannerCard is this PC's scanner setting: how fast a scanner types,
// how long its codes are, and the prefix character some scanners send.
func (p *settingsPage) scannerCard() fyne.CanvasObject {
	p.fillScanner()
	p.scanPre.SetPlaceHolder(lang.L("klas.scanner.prefix_hint"))
	return formCard("klas.scanner.title", "klas.scanner.help", p.onSaveScanner,
		item("klas.scanner.gap", p.scanGap), item("klas.scanner.min_len", p.scanMin), item("klas.scanner.prefix", p.scanPre))
}

func (p *settingsPage) fillScanner() {
	c := p.app.ScannerConfig()
	p.scanGap.SetText(strconv.Itoa(int(c.MaxGap / time.Millisecond)))
	p.scanMin.SetText(strconv.Itoa(c.MinLen))
	p.scanPre.SetText("")
	if c.Prefix != 0 {
		p.scanPre.SetText(string(c.Prefix))
	}
}

// onSaveScanner checks the numbers and saves; a wrong one is named and
// nothing changes.
func (p *settingsPage) onSaveScanner() {
	bad := func(label, text, reason string) {
		p.app.ShowInfo(lang.L("dialog.error"), kit.Ln("error.invalid_field", map[string]any{
			"Field": lang.L(label), "Value": strings.TrimSpace(text), "Reason": lang.L(reason)}))
	}
	gap, err := strconv.Atoi(strings.TrimSpace(p.scanGap.Text))
	if err != nil || gap < 1 || gap > 1000 {
		bad("klas.scanner.gap", p.scanGap.Text, "klas.scanner.bad_gap")
		return
	}
	minLen, err := strconv.Atoi(strings.TrimSpace(p.scanMin.Text))
	if err != nil || minLen < 1 || minLen > 20 {
		bad("klas.scanner.min_len", p.scanMin.Text, "klas.scanner.bad_min_len")
		return
	}
	var prefix rune
	switch rs := []rune(strings.TrimSpace(p.scanPre.Text)); len(rs) {
	case 0:
	case 1:
		if prefix = rs[0]; codeRune(prefix) != 0 {
			bad("klas.scanner.prefix", p.scanPre.Text, "klas.scanner.prefix_code")
			return
		}
	default:
		bad("klas.scanner.prefix", p.scanPre.Text, "klas.scanner.bad_prefix")
		return
	}
	p.app.SetScannerConfig(ScannerConfig{MaxGap: time.Duration(gap) * time.Millisecond, MinLen: minLen, Prefix: prefix})
	p.fillScanner()
	p.app.ShowInfo(lang.L("klas.scanner.title"), lang.L("settings.saved"))
}

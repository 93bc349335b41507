package ui

import (
	"os"
	"os/user"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"rapi/model"
)

// Keys of what is kept per PC in Fyne's preferences. What every PC
// shares (institution header, admin PIN) lives in the database instead.
const (
	prefDB        = "db.path"
	prefBackupDir = "backup.dir"
	prefClerk     = "clerk.name"
	prefNIP       = "clerk.nip"
	prefLang      = "ui.lang"
	prefLastCheck = "check.last" // date of the last background quick_check
)

// Prefs wraps the per-PC preferences.
type Prefs struct{ p fyne.Preferences }

func (p Prefs) DBPath() string        { return p.p.String(prefDB) }
func (p Prefs) SetDBPath(s string)    { p.p.SetString(prefDB, s) }
func (p Prefs) BackupDir() string     { return p.p.String(prefBackupDir) }
func (p Prefs) SetBackupDir(s string) { p.p.SetString(prefBackupDir, strings.TrimSpace(s)) }
func (p Prefs) Language() string      { return p.p.StringWithFallback(prefLang, "id") }
func (p Prefs) SetLanguage(s string)  { p.p.SetString(prefLang, s) }
func (p Prefs) LastCheck() string     { return p.p.String(prefLastCheck) }
func (p Prefs) SetLastCheck(s string) { p.p.SetString(prefLastCheck, s) }

// Actor is the clerk as the audit log records them.
func (p Prefs) Actor() model.Actor {
	return model.Actor{Login: loginName(), Name: p.p.String(prefClerk), NIP: p.p.String(prefNIP)}
}

// SetClerk saves the clerk's name and NIP.
func (p Prefs) SetClerk(name, nip string) {
	p.p.SetString(prefClerk, strings.TrimSpace(name))
	p.p.SetString(prefNIP, strings.TrimSpace(nip))
}

// loginName is the operating-system login (the Windows user name).
func loginName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		// Windows gives DOMAIN\user: the user is what colleagues know.
		return u.Username[strings.LastIndex(u.Username, `\`)+1:]
	}
	for _, k := range []string{"USERNAME", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "?"
}

// LocalDataDir is Rapi's folder in the user's config folder, where the
// local default and demo databases live.
func LocalDataDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "rapi")
}

// Command rapi is the desktop app. It reads its flags, hands them to the
// ui package and runs the window; everything else lives in ui, model and
// storage.
package main

import (
	"flag"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"rapi/assets"
	"rapi/storage"
	"rapi/ui"
)

// version is set at build time from FyneApp.toml (see the Makefile).
var version = "dev"

func main() {
	db := flag.String("db", defaultDB(), "database file to open (default: $RAPI_DB, else rapi.ini beside rapi.exe, else the one chosen in the app)")
	flag.Parse()

	a := app.NewWithID("id.go.rapi.desktop")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	quitOnSignal(a)
	ui.Run(a, ui.Config{DBPath: *db, Version: version})
}

// defaultDB is RAPI_DB, else the path an office rollout wrote to rapi.ini
// beside the program (see cmd/rapi/installer.nsi).
func defaultDB() string {
	if p := os.Getenv("RAPI_DB"); p != "" {
		return p
	}
	return storage.InstalledDBPath()
}

// quitOnSignal closes the app cleanly (database closed, nothing half
// written) when the system asks it to stop.
func quitOnSignal(a fyne.App) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
}

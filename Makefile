# Rapi's build. `make run` starts the app, `make test` is what CI runs.
# Every target installs the Debian packages it needs first (see deps).

SHELL   := /bin/bash
TAGS    := migrated_fynedo,sqlite_fts5
GO      ?= go
# The version lives in FyneApp.toml only; everything else reads it here.
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILDNO := $(shell sed -n 's/^Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
LDFLAGS := -X main.version=$(VERSION)
OUT     := build
CONFIG_HOME ?= $(if $(XDG_CONFIG_HOME),$(XDG_CONFIG_HOME),$(HOME)/.config)
RAPI_DB ?= $(CONFIG_HOME)/rapi/rapi.db

DEB_BUILD := gcc pkg-config libgl1-mesa-dev xorg-dev
DEB_TEST  := xvfb libgl1-mesa-dri libreoffice-calc-nogui glabels xdotool x11-apps imagemagick poppler-utils zbar-tools sqlite3
DEB_WIN   := gcc-mingw-w64-x86-64
DEB_PACK  := nsis p7zip-full
SETUP     := $(OUT)/Rapi-Setup-$(VERSION).exe
PORTABLE  := $(OUT)/Rapi-$(VERSION)-portable.zip

.PHONY: run build test unit race lint window windows installer portable fuzz soak bench deps deps-test deps-win deps-pack clean

## run: build and start the desktop app (on $(RAPI_DB) unless RAPI_DB is set)
run: deps build
	@mkdir -p "$(dir $(RAPI_DB))"
	@echo "Opening $(RAPI_DB)"
	RAPI_DB="$(RAPI_DB)" ./$(OUT)/rapi

build:
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(OUT)/rapi ./cmd/rapi
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(OUT)/rapictl ./cmd/rapictl

## test: format, vet, unit and UI tests (storage, sheet and ui under -race), and the real window under Xvfb
test: deps deps-test lint unit race window

lint:
	@unformatted=$$(gofmt -l cmd ui model storage assets); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./...

# RACE are the packages with goroutines of their own: the shared-drive
# store and its workbook reader, and the screens (every ui package but
# the drawing ones, ui/paper and ui/qrcode, which start none). unit runs
# the rest without the race detector.
PLAIN := rapi/ui/paper rapi/ui/qrcode
RACE   = $$($(GO) list -tags $(TAGS) ./storage/... ./ui/... | grep -v -x $(addprefix -e ,$(PLAIN)))

unit:
	$(GO) test -tags $(TAGS) -count=1 $$($(GO) list -tags $(TAGS) ./... | grep -v -x -e 'rapi/storage.*' -e 'rapi/ui.*') $(PLAIN)

race:
	$(GO) test -race -timeout 30m -tags $(TAGS) -count=1 $(RACE)

window: build
	bash .ci/window-smoke.sh $(OUT)/rapi
	bash .ci/scan-smoke.sh $(OUT)/rapi $(OUT)/rapictl

## windows: cross-build rapi.exe (GUI, no console) and rapictl.exe with icon and version
windows: deps deps-win
	@mkdir -p $(OUT)
	$(MAKE) --no-print-directory winres DIR=cmd/rapi NAME=Rapi DESC="Rapi"
	$(MAKE) --no-print-directory winres DIR=cmd/rapictl NAME=rapictl DESC="Rapi command line"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	  $(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS) -H=windowsgui" -o $(OUT)/rapi.exe ./cmd/rapi
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	  $(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(OUT)/rapictl.exe ./cmd/rapictl
	rm -f cmd/rapi/*.syso cmd/rapictl/*.syso
	@for exe in rapi rapictl; do \
	  strings -el $(OUT)/$$exe.exe | grep -qx "$(VERSION).$(BUILDNO)" \
	    || { echo "$$exe.exe lacks its version resource"; exit 1; }; done
	@echo "built $(OUT)/rapi.exe and $(OUT)/rapictl.exe, version $(VERSION).$(BUILDNO)"

## installer: Windows setup (NSIS) from build/rapi.exe and build/rapictl.exe; run `make windows` first
installer: deps-pack
	@test -f $(OUT)/rapi.exe -a -f $(OUT)/rapictl.exe || { echo "run make windows first"; exit 1; }
	cd cmd/rapi && makensis -V2 -DVERSION=$(VERSION) -DBUILDNO=$(BUILDNO) \
	  -DSRC=$(abspath $(OUT)) -DOUTFILE=$(abspath $(SETUP)) installer.nsi
	@echo "built $(SETUP)"

## portable: a zip to run Rapi from any folder (or a USB stick) without installing
portable: deps-pack
	@test -f $(OUT)/rapi.exe -a -f $(OUT)/rapictl.exe || { echo "run make windows first"; exit 1; }
	rm -f $(PORTABLE)
	rm -rf $(OUT)/portable && mkdir -p $(OUT)/portable/Rapi
	cp $(OUT)/rapi.exe $(OUT)/rapictl.exe $(OUT)/portable/Rapi/
	cp LICENSE $(OUT)/portable/Rapi/LICENSE.txt
	printf '[rapi]\r\n; db=\\\\server\\arsip\\rapi\\rapi.db\r\n' > $(OUT)/portable/Rapi/rapi.ini
	cd $(OUT)/portable && 7z a -tzip -bd -bso0 ../$(notdir $(PORTABLE)) Rapi
	rm -rf $(OUT)/portable
	@echo "built $(PORTABLE)"

# winres writes the Windows resource (icon, version info) for one command.
winres:
	cd $(DIR) && echo '{}' > versioninfo.json && $(GO) tool goversioninfo -64 -o resource_windows_amd64.syso \
	  -icon ../../assets/icon.ico -product-name "$(NAME)" -description "$(DESC)" \
	  -company "Rapi" -copyright "MIT License" \
	  -product-version "$(VERSION).$(BUILDNO)" -file-version "$(VERSION).$(BUILDNO)" \
	  -ver-major $(word 1,$(subst ., ,$(VERSION))) -ver-minor $(word 2,$(subst ., ,$(VERSION))) \
	  -ver-patch $(word 3,$(subst ., ,$(VERSION))) -ver-build $(BUILDNO) \
	  -product-ver-major $(word 1,$(subst ., ,$(VERSION))) -product-ver-minor $(word 2,$(subst ., ,$(VERSION))) \
	  -product-ver-patch $(word 3,$(subst ., ,$(VERSION))) -product-ver-build $(BUILDNO) \
	  && rm -f versioninfo.json

## fuzz: every parser of outside input under `go test -fuzz`, FUZZTIME each (findings go to testdata/fuzz)
FUZZTIME    ?= 30s
FUZZWORKERS ?= 2
FUZZ_TARGETS := model/value:FuzzParseDate model/value:FuzzParseYearRange model/value:FuzzParseMoney \
  model/value:FuzzParseInt model/value:FuzzParseCondition model/value:FuzzParseRupiah \
  model/aset:FuzzParseKode model/aset:FuzzParseNomorPolisi model:FuzzParseCode model:FuzzParseLokasi model/arsip:FuzzKlasifikasiCode \
  model/label:FuzzParseGLabels model/label:FuzzParseLength storage:FuzzFTSQuery \
  storage/sheet:FuzzReadCSV storage/sheet:FuzzReadXLSX ui/qrcode:FuzzDecodePhoto ui/qrcode:FuzzQRRoundTrip \
  ui:FuzzBurstDetector model/value:FuzzParseClock model/rapat:FuzzParseRelatif
fuzz: deps
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; echo "fuzz $$pkg $$fn for $(FUZZTIME)"; \
	  $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) -parallel $(FUZZWORKERS) ./$$pkg \
	    || { echo "fuzz $$fn found a failure: see $$pkg/testdata/fuzz/$$fn"; exit 1; }; done

## soak: 10 writer processes x 1,000 changes, one SIGKILLed every 3 s; then every acknowledged change is checked
soak: deps
	RAPI_SOAK=full $(GO) test -tags $(TAGS) -count=1 -timeout 60m -run '^TestSoakKillsWriters$$' -v ./storage/

## bench: speed targets, measured on generated data
bench: deps deps-test
	bash .ci/bench.sh

# deps installs missing Debian packages (as root, or with sudo) and says so.
deps:
	@bash .ci/need.sh $(DEB_BUILD)
deps-test:
	@bash .ci/need.sh $(DEB_TEST)
deps-win:
	@bash .ci/need.sh $(DEB_WIN)
deps-pack:
	@bash .ci/need.sh $(DEB_PACK)

clean:
	rm -rf $(OUT) cmd/*/*.syso

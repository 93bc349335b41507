package storage

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
)

// IniName is the file the Windows installer writes beside rapi.exe when an
// office rollout gives the database path (Rapi-Setup.exe /DB=\\server\...).
const IniName = "rapi.ini"

// InstalledDBPath is the database path of the rapi.ini beside the running
// executable, or "" when there is none. --db and RAPI_DB come first; this
// only replaces asking each clerk to find the share on first start.
func InstalledDBPath() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	p, _ := ReadIniDB(filepath.Join(filepath.Dir(exe), IniName))
	return p
}

// ReadIniDB reads the "db" key of an ini file. The file may be UTF-8 (with
// or without a byte-order mark) or UTF-16LE with a mark, which is what NSIS
// and Notepad write, so a path with non-ASCII letters survives.
func ReadIniDB(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(strings.NewReader(decodeIniText(raw)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' || line[0] == '[' {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if ok && strings.EqualFold(strings.TrimSpace(key), "db") {
			return CleanPath(val), nil
		}
	}
	return "", sc.Err()
}

func decodeIniText(raw []byte) string {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		raw = raw[2:]
		u := make([]uint16, len(raw)/2)
		for i := range u {
			u[i] = uint16(raw[2*i]) | uint16(raw[2*i+1])<<8
		}
		return string(utf16.Decode(u))
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return string(raw[3:])
	}
	return string(raw)
}

package main

import (
	"fmt"
	"os"

	"rapi/model"
	"rapi/ui/qrcode"
)

func init() {
	register(command{"qr", "CODE --out FILE.png [--size PX]: write the label QR of a code (no database needed)", cmdQR})
}

func cmdQR(e *env, args []string) error {
	fs := e.flags("qr")
	out := fs.String("out", "", "PNG file to write")
	size := fs.Int("size", qrcode.DefaultSize, "image width and height in pixels")
	// The code may stand before or after the flags: "qr B-000001 --out x.png".
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
	if len(pos) != 1 || *out == "" {
		return fmt.Errorf("give one CODE and --out FILE.png: %w", errUsage)
	}
	code := model.NormalizeCode(pos[0])
	data, err := qrcode.PNG(code, *size)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: QR of %s, %d px\n", *out, code, *size)
	return nil
}

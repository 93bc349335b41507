package impor

import (
	"bytes"
	"context"
	"time"

	"rapi/storage"
	"rapi/ui/kit"
)

// ExportBookingList asks where to save a booking list, then writes every
// booking f picks to it.
func ExportBookingList(a kit.Shell, f storage.BookingFilter) {
	name := "peminjaman-" + time.Now().Format("20060102") + ".xlsx"
	askSavePath(a, name, func(path string) {
		writeWorkbook(a, path, func(s *storage.Store, b *bytes.Buffer) (int, error) {
			return s.ExportBookingList(context.Background(), b, f)
		})
	})
}

package main

import (
	"rapi/storage"
	"rapi/ui/printout"
)

// rapictl labels --kind aset|ruang: asset stickers and room door labels.
func init() {
	registerLabelKind("aset", func(e *env, s *storage.Store) ([]labelRecord, error) {
		return records(printout.AsetLabels(e.ctx, s))
	})
	registerLabelKind("ruang", func(e *env, s *storage.Store) ([]labelRecord, error) {
		return records(printout.RuangLabels(e.ctx, s))
	})
}

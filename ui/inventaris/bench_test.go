package inventaris

import (
	"os"
	"testing"
	"time"

	"rapi/model/aset"
	"rapi/storage/storagetest"
)

// BenchmarkInventarisListFilter is a clerk changing a filter on the list
// of 100,000 assets to its first page on screen (make bench builds the
// database with rapictl demo --aset 100000 and names it in RAPI_BENCH_DB).
func BenchmarkInventarisListFilter(b *testing.B) {
	db := os.Getenv(storagetest.BenchEnv)
	if db == "" {
		b.Skip("needs the make bench database (RAPI_BENCH_DB)")
	}
	a := newTestApp(b, db)
	l := newAsetList(a, func(int64) {})
	a.win.SetContent(l.content)
	var d []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		if i%2 == 0 {
			l.kondisi.SetSelected(aset.KondisiRB.Name())
		} else {
			l.onReset()
		}
		d = append(d, time.Since(t))
		if l.row(0) == nil {
			b.Fatal("no first page")
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}

package assets

import "embed"

// Seed holds the seed data Rapi puts into a new database, one CSV (or JSON) file per
// kind (for example "seed/klasifikasi.csv", the classification codes with
// their default retention).
//
//go:embed seed/*.csv seed/*.json
var Seed embed.FS

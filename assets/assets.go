// Package assets embeds what Rapi ships inside its binary: the icon and
// the translations. Seed data (classification codes, label templates,
// checklist templates) joins them here as features need it.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the application icon (PNG, 512 x 512).
//
//go:embed icon.png
var Icon []byte

// Translations holds one JSON file per feature and language, named
// "feature.lang.json" (for example "app.id.json"): flat objects from
// message key to text. Indonesian is the first language, English second.
//
//go:embed translations/*.json
var Translations embed.FS

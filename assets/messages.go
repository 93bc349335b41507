package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
)

// Messages merges every "feature.code.json" translation file of language
// code ("id" or "en") into one map from message key to text. A key defined
// in two files is an error: features must not step on each other's words.
func Messages(code string) (map[string]string, error) {
	files, err := fs.Glob(Translations, "translations/*."+code+".json")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no translations for language %q", code)
	}
	all := map[string]string{}
	for _, f := range files {
		b, err := fs.ReadFile(Translations, f)
		if err != nil {
			return nil, err
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for k, v := range m {
			if _, dup := all[k]; dup {
				return nil, fmt.Errorf("%s: key %q defined twice", f, k)
			}
			all[k] = v
		}
	}
	return all, nil
}

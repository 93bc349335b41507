package kit

import "rapi/model"

// PlacePath is a place with its full path, for pickers and filters.
type PlacePath struct {
	ID   int64
	Path string
}

// PlacePaths lists every place with its path, in tree order.
func PlacePaths(places []model.Place) []PlacePath {
	children := map[int64][]model.Place{}
	for _, p := range places {
		children[p.ParentID] = append(children[p.ParentID], p)
	}
	var out []PlacePath
	var walkTree func(parent int64, prefix string, depth int)
	walkTree = func(parent int64, prefix string, depth int) {
		if depth > 20 {
			return
		}
		for _, p := range children[parent] {
			path := p.Name
			if prefix != "" {
				path = prefix + " › " + p.Name
			}
			out = append(out, PlacePath{p.ID, path})
			walkTree(p.ID, path, depth+1)
		}
	}
	walkTree(0, "", 0)
	return out
}

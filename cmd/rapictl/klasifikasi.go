package main

import "rapi/storage"

// cmdImportKlasifikasi is "rapictl import klasifikasi FILE": a list of
// classification codes with their JRA (see importCodeList).
func cmdImportKlasifikasi(e *env, args []string) error {
	return importCodeList(e, "import klasifikasi", args, (*storage.Store).ImportKlasifikasi)
}

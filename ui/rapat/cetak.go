package rapat

import "fyne.io/fyne/v2/container"

// cetakTab is the meeting's papers; none until the papers (ui/printout,
// branch rapatpaper) are part of this build.
func cetakTab(*rapatView) *container.TabItem { return nil }

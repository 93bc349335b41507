package ui

import "time"

// timeNow is the clock the screens read; tests may set it.
var timeNow = time.Now

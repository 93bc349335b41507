package inventaris

import "time"

// timeNow is the clock; tests may set it.
var timeNow = time.Now

// Package booking is the lending of rooms, halls, official cars and
// drivers (peminjaman ruang dan kendaraan) in plain Go: the resources, a
// booking with its status, the overlap rule that must never let one
// resource go to two units at once, repeating series, priority
// displacement and a vehicle's trip. Storage runs the same rule inside
// the write transaction that saves a booking. Like package model it knows
// no SQL, no Fyne and no files.
package booking

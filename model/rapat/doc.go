// Package rapat is the meetings domain in plain Go: a meeting or event
// (rapat, acara) with its invitees, run-down (susunan acara), preparation
// checklist built from templates, attendance and minutes (notulen) with
// action items. Dates that depend on the meeting (a checklist item due
// "H-3", the run-down's clock times) are stored relative to it and worked
// out here, so moving a meeting moves every date that follows from it.
// Like package model it knows no SQL, no Fyne and no files.
package rapat

package cetak

import (
	"context"
	"rapi/ui/kit"
	"rapi/ui/paper"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The print queue: labels waiting to be printed, kept by the App.

// printQueue is kept by the App, so it survives leaving the Cetak screen
// and other screens can add to it.
type printQueue struct {
	items []PrintItem
}

func (a *Cetak) printQueue() *printQueue {
	if a.printQ == nil {
		a.printQ = &printQueue{}
	}
	return a.printQ
}

// QueueLabels adds labels to the print queue (skipping ones already in
// it) and shows the Cetak screen. Lists and scans call it.
func (a *Cetak) QueueLabels(items []PrintItem) {
	a.printQueue().add(items)
	if len(items) > 0 { // the label kind follows what was queued, not the last kind chosen
		a.prefs().SetLastSource(items[0].Kind)
	}
	if a.page != nil {
		if len(items) > 0 {
			a.page.selectSource(items[0].Kind)
		}
		a.page.queueChanged() // Cetak may be on screen already
	}
	a.ShowPage(PageKey)
}

func (q *printQueue) add(items []PrintItem) int {
	have := map[string]bool{}
	for _, it := range q.items {
		have[it.Kind+"\x00"+it.Code] = true
	}
	n := 0
	for _, it := range items {
		if k := it.Kind + "\x00" + it.Code; !have[k] {
			have[k] = true
			q.items = append(q.items, it)
			n++
		}
	}
	return n
}

func (p *printPage) queueCard() fyne.CanvasObject {
	addAll := widget.NewButton(lang.L("print.queue.add_all"), func() { p.onAdd(false) })
	addNew := widget.NewButton(lang.L("print.queue.add_unprinted"), func() { p.onAdd(true) })
	remove := widget.NewButton(lang.L("print.queue.remove"), p.onRemove)
	clear := widget.NewButton(lang.L("print.queue.clear"), p.onClear)
	return widget.NewCard(lang.L("print.queue"), "", container.NewVBox(p.source,
		addAll, addNew, remove, clear, p.count)) // stacked: side by side they widened Cetak past 1,280 px
}

func (p *printPage) updateCount() {
	p.count.SetText(kit.Ln("print.queue.count", map[string]any{"Count": len(p.queue.items)}))
}

func (p *printPage) currentSource() PrintSource {
	for i, s := range p.sources {
		if s.Title() == p.source.Selected {
			return p.sources[i]
		}
	}
	return nil
}

// onAdd puts every record of the chosen source in the queue, or only
// those whose label was never printed.
func (p *printPage) onAdd(unprinted bool) {
	src, s := p.currentSource(), p.app.Store()
	if src == nil || s == nil {
		return
	}
	p.app.Go(func() {
		items, err := src.Items(context.Background(), s)
		if err == nil && unprinted {
			var done map[string]time.Time
			if done, err = s.LastPrinted(context.Background(), src.Kind()); err == nil {
				kept := items[:0]
				for _, it := range items {
					if _, ok := done[it.Code]; !ok {
						kept = append(kept, it)
					}
				}
				items = kept
			}
		}
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
				return
			}
			p.queue.add(items)
			p.queueChanged()
		})
	})
}

func (p *printPage) onRemove() {
	if p.selected < 0 || p.selected >= len(p.queue.items) {
		return
	}
	p.queue.items = append(p.queue.items[:p.selected], p.queue.items[p.selected+1:]...)
	p.queueList.UnselectAll()
	p.selected = -1
	p.queueChanged()
}

// onClear empties the queue once the clerk confirms: it may hold
// thousands of labels gathered over a morning.
func (p *printPage) onClear() {
	if len(p.queue.items) == 0 {
		return
	}
	msg := kit.Ln("print.queue.clear_confirm", map[string]any{"Count": len(p.queue.items)})
	p.app.ShowDialog(dialog.NewCustomConfirm(lang.L("print.queue.clear_title"), lang.L("print.queue.clear"),
		lang.L("button.cancel"), widget.NewLabel(msg), func(ok bool) {
			if ok {
				p.queue.items = nil
				p.queueList.UnselectAll()
				p.queueChanged()
			}
		}, p.app.Window()))
}

// selectSource chooses the label kind kind, or the first one.
func (p *printPage) selectSource(kind string) {
	for i, s := range p.sources {
		if s.Kind() == kind {
			p.source.SetSelectedIndex(i)
			return
		}
	}
	if len(p.sources) > 0 {
		p.source.SetSelectedIndex(0)
	}
}

// rememberSource keeps the label kind chosen for the next visit; an
// empty queue's preview follows the kind.
func (p *printPage) rememberSource() {
	if src := p.currentSource(); src != nil {
		p.app.prefs().SetLastSource(src.Kind())
	}
	p.refreshPreview()
}

// blankLabel is an empty label: the layout of a sheet without content.
type blankLabel struct{}

func (blankLabel) Draw(paper.Canvas, float64, float64) error { return nil }

func (p *printPage) queueChanged() {
	p.queueList.Refresh()
	p.updateCount()
	p.refreshPreview()
}

// --- templates -------------------------------------------------------------

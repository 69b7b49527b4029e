package ui

import (
	"sync"
	"time"
)

// Study time: counted while a page of study (a lesson, interview practice)
// is visible and the learner has used it in the last minute, and saved a
// whole minute at a time, so that a page left open in another window, or
// a learner gone for coffee, adds nothing, and storage is written at most
// once a minute.
const (
	idleAfter  = time.Minute     // no input for this long: the learner is away
	tickEvery  = 5 * time.Second // how often the clock looks
	saveEvery  = time.Minute     // study time is saved in steps of this
	longestGap = 2 * tickEvery   // a longer gap between ticks (a sleeping device) counts as one tick
)

// studyClock adds up study time between ticks. Its times are read from
// the monotonic clock, which a change of the device's clock or time zone
// does not move.
type studyClock struct {
	mu      sync.Mutex
	pending time.Duration // counted, not saved yet
	last    time.Time     // the previous tick; zero before the first
	active  time.Time     // the learner's last input
}

// clock is the tab's study clock: what it has counted survives moving from
// one page of study to another.
var clock studyClock

// start begins counting at now, as if the learner had just acted: opening
// a page is using it.
func (c *studyClock) start(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.last, c.active = now, now
}

// touch notes the learner's input at now.
func (c *studyClock) touch(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.active = now
}

// tick counts the time since the previous tick when the page was visible
// and the learner active, and returns the whole minutes ready to save,
// which it no longer holds.
func (c *studyClock) tick(now time.Time, visible bool) time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	gap := now.Sub(c.last)
	if c.last.IsZero() || gap < 0 {
		gap = 0
	}
	c.last = now
	if gap > longestGap {
		gap = tickEvery
	}
	if visible && now.Sub(c.active) < idleAfter {
		c.pending += gap
	}
	ready := c.pending / saveEvery * saveEvery
	c.pending -= ready
	return ready
}

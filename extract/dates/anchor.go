package dates

import "time"

// anchorWeekdays places the bare weekdays of a text with no publication
// day ("صباح الاثنين") on the day with that weekday nearest to the day of
// the text that the text gives in full ("مساء الأحد 24 تموز 2022"), or else
// to the day named before the text (FindAfter's context): events told
// together are days apart, not weeks. hits are the hits of out.
func (s *scanner) anchorWeekdays(out []Match, hits []hit) {
	if s.hasPub {
		return
	}
	for i := range hits {
		h := hits[i]
		if h.weekday == 0 || h.known {
			continue
		}
		anchor, ok := s.fullDayNear(out, hits, i)
		if !ok {
			continue
		}
		day := nearestWeekday(anchor, h.weekday-1).AddDate(0, 0, h.shift)
		out[i].Day = day.Format(isoDay)
	}
}

// fullDayNear is the day of the hit given in full nearest to hit i, or the
// day named before the text.
func (s *scanner) fullDayNear(out []Match, hits []hit, i int) (time.Time, bool) {
	best, dist := -1, 0
	for j, h := range hits {
		if j == i || !h.known || h.rel || h.prec != "day" {
			continue
		}
		d := out[j].Start - out[i].Start
		if d < 0 {
			d = -d
		}
		if best < 0 || d < dist {
			best, dist = j, d
		}
	}
	if best >= 0 {
		return hits[best].day, true
	}
	return s.dayBefore, s.hasDayBefore
}

// nearestWeekday is the day with weekday wd at most three days from d.
func nearestWeekday(d time.Time, wd int) time.Time {
	diff := (wd - int(d.Weekday()) + 7) % 7 // 0..6 days on
	if diff > 3 {
		diff -= 7
	}
	return d.AddDate(0, 0, diff)
}

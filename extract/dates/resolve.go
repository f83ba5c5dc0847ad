package dates

import "time"

// anchor says how a day or month without a year is placed on the calendar.
type anchor uint8

const (
	onOrBefore   anchor = iota // the latest one on or before publication
	strictBefore               // الماضي: the latest one before publication
	sameYear                   // الجاري: in the year of publication
	after                      // المقبل: the first one after publication
	prevYear                   // من العام الماضي
	nextYear                   // من العام المقبل
	absolute                   // the text gives the year
	unknownYear                // "من ذلك العام" with no year named before
)

const isoDay = "2006-01-02"

// parsePublished reads the publication day; ok is false when it is empty or
// not an ISO day.
func parsePublished(published string) (time.Time, bool) {
	if published == "" {
		return time.Time{}, false
	}
	if len(published) > len(isoDay) {
		published = published[:len(isoDay)]
	}
	if y, m, d, ok := isoDigits(published); ok {
		if t, ok := validDay(y, m, d); ok {
			return t, true // what time.Parse gives, without its layout walk
		}
	}
	t, err := time.Parse(isoDay, published)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// isoDigits reads "YYYY-MM-DD" written with ASCII digits only.
func isoDigits(s string) (y, m, d int, ok bool) {
	if len(s) != len(isoDay) || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return 0, 0, 0, false
		}
		n = n*10 + int(c-'0')
		switch i {
		case 3:
			y, n = n, 0
		case 6:
			m, n = n, 0
		}
	}
	return y, m, n, true
}

// validDay returns the date y-m-d, ok false when that day does not exist.
func validDay(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && int(t.Month()) == m
}

// placeDay puts day d of month m in a year chosen by a (y is used only when
// a is absolute). ok is false when no such day exists near pub.
func placeDay(pub time.Time, y, m, d int, a anchor) (time.Time, bool) {
	switch a {
	case unknownYear:
		return time.Time{}, false
	case absolute:
		return validDay(y, m, d)
	case sameYear:
		return validDay(pub.Year(), m, d)
	case prevYear:
		return validDay(pub.Year()-1, m, d)
	case nextYear:
		return validDay(pub.Year()+1, m, d)
	case after:
		for y := pub.Year(); y <= pub.Year()+8; y++ {
			if t, ok := validDay(y, m, d); ok && t.After(pub) {
				return t, true
			}
		}
		return time.Time{}, false
	}
	for y := pub.Year(); y >= pub.Year()-8; y-- {
		t, ok := validDay(y, m, d)
		if !ok || t.After(pub) || (a == strictBefore && t.Equal(pub)) {
			continue
		}
		return t, true
	}
	return time.Time{}, false
}

// placeMonth returns the first day of month m in a year chosen by a.
func placeMonth(pub time.Time, y, m int, a anchor) (time.Time, bool) {
	if m < 1 || m > 12 || a == unknownYear {
		return time.Time{}, false
	}
	py, pm := pub.Year(), int(pub.Month())
	switch a {
	case absolute:
	case sameYear:
		y = py
	case prevYear:
		y = py - 1
	case nextYear:
		y = py + 1
	case after:
		y = py
		if m <= pm {
			y++
		}
	case strictBefore:
		y = py
		if m >= pm {
			y--
		}
	default:
		y = py
		if m > pm {
			y--
		}
	}
	return validDay(y, m, 1)
}

// monthStart returns the first day of the month delta months from pub's.
func monthStart(pub time.Time, delta int) time.Time {
	return time.Date(pub.Year(), pub.Month()+time.Month(delta), 1, 0, 0, 0, 0, time.UTC)
}

// lastWeekday returns the latest day with weekday wd on or before pub
// (strictly before when past is set).
func lastWeekday(pub time.Time, wd int, past bool) time.Time {
	diff := (int(pub.Weekday()) - wd + 7) % 7
	if past && diff == 0 {
		diff = 7
	}
	return pub.AddDate(0, 0, -diff)
}

// weekdayOfLastWeek returns the day with weekday wd in the week before
// pub's; weeks start on Sunday, as the working week does in Iraq, Syria and
// Jordan.
func weekdayOfLastWeek(pub time.Time, wd int) time.Time {
	start := pub.AddDate(0, 0, -int(pub.Weekday())-7)
	return start.AddDate(0, 0, wd)
}

// nextWeekday returns the first day with weekday wd after pub.
func nextWeekday(pub time.Time, wd int) time.Time {
	diff := (wd - int(pub.Weekday()) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return pub.AddDate(0, 0, diff)
}

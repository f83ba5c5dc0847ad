package gen

import (
	"fmt"
	"math/rand/v2"
	"time"
)

var weekdays = [7]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}

var monthsLevant = [12]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
	"تشرين الأول", "تشرين الثاني", "كانون الأول"}

var monthsWest = [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
	"أكتوبر", "نوفمبر", "ديسمبر"}

const isoDay = "2006-01-02"

// days returns the whole days from a to b.
func days(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// dateExpr words day d as a reporter would in an article published on pub
// (d not after pub). known reports whether a reader can recover the ISO day:
// relative forms need the publication day (hasPub).
func dateExpr(r *rand.Rand, d, pub time.Time, hasPub bool) (text string, known bool) {
	delta := days(d, pub)
	var rel []string
	switch {
	case delta == 0:
		rel = []string{"اليوم", "صباح اليوم", "فجر اليوم", "اليوم " + weekdays[d.Weekday()]}
	case delta == 1:
		rel = []string{"أمس", "مساء أمس", "فجر أمس", "أمس " + weekdays[d.Weekday()], "فجر " + weekdays[d.Weekday()]}
	case delta < 7:
		w := weekdays[d.Weekday()]
		past := w + " الماضي"
		if d.Weekday() == time.Friday {
			past = w + " الماضية"
		}
		rel = []string{"يوم " + w, "فجر " + w, "مساء " + w, past}
	}
	if delta >= 2 && d.Month() == pub.Month() && d.Year() == pub.Year() {
		rel = append(rel, fmt.Sprintf("في %s من الشهر الجاري", num(r, d.Day())))
	}
	if prev := pub.AddDate(0, 0, -pub.Day()); d.Month() == prev.Month() && d.Year() == prev.Year() {
		rel = append(rel, fmt.Sprintf("في %s من الشهر الماضي", num(r, d.Day())))
	}
	if len(rel) > 0 && r.IntN(3) > 0 {
		return rel[r.IntN(len(rel))], hasPub
	}
	return explicitDate(r, d, pub, hasPub)
}

// explicitDate is "في 3 آذار/مارس" with the year when it differs from the
// publication year (or at random).
func explicitDate(r *rand.Rand, d, pub time.Time, hasPub bool) (string, bool) {
	m := d.Month() - 1
	var month string
	switch r.IntN(3) {
	case 0:
		month = monthsLevant[m] + "/" + monthsWest[m]
	case 1:
		month = monthsLevant[m]
	default:
		month = monthsWest[m]
	}
	s := fmt.Sprintf("%s %s", num(r, d.Day()), month)
	withYear := !hasPub || d.Year() != pub.Year() || r.IntN(4) == 0
	if withYear {
		s += " " + num(r, d.Year())
	}
	return "في " + s, hasPub || withYear
}

// num writes n in Western digits, sometimes in Arabic-Indic ones.
func num(r *rand.Rand, n int) string {
	s := fmt.Sprint(n)
	if r.IntN(6) != 0 {
		return s
	}
	out := []rune(s)
	for i, c := range out {
		out[i] = '٠' + (c - '0')
	}
	return string(out)
}

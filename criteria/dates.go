package criteria

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates in note text, resolved against the note's date: what ReadContext
// anchors a finding to.

var (
	dateMDY  = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b`)
	dateISO  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dateMY   = regexp.MustCompile(`\b(\d{1,2})/(\d{4})\b`)
	dateMD   = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})\b`)
	dateMonY = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(\d{4})\b`)
	dateMon  = regexp.MustCompile(`(?i)\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b`)
	dateYear = regexp.MustCompile(`(?:\b(?:in|since|from|during)|\()\s*((?:19|20)\d{2})\b`)
	// dateYearOf: a year standing before what happened in it ("her 2022
	// heart attack", "the 2019 CABG"), after a possessive or an article, so
	// that a dose ("2000 mg") is never a year.
	dateYearOf = regexp.MustCompile(`(?i)\b(?:her|his|their|the|a|an|prior|previous|remote)\s+((?:19|20)\d{2})\s+([a-z]+)`)
	// yearAfter: a year right after a finding, ending its phrase.
	yearAfter = regexp.MustCompile(`^\s+((?:19|20)\d{2})(?:\s*[,;.(]|\s*$)`)
	// notAfterYear are words after a number that make it a quantity.
	notAfterYear = map[string]bool{"calorie": true, "calories": true, "kcal": true, "cal": true, "mg": true, "mcg": true, "ml": true,
		"units": true, "unit": true, "iu": true, "steps": true, "feet": true, "ft": true, "meters": true, "m": true, "cc": true, "ms": true}
	dateAgo   = regexp.MustCompile(`(?i)\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b`)
	dateLast  = regexp.MustCompile(`(?i)\b(yesterday|today|last\s+(?:week|month|year))\b`)
	monthName = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
	numWord   = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
)

// dated is a date expression found in text.
type dated struct {
	at, end int
	t       time.Time
	last    time.Time // the last day the expression may mean
}

// Dates finds the date expressions in text and resolves them against the
// note's date: full dates, month/year, a month alone (the last one on or
// before the note), a year, "six weeks ago", "last month".
func Dates(text string, noteDate time.Time) []dated {
	var out []dated
	taken := func(s, e int) bool {
		for _, d := range out {
			if s < d.end && e > d.at {
				return true
			}
		}
		return false
	}
	add := func(s, e int, t time.Time) {
		if !t.IsZero() && !taken(s, e) {
			out = append(out, dated{s, e, t, t})
		}
	}
	month := func(s, e int, t time.Time) {
		if !t.IsZero() && !taken(s, e) {
			out = append(out, dated{s, e, t, t.AddDate(0, 1, -1)})
		}
	}
	for _, m := range dateISO.FindAllStringSubmatchIndex(text, -1) {
		y, mo, d := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])
		add(m[0], m[1], mkDate(y, mo, d))
	}
	for _, m := range dateMDY.FindAllStringSubmatchIndex(text, -1) {
		mo, d, y := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])
		if y < 100 {
			y += 2000
		}
		add(m[0], m[1], mkDate(y, mo, d))
	}
	for _, m := range dateMY.FindAllStringSubmatchIndex(text, -1) {
		mo, y := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]])
		month(m[0], m[1], mkDate(y, mo, 1))
	}
	for _, m := range dateMonY.FindAllStringSubmatchIndex(text, -1) {
		mo := monthName[strings.ToLower(text[m[2]:m[3]])[:3]]
		month(m[0], m[1], mkDate(atoi(text[m[4]:m[5]]), int(mo), 1))
	}
	if !noteDate.IsZero() {
		for _, m := range dateMD.FindAllStringSubmatchIndex(text, -1) {
			mo, d := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]])
			t := mkDate(noteDate.Year(), mo, d)
			if t.After(noteDate.AddDate(0, 0, 1)) {
				t = mkDate(noteDate.Year()-1, mo, d)
			}
			add(m[0], m[1], t)
		}
		for _, m := range dateMon.FindAllStringSubmatchIndex(text, -1) {
			mo := monthName[strings.ToLower(text[m[2]:m[3]])[:3]]
			t := mkDate(noteDate.Year(), int(mo), 1)
			if t.After(noteDate) {
				t = t.AddDate(-1, 0, 0)
			}
			month(m[0], m[1], t)
		}
		for _, m := range dateAgo.FindAllStringSubmatchIndex(text, -1) {
			n, ok := numWord[strings.ToLower(text[m[2]:m[3]])]
			if !ok {
				n = atoi(text[m[2]:m[3]])
			}
			var t time.Time
			switch strings.ToLower(text[m[4]:m[5]]) {
			case "day":
				t = noteDate.AddDate(0, 0, -n)
			case "week":
				t = noteDate.AddDate(0, 0, -7*n)
			case "month":
				t = noteDate.AddDate(0, -n, 0)
			case "year":
				t = noteDate.AddDate(-n, 0, 0)
			}
			add(m[0], m[1], t)
		}
		for _, m := range dateLast.FindAllStringSubmatchIndex(text, -1) {
			var t time.Time
			switch w := strings.Join(strings.Fields(strings.ToLower(text[m[2]:m[3]])), " "); w {
			case "yesterday":
				t = noteDate.AddDate(0, 0, -1)
			case "today":
				t = noteDate
			case "last week":
				t = noteDate.AddDate(0, 0, -7)
			case "last month":
				t = noteDate.AddDate(0, -1, 0)
			case "last year":
				t = noteDate.AddDate(-1, 0, 0)
			}
			add(m[0], m[1], t)
		}
	}
	years := dateYear.FindAllStringSubmatchIndex(text, -1)
	for _, m := range dateYearOf.FindAllStringSubmatchIndex(text, -1) {
		if !notAfterYear[strings.ToLower(text[m[4]:m[5]])] {
			years = append(years, m)
		}
	}
	for _, m := range years {
		y := atoi(text[m[2]:m[3]])
		if t := mkDate(y, 7, 1); !t.IsZero() && !taken(m[2], m[3]) {
			out = append(out, dated{m[2], m[3], t, mkDate(y, 12, 31)})
		}
	}
	return out
}

// anchor returns the date nearest the finding within its clause (or, if
// the clause names none, its sentence).
func anchor(text string, cs, ce, start, end int, noteDate time.Time) dated {
	var best dated
	bestDist := 1 << 30
	for _, d := range Dates(text[cs:ce], noteDate) {
		at, de := cs+d.at, cs+d.end
		dist := start - de
		if at >= end {
			dist = at - end
		}
		if at < end && de > start {
			dist = 0
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func mkDate(y, m, d int) time.Time {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}
	}
	return t
}

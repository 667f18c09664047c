package scan

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Reading a field's value: names, dates, member ids, plans and NPIs, with
// OCR's usual misreads undone where the value's own rules allow.

var (
	credentials = regexp.MustCompile(`(?i)(?:^|[\s,])(?:dr\.?|m\.?d\.?|d\.?o\.?|np|pa-c|pa|aprn|fnp|rn|md,?\s*phd|phd|facc|fccp)(?:[\s,.]|$)`)
	nonName     = regexp.MustCompile(`[^\p{L}\s,'\-.]`)
)

// personName reads a name as "Given Family": "DOE, JANE Q" and "Dr. Jane
// Doe, MD" both give "Jane Doe"; a lone middle initial is dropped.
func personName(raw string) string {
	s := nonName.ReplaceAllString(raw, " ")
	for {
		t := credentials.ReplaceAllString(" "+s+" ", " ")
		if t == " "+s+" " {
			break
		}
		s = strings.TrimSpace(t)
	}
	s = strings.Trim(strings.TrimSpace(s), ",.-' ")
	var words []string
	if i := strings.IndexByte(s, ','); i > 0 {
		family, given := strings.Fields(s[:i]), strings.Fields(strings.ReplaceAll(s[i+1:], ",", " "))
		words = append(given, family...)
	} else {
		words = strings.Fields(strings.ReplaceAll(s, ",", " "))
	}
	var out []string
	for _, w := range words {
		w = strings.Trim(w, ".'-")
		if len([]rune(w)) <= 1 {
			continue // a middle initial, or a stray mark
		}
		out = append(out, nameCase(w))
	}
	if len(out) > 4 {
		out = out[:4] // a name does not run on; the rest is another field
	}
	return strings.Join(out, " ")
}

// nameCase title-cases a word written in capitals and keeps a mixed-case
// one as written ("McAllister").
func nameCase(w string) string {
	// A name never starts with a small letter: "lvan" is OCR's "Ivan".
	if r := []rune(w); len(r) > 1 && r[0] == 'l' && unicode.IsLower(r[1]) {
		return "I" + string(r[1:])
	}
	if strings.ToUpper(w) != w {
		return w
	}
	r := []rune(strings.ToLower(w))
	for i := range r {
		if i == 0 || r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// digitLike fixes the letters OCR reads for digits, in a token that is
// meant to be a number.
var digitLike = strings.NewReplacer(")", "1", "]", "1", "O", "0", "o", "0", "D", "0", "Q", "0", "I", "1", "l", "1", "|", "1", "i", "1", "!", "1", "S", "5", "s", "5", "B", "8", "Z", "2", "z", "2", "G", "6", "b", "6", "g", "9", "q", "9", "T", "7")

var (
	numericDate = regexp.MustCompile(`\b([0-9OolISB|]{1,2})\s?[/\-.]\s?([0-9OolISB|]{1,2})\s?[/\-.]\s?([0-9OolISB|]{4})\b`)
	isoDate     = regexp.MustCompile(`\b([0-9OolISB|]{4})\s?-\s?([0-9OolISB|]{2})\s?-\s?([0-9OolISB|]{2})\b`)
	wordDate    = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+([0-9OolIS]{1,2}),?\s+([0-9OolISB]{4})\b`)
)

// parseDate reads the first date in s (MM/DD/YYYY, YYYY-MM-DD, "March 4,
// 1952") as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	type cand struct {
		at      int
		y, m, d string
	}
	var cs []cand
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		cs = append(cs, cand{m[0], s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]})
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		cs = append(cs, cand{m[0], s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]})
	}
	if m := wordDate.FindStringSubmatchIndex(s); m != nil {
		t, err := time.Parse("Jan", strings.ToUpper(s[m[2]:m[2]+1])+strings.ToLower(s[m[2]+1:m[3]]))
		if err == nil {
			cs = append(cs, cand{m[0], s[m[6]:m[7]], fmt.Sprint(int(t.Month())), s[m[4]:m[5]]})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int { return a.at - b.at })
	for _, c := range cs {
		y, m, d := digitLike.Replace(c.y), digitLike.Replace(c.m), digitLike.Replace(c.d)
		t, err := time.Parse("2006-1-2", y+"-"+strings.TrimLeft(m, "0")+"-"+strings.TrimLeft(d, "0"))
		if err != nil || t.Year() < 1890 || t.Year() > 2100 {
			continue
		}
		return t.Format(time.DateOnly), true
	}
	return "", false
}

// mbiNumeric and mbiAlpha are the positions of a Medicare Beneficiary
// Identifier that are always a digit, or always a letter (never S, L, O,
// I, B or Z); the others are either.
var (
	mbiNumeric = []int{0, 3, 6, 9, 10}
	mbiAlpha   = []int{1, 4, 7, 8}
	mbiShape   = regexp.MustCompile(`^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$`)
	idToken    = regexp.MustCompile(`[A-Za-z0-9\-]+`)
)

// letterLike fixes the digits OCR reads for letters, in an MBI's letter
// positions.
var letterLike = map[byte]byte{'0': 'D', '1': 'T', '2': 'Z', '4': 'A', '5': 'S', '6': 'G', '8': 'B'}

// memberID reads an id; an 11-character id in a Medicare Beneficiary
// Identifier's shape has OCR's letter–digit mix-ups undone by position.
func memberID(raw string) (string, string) {
	toks := idToken.FindAllString(raw, -1)
	if len(toks) == 0 {
		return "", ""
	}
	// OCR splits an id ("1 ER5WA6YX40"): join short tokens that follow.
	id := toks[0]
	for _, t := range toks[1:] {
		if len(id) >= 11 || len(t) > 11-len(id) {
			break
		}
		id += t
	}
	id = strings.ToUpper(id)
	if len(id) == 11 {
		b := []byte(id)
		for _, i := range mbiNumeric {
			b[i] = digitLike.Replace(string(b[i]))[0]
		}
		for _, i := range mbiAlpha {
			if l, ok := letterLike[b[i]]; ok {
				b[i] = l
			}
		}
		for _, i := range []int{2, 5} {
			if c := b[i]; strings.IndexByte("SLOIBZ", c) >= 0 {
				b[i] = digitLike.Replace(string(c))[0]
			}
		}
		if mbiShape.Match(b) {
			return string(b), ""
		}
		if b[0] >= '1' && b[0] <= '9' {
			return id, "not the shape of a Medicare Beneficiary Identifier: check every character"
		}
	}
	if len(id) < 5 {
		return id, "too short for a member id"
	}
	return id, ""
}

var planTail = regexp.MustCompile(`(?i)\s*(?:um\s*department|prior\s*authorization\s*(?:department|dept\.?)?|precertification)\s*$`)

// planName is a plan's name without the department a letter is addressed
// to ("Medicare Utilization Management", however OCR spells it).
func planName(raw string) string {
	s := strings.Trim(raw, " |_.,:;")
	s = planTail.ReplaceAllString(s, "")
	w := strings.Fields(s)
	if n := len(w); n >= 3 && near(w[n-1], "management", 3) && near(w[n-2], "utilization", 3) {
		w = w[:n-2]
	}
	return strings.Join(w, " ")
}

// near reports whether a word is within d edits of want (case-insensitive):
// OCR's "Uulization" is "Utilization".
func near(word, want string, d int) bool {
	a, b := []rune(strings.ToLower(word)), []rune(want)
	if abs(len(a)-len(b)) > d {
		return false
	}
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)] <= d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var npiDigits = regexp.MustCompile(`[0-9OolISB|]{1,10}(?:\s?[0-9OolISB|]{1,10})*`)

// npi reads a 10-digit NPI and checks its check digit.
func npi(raw string) (string, string) {
	m := npiDigits.FindAllString(raw, -1)
	for _, c := range m {
		d := strings.ReplaceAll(digitLike.Replace(c), " ", "")
		if len(d) != 10 {
			continue
		}
		if !NPIValid(d) {
			return d, "the NPI's check digit does not match (a digit misread?)"
		}
		return d, ""
	}
	if len(m) > 0 {
		return strings.ReplaceAll(digitLike.Replace(m[0]), " ", ""), "an NPI has 10 digits"
	}
	return "", ""
}

// NPIValid checks an NPI's Luhn check digit (over "80840" and the first
// nine digits, as CMS defines it).
func NPIValid(n string) bool {
	if len(n) != 10 {
		return false
	}
	s := "80840" + n[:9]
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if v < 0 || v > 9 {
			return false
		}
		if (len(s)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return int(n[9]-'0') == (10-sum%10)%10
}

package criteria

import (
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Result is one criterion's finding.
type Result struct {
	ID        string
	Text      string
	Status    umassist.CriterionStatus
	Evidence  []string
	Passages  []string
	Finding   string
	Required  bool
	Exclusion bool
	Question  string
	Missing   string
	// Quotes are the exact passages of notes the finding rests on, with
	// their offsets, so a reviewer can see them highlighted.
	Quotes []Quote
}

// Quote is one place in a note a finding rests on: Text is exactly the
// note's text[Start:End] (byte offsets into the text read_note returns).
type Quote struct {
	Ref        string
	Start, End int
	Text       string
	Assertion  Assertion
	Date       time.Time
	// When is the date the sentence gives its finding (a visit "booked for
	// 06/15"), zero when it names none.
	When time.Time
	// Retold: the sentence points to another clinician's note for it.
	Retold bool
}

type hintResult struct {
	status  umassist.CriterionStatus
	refs    []string
	finding string
	quotes  []Quote
	// supporting refs back a met criterion without meeting a hint on
	// their own (a stopped anticoagulant behind "unable to take long-term
	// anticoagulation").
	supporting bool
	// unreadable names the measure whose newest test gave no readable
	// result (an ankle-brachial index of vessels that do not compress):
	// a mention resting on that test documents no more than it does.
	unreadable string
	// unsettled is set on a not_documented result when the record raises
	// an exclusion and does not settle it (an otitis recorded, treated,
	// never re-examined): asked about, not taken as absent.
	unsettled bool
	// doubt is a clinician's statement that the finding is not
	// established ("cannot tell whether this is true severe AS"), the
	// newest such, on a phrase hint's result that is not met.
	doubt *Quote
	// doubted is set when such a statement left a finding a code or a
	// value would meet not documented: the question asks what has
	// established it since.
	doubted *Quote
}

// anyOf: met if any hint is met, else not_met if any is, else not_documented.
func anyOf(hs []hintResult) hintResult {
	out := hintResult{status: umassist.CriterionNotDocumented}
	for _, s := range []umassist.CriterionStatus{umassist.CriterionMet, umassist.CriterionNotMet} {
		var refs, findings []string
		for _, h := range hs {
			if h.status == s {
				refs = appendNew(refs, h.refs...)
				findings = appendNew(findings, h.finding)
			}
		}
		if len(findings) > 0 {
			var quotes []Quote
			for _, h := range hs {
				if h.status == s {
					quotes = append(quotes, h.quotes...)
				}
			}
			return hintResult{status: s, refs: refs, finding: strings.Join(findings, "; "), quotes: quotes}
		}
	}
	var unsettled []string
	for _, h := range hs {
		if h.finding != "" {
			out.finding = h.finding
			out.refs = appendNew(out.refs, h.refs...)
			out.quotes = append(out.quotes, h.quotes...)
		}
		if h.unsettled {
			out.unsettled = true
			unsettled = appendNew(unsettled, h.finding)
		}
	}
	if len(unsettled) > 0 {
		// What leaves it unsettled is what the reviewer is asked about.
		out.finding = strings.Join(unsettled, "; ")
	}
	return out
}

// AppendNew appends the strings s lacks, skipping empty ones.
func AppendNew(s []string, xs ...string) []string { return appendNew(s, xs...) }

func appendNew(s []string, xs ...string) []string {
	for _, x := range xs {
		if x != "" && !contains(s, x) {
			s = append(s, x)
		}
	}
	return s
}

func windowStart(asOf umassist.Date, days int) time.Time {
	if days <= 0 || asOf.IsZero() {
		return time.Time{}
	}
	return asOf.AddDate(0, 0, -days)
}

func visible(t time.Time, asOf umassist.Date) bool {
	return asOf.IsZero() || t.IsZero() || !t.After(asOf.EndOfDay())
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(umassist.DateLayout)
}

// FormatNumber writes a number as short as it is: 30, 0.3, 27.5.
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Compare applies a pack comparator.
func Compare(v float64, cmp string, th, high *float64) bool {
	if th == nil {
		return true
	}
	t := *th
	switch cmp {
	case "<":
		return v < t
	case "<=", "≤":
		return v <= t+1e-9
	case ">":
		return v > t
	case ">=", "≥":
		return v >= t-1e-9
	case "==", "=":
		return v > t-1e-9 && v < t+1e-9
	case "!=":
		return v < t-1e-9 || v > t+1e-9
	case "between":
		if high == nil {
			return v >= t-1e-9
		}
		return v >= t-1e-9 && v <= *high+1e-9
	}
	return false
}

func label(it *Item) string {
	if it.Display != "" {
		return it.Display
	}
	return it.Kind
}

func normCode(s string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), ".", ""))
}

func codeMatch(have, want []string, prefix bool) bool {
	for _, h := range have {
		if i := strings.LastIndex(h, "|"); i >= 0 {
			h = h[i+1:]
		}
		for _, w := range want {
			if lo, hi, ok := strings.Cut(w, "-"); ok && prefix {
				// A range of categories, as policies list them
				// ("C00-C96"): the code's leading characters fall in it.
				c := normCode(h)
				lo, hi = normCode(lo), normCode(hi)
				if len(c) >= len(lo) && c[:len(lo)] >= lo && c[:min(len(c), len(hi))] <= hi {
					return true
				}
				continue
			}
			if normCode(h) == normCode(w) || (prefix && strings.HasPrefix(normCode(h), normCode(w))) {
				return true
			}
		}
	}
	return false
}

// notesAbout finds the notes written when a condition was diagnosed (the
// week after its onset) that name it: the urgent-care note behind an
// otitis, the discharge summary behind an infarction.
func notesAbout(ev *Evidence, cond *Item, onset time.Time, asOf umassist.Date) []string {
	if onset.IsZero() {
		return nil
	}
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(cond.Display), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) >= 5 && !genericWords[w] {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return nil
	}
	var out []string
	for _, n := range ev.Notes() {
		if !n.FullText || n.Date.Before(onset.AddDate(0, 0, -1)) || n.Date.After(onset.AddDate(0, 0, 7)) || !visible(n.Date, asOf) {
			continue
		}
		low := strings.ToLower(n.Text)
		hits := 0
		for _, w := range words {
			if strings.Contains(low, w) {
				hits++
			}
		}
		if hits >= 2 {
			out = append(out, n.Ref)
		}
	}
	return out
}

var genericWords = map[string]bool{"without": true, "unspecified": true, "other": true, "right": true, "chronic": true,
	"disorder": true, "disease": true, "mellitus": true, "primary": true, "secondary": true, "episode": true, "spontaneous": true,
	"including": true, "complete": true, "single": true, "multiple": true, "material": true, "materials": true, "followed": true,
	"further": true, "sequences": true, "performed": true, "procedure": true, "imaging": true, "study": true, "report": true}

// CodeMatch reports whether any code matches a wanted code or prefix
// (dots ignored), as condition hints match.
func CodeMatch(have, want []string) bool { return codeMatch(have, want, true) }

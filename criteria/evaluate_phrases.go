package criteria

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// evalPhrases reads note phrases in context.
func evalPhrases(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var met, contrary, pending, unqualified, other, unconfirmed *hintResult
	note := func(r **hintResult, st umassist.CriterionStatus, it *Item, q Quote, finding string) {
		if *r == nil {
			*r = &hintResult{status: st, finding: finding}
		}
		(*r).refs = appendNew((*r).refs, it.Ref)
		(*r).quotes = append((*r).quotes, q)
	}
	for _, it := range ev.Notes() {
		if it.Text == "" || !visible(it.Date, asOf) || (!from.IsZero() && !it.Date.IsZero() && it.Date.Before(from)) {
			continue
		}
		if !authoredBy(it, h.Authors) {
			continue
		}
		// Who wrote it is part of what the policy asks: the decision visit
		// of the physician who will implant is not the independent one; a
		// supplier's form is no clinical evaluation. Done that way, the
		// step is documented as not qualifying (refer), unless it is also
		// pending the way that would qualify (ask).
		byOther := len(h.NotBy) > 0 && authoredBy(it, h.NotBy)
		for _, p := range h.Phrases {
			if !hasWords(it.lowerText(), p) {
				continue
			}
			// A requirement a note names is not met by it when the chart
			// records that very condition as refuted (a letter's "type 2
			// diabetes" after endocrinology struck it from the problem
			// list): the structured verification outweighs the mention.
			struck := refutedCondition(ev, p, asOf)
			if struck != nil && !h.requirement && !deniedSince(ev, p, it.Date, asOf) {
				// An exclusion needs both: the record strikes the
				// condition and a note of that day or later denies it (a
				// discharge summary's diagnosis list copied from the
				// admission's problem list, "NSTEMI ruled out" in its
				// course, the NSTEMI refuted on the problem list). The
				// notes are read again only when the record strikes it.
				struck = nil
			}
			for _, hit := range FindPhrase(it.Text, p) {
				ctx := ReadContext(it.Text, hit.Offset, hit.End, it.Date)
				if h.Advice && ctx.Assertion == Hypothetical && !ctx.Required {
					// "Elective surgery should be deferred until 2027",
					// under a "Recommendation:" heading: the advice is given
					// when it is written, whatever the tense of what it
					// advises.
					ctx.Assertion, ctx.When, ctx.WhenLast = Affirmed, time.Time{}, time.Time{}
				}
				q := Quote{Ref: it.Ref, Start: ctx.Start, End: ctx.End, Text: ctx.Sentence, Assertion: ctx.Assertion, Date: it.Date, When: ctx.When, Retold: ctx.Retold}
				where := fmt.Sprintf("%s %s: %q", label(it), day(it.Date), clipQuote(q.Text))
				if !from.IsZero() {
					when := ctx.WhenLast
					if when.IsZero() && ctx.Historical {
						// Told as past with no date: not a recent event.
						note(&other, umassist.CriterionNotDocumented, it, q, "mentioned only as history: "+where)
						continue
					}
					if when.IsZero() {
						when = it.Date
					}
					if when.Before(from) {
						note(&other, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("dated %s, outside the %d-day window: %s", describeWhen(ctx, when), h.LookbackDays, where))
						continue
					}
				}
				if h.Planned {
					if ctx.Assertion == Hypothetical && !ctx.Required && !undecided.MatchString(ctx.Sentence) {
						note(&met, umassist.CriterionMet, it, q, fmt.Sprintf("%s, not yet done: %s", describeAssertion(ctx), where))
					}
					continue
				}
				if byOther && ctx.Assertion == Affirmed && !creditsOther.MatchString(ctx.Sentence) {
					note(&unqualified, umassist.CriterionNotMet, it, q, fmt.Sprintf("documented by %s, which does not qualify: %s", whoWrote(it), where))
					continue
				}
				if ctx.Assertion == Affirmed && struck != nil {
					note(&contrary, umassist.CriterionNotMet, it, q, fmt.Sprintf("%s; but the record lists %s as %s", where, struck.Display, strings.ToLower(struck.Verification)))
					contrary.refs = appendNew(contrary.refs, struck.Ref)
					continue
				}
				switch ctx.Assertion {
				case Affirmed:
					note(&met, umassist.CriterionMet, it, q, where)
				case Negated:
					note(&contrary, umassist.CriterionNotMet, it, q, where)
				case Hypothetical:
					note(&pending, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("only %s, not documented as done: %s", describeAssertion(ctx), where))
				default:
					note(&other, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("only %s: %s", describeAssertion(ctx), where))
					if ctx.Unconfirmed {
						note(&unconfirmed, umassist.CriterionNotDocumented, it, q, where)
					}
				}
			}
		}
		// A phrase that denies the hint as a whole ("asymptomatic"),
		// affirmed, speaks against it as a denied phrase does.
		for _, p := range h.RefutedBy {
			if !hasWords(it.lowerText(), p) {
				continue
			}
			for _, hit := range FindPhrase(it.Text, p) {
				ctx := ReadContext(it.Text, hit.Offset, hit.End, it.Date)
				if ctx.Assertion != Affirmed || (!from.IsZero() && ctx.Historical) {
					continue
				}
				q := Quote{Ref: it.Ref, Start: ctx.Start, End: ctx.End, Text: ctx.Sentence, Assertion: Negated, Date: it.Date}
				note(&contrary, umassist.CriterionNotMet, it, q, fmt.Sprintf("%s %s: %q", label(it), day(it.Date), clipQuote(q.Text)))
			}
		}
	}
	// Why a drug was stopped is clinical text too ("stopped after a GI
	// bleed"): the prescription is the source. (A prescription has no
	// author a hint could name.)
	for _, it := range ev.Sorted(KindMedication) {
		if it.Reason == "" || !visible(it.Date, asOf) || len(h.Authors) > 0 {
			continue
		}
		for _, p := range h.Phrases {
			for _, hit := range FindPhrase(it.Reason, p) {
				ctx := ReadContext(it.Reason, hit.Offset, hit.End, it.Date)
				if ctx.Counts() {
					// Not a note: nothing to quote at offsets.
					note(&met, umassist.CriterionMet, it, Quote{}, fmt.Sprintf("%s stopped: %q", it.Display, it.Reason))
				}
			}
		}
	}
	if met != nil && h.requirement && !h.Planned && onlyRetold(met.quotes) {
		// Every note that meets it points to another clinician's note for
		// it ("see her note"), and none of that clinician's notes says it:
		// another's word, retold.
		return hintResult{status: umassist.CriterionNotDocumented, refs: met.refs, quotes: met.quotes,
			finding: "only retold from another clinician's note, which the record does not show saying it: " + met.finding}
	}
	if met != nil && h.requirement && !h.Planned {
		if r, ok := newestWord(*met, contrary, unconfirmed); ok {
			return r
		}
	}
	if met != nil && h.SinceDays > 0 {
		if short, ok := tooShort(*met, h.SinceDays, asOf); ok {
			return short
		}
	}
	out := pickPhrases(h, met, contrary, pending, unqualified, other)
	if unconfirmed != nil && h.requirement && !h.Planned && out.status != umassist.CriterionMet {
		// A clinician's word that the finding is not established travels
		// with the result: beside a code or a value that would meet the
		// criterion, it is the newer reading of them (alternatives).
		if n := newestQuote(unconfirmed.quotes); n >= 0 {
			q := unconfirmed.quotes[n]
			out.doubt = &q
		}
	}
	return out
}

// pickPhrases chooses what a phrase hint's mentions, sorted by how they
// were said, document.
func pickPhrases(h Hint, met, contrary, pending, unqualified, other *hintResult) hintResult {
	switch {
	case met != nil:
		return *met
	case contrary != nil && pending != nil && h.requirement && newerDay(*contrary, *pending):
		// "No prior supervised program" in November, "in month 5 of 6 of
		// the supervised program" in April: the newest word is a course
		// under way, whose outcome is asked for.
		r := *pending
		r.refs = appendNew(r.refs, contrary.refs...)
		r.quotes = append(r.quotes, contrary.quotes...)
		return r
	case contrary != nil:
		return *contrary
	case pending != nil && unqualified != nil && newerDay(*pending, *unqualified) && !stillAhead(*pending, *unqualified):
		// The step planned in May ("referral to the electrophysiologist
		// for the shared decision-making discussion") was done in June
		// by someone who does not qualify: the newer word stands. A step
		// booked for a day after it ("sleep consultation booked for
		// 06/15") is still to come, and is asked for.
		r := *unqualified
		r.refs = appendNew(r.refs, pending.refs...)
		r.quotes = append(r.quotes, pending.quotes...)
		return r
	case pending != nil:
		return *pending
	case unqualified != nil:
		return *unqualified
	case other != nil:
		return *other
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

// undecided finds a sentence whose pending step is a decision, a
// clearance or a consultant's opinion, not the plan itself ("neurosurgery
// clearance for short-term anticoagulation: not yet available (CT
// 12/15)"): a plan a hint reads as planned (Hint.Planned) says the team
// means to do it; one still to be decided says nothing yet.
var undecided = regexp.MustCompile(`(?i)\b(?:clearance|cleared|decid\w*|decision|determine[sd]?|defer\w*|whether|until|weigh in|input|opinion)\b`)

// creditsOther finds a sentence that names another clinician as the one
// who did what it tells ("completed with Dr. Aldana (cardiology) - see
// his note", a coordinator's "[x] PCP SDM visit note"): a writer who does
// not qualify retelling someone else's step does not make it theirs.
var creditsOther = regexp.MustCompile(`(?i)\b(?:with|by)\s+(?:dr\.?|doctor)\s+[a-z]|\bsee (?:his|her|their) note\b|\b(?:PCP|primary care|cardiology|cardiologist|internist)(?:'s)?\s+(?:SDM|shared decision[- ]making)\b`)

// whoWrote names a note's author, else its title.
func whoWrote(it *Item) string {
	if it.Author != "" {
		return it.Author
	}
	return label(it)
}

// tooShort reads a course's length off the chart's dates (Hint.SinceDays):
// when the first note affirming it is fewer than days before the request,
// the course is documented as too short.
func tooShort(met hintResult, days int, asOf umassist.Date) (hintResult, bool) {
	first := -1
	for i, q := range met.quotes {
		if !q.Date.IsZero() && (first < 0 || q.Date.Before(met.quotes[first].Date)) {
			first = i
		}
	}
	if first < 0 {
		return hintResult{}, false
	}
	q := met.quotes[first]
	since := int(dayOf(asOf.Time).Sub(dayOf(q.Date)).Hours() / 24)
	if since >= days {
		return hintResult{}, false
	}
	return hintResult{status: umassist.CriterionNotMet, refs: []string{q.Ref}, quotes: []Quote{q},
		finding: fmt.Sprintf("first documented %s, %d days before the request; the policy asks for at least %d days (later notes' claims of its length do not change the dates): %q",
			day(q.Date), since, days, clipQuote(q.Text))}, true
}

// authoredBy reports whether a note was written by one of the roles or
// specialties named (its author line, else its title line); no names
// means anyone.
func authoredBy(it *Item, who []string) bool {
	if len(who) == 0 {
		return true
	}
	return namesAny(it.Author+" "+it.Display+" "+titleLine(it.Text), who)
}

// titleLine is a note's title: its first line, and of that no more than
// the words before a date or a sentence's end (at most 80 characters), so
// that a note whose line breaks were lost is not all title ("CARDIAC
// SURGERY 09/15/2026 Seen and examined … referred to cardiac surgery").
func titleLine(text string) string {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	cut := len(text)
	for _, re := range []*regexp.Regexp{dateMDY, dateISO} {
		if loc := re.FindStringIndex(text); loc != nil && loc[0] < cut {
			cut = loc[0]
		}
	}
	for i := 0; i < cut; i++ {
		if isBoundary(text, i) {
			cut = i
			break
		}
	}
	if cut > 80 {
		cut = 80
	}
	return text[:cut]
}

// hasWords reports whether every word of a phrase occurs in lower-cased
// text: a necessary condition for FindPhrase to find it.
func hasWords(lower, phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if !strings.Contains(lower, w) {
			return false
		}
	}
	return true
}

// newestWord reads a finding the chart affirms and a later note denies or
// calls unconfirmed from that newest word: when the newest note to speak
// to the hint only denies it ("no DOE, no angina, no syncope" after an
// exercise test's "leg fatigue"; "not willing to take part in the
// rehabilitation program" after "adequate for auditory training"), the
// criterion is documented as not met now; when it only says the finding
// is unconfirmed ("reportedly severe AS but the report not yet received"
// after an outside letter's "severe aortic stenosis"), it is not
// documented. Both statements are cited for the reviewer. Only a
// requirement is read so: an exclusion a later note denies stays present.
func newestWord(met hintResult, contrary, unconfirmed *hintResult) (hintResult, bool) {
	yes := newestQuote(met.quotes)
	if yes < 0 {
		return hintResult{}, false
	}
	affirmed := met.quotes[yes]
	for _, later := range []*hintResult{contrary, unconfirmed} {
		if later == nil {
			continue
		}
		n := newestQuote(later.quotes)
		if n < 0 {
			continue
		}
		q := later.quotes[n]
		if !dayOf(q.Date).After(dayOf(affirmed.Date)) || slices.ContainsFunc(met.quotes, func(m Quote) bool { return m.Ref == q.Ref }) {
			continue
		}
		says := "says not"
		if later == unconfirmed {
			says = "says it is not confirmed"
		}
		out := hintResult{status: later.status,
			finding: fmt.Sprintf("the newest note to speak to it, %s, %s: %q; an older one said: %q (%s)", day(q.Date), says, clipQuote(q.Text), clipQuote(affirmed.Text), day(affirmed.Date))}
		out.refs = appendNew(appendNew(out.refs, later.refs...), met.refs...)
		out.quotes = append(append(out.quotes, later.quotes...), met.quotes...)
		return out, true
	}
	return hintResult{}, false
}

// pendingSince reports whether the newest quote of later is from a later
// day than every quote of earlier.
func newerDay(earlier, later hintResult) bool {
	e, l := newestQuote(earlier.quotes), newestQuote(later.quotes)
	return l >= 0 && e >= 0 && dayOf(later.quotes[l].Date).After(dayOf(earlier.quotes[e].Date))
}

// stillAhead reports whether a pending quote names a day after every
// quote of done.
func stillAhead(pending, done hintResult) bool {
	d := newestQuote(done.quotes)
	if d < 0 {
		return false
	}
	for _, q := range pending.quotes {
		if !q.When.IsZero() && dayOf(q.When).After(dayOf(done.quotes[d].Date)) {
			return true
		}
	}
	return false
}

// newestQuote is the index of the newest dated quote, -1 when none is.
func newestQuote(qs []Quote) int {
	n := -1
	for i, q := range qs {
		if !q.Date.IsZero() && (n < 0 || q.Date.After(qs[n].Date)) {
			n = i
		}
	}
	return n
}

// fillerWords qualify a condition's name without changing which condition
// it is ("Type 2 diabetes mellitus without complications" is "type 2
// diabetes").
var fillerWords = map[string]bool{"mellitus": true, "unspecified": true, "without": true, "with": true, "complications": true,
	"disease": true, "disorder": true, "chronic": true, "primary": true, "essential": true, "of": true, "the": true, "and": true}

// refutedCondition returns a condition the record marks refuted or entered
// in error whose name is the phrase (each names every significant word of
// the other), unless another entry of that condition stands confirmed.
func refutedCondition(ev *Evidence, phrase string, asOf umassist.Date) *Item {
	var struck *Item
	conds := ev.Sorted(KindCondition)
	for _, it := range conds {
		if v := strings.ToLower(it.Verification); visible(it.Date, asOf) && (v == "refuted" || v == "entered-in-error") && sameCondition(it.Display, phrase) {
			struck = it
			break
		}
	}
	if struck == nil {
		return nil
	}
	for _, it := range conds {
		v := strings.ToLower(it.Verification)
		if it == struck || !visible(it.Date, asOf) || v == "refuted" || v == "entered-in-error" {
			continue
		}
		// The same condition entered again and standing: by its name, or
		// by its code's category (E11.65 beside a struck E11.9).
		if sameCondition(it.Display, phrase) || sharesCategory(it.Codes, struck.Codes) {
			return nil
		}
	}
	return struck
}

// deniedSince reports whether a note written on or after from denies
// the phrase.
func deniedSince(ev *Evidence, phrase string, from time.Time, asOf umassist.Date) bool {
	for _, it := range ev.Notes() {
		if it.Text == "" || !visible(it.Date, asOf) || dayOf(it.Date).Before(dayOf(from)) || !hasWords(it.lowerText(), phrase) {
			continue
		}
		for _, hit := range FindPhrase(it.Text, phrase) {
			if ReadContext(it.Text, hit.Offset, hit.End, it.Date).Assertion == Negated {
				return true
			}
		}
	}
	return false
}

// sharesCategory reports whether two code lists share an ICD-10-CM
// category (the three characters before the dot).
func sharesCategory(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if len(x) >= 3 && len(y) >= 3 && strings.EqualFold(x[:3], y[:3]) {
				return true
			}
		}
	}
	return false
}

// sameCondition reports whether a condition's name and a phrase name the
// same condition: every word of the phrase is in the name, and every
// significant word of the name in the phrase ("pulmonary hypertension" is
// not "hypertension").
func sameCondition(name, phrase string) bool {
	if strings.Contains(strings.ToLower(name), "("+strings.ToLower(strings.TrimSpace(phrase))+")") {
		// "Non-ST elevation (NSTEMI) myocardial infarction": the name
		// spells out the abbreviation it gives.
		return true
	}
	nw := conditionWords(name)
	pw := conditionWords(phrase)
	if len(pw) == 0 {
		return false
	}
	for w := range pw {
		if !nw[w] {
			return false
		}
	}
	for w := range nw {
		if !fillerWords[w] && !pw[w] {
			return false
		}
	}
	return true
}

var conditionWordRE = regexp.MustCompile(`[a-z0-9]+`)

func conditionWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range conditionWordRE.FindAllString(strings.ToLower(s), -1) {
		out[w] = true
	}
	return out
}

// onlyRetold reports whether every quote is a retelling that points to
// another clinician's note.
func onlyRetold(qs []Quote) bool {
	for _, q := range qs {
		if !q.Retold {
			return false
		}
	}
	return len(qs) > 0
}

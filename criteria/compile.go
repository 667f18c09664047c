package criteria

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// PolicyText is a policy as the pack compiler reads it: its id, title and
// payer and its passages in order.
type PolicyText struct {
	ID       string
	Version  string
	Title    string
	Payer    string
	Passages []SourcePassage
}

// Compile drafts a criteria pack from a policy's text, deterministically:
// each clause of a covered-indications passage (a sentence or a lettered
// or numbered item) that names a measure of the vocabulary, a medication
// class, codes or a look-back becomes a criterion with hints (the
// measure's threshold and unit, the class and a minimum duration, the
// codes, the window); clauses of non-covered passages become exclusions.
// Clauses naming none of these become criteria in the policy's words with
// no hints, for the editor to complete. The draft has no services (the
// editor says which requests it governs) and is never published as is:
// a clinical editor reviews it. It does no I/O.
func Compile(p PolicyText) *Pack {
	pk := &Pack{ID: DraftID(p.ID), Policy: p.ID, PolicyVersion: p.Version, Title: p.Title, Payer: p.Payer, Services: nil}
	ids := map[string]int{} // criterion id -> index
	add := func(c Criterion, exclusion bool) {
		if i, ok := ids[c.ID]; ok {
			have := &pk.Criteria[i]
			for _, ps := range c.Passages {
				if !slices.Contains(have.Passages, ps) {
					have.Passages = append(have.Passages, ps)
				}
			}
			for _, h := range c.Evidence {
				if !slices.ContainsFunc(have.Evidence, func(o Hint) bool { return sameHint(o, h) }) {
					have.Evidence = append(have.Evidence, h)
				}
			}
			return
		}
		ids[c.ID] = len(pk.Criteria)
		pk.Criteria = append(pk.Criteria, c)
		if exclusion {
			pk.Logic.Exclusions = append(pk.Logic.Exclusions, c.ID)
		} else {
			pk.Logic.AllOf = append(pk.Logic.AllOf, c.ID)
		}
	}
	plain := 0
	// clause adds what one clause of passage id says: its hinted
	// criteria, else (keep) the clause in the policy's words.
	clause := func(cl, id string, exclusion, keep bool) {
		cs := compileClause(cl, id)
		if len(cs) == 0 {
			if !keep {
				return
			}
			plain++
			cs = []Criterion{{ID: fmt.Sprintf("text-%d", plain), Text: cl, Passages: []string{id}, Evidence: []Hint{}}}
		}
		for _, c := range cs {
			if exclusion {
				c.ID = "no-" + c.ID
			}
			add(c, exclusion)
		}
	}
	// negated: the clauses read are the items of a list a lead-in said
	// are not covered ("Patients must not have:"), which the chunker may
	// have cut into passages of one item each; lastSection is the
	// section of the passage before.
	negated, lastSection := false, ""
	for _, ps := range p.Passages {
		if ps.Section != lastSection || strings.Contains(strings.TrimSpace(ps.Text), "\n") {
			// A new section, or a passage of more than one item, is not
			// the next item of the last passage's list.
			negated = false
		}
		lastSection = ps.Section
		if quantitySectionRE.MatchString(ps.Section) {
			// A quantity limit is a criterion on the order: its dose.
			for _, cl := range Clauses(ps.Text) {
				if hs := doseLimitsIn(cl, p.Title); len(hs) > 0 {
					add(Criterion{ID: "dose", Text: cl, Passages: []string{ps.ID}, Evidence: hs, Missing: "ordered dose and frequency",
						Question: "What dose is ordered, and how often?"}, false)
				}
			}
			continue
		}
		role := roleOf(ps.Section)
		if role == sectionOther {
			continue
		}
		excludedSection := role == sectionExcluded
		for i, c := range clausesOf(ps.Text) {
			cl := c.text
			if !c.item && (i > 0 || !negated) {
				negated = false
			}
			if strings.HasSuffix(cl, ":") {
				// A lead-in is no criterion in words, but its hints are
				// ("Group II: ... arterial PO2 is 56-59 mm Hg ... if there is:").
				clause(cl, ps.ID, excludedSection || notCoveredRE.MatchString(cl), false)
				negated = notCoveredRE.MatchString(cl) || negativeLeadRE.MatchString(cl)
				continue
			}
			excluded := excludedSection || negated || notCoveredRE.MatchString(cl)
			keep := (len(strings.Fields(cl)) >= 4 || excluded) && (!program(cl) || excluded && !excludedSection) && !emptyRE.MatchString(cl)
			clause(cl, ps.ID, excluded, keep)
		}
	}
	if len(pk.Criteria) == 0 {
		// A policy that files its conditions under topical headings
		// ("Manipulation of the Head", "Exceptions") has no covered or
		// non-covered section: its sentences that say what is covered,
		// reasonable and necessary or indicated are its criteria.
		for _, ps := range p.Passages {
			for _, cl := range Clauses(ps.Text) {
				noncoverage := notCoveredRE.MatchString(cl)
				if (coverageWordRE.MatchString(cl) && !program(cl) || noncoverage) && len(strings.Fields(cl)) >= 5 {
					clause(cl, ps.ID, noncoverage, true)
				}
			}
		}
	}
	return pk
}

var (
	// programRE marks what a program, a study or a facility must do, not
	// what a patient's chart must show; with no hint, such a clause is no
	// criterion for a reviewer to check.
	programRE = regexp.MustCompile(`(?i)\bstud(?:y|ies)\b|\btrials?\b|\bregistr|\bprotocol|\bsponsor|\bCFR\b|ClinicalTrials|\bfacilit|\binstitution|\baccredit|\bapproval dates?\b|\bFDA\b|\bclaims?\b|\bcontractors?\b|\bpayment|\breimburse|\bcoverage with evidence|\bresearch|\bsubjects\b|\benroll|\bpublication|\bpeer-reviewed|\bdata collection|\bis defined as\b|\bare defined as\b|\brefers? to\b`)
	// notProgramRE: words programRE would take for a program's that say
	// something of the patient: a therapy's trial ("failed a documented
	// trial of pelvic muscle exercise"), a diagnostic study ("urodynamic
	// flow studies") and CMS's way of saying a service is covered
	// ("reimbursement may be made for ... patients with").
	notProgramRE = regexp.MustCompile(`(?i)\b(?:(?:a|an|one|two|three|\d+[- ]?\w*|documented|failed|adequate|previous|prior|unsuccessful|therapeutic)\s+)+trials?\s+(?:of|and failure)\b|\btrials?\s+and\s+failure\b|\b(?:flow|sleep|conduction|urodynamic|imaging|diagnostic|electrodiagnostic|electrophysiologic(?:al)?|vascular|doppler|function|polysomnographic|radiologic|laboratory|lab)\s+stud(?:y|ies)\b|\b(?:payment|reimbursement)\s+(?:may|will|can)\s+be\s+made\b`)
	// coverageWordRE marks a sentence that says what a policy covers.
	coverageWordRE = regexp.MustCompile(`(?i)\bcover(?:s|ed)?\b|\breasonable and necessary\b|\bmedically necessary\b|\bis indicated\b|\bare indicated\b|\b(?:payment|reimbursement)\s+(?:may|will|can)\s+be\s+made\b`)
	// Only the policy's own words of non-coverage make a clause an
	// exclusion: "or methotrexate is contraindicated" is an alternative
	// way to meet a step-therapy criterion, not an exclusion. CMS says it
	// in several ways: "not covered", "not reasonable and necessary",
	// "program payment may not be made", "do not pay for", "should be
	// denied".
	notCoveredRE = regexp.MustCompile(`(?i)\bnot (?:be )?covered\b|\bnon-?covered\b|\bdo(?:es)? not cover\b|\bnot (?:considered )?(?:reasonable and|medically) necessary\b|\bpayment (?:may|will|can|shall) not be made\b|\bdo(?:es)? not (?:routinely )?pay\b|\b(?:should|will|must) be denied\b|\bexcluded from coverage\b|\b(?:is|are) excluded\b`)
	// emptyRE is a section's way of saying it has nothing ("N/A").
	emptyRE = regexp.MustCompile(`(?i)^\(?(?:n/?a|none|reserved|not applicable)\)?\.?$`)
	// negativeLeadRE marks a lead-in whose list says what must be absent
	// ("Patients must not have:", "Contraindications include:"), beside
	// notCoveredRE's words.
	negativeLeadRE = regexp.MustCompile(`(?i)\b(?:must|should) not\b|\bexclu(?:ded|sions?)\b|\bcontraindicat|\bnot (?:be )?(?:eligible|candidates?|appropriate)\b`)
	// A clause ends at a sentence's end, at a new line, or before a
	// lettered or numbered item ("a.", "2)", "(iii)").
	itemRE = regexp.MustCompile(`(?m)^\s*(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+|^\s*\([a-z0-9ivx]{1,4}\)\s+|^\s*[-•*]\s+`)
)

// program reports whether a clause states what a program, a study or a
// facility must do rather than what a chart must show (programRE, less
// the words notProgramRE reads as the patient's).
func program(cl string) bool {
	return programRE.MatchString(notProgramRE.ReplaceAllString(cl, " "))
}

// Clauses cuts a passage into the clauses a criterion can rest on: list
// items, then sentences, without their numbering.
func Clauses(text string) []string {
	var out []string
	for _, c := range clausesOf(text) {
		out = append(out, c.text)
	}
	return out
}

// policyClause is one clause of a passage; item: it is (part of) a list item.
type policyClause struct {
	text string
	item bool
}

// clausesOf cuts a passage into clauses (see Clauses). A line that
// starts in lower case after a line that ends mid-sentence is the same
// line, wrapped ("... liver failure) associated\nwith a likelihood of
// survival less than 1 year").
func clausesOf(text string) []policyClause {
	var lines []policyClause
	for _, line := range strings.Split(text, "\n") {
		item := itemRE.MatchString(line)
		line = strings.TrimSpace(itemRE.ReplaceAllString(line, ""))
		if n := len(lines); n > 0 && !item && line != "" && unicode.IsLower(rune(line[0])) {
			prev := &lines[n-1]
			if prev.text != "" && !strings.ContainsAny(prev.text[len(prev.text)-1:], ".:;") {
				prev.text += " " + line
				continue
			}
		}
		lines = append(lines, policyClause{text: line, item: item})
	}
	var out []policyClause
	for _, l := range lines {
		line := l.text
		for s := 0; s < len(line); {
			_, e := sentenceBounds(line, s, s)
			end := e
			if end < len(line) && line[end] == '.' {
				end++
			}
			for _, c := range conjuncts(strings.TrimSpace(line[s:end])) {
				if len(c) > 2 {
					out = append(out, policyClause{text: c, item: l.item})
				}
			}
			s = e + 1
		}
	}
	return out
}

// conjunctRE splits a sentence listing several conditions ("have a BMI ≥
// 35, have at least one co-morbidity related to obesity, and have been
// previously unsuccessful with medical treatment") where a separator is
// followed by a verb that starts a new condition.
var conjunctRE = regexp.MustCompile(`(?i)(?:;\s*(?:and|or)?|,\s*(?:and|or)?)\s+(?:(?:has|have|had|is|are|was|were|must|with|without|who)\b)`)

func conjuncts(s string) []string {
	locs := conjunctRE.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return []string{s}
	}
	var out []string
	start := 0
	for _, l := range locs {
		part := strings.TrimSpace(s[start:l[0]])
		if len(strings.Fields(part)) >= 3 {
			out = append(out, part)
			start = l[0] + 1
			for start < len(s) && (s[start] == ' ' || s[start] == ',' || s[start] == ';') {
				start++
			}
			// Drop the joining "and"/"or".
			for _, j := range []string{"and ", "or "} {
				if strings.HasPrefix(strings.ToLower(s[start:]), j) {
					start += len(j)
				}
			}
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// compileClause reads the hints one clause names: a criterion per measure,
// one for medication classes, one for codes; each carries the clause's
// look-back window.
func compileClause(cl, passage string) []Criterion {
	lookback := lookbackDays(cl)
	var out []Criterion
	for i := range vocab.Measures {
		m := &vocab.Measures[i]
		if !m.Names(cl) && !m.Names(dehyphen(cl)) {
			continue
		}
		cmp, v, hi, ok := boundFor(cl, m)
		note := Hint{Kind: KindNote, Measure: m.ID, LookbackDays: lookback}
		obs := Hint{Kind: KindObservation, LOINC: m.LOINC, Unit: m.Unit, LookbackDays: lookback}
		if ok {
			note.Comparator, note.Threshold = cmp, ptr(v)
			obs.Comparator, obs.Threshold = cmp, ptr(v)
			if cmp == "between" {
				note.ThresholdHigh, obs.ThresholdHigh = ptr(hi), ptr(hi)
			}
		}
		hs := []Hint{}
		if len(m.LOINC) > 0 {
			hs = append(hs, obs)
		}
		hs = append(hs, note)
		out = append(out, Criterion{ID: m.ID, Text: cl, Passages: []string{passage}, Evidence: hs, Missing: m.Label,
			Question: fmt.Sprintf("What is the patient's %s, with the date and the test it comes from?", strings.ToLower(m.Label))})
	}
	if classes := classesIn(cl); len(classes) > 0 {
		out = append(out, Criterion{ID: strings.Join(classes, "-"), Text: cl, Passages: []string{passage},
			Evidence: []Hint{{Kind: KindMedication, MedicationClasses: classes, MinDurationDays: durationDays(cl), Ever: true}}})
	}
	if codes := icdIn(cl); len(codes) > 0 {
		out = append(out, Criterion{ID: "dx-" + slug(codes[0]), Text: cl, Passages: []string{passage},
			Evidence: []Hint{{Kind: KindCondition, Codes: codes, LookbackDays: lookback}}})
	}
	if lo, hi, ok := ageIn(cl); ok {
		out = append(out, Criterion{ID: "age", Text: cl, Passages: []string{passage}, Missing: "date of birth",
			Question: "What is the patient's date of birth?",
			Evidence: []Hint{{Kind: KindPatient, MinAge: lo, MaxAge: hi}}})
	}
	return out
}

// Age limits as policies write them: "18 years of age or older", "65
// years and over", "aged 12", "younger than 18 years". "At least 3
// years" is a duration, not an age.
var (
	minAgeRE = regexp.MustCompile(`(?i)\b(\d{1,3})\s*(?:years?(?:\s+of\s+age|\s+old)?|yrs?)\s+(?:or|and)\s+(?:older|over|above)\b|\baged\s+(\d{1,3})\b`)
	maxAgeRE = regexp.MustCompile(`(?i)\b(?:younger than|under(?: the age of)?|less than)\s+(\d{1,3})\s*(?:years?(?:\s+of\s+age|\s+old)?)`)
)

// ageIn reads an age limit off a clause: the youngest and oldest age
// allowed (0: no bound).
func ageIn(cl string) (lo, hi int, ok bool) {
	if m := minAgeRE.FindStringSubmatch(cl); m != nil {
		n, err := strconv.Atoi(cmp.Or(m[1], m[2]))
		if err == nil && n > 0 && n <= 130 {
			lo, ok = n, true
		}
	}
	if m := maxAgeRE.FindStringSubmatch(cl); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 1 && n <= 130 {
			hi, ok = n-1, true
		}
	}
	if ok && hi > 0 && lo > hi {
		return 0, 0, false
	}
	return lo, hi, ok
}

// dehyphen writes "body-mass index" as "body mass index".
func dehyphen(s string) string { return hyphenRE.ReplaceAllString(s, "$1 $2") }

var hyphenRE = regexp.MustCompile(`([A-Za-z])-([A-Za-z])`)

func ptr(v float64) *float64 { return &v }

func sameHint(a, b Hint) bool {
	return a.Kind == b.Kind && a.Measure == b.Measure && a.Comparator == b.Comparator &&
		((a.Threshold == nil) == (b.Threshold == nil)) && (a.Threshold == nil || *a.Threshold == *b.Threshold) &&
		slices.Equal(a.MedicationClasses, b.MedicationClasses) && slices.Equal(a.Codes, b.Codes) && slices.Equal(a.LOINC, b.LOINC)
}

// classesIn lists the vocabulary's medication classes a clause names, by
// label ("beta blocker") or by ingredient.
func classesIn(cl string) []string {
	low := strings.ToLower(cl)
	var out []string
	for _, c := range vocab.MedicationClasses {
		if strings.Contains(low, strings.ToLower(c.Label)) || slices.Contains(vocab.ClassesOf("", cl), c.ID) {
			out = append(out, c.ID)
		}
	}
	return out
}

var icdRE = regexp.MustCompile(`\b[A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4})?\b`)

// icdIn lists ICD-10-CM codes a clause names ("I21", "I50.22").
func icdIn(cl string) []string {
	var out []string
	for _, c := range icdRE.FindAllString(cl, -1) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

var (
	numRE = `(\d+(?:\.\d+)?)`
	// Bounds as policies write them, comparator first or after the
	// number, within 60 characters after the measure's name.
	boundPatterns = []struct {
		re  *regexp.Regexp
		cmp string
	}{
		{regexp.MustCompile(`(?i)(?:≤|<=|=<|less than or equal to|no (?:greater|more) than|at most|at or below|not (?:to )?exceed(?:ing)?)\s*` + numRE), "<="},
		{regexp.MustCompile(`(?i)` + numRE + `\s*(?:%|percent|kg/m2|kg/m²|mm ?hg|events?(?: per hour)?|/h(?:our)?)?\s*or (?:less|lower|below)`), "<="},
		{regexp.MustCompile(`(?i)(?:≥|>=|=>|greater than or equal to|at least|at or above|no (?:less|fewer) than|a minimum of)\s*` + numRE), ">="},
		{regexp.MustCompile(`(?i)` + numRE + `\s*(?:%|percent|kg/m2|kg/m²|mm ?hg|events?(?: per hour)?|/h(?:our)?)?\s*or (?:more|greater|higher|above)`), ">="},
		{regexp.MustCompile(`(?i)(?:<|less than|below|under)\s*` + numRE), "<"},
		{regexp.MustCompile(`(?i)(?:>|greater than|more than|above|over|exceed(?:s|ing)?)\s*` + numRE), ">"},
	}
	listedRE  = regexp.MustCompile(`(?i)^[^0-9.;]{0,25}?\b` + numRE + `\s*(?:or|and|to|-|–)\s*` + numRE + `\b`)
	bareRE    = regexp.MustCompile(`(?i)^[\s():]*(?:class(?:ification)?|grade|of|is|score)?\s*[:=]?\s*` + numRE + `\b`)
	betweenRE = regexp.MustCompile(`(?i)(?:between\s*` + numRE + `\s*(?:%|and|-|–|to)\s*` + numRE + `|(?:≥|>=|greater than or equal to)\s*` + numRE + `[^0-9]{1,40}?(?:≤|<=|less than or equal to)\s*` + numRE + `)`)
)

// boundFor finds the threshold a clause sets on a measure: the first bound
// written after its name, whose value lies in the measure's range.
func boundFor(cl string, m *Measure) (cmp string, v, hi float64, ok bool) {
	cl = dehyphen(cl)
	if m.Numerals == "roman" {
		// "Wagner grade III or higher", "class II or III": numerals as digits.
		cl = romanWordRE.ReplaceAllStringFunc(cl, func(r string) string { return strconv.Itoa(Roman(r)) })
	}
	start, at := len(cl), len(cl)
	for _, re := range m.names {
		if loc := re.FindStringIndex(cl); loc != nil && loc[0] < start {
			start, at = loc[0], loc[1]
		}
	}
	if start == len(cl) {
		return "", 0, 0, false
	}
	if cmp, v, hi, ok = boundIn(cl[at:], m); ok {
		return cmp, v, hi, ok
	}
	// "scores of less than or equal to 60% correct … of sentence
	// recognition": the bound before the name.
	return boundIn(cl[:start], m)
}

// boundIn reads the first bound in text (see boundFor).
func boundIn(rest string, m *Measure) (cmp string, v, hi float64, ok bool) {
	if len(rest) > 120 {
		rest = rest[:120]
	}
	// "Class II or III", "56 to 59 mm Hg": a range right after the name.
	if b := listedRE.FindStringSubmatch(rest); b != nil {
		l, _ := strconv.ParseFloat(b[1], 64)
		h, _ := strconv.ParseFloat(b[2], 64)
		if inRange(l, m) && inRange(h, m) && l < h {
			return "between", l, h, true
		}
	}
	if b := betweenRE.FindStringSubmatch(rest); b != nil {
		lo, hiS := b[1], b[2]
		if lo == "" {
			lo, hiS = b[3], b[4]
		}
		l, _ := strconv.ParseFloat(lo, 64)
		h, _ := strconv.ParseFloat(hiS, 64)
		if inRange(l, m) && inRange(h, m) && l < h {
			return "between", l, h, true
		}
	}
	best := -1
	for _, bp := range boundPatterns {
		loc := bp.re.FindStringSubmatchIndex(rest)
		if loc == nil || (best >= 0 && loc[0] >= best) {
			continue
		}
		val, _ := strconv.ParseFloat(rest[loc[2]:loc[3]], 64)
		if !inRange(val, m) {
			continue
		}
		best, cmp, v, ok = loc[0], bp.cmp, val, true
	}
	if !ok {
		// A bare value right after the name ("classification IV"): at
		// the measure's top it is a lower bound, at its bottom an upper
		// one.
		if b := bareRE.FindStringSubmatch(rest); b != nil {
			val, _ := strconv.ParseFloat(b[1], 64)
			switch {
			case !inRange(val, m):
			case m.Range != [2]float64{} && val == m.Range[1]:
				return ">=", val, 0, true
			case m.Range != [2]float64{} && val == m.Range[0]:
				return "<=", val, 0, true
			default:
				return "==", val, 0, true
			}
		}
		return "", 0, 0, false
	}
	if m.FractionToPercent && v > 0 && v < 1 {
		v = math.Round(v * 100) // "LVEF ≤ 0.30" is 30 %
	}
	return cmp, v, 0, ok
}

var romanWordRE = regexp.MustCompile(`\b(?:IV|V|III|II|I)\b`)

func inRange(v float64, m *Measure) bool {
	return m.Range == [2]float64{} || (v >= m.Range[0] && v <= m.Range[1])
}

var (
	windowRE   = regexp.MustCompile(`(?i)\b(?:within|in|during|over)\s+(?:the\s+)?(?:past|last|previous|prior|preceding)?\s*(\d+|one|two|three|four|six|twelve)\s+(day|week|month|year)s?\b`)
	durationRE = regexp.MustCompile(`(?i)\b(?:at least|for|minimum of|a minimum of|≥)\s*(\d+|one|two|three|four|six|twelve)\s+(day|week|month|year)s?\b`)
	numberWord = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
	unitDays   = map[string]int{"day": 1, "week": 7, "month": 30, "year": 365}
)

// lookbackDays is the window a clause sets ("within 40 days", "in the past
// 3 months"), in days; 0 when none.
func lookbackDays(cl string) int { return spanDays(windowRE, cl) }

// durationDays is how long a clause says a therapy must have lasted ("for
// at least 3 months"), in days; 0 when unsaid.
func durationDays(cl string) int { return spanDays(durationRE, cl) }

func spanDays(re *regexp.Regexp, cl string) int {
	m := re.FindStringSubmatch(cl)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = numberWord[strings.ToLower(m[1])]
	}
	return n * unitDays[strings.ToLower(m[2])]
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

// DraftID is the id of a pack drafted from a policy ("NCD 20.8.3" is
// "draft-ncd-20.8.3"), by the compiler or a model alike.
func DraftID(policy string) string { return "draft-" + slug(policy) }

func slug(s string) string {
	return strings.Trim(slugRE.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

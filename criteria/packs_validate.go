package criteria

// Validating a pack before it may drive a draft: its criteria, pathways
// and hints against the vocabulary, LOINC check digits, and every cited
// passage against the corpus.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// Validate checks a pack's structure, thresholds and references. Passage
// references must always name the pack's own policy in the passage id
// scheme; with a corpus they must also exist in it.
func (p *Pack) Validate(corpus PassageSet) error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(format, args...))
	}
	if !packIDRE.MatchString(p.ID) {
		bad("id %q: want lower-case letters, digits, '.' and '-'", p.ID)
	}
	if strings.HasPrefix(p.Policy, "NCD") && !umassist.PolicyIDRE.MatchString(p.Policy) {
		bad("policy %q: not an NCD id like \"NCD 20.4\"", p.Policy)
	}
	if strings.TrimSpace(p.Policy) == "" {
		bad("policy: missing")
	}
	if strings.TrimSpace(p.Title) == "" {
		bad("title: missing")
	}
	if strings.TrimSpace(p.Payer) == "" {
		bad("payer: missing")
	}
	if len(p.Services) == 0 {
		bad("services: none")
	}
	for i, j := range p.Jurisdictions {
		if !umassist.JurisdictionRE.MatchString(j) || slices.Contains(p.Jurisdictions[:i], j) {
			bad("jurisdictions[%d]: %q is not a contractor jurisdiction like JL, or is listed twice", i, j)
		}
	}
	for i, s := range p.Services {
		switch s.System {
		case umassist.SystemCPT, umassist.SystemHCPCS:
			if !codeRE.MatchString(s.Code) {
				bad("services[%d]: code %q", i, s.Code)
			}
		case umassist.SystemRxNorm:
			// A drug: its RxNorm ingredient (a request for any product of
			// it matches by the ingredient's name, Pack.Applies).
			if !rxnormRE.MatchString(s.Code) || strings.TrimSpace(s.Display) == "" {
				bad("services[%d]: an RxNorm service is an ingredient code with its name, not %q %q", i, s.Code, s.Display)
			}
		default:
			bad("services[%d]: system %q is not CPT, HCPCS or RxNorm", i, s.System)
		}
	}
	for _, d := range p.Diagnoses {
		if !codeRE.MatchString(d) {
			bad("diagnoses: code %q", d)
		}
	}
	if len(p.Criteria) == 0 {
		bad("criteria: none")
	}
	ids := map[string]bool{}
	for _, c := range p.Criteria {
		where := "criterion " + c.ID
		if !criterionRE.MatchString(c.ID) {
			bad("criterion id %q: want snake_case", c.ID)
		}
		if ids[c.ID] {
			bad("%s: duplicate id", where)
		}
		ids[c.ID] = true
		if strings.TrimSpace(c.Text) == "" {
			bad("%s: text missing", where)
		}
		if strings.TrimSpace(c.Question) == "" {
			bad("%s: question missing", where)
		}
		if strings.TrimSpace(c.Missing) == "" {
			bad("%s: missing phrase missing", where)
		}
		if len(c.Passages) == 0 {
			bad("%s: no passages", where)
		}
		for _, pid := range c.Passages {
			m := umassist.PassageIDRE.FindStringSubmatch(pid)
			switch {
			case m == nil:
				bad("%s: passage %q is not a passage id (\"NCD 20.4#B3\")", where, pid)
			case m[1] != p.Policy:
				bad("%s: passage %q belongs to another policy than %s", where, pid, p.Policy)
			case corpus != nil && !corpus.HasPassage(pid):
				bad("%s: passage %q does not exist in the imported corpus", where, pid)
			}
		}
		if !slices.ContainsFunc(c.Evidence, func(h Hint) bool { return !h.Context }) {
			bad("%s: no evidence hints (context hints cannot meet a criterion)", where)
		}
		groups := 0
		for i, h := range c.Evidence {
			if err := h.validate(); err != nil {
				bad("%s: evidence[%d]: %v", where, i, err)
			}
			if h.Context && h.Group != "" {
				bad("%s: evidence[%d]: a context hint in group %q: context never meets a criterion", where, i, h.Group)
			}
			if h.Group != "" {
				groups++
				if !criterionRE.MatchString(h.Group) {
					bad("%s: evidence[%d]: group %q: want snake_case", where, i, h.Group)
				}
			}
		}
		if groups == 1 {
			bad("%s: a single grouped hint: groups are conjuncts, use two or more or none", where)
		}
	}
	used := map[string]bool{}
	ref := func(list string, id string) {
		if !ids[id] {
			bad("logic.%s: unknown criterion %q", list, id)
		}
		used[id] = true
	}
	for _, id := range p.Logic.AllOf {
		ref("all_of", id)
	}
	for _, g := range p.Logic.AnyOf {
		if len(g) == 0 {
			bad("logic.any_of: empty group")
		}
		for _, id := range g {
			ref("any_of", id)
		}
	}
	for _, id := range p.Logic.Exclusions {
		if slices.Contains(p.Logic.AllOf, id) {
			bad("logic: %q is both required and an exclusion", id)
		}
		for _, g := range p.Logic.AnyOf {
			if slices.Contains(g, id) {
				bad("logic: %q is both required and an exclusion", id)
			}
		}
		ref("exclusions", id)
	}
	for _, id := range p.Logic.NotCovered {
		ref("not_covered", id)
	}
	branchIDs := map[string]bool{}
	for _, b := range p.Logic.Branches {
		where := "logic.branches[" + b.ID + "]"
		if !criterionRE.MatchString(b.ID) || branchIDs[b.ID] {
			bad("%s: id missing, not snake_case or duplicate", where)
		}
		branchIDs[b.ID] = true
		if strings.TrimSpace(b.Title) == "" {
			bad("%s: title missing", where)
		}
		if len(b.When.Services)+len(b.When.Diagnoses)+len(b.When.Criteria) == 0 {
			bad("%s: when selects nothing", where)
		}
		for _, c := range append(append([]string{}, b.When.Services...), b.When.Diagnoses...) {
			if !codeRE.MatchString(c) {
				bad("%s: when code %q", where, c)
			}
		}
		for _, id := range b.When.Criteria {
			ref("branches.when", id)
		}
		for _, id := range b.AllOf {
			ref("branches.all_of", id)
		}
		for _, g := range b.AnyOf {
			for _, id := range g {
				ref("branches.any_of", id)
			}
		}
		for _, id := range b.Exclusions {
			ref("branches.exclusions", id)
		}
		if len(b.AllOf) == 0 && len(b.AnyOf) == 0 && !b.NotCovered {
			bad("%s: neither all_of nor any_of", where)
		}
	}
	if len(p.Logic.AllOf) == 0 && len(p.Logic.AnyOf) == 0 {
		bad("logic: neither all_of nor any_of")
	}
	for _, c := range p.Criteria {
		if !used[c.ID] {
			bad("criterion %s: not used by the logic", c.ID)
		}
	}
	if len(errs) > 0 {
		return umassist.Errorf(umassist.EINVALID, "pack %s: %v", p.ID, errors.Join(errs...))
	}
	return nil
}

func (h Hint) validate() error {
	if h.LookbackDays < 0 {
		return fmt.Errorf("negative lookback_days")
	}
	if h.MinDurationDays < 0 {
		return fmt.Errorf("negative min_duration_days")
	}
	if h.SinceDays < 0 || h.SinceDays > 0 && (h.Kind != KindNote || len(h.Phrases) == 0 || h.Planned) {
		return fmt.Errorf("since_days %d: want a positive number of days, on a note hint's phrases", h.SinceDays)
	}
	if h.Advice && (h.Kind != KindNote || len(h.Phrases) == 0 || h.Planned) {
		return fmt.Errorf("advice: want a note hint with phrases, not planned, not a %s hint", h.Kind)
	}
	if h.Current && (h.Kind != KindCondition || h.LookbackDays == 0) {
		return fmt.Errorf("current: want a condition hint with lookback_days (a state present in the window), not a %s hint", h.Kind)
	}
	if len(h.RefutedBy) > 0 && (h.Kind != KindNote || len(h.Phrases) == 0 || h.Planned) {
		return fmt.Errorf("refuted_by: want phrases that deny a note hint's phrases")
	}
	if h.DischargeDays < 0 || h.DischargeDays > 0 && h.Kind != KindObservation && (h.Kind != KindNote || h.Measure == "") {
		return fmt.Errorf("discharge_days %d: want a positive number of days, on an observation or a note measure", h.DischargeDays)
	}
	switch h.Kind {
	case KindObservation:
		if len(h.LOINC) == 0 {
			return fmt.Errorf("observation without loinc codes")
		}
		for _, l := range h.LOINC {
			if !loincRE.MatchString(l) || !loincCheckDigitOK(l) {
				return fmt.Errorf("loinc %q is not a valid LOINC code", l)
			}
		}
		var known *Measure
		for _, l := range h.LOINC {
			if m, ok := MustVocabulary().MeasureForLOINC(l); ok && known == nil {
				known = m
			}
		}
		if known == nil {
			if h.Comparator != "" {
				return fmt.Errorf("loinc %v: no measure of the vocabulary has these codes", h.LOINC)
			}
			return h.validateComparison(unitRange, h.Unit, true)
		}
		// A threshold is in the measure's unit and inside its range
		// ("LDL <= 7000 mg/dL" is refused as "LVEF <= 350 %" is).
		if h.Unit != "" && h.Unit != known.Unit {
			return fmt.Errorf("loinc %v is measure %s, in %q, not %q", h.LOINC, known.ID, known.Unit, h.Unit)
		}
		return h.validateComparison(map[string][2]float64{h.Unit: known.Range}, h.Unit, true)
	case KindCondition, KindProcedure:
		if len(h.Codes) == 0 {
			return fmt.Errorf("%s without codes", h.Kind)
		}
		for _, c := range h.Codes {
			if lo, hi, isRange := strings.Cut(c, "-"); isRange {
				if !codeRE.MatchString(lo) || !codeRE.MatchString(hi) || len(lo) != len(hi) || lo > hi {
					return fmt.Errorf("code range %q: want two codes of one length, low first (\"C00-C96\")", c)
				}
				continue
			}
			if !codeRE.MatchString(c) {
				return fmt.Errorf("code %q", c)
			}
		}
	case KindMedication:
		if err := h.validateDrug(); err != nil {
			return err
		}
	case KindNote:
		if len(h.Phrases) == 0 && h.Measure == "" {
			return fmt.Errorf("note without phrases or measure")
		}
		for _, ph := range h.Phrases {
			// "no benefit" would be found affirmed: negation is read from
			// the words around a phrase, so a phrase cannot carry its own.
			if negatedPhraseRE.MatchString(ph) {
				return fmt.Errorf("phrase %q starts with a negation: name the finding and let the reader see the negation", ph)
			}
		}
		if h.Measure != "" {
			m, ok := MustVocabulary().Measure(h.Measure)
			if !ok {
				return fmt.Errorf("unknown note measure %q", h.Measure)
			}
			if h.Comparator == "" {
				return fmt.Errorf("measure %s without comparator", h.Measure)
			}
			if h.Unit != "" && h.Unit != m.Unit {
				return fmt.Errorf("measure %s is in %q, not %q", h.Measure, m.Unit, h.Unit)
			}
			return h.validateComparison(map[string][2]float64{h.Unit: m.Range}, h.Unit, false)
		}
	case KindPatient:
		switch {
		case h.MinAge == 0 && h.MaxAge == 0:
			return fmt.Errorf("patient hint without min_age or max_age")
		case h.MinAge < 0 || h.MaxAge < 0 || h.MinAge > 130 || h.MaxAge > 130:
			return fmt.Errorf("age bounds %d-%d: want years from 0 to 130", h.MinAge, h.MaxAge)
		case h.MaxAge > 0 && h.MinAge > h.MaxAge:
			return fmt.Errorf("min_age %d above max_age %d", h.MinAge, h.MaxAge)
		case len(h.Codes)+len(h.LOINC)+len(h.Phrases)+len(h.MedicationClasses)+len(h.RxNorm) > 0 || h.Measure != "" || h.LookbackDays != 0:
			return fmt.Errorf("patient hint with codes, phrases, a measure or a window: it tests age only")
		}
	case KindDose:
		if err := h.validateDrug(); err != nil {
			return err
		}
		switch _, mass := massInMG(h.Unit); {
		case h.MaxDose == nil || *h.MaxDose <= 0:
			return fmt.Errorf("dose without a positive max_dose")
		case !mass:
			return fmt.Errorf("dose unit %q: want a mass (mg, mcg, g)", h.Unit)
		case h.PerDays <= 0 || h.PerDays > 365:
			return fmt.Errorf("dose per_days %d: want 1 to 365", h.PerDays)
		}
	default:
		return fmt.Errorf("unknown kind %q", h.Kind)
	}
	if h.Kind != KindDose && (h.MaxDose != nil || h.PerDays != 0) {
		return fmt.Errorf("%s hint with max_dose or per_days: only dose hints have them", h.Kind)
	}
	if h.Kind != KindPatient && (h.MinAge != 0 || h.MaxAge != 0) {
		return fmt.Errorf("%s hint with an age bound: only patient hints have one", h.Kind)
	}
	if h.Comparator != "" || h.Threshold != nil {
		return fmt.Errorf("%s hint with a comparator or threshold", h.Kind)
	}
	if h.Setting != "" && !MustVocabulary().HasSetting(h.Setting) {
		return fmt.Errorf("unknown setting %q", h.Setting)
	}
	if len(h.NotBy) > 0 && h.Kind != KindNote && h.Kind != KindObservation {
		return fmt.Errorf("%s hint with not_by: only notes have authors", h.Kind)
	}
	if len(h.Authors) > 0 && h.Kind != KindNote {
		return fmt.Errorf("%s hint with authors: only notes have authors", h.Kind)
	}
	return nil
}

// validateDrug checks that a medication or dose hint names its drug, by
// RxNorm code or by a class the vocabulary has.
func (h Hint) validateDrug() error {
	if len(h.MedicationClasses) == 0 && len(h.RxNorm) == 0 {
		return fmt.Errorf("%s without classes or rxnorm codes: name the drug", h.Kind)
	}
	for _, c := range h.MedicationClasses {
		if _, ok := MustVocabulary().Class(c); !ok {
			return fmt.Errorf("unknown medication class %q", c)
		}
	}
	return nil
}

// validateComparison checks comparator and thresholds against the range
// the unit allows. Observations may omit the comparison (any result counts).
func (h Hint) validateComparison(ranges map[string][2]float64, unit string, optional bool) error {
	r, ok := ranges[unit]
	if !ok {
		return fmt.Errorf("unknown unit %q", unit)
	}
	if h.Comparator == "" {
		if h.Threshold != nil || h.ThresholdHigh != nil {
			return fmt.Errorf("threshold without comparator")
		}
		if optional {
			return nil
		}
		return fmt.Errorf("missing comparator")
	}
	if !comparators[h.Comparator] {
		return fmt.Errorf("unknown comparator %q", h.Comparator)
	}
	if h.Threshold == nil {
		return fmt.Errorf("comparator %s without threshold", h.Comparator)
	}
	t := *h.Threshold
	if t < r[0] || t > r[1] {
		return fmt.Errorf("threshold %g %s outside the possible range %g-%g", t, unit, r[0], r[1])
	}
	if h.Comparator == "between" {
		if h.ThresholdHigh == nil {
			return fmt.Errorf("between without threshold_high")
		}
		if hi := *h.ThresholdHigh; hi < t || hi > r[1] {
			return fmt.Errorf("threshold_high %g %s not in %g-%g", hi, unit, t, r[1])
		}
	} else if h.ThresholdHigh != nil {
		return fmt.Errorf("threshold_high without between")
	}
	return nil
}

// loincCheckDigitOK verifies a LOINC code's mod-10 check digit, which
// catches most typos.
func loincCheckDigitOK(code string) bool {
	num, check, _ := strings.Cut(code, "-")
	// Mod 10 (Luhn-like) as LOINC defines it: double every other digit
	// starting from the rightmost.
	sum := 0
	double := true
	for i := len(num) - 1; i >= 0; i-- {
		d := int(num[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d = d/10 + d%10
			}
		}
		sum += d
		double = !double
	}
	want := (10 - sum%10) % 10
	return check == fmt.Sprint(want)
}

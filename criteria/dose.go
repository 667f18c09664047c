package criteria

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Dose is how much of a drug an order gives at a time and how often:
// Amount Unit once every EveryDays days (0.5 is twice a day). Unit is a
// mass ("mg", "mcg", "g"); a count of tablets or pens is turned into a
// mass by the product's strength before it becomes a Dose.
type Dose struct {
	Amount    float64 `json:"amount"`
	Unit      string  `json:"unit"`
	EveryDays float64 `json:"every_days"`
}

// massInMG converts a mass unit to milligrams; false for anything else.
func massInMG(unit string) (float64, bool) {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "mg", "milligram", "milligrams":
		return 1, true
	case "mcg", "ug", "µg", "microgram", "micrograms":
		return 0.001, true
	case "g", "gram", "grams":
		return 1000, true
	}
	return 0, false
}

// Over is the amount the dose gives over days, in unit (a policy's
// "up to 2 mg once weekly" is 2 mg over 7 days); false when the units do
// not convert or the dose is incomplete.
func (d Dose) Over(days float64, unit string) (float64, bool) {
	from, ok1 := massInMG(d.Unit)
	to, ok2 := massInMG(unit)
	if !ok1 || !ok2 || d.Amount <= 0 || d.EveryDays <= 0 || days <= 0 {
		return 0, false
	}
	return d.Amount * from / to * days / d.EveryDays, true
}

// String says the dose as a sig would: "2 mg once every 7 days",
// "5 mg twice a day".
func (d Dose) String() string {
	amount := trimFloat(d.Amount) + " " + d.Unit
	switch {
	case d.EveryDays == 1:
		return amount + " once a day"
	case d.EveryDays > 0 && d.EveryDays < 1:
		n := math.Round(1 / d.EveryDays)
		if math.Abs(n*d.EveryDays-1) < 1e-6 {
			switch n {
			case 2:
				return amount + " twice a day"
			default:
				return fmt.Sprintf("%s %d times a day", amount, int(n))
			}
		}
		return fmt.Sprintf("%s every %s hours", amount, trimFloat(d.EveryDays*24))
	case d.EveryDays > 1:
		return fmt.Sprintf("%s once every %s days", amount, trimFloat(d.EveryDays))
	}
	return amount
}

func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

var (
	// doseAmount: "2.4 mg", "40mg", "500 micrograms"; or a count of
	// units ("1 tablet", "one pen").
	doseAmount = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?|one|two|three|four)\s*(mg|mcg|µg|ug|g|milligrams?|micrograms?|grams?|tablets?|tabs?|capsules?|caps?|pens?|injections?|syringes?|injectors?|doses?)\b`)
	// every N hours / days / weeks / months
	doseEvery = regexp.MustCompile(`(?i)\b(?:every|q)\s*(\d+|other|one|two|three|four)?\s*(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)\b`)
	// n times a day / week
	doseTimes = regexp.MustCompile(`(?i)\b(once|twice|one time|two times|three times|four times|\d+\s*times|\d+x)\s*(?:a|per|each|every|/)?\s*(daily|day|week|weekly)\b`)
	// a bare rate word
	doseWord = regexp.MustCompile(`(?i)\b(daily|nightly|weekly|monthly|biweekly|bid|tid|qid|qd|qhs|qw|qwk|per day|a day|each day|per week|a week|a month|per month)\b`)
)

var countWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "other": 2}

func doseNumber(s string) (float64, bool) {
	if n, ok := countWords[strings.ToLower(s)]; ok {
		return n, true
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil && f > 0
}

// periodDays is a period's length in days.
func periodDays(u string) float64 {
	switch strings.ToLower(u)[0] {
	case 'h':
		return 1.0 / 24
	case 'd':
		return 1
	case 'w':
		return 7
	case 'm':
		return 30
	}
	return 0
}

// parseEvery reads how often a sig gives its dose, in days between doses.
func parseEvery(text string) (float64, bool) {
	if m := doseEvery.FindStringSubmatch(text); m != nil {
		n := 1.0
		if m[1] != "" {
			var ok bool
			if n, ok = doseNumber(m[1]); !ok {
				return 0, false
			}
		}
		if d := periodDays(m[2]); d > 0 {
			return n * d, true
		}
	}
	if m := doseTimes.FindStringSubmatch(text); m != nil {
		var n float64
		switch w := strings.ToLower(m[1]); {
		case w == "once" || w == "one time":
			n = 1
		case w == "twice" || w == "two times":
			n = 2
		case w == "three times":
			n = 3
		case w == "four times":
			n = 4
		default:
			v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimRight(strings.TrimSuffix(w, "times"), "x ")), 64)
			if err != nil || v <= 0 {
				return 0, false
			}
			n = v
		}
		period := 1.0
		if strings.HasPrefix(strings.ToLower(m[2]), "week") {
			period = 7
		}
		return period / n, true
	}
	if m := doseWord.FindStringSubmatch(text); m != nil {
		switch strings.ToLower(m[1]) {
		case "daily", "nightly", "qd", "qhs", "per day", "a day", "each day":
			return 1, true
		case "weekly", "qw", "qwk", "per week", "a week":
			return 7, true
		case "biweekly":
			return 14, true
		case "monthly", "a month", "per month":
			return 30, true
		case "bid":
			return 0.5, true
		case "tid":
			return 1.0 / 3, true
		case "qid":
			return 0.25, true
		}
	}
	return 0, false
}

// ReadDose reads the dose of an order from its sig ("Inject 2.4 mg
// subcutaneously once weekly", "40 mg every other week", "1 tablet by
// mouth twice daily") and, when the sig counts tablets or pens, the
// strength its product name gives ("tofacitinib 5 MG Oral Tablet"). A
// titration ("0.25 mg weekly for 4 weeks, then 0.5 mg weekly") is read at
// its highest amount: a limit holds for every dose the order gives. False
// when the sig gives no amount or no frequency: a dose is never guessed.
func ReadDose(sig, product string) (Dose, bool) {
	ms := doseAmount.FindAllStringSubmatchIndex(sig, -1)
	if ms == nil {
		return Dose{}, false
	}
	// The highest amount, masses before counts (a count needs the
	// product's strength to compare).
	best, bestMG, bestMass := -1, 0.0, false
	var n float64
	for i, m := range ms {
		v, ok := doseNumber(sig[m[2]:m[3]])
		if !ok {
			continue
		}
		f, mass := massInMG(sig[m[4]:m[5]])
		if !mass {
			f = 1
		}
		switch {
		case best < 0, mass && !bestMass, mass == bestMass && v*f > bestMG:
			best, bestMG, bestMass, n = i, v*f, mass, v
		}
	}
	if best < 0 {
		return Dose{}, false
	}
	m := ms[best]
	every, ok := parseEvery(sig[m[1]:])
	if !ok {
		if every, ok = parseEvery(sig); !ok {
			return Dose{}, false
		}
	}
	return doseOf(n, strings.ToLower(sig[m[4]:m[5]]), every, product)
}

// doseOf is amount unit once every every days: a mass as it is, a volume
// never (it needs a concentration), a count of tablets or pens by the
// product's strength per unit.
func doseOf(amount float64, unit string, every float64, product string) (Dose, bool) {
	if u := strings.ToLower(unit); strings.Contains(u, "ml") || strings.Contains(u, "milliliter") {
		return Dose{}, false
	}
	if _, mass := massInMG(unit); mass {
		return Dose{Amount: amount, Unit: massUnit(unit), EveryDays: every}, true
	}
	per, perUnit, ok := StrengthOf(product)
	if !ok {
		return Dose{}, false
	}
	return Dose{Amount: amount * per, Unit: perUnit, EveryDays: every}, true
}

// massUnit is a mass unit's short form.
func massUnit(u string) string {
	switch f, _ := massInMG(u); f {
	case 0.001:
		return "mcg"
	case 1000:
		return "g"
	}
	return "mg"
}

// strength: "5 MG Oral Tablet", "2.4 MG/0.75 ML Auto-Injector", "40 MG/0.4
// ML Prefilled Syringe": the mass before any "/ volume".
var strength = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|g)\b(\s*/\s*(\d+(?:\.\d+)?)?\s*ml)?`)

// StrengthOf reads a product's strength per unit (tablet, capsule, pen,
// syringe) from its RxNorm name. A concentration per one millilitre of a
// vial or solution ("100 MG/ML Injectable Solution") is not a strength
// per unit, and reads as none.
func StrengthOf(product string) (float64, string, bool) {
	m := strength.FindStringSubmatch(product)
	if m == nil {
		return 0, "", false
	}
	if m[3] != "" && m[4] == "" {
		return 0, "", false // MG/ML: per millilitre
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil || n <= 0 {
		return 0, "", false
	}
	return n, massUnit(m[2]), true
}

// StructuredDose makes a Dose from a FHIR dosage's parts: the amount per
// administration and its unit (a mass, or a count of the product's units
// whose strength its name gives), given frequency times per period in
// the UCUM unit periodUnit (h, d, wk, mo). False when any part is missing
// or does not convert: the sig's text is read instead.
func StructuredDose(amount float64, unit string, frequency int, period float64, periodUnit, product string) (Dose, bool) {
	if amount <= 0 || period <= 0 {
		return Dose{}, false
	}
	if frequency <= 0 {
		frequency = 1
	}
	var days float64
	switch periodUnit {
	case "h":
		days = period / 24
	case "d":
		days = period
	case "wk":
		days = period * 7
	case "mo":
		days = period * 30
	default:
		return Dose{}, false
	}
	return doseOf(amount, unit, days/float64(frequency), product)
}

// quantitySectionRE names a policy section that sets dose or quantity
// limits.
var quantitySectionRE = regexp.MustCompile(`(?i)\bquantity limits?\b|\bdos(?:e|ing|age) limits?\b|\bmaximum dos`)

// upToRE: "up to 2 mg once weekly", "not to exceed 10 mg a day".
var upToRE = regexp.MustCompile(`(?i)\b(?:up to|not to exceed|no more than|at most|maximum(?: of)?)\s+(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|g)\b`)

// doseLimitsIn reads a quantity-limit clause into dose hints, one per
// drug it names ("semaglutide up to 2 mg once weekly; dulaglutide up to
// 4.5 mg once weekly"); a clause naming no drug is about the drugs the
// policy's title names ("Up to 40 mg every other week" under "Adalimumab
// Products"). A limit given per dose ("5 mg twice daily") becomes the
// amount over a day.
func doseLimitsIn(cl, title string) []Hint {
	var out []Hint
	for _, seg := range strings.Split(cl, ";") {
		m := upToRE.FindStringSubmatchIndex(seg)
		if m == nil {
			continue
		}
		amount, err := strconv.ParseFloat(seg[m[2]:m[3]], 64)
		if err != nil || amount <= 0 {
			continue
		}
		every, ok := parseEvery(seg[m[1]:])
		if !ok {
			continue
		}
		per := math.Round(every)
		if every < 1 {
			amount, per = amount/every, 1
		}
		if per < 1 || per > 365 {
			continue
		}
		drugs := ingredientsIn(seg)
		if len(drugs) == 0 {
			drugs = ingredientsIn(title)
		}
		for _, rx := range drugs {
			out = append(out, Hint{Kind: KindDose, RxNorm: []string{rx}, MaxDose: ptr(math.Round(amount*1000) / 1000), Unit: massUnit(seg[m[4]:m[5]]), PerDays: int(per)})
		}
	}
	return out
}

// ingredientsIn lists the RxNorm codes of the vocabulary's ingredients a
// text names, in the order it names them.
func ingredientsIn(text string) []string {
	type at struct {
		pos int
		rx  string
	}
	var found []at
	seen := map[string]bool{}
	for _, c := range vocab.MedicationClasses {
		for _, in := range c.Ingredients {
			if in.RxNorm == "" || seen[in.RxNorm] || strings.Contains(in.Name, "/") {
				continue
			}
			if pos := vocab.NamedAt(text, in.Name); pos >= 0 {
				seen[in.RxNorm] = true
				found = append(found, at{pos, in.RxNorm})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.rx
	}
	return out
}

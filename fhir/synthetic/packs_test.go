package synthetic

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/policies"
)

// knownPackGaps lists criteria whose pack hints cannot tell the variant's
// truth, so the hint check is skipped for them; each is reported to the
// pack owners. Key: case id + "/" + criterion id.
var knownPackGaps = map[string]string{
	// The phrase hint "AzBio" is satisfied by any AzBio score, including
	// the 72 % that fails the criterion; the measure hint gets it right.
	"cochlear-aided-72/limited_aid_benefit": "phrase hint AzBio ignores the score",
}

// TestVariantsAgreeWithPacks checks each generated case against its
// criteria pack, the contract the agent reads: the gold policy has a pack
// that governs the request; every gold criterion is a pack criterion;
// met criteria satisfy a hint on data dated within the look-back window
// and on or before the request; not_documented and not_met criteria (and
// absent exclusions) satisfy none; the gold recommendation follows from
// the gold statuses by the pack's logic.
func TestVariantsAgreeWithPacks(t *testing.T) {
	t.Parallel()
	packs, err := policies.LoadPacks()
	require.NoError(t, err)
	byPolicy := map[string]policies.Pack{}
	for _, p := range packs {
		byPolicy[p.Policy] = p
	}
	// Several seeds: a variant must hold its labels whatever the dice say.
	type seeded struct {
		seed uint64
		c    Case
	}
	var cases []seeded
	seeds := []uint64{DefaultSeed, 7, 42}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		cs, err := All(seed)
		require.NoError(t, err)
		for _, c := range cs {
			cases = append(cases, seeded{seed, c})
		}
	}
	for _, sc := range cases {
		c := sc.c
		t.Run(fmt.Sprintf("%s/seed-%d", c.ID, sc.seed), func(t *testing.T) {
			t.Parallel()
			pack, ok := byPolicy[c.Gold.Policy]
			require.True(t, ok, "no pack for %s", c.Gold.Policy)
			require.Equal(t, pack.Payer, c.Request.Payer)
			require.True(t, slices.ContainsFunc(pack.Services, func(s umassist.Coding) bool { return s.Code == c.Request.Service.Code }), "pack %s does not list service %s", pack.ID, c.Request.Service.Code)
			if len(pack.Diagnoses) > 0 {
				require.True(t, slices.ContainsFunc(c.Request.Diagnoses, func(d umassist.Coding) bool {
					return slices.ContainsFunc(pack.Diagnoses, func(p string) bool { return strings.HasPrefix(d.Code, p) })
				}), "pack %s does not govern diagnoses %v", pack.ID, c.Request.Diagnoses)
			}
			chart := loadChart(t, c)
			crits := map[string]policies.Criterion{}
			for _, cr := range pack.Criteria {
				crits[cr.ID] = cr
			}
			for id, st := range c.Gold.Criteria {
				cr, ok := crits[id]
				require.True(t, ok, "gold criterion %s is not in pack %s", id, pack.ID)
				if _, gap := knownPackGaps[c.ID+"/"+id]; gap {
					continue
				}
				sat, why := chart.satisfies(cr)
				switch st {
				case umassist.CriterionMet:
					require.True(t, sat, "%s is gold met but no hint of the pack is satisfied", id)
				default:
					require.False(t, sat, "%s is gold %s but a hint is satisfied: %s", id, st, why)
				}
			}
			for _, ex := range pack.Logic.Exclusions {
				if _, listed := c.Gold.Criteria[ex]; listed {
					continue
				}
				sat, why := chart.satisfies(crits[ex])
				require.False(t, sat, "exclusion %s fires unintended: %s", ex, why)
			}
			require.Equal(t, c.Gold.Recommendation, decide(pack.Logic, c.Gold.Criteria), "gold recommendation does not follow from the gold statuses")
		})
	}
}

// decide applies a pack's logic to criterion statuses the way the SPEC
// defines the recommendations.
func decide(l policies.Logic, st map[string]umassist.CriterionStatus) umassist.Recommendation {
	for _, ex := range l.Exclusions {
		if st[ex] == umassist.CriterionMet {
			return umassist.RecommendRefer
		}
	}
	undocumented := false
	check := func(s umassist.CriterionStatus) (met bool) {
		switch s {
		case umassist.CriterionMet:
			return true
		case umassist.CriterionNotMet:
			return false
		default:
			undocumented = true
			return false
		}
	}
	failed := false
	for _, id := range l.AllOf {
		if !check(st[id]) && st[id] == umassist.CriterionNotMet {
			failed = true
		}
	}
	for _, group := range l.AnyOf {
		any, undoc := false, false
		for _, id := range group {
			switch st[id] {
			case umassist.CriterionMet:
				any = true
			case umassist.CriterionNotMet:
			default:
				undoc = true
			}
		}
		if !any && !undoc {
			failed = true
		}
		if !any && undoc {
			undocumented = true
		}
	}
	switch {
	case failed:
		return umassist.RecommendRefer
	case undocumented:
		return umassist.RecommendRequestInfo
	}
	return umassist.RecommendApprove
}

// chart is a case's resources, decoded just enough to check hints.
type chart struct {
	asOf  time.Time
	res   []map[string]any
	notes []noteText
}

func loadChart(t *testing.T, c Case) *chart {
	var b struct {
		Entry []struct {
			Resource map[string]any `json:"resource"`
		} `json:"entry"`
	}
	require.NoError(t, json.Unmarshal(c.Bundle, &b))
	ch := &chart{asOf: c.Request.Date.EndOfDay(), notes: notesOf(t, c)}
	for _, e := range b.Entry {
		ch.res = append(ch.res, e.Resource)
	}
	return ch
}

func (ch *chart) inWindow(d time.Time, lookback int) bool {
	if d.IsZero() || d.After(ch.asOf) {
		return false
	}
	return lookback == 0 || !d.Before(ch.asOf.AddDate(0, 0, -lookback-1))
}

func (ch *chart) satisfies(cr policies.Criterion) (bool, string) {
	for _, h := range cr.Evidence {
		if ok, why := ch.hint(h); ok {
			return true, why
		}
	}
	return false, ""
}

func (ch *chart) hint(h policies.Hint) (bool, string) {
	switch h.Kind {
	case "observation":
		for _, r := range ch.of("Observation") {
			if !slices.Contains(h.LOINC, codeOf(r, umassist.SystemLOINC)) || !ch.inWindow(timeOf(r, "effectiveDateTime"), h.LookbackDays) {
				continue
			}
			q, _ := r["valueQuantity"].(map[string]any)
			v, _ := q["value"].(float64)
			unit, _ := q["code"].(string)
			if h.Threshold == nil || compare(convert(v, unit, h.Unit), h) {
				return true, "Observation/" + r["id"].(string)
			}
		}
	case "condition":
		for _, r := range ch.of("Condition") {
			if !ch.inWindow(timeOf(r, "onsetDateTime"), h.LookbackDays) {
				continue
			}
			for _, code := range codesOf(r) {
				for _, want := range h.Codes {
					if strings.HasPrefix(code, want) {
						return true, "Condition/" + r["id"].(string)
					}
				}
			}
		}
	case "procedure":
		for _, r := range ch.of("Procedure") {
			if ch.inWindow(timeOf(r, "performedDateTime"), h.LookbackDays) && slices.ContainsFunc(codesOf(r), func(c string) bool { return slices.Contains(h.Codes, c) }) {
				return true, "Procedure/" + r["id"].(string)
			}
		}
	case "medication":
		for _, r := range ch.of("MedicationRequest") {
			authored := timeOf(r, "authoredOn")
			if authored.IsZero() || authored.After(ch.asOf.AddDate(0, 0, -h.MinDurationDays)) {
				continue
			}
			mc, _ := r["medicationCodeableConcept"].(map[string]any)
			text, _ := mc["text"].(string)
			if slices.Contains(h.RxNorm, codeOf(map[string]any{"code": mc}, umassist.SystemRxNorm)) || slices.Contains(h.MedicationClasses, drugClass(text)) {
				return true, "MedicationRequest/" + r["id"].(string)
			}
		}
	case "note":
		for _, n := range ch.notes {
			if !ch.inWindow(n.date, h.LookbackDays) {
				continue
			}
			for _, p := range h.Phrases {
				if phraseAffirmed(n.text, p) {
					return true, n.ref + " says " + strconv.Quote(p)
				}
			}
			if h.Measure != "" {
				for _, v := range measures(n.text, h.Measure) {
					if compare(v, h) {
						return true, n.ref + " " + h.Measure + "=" + strconv.FormatFloat(v, 'g', -1, 64)
					}
				}
			}
		}
	}
	return false, ""
}

func (ch *chart) of(typ string) []map[string]any {
	var out []map[string]any
	for _, r := range ch.res {
		if r["resourceType"] == typ {
			out = append(out, r)
		}
	}
	return out
}

func timeOf(r map[string]any, key string) time.Time {
	s, _ := r[key].(string)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	t, _ := time.Parse(umassist.DateLayout, s)
	return t
}

func codesOf(r map[string]any) []string {
	c, _ := r["code"].(map[string]any)
	cs, _ := c["coding"].([]any)
	var out []string
	for _, x := range cs {
		m, _ := x.(map[string]any)
		if s, ok := m["code"].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func codeOf(r map[string]any, system string) string {
	c, _ := r["code"].(map[string]any)
	cs, _ := c["coding"].([]any)
	for _, x := range cs {
		m, _ := x.(map[string]any)
		if m["system"] == system {
			s, _ := m["code"].(string)
			return s
		}
	}
	return ""
}

// drugClass maps the ingredients our charts use to the packs' classes.
func drugClass(display string) string {
	d := strings.ToLower(display)
	for _, c := range []struct{ ingredient, class string }{
		{"carvedilol", "beta_blocker"}, {"metoprolol", "beta_blocker"}, {"sacubitril", "arni"},
		{"lisinopril", "ace_inhibitor"}, {"losartan", "arb"}, {"spironolactone", "mra"},
		{"dapagliflozin", "sglt2i"}, {"furosemide", "loop_diuretic"}, {"apixaban", "anticoagulant"},
		{"warfarin", "anticoagulant"}, {"semaglutide", "glp1_agonist"},
	} {
		if strings.Contains(d, c.ingredient) {
			return c.class
		}
	}
	return ""
}

func convert(v float64, from, to string) float64 {
	switch {
	case from == "1" && to == "%":
		return v * 100
	case from == "kPa" && to == "mmHg":
		return v * 7.50062
	}
	return v
}

func compare(v float64, h policies.Hint) bool {
	t := *h.Threshold
	switch h.Comparator {
	case "<":
		return v < t
	case "<=":
		return v <= t
	case ">":
		return v > t
	case ">=":
		return v >= t
	case "==":
		return math.Abs(v-t) < 1e-9
	case "!=":
		return math.Abs(v-t) >= 1e-9
	case "between":
		return v >= t && v <= *h.ThresholdHigh
	}
	return false
}

var negators = []string{"no ", "not ", "denies ", "denied ", "without ", "negative for "}

// phraseAffirmed is a case-insensitive phrase match that ignores
// occurrences negated earlier in the same sentence.
func phraseAffirmed(text, phrase string) bool {
	lt, lp := strings.ToLower(text), strings.ToLower(phrase)
	for off := 0; ; {
		i := strings.Index(lt[off:], lp)
		if i < 0 {
			return false
		}
		at := off + i
		start := strings.LastIndexAny(lt[:at], ".;\n") + 1
		clause := lt[start:at]
		if !slices.ContainsFunc(negators, func(n string) bool { return strings.Contains(clause, n) }) {
			return true
		}
		off = at + len(lp)
	}
}

var measureRes = map[string]*regexp.Regexp{
	"lvef":                 regexp.MustCompile(`(?i)(?:ejection fraction|lvef|\bef)\D{0,60}?(\d+(?:\.\d+)?)`),
	"nyha_class":           regexp.MustCompile(`(?i)nyha (?:functional )?class\s+(iv|iii|ii|i|[1-4])\b`),
	"ahi":                  regexp.MustCompile(`(?i)(?:\bahi\b|apnea-hypopnea index)\D{0,20}?(\d+(?:\.\d+)?)`),
	"bmi":                  regexp.MustCompile(`(?i)\bbmi\D{0,12}?(\d+(?:\.\d+)?)`),
	"spo2":                 regexp.MustCompile(`(?i)spo2\D{0,20}?(\d+(?:\.\d+)?)\s*%`),
	"wagner_grade":         regexp.MustCompile(`(?i)wagner grade\s+(iv|iii|ii|i|[0-5])\b`),
	"cha2ds2_vasc":         regexp.MustCompile(`(?i)cha2ds2-vasc(?: score)?\s*(\d+)`),
	"chads2":               regexp.MustCompile(`(?i)\bchads2(?: score)?\s*(\d+)`),
	"sentence_recognition": regexp.MustCompile(`(?i)sentence recognition score\s*(\d+)\s*%`),
}

func measures(text, measure string) []float64 {
	re, ok := measureRes[measure]
	if !ok {
		return nil
	}
	var out []float64
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		s := strings.ToLower(m[1])
		roman := map[string]float64{"i": 1, "ii": 2, "iii": 3, "iv": 4}
		v, ok := roman[s]
		if !ok {
			var err error
			if v, err = strconv.ParseFloat(s, 64); err != nil {
				continue
			}
		}
		if measure == "lvef" && v <= 1 {
			v *= 100
		}
		out = append(out, v)
	}
	return out
}

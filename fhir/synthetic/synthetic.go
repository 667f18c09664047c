package synthetic

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/umassist/umassist"
)

// Scenario is one coverage policy's clinical story, told in variants.
type Scenario struct {
	Name      string // "icd"
	Policy    string // the governing policy's official id, "NCD 20.4"
	Title     string
	Payer     string
	Service   umassist.Coding
	Diagnoses []umassist.Coding
	// Defaults are the criterion statuses every variant starts from,
	// keyed by the criteria pack's criterion ids (pack semantics: an
	// exclusion criterion is "met" when the excluding fact is present).
	Defaults map[string]umassist.CriterionStatus
	// Exclusions are the pack's exclusion criteria.
	Exclusions []string
	Variants   []Variant

	gen func(b *builder, v Variant) outcome
}

// Variant is one way a scenario's chart can look.
type Variant struct {
	Name           string
	Description    string
	Recommendation umassist.Recommendation
	// Missing are the SPEC gold.missing phrases for request_info.
	Missing []string
	// Tags name the edge cases the variant exercises ("injection",
	// "future-evidence", "unit-variant", "negation", "lookback",
	// "noise", "pdf", "html", "note-only").
	Tags []string
	// Expedited marks the request urgent.
	Expedited bool
	// Criteria overrides the scenario's default criterion statuses.
	Criteria map[string]umassist.CriterionStatus
	// Diagnoses, when set, replace the scenario's request diagnoses (a
	// BMI 32 patient is not coded Z68.41).
	Diagnoses []umassist.Coding
}

// HasTag reports whether the variant carries tag.
func (v Variant) HasTag(tag string) bool { return slices.Contains(v.Tags, tag) }

// Gold is the SPEC gold label of a generated case.
type Gold struct {
	Recommendation umassist.Recommendation             `json:"recommendation"`
	Policy         string                              `json:"policy"`
	Evidence       []string                            `json:"evidence"`
	Missing        []string                            `json:"missing"`
	Rationale      string                              `json:"rationale,omitempty"`
	Criteria       map[string]umassist.CriterionStatus `json:"criteria,omitempty"`
}

// Case is one generated patient with the request made for them and the
// answer a correct review reaches.
type Case struct {
	ID        string // "icd-meets"
	Scenario  string
	Variant   string
	PatientID string
	Tags      []string
	// Bundle is the patient's FHIR R4 collection Bundle (JSON).
	Bundle []byte
	// Request is the request as the SPEC's datasets carry it; Requester
	// is who ordered it (the chart's first clinician), for a demo to send
	// with the request.
	Request   umassist.ServiceRequest
	Requester string
	Gold      Gold
	// Evidence maps each criterion to the resources that bear on it.
	Evidence map[string][]string
}

// outcome is what a scenario generator reports back.
type outcome struct {
	rationale string
	// cites: criterion id -> resources documenting it (for met and
	// not_met criteria).
	cites map[string][]string
}

// Scenarios lists every scenario, in a stable order.
func Scenarios() []Scenario {
	return []Scenario{icdScenario(), cpapScenario(), bariatricScenario(), oxygenScenario(), tavrScenario(), laacScenario(), hbotScenario(), cochlearScenario()}
}

// Lookup finds a scenario and one of its variants by name.
func Lookup(scenario, variant string) (Scenario, Variant, error) {
	for _, s := range Scenarios() {
		if s.Name != scenario {
			continue
		}
		for _, v := range s.Variants {
			if v.Name == variant {
				return s, v, nil
			}
		}
		return Scenario{}, Variant{}, umassist.Errorf(umassist.EINVALID, "synthetic: scenario %s has no variant %q", scenario, variant)
	}
	return Scenario{}, Variant{}, umassist.Errorf(umassist.EINVALID, "synthetic: unknown scenario %q", scenario)
}

// Options adjust a generated case.
type Options struct {
	// RequestDate, when set, replaces the seeded request date; every
	// resource moves with it, so the chart keeps its shape (the demo
	// dates its queue relative to today).
	RequestDate time.Time
	// ID, when set, names the case and its patient ("demo-03": patient
	// "pt-demo-03", resources "demo-03-..."), so one scenario can appear
	// twice in a store.
	ID string
	// RelativeIDs names resources by days before the request ("d45")
	// instead of by date, so a chart regenerated on another day keeps its
	// ids and a store's upsert replaces it instead of adding a copy.
	RelativeIDs bool
	// Payer, when set, replaces the scenario's payer in the request and
	// the patient's Coverage.
	Payer string
}

// Generate builds one case. The same scenario, variant and seed always
// give byte-identical output.
func Generate(scenario, variant string, seed uint64) (Case, error) {
	return GenerateWith(scenario, variant, seed, Options{})
}

// GenerateWith is Generate with options.
func GenerateWith(scenario, variant string, seed uint64, opts Options) (Case, error) {
	s, v, err := Lookup(scenario, variant)
	if err != nil {
		return Case{}, err
	}
	// Mix the seed and the case name through splitmix64 before seeding
	// PCG: seeds that differ in a few bits would otherwise start streams
	// whose first draws (sex, first name) agree too often.
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s", s.Name, v.Name)
	rng := rand.New(rand.NewPCG(splitmix64(seed^h.Sum64()), splitmix64(h.Sum64()+seed*0x9e3779b97f4a7c15)))

	req := requestDay(rng, opts)
	id := s.Name + "-" + v.Name
	if opts.ID != "" {
		id = opts.ID
	}
	b := newBuilder(rng, id, "pt-"+id, req)
	b.payer = s.Payer
	b.relIDs = opts.RelativeIDs
	if opts.Payer != "" {
		b.payer = opts.Payer
	}
	out := s.gen(b, v)
	bundle, err := b.bundle()
	if err != nil {
		return Case{}, err
	}

	urgency := umassist.UrgencyStandard
	if v.Expedited {
		urgency = umassist.UrgencyExpedited
	}
	diagnoses := slices.Clone(s.Diagnoses)
	if v.Diagnoses != nil {
		diagnoses = slices.Clone(v.Diagnoses)
	}
	gold := Gold{
		Recommendation: v.Recommendation,
		Policy:         s.Policy,
		Evidence:       []string{},
		Missing:        slices.Clone(v.Missing),
		Rationale:      out.rationale,
		Criteria:       map[string]umassist.CriterionStatus{},
	}
	if gold.Missing == nil {
		gold.Missing = []string{}
	}
	for c, st := range s.Defaults {
		gold.Criteria[c] = st
	}
	for c, st := range v.Criteria {
		gold.Criteria[c] = st
	}
	for _, c := range sortedKeys(gold.Criteria) {
		st := gold.Criteria[c]
		excl := slices.Contains(s.Exclusions, c)
		switch {
		case v.Recommendation == umassist.RecommendRefer:
			if (excl && st == umassist.CriterionMet) || (!excl && st == umassist.CriterionNotMet) {
				gold.Evidence = append(gold.Evidence, out.cites[c]...)
			}
		case !excl && st == umassist.CriterionMet:
			gold.Evidence = append(gold.Evidence, out.cites[c]...)
		}
	}
	gold.Evidence = dedupe(gold.Evidence)
	return Case{
		ID:        id,
		Scenario:  s.Name,
		Variant:   v.Name,
		PatientID: b.patient,
		Tags:      slices.Clone(v.Tags),
		Bundle:    bundle,
		Request: umassist.ServiceRequest{
			Service:   s.Service,
			Diagnoses: diagnoses,
			Payer:     b.payer,
			Urgency:   urgency,
			Date:      umassist.Date{Time: req},
		},
		Requester: b.orderer,
		Gold:      gold,
		Evidence:  out.cites,
	}, nil
}

// All generates every variant of every scenario with one seed, in
// Scenarios order.
func All(seed uint64) ([]Case, error) {
	var cases []Case
	for _, s := range Scenarios() {
		for _, v := range s.Variants {
			c, err := Generate(s.Name, v.Name, seed)
			if err != nil {
				return nil, err
			}
			cases = append(cases, c)
		}
	}
	return cases, nil
}

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// crit builds a criterion status map from "id", status pairs.
func crit(kv ...any) map[string]umassist.CriterionStatus {
	m := map[string]umassist.CriterionStatus{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1].(umassist.CriterionStatus)
	}
	return m
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// Shorthands the scenario tables use.
const (
	met    = umassist.CriterionMet
	notMet = umassist.CriterionNotMet
	undoc  = umassist.CriterionNotDocumented
)

var (
	approve     = umassist.RecommendApprove
	refer       = umassist.RecommendRefer
	requestInfo = umassist.RecommendRequestInfo
)

// requestDay is the request date: the caller's day, else a weekday in the
// first half of 2026 from the dice.
func requestDay(rng *rand.Rand, opts Options) time.Time {
	// The draw is made either way, so a fixed date leaves the rest of the
	// chart as the seed made it.
	req := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(150))
	for req.Weekday() == time.Saturday || req.Weekday() == time.Sunday {
		req = req.AddDate(0, 0, 1)
	}
	if !opts.RequestDate.IsZero() {
		y, m, d := opts.RequestDate.UTC().Date()
		req = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return req
}

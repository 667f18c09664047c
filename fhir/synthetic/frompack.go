package synthetic

// Charts made from a criteria pack alone, for any pack: one that meets
// every deciding criterion, one that contradicts one criterion, one that
// is silent on one, one that shows an exclusion. Every published pack
// gets its tests from these without a hand-written scenario; the
// hand-written scenarios remain for the ways real charts are written.

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// PackMode says how a chart made from a pack stands against it.
type PackMode string

// Pack chart modes.
const (
	// PackMeets: every deciding criterion met, no exclusion.
	PackMeets PackMode = "meets"
	// PackFails: one criterion contradicted (a value on the wrong side of
	// its threshold, a therapy too short), the rest met.
	PackFails PackMode = "fails"
	// PackSilent: one criterion on which the chart says nothing.
	PackSilent PackMode = "silent"
	// PackExcluded: every criterion met, and one exclusion present.
	PackExcluded PackMode = "excluded"
)

// ErrCannotContradict is returned for a criterion no hint of which can
// be contradicted by a record (a diagnosis is present or absent).
var ErrCannotContradict = umassist.Errorf(umassist.EINVALID, "synthetic: the criterion has no hint a record can contradict")

// ErrEntangled is returned for a criterion a chart cannot be silent on,
// or contradict, while meeting the others: it reads what another
// criterion reads (a blood gas that is both the test and its value), or
// what every record holds (a stroke-risk score computed from age and sex).
var ErrEntangled = umassist.Errorf(umassist.EINVALID, "synthetic: the chart speaks to this criterion whenever it meets the others")

// Deciding lists what a pack's main pathway decides on for the request
// FromPack makes: the criteria that must all be met, the first of each
// any-of group, and the exclusions.
func Deciding(p *criteria.Pack) (required, exclusions []string) {
	req := criteria.RequestOf(packRequest(p, time.Time{}))
	all, anyOf, excl, _ := criteria.Pathway(p.Logic, nil, req)
	required = slices.Clone(all)
	for _, g := range anyOf {
		if len(g) > 0 && !slices.Contains(required, g[0]) {
			required = append(required, g[0])
		}
	}
	return required, slices.Clone(excl)
}

// packRequest is the request a chart made from a pack carries: the pack's
// first service and first diagnosis, for its payer, in its first
// jurisdiction when it is a local pack.
func packRequest(p *criteria.Pack, date time.Time) umassist.ServiceRequest {
	r := umassist.ServiceRequest{Payer: p.Payer, Urgency: umassist.UrgencyStandard, Date: umassist.Date{Time: date}}
	if len(p.Jurisdictions) > 0 {
		r.Jurisdiction = p.Jurisdictions[0]
	}
	if len(p.Services) > 0 {
		r.Service = p.Services[0]
	}
	if len(p.Diagnoses) > 0 {
		r.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM, Code: p.Diagnoses[0]}}
	}
	return r
}

// FromPack makes a chart for pack p in mode; criterion names the
// criterion contradicted (PackFails), left out (PackSilent) or the
// exclusion present (PackExcluded). The request falls on a weekday in the
// first half of 2026, from the seed.
func FromPack(p *criteria.Pack, mode PackMode, criterion string, seed uint64) (Case, error) {
	return FromPackWith(p, mode, criterion, seed, Options{})
}

// FromPackWith is FromPack with options: the request date, the case's id
// (its resource ids follow it) and relative resource ids, as the demo
// uses them.
func FromPackWith(p *criteria.Pack, mode PackMode, criterion string, seed uint64, opts Options) (Case, error) {
	vocab, err := criteria.LoadVocabulary()
	if err != nil {
		return Case{}, err
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s/%s", p.ID, mode, criterion)
	rng := rand.New(rand.NewPCG(splitmix64(seed^h.Sum64()), splitmix64(h.Sum64()+seed)))
	req := requestDay(rng, opts)
	id := slug(p.ID + "-" + string(mode))
	if criterion != "" {
		id += "-" + slug(criterion)
	}
	// Resource ids carry the builder's prefix and stay under FHIR's 64
	// characters: a short one from the hash, or the caller's id.
	short := fmt.Sprintf("pk%08x", uint32(h.Sum64()))
	if opts.ID != "" {
		id, short = opts.ID, opts.ID
	}
	b := newBuilder(rng, short, "pt-"+short, req)
	b.relIDs = opts.RelativeIDs
	b.payer = p.Payer
	g := &packGen{b: b, vocab: vocab, pack: p}

	required, exclusions := Deciding(p)
	byID := map[string]criteria.Criterion{}
	for _, c := range p.Criteria {
		byID[c.ID] = c
	}
	// The patient's age meets every age limit of the criteria the chart
	// meets, and fails the one it contradicts.
	age := 45 + rng.IntN(30)
	for _, id := range required {
		for _, h := range byID[id].Evidence {
			if h.Kind != criteria.KindPatient {
				continue
			}
			switch {
			case mode == PackFails && id == criterion && h.MinAge > 0:
				age = h.MinAge - 1
			case mode == PackFails && id == criterion:
				age = h.MaxAge + 1
			default:
				age = max(age, h.MinAge)
				if h.MaxAge > 0 {
					age = min(age, h.MaxAge)
				}
			}
		}
	}
	b.patientResource(b.one("male", "female"), age)
	gold := Gold{Policy: p.Policy, Evidence: []string{}, Missing: []string{}, Criteria: map[string]umassist.CriterionStatus{}}
	gold.Recommendation = umassist.RecommendApprove
	for _, id := range required {
		c := byID[id]
		switch {
		case mode == PackFails && id == criterion:
			refs, err := g.contradict(c)
			if err != nil {
				return Case{}, err
			}
			gold.Criteria[id] = umassist.CriterionNotMet
			gold.Evidence = append(gold.Evidence, refs...)
			gold.Recommendation = umassist.RecommendRefer
		case mode == PackSilent && id == criterion:
			gold.Criteria[id] = umassist.CriterionNotDocumented
			gold.Missing = append(gold.Missing, c.Missing)
			gold.Recommendation = umassist.RecommendRequestInfo
		default:
			refs, err := g.meet(c)
			if err != nil {
				return Case{}, fmt.Errorf("synthetic: %s %s: %w", p.ID, id, err)
			}
			gold.Criteria[id] = umassist.CriterionMet
			if mode == PackMeets {
				gold.Evidence = append(gold.Evidence, refs...)
			}
		}
	}
	if mode == PackExcluded {
		if !slices.Contains(exclusions, criterion) {
			return Case{}, umassist.Errorf(umassist.EINVALID, "synthetic: %s is not an exclusion of %s", criterion, p.ID)
		}
		// Written last and newest: the newest reading governs.
		g.late = true
		refs, err := g.meet(byID[criterion])
		if err != nil {
			return Case{}, fmt.Errorf("synthetic: %s %s: %w", p.ID, criterion, err)
		}
		gold.Criteria[criterion] = umassist.CriterionMet
		gold.Evidence = append(gold.Evidence, refs...)
		gold.Recommendation = umassist.RecommendRefer
		// An exclusion read from what a required criterion reads (NYHA IV
		// against NYHA II-III) changes that criterion too: its status is
		// not this chart's point.
		excl := g.subjects(byID[criterion])
		for _, id := range required {
			for k := range g.subjects(byID[id]) {
				if excl[k] {
					delete(gold.Criteria, id)
				}
			}
		}
	}
	if (mode == PackFails || mode == PackSilent) && !slices.Contains(required, criterion) {
		return Case{}, umassist.Errorf(umassist.EINVALID, "synthetic: %s is not a deciding criterion of %s", criterion, p.ID)
	}
	others := required
	if mode == PackFails {
		// A value just past one alternative's bound can begin another
		// pathway ("AHI 13.5" fails 15 or more and meets 5 to 14, whose
		// symptom is then asked for): such a chart does not contradict
		// the criterion alone.
		others = append(slices.Clone(required), alternatives(p)...)
	}
	if (mode == PackSilent || mode == PackFails) && g.entangled(byID[criterion], others, byID, mode) {
		return Case{}, ErrEntangled
	}
	bundle, err := b.bundle()
	if err != nil {
		return Case{}, err
	}
	return Case{ID: id, Scenario: "pack:" + p.ID, Variant: string(mode), PatientID: b.patient, Bundle: bundle,
		Request: packRequest(p, req), Requester: b.orderer, Gold: gold}, nil
}

// subjects are what a criterion's hints read: measures (by id, also for
// LOINC codes), codes, medication classes and phrases.
func (g *packGen) subjects(c criteria.Criterion) map[string]bool {
	out := map[string]bool{}
	for _, h := range c.Evidence {
		if h.Context {
			continue
		}
		if h.Measure != "" {
			out["m:"+h.Measure] = true
		}
		for _, l := range h.LOINC {
			if m, ok := g.vocab.MeasureForLOINC(l); ok {
				out["m:"+m.ID] = true
			}
		}
		for _, x := range h.Codes {
			out["c:"+x] = true
		}
		for _, x := range h.MedicationClasses {
			out["k:"+x] = true
		}
		for _, x := range h.Phrases {
			out["p:"+strings.ToLower(x)] = true
		}
	}
	return out
}

// entangled reports whether a chart meeting the other required criteria
// must speak to c too.
// alternatives are the criteria of the any_of groups of the pathway a
// pack's charts are drafted under (the one Deciding reads).
func alternatives(p *criteria.Pack) []string {
	_, anyOf, _, _ := criteria.Pathway(p.Logic, nil, criteria.RequestOf(packRequest(p, time.Time{})))
	return slices.Concat(anyOf...)
}

func (g *packGen) entangled(c criteria.Criterion, required []string, byID map[string]criteria.Criterion, mode PackMode) bool {
	mine := g.subjects(c)
	if mode == PackSilent && slices.ContainsFunc(c.Evidence, func(h criteria.Hint) bool { return h.Kind == criteria.KindPatient }) {
		// Every chart has the patient's date of birth.
		return true
	}
	for k := range mine {
		if id, ok := strings.CutPrefix(k, "m:"); ok {
			if m, ok := g.vocab.Measure(id); ok && computedInputs[m.ID] != nil {
				return true
			}
		}
	}
	for _, id := range required {
		if id == c.ID {
			continue
		}
		for k := range g.subjects(byID[id]) {
			if mine[k] {
				return true
			}
		}
	}
	return false
}

package demo

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir/synthetic"
)

//go:embed queue.json
var queueJSON []byte

// Entry is one line of the demo queue definition (queue.json).
type Entry struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Scenario string `json:"scenario"`
	Variant  string `json:"variant"`
	Urgency  string `json:"urgency"`
	// DaysAgo places the request that many days before the demo's day,
	// so the CMS-0057-F clocks show fresh, at-risk and breached cases.
	DaysAgo int `json:"days_ago"`
	// Payer overrides the scenario's payer (a commercial member whose
	// plan no criteria pack governs).
	Payer string `json:"payer,omitempty"`
	Note  string `json:"note,omitempty"`
	// Service and Diagnoses replace the scenario's request: a service no
	// reviewed criteria pack covers, drafted from the governing policy's
	// own text (ExpectPolicy), which never approves; or another product
	// of a pack's drug (an NDC), which the pack still governs.
	Service      *umassist.Coding  `json:"service,omitempty"`
	Diagnoses    []umassist.Coding `json:"diagnoses,omitempty"`
	ExpectPolicy string            `json:"expect_policy,omitempty"`
	// Pack makes the chart from a criteria pack instead of a scenario
	// (synthetic.FromPack): meeting it, or with Criterion silent,
	// contradicted or (an exclusion) present, as Variant says.
	Pack      string `json:"pack,omitempty"`
	Criterion string `json:"criterion,omitempty"`
}

// Case is one demo case ready to submit: the patient's bundle, the
// request, and what a correct review recommends.
type Case struct {
	Entry
	PatientID string // FHIR Patient id inside Bundle
	Bundle    []byte // FHIR R4 collection Bundle (JSON)
	Request   umassist.ServiceRequest
	// Expected is the gold recommendation; for a payer no pack governs
	// it is refer (a physician reviewer decides).
	Expected umassist.Recommendation
	Policy   string // the governing policy, empty when none applies
	Evidence []string
}

// Queue returns the demo queue definition.
func Queue() ([]Entry, error) { return parseQueue(queueJSON) }

func parseQueue(b []byte) ([]Entry, error) {
	var es []Entry
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&es); err != nil {
		return nil, fmt.Errorf("demo: parse queue.json: %w", err)
	}
	seen := map[string]bool{}
	for _, e := range es {
		if seen[e.ID] {
			return nil, fmt.Errorf("demo: duplicate case id %s", e.ID)
		}
		seen[e.ID] = true
		if !umassist.Urgency(e.Urgency).Valid() {
			return nil, fmt.Errorf("demo: case %s: urgency %q", e.ID, e.Urgency)
		}
	}
	return es, nil
}

// Cases builds the demo queue with the generator's own request dates:
// deterministic, for tests and screenshots.
func Cases() ([]Case, error) { return build(time.Time{}) }

// CasesAt builds the demo queue with each request dated DaysAgo before
// today, every chart shifted with it, so the queue looks live.
func CasesAt(today time.Time) ([]Case, error) {
	if today.IsZero() {
		return nil, fmt.Errorf("demo: CasesAt needs a day")
	}
	return build(today)
}

func build(today time.Time) ([]Case, error) {
	es, err := Queue()
	if err != nil {
		return nil, err
	}
	return buildEntries(es, today)
}

func buildEntries(es []Entry, today time.Time) ([]Case, error) {
	out := make([]Case, 0, len(es))
	for _, e := range es {
		// Each demo case is its own patient: its own ids (two cases may share
		// a variant) and its own dice.
		opts := synthetic.Options{ID: e.ID, Payer: e.Payer}
		h := fnv.New64a()
		h.Write([]byte(e.ID))
		seed := synthetic.DefaultSeed ^ h.Sum64()
		if !today.IsZero() {
			opts.RequestDate = today.AddDate(0, 0, -e.DaysAgo)
			// The same ids every day: re-running the demo replaces the
			// charts instead of piling up dated copies.
			opts.RelativeIDs = true
		}
		var sc synthetic.Case
		var err error
		if e.Pack != "" {
			sc, err = packChart(e, seed, opts)
		} else {
			sc, err = synthetic.GenerateWith(e.Scenario, e.Variant, seed, opts)
		}
		if err != nil {
			return nil, fmt.Errorf("demo: case %s: %w", e.ID, err)
		}
		req := sc.Request
		req.Urgency = umassist.Urgency(e.Urgency)
		req.Note = e.Note
		req.Requester = sc.Requester
		c := Case{Entry: e, PatientID: sc.PatientID, Bundle: sc.Bundle, Request: req,
			Expected: sc.Gold.Recommendation, Policy: sc.Gold.Policy, Evidence: sc.Gold.Evidence}
		if e.Service != nil {
			req.Service = *e.Service
			if len(e.Diagnoses) > 0 {
				req.Diagnoses = e.Diagnoses
			}
			c.Request = req
			// A product the case's pack still governs (a drug requested
			// by its NDC) keeps the pack's expectation.
			if pk, err := builtinPack(e.Pack); err != nil || !pk.Applies(req.Service, codes(req.Diagnoses), req.Payer, req.Jurisdiction) {
				c.Expected, c.Policy, c.Evidence = umassist.RecommendRefer, e.ExpectPolicy, nil
			}
		}
		if e.Payer != "" && e.Payer != "medicare" {
			// No criteria pack governs a commercial member's request: the
			// agent says so and a physician reviewer decides.
			c.Expected = umassist.RecommendRefer
			c.Policy = ""
			c.Evidence = nil
		}
		out = append(out, c)
	}
	return out, nil
}

// packChart makes a demo chart from a built-in criteria pack.
func packChart(e Entry, seed uint64, opts synthetic.Options) (synthetic.Case, error) {
	pk, err := builtinPack(e.Pack)
	if err != nil {
		return synthetic.Case{}, err
	}
	return synthetic.FromPackWith(pk, synthetic.PackMode(e.Variant), e.Criterion, seed, opts)
}

func builtinPack(id string) (*criteria.Pack, error) {
	packs, err := criteria.LoadPacks()
	if err != nil {
		return nil, err
	}
	for i := range packs {
		if packs[i].ID == id {
			return &packs[i], nil
		}
	}
	return nil, fmt.Errorf("no built-in pack %q", id)
}

// codes lists the codes of codings.
func codes(cs []umassist.Coding) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Code
	}
	return out
}

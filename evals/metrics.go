package evals

import (
	"strings"
	"unicode"

	"github.com/umassist/umassist"
)

// Summary is summary.json: the SPEC's metrics first, then extras. A metric
// is null when no case could measure it (an unlabelled batch scores
// nothing; errored cases are unscored, never right or wrong).
type Summary struct {
	Cases  int `json:"cases"`
	Errors int `json:"errors"`
	// Scored are the labelled cases that drafted: the denominator of every
	// gold-based metric.
	Scored         int                 `json:"scored"`
	Unlabelled     int                 `json:"unlabelled"`
	Recommendation RecommendationScore `json:"recommendation"`
	PolicyHitRate  *float64            `json:"policy_hit_rate"`
	EvidenceRecall *float64            `json:"evidence_recall"`
	// CitationPrecision needs no gold: it is measured on every drafted case.
	CitationPrecision *float64        `json:"citation_precision"`
	MissingRecall     *float64        `json:"missing_recall"`
	Denials           int             `json:"denials"`
	LatencyMS         LatencyStats    `json:"latency_ms"`
	Tokens            umassist.Tokens `json:"tokens"`

	// Extras.
	// FalseApprovals counts scored cases whose gold is refer or
	// request_info but whose draft recommends approve: the most dangerous
	// error, since a reviewer may simply accept an approval. It is null
	// when nothing was scored (an unlabelled batch cannot measure it).
	FalseApprovals *int `json:"false_approvals"`
	// FalseApprovalRate is FalseApprovals over the scored cases whose gold
	// is not approve (null when there are none).
	FalseApprovalRate *float64 `json:"false_approval_rate"`
	// FalseApprovalCases are the offending case ids, in dataset order.
	FalseApprovalCases  []string              `json:"false_approval_cases,omitempty"`
	CI                  map[string]Interval   `json:"ci"`
	PerPolicy           map[string]GroupScore `json:"per_policy,omitempty"`
	PerCriterion        map[string]GroupScore `json:"per_criterion,omitempty"`
	PerTag              map[string]GroupScore `json:"per_tag,omitempty"`
	Calibration         *Calibration          `json:"calibration"`
	VerifierFailureRate *float64              `json:"verifier_failure_rate"`
	ToolCallsPerCase    *float64              `json:"tool_calls_per_case"`
	ModelCalls          int                   `json:"model_calls"`
	CostUSD             float64               `json:"cost_usd"`
	Repeats             int                   `json:"repeats"`
	// Consistency is the share of cases whose recommendation never changed
	// over the repeats (null with one repeat).
	Consistency *float64 `json:"consistency"`
	Model       string   `json:"model,omitempty"`
	Dataset     string   `json:"dataset,omitempty"`
	RunID       string   `json:"run_id,omitempty"`
}

// RecommendationScore scores the recommendation against gold.
type RecommendationScore struct {
	Accuracy *float64 `json:"accuracy"`
	MacroF1  *float64 `json:"macro_f1"`
	// Confusion is gold → predicted → count.
	Confusion map[string]map[string]int `json:"confusion"`
	F1        map[string]float64        `json:"f1,omitempty"`
}

// LatencyStats are per-case drafting times.
type LatencyStats struct {
	P50  int64 `json:"p50"`
	P95  int64 `json:"p95"`
	Mean int64 `json:"mean"`
	Max  int64 `json:"max"`
}

// Interval is a bootstrap 95 % confidence interval.
type Interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// GroupScore is recommendation (or criterion status) accuracy in a group.
type GroupScore struct {
	Cases    int     `json:"cases"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// Calibration compares the draft's confidence with how often it is right.
type Calibration struct {
	ECE  float64 `json:"ece"`
	Bins []Bin   `json:"bins"`
}

// Bin is one reliability bin of confidence [Lo, Hi).
type Bin struct {
	Lo         float64 `json:"lo"`
	Hi         float64 `json:"hi"`
	Count      int     `json:"count"`
	Confidence float64 `json:"confidence"`
	Accuracy   float64 `json:"accuracy"`
}

// ScoreOptions tune scoring.
type ScoreOptions struct {
	// BootstrapSamples (default 1000) and Seed make the CIs; the same seed
	// gives the same intervals.
	BootstrapSamples int
	Seed             uint64
	Prices           Prices
	Model            string
}

// caseScore is one case's contribution to every metric, so a bootstrap
// resample re-aggregates without re-scoring.
type caseScore struct {
	drafted, labelled bool
	gold, pred        umassist.Recommendation
	policyKnown, hit  bool
	evGold, evHit     int
	cited, citedOK    int
	missGold, missHit int
	confidence        float64
	verifierFailed    bool
	toolCalls         int
}

func (s caseScore) scored() bool  { return s.drafted && s.labelled }
func (s caseScore) correct() bool { return s.gold == s.pred }

// falseApproval: the draft approves what gold sends to a physician or back
// to the ordering clinician.
func (s caseScore) falseApproval() bool {
	return s.scored() && s.gold != umassist.RecommendApprove && s.pred == umassist.RecommendApprove
}

// Score computes summary.json from a dataset and its results (in dataset
// order, one per case).
func Score(ds *Dataset, results []Result, opt ScoreOptions) *Summary {
	if opt.BootstrapSamples == 0 {
		opt.BootstrapSamples = 1000
	}
	s := &Summary{Cases: len(results), Model: opt.Model, Repeats: 1}
	byID := make(map[string]*Case, len(ds.Cases))
	for i := range ds.Cases {
		byID[ds.Cases[i].ID] = &ds.Cases[i]
	}
	scores := make([]caseScore, len(results))
	var lat []int64
	perPolicy := map[string]*GroupScore{}
	perCrit := map[string]*GroupScore{}
	perTag := map[string]*GroupScore{}
	consistent, repeated := 0, 0
	for i := range results {
		r := &results[i]
		c := byID[r.ID]
		if r.Error != nil && strings.Contains(*r.Error, umassist.ErrAIDenial.Message) {
			s.Denials++
		}
		if len(r.Repeats) > 1 {
			s.Repeats = max(s.Repeats, len(r.Repeats))
			if allDrafted(r.Repeats) {
				repeated++
				if allSame(r.Repeats) {
					consistent++
				}
			}
		}
		if c == nil || c.Gold == nil {
			s.Unlabelled++
		}
		if r.Errored() {
			s.Errors++
			continue
		}
		sc := scoreCase(c, r, ds)
		scores[i] = sc
		lat = append(lat, r.LatencyMS)
		s.Tokens = s.Tokens.Add(r.Tokens)
		s.ModelCalls += r.ModelCalls
		if !sc.scored() {
			continue
		}
		s.Scored++
		if sc.falseApproval() {
			s.FalseApprovalCases = append(s.FalseApprovalCases, r.ID)
		}
		if c.Gold.Policy != "" {
			g := group(perPolicy, c.Gold.Policy)
			g.Cases++
			if sc.correct() {
				g.Correct++
			}
		}
		for _, tag := range c.Tags {
			g := group(perTag, tag)
			g.Cases++
			if sc.correct() {
				g.Correct++
			}
		}
		for id, want := range c.Gold.Criteria {
			g := group(perCrit, id)
			g.Cases++
			if got, ok := criterionStatus(r.Criteria, id); ok && got == want {
				g.Correct++
			}
		}
	}
	agg := aggregate(scores, nil)
	s.Recommendation = agg.rec
	s.PolicyHitRate, s.EvidenceRecall, s.CitationPrecision, s.MissingRecall = agg.policy, agg.evidence, agg.citation, agg.missing
	s.VerifierFailureRate, s.ToolCallsPerCase = agg.verifier, agg.tools
	s.FalseApprovals, s.FalseApprovalRate = agg.falseApprovals, agg.falseApprovalRate
	s.LatencyMS = latencyStats(lat)
	s.PerPolicy = finishGroups(perPolicy)
	s.PerCriterion = finishGroups(perCrit)
	s.PerTag = finishGroups(perTag)
	s.Calibration = calibrate(scores, 10)
	s.CI = bootstrap(scores, opt.BootstrapSamples, opt.Seed)
	s.CostUSD = opt.Prices.Cost(opt.Model, s.Tokens)
	if repeated > 0 {
		s.Consistency = ratio(consistent, repeated)
	}
	return s
}

func allDrafted(recs []string) bool {
	for _, r := range recs {
		if r == "" {
			return false
		}
	}
	return true
}

func allSame(recs []string) bool {
	for _, r := range recs[1:] {
		if r != recs[0] {
			return false
		}
	}
	return true
}

func group(m map[string]*GroupScore, k string) *GroupScore {
	g, ok := m[k]
	if !ok {
		g = &GroupScore{}
		m[k] = g
	}
	return g
}

func finishGroups(m map[string]*GroupScore) map[string]GroupScore {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]GroupScore, len(m))
	for k, g := range m {
		g.Accuracy = float64(g.Correct) / float64(g.Cases)
		out[k] = *g
	}
	return out
}

func criterionStatus(cs []umassist.Criterion, id string) (umassist.CriterionStatus, bool) {
	want := NormalizeID(id)
	for _, c := range cs {
		if NormalizeID(c.ID) == want {
			return c.Status, true
		}
	}
	return "", false
}

func scoreCase(c *Case, r *Result, ds *Dataset) caseScore {
	sc := caseScore{drafted: true, confidence: r.Confidence, verifierFailed: len(r.VerifierFindings) > 0, toolCalls: r.ToolCalls}
	if r.Recommendation != nil {
		sc.pred = *r.Recommendation
	}
	cited := citedRefs(r)
	sc.cited = len(cited)
	if c != nil {
		if idx := ds.Bundles[c.Patient]; idx != nil {
			for ref := range cited {
				if idx.Citable(ref, c.Request.Date) {
					sc.citedOK++
				}
			}
		}
	}
	if c == nil || c.Gold == nil {
		return sc
	}
	g := c.Gold
	sc.labelled, sc.gold = true, g.Recommendation
	if g.Policy != "" {
		sc.policyKnown = true
		sc.hit = NormalizeID(g.Policy) == NormalizeID(r.Policy)
	}
	sc.evGold = len(g.Evidence)
	for _, e := range g.Evidence {
		if cited[e] {
			sc.evHit++
		}
	}
	if g.Recommendation == umassist.RecommendRequestInfo {
		sc.missGold = len(g.Missing)
		for _, m := range g.Missing {
			if MissingMatched(m, r.Questions) {
				sc.missHit++
			}
		}
	}
	return sc
}

// citedRefs is every resource the result cites: its evidence list and its
// criteria's evidence.
func citedRefs(r *Result) map[string]bool {
	out := make(map[string]bool, len(r.Evidence))
	for _, e := range r.Evidence {
		out[e] = true
	}
	for _, c := range r.Criteria {
		for _, e := range c.Evidence {
			out[e] = true
		}
	}
	return out
}

// NormalizeID compares policy and criterion ids ignoring case, spaces and
// punctuation ("NCD 20.4" == "ncd20.4" == "NCD-20-4").
func NormalizeID(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// MissingMatched reports whether a gold missing phrase ("NYHA|functional
// class") is matched by a question: some alternative's every word appears
// in the question, ignoring case and punctuation.
func MissingMatched(phrase string, questions []string) bool {
	for _, q := range questions {
		have := map[string]bool{}
		for _, w := range words(q) {
			have[w] = true
		}
		for _, alt := range strings.Split(phrase, "|") {
			ws := words(alt)
			if len(ws) == 0 {
				continue
			}
			all := true
			for _, w := range ws {
				if !have[w] {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}

package evals

import (
	"math"
	"sort"

	"github.com/umassist/umassist"
)

// aggregates are the rates over a group of scored cases: recommendation
// scores, false approvals, evidence and citation measures, latency.
type aggregates struct {
	rec                                 RecommendationScore
	policy, evidence, citation, missing *float64
	verifier, tools                     *float64
	falseApprovals                      *int
	falseApprovalRate                   *float64
}

// aggregate folds case scores (all, or the resample idx) into metrics.
func aggregate(scores []caseScore, idx []int) aggregates {
	var a aggregates
	conf := map[string]map[string]int{}
	for _, g := range umassist.Recommendations {
		conf[string(g)] = map[string]int{}
		for _, p := range umassist.Recommendations {
			conf[string(g)][string(p)] = 0
		}
	}
	var n, right, pk, hit, evG, evH, cit, citOK, mG, mH, drafted, vfail, tools, notApprove, falseApp int
	each := func(f func(s *caseScore)) {
		if idx == nil {
			for i := range scores {
				f(&scores[i])
			}
			return
		}
		for _, i := range idx {
			f(&scores[i])
		}
	}
	each(func(s *caseScore) {
		if !s.drafted {
			return
		}
		drafted++
		cit += s.cited
		citOK += s.citedOK
		tools += s.toolCalls
		if s.verifierFailed {
			vfail++
		}
		if !s.labelled {
			return
		}
		n++
		if s.correct() {
			right++
		}
		if s.gold != umassist.RecommendApprove {
			notApprove++
			if s.falseApproval() {
				falseApp++
			}
		}
		if row, ok := conf[string(s.gold)]; ok {
			row[string(s.pred)]++
		}
		if s.policyKnown {
			pk++
			if s.hit {
				hit++
			}
		}
		evG += s.evGold
		evH += s.evHit
		mG += s.missGold
		mH += s.missHit
	})
	a.rec.Confusion = conf
	if n > 0 {
		a.rec.Accuracy = ratio(right, n)
		a.rec.F1, a.rec.MacroF1 = macroF1(conf)
		a.falseApprovals = &falseApp
	}
	a.falseApprovalRate = ratio(falseApp, notApprove)
	a.policy = ratio(hit, pk)
	a.evidence = ratio(evH, evG)
	a.citation = ratio(citOK, cit)
	a.missing = ratio(mH, mG)
	a.verifier = ratio(vfail, drafted)
	if drafted > 0 {
		v := float64(tools) / float64(drafted)
		a.tools = &v
	}
	return a
}

// macroF1 averages F1 over the classes present in gold or predictions.
func macroF1(conf map[string]map[string]int) (map[string]float64, *float64) {
	f1s := map[string]float64{}
	var sum float64
	for _, c := range umassist.Recommendations {
		k := string(c)
		tp := conf[k][k]
		var gold, pred int
		for _, p := range umassist.Recommendations {
			gold += conf[k][string(p)]
			pred += conf[string(p)][k]
		}
		if gold == 0 && pred == 0 {
			continue
		}
		f := 0.0
		if tp > 0 {
			f = 2 * float64(tp) / float64(gold+pred)
		}
		f1s[k] = f
		sum += f
	}
	if len(f1s) == 0 {
		return nil, nil
	}
	m := sum / float64(len(f1s))
	return f1s, &m
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	v := float64(a) / float64(b)
	return &v
}

func latencyStats(ms []int64) LatencyStats {
	if len(ms) == 0 {
		return LatencyStats{}
	}
	s := append([]int64(nil), ms...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	var sum int64
	for _, v := range s {
		sum += v
	}
	return LatencyStats{P50: percentile(s, 50), P95: percentile(s, 95), Mean: sum / int64(len(s)), Max: s[len(s)-1]}
}

// percentile is the nearest-rank percentile of sorted values.
func percentile(sorted []int64, p float64) int64 {
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank-1, 0), len(sorted)-1)]
}

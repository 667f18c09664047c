package evals

import (
	"math"
	"math/rand/v2"
	"sort"
)

func calibrate(scores []caseScore, nbins int) *Calibration {
	bins := make([]Bin, nbins)
	var sumConf, sumAcc = make([]float64, nbins), make([]float64, nbins)
	n := 0
	for _, s := range scores {
		if !s.scored() {
			continue
		}
		n++
		b := min(int(s.confidence*float64(nbins)), nbins-1)
		b = max(b, 0)
		bins[b].Count++
		sumConf[b] += s.confidence
		if s.correct() {
			sumAcc[b]++
		}
	}
	if n == 0 {
		return nil
	}
	c := &Calibration{}
	for i := range bins {
		bins[i].Lo, bins[i].Hi = float64(i)/float64(nbins), float64(i+1)/float64(nbins)
		if bins[i].Count > 0 {
			bins[i].Confidence = sumConf[i] / float64(bins[i].Count)
			bins[i].Accuracy = sumAcc[i] / float64(bins[i].Count)
			c.ECE += float64(bins[i].Count) / float64(n) * math.Abs(bins[i].Accuracy-bins[i].Confidence)
		}
	}
	c.Bins = bins
	return c
}

// bootstrap resamples the cases (with a seeded generator, so the same
// run gives the same intervals) and takes the 2.5th and 97.5th
// percentiles of each metric.
func bootstrap(scores []caseScore, samples int, seed uint64) map[string]Interval {
	var pool []int
	for i, s := range scores {
		if s.drafted {
			pool = append(pool, i)
		}
	}
	if len(pool) == 0 || samples <= 0 {
		return map[string]Interval{}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	vals := map[string][]float64{}
	idx := make([]int, len(pool))
	for range samples {
		for j := range idx {
			idx[j] = pool[rng.IntN(len(pool))]
		}
		a := aggregate(scores, idx)
		for k, v := range map[string]*float64{
			"accuracy": a.rec.Accuracy, "macro_f1": a.rec.MacroF1, "policy_hit_rate": a.policy,
			"evidence_recall": a.evidence, "citation_precision": a.citation, "missing_recall": a.missing,
			"verifier_failure_rate": a.verifier, "false_approval_rate": a.falseApprovalRate,
		} {
			if v != nil {
				vals[k] = append(vals[k], *v)
			}
		}
	}
	out := map[string]Interval{}
	for k, v := range vals {
		sort.Float64s(v)
		out[k] = Interval{Lo: quantile(v, 0.025), Hi: quantile(v, 0.975)}
	}
	return out
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	f := pos - float64(lo)
	return sorted[lo]*(1-f) + sorted[hi]*f
}

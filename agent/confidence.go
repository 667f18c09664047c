package agent

import (
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// Finalize applies the verifier's findings to a draft: a draft with any
// finding is stored as refer, with the findings shown to the reviewer —
// never silently approved. It sets the confidence either way.
func Finalize(d *umassist.Draft, findings []umassist.VerifierIssue) {
	d.Findings = findings
	if len(findings) > 0 && d.Recommendation != umassist.RecommendRefer {
		orig := d.Recommendation
		d.Recommendation = umassist.RecommendRefer
		d.Summary = strings.TrimRight(d.Summary, "\n") + "\n\nVerifier: the draft failed automated checks (listed with it), so it is referred to a physician reviewer instead of " + string(orig) + "."
	}
	d.Confidence = Confidence(d)
}

// Confidence scores a draft in [0, 1] from evidence completeness and
// strength (share of criteria decided with cited evidence; a criterion met
// on note text alone counts 0.8, since reading text errs more than reading
// a coded result; documented gaps count half) and the verifier's results;
// the reviewer queue ranks by it.
func Confidence(d *umassist.Draft) float64 {
	completeness := 0.0
	if n := len(d.Criteria); n > 0 {
		var s float64
		for _, c := range d.Criteria {
			switch {
			case c.Status == umassist.CriterionNotDocumented:
				s += 0.5
			case c.Status == umassist.CriterionMet && len(c.Evidence) > 0 && !slices.ContainsFunc(c.Evidence, func(ref string) bool {
				return !strings.HasPrefix(ref, "DocumentReference/") && !strings.HasPrefix(ref, "DiagnosticReport/")
			}):
				s += 0.8
			case len(c.Evidence) > 0, c.Status == umassist.CriterionNotMet:
				// not_met without evidence: an exclusion found absent.
				s++
			}
		}
		completeness = s / float64(n)
	}
	conf := 0.15 + 0.6*completeness
	if len(d.Findings) == 0 {
		conf += 0.2
	} else {
		for range min(len(d.Findings), 4) {
			conf *= 0.6
		}
	}
	if conf < 0 {
		conf = 0
	}
	if conf > 1 {
		conf = 1
	}
	return float64(int(conf*1000+0.5)) / 1000
}

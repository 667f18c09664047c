package criteria

import (
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// Decision is the recommendation the criteria lead to.
type Decision struct {
	Recommendation umassist.Recommendation
	Questions      []string
	Missing        []string
	// Deciding lists the criteria the recommendation rests on.
	Deciding  []Result
	Rationale string
	// Branch is the indication pathway that governed, if the policy has
	// several; nil for the policy's main pathway.
	Branch *Branch
	// Applies lists the criteria the governing pathway uses.
	Applies map[string]bool
}

// Request is what of the request selects a policy's pathway.
type Request struct {
	Service   string
	Diagnoses []string
}

// RequestOf reads a service request.
func RequestOf(r umassist.ServiceRequest) Request {
	q := Request{Service: r.Service.Code}
	for _, d := range r.Diagnoses {
		q.Diagnoses = append(q.Diagnoses, d.Code)
	}
	return q
}

// Pathway returns the logic that governs: the first branch whose When
// holds, else the top level.
func Pathway(logic Logic, rs []Result, req Request) (all []string, any [][]string, excl []string, branch *Branch) {
	status := map[string]umassist.CriterionStatus{}
	for _, r := range rs {
		status[r.ID] = r.Status
	}
	for i := range logic.Branches {
		b := &logic.Branches[i]
		sel := false
		for _, s := range b.When.Services {
			sel = sel || strings.EqualFold(s, strings.TrimSpace(req.Service))
		}
		for _, d := range b.When.Diagnoses {
			for _, have := range req.Diagnoses {
				sel = sel || strings.HasPrefix(normCode(have), normCode(d))
			}
		}
		for _, id := range b.When.Criteria {
			sel = sel || status[id] == umassist.CriterionMet
		}
		if sel {
			return b.AllOf, b.AnyOf, b.Exclusions, b
		}
	}
	return logic.AllOf, logic.AnyOf, logic.Exclusions, nil
}

// Decide applies the pack's logic, on the pathway the request and record
// select: a non-covered indication, a present exclusion or a required
// criterion documented as not met goes to a physician (refer); otherwise a
// required criterion the record is silent on, or an exclusion it raises
// and does not settle (not_documented), asks the ordering clinician
// (request_info, one question per gap); approve only when all are met.
func (logic Logic) Decide(rs []Result, req Request) Decision {
	by := map[string]Result{}
	for _, r := range rs {
		by[r.ID] = r
	}
	allOf, anyOf, exclusions, branch := Pathway(logic, rs, req)
	d := Decision{Questions: []string{}, Missing: []string{}, Branch: branch, Applies: map[string]bool{}}
	for _, id := range allOf {
		d.Applies[id] = true
	}
	for _, g := range anyOf {
		for _, id := range g {
			d.Applies[id] = true
		}
	}
	for _, id := range append(append([]string{}, exclusions...), logic.NotCovered...) {
		d.Applies[id] = true
	}
	if branch != nil {
		for _, id := range branch.When.Criteria {
			if by[id].Status == umassist.CriterionMet {
				d.Applies[id] = true
			}
		}
	}
	if branch != nil && branch.NotCovered {
		d.Recommendation = umassist.RecommendRefer
		d.Rationale = "pathway " + branch.Title + ": the policy does not cover this request as asked: a physician reviewer decides"
		return d
	}
	var notMet, undoc []Result
	for _, id := range append(append([]string{}, logic.NotCovered...), exclusions...) {
		r, ok := by[id]
		switch {
		case !ok:
		case r.Status == umassist.CriterionMet:
			notMet = append(notMet, r)
		case r.Status == umassist.CriterionNotDocumented:
			// Raised by the record and not settled: asked about.
			undoc = append(undoc, r)
		}
	}
	for _, id := range allOf {
		r, ok := by[id]
		switch {
		case !ok:
		case r.Status == umassist.CriterionNotMet:
			notMet = append(notMet, r)
		case r.Status == umassist.CriterionNotDocumented:
			undoc = append(undoc, r)
		}
	}
	for _, g := range anyOf {
		var met bool
		var gUndoc, gNot []Result
		for _, id := range g {
			r, ok := by[id]
			if !ok {
				continue
			}
			switch r.Status {
			case umassist.CriterionMet:
				met = true
			case umassist.CriterionNotDocumented:
				gUndoc = append(gUndoc, r)
			default:
				gNot = append(gNot, r)
			}
		}
		// Alternatives the record is wholly silent on are other pathways
		// nobody tried, not a gap in this one: when a documented
		// alternative failed, a physician decides (refer); the clinician
		// is asked only about an alternative the record began (a test
		// ordered, a result half documented) or when all are silent.
		var begun []Result
		for _, r := range gUndoc {
			if len(r.Evidence) > 0 || pairedWithMet(anyOf, g, r.ID, by) {
				begun = append(begun, r)
			}
		}
		switch {
		case met:
		case len(begun) > 0:
			undoc = append(undoc, begun[0])
		case len(gUndoc) > 0 && len(gNot) == 0:
			undoc = append(undoc, gUndoc[0])
		default:
			notMet = append(notMet, gNot...)
		}
	}
	switch {
	case len(notMet) > 0:
		d.Recommendation, d.Deciding = umassist.RecommendRefer, notMet
		var ids []string
		for _, r := range notMet {
			ids = append(ids, r.ID)
		}
		d.Rationale = "criteria not met or exclusions present (" + strings.Join(ids, ", ") + "): a physician reviewer decides"
	case len(undoc) > 0:
		d.Recommendation, d.Deciding = umassist.RecommendRequestInfo, undoc
		var ids []string
		for _, r := range undoc {
			ids = append(ids, r.ID)
			q := r.Question
			if q == "" {
				q = "Please document: " + r.Text
			}
			if r.Missing != "" && !strings.Contains(strings.ToLower(q), strings.ToLower(r.Missing)) {
				q += " (Missing: " + r.Missing + ".)"
			}
			d.Questions = appendNew(d.Questions, q)
			if r.Missing != "" {
				d.Missing = appendNew(d.Missing, r.Missing)
			}
		}
		d.Rationale = "the record does not document deciding criteria (" + strings.Join(ids, ", ") + "): ask the ordering clinician"
	default:
		d.Recommendation = umassist.RecommendApprove
		d.Rationale = "every required criterion is met with cited evidence"
	}
	if branch != nil {
		d.Rationale = "pathway " + branch.Title + ": " + d.Rationale
	}
	return d
}

// pairedWithMet reports whether an undocumented alternative id of group g
// completes a pathway the record began in another group: "AHI 15 or more,
// or AHI 5 to 14 with a symptom" is written [[ahi_15, ahi_5_14],
// [ahi_15, symptom]]; with ahi_5_14 met, the symptom is the one gap of
// that pathway and is asked for, though ahi_15 failed. The other group
// must be met by a criterion outside g, and id must not be one of its
// alternatives (that pathway needs nothing from g's).
func pairedWithMet(groups [][]string, g []string, id string, by map[string]Result) bool {
	paired := false
	for _, h := range groups {
		if slices.Equal(h, g) {
			continue
		}
		var metOutside bool
		for _, x := range h {
			if r, ok := by[x]; ok && r.Status == umassist.CriterionMet && !slices.Contains(g, x) {
				metOutside = true
			}
		}
		if !metOutside {
			continue
		}
		if slices.Contains(h, id) {
			return false
		}
		paired = true
	}
	return paired
}

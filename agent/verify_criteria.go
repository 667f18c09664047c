package agent

import (
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// checkChecklist holds the draft to the pack governing the request: its
// policy, every one of its criteria and none besides. A model that skipped
// get_policy_criteria, asked for another policy or made a criterion up is
// caught here rather than checked against its own checklist.
func checkChecklist(d *umassist.Draft, pack *tools.PolicyCriteriaResult, own *criteria.Decision, add func(rule, ref, format string, args ...any)) {
	switch {
	case tools.SamePolicy(pack.Policy, d.Policy):
	case strings.TrimSpace(d.Policy) == "":
		add(RulePolicyGoverns, "", "the draft names no policy, but %s governs this request", pack.Policy)
	default:
		add(RulePolicyGoverns, d.Policy, "the draft names %s, but %s governs this request", d.Policy, pack.Policy)
	}
	known := map[string]bool{}
	for _, pc := range pack.Criteria {
		known[pc.ID] = true
	}
	listed := map[string]bool{}
	for _, c := range d.Criteria {
		if listed[c.ID] {
			continue
		}
		listed[c.ID] = true
		if !known[c.ID] {
			add(RuleCriterionUnknown, c.ID, "criterion %q is not a criterion of %s", c.ID, pack.Policy)
		}
	}
	for _, pc := range pack.Criteria {
		switch {
		case listed[pc.ID]:
		case own != nil && !own.Applies[pc.ID]:
			// Another pathway of the policy: not this request's criterion.
		case pc.Required && d.Recommendation == umassist.RecommendApprove:
			add(RuleCriteriaIncomplete, pc.ID, "approve, but required criterion %q is missing from the checklist", pc.ID)
		default:
			add(RuleCriterionOmitted, pc.ID, "criterion %q of %s is missing from the checklist", pc.ID, pack.Policy)
		}
	}
}

// checkAgainstRecord re-checks the model's criteria with the deterministic
// reasoner over everything the run saw plus the cited resources: a model
// that calls a criterion met (or an exclusion absent) while the record
// shows otherwise — an injected instruction obeyed, a misread number — is
// caught here.
func checkAgainstRecord(d *umassist.Draft, pack *tools.PolicyCriteriaResult, dec *criteria.Decision, own []criteria.Result, add func(rule, ref, format string, args ...any)) {
	byID := map[string]criteria.View{}
	for _, c := range pack.Criteria {
		byID[c.ID] = c
	}
	status := map[string]umassist.CriterionStatus{}
	for _, c := range d.Criteria {
		status[c.ID] = c.Status
	}
	for i, pc := range pack.Criteria {
		ms, listed := status[pc.ID]
		if !pc.Exclusion && ms != umassist.CriterionMet {
			continue
		}
		if pc.Exclusion && !listed && !dec.Applies[pc.ID] {
			// Another pathway's exclusion: not this request's.
			continue
		}
		r := own[i]
		switch {
		case !pc.Exclusion && r.Status == umassist.CriterionNotMet:
			add(RuleCriterionContradicted, pc.ID, "criterion %q is marked met, but the record shows otherwise: %s", pc.ID, r.Finding)
		case !pc.Exclusion && r.Status == umassist.CriterionNotDocumented && d.Recommendation == umassist.RecommendApprove:
			// An approval must rest on evidence the record shows, not on
			// the model's word (or on text injected into a note).
			add(RuleCriterionUnsupported, pc.ID, "criterion %q is marked met, but nothing the run read or cited shows it", pc.ID)
		case pc.Exclusion && r.Status == umassist.CriterionMet && ms != umassist.CriterionMet:
			what := "is marked " + string(ms)
			if !listed {
				what = "is left out of the checklist"
			}
			add(RuleCriterionContradicted, pc.ID, "exclusion %q %s, but the record shows it: %s", pc.ID, what, r.Finding)
		}
	}
}

func (v *Verifier) checkRecommendation(in CaseInput, d *umassist.Draft, pack *tools.PolicyCriteriaResult, add func(rule, ref, format string, args ...any)) {
	if d.Recommendation == umassist.RecommendRequestInfo && len(d.Questions) == 0 {
		add(RuleRequestInfoQuestion, "", "request_info without a question for the ordering clinician")
	}
	if pack != nil {
		status := map[string]umassist.CriterionStatus{}
		for _, c := range d.Criteria {
			status[c.ID] = c.Status
		}
		// The governing pack's logic decides, whatever policy the draft
		// names; a checklist of other criteria cannot carry an approval.
		if pack.Stale != "" && d.Recommendation == umassist.RecommendApprove {
			add(RuleApproveUngoverned, "", "approve on a stale criteria pack: %s", pack.Message)
			return
		}
		assessed := slices.ContainsFunc(pack.Criteria, func(pc criteria.View) bool { _, ok := status[pc.ID]; return ok })
		if d.Recommendation == umassist.RecommendApprove && !assessed {
			add(RuleApproveUngoverned, "", "approve without assessing the criteria of %s, the policy governing this request", pack.Policy)
			return
		}
		// The draft's own checklist, read with the one decision logic the
		// offline model uses (pathways, exclusions, non-coverage).
		evidence := map[string][]string{}
		for _, c := range d.Criteria {
			evidence[c.ID] = c.Evidence
		}
		var claimed []criteria.Result
		for _, pc := range pack.Criteria {
			st, ok := status[pc.ID]
			if !ok {
				st = umassist.CriterionNotDocumented
			}
			if pc.Exclusion && st == umassist.CriterionNotDocumented {
				// A checklist that lists an exclusion as not documented, or
				// leaves it out, found nothing of it; only the reasoner's
				// own reading (verify's) knows an exclusion the record
				// raises and leaves unsettled.
				st = umassist.CriterionNotMet
			}
			claimed = append(claimed, criteria.Result{ID: pc.ID, Status: st, Exclusion: pc.Exclusion, Required: pc.Required, Evidence: evidence[pc.ID]})
		}
		dec := pack.Logic.Decide(claimed, criteria.RequestOf(in.Request))
		var ids []string
		for _, r := range dec.Deciding {
			ids = append(ids, r.ID)
		}
		switch {
		case d.Recommendation == umassist.RecommendApprove && dec.Recommendation != umassist.RecommendApprove:
			add(RuleRecommendation, "", "approve, but the checklist leads to %s (%s)", dec.Recommendation, listOrNone(ids))
		case d.Recommendation == umassist.RecommendRequestInfo && dec.Recommendation == umassist.RecommendRefer:
			add(RuleRecommendation, "", "request_info, but criteria are documented as not met or exclusions present (%s): a physician reviewer decides", listOrNone(ids))
		}
		return
	}
	if d.Recommendation != umassist.RecommendApprove {
		return
	}
	// No reviewed criteria govern the request: whatever checklist a model
	// wrote for itself, only a physician reviewer applies the policy.
	add(RuleApproveUngoverned, "", "approve, but no reviewed criteria pack governs this request: a physician reviewer applies the policy")
	if d.Policy == "" {
		add(RuleRecommendation, "", "approve without a governing policy")
	}
	if len(d.Criteria) == 0 {
		add(RuleRecommendation, "", "approve without a criteria checklist")
		return
	}
	anyRequired := slices.ContainsFunc(d.Criteria, func(c umassist.Criterion) bool { return c.Required })
	for _, c := range d.Criteria {
		if (c.Required || !anyRequired) && c.Status != umassist.CriterionMet {
			add(RuleRecommendation, c.ID, "approve, but criterion %q is %s", c.ID, c.Status)
		}
	}
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

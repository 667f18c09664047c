package tools

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/retrieval"
)

// GetPolicyCriteriaArgs are get_policy_criteria's arguments.
type GetPolicyCriteriaArgs struct {
	Policy string `json:"policy,omitempty" jsonschema:"description=The policy id from search_policies (e.g. NCD 20.4); empty: the pack matching the request's service and diagnoses"`
}

// PolicyCriteriaResult is get_policy_criteria's output.
type PolicyCriteriaResult struct {
	Found   bool   `json:"found"`
	Message string `json:"message,omitempty"`
	PackID  string `json:"pack_id,omitempty"`
	Policy  string `json:"policy,omitempty"`
	Title   string `json:"title,omitempty"`
	// Decision logic: all_of must all be met; in each any_of group one
	// must be met; a met exclusion goes to a physician reviewer.
	Logic    criteria.Logic  `json:"logic"`
	Criteria []criteria.View `json:"criteria"`
	// Passages the criteria cite, with their text where the corpus has it.
	Passages []PolicyPassage `json:"passages,omitempty"`
	// Other packs that also match the request, by policy id.
	Alternatives []string `json:"alternatives,omitempty"`
	// Unreviewed are criteria read off the named policy's text when no
	// reviewed pack covers it: for the reviewer to apply, never to
	// approve on.
	Unreviewed []criteria.Unreviewed `json:"unreviewed_criteria,omitempty"`
	// UnreviewedPolicy is the policy they were read from.
	UnreviewedPolicy string `json:"unreviewed_policy,omitempty"`
	// Stale names the policy version in force on the request date when the
	// pack was written against another: its criteria are shown, and never
	// approve.
	Stale string `json:"stale_for_version,omitempty"`
}

// NewGetPolicyCriteria returns the get_policy_criteria tool: the criteria
// pack governing the request (or the named policy). s may be nil; with it,
// the cited passages' texts come along.
func NewGetPolicyCriteria(f PackFinder, s PolicySearcher, sc PolicyScope) Tool {
	return newTyped(ToolGetPolicyCriteria,
		"Get the coverage criteria of the policy governing this request: each criterion with its policy passages, the evidence that satisfies it (LOINC codes, thresholds, look-back windows, medication classes, note phrases) and the question to ask when the chart is silent, plus the decision logic.",
		func(ctx context.Context, a GetPolicyCriteriaArgs) (*Output, error) {
			q := RequestQuery(sc.Request)
			q.Policy = strings.TrimSpace(a.Policy)
			packs, err := f.FindPacks(ctx, q)
			if err != nil {
				return nil, fmt.Errorf("get_policy_criteria: %w", err)
			}
			if len(packs) == 0 && q.Policy != "" {
				// The named policy has no pack for this request: say which do.
				named := q.Policy
				q.Policy = ""
				others, err := f.FindPacks(ctx, q)
				if err != nil {
					return nil, fmt.Errorf("get_policy_criteria: %w", err)
				}
				res := PolicyCriteriaResult{Criteria: []criteria.View{}, Message: fmt.Sprintf("no criteria pack for %s governs this request", a.Policy)}
				for _, p := range others {
					res.Alternatives = append(res.Alternatives, p.Policy)
				}
				out := &Output{Data: &res}
				if r, ok := s.(PolicyReader); ok && len(others) == 0 {
					hits, err := r.PolicyPassages(ctx, sc.Namespace, named)
					if err != nil && umassist.ErrorCode(err) != umassist.ENOTFOUND {
						return nil, fmt.Errorf("get_policy_criteria: %w", err)
					}
					src := criteria.PolicyText{ID: named}
					byID := map[string]retrieval.Hit{}
					for _, h := range hits {
						if inForce(h, sc.Request.Date) {
							src.Passages = append(src.Passages, criteria.SourcePassage{ID: h.PassageID, Section: h.Section, Text: h.Text})
							byID[h.PassageID] = h
						}
					}
					if res.Unreviewed = criteria.UnreviewedCriteria(criteria.Compile(src)); len(res.Unreviewed) > 0 {
						res.UnreviewedPolicy = named
						res.Message += fmt.Sprintf("; these %d criteria were read off the policy's text by machine and are unreviewed: check each against the chart and refer, never approve", len(res.Unreviewed))
						// Each cited passage once, with its text and dates.
						for _, u := range res.Unreviewed {
							for _, id := range u.Passages {
								if slices.Contains(out.Resources, id) {
									continue
								}
								out.Resources = append(out.Resources, id)
								pp, cut := passageOf(byID[id])
								res.Passages = append(res.Passages, pp)
								out.Truncated = out.Truncated || cut
							}
						}
					}
				}
				return out, nil
			}
			res := governing(packs)
			out := &Output{Data: &res}
			if !res.Found {
				return out, nil
			}
			p := packs[0]
			if v, ok := s.(PolicyVersions); ok {
				stale, err := StaleVersion(ctx, v, p, sc.Namespace, sc.Request)
				if err != nil {
					return nil, fmt.Errorf("get_policy_criteria: %w", err)
				}
				if res.Stale = stale; stale != "" {
					res.Message = StaleMessage(p, stale, sc.Request.Date.String())
				}
			}
			var ids []string
			for _, c := range res.Criteria {
				for _, id := range c.Passages {
					if !slices.Contains(ids, id) {
						ids = append(ids, id)
					}
				}
			}
			out.Resources = ids
			if s != nil && len(ids) > 0 {
				query := p.Title
				for _, c := range p.Criteria {
					query += " " + c.Text
				}
				hits, err := s.Search(ctx, query, retrieval.Filter{Namespace: sc.Namespace, Payer: sc.Request.Payer,
					AsOf: sc.Request.Date.Time, PolicyIDs: []string{p.Policy}}, 20)
				if err == nil {
					for _, h := range hits {
						if slices.Contains(ids, h.PassageID) && inForce(h, sc.Request.Date) {
							pp, cut := passageOf(h)
							res.Passages = append(res.Passages, pp)
							out.Truncated = out.Truncated || cut
						}
					}
				}
			}
			return out, nil
		})
}

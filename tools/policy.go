package tools

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

// Names of the policy tools.
const (
	ToolSearchPolicies    = "search_policies"
	ToolGetPolicyCriteria = "get_policy_criteria"
)

// PolicySearcher is the hybrid retrieval the search_policies tool needs
// (the retrieval store implements it).
type PolicySearcher interface {
	Search(ctx context.Context, query string, f retrieval.Filter, k int) ([]retrieval.Hit, error)
}

// PolicySearcherFunc adapts a function to PolicySearcher.
type PolicySearcherFunc func(ctx context.Context, query string, f retrieval.Filter, k int) ([]retrieval.Hit, error)

// Search implements PolicySearcher.
func (f PolicySearcherFunc) Search(ctx context.Context, query string, fl retrieval.Filter, k int) ([]retrieval.Hit, error) {
	return f(ctx, query, fl, k)
}

// PolicyChooser chooses the policy governing a request from its codes,
// words and the policies' scope (the retrieval store implements it). The
// search_policies tool adds the choice to its result when its searcher can
// choose.
type PolicyChooser interface {
	ChoosePolicy(ctx context.Context, req retrieval.PolicyRequest, f retrieval.Filter) (retrieval.PolicyChoice, error)
}

// PolicyReader reads a policy's passages in order (the retrieval store
// implements it). get_policy_criteria derives unreviewed criteria from them
// when no reviewed pack covers the policy.
type PolicyReader interface {
	PolicyPassages(ctx context.Context, namespace, policyID string) ([]retrieval.Hit, error)
}

// PolicyVersions lists the policy versions in force (the retrieval store
// implements it): a pack written against another version than the one in
// force on the request date is stale.
type PolicyVersions interface {
	PoliciesInForce(ctx context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error)
}

// PolicyScope binds the policy tools to one case's request.
type PolicyScope struct {
	Namespace string
	Request   umassist.ServiceRequest
}

// PolicyPassage is a passage as the policy tools show it.
type PolicyPassage struct {
	PassageID   string `json:"passage_id"`
	PolicyID    string `json:"policy_id"`
	PolicyTitle string `json:"policy_title,omitempty"`
	Version     string `json:"policy_version,omitempty"`
	Payer       string `json:"payer,omitempty"`
	Section     string `json:"section,omitempty"`
	Text        string `json:"text"`
	Effective   string `json:"effective,omitempty"`  // YYYY-MM-DD
	Terminated  string `json:"terminated,omitempty"` // YYYY-MM-DD
}

// maxPassageChars bounds each passage's text in tool output.
const maxPassageChars = 1500

func passageOf(h retrieval.Hit) (PolicyPassage, bool) {
	text, cut := h.Text, false
	if r := []rune(text); len(r) > maxPassageChars {
		text, cut = string(r[:maxPassageChars])+" …", true
	}
	p := PolicyPassage{
		PassageID: h.PassageID, PolicyID: h.PolicyID, PolicyTitle: h.PolicyTitle, Version: h.PolicyVersion,
		Payer: h.Payer, Section: h.Section, Text: text,
	}
	if !h.Effective.IsZero() {
		p.Effective = h.Effective.Format(umassist.DateLayout)
	}
	if !h.Terminated.IsZero() {
		p.Terminated = h.Terminated.Format(umassist.DateLayout)
	}
	return p, cut
}

// SearchPoliciesArgs are search_policies' arguments.
type SearchPoliciesArgs struct {
	Query    string   `json:"query" jsonschema:"description=What to look for: the service and the diagnoses in words and codes (e.g. implantable defibrillator heart failure I50.22 33249)"`
	Limit    int      `json:"limit,omitempty" jsonschema:"description=How many passages to return (1-20; default 8)"`
	Policies []string `json:"policies,omitempty" jsonschema:"description=Only these policies (e.g. NCD 20.4)"`
}

func (a *SearchPoliciesArgs) validate() error {
	a.Query = strings.TrimSpace(a.Query)
	if a.Query == "" {
		return errors.New("query is required")
	}
	if len(a.Query) > 2000 {
		return errors.New("query is longer than 2000 characters")
	}
	if a.Limit == 0 {
		a.Limit = 8
	}
	if a.Limit < 1 || a.Limit > 20 {
		return errors.New("limit must be between 1 and 20")
	}
	return nil
}

// SearchPoliciesResult is search_policies' output.
type SearchPoliciesResult struct {
	Query    string          `json:"query"`
	AsOf     string          `json:"as_of"`
	Payer    string          `json:"payer"`
	Passages []PolicyPassage `json:"passages"`
	// Choice ranks the policies that could govern the request (from the
	// request's service and diagnoses, whatever the query), with reasons.
	Choice *retrieval.PolicyChoice `json:"governing_policy,omitempty"`
}

// NewSearchPolicies returns the search_policies tool: hybrid retrieval over
// the policy corpus, limited to the request's payer and to the policy
// versions in force on the request date.
func NewSearchPolicies(s PolicySearcher, sc PolicyScope) Tool {
	// The governing-policy choice depends on the request alone, not on the
	// query: one choice per case, however often a model searches.
	var (
		mu     sync.Mutex
		chosen *retrieval.PolicyChoice
	)
	choose := func(ctx context.Context, ch PolicyChooser) (*retrieval.PolicyChoice, error) {
		mu.Lock()
		defer mu.Unlock()
		if chosen == nil {
			c, err := ch.ChoosePolicy(ctx, retrieval.PolicyRequest{Service: sc.Request.Service, Diagnoses: sc.Request.Diagnoses},
				retrieval.Filter{Namespace: sc.Namespace, Payer: sc.Request.Payer, AsOf: sc.Request.Date.Time})
			if err != nil {
				return nil, err
			}
			chosen = &c
		}
		return chosen, nil
	}
	return newTyped(ToolSearchPolicies,
		"Search the payer's coverage policies (versions in force on the request date) for passages about the requested service and diagnoses. Returns passages with ids to cite (e.g. NCD 20.4#B3). Use it first to find the governing policy.",
		func(ctx context.Context, a SearchPoliciesArgs) (*Output, error) {
			f := retrieval.Filter{Namespace: sc.Namespace, Payer: sc.Request.Payer, AsOf: sc.Request.Date.Time, PolicyIDs: a.Policies}
			hits, err := s.Search(ctx, a.Query, f, a.Limit)
			if err != nil {
				return nil, fmt.Errorf("search_policies: %w", err)
			}
			res := SearchPoliciesResult{Query: a.Query, AsOf: sc.Request.Date.String(), Payer: sc.Request.Payer, Passages: []PolicyPassage{}}
			out := &Output{Data: &res}
			for _, h := range hits {
				if !inForce(h, sc.Request.Date) {
					continue // the store filters too; a passage not in force must never be cited
				}
				p, cut := passageOf(h)
				res.Passages = append(res.Passages, p)
				out.Resources = append(out.Resources, h.PassageID)
				out.Truncated = out.Truncated || cut
			}
			if ch, ok := s.(PolicyChooser); ok && len(a.Policies) == 0 {
				choice, err := choose(ctx, ch)
				if err != nil {
					return nil, fmt.Errorf("search_policies: %w", err)
				}
				res.Choice = choice
				for _, c := range choice.Candidates {
					for _, id := range c.Passages {
						if !slices.Contains(out.Resources, id) {
							out.Resources = append(out.Resources, id)
						}
					}
				}
			}
			return out, nil
		})
}

func inForce(h retrieval.Hit, d umassist.Date) bool {
	if d.IsZero() {
		return true
	}
	if !h.Effective.IsZero() && h.Effective.After(d.EndOfDay()) {
		return false
	}
	return h.Terminated.IsZero() || h.Terminated.After(d.Time)
}

// PolicyTools returns both policy tools for a case.
func PolicyTools(s PolicySearcher, f PackFinder, sc PolicyScope) []Tool {
	return []Tool{NewSearchPolicies(s, sc), NewGetPolicyCriteria(f, s, sc)}
}

package tools

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/retrieval"
)

// Names of the policy tools.
const (
	SearchPoliciesTool    = "search_policies"
	GetPolicyCriteriaTool = "get_policy_criteria"
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

var (
	_ PolicyChooser  = (*retrieval.Store)(nil)
	_ PolicyReader   = (*retrieval.Store)(nil)
	_ PolicyVersions = (*retrieval.Store)(nil)
)

// StaleVersion reports whether a pack is stale for a request: it names the
// policy version in force on the request date when that differs from the
// version the pack was written against, and "" when the pack is current,
// pins no version, v is nil, or the corpus holds no version of the policy
// in force then (nothing to compare with: a corpus not imported must not
// make every pack stale).
func StaleVersion(ctx context.Context, v PolicyVersions, p *criteria.Pack, namespace string, r umassist.ServiceRequest) (string, error) {
	if v == nil || p == nil || p.PolicyVersion == "" {
		return "", nil
	}
	pols, err := v.PoliciesInForce(ctx, retrieval.Filter{Namespace: namespace, Payer: r.Payer, AsOf: r.Date.Time, PolicyIDs: []string{p.Policy}})
	if err != nil {
		return "", fmt.Errorf("stale pack: %w", err)
	}
	if len(pols) > 0 && pols[0].Version != p.PolicyVersion {
		return pols[0].Version, nil
	}
	return "", nil
}

// StaleMessage says why a stale pack does not decide.
func StaleMessage(p *criteria.Pack, inForce, date string) string {
	// Versions are written "v5": a bare digit in a summary must be a value
	// a cited resource shows.
	return fmt.Sprintf("criteria pack %s is stale: written for %s v%s, v%s is in force on %s; a physician reviewer applies the policy", p.ID, p.Policy, p.PolicyVersion, inForce, date)
}

// PackQuery asks for the criteria packs governing a request.
type PackQuery struct {
	Service   umassist.Coding
	Diagnoses []string // ICD-10-CM codes
	Payer     string
	// Policy narrows to one policy's packs ("NCD 20.4"); empty: any.
	Policy string
}

// PackFinder finds the criteria packs that govern a request.
type PackFinder interface {
	FindPacks(ctx context.Context, q PackQuery) ([]*criteria.Pack, error)
}

// PackList is a PackFinder over packs held in memory (loaded from
// criteria/packs at start-up).
type PackList []*criteria.Pack

var (
	_ PackFinder     = PackList(nil)
	_ PolicySearcher = PolicySearcherFunc(nil)
)

// FindPacks implements PackFinder: packs whose payer, service and
// diagnoses match, in list order.
func (l PackList) FindPacks(_ context.Context, q PackQuery) ([]*criteria.Pack, error) {
	var out []*criteria.Pack
	for _, p := range l {
		if MatchPack(p, q) {
			out = append(out, p)
		}
	}
	return out, nil
}

// PackLoader returns the packs that drive drafts now (the published
// revisions, postgres.PackStore).
type PackLoader interface {
	PublishedPacks(ctx context.Context) ([]criteria.Pack, error)
}

// LivePacks is a PackFinder over the packs published at the moment of
// each call: a revision an editor publishes or retires takes effect on the
// next draft, with no restart.
type LivePacks struct{ Loader PackLoader }

var _ PackFinder = LivePacks{}

// FindPacks implements PackFinder.
func (l LivePacks) FindPacks(ctx context.Context, q PackQuery) ([]*criteria.Pack, error) {
	packs, err := l.Loader.PublishedPacks(ctx)
	if err != nil {
		return nil, fmt.Errorf("tools: published packs: %w", err)
	}
	list := make(PackList, len(packs))
	for i := range packs {
		list[i] = &packs[i]
	}
	return list.FindPacks(ctx, q)
}

// MatchPack reports whether a pack governs the request q describes.
func MatchPack(p *criteria.Pack, q PackQuery) bool {
	if q.Policy != "" && normID(p.Policy) != normID(q.Policy) && normID(p.ID) != normID(q.Policy) {
		return false
	}
	if q.Payer != "" && p.Payer != "" && !strings.EqualFold(p.Payer, q.Payer) {
		return false
	}
	if q.Service.Code != "" {
		if !slices.ContainsFunc(p.Services, func(s umassist.Coding) bool {
			return strings.EqualFold(s.Code, q.Service.Code) || sameIngredient(s, q.Service)
		}) {
			return false
		}
	}
	if len(p.Diagnoses) == 0 || len(q.Diagnoses) == 0 {
		return true
	}
	for _, d := range q.Diagnoses {
		for _, prefix := range p.Diagnoses {
			if strings.HasPrefix(normCode(d), normCode(prefix)) {
				return true
			}
		}
	}
	return false
}

// sameIngredient matches a request for any RxNorm product of a drug (a
// pen, a strength, a brand: "adalimumab 40 MG/0.4 ML Pen Injector") to a
// pack service naming the ingredient ("adalimumab"): RxNorm's product
// names start with their ingredients.
func sameIngredient(pack, req umassist.Coding) bool {
	if pack.System != umassist.SystemRxNorm || !strings.Contains(strings.ToLower(req.System), "rxnorm") {
		return false
	}
	in := strings.ToLower(strings.TrimSpace(pack.Display))
	name := strings.ToLower(strings.TrimSpace(req.Display))
	if in == "" || !strings.HasPrefix(name, in) {
		return false
	}
	rest := name[len(in):]
	return rest == "" || !unicode.IsLetter(rune(rest[0]))
}

func normCode(s string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), ".", ""))
}

// normID compares policy ids ignoring case, spaces and punctuation, as the
// SPEC compares them.
func normID(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
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
	return newTyped(SearchPoliciesTool,
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
	return newTyped(GetPolicyCriteriaTool,
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

// RequestQuery asks for the packs governing a request: its service,
// diagnosis codes and payer, under any policy. Packs carry no dates of
// their own; the request date bounds the passages they cite instead.
func RequestQuery(r umassist.ServiceRequest) PackQuery {
	q := PackQuery{Service: r.Service, Payer: r.Payer}
	for _, d := range r.Diagnoses {
		q.Diagnoses = append(q.Diagnoses, d.Code)
	}
	return q
}

// CriteriaFor returns the pack governing r as get_policy_criteria shows it
// when asked for no particular policy (without the passage texts); Found is
// false when no pack governs r. The verifier calls it so that the governing
// pack comes from the request, never from what a model chose to ask for.
func CriteriaFor(ctx context.Context, f PackFinder, r umassist.ServiceRequest) (PolicyCriteriaResult, error) {
	return CriteriaForIn(ctx, f, nil, "", r)
}

// CriteriaForIn is CriteriaFor that also says, when v is given, whether
// the pack is stale for the version of its policy in force in namespace
// on the request date.
func CriteriaForIn(ctx context.Context, f PackFinder, v PolicyVersions, namespace string, r umassist.ServiceRequest) (PolicyCriteriaResult, error) {
	packs, err := f.FindPacks(ctx, RequestQuery(r))
	if err != nil {
		return PolicyCriteriaResult{}, fmt.Errorf("criteria: %w", err)
	}
	res := governing(packs)
	if res.Found {
		stale, err := StaleVersion(ctx, v, packs[0], namespace, r)
		if err != nil {
			return PolicyCriteriaResult{}, fmt.Errorf("criteria: %w", err)
		}
		if res.Stale = stale; stale != "" {
			res.Message = StaleMessage(packs[0], stale, r.Date.String())
		}
	}
	return res, nil
}

// governing is the one preference among matching packs, for the tool and
// the verifier alike: the first the finder returns governs, the others are
// alternatives.
func governing(packs []*criteria.Pack) PolicyCriteriaResult {
	if len(packs) == 0 {
		return PolicyCriteriaResult{Criteria: []criteria.View{},
			Message: "no criteria pack governs this request's service, diagnoses and payer: refer to a physician reviewer, citing the policy passages found"}
	}
	res := PackView(packs[0])
	for _, o := range packs[1:] {
		res.Alternatives = append(res.Alternatives, o.Policy)
	}
	return res
}

// PackView is a pack as get_policy_criteria shows it (criteria.Pack.Views).
func PackView(p *criteria.Pack) PolicyCriteriaResult {
	views, logic := p.Views()
	return PolicyCriteriaResult{Found: true, PackID: p.ID, Policy: p.Policy, Title: p.Title, Logic: logic, Criteria: views}
}

// PolicyTools returns both policy tools for a case.
func PolicyTools(s PolicySearcher, f PackFinder, sc PolicyScope) []Tool {
	return []Tool{NewSearchPolicies(s, sc), NewGetPolicyCriteria(f, s, sc)}
}

// SamePolicy compares two policy ids as the SPEC does: ignoring case,
// spaces and punctuation.
func SamePolicy(a, b string) bool { return normID(a) != "" && normID(a) == normID(b) }

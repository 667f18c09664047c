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
	// Jurisdiction is the request's contractor jurisdiction ("JL"), when
	// known: it lets a local pack written for it govern.
	Jurisdiction string
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

// NewPackList lists loaded packs (criteria.LoadPacks, the published
// revisions) for finding.
func NewPackList(packs []criteria.Pack) PackList {
	l := make(PackList, len(packs))
	for i := range packs {
		l[i] = &packs[i]
	}
	return l
}

// FindPacks implements PackFinder: packs whose payer, service and
// diagnoses match, local packs for the request's jurisdiction first (an
// LCD adds to the national policy it follows, so it governs where it
// applies), then in list order.
func (l PackList) FindPacks(_ context.Context, q PackQuery) ([]*criteria.Pack, error) {
	var out []*criteria.Pack
	for _, p := range l {
		if MatchPack(p, q) {
			out = append(out, p)
		}
	}
	local := func(p *criteria.Pack) int { return min(len(p.Jurisdictions), 1) }
	slices.SortStableFunc(out, func(a, b *criteria.Pack) int { return local(b) - local(a) })
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
	return NewPackList(packs).FindPacks(ctx, q)
}

// MatchPack reports whether a pack governs the request q describes
// (criteria.Pack.Applies), under the policy q names if it names one.
func MatchPack(p *criteria.Pack, q PackQuery) bool {
	if q.Policy != "" && normID(p.Policy) != normID(q.Policy) && normID(p.ID) != normID(q.Policy) {
		return false
	}
	return p.Applies(q.Service, q.Diagnoses, q.Payer, q.Jurisdiction)
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

// RequestQuery asks for the packs governing a request: its service,
// diagnosis codes and payer, under any policy. Packs carry no dates of
// their own; the request date bounds the passages they cite instead.
func RequestQuery(r umassist.ServiceRequest) PackQuery {
	q := PackQuery{Service: r.Service, Payer: r.Payer, Jurisdiction: r.Jurisdiction}
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

// SamePolicy compares two policy ids as the SPEC does: ignoring case,
// spaces and punctuation.
func SamePolicy(a, b string) bool { return normID(a) != "" && normID(a) == normID(b) }

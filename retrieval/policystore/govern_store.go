package policystore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist/retrieval"
)

// governingHits is how many passages the governing-policy search reads.
const governingHits = 20

// PoliciesInForce lists the policies a filter keeps (its namespace and the
// standard corpus, its payer, the versions in force on AsOf), one version
// each.
func (s *Store) PoliciesInForce(ctx context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error) {
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = s.Now()
	}
	rows, err := s.db.Query(ctx, `
		SELECT DISTINCT ON (policy_id) policy_id, version, title, source, benefit_categories
		FROM policies
		WHERE namespace IN ('', $1)
		  AND ($2 = '' OR payer = $2)
		  AND (effective IS NULL OR effective <= $3::date)
		  AND (terminated IS NULL OR terminated > $3::date)
		  AND (cardinality($4::text[]) = 0 OR policy_id = ANY($4::text[]))
		ORDER BY policy_id, (namespace = $1) DESC, effective DESC NULLS LAST`,
		f.Namespace, strings.ToLower(strings.TrimSpace(f.Payer)), asOf.Format("2006-01-02"), nonNil(f.PolicyIDs))
	if err != nil {
		return nil, fmt.Errorf("retrieval: policies in force: %w", err)
	}
	pols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.PolicyInfo, error) {
		var p retrieval.PolicyInfo
		err := r.Scan(&p.ID, &p.Version, &p.Title, &p.Source, &p.BenefitCategories)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("retrieval: policies in force: %w", err)
	}
	return pols, nil
}

// ChoosePolicy chooses the policy governing a request among those the
// filter keeps (see the pure ChoosePolicy): it lists them, searches their
// passages for the request's service and diagnoses in words (codes are
// matched in the passages found, not searched: an unknown code would take
// a full-text slot from a word that means something) and ranks them.
func (s *Store) ChoosePolicy(ctx context.Context, req retrieval.PolicyRequest, f retrieval.Filter) (retrieval.PolicyChoice, error) {
	pols, err := s.PoliciesInForce(ctx, f)
	if err != nil {
		return retrieval.PolicyChoice{}, err
	}
	// Two searches: the whole request, and what the service is (a long
	// request's rarer words can crowd the service out of the first).
	var searches [][]retrieval.Hit
	for _, q := range []string{RequestText(req), retrieval.CorePhrase(req.Service.Display)} {
		if q == "" || (len(searches) > 0 && q == RequestText(req)) {
			continue
		}
		hits, err := s.Search(ctx, q, f, governingHits)
		if err != nil {
			return retrieval.PolicyChoice{}, fmt.Errorf("retrieval: choose policy: %w", err)
		}
		searches = append(searches, hits)
	}
	words, err := s.textWords(ctx, retrieval.LookupWords(req, pols), f)
	if err != nil {
		return retrieval.PolicyChoice{}, err
	}
	routes, err := s.referenceRoutes(ctx, pols, f)
	if err != nil {
		return retrieval.PolicyChoice{}, err
	}
	return retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{Searches: searches, TextWords: words, Routes: routes}), nil
}

// referenceRoutes reads the rows of the reference lists among the policies
// in force (NCD 280.1 in the NCD export).
func (s *Store) referenceRoutes(ctx context.Context, pols []retrieval.PolicyInfo, f retrieval.Filter) ([]retrieval.Route, error) {
	var routes []retrieval.Route
	for _, p := range pols {
		if !retrieval.IsReferenceList(p.Title) {
			continue
		}
		key := f.Namespace + "\x00" + p.ID + "\x00" + p.Version
		if rs, ok := s.routes.Load(key); ok {
			routes = append(routes, rs.([]retrieval.Route)...)
			continue
		}
		ps, err := s.PolicyPassages(ctx, f.Namespace, p.ID)
		if err != nil {
			return nil, fmt.Errorf("retrieval: reference list: %w", err)
		}
		rs := retrieval.ReferenceRoutes(ps)
		s.routes.Store(key, rs)
		routes = append(routes, rs...)
	}
	return routes, nil
}

// textWords finds, for each word, the policies whose passages name it (by
// the full-text index, so "stimulators" finds "stimulation"): policy id →
// the words its text names.
func (s *Store) textWords(ctx context.Context, words []string, f retrieval.Filter) (map[string][]string, error) {
	out := map[string][]string{}
	if len(words) == 0 {
		return out, nil
	}
	rows, err := s.db.Query(ctx, `
		SELECT DISTINCT p.policy_id, w
		FROM unnest($1::text[]) AS w
		JOIN policy_passages p ON p.tsv @@ plainto_tsquery('english', w)
		WHERE p.namespace IN ('', $2) AND ($3 = '' OR p.payer = $3)`,
		words, f.Namespace, strings.ToLower(strings.TrimSpace(f.Payer)))
	if err != nil {
		return nil, fmt.Errorf("retrieval: policy text words: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, w string
		if err := rows.Scan(&id, &w); err != nil {
			return nil, fmt.Errorf("retrieval: policy text words: %w", err)
		}
		out[id] = append(out[id], w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: policy text words: %w", err)
	}
	return out, nil
}

// RequestText is a request in words: the service, then the diagnoses.
func RequestText(req retrieval.PolicyRequest) string {
	parts := []string{req.Service.Display}
	for _, d := range req.Diagnoses {
		parts = append(parts, d.Display)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

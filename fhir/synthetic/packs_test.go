package synthetic

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// TestVariantsAgreeWithPacks checks each generated case against its
// criteria pack through the one criteria contract the agent and the
// verifier use (criteria.Evaluate and criteria.Decide, over the chart read
// through the tools' own mapping): the gold policy has a pack that governs
// the request; every gold criterion is a pack criterion and evaluates to
// its gold status; no exclusion fires unintended; and the gold
// recommendation is what the contract decides. A generator and a reasoner
// written by one team can agree on a private reading; this test keeps them
// on the public one.
func TestVariantsAgreeWithPacks(t *testing.T) {
	t.Parallel()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	byPolicy := map[string]criteria.Pack{}
	for _, p := range packs {
		byPolicy[p.Policy] = p
	}
	// Several seeds: a variant must hold its labels whatever the dice say.
	type seeded struct {
		seed uint64
		c    Case
	}
	var cases []seeded
	seeds := []uint64{DefaultSeed, 7, 42}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		cs, err := All(seed)
		require.NoError(t, err)
		for _, c := range cs {
			cases = append(cases, seeded{seed, c})
		}
	}
	for _, sc := range cases {
		c := sc.c
		t.Run(fmt.Sprintf("%s/seed-%d", c.ID, sc.seed), func(t *testing.T) {
			t.Parallel()
			pack, ok := byPolicy[c.Gold.Policy]
			require.True(t, ok, "no pack for %s", c.Gold.Policy)
			require.Equal(t, pack.Payer, c.Request.Payer)
			require.True(t, slices.ContainsFunc(pack.Services, func(s umassist.Coding) bool { return s.Code == c.Request.Service.Code }), "pack %s does not list service %s", pack.ID, c.Request.Service.Code)
			if len(pack.Diagnoses) > 0 {
				require.True(t, slices.ContainsFunc(c.Request.Diagnoses, func(d umassist.Coding) bool {
					return slices.ContainsFunc(pack.Diagnoses, func(p string) bool { return strings.HasPrefix(d.Code, p) })
				}), "pack %s does not govern diagnoses %v", pack.ID, c.Request.Diagnoses)
			}
			ev := chartEvidence(t, c)
			view := tools.PackView(&pack)
			var results []criteria.Result
			for _, cr := range view.Criteria {
				results = append(results, criteria.Evaluate(cr, ev, c.Request.Date))
			}
			got := map[string]criteria.Result{}
			for _, r := range results {
				got[r.ID] = r
			}
			for id, st := range c.Gold.Criteria {
				r, ok := got[id]
				require.True(t, ok, "gold criterion %s is not in pack %s", id, pack.ID)
				require.Equal(t, st, r.Status, "criterion %s: %s", id, r.Finding)
			}
			for _, cr := range view.Criteria {
				if _, listed := c.Gold.Criteria[cr.ID]; listed || !cr.Exclusion {
					continue
				}
				require.NotEqual(t, umassist.CriterionMet, got[cr.ID].Status, "exclusion %s fires unintended: %s", cr.ID, got[cr.ID].Finding)
			}
			dec := pack.Logic.Decide(results, criteria.RequestOf(c.Request))
			require.Equal(t, c.Gold.Recommendation, dec.Recommendation, "the contract decides otherwise: %s", dec.Rationale)
		})
	}
}

// chartEvidence reads a case's bundle as the verifier reads cited
// resources: each through tools.ReadResource, demographics included.
func chartEvidence(t *testing.T, c Case) *criteria.Evidence {
	t.Helper()
	ev := criteria.NewEvidence()
	for _, r := range resourcesOf(t, c) {
		if r.Type == "Patient" {
			ev.Patient = patientFacts(t, r)
			continue
		}
		reason.AddResource(ev, r, c.Request.Date)
	}
	return ev
}

func patientFacts(t *testing.T, r *umassist.Resource) criteria.PatientFacts {
	t.Helper()
	var p struct {
		Gender    string `json:"gender"`
		BirthDate string `json:"birthDate"`
	}
	require.NoError(t, json.Unmarshal(r.Raw, &p))
	bd, err := umassist.ParseDate(p.BirthDate)
	require.NoError(t, err)
	return criteria.PatientFacts{Sex: p.Gender, BirthDate: bd.Time}
}

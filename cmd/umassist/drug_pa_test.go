package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres/pgtest"
)

// Drug prior authorization end to end, through the agent as serve runs it:
// for each of the five drug policies, a request coded in RxNorm for a
// product of the drug (not the ingredient code the pack names) on a chart
// that meets the policy is approved with the step therapy cited; on one
// silent on the step therapy, the draft asks for it; on one whose step
// therapy was too short, it refers; where the policy sets a quantity
// limit, an order above it refers and an order without a dose asks. Every draft names the payer's policy
// and passes the verifier. The same chart, requested by an NDC labelled
// with the drug's brand, is approved under the same pack; by an NDC whose
// label names no drug, it is not.
func TestDrugPriorAuthorizationEndToEnd(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	rstore, err := policyStore(pool)
	require.NoError(t, err)
	rep, err := (&policies.Importer{Store: rstore}).LoadDocs(ctx, "", payerDocsDir())
	require.NoError(t, err)
	require.NoError(t, rep.Err())
	require.Equal(t, 5, rep.Stored)
	p, err := buildPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	vocab := criteria.MustVocabulary()

	// The step-therapy criterion of each drug pack.
	steps := map[string]string{
		"nw-rx-201-adalimumab-ra": "csdmard_trial", "nw-rx-202-jak-ra": "tnf_trial", "nw-rx-203-glp1-t2dm": "metformin_trial",
		"nw-rx-204-weight-management": "lifestyle", "nw-rx-205-pcsk9": "statin_trial",
	}
	tested := 0
	for i := range packs {
		pk := &packs[i]
		step, ok := steps[pk.ID]
		if !ok {
			continue
		}
		tested++
		type drugCase struct {
			mode      synthetic.PackMode
			criterion string // the criterion silent or contradicted
			want      umassist.Recommendation
		}
		cases := []drugCase{
			{synthetic.PackMeets, "", umassist.RecommendApprove},
			{synthetic.PackSilent, step, umassist.RecommendRequestInfo},
			{synthetic.PackFails, step, umassist.RecommendRefer},
		}
		if hasCriterion(pk, "dose") {
			// The quantity limit, read from the order: above it refers,
			// an order whose dose is not on file asks for it.
			cases = append(cases, drugCase{synthetic.PackFails, "dose", umassist.RecommendRefer}, drugCase{synthetic.PackSilent, "dose", umassist.RecommendRequestInfo})
		}
		for _, tt := range cases {
			t.Run(fmt.Sprintf("%s/%s/%s", pk.ID, tt.mode, tt.criterion), func(t *testing.T) {
				criterion := tt.criterion
				sc, err := synthetic.FromPack(pk, tt.mode, criterion, 11)
				if errors.Is(err, synthetic.ErrCannotContradict) {
					// A program is documented or not: contradict the age
					// limit instead (a 17-year-old).
					criterion = "adult"
					sc, err = synthetic.FromPack(pk, tt.mode, criterion, 11)
				}
				require.NoError(t, err)
				loadChart(ctx, t, pool, sc)
				// As an EHR codes it: a product of the drug, by name.
				sc.Request.Service = umassist.Coding{System: umassist.SystemRxNorm, Code: "9" + sc.Request.Service.Code,
					Display: sc.Request.Service.Display + " 1 MG/ML Injectable Solution"}
				d, err := newPipelineDraft(ctx, p, sc)
				require.NoError(t, err)
				require.Equal(t, pk.Policy, d.Policy, "the payer's policy governs: %s", d.Summary)
				require.Empty(t, d.Findings, "the verifier finds nothing: %s", findingsText(d))
				require.Equal(t, tt.want, d.Recommendation, "%s\n%s", d.Summary, findingsText(d))
				var stepStatus umassist.CriterionStatus
				if criterion == "" {
					criterion = step
				}
				asked := criterion
				for _, c := range d.Criteria {
					if c.ID == criterion {
						stepStatus = c.Status
						if tt.mode == synthetic.PackMeets {
							require.NotEmpty(t, c.Evidence, "the step therapy is cited")
						}
					}
				}
				if tt.mode == synthetic.PackMeets {
					// As a pharmacy claim codes it: an NDC labelled by the
					// brand. The same pack governs and approves; an NDC
					// whose label names no drug has no pack, and refers.
					brand := vocab.BrandsOf(pk.Services[0].Display)[0]
					sc.Request.Service = umassist.Coding{System: umassist.SystemNDC, Code: "0000-0000-01", Display: strings.ToUpper(brand) + " 1 MG/ML INJECTION"}
					byNDC, err := newPipelineDraft(ctx, p, sc)
					require.NoError(t, err)
					require.Equal(t, pk.Policy, byNDC.Policy, "by NDC: %s", byNDC.Summary)
					require.Equal(t, umassist.RecommendApprove, byNDC.Recommendation, "by NDC: %s\n%s", byNDC.Summary, findingsText(byNDC))
					require.Contains(t, byNDC.Summary, "read as "+pk.Services[0].Display+")", "the reviewer sees which drug the label was read as")
					sc.Request.Service.Display = "1 MG/ML INJECTION"
					unnamed, err := newPipelineDraft(ctx, p, sc)
					require.NoError(t, err)
					require.NotEqual(t, umassist.RecommendApprove, unnamed.Recommendation, "an NDC naming no drug: %s", unnamed.Summary)
					require.Empty(t, unnamed.Findings, findingsText(unnamed))
				}
				want := map[synthetic.PackMode]umassist.CriterionStatus{synthetic.PackMeets: umassist.CriterionMet,
					synthetic.PackSilent: umassist.CriterionNotDocumented, synthetic.PackFails: umassist.CriterionNotMet}[tt.mode]
				require.Equal(t, want, stepStatus, "criterion %s", criterion)
				if tt.mode == synthetic.PackSilent {
					// The one question is the pack's question for it.
					require.Len(t, d.Questions, 1)
					for _, c := range pk.Criteria {
						if c.ID == asked {
							require.Contains(t, d.Questions[0], c.Question)
						}
					}
				}
			})
		}
	}
	require.Equal(t, 5, tested, "five drug policies")
}

func hasCriterion(p *criteria.Pack, id string) bool {
	for _, c := range p.Criteria {
		if c.ID == id {
			return true
		}
	}
	return false
}

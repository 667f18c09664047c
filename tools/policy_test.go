package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
	"github.com/umassist/umassist/tools"
)

// The policy store serves the policy tools: the tools declare what they
// need, the store (a database package the tools do not import) provides it.
var (
	_ tools.PolicyChooser  = (*policystore.Store)(nil)
	_ tools.PolicyReader   = (*policystore.Store)(nil)
	_ tools.PolicyVersions = (*policystore.Store)(nil)
)

var policyReq = umassist.ServiceRequest{
	Service:   umassist.Coding{System: umassist.SystemCPT, Code: "33249"},
	Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}},
	Payer:     "Medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
}

func day(s string) time.Time { return umassist.MustDate(s).Time }

func TestSearchPoliciesFiltersByPayerAndDate(t *testing.T) {
	t.Parallel()
	var got retrieval.Filter
	var gotK int
	s := tools.PolicySearcherFunc(func(_ context.Context, q string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
		got, gotK = f, k
		return []retrieval.Hit{
			{PassageID: "NCD 20.4#B3", PolicyID: "NCD 20.4", Text: strings.Repeat("x", 3000), Effective: day("2023-07-31")},
			{PassageID: "NCD 20.4#OLD", PolicyID: "NCD 20.4", Text: "old", Effective: day("2005-01-01"), Terminated: day("2023-07-30")},
			{PassageID: "NCD 20.4#NEXT", PolicyID: "NCD 20.4", Text: "next", Effective: day("2027-01-01")},
		}, nil
	})
	tool := tools.NewSearchPolicies(s, tools.PolicyScope{Namespace: "eval-1", Request: policyReq})
	out, err := tool.Call(context.Background(), json.RawMessage(`{"query":"defibrillator heart failure"}`))
	require.NoError(t, err)
	require.Equal(t, "Medicare", got.Payer)
	require.Equal(t, "eval-1", got.Namespace)
	require.Equal(t, day("2026-03-02"), got.AsOf)
	require.Equal(t, 8, gotK)
	require.Equal(t, []string{"NCD 20.4#B3"}, out.Resources, "passages not in force on the request date are dropped")
	require.True(t, out.Truncated)
	res := out.Data.(*tools.SearchPoliciesResult)
	require.Less(t, len(res.Passages[0].Text), 1600)

	for _, bad := range []string{`{}`, `{"query":"x","limit":50}`, `{"query":"x","payer":"cigna"}`} {
		_, err := tool.Call(context.Background(), json.RawMessage(bad))
		require.ErrorIs(t, err, tools.ErrInvalidArguments, bad)
	}
}

func packs(t *testing.T) tools.PackList {
	t.Helper()
	loaded, err := criteria.LoadPacks()
	require.NoError(t, err)
	return tools.NewPackList(loaded)
}

func TestGetPolicyCriteria(t *testing.T) {
	t.Parallel()
	l := packs(t)
	tests := []struct {
		name    string
		req     umassist.ServiceRequest
		args    string
		found   bool
		policy  string
		message string
	}{
		{"matched by the request", policyReq, `{}`, true, "NCD 20.4", ""},
		{"named policy", policyReq, `{"policy":"ncd 20.4"}`, true, "NCD 20.4", ""},
		{"named policy without a pack for the request", policyReq, `{"policy":"NCD 240.4"}`, false, "", "no criteria pack for NCD 240.4"},
		{"no pack", umassist.ServiceRequest{Service: umassist.Coding{Code: "99999"}, Payer: "medicare", Date: policyReq.Date}, `{}`, false, "", "refer to a physician reviewer"},
		{"another payer", func() umassist.ServiceRequest { r := policyReq; r.Payer = "cigna"; return r }(), `{}`, false, "", "no criteria pack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tool := tools.NewGetPolicyCriteria(l, nil, tools.PolicyScope{Request: tt.req})
			out, err := tool.Call(context.Background(), json.RawMessage(tt.args))
			require.NoError(t, err)
			res := out.Data.(*tools.PolicyCriteriaResult)
			require.Equal(t, tt.found, res.Found)
			require.Equal(t, tt.policy, res.Policy)
			require.Contains(t, res.Message, tt.message)
			if !tt.found {
				return
			}
			byID := map[string]criteria.View{}
			for _, c := range res.Criteria {
				byID[c.ID] = c
			}
			require.True(t, byID["lvef"].Required)
			require.True(t, byID["recent_mi"].Exclusion)
			require.False(t, byID["recent_mi"].Required)
			require.NotEmpty(t, byID["nyha"].Question)
			require.Contains(t, out.Resources, "NCD 20.4#B3")
		})
	}
}

// packFinderFunc is a hand-written tools.PackFinder.
type packFinderFunc func(ctx context.Context, q tools.PackQuery) ([]*criteria.Pack, error)

func (f packFinderFunc) FindPacks(ctx context.Context, q tools.PackQuery) ([]*criteria.Pack, error) {
	return f(ctx, q)
}

var _ tools.PackFinder = packFinderFunc(nil)

// TestCriteriaForIsWhatTheToolShows: the verifier's governing pack is the
// one get_policy_criteria shows for the request, by the same rule.
func TestCriteriaForIsWhatTheToolShows(t *testing.T) {
	t.Parallel()
	l := packs(t)
	icd := l[slices.IndexFunc(l, func(p *criteria.Pack) bool { return p.Policy == "NCD 20.4" })]
	twin := *icd
	twin.ID, twin.Policy = "icd-twin", "NCD 99.9"
	boom := errors.New("boom")
	tests := []struct {
		name   string
		finder tools.PackFinder
		req    umassist.ServiceRequest
		found  bool
		policy string
		alts   []string
		err    error
	}{
		{name: "governed", finder: l, req: policyReq, found: true, policy: "NCD 20.4"},
		{name: "ungoverned", finder: l, req: umassist.ServiceRequest{Service: umassist.Coding{Code: "99999"}, Payer: "medicare"}},
		{name: "the first match governs", finder: tools.PackList{icd, &twin}, req: policyReq, found: true, policy: "NCD 20.4", alts: []string{"NCD 99.9"}},
		{name: "finder fails", finder: packFinderFunc(func(context.Context, tools.PackQuery) ([]*criteria.Pack, error) { return nil, boom }), req: policyReq, err: boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tools.CriteriaFor(context.Background(), tt.finder, tt.req)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.found, got.Found)
			require.Equal(t, tt.policy, got.Policy)
			require.Equal(t, tt.alts, got.Alternatives)
			out, err := tools.NewGetPolicyCriteria(tt.finder, nil, tools.PolicyScope{Request: tt.req}).Call(context.Background(), nil)
			require.NoError(t, err)
			require.Equal(t, out.Data, &got)
		})
	}
}

func TestGetPolicyCriteriaCarriesPassageTexts(t *testing.T) {
	t.Parallel()
	s := tools.PolicySearcherFunc(func(_ context.Context, _ string, f retrieval.Filter, _ int) ([]retrieval.Hit, error) {
		require.Equal(t, []string{"NCD 20.4"}, f.PolicyIDs)
		return []retrieval.Hit{{PassageID: "NCD 20.4#B3", PolicyID: "NCD 20.4", Text: "NYHA Class II or III", Effective: day("2023-07-31")},
			{PassageID: "NCD 20.4#Z", PolicyID: "NCD 20.4", Text: "not cited by the pack"}}, nil
	})
	out, err := tools.NewGetPolicyCriteria(packs(t), s, tools.PolicyScope{Request: policyReq}).Call(context.Background(), nil)
	require.NoError(t, err)
	res := out.Data.(*tools.PolicyCriteriaResult)
	require.Len(t, res.Passages, 1)
	require.Equal(t, "NCD 20.4#B3", res.Passages[0].PassageID)
	require.Equal(t, "2023-07-31", res.Passages[0].Effective)
}

func TestMatchPackAndSamePolicy(t *testing.T) {
	t.Parallel()
	p := &criteria.Pack{Policy: "NCD 20.4", Payer: "medicare", Services: []umassist.Coding{{Code: "33249"}}, Diagnoses: []string{"I50", "I42.0"}}
	tests := []struct {
		q    tools.PackQuery
		want bool
	}{
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Diagnoses: []string{"I50.22"}, Payer: "MEDICARE"}, true},
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Diagnoses: []string{"I420"}}, true},
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Diagnoses: []string{"E11.9"}}, false},
		{tools.PackQuery{Service: umassist.Coding{Code: "33240"}}, false},
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Payer: "cigna"}, false},
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Policy: "ncd20.4"}, true},
		{tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Policy: "NCD 20.34"}, false},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, tools.MatchPack(p, tt.q), "%+v", tt.q)
	}
	drug := &criteria.Pack{Policy: "NW RX-201", Payer: "northwind", Services: []umassist.Coding{{System: umassist.SystemRxNorm, Code: "327361", Display: "adalimumab"}}}
	for display, want := range map[string]bool{
		"adalimumab 40 MG/0.4 ML Pen Injector":               true,
		"adalimumab 40 MG/0.8 ML Prefilled Syringe [Humira]": true,
		"adalimumab-aaty 40 MG/0.4 ML Auto-Injector":         true, // a biosimilar's suffix
		"adalimumabx 40 MG":                                  false,
		"etanercept 50 MG/ML Auto-Injector":                  false,
	} {
		q := tools.PackQuery{Service: umassist.Coding{System: umassist.SystemRxNorm, Code: "1537035", Display: display}, Payer: "northwind"}
		require.Equal(t, want, tools.MatchPack(drug, q), display)
	}
	require.False(t, tools.MatchPack(drug, tools.PackQuery{Service: umassist.Coding{System: umassist.SystemCPT, Code: "1537035", Display: "adalimumab"}}),
		"only an RxNorm request matches by ingredient")
	require.True(t, tools.SamePolicy("NCD 20.4", "ncd-20.4"))
	require.False(t, tools.SamePolicy("", ""))
}

// The built-in packs, found for requests as the agent and the verifier
// find them: by service, diagnoses and payer.
func TestFindPacksOnTheBuiltInPacks(t *testing.T) {
	t.Parallel()
	list := packs(t)
	cpt := func(c string) umassist.Coding { return umassist.Coding{System: umassist.SystemCPT, Code: c} }
	hcpcs := func(c string) umassist.Coding { return umassist.Coding{System: umassist.SystemHCPCS, Code: c} }
	tests := []struct {
		name    string
		service umassist.Coding
		dx      []string
		payer   string
		want    string
	}{
		{"icd hfref", cpt("33249"), []string{"I50.22"}, "medicare", "icd-ncd-20.4"},
		{"icd cardiomyopathy no dot", cpt("33240"), []string{"I420"}, "Medicare", "icd-ncd-20.4"},
		{"cpap osa", hcpcs("E0601"), []string{"G47.33"}, "medicare", "cpap-ncd-240.4"},
		{"oxygen copd", hcpcs("E1390"), []string{"J44.1"}, "medicare", "home-oxygen-ncd-240.2"},
		{"bariatric", cpt("43775"), []string{"E66.01", "Z68.41"}, "medicare", "bariatric-ncd-100.1"},
		{"tavr", cpt("33361"), []string{"I35.0"}, "medicare", "tavr-ncd-20.32"},
		{"laac", cpt("33340"), []string{"I48.91"}, "medicare", "laac-ncd-20.34"},
		{"hbo", hcpcs("G0277"), []string{"E11.621"}, "medicare", "hbo-ncd-20.29"},
		{"cochlear", cpt("69930"), []string{"H90.3"}, "medicare", "cochlear-ncd-50.3"},
		{"wrong diagnosis", cpt("33249"), []string{"J44.1"}, "medicare", ""},
		{"wrong payer", cpt("33249"), []string{"I50.22"}, "acme", ""},
		{"unknown service", cpt("99999"), []string{"I50.22"}, "medicare", ""},
		// HCPCS Level I is CPT: the same code under either system.
		{"a CPT code labelled HCPCS", hcpcs("33249"), []string{"I50.22"}, "medicare", "icd-ncd-20.4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := list.FindPacks(context.Background(), tools.PackQuery{Service: tt.service, Diagnoses: tt.dx, Payer: tt.payer})
			require.NoError(t, err)
			if tt.want == "" {
				require.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			require.Equal(t, tt.want, got[0].ID)
		})
	}
}

// A local policy governs only in the jurisdictions it is written for, and
// there before the national policy it adds to; a request naming none, or
// another, is reviewed under the national policy alone.
func TestLocalPacksGovernInTheirJurisdictions(t *testing.T) {
	t.Parallel()
	loaded, err := criteria.LoadPacks()
	require.NoError(t, err)
	list := tools.NewPackList(loaded)
	bypass := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "43644"},
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "E66.01"}}, Payer: "medicare",
		Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02")}
	for _, tt := range []struct {
		jurisdiction string
		governing    string
		alternatives []string
	}{
		{"", "NCD 100.1", nil},
		{"JL", "LCD L35022", []string{"NCD 100.1"}},
		{"jh", "LCD L35022", []string{"NCD 100.1"}},
		{"J15", "NCD 100.1", nil},
	} {
		r := bypass
		r.Jurisdiction = tt.jurisdiction
		res, err := tools.CriteriaFor(context.Background(), list, r)
		require.NoError(t, err)
		require.True(t, res.Found, tt.jurisdiction)
		require.Equal(t, tt.governing, res.Policy, "jurisdiction %q", tt.jurisdiction)
		require.Equal(t, tt.alternatives, res.Alternatives, "jurisdiction %q", tt.jurisdiction)
	}
	// A balloon is the national policy's alone (not covered there), in any
	// jurisdiction.
	balloon := bypass
	balloon.Service.Code, balloon.Jurisdiction = "43290", "JL"
	res, err := tools.CriteriaFor(context.Background(), list, balloon)
	require.NoError(t, err)
	require.Equal(t, "NCD 100.1", res.Policy)

	bad := bypass
	bad.Jurisdiction = "Texas"
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(bad.Validate()))
	lcd, ok := criteria.Packs(loaded).Find("lcd-l35022-bariatric")
	require.True(t, ok)
	broken := *lcd
	broken.Jurisdictions = []string{"JL", "JL"}
	require.ErrorContains(t, broken.Validate(nil), "jurisdictions[1]")
}

// fakePolicyIndex is a searcher that can also read a policy's passages and
// choose the governing policy, as the retrieval store does.
type fakePolicyIndex struct {
	passages map[string][]retrieval.Hit
	choice   retrieval.PolicyChoice
	chose    int // how many times ChoosePolicy ran
}

var (
	_ tools.PolicySearcher = (*fakePolicyIndex)(nil)
	_ tools.PolicyReader   = (*fakePolicyIndex)(nil)
	_ tools.PolicyChooser  = (*fakePolicyIndex)(nil)
)

func (f *fakePolicyIndex) Search(context.Context, string, retrieval.Filter, int) ([]retrieval.Hit, error) {
	return nil, nil
}

func (f *fakePolicyIndex) PolicyPassages(_ context.Context, _, id string) ([]retrieval.Hit, error) {
	hs, ok := f.passages[id]
	if !ok {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "no policy %s", id)
	}
	return hs, nil
}

func (f *fakePolicyIndex) ChoosePolicy(context.Context, retrieval.PolicyRequest, retrieval.Filter) (retrieval.PolicyChoice, error) {
	f.chose++
	return f.choice, nil
}

// TestSearchPoliciesChoosesOncePerCase: the governing-policy choice comes
// from the request, so a model that searches three times gets the same
// choice, made once.
func TestSearchPoliciesChoosesOncePerCase(t *testing.T) {
	t.Parallel()
	idx := &fakePolicyIndex{choice: retrieval.PolicyChoice{Governing: "NCD 20.8.3",
		Candidates: []retrieval.PolicyCandidate{{PolicyID: "NCD 20.8.3", Passages: []string{"NCD 20.8.3#B1"}}}}}
	tool := tools.NewSearchPolicies(idx, tools.PolicyScope{Request: policyReq})
	for _, q := range []string{`{"query":"pacemaker"}`, `{"query":"bradycardia"}`, `{"query":"sinus node"}`} {
		out, err := tool.Call(context.Background(), json.RawMessage(q))
		require.NoError(t, err)
		res := out.Data.(*tools.SearchPoliciesResult)
		require.NotNil(t, res.Choice)
		require.Equal(t, "NCD 20.8.3", res.Choice.Governing)
		require.Contains(t, out.Resources, "NCD 20.8.3#B1", "the choice's passages may be cited")
	}
	require.Equal(t, 1, idx.chose)
}

func TestGetPolicyCriteriaWithoutAPack(t *testing.T) {
	t.Parallel()
	req := policyReq
	req.Service = umassist.Coding{System: umassist.SystemCPT, Code: "33208", Display: "Dual chamber pacemaker"}
	idx := &fakePolicyIndex{passages: map[string][]retrieval.Hit{"NCD 20.8.3": {
		{PassageID: "NCD 20.8.3#B", Section: "Nationally Covered Indications", Text: "The following indications are covered:", Effective: day("2013-08-13")},
		{PassageID: "NCD 20.8.3#B1", Section: "Nationally Covered Indications", Text: "1. Documented non-reversible symptomatic bradycardia due to sinus node dysfunction.", Effective: day("2013-08-13")},
		{PassageID: "NCD 20.8.3#C7", Section: "Nationally Non-Covered Indications", Text: "Syncope of undetermined cause,", Effective: day("2013-08-13")},
		{PassageID: "NCD 20.8.3#NEW", Section: "Nationally Covered Indications", Text: "A criterion of a version not yet in force.", Effective: day("2027-01-01")},
		{PassageID: "NCD 20.8.3#D", Section: "Other", Text: "Contractors decide the rest.", Effective: day("2013-08-13")},
	}}}
	tool := tools.NewGetPolicyCriteria(packs(t), idx, tools.PolicyScope{Request: req})
	tests := []struct {
		name     string
		args     string
		wantIDs  []string
		wantRefs []string
	}{
		{name: "no policy named: no criteria", args: `{}`},
		{name: "a policy without a pack: read off its text", args: `{"policy":"NCD 20.8.3"}`,
			wantIDs: []string{"text-1", "no-text-2"}, wantRefs: []string{"NCD 20.8.3#B1", "NCD 20.8.3#C7"}},
		{name: "a policy the corpus lacks", args: `{"policy":"NCD 99.9"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := tool.Call(context.Background(), json.RawMessage(tt.args))
			require.NoError(t, err)
			res := out.Data.(*tools.PolicyCriteriaResult)
			require.False(t, res.Found, "unreviewed criteria are never a pack")
			var ids []string
			for _, u := range res.Unreviewed {
				ids = append(ids, u.ID)
			}
			require.Equal(t, tt.wantIDs, ids)
			require.Equal(t, tt.wantRefs, out.Resources)
			if len(tt.wantIDs) > 0 {
				require.Equal(t, "NCD 20.8.3", res.UnreviewedPolicy)
				require.Contains(t, res.Message, "unreviewed")
				require.Equal(t, "Documented non-reversible symptomatic bradycardia due to sinus node dysfunction.", res.Unreviewed[0].Text)
				require.True(t, res.Unreviewed[1].Exclusion)
			}
		})
	}
}

// inForce answers PoliciesInForce with one version of every policy asked
// for, or none.
type inForce string

func (v inForce) PoliciesInForce(_ context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error) {
	if v == "" {
		return nil, nil
	}
	return []retrieval.PolicyInfo{{ID: f.PolicyIDs[0], Version: string(v)}}, nil
}

func TestStaleVersion(t *testing.T) {
	t.Parallel()
	pinned := &criteria.Pack{ID: "p", Policy: "NCD 20.4", PolicyVersion: "5"}
	unpinned := &criteria.Pack{ID: "q", Policy: "NCD 20.4"}
	tests := []struct {
		name string
		v    tools.PolicyVersions
		pack *criteria.Pack
		want string
	}{
		{name: "the version written for is in force", v: inForce("5"), pack: pinned, want: ""},
		{name: "another version is in force", v: inForce("6"), pack: pinned, want: "6"},
		{name: "the corpus has no version in force", v: inForce(""), pack: pinned, want: ""},
		{name: "a pack pinned to no version", v: inForce("6"), pack: unpinned, want: ""},
		{name: "no version source", v: nil, pack: pinned, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tools.StaleVersion(context.Background(), tt.v, tt.pack, "", policyReq)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
	require.Contains(t, tools.StaleMessage(pinned, "6", "2026-03-02"), "written for NCD 20.4 v5, v6 is in force on 2026-03-02")
}

// fakeLoader serves whatever packs are published at the moment.
type fakeLoader struct {
	packs []criteria.Pack
	err   error
}

func (f *fakeLoader) PublishedPacks(context.Context) ([]criteria.Pack, error) { return f.packs, f.err }

// A pack published or retired between two drafts changes the second.
func TestLivePacksReadsWhatIsPublishedNow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	loader := &fakeLoader{}
	live := tools.LivePacks{Loader: loader}
	q := tools.PackQuery{Service: umassist.Coding{Code: "33249"}, Diagnoses: []string{"I25.5"}, Payer: "medicare"}
	got, err := live.FindPacks(ctx, q)
	require.NoError(t, err)
	require.Empty(t, got, "nothing published")
	loader.packs = packs
	got, err = live.FindPacks(ctx, q)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, "icd-ncd-20.4", got[0].ID)
	loader.err = errors.New("connection refused")
	_, err = live.FindPacks(ctx, q)
	require.ErrorContains(t, err, "published packs: connection refused")
}

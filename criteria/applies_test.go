package criteria_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// A code is a code of its system: an RxNorm or NDC code that happens to be
// written like a procedure's does not bring a procedure's pack, nor a
// procedure code a drug's; CPT and HCPCS (whose Level I is CPT) are one.
func TestPackAppliesOnlyToCodesOfItsKind(t *testing.T) {
	t.Parallel()
	procedure := &criteria.Pack{Payer: "medicare", Services: []umassist.Coding{{System: umassist.SystemCPT, Code: "36475"}}}
	drug := &criteria.Pack{Payer: "northwind", Services: []umassist.Coding{{System: umassist.SystemRxNorm, Code: "36437", Display: "sertraline"}}}
	for _, tt := range []struct {
		name    string
		pack    *criteria.Pack
		service umassist.Coding
		want    bool
	}{
		{"the procedure", procedure, umassist.Coding{System: umassist.SystemCPT, Code: "36475"}, true},
		{"the procedure, labelled HCPCS", procedure, umassist.Coding{System: umassist.SystemHCPCS, Code: "36475"}, true},
		{"the procedure, no system", procedure, umassist.Coding{Code: "36475"}, true},
		{"an RxNorm code written like it", procedure, umassist.Coding{System: umassist.SystemRxNorm, Code: "36475"}, false},
		{"an NDC written like it", procedure, umassist.Coding{System: "http://hl7.org/fhir/sid/ndc", Code: "36475"}, false},
		{"the drug", drug, umassist.Coding{System: umassist.SystemRxNorm, Code: "36437"}, true},
		{"a CPT code written like the drug's", drug, umassist.Coding{System: umassist.SystemCPT, Code: "36437"}, false},
	} {
		require.Equal(t, tt.want, tt.pack.Applies(tt.service, nil, "", ""), tt.name)
	}
}

// A drug's pack governs any product of it: an RxNorm product named for
// the ingredient, or an RxNorm or NDC product whose label names it by name
// or brand (NDC labels are brand first). A label naming a second
// ingredient is a combination, and one naming none brings no pack: the
// request goes to the no-pack path, which refers.
func TestDrugPacksApplyToProductsByNameOrBrand(t *testing.T) {
	t.Parallel()
	pack := func(code, ingredient string) *criteria.Pack {
		return &criteria.Pack{Payer: "northwind", Services: []umassist.Coding{{System: umassist.SystemRxNorm, Code: code, Display: ingredient}}}
	}
	adalimumab, valsartan, semaglutide := pack("327361", "adalimumab"), pack("69749", "valsartan"), pack("1991302", "semaglutide")
	ndc := func(display string) umassist.Coding {
		return umassist.Coding{System: umassist.SystemNDC, Code: "0074-0554-02", Display: display}
	}
	for _, tt := range []struct {
		name    string
		pack    *criteria.Pack
		service umassist.Coding
		want    bool
	}{
		{"an RxNorm product", adalimumab, umassist.Coding{System: umassist.SystemRxNorm, Code: "1602121", Display: "adalimumab 40 MG/0.4 ML Pen Injector"}, true},
		{"an RxNorm product named by its brand", adalimumab, umassist.Coding{System: umassist.SystemRxNorm, Code: "1602121", Display: "Humira 40 MG/0.4 ML Pen Injector"}, true},
		{"an NDC by brand", adalimumab, ndc("HUMIRA PEN 40 MG/0.8ML"), true},
		{"an NDC of a biosimilar", adalimumab, ndc("Hyrimoz (adalimumab-adaz) 40 mg/0.4 mL"), true},
		{"an NDC by ingredient", adalimumab, ndc("adalimumab 40 mg/0.8 mL prefilled syringe"), true},
		{"an NDC of another drug", adalimumab, ndc("Enbrel 50 mg/mL SureClick"), false},
		{"an NDC naming no drug", adalimumab, ndc("40 MG/0.8ML PEN KIT"), false},
		{"an NDC with no label", adalimumab, ndc(""), false},
		{"a procedure code labelled with the brand", adalimumab, umassist.Coding{System: umassist.SystemCPT, Code: "96372", Display: "Humira injection"}, false},
		{"a combination is not its part", valsartan, ndc("Entresto (sacubitril and valsartan) 49-51 mg"), false},
		{"a combination by brand is not its part", valsartan, ndc("ENTRESTO 24-26 MG TABLET"), false},
		{"the part by its brand", valsartan, ndc("Diovan 80 mg tablet"), true},
		{"an obesity brand of the ingredient", semaglutide, ndc("Wegovy 2.4 MG/0.75ML pen"), true},
	} {
		require.Equal(t, tt.want, tt.pack.Applies(tt.service, nil, "", ""), tt.name)
	}
}

// A radiation injury is coded by its site and by the external cause
// "radiotherapy as the cause of abnormal reaction" (Y84.2): a jaw's
// osteoradionecrosis as M27.8 with Y84.2 is the hyperbaric-oxygen
// policy's radiation pathway. Before, only the site codes the pack listed
// (M27.2, N30.4, ...) brought it, and the request was drafted with no
// reviewed criteria.
func TestRadiationInjuryByItsExternalCause(t *testing.T) {
	t.Parallel()
	pack := mustPack(t, "NCD 20.29")
	hbo := umassist.Coding{System: umassist.SystemHCPCS, Code: "G0277"}
	require.True(t, pack.Applies(hbo, []string{"M27.8", "Y84.2"}, "medicare", ""))
	require.False(t, pack.Applies(hbo, []string{"M27.8"}, "medicare", ""), "a jaw disease with no cause the policy names")
	d := pack.Logic.Decide([]criteria.Result{{ID: "radiation_injury", Status: umassist.CriterionMet}}, criteria.Request{Service: "G0277", Diagnoses: []string{"M27.8", "Y84.2"}})
	require.NotNil(t, d.Branch)
	require.Equal(t, "radiation_injury", d.Branch.ID)
	require.Equal(t, umassist.RecommendApprove, d.Recommendation)
}

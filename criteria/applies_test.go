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

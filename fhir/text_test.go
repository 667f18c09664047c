package fhir_test

import (
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir"
)

func TestHTMLTableCellsStayApart(t *testing.T) {
	t.Parallel()
	html := `<table><tr><td>Qualifying study</td><td>Overnight study 03/03/2026</td></tr><tr><th>ABN</th><td>pending</td></tr></table>`
	text, err := fhir.AttachmentText(fhir.Attachment{ContentType: "text/html", Data: base64.StdEncoding.EncodeToString([]byte(html))}, 1<<16)
	require.NoError(t, err)
	require.Contains(t, text, "Qualifying study\tOvernight study 03/03/2026")
	require.Contains(t, text, "ABN\tpending")
}

// A report sent as its conclusion alone is a note: its name, then the
// conclusion. Before, such reports (imaging, echo, sleep studies) were
// not read at all.
func TestReportConclusionIsANote(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, raw, want string
		err             error
	}{
		{"conclusion only", `{"resourceType":"DiagnosticReport","id":"r","status":"final","code":{"text":"CT temporal bones without contrast"},"conclusion":"Normal cochlear morphology bilaterally."}`,
			"CT temporal bones without contrast\nNormal cochlear morphology bilaterally.", nil},
		{"the attached report wins", `{"resourceType":"DiagnosticReport","id":"r","status":"final","code":{"text":"Echo"},"conclusion":"LVEF 30%.","presentedForm":[{"contentType":"text/plain","data":"` + base64.StdEncoding.EncodeToString([]byte("Full report. LVEF 30%.")) + `"}]}`,
			"Full report. LVEF 30%.", nil},
		{"a conclusion the attachment does not hold follows it", `{"resourceType":"DiagnosticReport","id":"r","status":"final","code":{"text":"HST"},"conclusion":"REI 17.4/h (3% hypopnea rule).","presentedForm":[{"contentType":"text/plain","data":"` + base64.StdEncoding.EncodeToString([]byte("REI ...... 17.4 /h\n")) + `"}]}`,
			"REI ...... 17.4 /h\n\nREI 17.4/h (3% hypopnea rule).", nil},
		{"neither", `{"resourceType":"DiagnosticReport","id":"r","status":"final","code":{"text":"Echo"}}`, "", fhir.ErrNoText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r fhir.Resource
			require.NoError(t, json.Unmarshal([]byte(tc.raw), &r))
			nc, err := fhir.ExtractNote(&r, 0)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, nc.Text)
		})
	}
}

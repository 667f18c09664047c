package fhir_test

import (
	"encoding/base64"
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

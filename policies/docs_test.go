package policies_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// Payer documents as payers publish them: a PDF (read by langchaingo's PDF
// loader) and an HTML page (our sectionizer), listed in index.json.
// testdata/payer-docs is our own text, not a payer's.
func TestLoadDocsPDFAndHTML(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := policystore.New(pgtest.DB(t), retrieval.NewHashEmbedder())
	im := &policies.Importer{Store: store}
	rep, err := im.LoadDocs(ctx, "payer-docs", filepath.Join("testdata", "payer-docs"))
	require.NoError(t, err)
	require.NoError(t, rep.Err())
	require.Equal(t, 2, rep.Stored)

	tests := []struct {
		passage, want, notWant string
	}{
		{"ACME CP-40#B1", "15 or more events per hour", "Face to face"},
		{"ACME CP-40#B2", "Face to face visit", "70 percent"},
		{"ACME CP-12#A1", "35 percent or less", "Shared decision"},
		{"ACME CP-12#A2", "Shared decision making", "ejection fraction"},
	}
	for _, tt := range tests {
		t.Run(tt.passage, func(t *testing.T) {
			t.Parallel()
			h, err := store.Passage(ctx, "payer-docs", tt.passage)
			require.NoError(t, err)
			require.Contains(t, h.Text, tt.want)
			require.NotContains(t, h.Text, tt.notWant, "a numbered criterion is a passage of its own")
		})
	}

	hits, err := store.Search(ctx, "CPAP apnea hypopnea index 15 events per hour", retrieval.Filter{Namespace: "payer-docs", Payer: "acme"}, 3)
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	require.Equal(t, "ACME CP-40#B1", hits[0].PassageID)
}

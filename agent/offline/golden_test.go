package offline_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/synthetic"
)

var update = flag.Bool("update", false, "rewrite the golden drafts in testdata/")

// TestGoldenDrafts pins the drafts a nurse reads for three variants
// (approve, request_info, refer): any change to the reasoner or the
// summary's wording shows up as a diff. Update with -update.
func TestGoldenDrafts(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	for _, variant := range []string{"meets", "no-nyha", "lvef-45"} {
		t.Run(variant, func(t *testing.T) {
			// The chart is pinned in testdata so generator changes do not
			// move the golden draft; -update regenerates both.
			fixture := filepath.Join("testdata", "icd-"+variant+".case.json")
			var sc synthetic.Case
			if *update {
				var err error
				sc, err = synthetic.Generate("icd", variant, 1)
				require.NoError(t, err)
				raw, err := json.Marshal(sc)
				require.NoError(t, err)
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(fixture, raw, 0o644))
			}
			raw, err := os.ReadFile(fixture)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(raw, &sc))
			out, err := tb.drafter.Draft(context.Background(), tb.load(t, sc))
			require.NoError(t, err)
			d := out.Draft
			var b strings.Builder
			fmt.Fprintf(&b, "Recommendation: %s (confidence %.2f, %d verifier findings)\nPolicy: %s\n\n%s\n", d.Recommendation, d.Confidence, len(d.Findings), d.Policy, d.Summary)
			for _, q := range d.Questions {
				fmt.Fprintf(&b, "\nQuestion: %s", q)
			}
			got := b.String()
			path := filepath.Join("testdata", "icd-"+variant+".golden")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("draft changed (-want +got); run with -update if intended:\n%s", diff)
			}
		})
	}
}

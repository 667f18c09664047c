package policies_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
)

const lcdHeader = `# LCD L99999: Widget Therapy for Chronic Pain

- Policy type: Local Coverage Determination
- LCD id / version: L99999 / 4
- Effective date (as recorded by source repo): 03/01/2025
- Source address: https://example.invalid/lcd/99999

`

func TestParseLCD(t *testing.T) {
	t.Parallel()
	body := "## Coverage Indications\n\nWidget therapy is covered when all of the following are met:\n\n1. Pain for at least 6 months.\n2. Failure of conservative care.\n\n## Limitations\n\nNot covered for acute pain.\n"
	tests := []struct {
		name    string
		text    string
		wantErr string
	}{
		{name: "a determination", text: lcdHeader + body},
		{name: "no title line", text: strings.Replace(lcdHeader, "# LCD L99999: Widget Therapy for Chronic Pain", "# Widget", 1) + body, wantErr: "no \"# LCD L…: title\" line"},
		{name: "no version", text: strings.Replace(lcdHeader, "- LCD id / version: L99999 / 4\n", "", 1) + body, wantErr: "no LCD id / version line"},
		{name: "metadata of another LCD", text: strings.Replace(lcdHeader, "L99999 / 4", "L12345 / 4", 1) + body, wantErr: "metadata names L12345"},
		{name: "a bad date", text: strings.Replace(lcdHeader, "03/01/2025", "13/45/2025", 1) + body, wantErr: "effective date"},
		{name: "no determination", text: lcdHeader, wantErr: "no determination text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := policies.ParseLCD(tt.text, policies.DefaultChunker())
			if tt.wantErr != "" {
				require.Error(t, err)
				require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
				require.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, umassist.Policy{ID: "LCD L99999", Version: "4", Source: "lcd", Payer: "medicare", Title: "Widget Therapy for Chronic Pain",
				Effective: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), CoverageLevel: "local", URL: "https://example.invalid/lcd/99999"}, l.Policy)
			var ids []string
			for _, p := range l.Passages {
				ids = append(ids, p.ID)
				require.Regexp(t, umassist.PassageIDRE, p.ID)
			}
			require.Equal(t, []string{"LCD L99999#A", "LCD L99999#A1", "LCD L99999#A2", "LCD L99999#B"}, ids)
			require.Equal(t, "Limitations", l.Passages[3].Section)
		})
	}
}

// TestReadSharedLCDs reads the five LCDs of the shared data in place.
func TestReadSharedLCDs(t *testing.T) {
	t.Parallel()
	dir := sourcetree.SharedData("lcd")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared LCDs not present at " + dir)
	}
	lcds, err := policies.ReadLCDs(dir, policies.DefaultChunker())
	require.NoError(t, err)
	require.Len(t, lcds, 5)
	for _, l := range lcds {
		require.Regexp(t, policies.LCDIDRE, l.Policy.ID)
		require.NotEmpty(t, l.Policy.Version)
		require.NotEmpty(t, l.Passages, l.Policy.ID)
	}
	_, err = policies.ReadLCDs(t.TempDir(), policies.DefaultChunker())
	require.Error(t, err, "a folder without LCD files is an error, not an empty corpus")
}

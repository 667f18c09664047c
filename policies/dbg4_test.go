package policies_test

import (
	"os"
	"strings"
	"testing"

	"github.com/umassist/umassist/policies"
)

func TestTmpNCD(t *testing.T) {
	ncds, _ := policies.ReadMCD(mcdDir, policies.DefaultChunker())
	want := map[string]bool{}
	for _, id := range strings.Fields(os.Getenv("NCDS")) {
		want["NCD "+id] = true
	}
	for _, n := range ncds {
		if !want[n.Policy.ID] {
			continue
		}
		for _, p := range n.Passages {
			t.Logf("%s v%s | %s | %s", p.ID, n.Policy.Version, p.Section, strings.Join(strings.Fields(p.Text), " "))
		}
	}
}

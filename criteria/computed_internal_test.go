package criteria

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestComputationsAreTheVocabularys: the reasoner computes exactly the
// measures the vocabulary (and so the packs README) says are computed.
func TestComputationsAreTheVocabularys(t *testing.T) {
	t.Parallel()
	declared := map[string]bool{}
	for _, m := range vocab.Measures {
		if m.Computed != "" {
			declared[m.ID] = true
		}
	}
	implemented := map[string]bool{}
	for id := range computations {
		implemented[id] = true
	}
	require.Equal(t, declared, implemented)
}

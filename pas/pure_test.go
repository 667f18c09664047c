package pas_test

import (
	"go/build"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPASIsPure: the wire format reads and builds JSON and nothing else,
// so it imports only the standard library, the root domain package and
// the fhir package's decoder; no database, network or logging can creep
// in through a dependency.
func TestPASIsPure(t *testing.T) {
	t.Parallel()
	pkg, err := build.ImportDir(".", 0)
	require.NoError(t, err)
	require.NotEmpty(t, pkg.Imports)
	allowed := map[string]bool{"github.com/umassist/umassist": true, "github.com/umassist/umassist/fhir": true}
	for _, path := range pkg.Imports {
		stdlib := !strings.Contains(strings.SplitN(path, "/", 2)[0], ".")
		require.True(t, stdlib || allowed[path], "package pas imports %s", path)
	}
}

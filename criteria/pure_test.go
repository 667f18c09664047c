package criteria_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCriteriaIsPure: the criteria contract (packs, vocabulary, reading,
// evaluation, decision) imports only the standard library and the root
// domain package, so nothing in it can reach a database, the network or
// the tools: every reader of a chart decides with the same pure code.
func TestCriteriaIsPure(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range af.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			require.NoError(t, err)
			stdlib := !strings.Contains(strings.SplitN(path, "/", 2)[0], ".")
			require.True(t, stdlib || path == "github.com/umassist/umassist", "%s imports %s", f, path)
		}
	}
}

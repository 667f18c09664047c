package sourcetree_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/internal/sourcetree"
)

func TestRootAndSharedData(t *testing.T) {
	root := sourcetree.Root()
	require.FileExists(t, filepath.Join(root, "go.mod"))
	require.Equal(t, filepath.Join(root, "..", "shared", "data", "mcd"), sourcetree.SharedData("mcd"))
	require.Equal(t, filepath.Join(root, "..", "shared", "evals", "datasets", "nurse-dev"), sourcetree.SharedEvals("datasets", "nurse-dev"))

	// Outside the tree there is no root.
	t.Chdir(t.TempDir())
	require.Empty(t, sourcetree.Root())
	require.False(t, sourcetree.HasSharedData("no-such-folder"))
	require.False(t, sourcetree.HasSharedEvals("no-such-folder"))
	require.Equal(t, filepath.Join("..", "shared", "evals", "SPEC.md"), sourcetree.SharedEvals("SPEC.md"))
}

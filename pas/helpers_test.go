package pas_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/sourcetree"
)

// examplesDir holds the Da Vinci PAS IG's example bundles, read in place
// from the shared folder beside the source tree and never copied.
var examplesDir = sourcetree.SharedData("davinci-pas")

// example reads one of the shared PAS examples, skipping the test when
// the shared folder is not there.
func example(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(examplesDir, name))
	if os.IsNotExist(err) {
		t.Skipf("Da Vinci PAS examples not present at %s (shared data beside the source tree): %v", examplesDir, err)
	}
	require.NoError(t, err)
	return raw
}

// fixture reads a file under testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return raw
}

// chart reads a resource of the test chart.
func chart(t testing.TB, name string) json.RawMessage {
	return fixture(t, filepath.Join("chart", name+".json"))
}

// mutate decodes a bundle, lets f change it and encodes it again.
func mutate(t testing.TB, raw []byte, f func(b map[string]any)) []byte {
	t.Helper()
	var b map[string]any
	require.NoError(t, json.Unmarshal(raw, &b))
	f(b)
	out, err := json.Marshal(b)
	require.NoError(t, err)
	return out
}

func entries(b map[string]any) []any { return b["entry"].([]any) }

// resource is the resource of entry i.
func resource(b map[string]any, i int) map[string]any {
	return entries(b)[i].(map[string]any)["resource"].(map[string]any)
}

// find is the resource of the entry whose resource has that id.
func find(t testing.TB, b map[string]any, id string) map[string]any {
	t.Helper()
	for i := range entries(b) {
		if r := resource(b, i); r["id"] == id {
			return r
		}
	}
	t.Fatalf("no resource %s", id)
	return nil
}

// drop removes the entry whose resource has that id.
func drop(b map[string]any, id string) {
	var keep []any
	for i, e := range entries(b) {
		if resource(b, i)["id"] != id {
			keep = append(keep, e)
		}
	}
	b["entry"] = keep
}

// requireRefused checks err is an EINVALID "pas:" error containing want.
func requireRefused(t testing.TB, err error, want string) {
	t.Helper()
	require.Error(t, err)
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "%v", err)
	require.Contains(t, err.Error(), "pas: ")
	require.Contains(t, err.Error(), want)
}

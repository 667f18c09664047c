package umassist_test

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/umassist/umassist"

// layers is the README's diagram ("Layers, and where new code goes"), top
// to bottom. A package may import a package on a lower line, or one to
// its right on its own line; never up, never left. Packages named
// *test (fakes and suites for tests) are left out: only tests may import
// them, which TestTestSupportIsForTests holds.
var layers = [][]string{
	{"cmd/umassist"},
	{"server", "cdshooks", "pasclient", "evals", "ops", "demo"},
	{"agent/offline", "agent"},
	{"agent/reason"},
	{"retrieval/internal/genweights", "scan/faxgen", "tools", "policies", "scan", "retrieval"},
	{"pas", "queue", "fhir/synthetic", "fhir", "postgres/cluster", "postgres"},
	{"criteria"},
	{""}, // the root package: the domain
	{"telemetry", "logging", "internal/sourcetree"},
}

// rank orders packages: line first, then place on the line.
func rank(t *testing.T, pkg string) (int, bool) {
	t.Helper()
	for i, line := range layers {
		if j := slices.Index(line, pkg); j >= 0 {
			return i*100 + j, true
		}
	}
	return 0, false
}

// packages maps each package directory (relative to the module, "" for the
// root) to the module packages its non-test files import.
func packages(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "bin" || name == "node_modules") {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(path, 0)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				return nil
			}
			t.Fatalf("%s: %v", path, err)
		}
		dir := filepath.ToSlash(path)
		if dir == "." {
			dir = ""
		}
		var mine []string
		for _, imp := range p.Imports {
			if imp == module || strings.HasPrefix(imp, module+"/") {
				mine = append(mine, strings.TrimPrefix(strings.TrimPrefix(imp, module), "/"))
			}
		}
		out[dir] = mine
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func testSupport(pkg string) bool { return strings.HasSuffix(pkg, "test") }

func name(pkg string) string {
	if pkg == "" {
		return "umassist (root)"
	}
	return pkg
}

// TestImportsPointDown fails when an import runs against the layers:
// that is where a package grows a dependency it should not have (a
// storage package calling the agent, the domain importing a driver).
func TestImportsPointDown(t *testing.T) {
	t.Parallel()
	pkgs := packages(t)
	if len(pkgs) < 20 {
		t.Fatalf("found %d packages; run from the module root", len(pkgs))
	}
	for pkg, imports := range pkgs {
		if testSupport(pkg) {
			continue
		}
		from, ok := rank(t, pkg)
		if !ok {
			t.Errorf("package %s is on no line of the layers: add it to the README's diagram and to layers here", name(pkg))
			continue
		}
		for _, imp := range imports {
			to, ok := rank(t, imp)
			if ok && to <= from {
				t.Errorf("%s imports %s, which is above it or to its left in the layers", name(pkg), name(imp))
			}
		}
	}
}

// TestTestSupportIsForTests: fakes and suites (packages named *test) are
// never part of what ships.
func TestTestSupportIsForTests(t *testing.T) {
	t.Parallel()
	for pkg, imports := range packages(t) {
		if testSupport(pkg) {
			continue
		}
		for _, imp := range imports {
			if testSupport(imp) {
				t.Errorf("%s imports the test support package %s", name(pkg), imp)
			}
		}
	}
}

// The layer check can fail: an import up the layers is caught.
func TestRankCatchesAnUpwardImport(t *testing.T) {
	t.Parallel()
	domain, _ := rank(t, "")
	server, _ := rank(t, "server")
	postgres, _ := rank(t, "postgres")
	queue, _ := rank(t, "queue")
	if !(server < postgres && postgres < domain && queue < postgres) {
		t.Fatalf("ranks: server %d, queue %d, postgres %d, domain %d", server, queue, postgres, domain)
	}
}

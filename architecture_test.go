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
	{"server", "cdshooks", "pasclient", "evals", "ops", "demo", "drafting"},
	{"agent/offline", "agent"},
	{"agent/reason"},
	{"retrieval/internal/genweights", "scan/faxgen", "tools", "policies", "scan", "retrieval/policystore", "retrieval"},
	{"pas", "queue", "fhir/synthetic", "fhir/fhirstore", "fhir", "postgres/cluster", "postgres"},
	{"criteria"},
	{""}, // the root package: the domain
	{"telemetry", "logging", "internal/sourcetree", "internal/ctxtime"},
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
	mine, _ := imports(t)
	return mine
}

// imports maps each package directory to the module packages (mine) and
// the other packages (others) its non-test files import.
func imports(t *testing.T) (mine, others map[string][]string) {
	t.Helper()
	out, ext := map[string][]string{}, map[string][]string{}
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
			} else {
				ext[dir] = append(ext[dir], imp)
			}
		}
		out[dir] = mine
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, ext
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

// noDatabase are the packages that read and reason but store nothing:
// the agent and its reader, the tools, the criteria contract, retrieval's
// ranking and embedders, the FHIR model and clients. What stores lives in
// drafting, postgres, fhir/fhirstore and retrieval/policystore.
var noDatabase = []string{"agent", "agent/reason", "agent/offline", "tools", "criteria", "retrieval", "fhir", ""}

// databaseImport reports whether an import path is a database driver,
// the job queue, or one of our packages that talks to PostgreSQL.
func databaseImport(imp string) bool {
	for _, p := range []string{"github.com/jackc/pgx", "github.com/pgvector/pgvector-go", "github.com/riverqueue/river", "database/sql"} {
		if imp == p || strings.HasPrefix(imp, p+"/") {
			return true
		}
	}
	return false
}

// TestAgentImportsNoDatabase: the agent, the tools and what they read
// import, directly or through any package of ours, no database package,
// so storage can change without touching how a case is judged.
func TestAgentImportsNoDatabase(t *testing.T) {
	t.Parallel()
	mine, others := imports(t)
	for _, root := range noDatabase {
		// Every module package root reaches, with the path that reaches it.
		via := map[string]string{root: name(root)}
		queue := []string{root}
		for len(queue) > 0 {
			pkg := queue[0]
			queue = queue[1:]
			for _, imp := range others[pkg] {
				if databaseImport(imp) {
					t.Errorf("%s imports %s (%s)", name(root), imp, via[pkg])
				}
			}
			for _, imp := range mine[pkg] {
				if _, seen := via[imp]; !seen {
					via[imp] = via[pkg] + " -> " + name(imp)
					queue = append(queue, imp)
				}
			}
		}
	}
}

// The database check can fail: the driver, pgvector and River are caught,
// a JSON package is not.
func TestDatabaseImportIsCaught(t *testing.T) {
	t.Parallel()
	for imp, want := range map[string]bool{"github.com/jackc/pgx/v5": true, "github.com/jackc/pgx/v5/pgxpool": true,
		"github.com/pgvector/pgvector-go": true, "github.com/riverqueue/river": true, "encoding/json": false, "github.com/jackc/pgxlisten": false} {
		if databaseImport(imp) != want {
			t.Errorf("databaseImport(%q) = %v, want %v", imp, !want, want)
		}
	}
}

// Package sourcetree locates umassist's source tree and the shared folder
// beside it: public data (../shared/data: the CMS NCD export, Synthea
// patients) and other teams' eval datasets (../shared/evals/datasets),
// which tests, benchmarks and the demo read in place and never copy. Both
// the developers' machines and CI lay shared/ next to the clone, wherever
// the clone is, read-only.
package sourcetree

import (
	"bytes"
	"os"
	"path/filepath"
)

// modulePath identifies our go.mod among any others up the tree.
const modulePath = "module github.com/umassist/umassist\n"

// Root returns the folder holding umassist's go.mod, found by walking up
// from the working directory, or "" when not inside the tree.
func Root() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && bytes.Contains(b, []byte(modulePath)) {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// SharedData returns a path inside ../shared/data beside the source tree,
// e.g. SharedData("mcd") or SharedData("fhir", "synthea_r4_smart_sample").
// Outside the tree it is relative to the working directory.
func SharedData(parts ...string) string { return shared("data", parts...) }

// HasSharedData reports whether the given shared-data path exists.
func HasSharedData(parts ...string) bool { return exists(SharedData(parts...)) }

// SharedEvals returns a path inside ../shared/evals beside the source tree,
// e.g. SharedEvals("datasets", "nurse-dev"). Outside the tree it is
// relative to the working directory.
func SharedEvals(parts ...string) string { return shared("evals", parts...) }

// HasSharedEvals reports whether the given shared-evals path exists.
func HasSharedEvals(parts ...string) bool { return exists(SharedEvals(parts...)) }

func shared(dir string, parts ...string) string {
	root := Root()
	if root == "" {
		root = "."
	}
	return filepath.Join(append([]string{root, "..", "shared", dir}, parts...)...)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

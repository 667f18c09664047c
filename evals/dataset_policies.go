package evals

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// readPolicies reads policies/index.json and checks each document it lists
// (SPEC: payer policies a dataset needs beyond the standard corpus).
func (v *validator) readPolicies(dir string) []PolicyDoc {
	const file = "policies/index.json"
	b, err := os.ReadFile(filepath.Join(dir, "policies", "index.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		v.add(file, 0, "", "%v", err)
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		v.add(file, 1, "", "must be a JSON array of {file, id, title, payer, effective}")
		return nil
	}
	var docs []PolicyDoc
	seen := map[string]bool{}
	for i := 0; dec.More(); i++ {
		off := dec.InputOffset()
		var d PolicyDoc
		derr := dec.Decode(&d)
		line := lineAt(b, off)
		if derr != nil {
			if field, msg, ok := typeErrField(derr); ok {
				v.add(file, line, fmt.Sprintf("[%d].%s", i, field), "%s", msg)
				continue
			}
			v.add(file, line, fmt.Sprintf("[%d]", i), "not a JSON object: %v", derr)
			return docs
		}
		switch {
		case strings.TrimSpace(d.File) == "":
			v.add(file, line, fmt.Sprintf("[%d].file", i), "is required")
			continue
		case strings.Contains(filepath.ToSlash(filepath.Clean(d.File)), "/"):
			v.add(file, line, fmt.Sprintf("[%d].file", i), "must name a file in policies/, not %q", d.File)
			continue
		case strings.TrimSpace(d.ID) == "":
			v.add(file, line, fmt.Sprintf("[%d].id", i), "is required")
		case seen[d.File]:
			v.add(file, line, fmt.Sprintf("[%d].file", i), "%q is listed twice", d.File)
		}
		seen[d.File] = true
		d.Path = filepath.Join(dir, "policies", d.File)
		if _, err := os.Stat(d.Path); err != nil {
			v.add(file, line, fmt.Sprintf("[%d].file", i), "policies/%s does not exist", d.File)
		}
		if d.Effective != "" {
			if _, err := time.Parse(umassist.DateLayout, d.Effective); err != nil {
				v.add(file, line, fmt.Sprintf("[%d].effective", i), "must be a date YYYY-MM-DD, not %q", d.Effective)
			}
		}
		docs = append(docs, d)
	}
	return docs
}

// lineAt is the 1-based line of the first non-space byte at or after off.

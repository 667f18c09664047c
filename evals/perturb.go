package evals

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/umassist/umassist"
)

// A Perturbation rewrites a note's text without changing what it says: a
// labelled case must keep its label under it. Running a dataset through
// them measures whether the reading generalises past the way one set of
// authors wrote (the nurse-dev set, perturbed, once gave four false
// approvals when its notes lost their line breaks).
type Perturbation struct {
	Name  string
	About string
	apply func(string) string
}

var (
	percentRE  = regexp.MustCompile(`(\d)\s*%`)
	nyhaRE     = regexp.MustCompile(`\b(NYHA(?: functional)?(?: class)?\s*)(IV|III|II|I)\b`)
	lvefRE     = regexp.MustCompile(`\bLVEF\b`)
	deniesRE   = regexp.MustCompile(`\b[Dd]enies\b`)
	newlinesRE = regexp.MustCompile(`\s*\n+\s*`)
	arabic     = map[string]string{"I": "1", "II": "2", "III": "3", "IV": "4"}
)

// Perturbations lists the rewrites, in the order Perturb applies them.
var Perturbations = []Perturbation{
	{"percent", `"86%" written "86 percent"`, func(s string) string { return percentRE.ReplaceAllString(s, "$1 percent") }},
	{"nyha-arabic", `"NYHA class III" written "NYHA class 3"`, func(s string) string {
		return nyhaRE.ReplaceAllStringFunc(s, func(m string) string {
			sub := nyhaRE.FindStringSubmatch(m)
			return sub[1] + arabic[sub[2]]
		})
	}},
	{"lvef-words", `"LVEF" spelled out`, func(s string) string { return lvefRE.ReplaceAllString(s, "left ventricular ejection fraction") }},
	{"negative-for", `"denies" written "negative for"`, func(s string) string { return deniesRE.ReplaceAllString(s, "negative for") }},
	{"oneline", "line breaks lost (text pulled from a PDF, a message in one paragraph)", func(s string) string {
		return strings.TrimSpace(newlinesRE.ReplaceAllString(s, " "))
	}},
	{"bullets", `every line a list item ("- ")`, func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				lines[i] = "- " + l
			}
		}
		return strings.Join(lines, "\n")
	}},
	{"lower", "all lower case", strings.ToLower},
	{"crlf", "Windows line ends", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
}

// PerturbStats says what a perturbation run rewrote.
type PerturbStats struct {
	Bundles, Notes, Changed int
}

// Perturb writes dataset src to dst with the named perturbations applied,
// in the order Perturbations lists them, to every text note
// (DocumentReference and DiagnosticReport attachments of type text/plain
// or text/html; PDFs are left as they are). cases.jsonl, policies/ and
// everything else are copied unchanged. dst must not exist.
func Perturb(src, dst string, names []string) (PerturbStats, error) {
	var st PerturbStats
	var fns []func(string) string
	for _, p := range Perturbations {
		for _, n := range names {
			if n == p.Name {
				fns = append(fns, p.apply)
			}
		}
	}
	if len(fns) != len(uniq(names)) || len(fns) == 0 {
		return st, umassist.Errorf(umassist.EINVALID, "evals: perturbations must be among %s", strings.Join(PerturbationNames(), ", "))
	}
	if _, err := os.Stat(dst); err == nil {
		return st, umassist.Errorf(umassist.EINVALID, "evals: %s exists", dst)
	}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if filepath.Dir(rel) == "patients" && strings.HasSuffix(rel, ".json") {
			st.Bundles++
			if b, err = perturbBundle(b, fns, &st); err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		return st, fmt.Errorf("evals: perturb: %w", err)
	}
	return st, nil
}

// PerturbationNames are the perturbations' names, in order.
func PerturbationNames() []string {
	var out []string
	for _, p := range Perturbations {
		out = append(out, p.Name)
	}
	return out
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// perturbBundle rewrites the text attachments of a bundle's notes, keeping
// every other byte's meaning (the bundle is re-encoded).
func perturbBundle(b []byte, fns []func(string) string, st *PerturbStats) ([]byte, error) {
	var bundle map[string]any
	if err := json.Unmarshal(b, &bundle); err != nil {
		return nil, err
	}
	entries, _ := bundle["entry"].([]any)
	for _, e := range entries {
		em, _ := e.(map[string]any)
		r, _ := em["resource"].(map[string]any)
		switch r["resourceType"] {
		case "DocumentReference":
			contents, _ := r["content"].([]any)
			for _, c := range contents {
				cm, _ := c.(map[string]any)
				if a, ok := cm["attachment"].(map[string]any); ok {
					if err := perturbAttachment(a, fns, st); err != nil {
						return nil, err
					}
				}
			}
		case "DiagnosticReport":
			forms, _ := r["presentedForm"].([]any)
			for _, f := range forms {
				if a, ok := f.(map[string]any); ok {
					if err := perturbAttachment(a, fns, st); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return json.Marshal(bundle)
}

func perturbAttachment(a map[string]any, fns []func(string) string, st *PerturbStats) error {
	ct, _ := a["contentType"].(string)
	data, _ := a["data"].(string)
	if data == "" || !(strings.HasPrefix(ct, "text/plain") || strings.HasPrefix(ct, "text/html")) {
		return nil
	}
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return errors.New("an attachment's data is not base64")
	}
	st.Notes++
	text := string(raw)
	out := text
	for _, f := range fns {
		out = f(out)
	}
	if out != text {
		st.Changed++
	}
	a["data"] = base64.StdEncoding.EncodeToString([]byte(out))
	return nil
}

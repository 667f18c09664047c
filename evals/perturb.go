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
	apply func(string) string // a note's text
	// resource rewrites a resource instead (nil for note rewrites).
	resource func(map[string]any)
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
	{Name: "percent", About: `"86%" written "86 percent"`, apply: func(s string) string { return percentRE.ReplaceAllString(s, "$1 percent") }},
	{Name: "nyha-arabic", About: `"NYHA class III" written "NYHA class 3"`, apply: func(s string) string {
		return nyhaRE.ReplaceAllStringFunc(s, func(m string) string {
			sub := nyhaRE.FindStringSubmatch(m)
			return sub[1] + arabic[sub[2]]
		})
	}},
	{Name: "lvef-words", About: `"LVEF" spelled out`, apply: func(s string) string { return lvefRE.ReplaceAllString(s, "left ventricular ejection fraction") }},
	{Name: "negative-for", About: `"denies" written "negative for"`, apply: func(s string) string { return deniesRE.ReplaceAllString(s, "negative for") }},
	{Name: "oneline", About: "line breaks lost (text pulled from a PDF, a message in one paragraph)", apply: func(s string) string {
		return strings.TrimSpace(newlinesRE.ReplaceAllString(s, " "))
	}},
	{Name: "bullets", About: `every line a list item ("- ")`, apply: func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				lines[i] = "- " + l
			}
		}
		return strings.Join(lines, "\n")
	}},
	{Name: "lower", About: "all lower case", apply: strings.ToLower},
	{Name: "crlf", About: "Windows line ends", apply: func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{Name: "codes-only", About: "no display or text on codes from standard systems (LOINC, SNOMED CT, ICD-10-CM, RxNorm, CPT, HCPCS), as some exports send them", resource: codesOnly},
}

// standardSystems are the code systems whose codes a reader can look up:
// a coding of one of them means the same without its display.
var standardSystems = map[string]bool{
	umassist.SystemLOINC: true, umassist.SystemSNOMED: true, umassist.SystemICD10CM: true, umassist.SystemRxNorm: true,
	umassist.SystemCPT: true, umassist.SystemHCPCS: true,
}

// codesOnly drops the display and text of a clinical resource's code when
// every coding is from a standard system (a local code means nothing
// without its words, so it keeps them).
func codesOnly(r map[string]any) {
	switch r["resourceType"] {
	case "Condition", "Observation", "MedicationRequest", "MedicationStatement", "Procedure":
	default:
		return
	}
	for _, key := range []string{"code", "medicationCodeableConcept"} {
		cc, ok := r[key].(map[string]any)
		if !ok {
			continue
		}
		codings, _ := cc["coding"].([]any)
		if len(codings) == 0 {
			continue
		}
		standard := true
		for _, c := range codings {
			cm, _ := c.(map[string]any)
			sys, _ := cm["system"].(string)
			standard = standard && standardSystems[sys]
		}
		if !standard {
			continue
		}
		delete(cc, "text")
		for _, c := range codings {
			if cm, ok := c.(map[string]any); ok {
				delete(cm, "display")
			}
		}
	}
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
	var rfns []func(map[string]any)
	for _, p := range Perturbations {
		for _, n := range names {
			if n != p.Name {
				continue
			}
			if p.apply != nil {
				fns = append(fns, p.apply)
			}
			if p.resource != nil {
				rfns = append(rfns, p.resource)
			}
		}
	}
	if len(fns)+len(rfns) != len(uniq(names)) || len(uniq(names)) == 0 {
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
			if b, err = perturbBundle(b, fns, rfns, &st); err != nil {
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
func perturbBundle(b []byte, fns []func(string) string, rfns []func(map[string]any), st *PerturbStats) ([]byte, error) {
	var bundle map[string]any
	if err := json.Unmarshal(b, &bundle); err != nil {
		return nil, err
	}
	entries, _ := bundle["entry"].([]any)
	for _, e := range entries {
		em, _ := e.(map[string]any)
		r, _ := em["resource"].(map[string]any)
		for _, f := range rfns {
			f(r)
		}
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

package scan

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/umassist/umassist"
)

// CodeList is the code sets extracted codes are checked against:
// ICD-10-CM (every code, billable or not) and HCPCS Level II. CPT codes
// are AMA-copyrighted and not on any list here; they are checked by form.
type CodeList struct {
	icd   map[string]string // "I50.22" → description
	hcpcs map[string]string // "E0601" → short description
	// hcpcsLong: "E0740" → its long description; the short one
	// abbreviates ("Non-implant pelv flr e-stim").
	hcpcsLong map[string]string
}

// LoadCodeList reads icd10cm_*_codes.csv and hcpcs_level2_*.csv from dir
// (../shared/data/codes).
func LoadCodeList(dir string) (*CodeList, error) {
	cl := &CodeList{icd: map[string]string{}, hcpcs: map[string]string{}, hcpcsLong: map[string]string{}}
	icd, _ := filepath.Glob(filepath.Join(dir, "icd10cm_*_codes.csv"))
	hcpcs, _ := filepath.Glob(filepath.Join(dir, "hcpcs_level2_*.csv"))
	if len(icd) == 0 {
		return nil, fmt.Errorf("scan: no icd10cm_*_codes.csv in %s", dir)
	}
	if err := readCSV(icd[len(icd)-1], func(h map[string]int, r []string) {
		cl.icd[strings.ToUpper(r[h["code_dotted"]])] = r[h["short_description"]]
	}, "code_dotted", "short_description"); err != nil {
		return nil, err
	}
	if len(hcpcs) > 0 {
		if err := readCSV(hcpcs[len(hcpcs)-1], func(h map[string]int, r []string) {
			if r[h["kind"]] != "modifier" {
				code := strings.ToUpper(r[h["code"]])
				cl.hcpcs[code] = r[h["short_description"]]
				cl.hcpcsLong[code] = r[h["long_description"]]
			}
		}, "code", "kind", "short_description", "long_description"); err != nil {
			return nil, err
		}
	}
	return cl, nil
}

func readCSV(path string, row func(h map[string]int, r []string), need ...string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("scan: codes: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("scan: codes: %s: %w", filepath.Base(path), err)
	}
	h := map[string]int{}
	for i, c := range head {
		h[c] = i
	}
	for _, n := range need {
		if _, ok := h[n]; !ok {
			return fmt.Errorf("scan: codes: %s has no %s column", filepath.Base(path), n)
		}
	}
	for {
		r, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("scan: codes: %s: %w", filepath.Base(path), err)
		}
		row(h, r)
	}
}

// ICD10 reports whether code (dotted) is an ICD-10-CM code, with its
// description. A nil list knows no codes.
func (c *CodeList) ICD10(code string) (string, bool) {
	if c == nil {
		return "", false
	}
	d, ok := c.icd[strings.ToUpper(code)]
	return d, ok
}

// HCPCS reports whether code is a HCPCS Level II code.
func (c *CodeList) HCPCS(code string) (string, bool) {
	if c == nil {
		return "", false
	}
	d, ok := c.hcpcs[strings.ToUpper(code)]
	return d, ok
}

// Describe gives what a coding means by the code sets: an ICD-10-CM
// code's description, a HCPCS Level II code's long description. CPT,
// RxNorm and NDC codes are on no list here.
func (c *CodeList) Describe(cd umassist.Coding) (string, bool) {
	if c == nil {
		return "", false
	}
	switch cd.System {
	case umassist.SystemICD10CM:
		return c.ICD10(cd.Code)
	case umassist.SystemHCPCS:
		if d := c.hcpcsLong[strings.ToUpper(cd.Code)]; d != "" {
			return d, true
		}
		return c.HCPCS(cd.Code)
	}
	return "", false
}

// NewCodeList makes a code list from code → description maps (tests, and
// callers with their own code sets).
func NewCodeList(icd10cm, hcpcs map[string]string) *CodeList {
	cl := &CodeList{icd: map[string]string{}, hcpcs: map[string]string{}}
	for k, v := range icd10cm {
		cl.icd[strings.ToUpper(k)] = v
	}
	for k, v := range hcpcs {
		cl.hcpcs[strings.ToUpper(k)] = v
	}
	return cl
}

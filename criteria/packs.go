package criteria

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"github.com/umassist/umassist"
)

//go:embed packs/*.json
var packFS embed.FS

// Hint kinds.
const (
	KindObservation = "observation"
	KindCondition   = "condition"
	KindMedication  = "medication"
	KindProcedure   = "procedure"
	KindNote        = "note"
	// KindPatient tests the patient's own facts: age on the request date.
	KindPatient = "patient"
	// KindDose tests the order for the drug requested: the dose and how
	// often, against the policy's limit (a quantity limit).
	KindDose = "dose"
)

// Comparators a hint may use; "between" needs ThresholdHigh.
var comparators = map[string]bool{"<": true, "<=": true, ">": true, ">=": true, "==": true, "!=": true, "between": true}

// unitRange bounds thresholds by unit, so "LVEF <= 350 %" is refused.
var unitRange = map[string][2]float64{
	"%":     {0, 100},
	"kg/m2": {10, 100},
	"/h":    {0, 200},
	"mmHg":  {0, 700},
	"":      {-1e9, 1e9},
}

var negatedPhraseRE = regexp.MustCompile(`(?i)^(no|not|without|denies|never|absent)\s`)

var (
	loincRE     = regexp.MustCompile(`^\d{1,7}-\d$`)
	packIDRE    = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*$`)
	criterionRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	// ICD-10-CM code or prefix ("I50", "J96.1", "Z68.41"), or a SNOMED id,
	// or a CPT/HCPCS code for procedures.
	codeRE = regexp.MustCompile(`^([A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?|\d{5,18}|[A-Z]\d{4}|\d{4}[0-9A-Z])$`)
)

// LoadPacks returns the criteria packs compiled into the binary, validated.
func LoadPacks() ([]Pack, error) {
	sub, err := fs.Sub(packFS, "packs")
	if err != nil {
		return nil, fmt.Errorf("criteria: packs: %w", err)
	}
	return loadPacks(sub)
}

// LoadPacksFS reads and validates every *.json pack of fsys (the caller's
// files: this package does no I/O of its own).
func LoadPacksFS(fsys fs.FS) ([]Pack, error) { return loadPacks(fsys) }

func loadPacks(fsys fs.FS) ([]Pack, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("criteria: packs: %w", err)
	}
	sort.Strings(names)
	var (
		out  []Pack
		errs []error
		ids  = map[string]string{}
	)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("criteria: pack %s: %w", name, err))
			continue
		}
		p, err := ParsePack(b)
		if err != nil {
			errs = append(errs, fmt.Errorf("criteria: pack %s: %w", name, err))
			continue
		}
		if prev, dup := ids[p.ID]; dup {
			errs = append(errs, fmt.Errorf("criteria: pack %s: duplicate pack id %q (also in %s)", name, p.ID, prev))
			continue
		}
		ids[p.ID] = name
		out = append(out, *p)
	}
	if len(errs) > 0 {
		return out, errors.Join(errs...)
	}
	return out, nil
}

// ParsePack decodes one pack strictly (unknown fields are errors) and
// validates it.
func ParsePack(b []byte) (*Pack, error) {
	p, err := ParsePackUnchecked(b)
	if err != nil {
		return nil, err
	}
	if err := p.Validate(nil); err != nil {
		return nil, err
	}
	return p, nil
}

// ParsePackUnchecked decodes one pack strictly (unknown fields are
// errors) without validating it: a draft the caller checks and completes.
func ParsePackUnchecked(b []byte) (*Pack, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p Pack
	if err := dec.Decode(&p); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "decode: %v", err)
	}
	if dec.More() {
		return nil, umassist.Errorf(umassist.EINVALID, "decode: trailing data after the pack")
	}
	return &p, nil
}

// PassageSet answers whether a passage id exists in the imported corpus.
type PassageSet interface {
	HasPassage(id string) bool
}

// PassageSetFunc adapts a function to PassageSet.
type PassageSetFunc func(id string) bool

// HasPassage calls f.
func (f PassageSetFunc) HasPassage(id string) bool { return f(id) }

// Packs is a set of loaded packs.
type Packs []Pack

// Match finds the pack governing a request: the service code must be one
// of the pack's, the payer must match (case-insensitive), and when the pack
// names diagnoses one of the request's diagnoses must start with one of
// them. A pack with a matching diagnosis wins over one without a list.
func (ps Packs) Match(service umassist.Coding, diagnoses []umassist.Coding, payer string) (*Pack, bool) {
	var fallback *Pack
	for i := range ps {
		p := &ps[i]
		if payer != "" && !strings.EqualFold(p.Payer, payer) {
			continue
		}
		if !p.coversService(service) {
			continue
		}
		if len(p.Diagnoses) == 0 {
			if fallback == nil {
				fallback = p
			}
			continue
		}
		if p.coversDiagnosis(diagnoses) {
			return p, true
		}
	}
	return fallback, fallback != nil
}

// Find returns the pack with the given id.
func (ps Packs) Find(id string) (*Pack, bool) {
	for i := range ps {
		if ps[i].ID == id {
			return &ps[i], true
		}
	}
	return nil, false
}

func (p *Pack) coversService(s umassist.Coding) bool {
	code := strings.ToUpper(strings.TrimSpace(s.Code))
	for _, c := range p.Services {
		if c.Code == code && (s.System == "" || s.System == c.System) {
			return true
		}
	}
	return false
}

func (p *Pack) coversDiagnosis(dx []umassist.Coding) bool {
	for _, d := range dx {
		got := normCode(d.Code)
		for _, want := range p.Diagnoses {
			if strings.HasPrefix(got, normCode(want)) {
				return true
			}
		}
	}
	return false
}

// Criterion returns the criterion with the given id.
func (p *Pack) Criterion(id string) (*Criterion, bool) {
	for i := range p.Criteria {
		if p.Criteria[i].ID == id {
			return &p.Criteria[i], true
		}
	}
	return nil, false
}

// PassageIDs lists every passage the pack cites, sorted and unique.
func (p *Pack) PassageIDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range p.Criteria {
		for _, id := range c.Passages {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	sort.Strings(out)
	return out
}

package criteria

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

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

// Find returns the pack with the given id.
func (ps Packs) Find(id string) (*Pack, bool) {
	for i := range ps {
		if ps[i].ID == id {
			return &ps[i], true
		}
	}
	return nil, false
}

// Applies reports whether the pack governs a request for service (no
// code: any service) with these ICD-10-CM diagnosis codes, for payer, in
// jurisdiction. The service is one of the pack's by code (of the same
// kind of system: a drug's code never a procedure's), or a product of the
// pack's RxNorm ingredient; the payer is the pack's (case aside; either
// empty: any); a local pack governs only in its jurisdictions; and when
// both the pack and the request name diagnoses, one of the request's
// starts with one of the pack's. Which of several packs that apply
// governs is the finder's to say (local ones first, tools.PackList).
func (p *Pack) Applies(service umassist.Coding, diagnoses []string, payer, jurisdiction string) bool {
	if payer != "" && p.Payer != "" && !strings.EqualFold(p.Payer, payer) {
		return false
	}
	if len(p.Jurisdictions) > 0 && !slices.ContainsFunc(p.Jurisdictions, func(j string) bool { return strings.EqualFold(j, jurisdiction) }) {
		return false
	}
	if service.Code != "" && !slices.ContainsFunc(p.Services, func(s umassist.Coding) bool {
		return strings.EqualFold(s.Code, service.Code) && sameKind(s.System, service.System) || sameIngredient(s, service)
	}) {
		return false
	}
	if len(p.Diagnoses) == 0 || len(diagnoses) == 0 {
		return true
	}
	for _, d := range diagnoses {
		for _, prefix := range p.Diagnoses {
			if strings.HasPrefix(normCode(d), normCode(prefix)) {
				return true
			}
		}
	}
	return false
}

// sameKind reports whether two code systems may share a code: a drug's
// (RxNorm, NDC) and a procedure's (CPT, HCPCS) never do; a system left
// unsaid may be either.
func sameKind(a, b string) bool {
	return a == "" || b == "" || drugSystem(a) == drugSystem(b)
}

// drugSystem reports whether a code system is a drug's: RxNorm or NDC,
// however the sender spells it.
func drugSystem(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "rxnorm") || strings.Contains(s, "ndc")
}

// sameIngredient matches a request for any product of a drug to a pack
// service naming the ingredient ("adalimumab"): an RxNorm product whose
// name starts with it ("adalimumab 40 MG/0.4 ML Pen Injector"), or an
// RxNorm or NDC product whose display names it, by name or brand, and no
// other ingredient ("HUMIRA PEN 40 MG/0.8ML", "Hyrimoz (adalimumab-adaz)").
// NDC labels put the brand first and the corpus has no NDC-to-RxNorm map;
// a display naming a second ingredient is a combination, not this drug,
// and a display naming none leaves the request without a pack (it
// refers).
func sameIngredient(pack, req umassist.Coding) bool {
	if pack.System != umassist.SystemRxNorm || !drugSystem(req.System) {
		return false
	}
	in := strings.ToLower(strings.TrimSpace(pack.Display))
	name := strings.ToLower(strings.TrimSpace(req.Display))
	if in == "" || name == "" {
		return false
	}
	if strings.Contains(strings.ToLower(req.System), "rxnorm") && strings.HasPrefix(name, in) {
		if rest := name[len(in):]; rest == "" || !unicode.IsLetter(rune(rest[0])) {
			return true
		}
	}
	named := vocab.IngredientsNamed(req.Display)
	return len(named) == 1 && named[0] == in
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

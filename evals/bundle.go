package evals

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// BundleIndex is what the harness needs from a patient bundle to check a
// draft's citations: which resources exist and the day each is dated.
type BundleIndex struct {
	Path    string
	Patient string // "Patient/p017"
	// SHA256 is the file's content hash: a replayed draft is only reused
	// for the very same record.
	SHA256 string
	// Dates maps "Type/id" to the resource's clinical date; the zero time
	// means undated (a Patient, a Practitioner), which any request may cite.
	Dates map[string]time.Time
}

// Citable reports whether ref exists in the bundle and is dated on or
// before the request day.
func (b *BundleIndex) Citable(ref string, asOf umassist.Date) bool {
	d, ok := b.Dates[ref]
	if !ok {
		return false
	}
	return d.IsZero() || !d.After(asOf.EndOfDay())
}

type period struct {
	Start string `json:"start"`
}

// dated holds every field a FHIR R4 resource states its clinical date in.
type dated struct {
	ResourceType       string  `json:"resourceType"`
	ID                 string  `json:"id"`
	EffectiveDateTime  string  `json:"effectiveDateTime"`
	EffectiveInstant   string  `json:"effectiveInstant"`
	EffectivePeriod    *period `json:"effectivePeriod"`
	Issued             string  `json:"issued"`
	OnsetDateTime      string  `json:"onsetDateTime"`
	OnsetPeriod        *period `json:"onsetPeriod"`
	RecordedDate       string  `json:"recordedDate"`
	AuthoredOn         string  `json:"authoredOn"`
	PerformedDateTime  string  `json:"performedDateTime"`
	PerformedPeriod    *period `json:"performedPeriod"`
	OccurrenceDateTime string  `json:"occurrenceDateTime"`
	Period             *period `json:"period"`
	BillablePeriod     *period `json:"billablePeriod"`
	Date               string  `json:"date"`
	Created            string  `json:"created"`
	Started            string  `json:"started"`
	Context            *struct {
		Period *period `json:"period"`
	} `json:"context"`
}

// clinicalDate picks the date the resource's fact happened, in order of
// FHIR's own precedence (effective before issued, onset before recorded).
func (d *dated) clinicalDate() string {
	ps := func(p *period) string {
		if p == nil {
			return ""
		}
		return p.Start
	}
	ctx := ""
	if d.Context != nil {
		ctx = ps(d.Context.Period)
	}
	for _, s := range []string{
		d.EffectiveDateTime, d.EffectiveInstant, ps(d.EffectivePeriod), d.OnsetDateTime, ps(d.OnsetPeriod),
		d.PerformedDateTime, ps(d.PerformedPeriod), d.OccurrenceDateTime, d.AuthoredOn, ctx, d.Date,
		d.Issued, d.RecordedDate, ps(d.Period), ps(d.BillablePeriod), d.Started, d.Created,
	} {
		if s != "" {
			return s
		}
	}
	return ""
}

// parseFHIRDate reads a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD or
// a full timestamp) as the day it names, in UTC.
func parseFHIRDate(s string) (time.Time, bool) {
	if len(s) >= 10 {
		if t, err := time.Parse(umassist.DateLayout, s[:10]); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{"2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

type bundleJSON struct {
	ResourceType string `json:"resourceType"`
	Type         string `json:"type"`
	Entry        []struct {
		Resource json.RawMessage `json:"resource"`
	} `json:"entry"`
}

// ReadBundleIndex reads a FHIR R4 Bundle and indexes its resources. A
// defect comes back as a FieldError whose Field locates it in the bundle.
func ReadBundleIndex(path string) (*BundleIndex, *FieldError) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &FieldError{File: path, Msg: err.Error(), Field: ""}
	}
	return indexBundle(path, b)
}

func indexBundle(path string, b []byte) (*BundleIndex, *FieldError) {
	fe := func(field, format string, args ...any) *FieldError {
		return &FieldError{File: path, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	var bj bundleJSON
	if err := json.Unmarshal(b, &bj); err != nil {
		return nil, fe("", "not a FHIR JSON Bundle: %v", err)
	}
	if bj.ResourceType != "Bundle" {
		return nil, fe("resourceType", "must be Bundle, not %q", bj.ResourceType)
	}
	switch bj.Type {
	case "collection", "batch", "transaction", "searchset":
	default:
		return nil, fe("type", "must be collection, batch or transaction, not %q", bj.Type)
	}
	sum := sha256.Sum256(b)
	idx := &BundleIndex{Path: path, SHA256: hex.EncodeToString(sum[:]), Dates: make(map[string]time.Time, len(bj.Entry))}
	for i, e := range bj.Entry {
		var d dated
		if len(e.Resource) == 0 {
			return nil, fe(fmt.Sprintf("entry[%d].resource", i), "is required")
		}
		if err := json.Unmarshal(e.Resource, &d); err != nil {
			return nil, fe(fmt.Sprintf("entry[%d].resource", i), "not a FHIR resource: %v", err)
		}
		if d.ResourceType == "" {
			return nil, fe(fmt.Sprintf("entry[%d].resource.resourceType", i), "is required")
		}
		if strings.TrimSpace(d.ID) == "" {
			return nil, fe(fmt.Sprintf("entry[%d].resource.id", i), "is required (resources are cited as Type/id)")
		}
		ref := d.ResourceType + "/" + d.ID
		if _, dup := idx.Dates[ref]; dup {
			return nil, fe(fmt.Sprintf("entry[%d].resource.id", i), "duplicate %s", ref)
		}
		var t time.Time
		if s := d.clinicalDate(); s != "" {
			var ok bool
			if t, ok = parseFHIRDate(s); !ok {
				return nil, fe(fmt.Sprintf("entry[%d].resource", i), "%s has an unreadable date %q", ref, s)
			}
		}
		idx.Dates[ref] = t
		if d.ResourceType == "Patient" && idx.Patient == "" {
			idx.Patient = ref
		}
	}
	if idx.Patient == "" {
		return nil, fe("entry", "has no Patient resource")
	}
	return idx, nil
}

package pas

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// Identifier is a business identifier, as FHIR writes it: a namespace
// (system) and a value unique in it.
type Identifier struct {
	System string `json:"system,omitempty"`
	Value  string `json:"value"`
}

// String renders "system|value", the FHIR token form ("value" when the
// system is empty).
func (i Identifier) String() string {
	if i.System == "" {
		return i.Value
	}
	return i.System + "|" + i.Value
}

// Period is a span of calendar days; either end may be open (zero).
type Period struct {
	Start umassist.Date `json:"start,omitzero"`
	End   umassist.Date `json:"end,omitzero"`
}

// The partial R4 shapes below are what this package reads and writes;
// everything else in a resource passes through untouched.

type wireIdentifier struct {
	System string `json:"system,omitempty"`
	Value  string `json:"value,omitempty"`
}

type wireRef struct {
	Extension  []wireExt       `json:"extension,omitempty"`
	Reference  string          `json:"reference,omitempty"`
	Identifier *wireIdentifier `json:"identifier,omitempty"`
	Display    string          `json:"display,omitempty"`
}

type wireExt struct {
	URL                  string                `json:"url"`
	Extension            []wireExt             `json:"extension,omitempty"`
	ValueReference       *wireRef              `json:"valueReference,omitempty"`
	ValueCodeableConcept *fhir.CodeableConcept `json:"valueCodeableConcept,omitempty"`
	ValueString          *string               `json:"valueString,omitempty"`
	ValueCode            *string               `json:"valueCode,omitempty"`
	ValueBoolean         *bool                 `json:"valueBoolean,omitempty"`
}

type wirePeriod struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

type wireEntry struct {
	FullURL  string          `json:"fullUrl,omitempty"`
	Resource json.RawMessage `json:"resource,omitempty"`
}

type wireBundle struct {
	ResourceType string          `json:"resourceType"`
	ID           string          `json:"id,omitempty"`
	Identifier   *wireIdentifier `json:"identifier,omitempty"`
	Type         string          `json:"type,omitempty"`
	Timestamp    string          `json:"timestamp,omitempty"`
	Entry        []wireEntry     `json:"entry,omitempty"`
}

// head is what every resource starts with.
type head struct {
	ResourceType string `json:"resourceType"`
	ID           string `json:"id"`
}

func (h head) ref() string { return h.ResourceType + "/" + h.ID }

// invalid is the package's one way to refuse input.
func invalid(format string, args ...any) error {
	return umassist.Errorf(umassist.EINVALID, "pas: "+format, args...)
}

// unmarshal decodes raw into v and says which field is wrong when it
// fails, in FHIR's words rather than Go's.
func unmarshal(what string, raw []byte, v any) error {
	err := json.Unmarshal(raw, v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return invalid("%s.%s is a JSON %s where FHIR has %s", what, te.Field, te.Value, jsonKind(te.Type))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return invalid("%s is not valid JSON (at byte %d): %v", what, se.Offset, err)
	}
	return invalid("%s is not valid JSON: %v", what, err)
}

func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another shape"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Float64, reflect.Uint, reflect.Uint64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another shape"
}

// entry is one bundle entry, its references already rewritten to Type/id.
type entry struct {
	index int
	head  head
	raw   []byte
}

// envelope is a bundle read: its entries, indexed by Type/id.
type envelope struct {
	bundle  wireBundle
	entries []*entry
	byRef   map[string]*entry
}

// readBundle reads a Bundle, refuses entries without a resource, a type or
// an id, and duplicates, and rewrites every reference to an entry's
// fullUrl (urn:uuid:..., or an absolute URL) into that entry's Type/id, as
// the fhir loader does, so that references resolve the same way whatever
// style the sender chose.
func readBundle(raw []byte) (*envelope, error) {
	env := &envelope{byRef: map[string]*entry{}}
	berr := unmarshal("Bundle", raw, &env.bundle)
	if berr != nil || env.bundle.ResourceType != "Bundle" {
		// Say what the body is before what is wrong with it as a Bundle.
		var h head
		if err := unmarshal("the body", raw, &h); err != nil {
			return nil, err
		}
		switch h.ResourceType {
		case "":
			return nil, invalid("the body is not a FHIR resource: resourceType is missing")
		case "Bundle":
			return nil, berr
		}
		return nil, invalid("the body is a %s, not a Bundle", h.ResourceType)
	}
	urls := map[string]string{}
	for i, e := range env.bundle.Entry {
		if len(e.Resource) == 0 || bytes.Equal(e.Resource, []byte("null")) {
			return nil, invalid("Bundle.entry[%d] has no resource", i)
		}
		var hd head
		if err := unmarshal(fmt.Sprintf("Bundle.entry[%d].resource", i), e.Resource, &hd); err != nil {
			return nil, err
		}
		switch {
		case hd.ResourceType == "":
			return nil, invalid("Bundle.entry[%d].resource has no resourceType", i)
		case hd.ID == "":
			return nil, invalid("Bundle.entry[%d] %s has no id", i, hd.ResourceType)
		}
		en := &entry{index: i, head: hd, raw: e.Resource}
		if prev, dup := env.byRef[hd.ref()]; dup {
			return nil, invalid("Bundle.entry[%d] and Bundle.entry[%d] are both %s", prev.index, i, hd.ref())
		}
		env.byRef[hd.ref()] = en
		env.entries = append(env.entries, en)
		if e.FullURL != "" && e.FullURL != hd.ref() {
			urls[e.FullURL] = hd.ref()
		}
	}
	for _, en := range env.entries {
		// The first resource (the Claim, the ClaimResponse) may name what
		// was not sent, as PAS allows; the caller lists it. A record must
		// not: it is stored, and would point nowhere.
		out, err := fhir.RewriteReferences(en.raw, urls, en.index > 0)
		if err != nil {
			return nil, invalid("Bundle.entry[%d] %s: %v", en.index, en.head.ref(), err)
		}
		en.raw = out
	}
	return env, nil
}

// resolve finds the entry a reference names: "Type/id", or an absolute
// URL ending in Type/id (a server's own address for the resource).
func (env *envelope) resolve(ref string) (*entry, bool) {
	if e, ok := env.byRef[ref]; ok {
		return e, true
	}
	if strings.Contains(ref, "://") {
		parts := strings.Split(strings.TrimRight(ref, "/"), "/")
		if n := len(parts); n >= 2 {
			if e, ok := env.byRef[parts[n-2]+"/"+parts[n-1]]; ok {
				return e, true
			}
		}
	}
	return nil, false
}

// stableID derives a FHIR id from parts, so that building the same thing
// twice gives the same ids (and tests need no clock or randomness).
func stableID(prefix string, parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return prefix + hex.EncodeToString(h[:10])
}

// codings converts FHIR codings to umassist's, keeping only coded ones.
func codings(cc *fhir.CodeableConcept) []umassist.Coding {
	if cc == nil {
		return nil
	}
	var out []umassist.Coding
	for _, c := range cc.Coding {
		if strings.TrimSpace(c.Code) != "" {
			// A coding without a display is labelled by the concept's text
			// ("Humira Pen 40 mg/0.4 mL" beside a bare NDC), which is what
			// names a drug product's ingredient.
			display := c.Display
			if display == "" && len(cc.Text) <= umassist.MaxDisplayLength {
				display = cc.Text
			}
			out = append(out, umassist.Coding{System: c.System, Code: c.Code, Display: display})
		}
	}
	return out
}

func concept(c umassist.Coding) *fhir.CodeableConcept {
	return &fhir.CodeableConcept{Coding: []fhir.Coding{{System: c.System, Code: c.Code, Display: c.Display}}}
}

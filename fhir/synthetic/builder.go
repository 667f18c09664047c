package synthetic

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// Code systems the bundles use beside those in the root package.
const (
	systemUCUM          = "http://unitsofmeasure.org"
	systemObsCategory   = "http://terminology.hl7.org/CodeSystem/observation-category"
	systemInterp        = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
	systemCondClinical  = "http://terminology.hl7.org/CodeSystem/condition-clinical"
	systemCondVerif     = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
	systemCondCategory  = "http://terminology.hl7.org/CodeSystem/condition-category"
	systemActCode       = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	systemDocCategory   = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
	systemMRN           = "urn:oid:2.16.840.1.113883.3.9999.1" // fictional MRN namespace
	fullURLBase         = "https://fhir.umassist.example/r4/"
	defaultOrganization = "Riverbend Community Health"
)

// obj is one FHIR JSON object; map keys are marshalled sorted, which keeps
// the bytes deterministic.
type obj = map[string]any

// builder accumulates one patient's resources.
type builder struct {
	rng      *rand.Rand
	patient  string // Patient id
	prefix   string // prefix of every other resource id, unique per patient
	ref      string // "Patient/id"
	asOf     time.Time
	name     string // "Given Family", for note headers
	given    string
	family   string
	sex      string // "male" / "female"
	birth    time.Time
	ids      map[string]bool
	entries  []obj
	clinic   string
	payer    string            // "medicare", "cigna": the member's coverage
	relIDs   bool              // ids carry days before the request, not dates
	provider map[string]string // specialty -> clinician display name
	// orderer is the first clinician the chart names (not a nurse): the
	// one who orders the requested service.
	orderer string
}

func newBuilder(rng *rand.Rand, prefix, patientID string, request time.Time) *builder {
	return &builder{
		rng:      rng,
		prefix:   prefix,
		patient:  patientID,
		ref:      "Patient/" + patientID,
		asOf:     request,
		ids:      map[string]bool{},
		clinic:   pick(rng, clinics),
		provider: map[string]string{},
	}
}

// day is the request date shifted by n days (negative: before).
func (b *builder) day(n int) time.Time { return b.asOf.AddDate(0, 0, n) }

// at gives a day a plausible clinic time so instants are not all midnight.
func (b *builder) at(d time.Time) time.Time {
	return d.Add(time.Duration(8+b.rng.IntN(9))*time.Hour + time.Duration(b.rng.IntN(4)*15)*time.Minute)
}

// id makes a readable id, "icd-meets-lvef-2026-01-20" (then "...-2" on
// a clash). The patient prefix keeps ids unique across every bundle, since
// stores key resources by type and id: two patients' "lvef-2026-01-20"
// would overwrite each other.
func (b *builder) id(prefix string, d time.Time) string {
	date := ""
	switch {
	case d.IsZero():
	case b.relIDs:
		// "d45": 45 days before the request; "a9": 9 days after.
		days := int(b.asOf.Sub(d).Hours() / 24)
		if days >= 0 {
			date = fmt.Sprintf("-d%d", days)
		} else {
			date = fmt.Sprintf("-a%d", -days)
		}
	default:
		date = "-" + d.Format(umassist.DateLayout)
	}
	// FHIR ids are at most 64 characters; leave room for "-NN".
	if room := 61 - len(b.prefix) - 1 - len(date); len(prefix) > room {
		prefix = strings.TrimSuffix(prefix[:room], "-")
	}
	base := b.prefix + "-" + prefix + date
	id := base
	for n := 2; b.ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	b.ids[id] = true
	return id
}

func (b *builder) add(res obj) string {
	typ := res["resourceType"].(string)
	id := res["id"].(string)
	b.entries = append(b.entries, obj{"fullUrl": fullURLBase + typ + "/" + id, "resource": res})
	return typ + "/" + id
}

// clinician returns a stable fictional clinician for a specialty.
func (b *builder) clinician(specialty string) string {
	if n, ok := b.provider[specialty]; ok {
		return n
	}
	// Authors carry their specialty, as EHR exports of PractitionerRole
	// do: who wrote a note is part of what a policy asks (a cardiac
	// surgeon's own examination).
	n := fmt.Sprintf("%s %s %s, %s (%s)", pick(b.rng, []string{"Dr.", "Dr.", "Dr."}), pick(b.rng, clinicianGiven), pick(b.rng, familyNames), credential(specialty), titleCase(specialty))
	if specialty == "nursing" {
		n = fmt.Sprintf("%s %s, RN", pick(b.rng, clinicianGiven), pick(b.rng, familyNames))
	}
	b.provider[specialty] = n
	if b.orderer == "" && specialty != "nursing" {
		b.orderer = n
	}
	return n
}

func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

func credential(specialty string) string {
	switch specialty {
	case "audiology":
		return "AuD"
	case "dietitian":
		return "RD"
	default:
		return "MD"
	}
}

func coding(system, code, display string) obj {
	return obj{"system": system, "code": code, "display": display}
}

func concept(text string, codings ...obj) obj {
	cs := make([]any, len(codings))
	for i, c := range codings {
		cs[i] = c
	}
	return obj{"coding": cs, "text": text}
}

func dateTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }
func dateOnly(t time.Time) string { return t.UTC().Format(umassist.DateLayout) }

// patientResource writes the Patient with a generated fictional identity.
func (b *builder) patientResource(sex string, age int) {
	b.sex = sex
	if sex == "female" {
		b.given = pick(b.rng, femaleGiven)
	} else {
		b.given = pick(b.rng, maleGiven)
	}
	b.family = pick(b.rng, familyNames)
	b.name = b.given + " " + b.family
	b.birth = time.Date(b.asOf.Year()-age, time.Month(1+b.rng.IntN(12)), 1+b.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	if b.birth.AddDate(age, 0, 0).After(b.asOf) {
		b.birth = b.birth.AddDate(-1, 0, 0)
	}
	city := pick(b.rng, cities)
	b.ids[b.patient] = true
	b.add(obj{
		"resourceType": "Patient",
		"id":           b.patient,
		"identifier":   []any{obj{"system": systemMRN, "value": fmt.Sprintf("MRN%07d", b.rng.IntN(10_000_000))}},
		"active":       true,
		"name":         []any{obj{"use": "official", "family": b.family, "given": []any{b.given}}},
		"gender":       sex,
		"birthDate":    dateOnly(b.birth),
		"address":      []any{obj{"use": "home", "city": city[0], "state": city[1], "postalCode": city[2], "country": "US"}},
		"telecom":      []any{obj{"system": "phone", "value": fmt.Sprintf("555-01%02d", b.rng.IntN(100)), "use": "home"}},
	})
}

// age is the patient's age in whole years at the request date.
func (b *builder) age() int {
	return criteria.PatientFacts{BirthDate: b.birth}.Age(b.asOf)
}

// encounterTypes are the SNOMED CT displays of the encounter types used;
// the visit's own name goes in the concept's text.
var encounterTypes = map[string]string{
	"185349003": "Encounter for check up",
	"390906007": "Follow-up encounter",
	"11429006":  "Consultation",
	"308335008": "Patient encounter procedure",
}

func (b *builder) encounter(d time.Time, prefix, typeDisplay, snomed, specialty string) string {
	id := b.id("enc-"+prefix, d)
	start := b.at(d)
	return b.add(obj{
		"resourceType":    "Encounter",
		"id":              id,
		"status":          "finished",
		"class":           coding(systemActCode, "AMB", "ambulatory"),
		"type":            []any{concept(typeDisplay, coding(umassist.SystemSNOMED, snomed, encounterTypes[snomed]))},
		"subject":         obj{"reference": b.ref},
		"participant":     []any{obj{"individual": obj{"display": b.clinician(specialty)}}},
		"period":          obj{"start": dateTime(start), "end": dateTime(start.Add(40 * time.Minute))},
		"serviceProvider": obj{"display": b.clinic},
	})
}

// stay adds an inpatient stay (Encounter class IMP) from admit to
// discharge, for a reason.
func (b *builder) stay(admit, discharge time.Time, reason string) string {
	id := b.id("enc-inpatient", admit)
	start := b.at(admit)
	return b.add(obj{
		"resourceType": "Encounter",
		"id":           id,
		"status":       "finished",
		"class":        coding(systemActCode, "IMP", "inpatient encounter"),
		"type":         []any{concept("Inpatient admission - medicine")},
		"subject":      obj{"reference": b.ref},
		"participant":  []any{obj{"individual": obj{"display": b.clinician("hospital medicine")}}},
		"period":       obj{"start": dateTime(start), "end": dateTime(b.at(discharge))},
		"reasonCode":   []any{concept(reason)},
	})
}

// bundle marshals the collected resources as a FHIR collection Bundle.
func (b *builder) bundle() ([]byte, error) {
	doc := obj{
		"resourceType": "Bundle",
		"id":           "bundle-" + b.patient,
		"type":         "collection",
		"timestamp":    dateTime(b.asOf.Add(7 * time.Hour)),
		"entry":        toAny(b.entries),
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("synthetic: marshal bundle %s: %w", b.patient, err)
	}
	return buf.Bytes(), nil
}

func toAny(es []obj) []any {
	out := make([]any, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

package synthetic

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/umassist/umassist"
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
	a := b.asOf.Year() - b.birth.Year()
	if b.asOf.YearDay() < b.birth.YearDay() {
		a--
	}
	return a
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

// cond is a diagnosis with both its ICD-10-CM and SNOMED CT codings.
type cond struct {
	ICD, ICDDisplay, SNOMED, SNOMEDDisplay string
}

func (b *builder) condition(prefix string, c cond, onset time.Time, status string) string {
	if status == "" {
		status = "active"
	}
	res := obj{
		"resourceType":       "Condition",
		"id":                 b.id(prefix, onset),
		"clinicalStatus":     concept("", coding(systemCondClinical, status, "")),
		"verificationStatus": concept("", coding(systemCondVerif, "confirmed", "Confirmed")),
		"category":           []any{concept("", coding(systemCondCategory, "problem-list-item", "Problem List Item"))},
		"code":               concept(c.ICDDisplay, coding(umassist.SystemICD10CM, c.ICD, c.ICDDisplay), coding(umassist.SystemSNOMED, c.SNOMED, c.SNOMEDDisplay)),
		"subject":            obj{"reference": b.ref},
		"onsetDateTime":      dateOnly(onset),
		"recordedDate":       dateOnly(onset),
	}
	cleanConcepts(res)
	if status == "resolved" {
		res["abatementDateTime"] = dateOnly(onset.AddDate(0, 1, 0))
	}
	return b.add(res)
}

// refute marks a condition the record holds as refuted: entered as
// provisional, later ruled out.
func (b *builder) refute(ref string) {
	for _, e := range b.entries {
		r := e["resource"].(obj)
		if r["resourceType"].(string)+"/"+r["id"].(string) == ref {
			r["verificationStatus"] = concept("", coding(systemCondVerif, "refuted", "Refuted"))
		}
	}
}

// cleanConcepts drops empty "display"/"text" strings our helpers leave.
func cleanConcepts(v any) {
	switch x := v.(type) {
	case obj:
		for k, val := range x {
			if s, ok := val.(string); ok && s == "" && (k == "display" || k == "text") {
				delete(x, k)
				continue
			}
			cleanConcepts(val)
		}
	case []any:
		for _, e := range x {
			cleanConcepts(e)
		}
	}
}

// obs describes one quantitative Observation.
type obs struct {
	LOINC, Display string
	// System is the code's system when it is not LOINC (a device
	// vendor's or a hospital's own code).
	System     string
	Category   string // laboratory, vital-signs, imaging, survey, procedure
	Value      float64
	Decimals   int
	Unit, UCUM string
	Low, High  *float64 // reference range; nil for none
	RangeText  string
	Performer  string
	Method     string // method text, e.g. "Transthoracic echocardiogram"
	Note       string
	// ValueHigh makes the value a range, Value to ValueHigh, written as
	// valueRange ("LVEF 25-30 %").
	ValueHigh *float64
}

func f(v float64) *float64 { return &v }

func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

func (b *builder) observation(prefix string, o obs, d time.Time, encounter string) string {
	val := round(o.Value, o.Decimals)
	res := obj{
		"resourceType":      "Observation",
		"id":                b.id(prefix, d),
		"status":            "final",
		"category":          []any{concept("", coding(systemObsCategory, o.Category, categoryDisplay(o.Category)))},
		"code":              concept(o.Display, coding(cmp.Or(o.System, umassist.SystemLOINC), o.LOINC, o.Display)),
		"subject":           obj{"reference": b.ref},
		"effectiveDateTime": dateTime(b.at(d)),
		"issued":            dateTime(b.at(d).Add(3 * time.Hour)),
		"valueQuantity":     obj{"value": val, "unit": o.Unit, "system": systemUCUM, "code": o.UCUM},
	}
	if o.ValueHigh != nil {
		delete(res, "valueQuantity")
		res["valueRange"] = obj{"low": obj{"value": val, "unit": o.Unit, "system": systemUCUM, "code": o.UCUM},
			"high": obj{"value": round(*o.ValueHigh, o.Decimals), "unit": o.Unit, "system": systemUCUM, "code": o.UCUM}}
	}
	if encounter != "" {
		res["encounter"] = obj{"reference": encounter}
	}
	if o.Performer != "" {
		res["performer"] = []any{obj{"display": o.Performer}}
	}
	if o.Method != "" {
		res["method"] = obj{"text": o.Method}
	}
	if o.Note != "" {
		res["note"] = []any{obj{"text": o.Note}}
	}
	if o.Low != nil || o.High != nil || o.RangeText != "" {
		rr := obj{}
		if o.Low != nil {
			rr["low"] = obj{"value": *o.Low, "unit": o.Unit, "system": systemUCUM, "code": o.UCUM}
		}
		if o.High != nil {
			rr["high"] = obj{"value": *o.High, "unit": o.Unit, "system": systemUCUM, "code": o.UCUM}
		}
		if o.RangeText != "" {
			rr["text"] = o.RangeText
		}
		res["referenceRange"] = []any{rr}
		code, disp := "N", "Normal"
		switch {
		case o.Low != nil && val < *o.Low:
			code, disp = "L", "Low"
		case o.High != nil && val > *o.High:
			code, disp = "H", "High"
		}
		res["interpretation"] = []any{concept("", coding(systemInterp, code, disp))}
	}
	cleanConcepts(res)
	return b.add(res)
}

func categoryDisplay(c string) string {
	switch c {
	case "laboratory":
		return "Laboratory"
	case "vital-signs":
		return "Vital Signs"
	case "imaging":
		return "Imaging"
	case "survey":
		return "Survey"
	case "procedure":
		return "Procedure"
	case "exam":
		return "Exam"
	}
	return c
}

// med is one RxNorm clinical drug; Display names ingredient and strength.
type med struct {
	RxNorm, Display, Sig string
}

func (b *builder) medication(prefix string, m med, authored time.Time, status, specialty string) string {
	if status == "" {
		status = "active"
	}
	res := obj{
		"resourceType":              "MedicationRequest",
		"id":                        b.id(prefix, authored),
		"status":                    status,
		"intent":                    "order",
		"medicationCodeableConcept": concept(m.Display, coding(umassist.SystemRxNorm, m.RxNorm, m.Display)),
		"subject":                   obj{"reference": b.ref},
		"authoredOn":                dateOnly(authored),
		"requester":                 obj{"display": b.clinician(specialty)},
		"dosageInstruction":         []any{obj{"text": m.Sig}},
	}
	return b.add(res)
}

// proc is a procedure coded in CPT and SNOMED CT.
type proc struct {
	CPT, CPTDisplay, SNOMED, SNOMEDDisplay string
}

func (b *builder) procedure(prefix string, p proc, d time.Time, specialty string) string {
	res := obj{
		"resourceType":      "Procedure",
		"id":                b.id(prefix, d),
		"status":            "completed",
		"code":              concept(p.SNOMEDDisplay, coding(umassist.SystemCPT, p.CPT, p.CPTDisplay), coding(umassist.SystemSNOMED, p.SNOMED, p.SNOMEDDisplay)),
		"subject":           obj{"reference": b.ref},
		"performedDateTime": dateTime(b.at(d)),
		"performer":         []any{obj{"actor": obj{"display": b.clinician(specialty)}}},
	}
	return b.add(res)
}

// Note kinds: LOINC document types.
var noteTypes = map[string][2]string{
	"consult":   {"11488-4", "Consult note"},
	"progress":  {"11506-3", "Progress note"},
	"hp":        {"34117-2", "History and physical note"},
	"discharge": {"18842-5", "Discharge summary"},
	"procedure": {"28570-0", "Procedure note"},
	"imaging":   {"18748-4", "Diagnostic imaging study"},
	"sleep":     {"28570-0", "Procedure note"},
	"letter":    {"51852-2", "Letter"},
	"nursing":   {"34746-8", "Nurse note"},
}

// note is one clinical document.
type note struct {
	Prefix      string
	Kind        string // key of noteTypes
	Title       string
	Specialty   string
	Text        string
	ContentType string // text/plain (default), text/html, application/pdf
	Encounter   string
	// Author replaces the clinician of Specialty as the author line (a
	// patient's own message).
	Author string
}

func (b *builder) document(n note, d time.Time) string {
	nt := noteTypes[n.Kind]
	if n.ContentType == "" {
		n.ContentType = "text/plain"
	}
	author := n.Author
	if author == "" {
		author = b.clinician(n.Specialty)
	}
	when := b.at(d)
	var data []byte
	switch n.ContentType {
	case "text/html":
		data = htmlNote(n.Title, b.name, author, when, n.Text)
	case "application/pdf":
		data = pdfNote(n.Title, b.name, dateOnly(b.birth), author, b.clinic, when, n.Text)
	default:
		data = []byte(n.Text)
	}
	res := obj{
		"resourceType": "DocumentReference",
		"id":           b.id(n.Prefix, d),
		"status":       "current",
		"docStatus":    "final",
		"type":         concept(nt[1], coding(umassist.SystemLOINC, nt[0], nt[1])),
		"category":     []any{concept("", coding(systemDocCategory, "clinical-note", "Clinical Note"))},
		"subject":      obj{"reference": b.ref},
		"date":         dateTime(when),
		"author":       []any{obj{"display": author}},
		"description":  n.Title,
		"content": []any{obj{"attachment": obj{
			"contentType": n.ContentType,
			"language":    "en-US",
			"title":       n.Title,
			"creation":    dateTime(when),
			"data":        base64.StdEncoding.EncodeToString(data),
		}}},
	}
	ctx := obj{"period": obj{"start": dateTime(when)}}
	if n.Encounter != "" {
		ctx["encounter"] = []any{obj{"reference": n.Encounter}}
	}
	res["context"] = ctx
	cleanConcepts(res)
	return b.add(res)
}

func htmlNote(title, patient, author string, when time.Time, text string) []byte {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
	sb.WriteString(htmlEscape(title))
	sb.WriteString("</title></head><body>\n<h1>")
	sb.WriteString(htmlEscape(title))
	fmt.Fprintf(&sb, "</h1>\n<p><b>Patient:</b> %s &middot; <b>Date:</b> %s &middot; <b>Author:</b> %s</p>\n",
		htmlEscape(patient), when.Format("2006-01-02"), htmlEscape(author))
	for _, para := range strings.Split(text, "\n\n") {
		sb.WriteString("<p>")
		sb.WriteString(strings.ReplaceAll(htmlEscape(para), "\n", "<br>"))
		sb.WriteString("</p>\n")
	}
	sb.WriteString("</body></html>\n")
	return []byte(sb.String())
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
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

package synthetic

// The clinical records a chart is made of, one builder method each:
// conditions (and their refutation), observations, medications,
// procedures and notes (plain text or HTML, as EHR exports carry them).

import (
	"cmp"
	"encoding/base64"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

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

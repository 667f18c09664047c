package scan

import "fmt"

// The request's fields, and what is read about each.

// FieldName names a field of the request read off the form.
type FieldName string

// The request's fields, in the order the reviewer's page shows them.
const (
	FieldMemberName     FieldName = "member_name"
	FieldBirthDate      FieldName = "birth_date"
	FieldMemberID       FieldName = "member_id"
	FieldPlan           FieldName = "plan"
	FieldProviderName   FieldName = "provider_name"
	FieldProviderNPI    FieldName = "provider_npi"
	FieldServiceCodes   FieldName = "service_codes"
	FieldServiceName    FieldName = "service_name"
	FieldDiagnosisCodes FieldName = "diagnosis_codes"
	FieldUrgency        FieldName = "urgency"
	FieldRequestDate    FieldName = "request_date"
)

// FieldNames lists every field, in order.
var FieldNames = []FieldName{FieldMemberName, FieldBirthDate, FieldMemberID, FieldPlan, FieldProviderName,
	FieldProviderNPI, FieldServiceCodes, FieldServiceName, FieldDiagnosisCodes, FieldUrgency, FieldRequestDate}

// RequiredFields are those a case cannot be opened without.
var RequiredFields = []FieldName{FieldMemberName, FieldBirthDate, FieldServiceCodes, FieldDiagnosisCodes, FieldUrgency, FieldRequestDate}

// Label is how the reviewer's page names a field.
func (f FieldName) Label() string {
	switch f {
	case FieldMemberName:
		return "Member name"
	case FieldBirthDate:
		return "Date of birth"
	case FieldMemberID:
		return "Member ID"
	case FieldPlan:
		return "Health plan"
	case FieldProviderName:
		return "Requesting provider"
	case FieldProviderNPI:
		return "Provider NPI"
	case FieldServiceCodes:
		return "Service codes (CPT/HCPCS/NDC)"
	case FieldServiceName:
		return "Service or drug name"
	case FieldDiagnosisCodes:
		return "Diagnosis codes (ICD-10-CM)"
	case FieldUrgency:
		return "Urgency"
	case FieldRequestDate:
		return "Date of request"
	}
	return string(f)
}

// Field is one value read off a page: normalised (dates ISO, codes
// space-separated, urgency "standard" or "expedited"), what the page said,
// where, and how sure the OCR was (the lowest confidence of its words).
type Field struct {
	Name    FieldName `json:"name"`
	Value   string    `json:"value"`
	Raw     string    `json:"raw,omitempty"`
	Page    int       `json:"page,omitempty"`
	Box     Box       `json:"box"`
	Conf    float64   `json:"conf"`
	Problem string    `json:"problem,omitempty"` // why the value is doubtful
}

// LowConfidence is the word confidence under which a field waits for the
// nurse's eye whatever its value.
const LowConfidence = 75

// Extraction is the request as read off a packet.
type Extraction struct {
	Fields []Field `json:"fields"`
}

// Get returns a field; the zero Field (empty value) when not read.
func (x Extraction) Get(n FieldName) Field {
	for _, f := range x.Fields {
		if f.Name == n {
			return f
		}
	}
	return Field{Name: n}
}

// Waits lists why a packet must wait for the nurse: each required field
// missing, each field read with low confidence or found doubtful. Every
// packet is confirmed by a nurse before it becomes a case; these are what
// the page points the nurse to first.
func (x Extraction) Waits() []string {
	var out []string
	for _, n := range RequiredFields {
		if x.Get(n).Value == "" {
			out = append(out, n.Label()+": not found")
		}
	}
	for _, f := range x.Fields {
		switch {
		case f.Value == "":
		case f.Problem != "":
			out = append(out, f.Name.Label()+": "+f.Problem)
		case f.Conf < LowConfidence:
			out = append(out, fmt.Sprintf("%s: read with low confidence (%.0f)", f.Name.Label(), f.Conf))
		}
	}
	return out
}

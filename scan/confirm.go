package scan

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Confirmed is a packet's request as a nurse confirmed it, ready to open a
// case with.
type Confirmed struct {
	Member       Member
	Plan         string
	ProviderName string
	ProviderNPI  string
	Request      umassist.ServiceRequest
}

var (
	cptShape    = regexp.MustCompile(`^\d{4}[0-9FTU]$`)
	hcpcsShape  = regexp.MustCompile(`^[A-V]\d{4}$`)
	ndcShape    = regexp.MustCompile(`^\d{4,5}-\d{3,4}-\d{1,2}$`)
	rxnormShape = regexp.MustCompile(`^(?i:rxnorm:\d{1,8}|\d{6,8})$`)
)

// ServiceCoding names a service code's system by its shape: CPT, HCPCS
// Level II, NDC or RxNorm ("rxnorm:" and its id, or 6–8 digits).
func ServiceCoding(code string) (umassist.Coding, bool) {
	c := strings.ToUpper(strings.TrimSpace(code))
	switch {
	case hcpcsShape.MatchString(c):
		return umassist.Coding{System: umassist.SystemHCPCS, Code: c}, true
	case cptShape.MatchString(c):
		return umassist.Coding{System: umassist.SystemCPT, Code: c}, true
	case ndcShape.MatchString(c):
		return umassist.Coding{System: umassist.SystemNDC, Code: c}, true
	case rxnormShape.MatchString(c):
		return umassist.Coding{System: umassist.SystemRxNorm, Code: strings.TrimPrefix(c, "RXNORM:")}, true
	}
	return umassist.Coding{}, false
}

// PayerOf is the payer a plan's name stands for: every Medicare plan
// (Medicare Advantage included) follows Medicare's coverage rules.
func PayerOf(plan string) string {
	p := strings.ToLower(strings.Join(strings.Fields(plan), " "))
	if strings.Contains(p, "medicare") {
		return "medicare"
	}
	return p
}

// ParseDate reads a date as forms write it (YYYY-MM-DD, MM/DD/YYYY,
// "March 4, 1952") as YYYY-MM-DD.
func ParseDate(s string) (string, bool) { return parseDate(s) }

var codeSplit = regexp.MustCompile(`[\s,;]+`)

// Confirm checks the fields as a nurse confirmed them and builds the
// request. Every problem is named in one EINVALID error, so the nurse
// fixes them all at once; nothing is guessed.
func Confirm(v map[FieldName]string, codes *CodeList) (Confirmed, error) {
	var probs []string
	get := func(n FieldName) string { return strings.TrimSpace(v[n]) }
	for _, n := range append(append([]FieldName(nil), RequiredFields...), FieldPlan) {
		if get(n) == "" {
			probs = append(probs, n.Label()+" is required")
		}
	}
	var c Confirmed
	c.Member = Member{Name: strings.Join(strings.Fields(get(FieldMemberName)), " "), MemberID: strings.ToUpper(get(FieldMemberID))}
	if s := get(FieldBirthDate); s != "" {
		if d, ok := parseDate(s); ok {
			c.Member.BirthDate = d
		} else {
			probs = append(probs, "Date of birth: write it as YYYY-MM-DD or MM/DD/YYYY")
		}
	}
	c.Plan = get(FieldPlan)
	c.ProviderName = get(FieldProviderName)
	if n := get(FieldProviderNPI); n != "" {
		if !NPIValid(n) {
			probs = append(probs, "Provider NPI: "+n+" is not a valid NPI (10 digits, check digit)")
		}
		c.ProviderNPI = n
	}
	r := umassist.ServiceRequest{Payer: PayerOf(c.Plan), Diagnoses: []umassist.Coding{}}
	var extra []string
	for _, s := range codeSplit.Split(get(FieldServiceCodes), -1) {
		if s == "" {
			continue
		}
		cd, ok := ServiceCoding(s)
		if !ok {
			probs = append(probs, "Service codes: "+s+" is not a CPT, HCPCS, NDC or RxNorm code")
			continue
		}
		if cd.System == umassist.SystemHCPCS && codes != nil {
			if d, ok := codes.HCPCS(cd.Code); ok {
				cd.Display = d
			} else {
				probs = append(probs, "Service codes: "+cd.Code+" is not a HCPCS Level II code")
			}
		}
		if r.Service.Code == "" {
			r.Service = cd
		} else {
			extra = append(extra, cd.Code)
		}
	}
	for _, s := range codeSplit.Split(get(FieldDiagnosisCodes), -1) {
		if s == "" {
			continue
		}
		s = strings.ToUpper(s)
		if !strings.Contains(s, ".") && len(s) > 3 {
			s = s[:3] + "." + s[3:]
		}
		d, ok := codes.ICD10(s)
		if codes != nil && !ok || codes == nil && !icdShape.MatchString(s) {
			probs = append(probs, "Diagnosis codes: "+s+" is not an ICD-10-CM code")
			continue
		}
		r.Diagnoses = append(r.Diagnoses, umassist.Coding{System: umassist.SystemICD10CM, Code: s, Display: d})
	}
	switch u := strings.ToLower(get(FieldUrgency)); u {
	case "standard", "expedited":
		r.Urgency = umassist.Urgency(u)
	case "":
	default:
		probs = append(probs, "Urgency: standard or expedited")
	}
	if s := get(FieldRequestDate); s != "" {
		d, ok := parseDate(s)
		t, err := time.Parse(time.DateOnly, d)
		if !ok || err != nil {
			probs = append(probs, "Date of request: write it as YYYY-MM-DD or MM/DD/YYYY")
		} else {
			r.Date = umassist.Date{Time: t}
		}
	}
	if name := strings.Join(strings.Fields(get(FieldServiceName)), " "); name != "" && r.Service.Code != "" && r.Service.Display == "" {
		// The form's name for a code the code list does not describe (a
		// CPT code, an NDC: its name says which drug).
		if len(name) > umassist.MaxDisplayLength {
			probs = append(probs, fmt.Sprintf("%s: at most %d characters", FieldServiceName.Label(), umassist.MaxDisplayLength))
		}
		r.Service.Display = name
	}
	if len(extra) > 0 {
		r.Note = "Also requested on the form: " + strings.Join(extra, ", ") + "."
	}
	if len(probs) > 0 {
		return Confirmed{}, umassist.Errorf(umassist.EINVALID, "%s", strings.Join(probs, "; "))
	}
	r.Requester = umassist.RequesterLabel(c.ProviderName, c.ProviderNPI)
	if err := r.Validate(); err != nil {
		return Confirmed{}, err
	}
	c.Request = r
	return c, nil
}

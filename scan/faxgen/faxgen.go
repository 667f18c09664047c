package faxgen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// Code is a service or diagnosis code with its words.
type Code struct{ Code, Display string }

// Request is what the form says, and what a reader should extract.
type Request struct {
	Given, Family string
	BirthDate     time.Time
	MemberID      string
	Plan          string // the health plan, as printed
	Provider      string // "Maria Lopez" (printed with a credential)
	Credential    string // "MD"
	NPI           string
	Services      []Code
	Diagnoses     []Code
	Expedited     bool
	RequestDate   time.Time
	Clinical      string
}

// Doc is a record sent after the form.
type Doc struct {
	Kind   string // progress_note, lab_report, imaging_report, other
	Title  string
	Author string // "Maria Lopez, MD"
	Date   time.Time
	Text   string // paragraphs separated by blank lines
}

// Packet is a whole fax: the form (in Layout), then Docs.
type Packet struct {
	Name    string
	Layout  int // 0: labelled lines with check boxes, 1: a boxed table, 2: a letter-style form
	Request Request
	Docs    []Doc
	// Cover puts a fax cover sheet (kind other) before the form.
	Cover bool
}

// Truth is the packet's field values as a reader should give them (see
// the scan package's field names), and each page's kind.
type Truth struct {
	Fields map[string]string
	Pages  []string
}

// Layout count.
const Layouts = 3

// Truth of the packet; PageKinds come from rendering (a long note runs to
// a second page), so it is returned by PDF.
func (p Packet) fields() map[string]string {
	r := p.Request
	var svc, dx []string
	for _, c := range r.Services {
		svc = append(svc, c.Code)
	}
	for _, c := range r.Diagnoses {
		dx = append(dx, c.Code)
	}
	urg := "standard"
	if r.Expedited {
		urg = "expedited"
	}
	return map[string]string{
		"member_name":     r.Given + " " + r.Family,
		"birth_date":      r.BirthDate.Format(time.DateOnly),
		"member_id":       r.MemberID,
		"plan":            r.Plan,
		"provider_name":   r.Provider,
		"provider_npi":    r.NPI,
		"service_codes":   strings.Join(svc, " "),
		"diagnosis_codes": strings.Join(dx, " "),
		"urgency":         urg,
		"request_date":    r.RequestDate.Format(time.DateOnly),
	}
}

// PDF renders the packet as a text PDF and returns its truth.
func (p Packet) PDF() ([]byte, Truth, error) {
	pdf := fpdf.New("P", "mm", "Letter", "")
	pdf.SetCatalogSort(true)
	pin := p.Request.RequestDate
	pdf.SetCreationDate(pin)
	pdf.SetModificationDate(pin)
	pdf.SetMargins(18, 14, 18)
	pdf.SetAutoPageBreak(true, 16)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	truth := Truth{Fields: p.fields()}
	pages := func(kind string, from int) {
		for range pdf.PageNo() - from {
			truth.Pages = append(truth.Pages, kind)
		}
	}
	header := func(n int) {
		pdf.SetFont("Courier", "", 8)
		pdf.CellFormat(0, 4, tr(fmt.Sprintf("FAX %s   FROM: %s   PAGE %d", p.Request.RequestDate.Format("01/02/2006 15:04"), clinicOf(p.Request), n)), "B", 1, "L", false, 0, "")
		pdf.Ln(3)
	}
	pdf.SetHeaderFunc(func() { header(pdf.PageNo()) })
	if p.Cover {
		start := pdf.PageNo()
		pdf.AddPage()
		cover(pdf, tr, p.Request)
		pages("other", start)
	}
	start := pdf.PageNo()
	pdf.AddPage()
	switch p.Layout % Layouts {
	case 0:
		formLines(pdf, tr, p.Request)
	case 1:
		formTable(pdf, tr, p.Request)
	default:
		formLetter(pdf, tr, p.Request)
	}
	pages("pa_form", start)
	for _, d := range p.Docs {
		start := pdf.PageNo()
		pdf.AddPage()
		pdf.SetFont("Helvetica", "B", 13)
		pdf.CellFormat(0, 7, tr(d.Title), "", 1, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 10)
		pdf.CellFormat(0, 5, tr(fmt.Sprintf("Patient: %s %s    DOB: %s    Date of service: %s", p.Request.Given, p.Request.Family,
			p.Request.BirthDate.Format("01/02/2006"), d.Date.Format("01/02/2006"))), "", 1, "L", false, 0, "")
		pdf.Ln(3)
		pdf.SetFont("Times", "", 12)
		for _, para := range strings.Split(d.Text, "\n\n") {
			pdf.MultiCell(0, 5.5, tr(para), "", "L", false)
			pdf.Ln(2)
		}
		pdf.Ln(4)
		pdf.SetFont("Times", "I", 11)
		pdf.CellFormat(0, 5, tr("Electronically signed by "+d.Author+" on "+d.Date.Format("01/02/2006")), "", 1, "L", false, 0, "")
		pages(d.Kind, start)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, Truth{}, fmt.Errorf("faxgen: %w", err)
	}
	return buf.Bytes(), truth, nil
}

func clinicOf(r Request) string {
	return r.Family[:1] + strings.ToUpper(r.Provider[:3]) + " CARDIOLOGY ASSOC"
}

type translate = func(string) string

func cover(pdf *fpdf.Fpdf, tr translate, r Request) {
	pdf.SetFont("Helvetica", "B", 22)
	pdf.CellFormat(0, 14, "FAX COVER SHEET", "", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "", 12)
	for _, l := range []string{
		"To: Utilization Management Department, " + r.Plan,
		"From: Office of " + r.Provider + ", " + r.Credential,
		fmt.Sprintf("Date: %s", r.RequestDate.Format("01/02/2006")),
		"Re: Prior authorization request and supporting records",
		"",
		"CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender and destroy all copies.",
	} {
		pdf.MultiCell(0, 7, tr(l), "", "L", false)
	}
}

func codes(cs []Code, withWords bool) string {
	var out []string
	for _, c := range cs {
		if withWords {
			out = append(out, c.Code+" ("+c.Display+")")
		} else {
			out = append(out, c.Code)
		}
	}
	return strings.Join(out, ", ")
}

func box(marked bool) string {
	if marked {
		return "[X]"
	}
	return "[  ]"
}

// formLines is a payer's form: sections of "Label: value" lines, two
// fields on some lines, review type as check boxes.
func formLines(pdf *fpdf.Fpdf, tr translate, r Request) {
	pdf.SetFont("Helvetica", "B", 15)
	pdf.CellFormat(0, 9, tr(r.Plan), "", 1, "C", false, 0, "")
	pdf.CellFormat(0, 8, "PRIOR AUTHORIZATION REQUEST FORM", "", 1, "C", false, 0, "")
	pdf.Ln(2)
	section := func(s string) {
		pdf.Ln(2)
		pdf.SetFont("Helvetica", "B", 11)
		pdf.CellFormat(0, 7, s, "B", 1, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 11)
		pdf.Ln(1)
	}
	row := func(cells ...string) {
		w := 174.0 / float64(len(cells))
		for _, c := range cells {
			pdf.CellFormat(w, 7, tr(c), "", 0, "L", false, 0, "")
		}
		pdf.Ln(-1)
	}
	section("SECTION 1 - MEMBER INFORMATION")
	row("Member name: "+strings.ToUpper(r.Family)+", "+strings.ToUpper(r.Given), "Date of birth: "+r.BirthDate.Format("01/02/2006"))
	row("Member ID: "+r.MemberID, "Health plan: "+r.Plan)
	section("SECTION 2 - REQUESTING PROVIDER")
	row("Requesting provider: "+r.Provider+", "+r.Credential, "NPI: "+r.NPI)
	row("Phone: (555) 010-4477", "Fax: (555) 010-4478")
	section("SECTION 3 - SERVICE REQUESTED")
	row("CPT/HCPCS code(s): " + codes(r.Services, false))
	row("Service description: " + r.Services[0].Display)
	row("ICD-10 diagnosis code(s): " + codes(r.Diagnoses, false))
	row("Review type:  " + box(!r.Expedited) + " Standard   " + box(r.Expedited) + " Expedited (urgent)")
	row("Date of request: " + r.RequestDate.Format("01/02/2006"))
	section("SECTION 4 - CLINICAL INFORMATION")
	pdf.MultiCell(0, 6, tr(r.Clinical), "", "L", false)
	pdf.Ln(6)
	pdf.CellFormat(0, 7, tr("Prescriber signature: "+r.Provider+", "+r.Credential+"      Date: "+r.RequestDate.Format("01/02/2006")), "", 1, "L", false, 0, "")
}

// formTable is a boxed two-column form, labels on the left.
func formTable(pdf *fpdf.Fpdf, tr translate, r Request) {
	pdf.SetFont("Helvetica", "B", 14)
	pdf.CellFormat(0, 9, tr("Precertification Request - "+r.Plan), "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 10)
	pdf.CellFormat(0, 6, "Fax completed form with clinical notes to Utilization Management.", "", 1, "L", false, 0, "")
	pdf.Ln(3)
	urg := "Routine"
	if r.Expedited {
		urg = "Urgent"
	}
	rows := [][2]string{
		{"Patient Name", r.Given + " " + r.Family},
		{"DOB", r.BirthDate.Format("2006-01-02")},
		{"Subscriber ID", r.MemberID},
		{"Insurance", r.Plan},
		{"Ordering Physician", r.Credential + " " + r.Provider},
		{"Physician NPI", r.NPI},
		{"Procedure Code(s)", codes(r.Services, true)},
		{"Diagnosis Code(s)", codes(r.Diagnoses, true)},
		{"Priority", urg},
		{"Request Date", r.RequestDate.Format("2006-01-02")},
	}
	pdf.SetFont("Helvetica", "", 11)
	for _, rw := range rows {
		pdf.SetFont("Helvetica", "B", 11)
		pdf.CellFormat(55, 9, tr(rw[0]), "1", 0, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 11)
		pdf.CellFormat(119, 9, tr(rw[1]), "1", 1, "L", false, 0, "")
	}
	pdf.Ln(4)
	pdf.SetFont("Helvetica", "B", 11)
	pdf.CellFormat(0, 7, "Clinical rationale", "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 11)
	pdf.MultiCell(0, 6, tr(r.Clinical), "1", "L", false)
}

// formLetter is a request typed as a letter, with a "Re:" block.
func formLetter(pdf *fpdf.Fpdf, tr translate, r Request) {
	pdf.SetFont("Times", "B", 14)
	pdf.CellFormat(0, 8, "Request for Prior Authorization", "", 1, "L", false, 0, "")
	pdf.SetFont("Times", "", 12)
	pdf.CellFormat(0, 6, r.RequestDate.Format("January 2, 2006"), "", 1, "L", false, 0, "")
	pdf.Ln(3)
	urg := "Standard"
	if r.Expedited {
		urg = "Expedited - delay could seriously jeopardize the patient's health"
	}
	for _, l := range []string{
		"To: " + r.Plan + " Utilization Management",
		"Patient: " + r.Family + ", " + r.Given,
		"Birth date: " + r.BirthDate.Format("January 2, 2006"),
		"Member #: " + r.MemberID,
		"Requested service: " + codes(r.Services, true),
		"Diagnoses: " + codes(r.Diagnoses, true),
		"Urgency: " + urg,
		"Ordering provider: " + r.Provider + ", " + r.Credential + "   NPI " + r.NPI,
	} {
		pdf.MultiCell(0, 6.5, tr(l), "", "L", false)
	}
	pdf.Ln(4)
	pdf.MultiCell(0, 6, tr("Dear reviewer, I am requesting authorization for the service above. "+r.Clinical), "", "L", false)
	pdf.Ln(6)
	pdf.CellFormat(0, 6, tr("Sincerely, "+r.Provider+", "+r.Credential), "", 1, "L", false, 0, "")
}

var (
	givens   = []string{"Jane", "Robert", "Maria", "Linda", "James", "Dorothy", "Harold", "Ruth", "Walter", "Evelyn", "Frank", "Gloria", "Samuel", "Irene", "Thomas", "Nora"}
	families = []string{"Okafor", "Lindqvist", "Hernandez", "McAllister", "Pham", "Kowalski", "Thompson", "Abernathy", "Castillo", "Nakamura", "Brennan", "Whitfield", "Delgado", "Ostrowski", "Fairbanks", "Quinlan"}
	doctors  = []string{"Maria Lopez", "David Chen", "Amara Nwosu", "Peter Halvorsen", "Rachel Stein", "Omar Haddad", "Grace Whitaker", "Ivan Petrov"}
	plans    = []string{"Medicare Advantage Gold Plus", "Medicare", "Blue Ridge Health Plan", "Lakeshore Commercial PPO"}
	// Requests that go together: a service and the diagnoses for it.
	requests = []struct {
		Service   []Code
		Diagnoses []Code
	}{
		{[]Code{{"33249", "Insertion of implantable defibrillator"}}, []Code{{"I50.22", "Chronic systolic heart failure"}, {"I42.0", "Dilated cardiomyopathy"}}},
		{[]Code{{"E0601", "Continuous positive airway pressure device"}}, []Code{{"G47.33", "Obstructive sleep apnea"}}},
		{[]Code{{"E0424", "Stationary compressed gaseous oxygen system"}}, []Code{{"J44.1", "COPD with acute exacerbation"}, {"R09.02", "Hypoxemia"}}},
		{[]Code{{"27447", "Total knee arthroplasty"}}, []Code{{"M17.11", "Unilateral primary osteoarthritis, right knee"}}},
		{[]Code{{"33361", "Transcatheter aortic valve replacement"}}, []Code{{"I35.0", "Nonrheumatic aortic stenosis"}}},
		{[]Code{{"G0277", "Hyperbaric oxygen under pressure"}}, []Code{{"E11.621", "Type 2 diabetes with foot ulcer"}, {"L97.413", "Non-pressure chronic ulcer of right heel with necrosis of muscle"}}},
		{[]Code{{"33340", "Percutaneous left atrial appendage closure"}}, []Code{{"I48.91", "Unspecified atrial fibrillation"}}},
		{[]Code{{"E0470", "Respiratory assist device, bi-level"}, {"A7030", "Full face mask"}}, []Code{{"G47.33", "Obstructive sleep apnea"}, {"E66.01", "Morbid obesity due to excess calories"}}},
	}
)

// NPI returns a 10-digit NPI with a valid check digit (Luhn over the
// digits prefixed with 80840, as CMS defines it).
func NPI(rng *rand.Rand) string {
	d := make([]byte, 9)
	d[0] = '1'
	for i := 1; i < 9; i++ {
		d[i] = byte('0' + rng.IntN(10))
	}
	return string(d) + string(byte('0'+NPICheckDigit(string(d))))
}

// NPICheckDigit is the check digit of an NPI's first nine digits.
func NPICheckDigit(nine string) int {
	s := "80840" + nine
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 { // doubled from the rightmost digit of the payload
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return (10 - sum%10) % 10
}

// mbi makes a Medicare Beneficiary Identifier in CMS's format (letters
// never S, L, O, I, B, Z).
func mbi(rng *rand.Rand) string {
	const letters = "ACDEFGHJKMNPQRTUVWXY"
	alnum := letters + "0123456789"
	pick := func(s string) byte { return s[rng.IntN(len(s))] }
	digit := func() byte { return byte('0' + rng.IntN(10)) }
	return string([]byte{byte('1' + rng.IntN(9)), pick(letters), pick(alnum), digit(), pick(letters), pick(alnum), digit(), pick(letters), pick(letters), digit(), digit()})
}

// Random makes packet i of a set: the same seed and i always make the
// same packet; layouts, plans, dates and urgency vary with i.
func Random(seed uint64, i int) Packet {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	req := requests[rng.IntN(len(requests))]
	reqDate := time.Date(2026, time.Month(1+rng.IntN(11)), 1+rng.IntN(28), 9+rng.IntN(8), rng.IntN(60), 0, 0, time.UTC)
	birth := time.Date(1938+rng.IntN(45), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
	plan := plans[rng.IntN(len(plans))]
	id := mbi(rng)
	if !strings.Contains(plan, "Medicare") {
		id = fmt.Sprintf("W%09d", rng.IntN(1_000_000_000))
	}
	doc := doctors[rng.IntN(len(doctors))]
	cred := []string{"MD", "DO", "NP"}[rng.IntN(3)]
	r := Request{
		Given: givens[rng.IntN(len(givens))], Family: families[rng.IntN(len(families))], BirthDate: birth,
		MemberID: id, Plan: plan, Provider: doc, Credential: cred, NPI: NPI(rng),
		Services: req.Service, Diagnoses: req.Diagnoses, Expedited: rng.IntN(3) == 0, RequestDate: reqDate,
		Clinical: "Symptoms persist despite treatment; records of the evaluation and the test results are attached. Please review the enclosed notes.",
	}
	p := Packet{Name: fmt.Sprintf("fax-%03d", i), Layout: i % Layouts, Request: r, Cover: rng.IntN(2) == 0}
	author := doc + ", " + cred
	p.Docs = []Doc{
		{Kind: "progress_note", Title: "Progress Note", Author: author, Date: reqDate.AddDate(0, 0, -7), Text: ProgressNote(r)},
		{Kind: "lab_report", Title: "Laboratory Report", Author: "Lakeview Reference Laboratory", Date: reqDate.AddDate(0, 0, -12), Text: LabReport()},
	}
	if d, ok := supporting(r, rng); ok && rng.IntN(4) != 0 {
		d.Date = reqDate.AddDate(0, 0, -20)
		p.Docs = append(p.Docs, d)
	}
	return p
}

// supporting is the test report a request of its kind is sent with.
func supporting(r Request, rng *rand.Rand) (Doc, bool) {
	switch r.Services[0].Code {
	case "33249":
		return Doc{Kind: "imaging_report", Title: "Transthoracic Echocardiogram Report", Author: "Henry Vance, MD", Text: EchoReport(25 + 5*rng.IntN(3))}, true
	case "E0601", "E0470":
		return Doc{Kind: "imaging_report", Title: "Home Sleep Apnea Test Report", Author: "Lena Brooks, MD", Text: SleepStudy(16 + rng.IntN(30))}, true
	case "33361":
		return Doc{Kind: "imaging_report", Title: "Transthoracic Echocardiogram Report", Author: "Henry Vance, MD",
			Text: "Indication: aortic stenosis.\n\nFindings: calcified trileaflet aortic valve. Aortic valve area 0.7 cm2 by continuity equation; mean gradient 46 mmHg; peak velocity 4.3 m/s. Left ventricular ejection fraction 55%.\n\nImpression: severe aortic stenosis."}, true
	case "27447":
		return Doc{Kind: "imaging_report", Title: "Radiology Report: Right Knee X-ray", Author: "Carl Jensen, MD",
			Text: "Technique: standing AP, lateral and sunrise views of the right knee.\n\nFindings: severe medial joint space narrowing with bone-on-bone contact, subchondral sclerosis and osteophytes.\n\nImpression: severe tricompartmental osteoarthritis, Kellgren-Lawrence grade 4."}, true
	}
	return Doc{}, false
}

// SleepStudy is a home sleep apnea test report with the given AHI.
func SleepStudy(ahi int) string {
	return fmt.Sprintf(`Indication: loud snoring, witnessed apneas and daytime sleepiness (Epworth Sleepiness Scale 14).

Technique: type III home sleep apnea test, one night, 7.1 hours of recording.

Findings: apnea-hypopnea index (AHI) %d events per hour; oxygen saturation nadir 81%%; time below 88%% saturation 22 minutes.

Impression: obstructive sleep apnea, %s. CPAP therapy is recommended.`, ahi, map[bool]string{true: "severe", false: "moderate"}[ahi >= 30])
}

// ProgressNote is a clinic note for the request.
func ProgressNote(r Request) string {
	return fmt.Sprintf(`Chief complaint: follow-up for %s.

History of present illness: %s %s is seen in follow-up. Symptoms have been present for more than six months despite treatment. The patient reports fatigue and reduced exercise tolerance.

Physical exam: blood pressure 128/76, heart rate 72, no acute distress. Lungs clear.

Assessment and plan: %s. We will request authorization for %s (%s) and follow up after the procedure.`,
		strings.ToLower(r.Diagnoses[0].Display), r.Given, r.Family, r.Diagnoses[0].Display, strings.ToLower(r.Services[0].Display), r.Services[0].Code)
}

// LabReport is a basic metabolic panel with reference ranges.
func LabReport() string {
	return `Specimen: serum. Collected 07:45. Received 08:30.

Test / Result / Units / Reference range
Sodium 139 mmol/L (136-145)
Potassium 4.2 mmol/L (3.5-5.1)
Creatinine 1.1 mg/dL (0.6-1.3)
Hemoglobin A1c 6.9 % (4.0-5.6) H

Result flags: H = above the reference range. Verified by the laboratory director.`
}

// EchoReport is an echocardiogram report with the given ejection fraction.
func EchoReport(lvef int) string {
	return fmt.Sprintf(`Indication: cardiomyopathy, assess left ventricular function.

Technique: complete two-dimensional transthoracic echocardiogram with Doppler.

Findings: the left ventricle is dilated with global hypokinesis. Left ventricular ejection fraction is %d%% by biplane Simpson method. No significant valvular disease.

Impression: severely reduced left ventricular systolic function, ejection fraction %d%%.`, lvef, lvef)
}

// Find returns the first packet of a seed whose service is code (and, when
// layout ≥ 0, whose form has that layout): a fixed packet for a demo or a
// test that needs a given request.
func Find(seed uint64, code string, layout int) Packet {
	for i := 0; ; i++ {
		p := Random(seed, i)
		if p.Request.Services[0].Code == code && (layout < 0 || p.Layout == layout) {
			return p
		}
	}
}

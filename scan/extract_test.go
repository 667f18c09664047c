package scan_test

import (
	"maps"
	"strings"
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/scan"
)

// layout turns lines of text into OCR words on a page: each character 20
// px wide, each line 40 px apart. "word~40" gives a word confidence 40; a
// run of spaces is a wide gap, as between a table's columns.
func layout(page int, kind scan.Kind, lines ...string) scan.Page {
	p := scan.Page{Number: page, Kind: kind, Width: 2550, Height: 3300}
	for row, line := range lines {
		x := 0
		for _, tok := range strings.SplitAfter(line, " ") {
			word := strings.TrimSpace(tok)
			if word != "" {
				conf := 95.0
				if w, c, ok := strings.Cut(word, "~"); ok {
					word = w
					conf = float64(atoi(c))
				}
				p.Words = append(p.Words, scan.Word{Text: word, Box: scan.Box{X: 100 + x*20, Y: 100 + row*40, W: len(word) * 20, H: 30}, Conf: conf})
			}
			x += len([]rune(tok))
		}
	}
	p.Text = scan.Rows(p.Words).Text()
	return p
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

var testCodes = scan.NewCodeList(
	map[string]string{"I50.22": "Chronic systolic heart failure", "I42.0": "Dilated cardiomyopathy", "G47.33": "Obstructive sleep apnea",
		"I48.91": "Unspecified atrial fibrillation", "E11.621": "Type 2 diabetes with foot ulcer", "L97.413": "Ulcer of right heel"},
	map[string]string{"E0601": "CPAP device", "E0470": "RAD bi-level", "A7030": "Full face mask", "G0277": "Hyperbaric oxygen", "E0424": "Stationary oxygen"},
)

func TestExtractLayouts(t *testing.T) {
	tests := []struct {
		name  string
		pages []scan.Page
		want  map[scan.FieldName]string
	}{
		{
			name: "labelled lines, two fields a line, check boxes",
			pages: []scan.Page{layout(1, scan.KindForm,
				"PRIOR AUTHORIZATION REQUEST FORM",
				"Member name: OKAFOR, JAMES Q        Date of birth: 03/13/1948",
				"Member ID: 1ERSWAGYX40        Health plan: Medicare Advantage Gold Plus",
				"Requesting provider: Grace Whitaker, DO        NPI: 1739734972",
				"CPT/HCPCS code(s): E0601",
				"ICD-10 diagnosis code(s): G47.33",
				"Review type: [ ] Standard [X] Expedited (urgent)",
				"Date of request: O9/02/2026",
			)},
			want: map[scan.FieldName]string{
				scan.FieldMemberName: "James Okafor", scan.FieldBirthDate: "1948-03-13", scan.FieldMemberID: "1ER5WA6YX40",
				scan.FieldPlan: "Medicare Advantage Gold Plus", scan.FieldProviderName: "Grace Whitaker", scan.FieldProviderNPI: "1739734972",
				scan.FieldServiceCodes: "E0601", scan.FieldDiagnosisCodes: "G47.33", scan.FieldUrgency: "expedited", scan.FieldRequestDate: "2026-09-02",
			},
		},
		{
			name: "a boxed table; a value on the row below its label",
			pages: []scan.Page{layout(1, scan.KindForm,
				"Precertification Request - Blue Ridge Health Plan",
				"Patient Name          Jane Lindqvist",
				"DOB          1968-12-24",
				"Subscriber ID          W601730813",
				"Insurance          Blue Ridge Health Plan",
				"Ordering Physician",
				"MD Rachel Stein",
				"Physician NPI          1469975639",
				"Procedure Code(s)          E0470 (Respiratory assist device), A7030 (Full face mask)",
				"Diagnosis Code(s)          [48.91 (Unspecified atrial fibrillation), E11.621 (Type 2 diabetes)",
				"Priority          Routine",
				"Request Date          2026-09-01",
			)},
			want: map[scan.FieldName]string{
				scan.FieldMemberName: "Jane Lindqvist", scan.FieldBirthDate: "1968-12-24", scan.FieldMemberID: "W601730813",
				scan.FieldPlan: "Blue Ridge Health Plan", scan.FieldProviderName: "Rachel Stein", scan.FieldProviderNPI: "1469975639",
				scan.FieldServiceCodes: "E0470 A7030", scan.FieldDiagnosisCodes: "I48.91 E11.621", scan.FieldUrgency: "standard", scan.FieldRequestDate: "2026-09-01",
			},
		},
		{
			name: "a letter: the date it opens with, a department after the plan",
			pages: []scan.Page{
				layout(1, scan.KindOther, "FAX COVER SHEET", "CONFIDENTIALITY NOTICE: protected health information"),
				layout(2, scan.KindForm,
					"Request for Prior Authorization",
					"September 1, 2026",
					"To: Lakeshore Commercial PPO Uulization Management",
					"Patient: Pham, Thomas",
					"Birth date: October 2, 1958",
					"Member #: W123456789",
					"Requested service: F060) (Continuous positive airway pressure device)",
					"Diagnoses: G47.33 (Obstructive sleep apnea)",
					"Urgency: Expedited - delay could seriously jeopardize the patient's health",
					"Ordering provider: Ivan Petrov, NP   NPI 1732783521",
				),
			},
			want: map[scan.FieldName]string{
				scan.FieldMemberName: "Thomas Pham", scan.FieldBirthDate: "1958-10-02", scan.FieldMemberID: "W123456789",
				scan.FieldPlan: "Lakeshore Commercial PPO", scan.FieldProviderName: "Ivan Petrov", scan.FieldProviderNPI: "1732783521",
				scan.FieldServiceCodes: "E0601", scan.FieldDiagnosisCodes: "G47.33", scan.FieldUrgency: "expedited", scan.FieldRequestDate: "2026-09-01",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := scan.Extract(tt.pages, testCodes)
			for n, want := range tt.want {
				got := x.Get(n)
				if got.Value != want {
					t.Errorf("%s = %q (read %q), want %q", n, got.Value, got.Raw, want)
				}
				if got.Page == 0 || got.Box.W == 0 {
					t.Errorf("%s has no page or box: %+v", n, got)
				}
			}
		})
	}
}

// OCR's usual misreads, each met in the generated fax set, are undone
// where the field's own rules leave one reading.
func TestExtractUndoesOCRMisreads(t *testing.T) {
	tests := []struct {
		line  string
		field scan.FieldName
		want  string
		doubt bool // the nurse is pointed at it
	}{
		{"Requested service: £0424 (Stationary compressed gaseous oxygen system)", scan.FieldServiceCodes, "E0424", false},
		{"Requested service: F060) (Continuous positive airway pressure device)", scan.FieldServiceCodes, "E0601", true},
		{"Diagnoses: [48.91 (Unspecified atrial fibrillation)", scan.FieldDiagnosisCodes, "I48.91", false},
		{"Diagnoses: I50.22 (Chronic systolic heart failure), 142.0 (Dilated cardiomyopathy)", scan.FieldDiagnosisCodes, "I50.22 I42.0", false},
		{"Ordering provider: lvan Petrov, NP NPI 1732783521", scan.FieldProviderName, "Ivan Petrov", false},
		{"Member #: SC 19CDOJX 50", scan.FieldMemberID, "5C19CD0JX50", false},
		{"Member #: 6WA4HP9QXE8", scan.FieldMemberID, "6WA4HP9QXE8", true},
		{"Urgeney: Standard", scan.FieldUrgency, "standard", false},
		{"To: Medicare Uulization Management", scan.FieldPlan, "Medicare", false},
		{"Drug requested (RxNorm): 1876366 (adalimumab 40 MG/0.4ML pen)", scan.FieldServiceCodes, "rxnorm:1876366", false},
		{"NDC: 0074-0554-02 (Humira pen)", scan.FieldServiceCodes, "0074-0554-02", false},
	}
	for _, tt := range tests {
		x := scan.Extract([]scan.Page{layout(1, scan.KindForm, "Request for Prior Authorization", tt.line)}, testCodes)
		f := x.Get(tt.field)
		if f.Value != tt.want || (f.Problem != "") != tt.doubt {
			t.Errorf("%q: %s = %q (problem %q), want %q (doubt %v)", tt.line, tt.field, f.Value, f.Problem, tt.want, tt.doubt)
		}
	}
}

// The service's name, under its own label or in brackets after the code:
// for an NDC it is what says which drug is asked for.
func TestExtractReadsTheServiceName(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"NDC: 0074-0554-02 (Humira pen)"}, "Humira pen"},
		{[]string{"Drug requested (RxNorm): 1876366 (adalimumab 40 MG/0.4ML pen)"}, "adalimumab 40 MG/0.4ML pen"},
		{[]string{"Requested service: F060) (Continuous positive airway pressure device)"}, "Continuous positive airway pressure device"},
		{[]string{"NDC: 0074-0554-02", "Medication name: Humira Pen 40 mg/0.8 mL"}, "Humira Pen 40 mg/0.8 mL"},
		{[]string{"NDC: 0074-0554-02 (Humira)", "Drug name: adalimumab pen"}, "adalimumab pen"},
		{[]string{"CPT/HCPCS code(s): E0601"}, ""},
		{[]string{"NDC: 0074-0554-02 (1)"}, ""},
	}
	for _, tt := range tests {
		x := scan.Extract([]scan.Page{layout(1, scan.KindForm, append([]string{"Request for Prior Authorization"}, tt.lines...)...)}, testCodes)
		f := x.Get(scan.FieldServiceName)
		if f.Value != tt.want {
			t.Errorf("%q: service name %q, want %q", tt.lines, f.Value, tt.want)
		}
		if tt.want != "" && (f.Page == 0 || f.Box.W == 0) {
			t.Errorf("%q: the name has no page or box: %+v", tt.lines, f)
		}
	}
}

func TestExtractSaysWhatToCheck(t *testing.T) {
	p := layout(1, scan.KindForm,
		"PRIOR AUTHORIZATION REQUEST FORM",
		"Member name: DOE, JANE        Date of birth: 01/02/1950",
		"Requesting provider: Amara Nwosu, MD        NPI: 1234567890",
		"CPT/HCPCS code(s): E0601~41",
		"ICD-10 diagnosis code(s): Z99.99",
		"Review type: [X] Standard [X] Expedited",
	)
	x := scan.Extract([]scan.Page{p}, testCodes)
	waits := strings.Join(x.Waits(), "\n")
	for _, want := range []string{
		"Date of request: not found", // required, absent
		"Urgency: not found",         // both boxes ticked: the nurse reads them
		"Service codes (CPT/HCPCS/NDC): read with low confidence (41)", // a blurred code
		"Diagnosis codes (ICD-10-CM): Z99.99 is not an ICD-10-CM code",
		"Provider NPI: the NPI's check digit does not match", // 1234567890 fails the Luhn check
	} {
		if !strings.Contains(waits, want) {
			t.Errorf("waits lack %q:\n%s", want, waits)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want scan.Kind
	}{
		{"PRIOR AUTHORIZATION REQUEST FORM\nMember ID: 1\nNPI: 2\nCPT/HCPCS code(s): E0601\nICD-10 diagnosis code(s)", scan.KindForm},
		{"FAX COVER SHEET\nTo: Utilization Management\nCONFIDENTIALITY NOTICE: this fax…\nPrior authorization request and records", scan.KindOther},
		{"Progress Note\nChief complaint: follow-up\nHistory of present illness: …\nAssessment and plan: continue", scan.KindNote},
		{"Laboratory Report\nSpecimen: serum. Collected 07:45\nSodium 139 mmol/L (136-145)\nReference range", scan.KindLab},
		{"Transthoracic Echocardiogram Report\nIndication: cardiomyopathy\nFindings: LVEF 25%\nImpression: reduced", scan.KindImaging},
		{"Thank you.", scan.KindOther},
	}
	for _, tt := range tests {
		if got := scan.Classify(tt.text); got != tt.want {
			t.Errorf("Classify(%.40q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestNPIValid(t *testing.T) {
	for n, want := range map[string]bool{"1234567893": true, "1234567890": false, "123456789": false, "12345678a3": false} {
		if got := scan.NPIValid(n); got != want {
			t.Errorf("NPIValid(%s) = %v, want %v", n, got, want)
		}
	}
}

func TestConfirm(t *testing.T) {
	ok := map[scan.FieldName]string{
		scan.FieldMemberName: "Jane Doe", scan.FieldBirthDate: "01/02/1950", scan.FieldPlan: "Medicare Advantage Gold",
		scan.FieldServiceCodes: "E0470, A7030", scan.FieldDiagnosisCodes: "G4733", scan.FieldUrgency: "expedited", scan.FieldRequestDate: "2026-03-01",
		scan.FieldProviderName: "Ada Okafor", scan.FieldProviderNPI: "1234567893",
	}
	c, err := scan.Confirm(ok, testCodes)
	if err != nil {
		t.Fatal(err)
	}
	r := c.Request
	if r.Service.Code != "E0470" || r.Payer != "medicare" || r.Urgency != "expedited" || r.Date.String() != "2026-03-01" ||
		len(r.Diagnoses) != 1 || r.Diagnoses[0].Code != "G47.33" || !strings.Contains(r.Note, "A7030") || c.Member.BirthDate != "1950-01-02" ||
		r.Requester != "Ada Okafor, NPI 1234567893" {
		t.Errorf("confirmed %+v, request %+v", c, r)
	}
	drug := maps.Clone(ok)
	drug[scan.FieldServiceCodes] = "rxnorm:1876366"
	if c, err := scan.Confirm(drug, testCodes); err != nil || c.Request.Service.System != umassist.SystemRxNorm || c.Request.Service.Code != "1876366" {
		t.Errorf("an RxNorm drug confirmed as %+v, %v", c.Request.Service, err)
	}
	// An NDC takes the form's name for it, which says which drug it is;
	// a HCPCS code keeps the code list's description.
	ndc := maps.Clone(ok)
	ndc[scan.FieldServiceCodes], ndc[scan.FieldServiceName] = "0074-0554-02", "  Humira   Pen 40 mg "
	if c, err := scan.Confirm(ndc, testCodes); err != nil || c.Request.Service != (umassist.Coding{System: umassist.SystemNDC, Code: "0074-0554-02", Display: "Humira Pen 40 mg"}) {
		t.Errorf("an NDC with its name confirmed as %+v, %v", c.Request.Service, err)
	}
	named := maps.Clone(ok)
	named[scan.FieldServiceName] = "CPAP supplies"
	if c, err := scan.Confirm(named, testCodes); err != nil || c.Request.Service.Display == "CPAP supplies" || c.Request.Service.Display == "" {
		t.Errorf("a HCPCS code took the form's name over the code list's: %+v, %v", c.Request.Service, err)
	}
	long := maps.Clone(ndc)
	long[scan.FieldServiceName] = strings.Repeat("x", umassist.MaxDisplayLength+1)
	if _, err := scan.Confirm(long, testCodes); err == nil || !strings.Contains(err.Error(), "Service or drug name: at most") {
		t.Errorf("an over-long name was confirmed: %v", err)
	}
	bad := map[scan.FieldName]string{
		scan.FieldMemberName: "Jane Doe", scan.FieldBirthDate: "yesterday", scan.FieldPlan: "Medicare",
		scan.FieldServiceCodes: "X9999 12", scan.FieldDiagnosisCodes: "Q99.99", scan.FieldUrgency: "soon", scan.FieldProviderNPI: "1234567890",
	}
	_, err = scan.Confirm(bad, testCodes)
	if err == nil {
		t.Fatal("a form full of mistakes was confirmed")
	}
	for _, want := range []string{"Date of request is required", "Date of birth", "X9999 is not a CPT", "12 is not a CPT", "Q99.99 is not an ICD-10-CM", "Urgency", "not a valid NPI"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}

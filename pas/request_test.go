package pas_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/pas"
)

const hcpcs, cpt, icd10 = umassist.SystemHCPCS, umassist.SystemCPT, umassist.SystemICD10CM

// The IG's own examples parse to what they ask for.
func TestParseRequestExamples(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file           string
		ref, patient   string
		identifiers    []pas.Identifier
		service        umassist.Coding
		order          string
		diagnoses      []umassist.Coding
		other          []umassist.Coding
		payer          string
		date           string
		supporting     []string
		records        int
		repairs        int
		provider       string
		requester      string
		insurer        string
		coverage       string
		noItems        bool
		unresolvedNone bool
	}{
		{
			// A referral: the service is an X12 service type on a
			// ServiceRequest named by PAS 1.x's requestedService on
			// Claim.prescription; the one diagnosis is ICD-9-CM.
			file: "bundle-request.json", ref: "Claim/1", patient: "Patient/1",
			identifiers: []pas.Identifier{{System: "http://example.org/PATIENT_EVENT_TRACE_NUMBER", Value: "111099"}},
			service:     umassist.Coding{System: "http://example.org/SERVICE_TYPE_CODE", Code: "3", Display: "Consultation"},
			order:       "ServiceRequest/1",
			other:       []umassist.Coding{{System: "http://hl7.org/fhir/sid/icd-9-cm", Code: "410.90"}},
			payer:       "", date: "2019-07-20", records: 11,
			provider: "PractitionerRole/1", requester: "JAMES GARDENER", insurer: "Organization/1", coverage: "Coverage/1",
			noItems: true, unresolvedNone: true,
		},
		{
			// Home oxygen: no items, Claim.prescription names the
			// DeviceRequest; no identifier, no insurer (the Coverage's payor
			// is CMS); STU3 Condition statuses and a QuestionnaireResponse
			// without subject are repaired.
			file: "bundle-prior-auth.json", ref: "Claim/minimal", patient: "Patient/pat013",
			identifiers: []pas.Identifier{{Value: "minimal"}},
			service:     umassist.Coding{System: hcpcs, Code: "E0424", Display: "Stationary Compressed Gaseous Oxygen System, Rental"},
			order:       "DeviceRequest/devreq123",
			diagnoses: []umassist.Coding{
				{System: icd10, Code: "J44.9", Display: "Chronic obstructive pulmonary disease, unspecified"},
				{System: icd10, Code: "R09.02", Display: "Hypoxemia"},
			},
			payer: "medicare", date: "2019-04-01", supporting: []string{"QuestionnaireResponse/response1"},
			records: 14, repairs: 7, provider: "Practitioner/pra1234", requester: "Dr. Jane Doe, NPI 1122334455", coverage: "Coverage/cov1234",
			noItems: true, unresolvedNone: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			s, err := pas.ParseRequest(example(t, tt.file))
			require.NoError(t, err)
			require.Equal(t, tt.ref, s.Ref)
			require.Equal(t, tt.patient, s.Patient)
			require.Equal(t, tt.identifiers, s.Identifiers)
			require.Equal(t, tt.service, s.Request.Service)
			require.Equal(t, tt.order, s.Order)
			require.Equal(t, tt.diagnoses, s.Request.Diagnoses)
			require.Equal(t, tt.other, s.OtherDiagnoses)
			require.Equal(t, tt.payer, s.Request.Payer)
			require.Equal(t, umassist.UrgencyStandard, s.Request.Urgency)
			require.Equal(t, tt.date, s.Request.Date.String())
			require.Equal(t, tt.supporting, s.SupportingInfo)
			require.Len(t, s.Records, tt.records)
			require.Len(t, s.Repairs, tt.repairs)
			require.Equal(t, tt.provider, s.Provider)
			require.Equal(t, tt.requester, s.Request.Requester, "the provider, named for a reviewer")
			require.Equal(t, tt.insurer, s.Insurer)
			require.Equal(t, tt.coverage, s.Coverage)
			require.Equal(t, tt.noItems, len(s.Items) == 0)
			require.Equal(t, tt.unresolvedNone, len(s.Unresolved) == 0, "%v", s.Unresolved)
			for _, p := range s.Records {
				require.NoError(t, p.Err)
				require.NotEqual(t, "Claim", p.Res.Type)
				require.NoError(t, fhir.OnePatient(s.Patient, p.Res))
			}
		})
	}
}

// The repairs keep what the records say: the STU3 statuses are read as
// R4 ones with the same codes, the QuestionnaireResponse is the patient's.
func TestParseRequestRepairsKeepContent(t *testing.T) {
	t.Parallel()
	s, err := pas.ParseRequest(example(t, "bundle-prior-auth.json"))
	require.NoError(t, err)
	got := map[string]*fhir.Parsed{}
	for _, p := range s.Records {
		got[p.Res.Ref()] = p
	}
	cond := got["Condition/cond013b"]
	require.Equal(t, "active", cond.Meta.StatusCode())
	require.Equal(t, "confirmed", cond.Meta.VerificationStatus.Coding[0].Code)
	require.Contains(t, cond.Meta.CodeTokens(), "http://hl7.org/fhir/sid/icd-10-cm|R09.02")
	qr := got["QuestionnaireResponse/response1"]
	require.Equal(t, "Patient/pat013", qr.Res.Patient)
	require.Contains(t, string(qr.Res.Raw), `"linkId":"3.2"`)
	// Untouched records keep their bytes.
	require.Contains(t, string(got["Observation/obs013"].Res.Raw), "\n")
}

// A PAS 2.x request: urn:uuid references, two items, stat priority,
// diagnoses inline and by reference, a note as supportingInfo.
func TestParseRequestPAS2(t *testing.T) {
	t.Parallel()
	s, err := pas.ParseRequest(fixture(t, "request-pas2.json"))
	require.NoError(t, err)
	require.Equal(t, "Claim/pas2-icd", s.Ref)
	require.Equal(t, []pas.Identifier{{System: "https://provider.example/pas/trace", Value: "TRN-2026-0001"}}, s.Identifiers)
	require.Equal(t, "Patient/pt-ada", s.Patient)
	require.Equal(t, "PractitionerRole/role-heart", s.Provider)
	require.Equal(t, "Organization/org-mac", s.Insurer)
	require.Equal(t, "Coverage/cov-ada", s.Coverage)
	require.Equal(t, umassist.Coding{System: cpt, Code: "33249", Display: "Insertion of implantable defibrillator"}, s.Request.Service)
	require.Equal(t, "ServiceRequest/sr-icd", s.Order)
	require.Equal(t, []pas.Item{
		{Sequence: 1, Service: umassist.Coding{System: cpt, Code: "33249", Display: "Insertion of implantable defibrillator"}, Order: "ServiceRequest/sr-icd"},
		{Sequence: 2, Service: umassist.Coding{System: hcpcs, Code: "C1722", Display: "Cardioverter-defibrillator, single chamber"}},
	}, s.Items)
	require.Equal(t, []umassist.Coding{
		{System: icd10, Code: "I42.0", Display: "Dilated cardiomyopathy"},
		{System: icd10, Code: "I50.22", Display: "Chronic systolic (congestive) heart failure"},
	}, s.Request.Diagnoses)
	require.Empty(t, s.OtherDiagnoses, "a Condition with an ICD-10-CM coding keeps only that")
	require.Equal(t, umassist.UrgencyExpedited, s.Request.Urgency)
	require.Equal(t, "2026-03-02", s.Request.Date.String(), "the day as written, not in UTC")
	require.Equal(t, "medicare", s.Request.Payer)
	require.Equal(t, "Patient declined a wearable defibrillator.", s.Request.Note)
	require.Equal(t, []string{"Observation/obs-lvef", "QuestionnaireResponse/qr-icd"}, s.SupportingInfo)
	require.Empty(t, s.Unresolved)
	require.Empty(t, s.Repairs)
	require.Len(t, s.Records, 9)
	for _, p := range s.Records {
		require.NotContains(t, string(p.Res.Raw), "urn:uuid:", "%s keeps a bundle-local reference", p.Res.Ref())
	}
}

// What PAS allows or old examples omit is accepted and said.
func TestParseRequestTolerates(t *testing.T) {
	t.Parallel()
	base := fixture(t, "request-pas2.json")
	tests := []struct {
		name  string
		edit  func(b map[string]any)
		check func(t *testing.T, s *pas.Submission)
	}{
		{"no identifier: the id names it", func(b map[string]any) { delete(resource(b, 0), "identifier") },
			func(t *testing.T, s *pas.Submission) {
				require.Equal(t, []pas.Identifier{{Value: "pas2-icd"}}, s.Identifiers)
			}},
		{"coverage not sent", func(b map[string]any) { drop(b, "cov-ada") },
			func(t *testing.T, s *pas.Submission) {
				require.Equal(t, []string{"urn:uuid:00000000-0000-4000-8000-000000000002"}, s.Unresolved)
				require.Equal(t, "medicare", s.Request.Payer)
			}},
		{"coverage named by a plain reference, not sent", func(b map[string]any) {
			drop(b, "cov-ada")
			resource(b, 0)["insurance"] = []any{map[string]any{"sequence": 1, "focal": true, "coverage": map[string]any{"reference": "Coverage/elsewhere"}}}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, "Coverage/elsewhere", s.Coverage)
			require.Equal(t, []string{"Coverage/elsewhere"}, s.Unresolved)
		}},
		{"no insurer: the coverage's payor names the payer", func(b map[string]any) { delete(resource(b, 0), "insurer") },
			func(t *testing.T, s *pas.Submission) {
				require.Empty(t, s.Insurer)
				require.Equal(t, "medicare", s.Request.Payer)
			}},
		{"another payer is the caller's to name", func(b map[string]any) { find(t, b, "org-mac")["name"] = "Acme Health Plan" },
			func(t *testing.T, s *pas.Submission) { require.Empty(t, s.Request.Payer) }},
		{"urgent priority is expedited", func(b map[string]any) {
			resource(b, 0)["priority"] = map[string]any{"coding": []any{map[string]any{"code": "URGENT"}}}
		}, func(t *testing.T, s *pas.Submission) { require.Equal(t, umassist.UrgencyExpedited, s.Request.Urgency) }},
		{"normal priority is standard", func(b map[string]any) {
			resource(b, 0)["priority"] = map[string]any{"coding": []any{map[string]any{"code": "normal"}}}
		}, func(t *testing.T, s *pas.Submission) { require.Equal(t, umassist.UrgencyStandard, s.Request.Urgency) }},
		{"created without offset", func(b map[string]any) { resource(b, 0)["created"] = "2026-03-02T08:00:00" },
			func(t *testing.T, s *pas.Submission) { require.Equal(t, "2026-03-02", s.Request.Date.String()) }},
		{"cited QuestionnaireResponse without subject", func(b map[string]any) { delete(find(t, b, "qr-icd"), "subject") },
			func(t *testing.T, s *pas.Submission) {
				require.Len(t, s.Repairs, 1)
				require.Contains(t, s.Repairs[0], "QuestionnaireResponse/qr-icd: no subject")
			}},
		{"the first item has no known code: the second's HCPCS wins", func(b map[string]any) {
			item := resource(b, 0)["item"].([]any)[0].(map[string]any)
			delete(item, "extension")
			item["productOrService"] = map[string]any{"coding": []any{map[string]any{"system": "http://example.org/local", "code": "X1"}}}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, "C1722", s.Request.Service.Code)
			require.Equal(t, hcpcs, s.Request.Service.System)
			require.Empty(t, s.Order)
		}},
		{"an item without productOrService reads its order", func(b map[string]any) {
			items := resource(b, 0)["item"].([]any)
			delete(items[0].(map[string]any), "productOrService")
			resource(b, 0)["item"] = items[:1]
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, umassist.Coding{System: cpt, Code: "33249"}, s.Request.Service)
			require.Equal(t, umassist.Coding{System: cpt, Code: "33249"}, s.Items[0].Service)
		}},
		{"a medication order's Medication", func(b map[string]any) {
			resource(b, 0)["item"] = []any{map[string]any{"sequence": 1,
				"extension":        []any{map[string]any{"url": pas.ExtRequestedService, "valueReference": map[string]any{"reference": "MedicationRequest/mr1"}}},
				"productOrService": map[string]any{"text": "see order"}}}
			b["entry"] = append(entries(b),
				map[string]any{"resource": map[string]any{"resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order",
					"subject": map[string]any{"reference": "Patient/pt-ada"}, "medicationReference": map[string]any{"reference": "Medication/m1"}}},
				map[string]any{"resource": map[string]any{"resourceType": "Medication", "id": "m1",
					"code": map[string]any{"coding": []any{map[string]any{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1049221"}}}}})
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, umassist.Coding{System: umassist.SystemRxNorm, Code: "1049221"}, s.Request.Service)
			require.Equal(t, "MedicationRequest/mr1", s.Order)
		}},
		{"a drug coded in NDC and RxNorm is reviewed by its RxNorm code, labelled by the text", func(b map[string]any) {
			resource(b, 0)["item"] = []any{map[string]any{"sequence": 1, "productOrService": map[string]any{"text": "Humira Pen 40 MG/0.4 ML",
				"coding": []any{map[string]any{"system": "http://hl7.org/fhir/sid/ndc", "code": "0074-0554-02"}, map[string]any{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1602121"}}}}}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, umassist.Coding{System: umassist.SystemRxNorm, Code: "1602121", Display: "Humira Pen 40 MG/0.4 ML"}, s.Request.Service)
		}},
		{"an NDC alone is labelled by the text", func(b map[string]any) {
			resource(b, 0)["item"] = []any{map[string]any{"sequence": 1, "productOrService": map[string]any{"text": "Humira Pen 40 MG/0.4 ML",
				"coding": []any{map[string]any{"system": "http://hl7.org/fhir/sid/ndc", "code": "0074-0554-02"}}}}}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, umassist.Coding{System: umassist.SystemNDC, Code: "0074-0554-02", Display: "Humira Pen 40 MG/0.4 ML"}, s.Request.Service)
		}},
		{"a text longer than a display may be labels nothing", func(b map[string]any) {
			resource(b, 0)["item"] = []any{map[string]any{"sequence": 1, "productOrService": map[string]any{"text": strings.Repeat("Humira ", 700),
				"coding": []any{map[string]any{"system": "http://hl7.org/fhir/sid/ndc", "code": "0074-0554-02"}}}}}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, umassist.Coding{System: umassist.SystemNDC, Code: "0074-0554-02"}, s.Request.Service)
		}},
		{"a diagnosis Condition not sent", func(b map[string]any) { drop(b, "cond-hf") },
			func(t *testing.T, s *pas.Submission) {
				require.Len(t, s.Request.Diagnoses, 1)
				require.Equal(t, []string{"urn:uuid:00000000-0000-4000-8000-000000000009"}, s.Unresolved)
			}},
		{"absolute references to the sender's server", func(b map[string]any) {
			raw, err := json.Marshal(b)
			require.NoError(t, err)
			text := string(raw)
			for _, e := range entries(b) {
				e := e.(map[string]any)
				r := e["resource"].(map[string]any)
				text = strings.ReplaceAll(text, `"`+e["fullUrl"].(string)+`"`,
					`"https://ehr.example/fhir/`+r["resourceType"].(string)+"/"+r["id"].(string)+`"`)
			}
			clear(b)
			require.NoError(t, json.Unmarshal([]byte(text), &b))
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, "Patient/pt-ada", s.Patient)
			require.Equal(t, "Coverage/cov-ada", s.Coverage)
			require.Equal(t, "ServiceRequest/sr-icd", s.Order)
			require.Len(t, s.Request.Diagnoses, 2)
			require.Empty(t, s.Unresolved)
		}},
		{"a reference to the sender's server that was not sent", func(b map[string]any) {
			resource(b, 0)["insurer"] = map[string]any{"reference": "https://ehr.example/fhir/Organization/elsewhere"}
		}, func(t *testing.T, s *pas.Submission) {
			require.Equal(t, []string{"https://ehr.example/fhir/Organization/elsewhere"}, s.Unresolved)
			require.Equal(t, "medicare", s.Request.Payer, "read from the Coverage's payor")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := pas.ParseRequest(mutate(t, base, tt.edit))
			require.NoError(t, err)
			tt.check(t, s)
		})
	}
}

// What a review needs is refused, naming the resource and the field.
func TestParseRequestRefuses(t *testing.T) {
	t.Parallel()
	base := fixture(t, "request-pas2.json")
	edit := func(f func(b map[string]any)) []byte { return mutate(t, base, f) }
	claim := func(f func(c map[string]any)) []byte {
		return edit(func(b map[string]any) { f(resource(b, 0)) })
	}
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"not JSON", []byte(`{"resourceType":`), "not valid JSON"},
		{"empty", nil, "not valid JSON"},
		{"JSON but not FHIR", []byte(`{"a":1}`), "resourceType is missing"},
		{"a bare Claim", []byte(`{"resourceType":"Claim","id":"c"}`), "is a Claim, not a Bundle"},
		{"entry is a list of numbers", []byte(`{"resourceType":"Bundle","type":"collection","entry":[1]}`), "Bundle.entry"},
		{"no entries", []byte(`{"resourceType":"Bundle","type":"collection"}`), "has no entries"},
		{"a transaction", edit(func(b map[string]any) { b["type"] = "transaction" }), `Bundle.type is "transaction"`},
		{"Claim not first", edit(func(b map[string]any) {
			e := entries(b)
			e[0], e[1] = e[1], e[0]
		}), "Bundle.entry[0] is Patient/pt-ada; a PAS request starts with a Claim"},
		{"use claim", claim(func(c map[string]any) { c["use"] = "claim" }), `Claim/pas2-icd.use is "claim"`},
		{"use missing", claim(func(c map[string]any) { delete(c, "use") }), "Claim/pas2-icd.use is missing"},
		{"cancelled", claim(func(c map[string]any) { c["status"] = "cancelled" }), `Claim/pas2-icd.status is "cancelled"`},
		{"Claim without id", claim(func(c map[string]any) { delete(c, "id") }), "Bundle.entry[0] Claim has no id"},
		{"Claim with a bad id", claim(func(c map[string]any) { c["id"] = "a b" }), "is not a valid FHIR id"},
		{"item sequence a string", claim(func(c map[string]any) { c["item"].([]any)[0].(map[string]any)["sequence"] = "1" }),
			"Claim/pas2-icd.item.sequence is a JSON string where FHIR has a number"},
		{"no patient", claim(func(c map[string]any) { delete(c, "patient") }), "Claim/pas2-icd.patient is missing"},
		{"patient not sent", []byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Claim","id":"c",
			"use":"preauthorization","patient":{"reference":"Patient/p"},"created":"2026-01-01"}}]}`),
			"Claim/c.patient names Patient/p, which is not in the bundle"},
		{"patient is an Observation", claim(func(c map[string]any) {
			c["patient"] = map[string]any{"reference": "Observation/obs-lvef"}
		}), "names Observation/obs-lvef, not a Patient"},
		{"a record of another patient", edit(func(b map[string]any) {
			find(t, b, "obs-lvef")["subject"] = map[string]any{"reference": "Patient/someone-else"}
		}), "Observation/obs-lvef belongs to Patient/someone-else, not to Patient/pt-ada"},
		{"a second patient", edit(func(b map[string]any) {
			b["entry"] = append(entries(b), map[string]any{"resource": map[string]any{"resourceType": "Patient", "id": "twin"}})
		}), "Patient/twin is another patient than Patient/pt-ada"},
		{"a record of no patient", edit(func(b map[string]any) { delete(find(t, b, "obs-lvef"), "subject") }),
			"Observation/obs-lvef names no patient"},
		{"an uncited QuestionnaireResponse without subject", edit(func(b map[string]any) {
			delete(find(t, b, "qr-icd"), "subject")
			resource(b, 0)["supportingInfo"] = []any{}
		}), "QuestionnaireResponse/qr-icd names no patient"},
		{"an invalid record", edit(func(b map[string]any) { find(t, b, "cond-hf")["code"] = []any{1} }),
			"Bundle.entry[9] Condition/cond-hf: invalid resource"},
		{"an unknown resource type", edit(func(b map[string]any) {
			b["entry"] = append(entries(b), map[string]any{"resource": map[string]any{"resourceType": "Frobnication", "id": "x"}})
		}), `"Frobnication" is not a FHIR R4 resource type`},
		{"an entry without resource", edit(func(b map[string]any) {
			b["entry"] = append(entries(b), map[string]any{"fullUrl": "urn:uuid:x"})
		}), "Bundle.entry[10] has no resource"},
		{"an entry without id", edit(func(b map[string]any) { delete(find(t, b, "obs-lvef"), "id") }),
			"Bundle.entry[7] Observation has no id"},
		{"the same resource twice", edit(func(b map[string]any) { b["entry"] = append(entries(b), entries(b)[7]) }),
			"Bundle.entry[7] and Bundle.entry[10] are both Observation/obs-lvef"},
		{"a dangling urn:uuid", edit(func(b map[string]any) {
			find(t, b, "obs-lvef")["performer"] = []any{map[string]any{"reference": "urn:uuid:nowhere"}}
		}), "Observation/obs-lvef: dangling reference urn:uuid:nowhere: no entry in the bundle has that fullUrl"},
		{"no service", claim(func(c map[string]any) { delete(c, "item") }),
			"Claim/pas2-icd names no requested service: no item.productOrService, requestedService or prescription carries a code"},
		{"the prescribed order not sent", claim(func(c map[string]any) {
			delete(c, "item")
			c["prescription"] = map[string]any{"reference": "DeviceRequest/gone"}
		}), "(DeviceRequest/gone is not in the bundle)"},
		{"the requested service is an Observation", claim(func(c map[string]any) {
			c["item"].([]any)[0].(map[string]any)["extension"].([]any)[0].(map[string]any)["valueReference"] =
				map[string]any{"reference": "Observation/obs-lvef"}
		}), "Claim/pas2-icd.item[0] names Observation/obs-lvef as the requested service; it must be a ServiceRequest"},
		{"a diagnosis that is not a Condition", claim(func(c map[string]any) {
			c["diagnosis"] = []any{map[string]any{"sequence": 1, "diagnosisReference": map[string]any{"reference": "Observation/obs-lvef"}}}
		}), "Claim/pas2-icd.diagnosis[0].diagnosisReference names Observation/obs-lvef, not a Condition"},
		{"no created", claim(func(c map[string]any) { delete(c, "created") }), "Claim/pas2-icd.created is missing"},
		{"created without a day", claim(func(c map[string]any) { c["created"] = "2026-03" }),
			`Claim/pas2-icd.created "2026-03" is not a FHIR dateTime with a day`},
		{"created in 1890", claim(func(c map[string]any) { c["created"] = "1890-01-01" }), "is not a plausible request date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := pas.ParseRequest(tt.raw)
			require.Nil(t, s)
			requireRefused(t, err, tt.want)
		})
	}
}

// The IG's other examples are not requests, and say so.
func TestParseRequestRefusesOtherExamples(t *testing.T) {
	t.Parallel()
	for file, want := range map[string]string{
		"bundle-minimal.json":       `Bundle.type is "searchset"; a PAS request is a collection`,
		"bundle-dtr.json":           "Bundle.entry[0] is Patient/pat013; a PAS request starts with a Claim",
		"claimresponse-pended.json": "Bundle.entry[0] is ClaimResponse/pended; a PAS request starts with a Claim",
	} {
		t.Run(file, func(t *testing.T) {
			t.Parallel()
			_, err := pas.ParseRequest(example(t, file))
			requireRefused(t, err, want)
		})
	}
}

var now = time.Date(2026, 3, 2, 15, 4, 5, 0, time.UTC)

func requestInput(t *testing.T) pas.RequestInput {
	return pas.RequestInput{
		Identifier: pas.Identifier{System: "https://provider.example/pas/trace", Value: "TRN-1"},
		Request: umassist.ServiceRequest{
			Service:   umassist.Coding{System: cpt, Code: "33249", Display: "Insertion of implantable defibrillator"},
			Diagnoses: []umassist.Coding{{System: icd10, Code: "I42.0"}, {System: icd10, Code: "I50.22", Display: "Chronic systolic heart failure"}},
			Payer:     "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
		},
		Patient: chart(t, "patient"), Coverage: chart(t, "coverage"), Requester: chart(t, "requester"),
		Insurer: chart(t, "insurer"), Order: chart(t, "order"),
		Evidence: []json.RawMessage{chart(t, "observation-lvef"), chart(t, "condition-hf"), chart(t, "questionnaireresponse")},
		Now:      now,
	}
}

// What a provider builds, the payer reads back the same.
func TestBuildRequestRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		edit       func(in *pas.RequestInput)
		order      string
		supporting []string
		records    int
		payer      string
	}{
		{"everything given", func(*pas.RequestInput) {}, "ServiceRequest/sr-icd",
			[]string{"Observation/obs-lvef", "Condition/cond-hf", "QuestionnaireResponse/qr-icd"}, 8, "medicare"},
		{"expedited HCPCS device with a note", func(in *pas.RequestInput) {
			in.Request.Service = umassist.Coding{System: hcpcs, Code: "E1390", Display: "Oxygen concentrator"}
			in.Request.Urgency = umassist.UrgencyExpedited
			in.Request.Note = "Saturation 86 % at rest on room air."
			in.Order = chart(t, "device-order")
			in.Evidence = in.Evidence[:1]
		}, "DeviceRequest/dr-oxygen", []string{"Observation/obs-lvef"}, 6, "medicare"},
		{"stand-ins for coverage, requester and insurer", func(in *pas.RequestInput) {
			in.Coverage, in.Requester, in.Insurer, in.Order, in.Evidence = nil, nil, nil, nil, nil
		}, "", nil, 4, "medicare"},
		{"a requester named only in the request", func(in *pas.RequestInput) {
			in.Requester = nil
			in.Request.Requester = "Dr Ada Okafor, NPI 1234567893"
		}, "ServiceRequest/sr-icd", []string{"Observation/obs-lvef", "Condition/cond-hf", "QuestionnaireResponse/qr-icd"}, 8, "medicare"},
		{"a payer umassist does not map", func(in *pas.RequestInput) {
			in.Insurer = nil
			in.Request.Payer = "Acme Health Plan"
		}, "ServiceRequest/sr-icd", []string{"Observation/obs-lvef", "Condition/cond-hf", "QuestionnaireResponse/qr-icd"}, 8, ""},
		{"an evidence resource already sent as a party is sent once", func(in *pas.RequestInput) {
			in.Evidence = append(in.Evidence, chart(t, "patient"))
		}, "ServiceRequest/sr-icd", []string{"Observation/obs-lvef", "Condition/cond-hf", "QuestionnaireResponse/qr-icd", "Patient/pt-ada"}, 8, "medicare"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := requestInput(t)
			tt.edit(&in)
			raw, err := pas.BuildRequest(in)
			require.NoError(t, err)
			again, err := pas.BuildRequest(in)
			require.NoError(t, err)
			require.Equal(t, string(raw), string(again), "building is deterministic given Now")

			s, err := pas.ParseRequest(raw)
			require.NoError(t, err)
			want := in.Request
			want.Payer = tt.payer
			if want.Urgency == "" {
				want.Urgency = umassist.UrgencyStandard
			}
			require.Equal(t, want, s.Request)
			require.Equal(t, "Patient/pt-ada", s.Patient)
			require.Equal(t, []pas.Identifier{in.Identifier}, s.Identifiers)
			require.Equal(t, tt.order, s.Order)
			require.Equal(t, tt.supporting, s.SupportingInfo)
			require.Len(t, s.Records, tt.records)
			require.Empty(t, s.Unresolved)
			require.Empty(t, s.Repairs)
			require.Equal(t, "active", s.Status)
			require.Equal(t, "professional", s.Type.Code)
			require.Len(t, s.Items, 1)

			var b struct {
				Type, Timestamp string
				Identifier      pas.Identifier
				Entry           []struct {
					FullURL  string
					Resource struct{ ResourceType, ID string }
				}
			}
			require.NoError(t, json.Unmarshal(raw, &b))
			require.Equal(t, "collection", b.Type)
			require.Equal(t, "2026-03-02T15:04:05Z", b.Timestamp)
			require.Equal(t, in.Identifier, b.Identifier)
			for _, e := range b.Entry {
				require.Equal(t, pas.DefaultBaseURL+"/"+e.Resource.ResourceType+"/"+e.Resource.ID, e.FullURL)
			}
		})
	}
}

func TestBuildRequestRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		edit func(in *pas.RequestInput)
		want string
	}{
		{"no identifier system", func(in *pas.RequestInput) { in.Identifier.System = "" }, "Identifier needs a system and a value"},
		{"no service code", func(in *pas.RequestInput) { in.Request.Service.Code = "" }, "the service needs a system and a code"},
		{"no date", func(in *pas.RequestInput) { in.Request.Date = umassist.Date{} }, "date is required"},
		{"odd urgency", func(in *pas.RequestInput) { in.Request.Urgency = "asap" }, `urgency must be standard or expedited, not "asap"`},
		{"a diagnosis without code", func(in *pas.RequestInput) { in.Request.Diagnoses[1].Code = " " }, "diagnosis 1 has no code"},
		{"no patient", func(in *pas.RequestInput) { in.Patient = nil }, "Patient is required"},
		{"the patient is an Observation", func(in *pas.RequestInput) { in.Patient = chart(t, "observation-lvef") },
			"Patient is Observation/obs-lvef; it must be a Patient"},
		{"no insurer and no payer", func(in *pas.RequestInput) { in.Insurer, in.Request.Payer = nil, "" },
			"Insurer or Request.Payer is required"},
		{"a requester that is a Patient", func(in *pas.RequestInput) { in.Requester = chart(t, "patient") },
			"Requester is Patient/pt-ada; it must be a Practitioner or PractitionerRole or Organization"},
		{"an order that is an Observation", func(in *pas.RequestInput) { in.Order = chart(t, "observation-lvef") },
			"Order is Observation/obs-lvef; it must be a ServiceRequest"},
		{"evidence of another patient", func(in *pas.RequestInput) {
			in.Evidence = append(in.Evidence, chart(t, "observation-other-patient"))
		}, "Evidence[3]: Observation/obs-other belongs to Patient/someone-else, not to Patient/pt-ada"},
		{"evidence that is not JSON", func(in *pas.RequestInput) { in.Evidence[0] = json.RawMessage(`{"resourceType":`) },
			"Evidence[0]"},
		{"two different resources with one id", func(in *pas.RequestInput) {
			in.Evidence = append(in.Evidence, json.RawMessage(`{"resourceType":"Observation","id":"obs-lvef","status":"final","subject":{"reference":"Patient/pt-ada"}}`))
		}, "Evidence[3]: another Observation/obs-lvef is already in the bundle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := requestInput(t)
			tt.edit(&in)
			raw, err := pas.BuildRequest(in)
			require.Nil(t, raw)
			requireRefused(t, err, tt.want)
		})
	}
}

package pas

import (
	"strings"

	"github.com/umassist/umassist"
)

// Extension and code system URLs of the PAS guide, and umassist's own.
const (
	// ExtRequestedService names the order (ServiceRequest, DeviceRequest,
	// MedicationRequest, NutritionOrder) a Claim item asks for. PAS 2.x
	// puts it on Claim.item; PAS 1.x examples put it on Claim.prescription.
	ExtRequestedService = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-requestedService"
	// ExtReviewAction carries the X12 278 review outcome of an adjudication.
	ExtReviewAction = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction"
	// ExtReviewActionCode is the reviewAction sub-extension holding the
	// X12 306 code. PAS 2.x gives it this canonical URL; older drafts
	// used the relative "reviewActionCode", which ParseResponse accepts.
	ExtReviewActionCode = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode"
	// ExtHumanReviewed says a person made the decision a ClaimResponse
	// carries, and in what role. It is not a PAS element: CMS-0057-F asks
	// payers to be open about how prior authorizations are decided, and a
	// provider reading our response should not have to take it on trust
	// that no algorithm denied it. It is a complex extension (FHIR's ext-1
	// forbids a value beside sub-extensions): "reviewed" valueBoolean true
	// and "role" valueCode nurse or physician.
	ExtHumanReviewed = "https://umassist.dev/fhir/StructureDefinition/was-human-reviewed"

	// SystemReviewAction is X12 005010 code list 306 (HCR01, action code).
	SystemReviewAction = "https://codesystem.x12.org/005010/306"
	// SystemClaimType is FHIR's claim type code system.
	SystemClaimType = "http://terminology.hl7.org/CodeSystem/claim-type"
	// SystemProcessPriority is FHIR's process priority code system.
	SystemProcessPriority = "http://terminology.hl7.org/CodeSystem/processpriority"
	// SystemInformationCategory is FHIR's claim information category.
	SystemInformationCategory = "http://terminology.hl7.org/CodeSystem/claiminformationcategory"
	// SystemAdjudication is FHIR's adjudication category code system.
	SystemAdjudication = "http://terminology.hl7.org/CodeSystem/adjudication"
)

// ReviewActionCode is an X12 278 HCR01 review action: what the payer did
// with a requested service.
type ReviewActionCode string

// The review actions PAS responses carry (X12 code list 306).
const (
	CertifiedInTotal ReviewActionCode = "A1"
	CertifiedPartial ReviewActionCode = "A2"
	NotCertified     ReviewActionCode = "A3"
	Pended           ReviewActionCode = "A4"
	Modified         ReviewActionCode = "A6"
	Cancelled        ReviewActionCode = "C"
)

var reviewActionDisplay = map[ReviewActionCode]string{
	CertifiedInTotal: "Certified in total",
	CertifiedPartial: "Certified - partial",
	NotCertified:     "Not certified",
	Pended:           "Pended",
	Modified:         "Modified",
	Cancelled:        "Cancelled",
}

// Display is the code's name in words; "" for a code this package does
// not know (a payer may send others of list 306).
func (c ReviewActionCode) Display() string { return reviewActionDisplay[c] }

// Final reports whether the code is a decision rather than "not yet".
func (c ReviewActionCode) Final() bool { return c != "" && c != Pended }

// Certified reports whether the code authorizes the service, in whole or
// in part.
func (c ReviewActionCode) Certified() bool {
	return c == CertifiedInTotal || c == CertifiedPartial || c == Modified
}

// ReviewActionFor maps a case's status (or a reviewer's outcome, which
// shares its spelling: umassist.CaseStatus(outcome)) to the review action
// a response reports. Only the two human decisions are final: approved
// certifies in total (A1), denied does not certify (A3). Everything else
// is pended (A4): received, drafting, ready for review, escalated, info
// requested and failed all mean no person has decided yet, and a draft's
// recommendation is never a decision. umassist decides a request as a
// whole, so it never answers A2, A6 or C.
func ReviewActionFor(status umassist.CaseStatus) (ReviewActionCode, error) {
	switch status {
	case umassist.StatusApproved:
		return CertifiedInTotal, nil
	case umassist.StatusDenied:
		return NotCertified, nil
	case umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusReadyForReview,
		umassist.StatusEscalated, umassist.StatusInfoRequested, umassist.StatusFailed:
		return Pended, nil
	}
	return "", umassist.Errorf(umassist.EINVALID, "pas: case status %q has no review action", status)
}

// systemKey reduces a code system URI to the part that names it, so that
// the spellings found in the wild (http or https, www or not, any case, a
// trailing slash) compare equal.
func systemKey(system string) string {
	s := strings.ToLower(strings.TrimSpace(system))
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	s = strings.TrimPrefix(s, "www.")
	return strings.TrimRight(s, "/")
}

// serviceSystems are the systems a requested service is coded in that
// umassist's policies are keyed by, with the OIDs HL7 registers for them.
var serviceSystems = map[string]string{
	"ama-assn.org/go/cpt":                          umassist.SystemCPT,
	"urn:oid:2.16.840.1.113883.6.12":               umassist.SystemCPT,
	"cms.gov/medicare/coding/hcpcsreleasecodesets": umassist.SystemHCPCS,
	"urn:oid:2.16.840.1.113883.6.285":              umassist.SystemHCPCS,
	"urn:oid:2.16.840.1.113883.6.14":               umassist.SystemHCPCS,
	"nlm.nih.gov/research/umls/rxnorm":             umassist.SystemRxNorm,
	"urn:oid:2.16.840.1.113883.6.88":               umassist.SystemRxNorm,
	"hl7.org/fhir/sid/ndc":                         umassist.SystemNDC,
	"urn:oid:2.16.840.1.113883.6.69":               umassist.SystemNDC,
}

// ServiceSystem maps a service's code system, however spelled, to
// umassist's constant (SystemCPT, SystemHCPCS, SystemRxNorm, SystemNDC);
// ok is false for any other system, which is returned unchanged.
func ServiceSystem(system string) (canonical string, ok bool) {
	if c, ok := serviceSystems[systemKey(system)]; ok {
		return c, true
	}
	return system, false
}

// DiagnosisSystem reports whether system is ICD-10-CM, however spelled,
// the one diagnosis system umassist's criteria read.
func DiagnosisSystem(system string) bool {
	k := systemKey(system)
	return k == "hl7.org/fhir/sid/icd-10-cm" || k == "urn:oid:2.16.840.1.113883.6.90"
}

package fhir

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/umassist/umassist"
)

// patientWords name a patient's own text in an author line, a document's
// type or description, or its heading: "(patient)", "patient portal
// message", "message from patient", "patient-reported".
var patientWords = regexp.MustCompile(`(?i)\(patient\)|\bpatient[- ](?:portal|message|reported|submitted|statement)|\bportal message\b|\bmessage from (?:the )?patient\b|\bself[- ]reported\b|\(caregiver\)|\(family member\)`)

// payerWords name a payer in an author line.
var payerWords = regexp.MustCompile(`(?i)\b(?:insurance|health plan|payer|medicare advantage|utilization management|prior authorization department)\b`)

// requestWords name the prior-authorization request in a document's type
// or description: the form (fax intake types the form's page so), and the
// cover letter, submission or program's authorization summary that goes
// with it ("TAVR authorization summary (coordinator)"), which restate the claim
// for the payer ("symptomatic, NYHA II" copied from a 2024 note) rather
// than record what was found.
var requestWords = regexp.MustCompile(`(?i)\b(?:prior[- ]authori[sz]ation|authori[sz]ation|PA|precertification|pre-certification)\s+(?:request\s+)?(?:request|cover letter|letter|submission|form|summary|packet)\b`)

// clinicianCredential is a clinical credential after a name ("Jane Roe, MD").
var clinicianCredential = regexp.MustCompile(`,\s*(?:MD|DO|NP|PA-C|PA|APRN|CNP|CRNP|RN|DPM|AuD|RRT|DPT|PharmD|MBBS)\b`)

// AuthorRoleOf says who wrote a document (see umassist.AuthorRole): the
// author references' types first, then words in the author line, the
// document's type and description, and the text's first line. A document
// typed as the prior-authorization request form is the requester's,
// whoever signed it. Words can
// only make a document less trusted: a clinician's reference with a
// heading that says "patient portal message" is the patient's message.
func AuthorRoleOf(r *Resource, text string) umassist.AuthorRole {
	heading := strings.TrimSpace(text)
	if i := strings.IndexByte(heading, '\n'); i >= 0 {
		heading = heading[:i]
	}
	var names []string
	role := umassist.AuthorUnknown
	for _, a := range r.Author {
		names = append(names, a.Display)
		switch typ, _, _ := umassist.SplitRef(a.Reference); typ {
		case "Patient", "RelatedPerson":
			return umassist.AuthorPatient
		case "Practitioner", "PractitionerRole":
			role = umassist.AuthorClinician
		case "Organization":
			if role == umassist.AuthorUnknown {
				role = umassist.AuthorOrganization
			}
		}
	}
	var typeText string
	if len(r.Type) > 0 {
		var cc CodeableConcept
		if json.Unmarshal(r.Type, &cc) == nil {
			typeText = cc.Label()
		}
	}
	names = append(names, typeText, r.Description, heading)
	all := strings.Join(names, "\n")
	switch {
	case patientWords.MatchString(all):
		return umassist.AuthorPatient
	case requestWords.MatchString(typeText + "\n" + r.Description):
		return umassist.AuthorRequester
	case payerWords.MatchString(strings.Join(names[:len(r.Author)], "\n")):
		return umassist.AuthorPayer
	case role == umassist.AuthorUnknown && clinicianCredential.MatchString(strings.Join(names[:len(r.Author)], "\n")):
		return umassist.AuthorClinician
	}
	return role
}

// PerformerRoleOf says who made or reported an observation, from its
// performer: a Patient or RelatedPerson reference, or a performer named
// as the patient ("(patient)", "self-reported"), is the patient's own
// value; a Practitioner, PractitionerRole or Organization is a
// clinician's or a provider's; none is unknown, which counts as the
// record's, as most results name no performer.
func PerformerRoleOf(r *Resource) umassist.AuthorRole {
	var refs []Reference
	if len(r.Performer) == 0 || json.Unmarshal(r.Performer, &refs) != nil {
		return umassist.AuthorUnknown
	}
	role := umassist.AuthorUnknown
	for _, p := range refs {
		switch typ, _, _ := umassist.SplitRef(p.Reference); typ {
		case "Patient", "RelatedPerson":
			return umassist.AuthorPatient
		case "Practitioner", "PractitionerRole", "CareTeam":
			role = umassist.AuthorClinician
		case "Organization":
			if role == umassist.AuthorUnknown {
				role = umassist.AuthorOrganization
			}
		}
		if patientWords.MatchString(p.Display) {
			return umassist.AuthorPatient
		}
	}
	return role
}

package fhir

import (
	"fmt"

	"github.com/umassist/umassist"
)

// sharedTypes are the resource types about no patient that one patient's
// bundle may carry beside that patient's own records.
var sharedTypes = map[string]bool{"Practitioner": true, "PractitionerRole": true, "Organization": true, "Location": true, "Medication": true}

// OnePatient checks that r may travel with patient's records: it is the
// Patient itself, that patient's, or of a type about no patient
// (Practitioner, PractitionerRole, Organization, Location, Medication).
// Intake bundles and CDS Hooks prefetch are held to it.
func OnePatient(patient string, r *umassist.Resource) error {
	switch {
	case r.Type == "Patient" && r.Ref() != patient:
		return fmt.Errorf("%s is another patient than %s", r.Ref(), patient)
	case r.Type == "Patient" || sharedTypes[r.Type]:
		return nil
	case r.Patient == "":
		return fmt.Errorf("%s names no patient; every resource but %s must be %s's", r.Ref(), sharedList, patient)
	case r.Patient != patient:
		return fmt.Errorf("%s belongs to %s, not to %s", r.Ref(), r.Patient, patient)
	}
	return nil
}

const sharedList = "Practitioner, PractitionerRole, Organization, Location and Medication"

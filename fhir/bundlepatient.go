package fhir

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/umassist/umassist"
)

// BundlePatient returns the reference ("Patient/123") of the one Patient a
// Bundle holds: intake and `umassist review` take a bundle per patient and
// need to know whose it is before loading it. A bundle with no Patient, or
// with several, is an EINVALID error.
func BundlePatient(r io.Reader) (string, error) {
	var b struct {
		ResourceType string `json:"resourceType"`
		Entry        []struct {
			Resource struct {
				ResourceType string `json:"resourceType"`
				ID           string `json:"id"`
			} `json:"resource"`
		} `json:"entry"`
	}
	if err := json.NewDecoder(r).Decode(&b); err != nil || b.ResourceType != "Bundle" {
		msg := "not a FHIR Bundle"
		if err != nil {
			msg = fmt.Sprintf("not a FHIR Bundle (%v)", err)
		}
		return "", umassist.Errorf(umassist.EINVALID, "bundle: %s", msg)
	}
	var found []string
	for _, e := range b.Entry {
		if e.Resource.ResourceType == "Patient" {
			if e.Resource.ID == "" {
				return "", umassist.Errorf(umassist.EINVALID, "bundle: a Patient has no id")
			}
			found = append(found, "Patient/"+e.Resource.ID)
		}
	}
	switch len(found) {
	case 0:
		return "", umassist.Errorf(umassist.EINVALID, "bundle: holds no Patient")
	case 1:
		return found[0], nil
	}
	return "", umassist.Errorf(umassist.EINVALID, "bundle: holds %d patients, not one", len(found))
}

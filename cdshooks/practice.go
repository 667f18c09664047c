package cdshooks

import (
	"cmp"
	"encoding/json"

	"github.com/umassist/umassist/fhir"
)

// practiceOf names the ordering user's practice: the organisation of
// their PractitionerRole (user, "PractitionerRole/x"), by the name the
// reference or the Organization gives, else by its reference. Empty when
// the call did not bring that role, or the role names no organisation.
func practiceOf(records []*fhir.Parsed, user string) string {
	byRef := map[string]json.RawMessage{}
	for _, p := range records {
		if p.Res != nil && (p.Res.Type == "PractitionerRole" || p.Res.Type == "Organization") {
			byRef[p.Res.Ref()] = p.Res.Raw
		}
	}
	raw, ok := byRef[user]
	if !ok {
		return ""
	}
	var role struct {
		Organization *fhir.Reference `json:"organization"`
	}
	if json.Unmarshal(raw, &role) != nil || role.Organization == nil {
		return ""
	}
	org := role.Organization
	var named struct {
		Name string `json:"name"`
	}
	if raw, ok := byRef[org.Reference]; ok {
		_ = json.Unmarshal(raw, &named)
	}
	return cmp.Or(org.Display, named.Name, org.Reference)
}

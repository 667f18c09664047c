package pas_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/pas"
)

var (
	nurse     = umassist.Actor{ID: "u-nurse", Role: umassist.RoleNurse}
	physician = umassist.Actor{ID: "u-doc", Role: umassist.RolePhysician}
	agent     = umassist.Actor{ID: "drafter", Role: umassist.RoleAgent}
	operator  = umassist.Actor{ID: "u-ops", Role: umassist.RoleOperator}
)

// submitted is the Claim of the PAS 2.x fixture, as the payer read it.
func submitted(t *testing.T) pas.Claim {
	s, err := pas.ParseRequest(fixture(t, "request-pas2.json"))
	require.NoError(t, err)
	return s.Claim
}

// What the payer builds, the provider reads back: the action, the
// authorization, the reason and who decided.
func TestBuildResponseRoundTrip(t *testing.T) {
	t.Parallel()
	period := &pas.Period{Start: umassist.MustDate("2026-03-05"), End: umassist.MustDate("2026-09-05")}
	tests := []struct {
		name        string
		in          func(c pas.Claim) pas.ResponseInput
		action      pas.ReviewActionCode
		outcome     string
		preAuthRef  string
		period      *pas.Period
		human       bool
		role        umassist.Role
		reason      string
		disposition string
		items       int
	}{
		{"a nurse approves", func(c pas.Claim) pas.ResponseInput {
			return pas.ResponseInput{Claim: c, Status: umassist.StatusApproved, Reviewer: nurse, ReferenceNumber: "AUTH-1"}
		}, pas.CertifiedInTotal, "complete", "AUTH-1", nil, true, umassist.RoleNurse, "",
			"Certified in total after review by a nurse.", 2},
		{"a physician approves for six months", func(c pas.Claim) pas.ResponseInput {
			return pas.ResponseInput{Claim: c, Status: umassist.CaseStatus(umassist.OutcomeApproved), Reviewer: physician,
				ReferenceNumber: "AUTH-2", AuthPeriod: period}
		}, pas.CertifiedInTotal, "complete", "AUTH-2", period, true, umassist.RolePhysician, "",
			"Certified in total after review by a physician.", 2},
		{"a physician denies", func(c pas.Claim) pas.ResponseInput {
			return pas.ResponseInput{Claim: c, Status: umassist.StatusDenied, Reviewer: physician, ReferenceNumber: "REF-3",
				Reason: "LVEF 45 % is above the 35 % the policy requires (NCD 20.4 B3).", AuthPeriod: period}
		}, pas.NotCertified, "complete", "", nil, true, umassist.RolePhysician,
			"LVEF 45 % is above the 35 % the policy requires (NCD 20.4 B3).",
			"Not certified after review by a physician: LVEF 45 % is above the 35 % the policy requires (NCD 20.4 B3).", 2},
		{"information requested is pended", func(c pas.Claim) pas.ResponseInput {
			return pas.ResponseInput{Claim: c, Status: umassist.StatusInfoRequested, Reviewer: nurse, ReferenceNumber: "REF-4"}
		}, pas.Pended, "queued", "", nil, false, "", "", "Pended: the reviewer has asked for more information.", 2},
		{"a draft ready for review is pended, whoever asks", func(c pas.Claim) pas.ResponseInput {
			return pas.ResponseInput{Claim: c, Status: umassist.StatusReadyForReview, Reviewer: agent}
		}, pas.Pended, "queued", "", nil, false, "", "", "Pended: the request is under review; no decision has been made.", 2},
		{"a Claim without items is answered at the header", func(c pas.Claim) pas.ResponseInput {
			c.Items = nil
			return pas.ResponseInput{Claim: c, Status: umassist.StatusApproved, Reviewer: nurse, ReferenceNumber: "AUTH-5"}
		}, pas.CertifiedInTotal, "complete", "AUTH-5", nil, true, umassist.RoleNurse, "",
			"Certified in total after review by a nurse.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := submitted(t)
			in := tt.in(c)
			in.Created = now
			in.Resources = []json.RawMessage{chart(t, "patient"), chart(t, "insurer")}
			raw, err := pas.BuildResponse(in)
			require.NoError(t, err)

			r, err := pas.ParseResponse(raw)
			require.NoError(t, err)
			require.Equal(t, tt.action, r.Action)
			require.Equal(t, tt.outcome, r.Outcome)
			require.Equal(t, "active", r.Status)
			require.Equal(t, tt.preAuthRef, r.PreAuthRef)
			require.Equal(t, tt.period, r.PreAuthPeriod)
			require.Equal(t, tt.human, r.HumanReviewed)
			require.Equal(t, tt.role, r.ReviewerRole)
			require.Equal(t, tt.disposition, r.Disposition)
			require.Equal(t, c.Patient, r.Patient)
			require.Equal(t, c.Insurer, r.Insurer)
			require.Equal(t, c.Ref, r.Request)
			require.Equal(t, c.Identifiers[0], r.RequestIdentifier)
			require.Len(t, r.Items, tt.items)
			for _, it := range r.Items {
				require.Equal(t, tt.action, it.Action)
				require.Equal(t, tt.reason, it.Reason)
				require.Equal(t, in.ReferenceNumber, it.Number)
			}

			var b struct {
				Type  string
				Entry []struct {
					Resource struct {
						ResourceType, ID, Use string
						Type                  struct{ Coding []umassist.Coding }
						Requestor             struct{ Reference string }
						Extension             []json.RawMessage
					}
				}
			}
			require.NoError(t, json.Unmarshal(raw, &b))
			require.Equal(t, "collection", b.Type)
			require.Len(t, b.Entry, 3)
			cr := b.Entry[0].Resource
			require.Equal(t, "ClaimResponse", cr.ResourceType)
			require.Equal(t, "preauthorization", cr.Use)
			require.Equal(t, c.Type, cr.Type.Coding[0], "the type is the request's")
			require.Equal(t, c.Provider, cr.Requestor.Reference)
			require.Equal(t, tt.human, len(cr.Extension) == 1, "only a decision says who decided")

			again, err := pas.BuildResponse(in)
			require.NoError(t, err)
			require.Equal(t, string(raw), string(again))
		})
	}
}

// Nothing but a person's decision is final, and only a physician denies.
func TestBuildResponseRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		edit  func(in *pas.ResponseInput)
		code  string
		want  string
		aiDen bool
	}{
		{"the agent denies", func(in *pas.ResponseInput) {
			in.Status, in.Reviewer, in.Reason = umassist.StatusDenied, agent, "criteria not met"
		}, umassist.EFORBIDDEN, "the AI never denies", true},
		{"no one denies", func(in *pas.ResponseInput) {
			in.Status, in.Reviewer, in.Reason = umassist.StatusDenied, umassist.Actor{}, "criteria not met"
		}, umassist.EFORBIDDEN, "the AI never denies", true},
		{"a nurse denies", func(in *pas.ResponseInput) {
			in.Status, in.Reviewer, in.Reason = umassist.StatusDenied, nurse, "criteria not met"
		}, umassist.EFORBIDDEN, "only a physician reviewer's denial", false},
		{"a denial without reason", func(in *pas.ResponseInput) {
			in.Status, in.Reviewer = umassist.StatusDenied, physician
		}, umassist.EINVALID, "a denial needs the reviewer's Reason", false},
		{"the agent approves", func(in *pas.ResponseInput) { in.Reviewer = agent },
			umassist.EFORBIDDEN, "only a nurse's or a physician's approval certifies", false},
		{"an operator approves", func(in *pas.ResponseInput) { in.Reviewer = operator },
			umassist.EFORBIDDEN, "only a nurse's or a physician's approval certifies", false},
		{"an approval without authorization number", func(in *pas.ResponseInput) { in.ReferenceNumber = " " },
			umassist.EINVALID, "a certification needs ReferenceNumber", false},
		{"an unknown status", func(in *pas.ResponseInput) { in.Status = "approve" },
			umassist.EINVALID, `case status "approve" has no review action`, false},
		{"no Claim", func(in *pas.ResponseInput) { in.Claim = pas.Claim{} },
			umassist.EINVALID, "Claim.Ref is required", false},
		{"no insurer anywhere", func(in *pas.ResponseInput) { in.Claim.Insurer = "" },
			umassist.EINVALID, "Claim/pas2-icd names no insurer; ResponseInput.Insurer is required", false},
		{"a resource of another patient", func(in *pas.ResponseInput) {
			in.Resources = []json.RawMessage{chart(t, "observation-other-patient")}
		}, umassist.EINVALID, "Resources[0]: Observation/obs-other belongs to Patient/someone-else", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := pas.ResponseInput{Claim: submitted(t), Status: umassist.StatusApproved, Reviewer: physician, ReferenceNumber: "AUTH-9", Created: now}
			tt.edit(&in)
			raw, err := pas.BuildResponse(in)
			require.Nil(t, raw)
			require.Error(t, err)
			require.Equal(t, tt.code, umassist.ErrorCode(err), "%v", err)
			require.Contains(t, err.Error(), tt.want)
			require.Equal(t, tt.aiDen, errors.Is(err, umassist.ErrAIDenial))
		})
	}
}

// A Claim that named no insurer (the PAS 1.x examples) is answered in the
// payer's own name.
func TestBuildResponseInsurerFallback(t *testing.T) {
	t.Parallel()
	s, err := pas.ParseRequest(example(t, "bundle-prior-auth.json"))
	require.NoError(t, err)
	raw, err := pas.BuildResponse(pas.ResponseInput{Claim: s.Claim, Status: umassist.StatusReceived,
		Insurer: "Organization/org1234", Created: now})
	require.NoError(t, err)
	r, err := pas.ParseResponse(raw)
	require.NoError(t, err)
	require.Equal(t, pas.Pended, r.Action)
	require.Equal(t, "Organization/org1234", r.Insurer)
	require.Equal(t, "Claim/minimal", r.Request)
	require.Zero(t, r.RequestIdentifier, "an identifier without system is the Claim's id, not sent back as one")
}

func TestParseResponse(t *testing.T) {
	t.Parallel()
	t.Run("the IG's pended example", func(t *testing.T) {
		t.Parallel()
		r, err := pas.ParseResponse(example(t, "claimresponse-pended.json"))
		require.NoError(t, err)
		require.Equal(t, &pas.Response{Ref: "ClaimResponse/pended", Status: "draft", Outcome: "queued",
			Patient: "Patient/1", Insurer: "Organization/1", Action: pas.Pended}, r)
	})
	t.Run("a bare ClaimResponse whose items disagree", func(t *testing.T) {
		t.Parallel()
		r, err := pas.ParseResponse(fixture(t, "claimresponse-items.json"))
		require.NoError(t, err)
		require.Equal(t, pas.ReviewActionCode(""), r.Action, "no one action speaks for both items")
		require.Equal(t, []pas.ItemAction{
			{Sequence: 1, Action: pas.CertifiedInTotal, Number: "AUTH-77"},
			{Sequence: 2, Action: pas.NotCertified, Reason: "Criteria for a second device not met"},
		}, r.Items)
		require.Equal(t, pas.Identifier{System: "https://provider.example/pas/trace", Value: "TRN-2026-0001"}, r.RequestIdentifier)
		require.Empty(t, r.Request)
		require.Equal(t, "AUTH-77", r.PreAuthRef)
		require.Equal(t, &pas.Period{Start: umassist.MustDate("2026-03-05"), End: umassist.MustDate("2026-06-05")}, r.PreAuthPeriod)
		require.False(t, r.HumanReviewed, "another payer says nothing about who decided")
	})
	t.Run("a code on reviewAction itself, and a plain boolean human flag", func(t *testing.T) {
		t.Parallel()
		r, err := pas.ParseResponse([]byte(`{"resourceType":"ClaimResponse","id":"old","outcome":"complete",
			"extension":[{"url":"` + pas.ExtHumanReviewed + `","valueBoolean":true}],
			"adjudication":[{"category":{"text":"x"},"extension":[{"url":"` + pas.ExtReviewAction + `",
			"valueCodeableConcept":{"coding":[{"code":"A6"}]}}]}]}`))
		require.NoError(t, err)
		require.Equal(t, pas.Modified, r.Action)
		require.True(t, r.HumanReviewed)
	})
	t.Run("a complete response without review action says none", func(t *testing.T) {
		t.Parallel()
		r, err := pas.ParseResponse([]byte(`{"resourceType":"ClaimResponse","id":"x","outcome":"complete"}`))
		require.NoError(t, err)
		require.Empty(t, r.Action)
	})
}

func TestParseResponseRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		raw  func(t *testing.T) []byte
		want string
	}{
		{"not JSON", func(*testing.T) []byte { return []byte("<ClaimResponse/>") }, "not valid JSON"},
		{"a Patient", func(*testing.T) []byte { return []byte(`{"resourceType":"Patient","id":"p"}`) },
			"the body is a Patient, not a ClaimResponse or a Bundle"},
		{"a request", func(t *testing.T) []byte { return fixture(t, "request-pas2.json") },
			"Bundle.entry[0] is Claim/pas2-icd; a PAS response starts with a ClaimResponse"},
		{"an empty searchset", func(t *testing.T) []byte { return example(t, "bundle-minimal.json") },
			"the Bundle has no entries; a PAS response starts with a ClaimResponse"},
		{"use claim", func(*testing.T) []byte {
			return []byte(`{"resourceType":"ClaimResponse","id":"x","use":"claim","outcome":"complete"}`)
		}, `ClaimResponse/x.use is "claim"`},
		{"no id", func(*testing.T) []byte { return []byte(`{"resourceType":"ClaimResponse","outcome":"queued"}`) },
			"id is missing"},
		{"a period that is no date", func(*testing.T) []byte {
			return []byte(`{"resourceType":"ClaimResponse","id":"x","preAuthPeriod":{"start":"soon"}}`)
		}, `ClaimResponse/x.preAuthPeriod.start "soon" is not a FHIR date`},
		{"items of the wrong shape", func(*testing.T) []byte {
			return []byte(`{"resourceType":"ClaimResponse","id":"x","item":{"itemSequence":1}}`)
		}, "ClaimResponse/x.item is a JSON object where FHIR has a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, err := pas.ParseResponse(tt.raw(t))
			require.Nil(t, r)
			requireRefused(t, err, tt.want)
		})
	}
}

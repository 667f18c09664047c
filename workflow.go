package umassist

import (
	"slices"
	"strings"
	"time"
)

// The reviewer workflow: who may record which outcome on a case in which
// status, what a decision must say, and the case's decision clock. These
// rules are the domain's, so the API, the UI and storage all enforce them
// by calling here.
//
// The agent moves a case from received through drafting to
// ready_for_review (or failed); from there only people move it:
//
//	ready_for_review, failed --nurse-->     approved | escalated | info_requested
//	ready_for_review, failed,
//	escalated               --physician--> approved | denied | info_requested
//	info_requested --new information-->    received (re-drafted)
//
// approved and denied are final.

// Outcome is a human decision on a case. Only OutcomeDenied is restricted:
// it needs a physician and a reason citing a policy passage.
type Outcome string

const (
	OutcomeApproved      Outcome = "approved"
	OutcomeDenied        Outcome = "denied"
	OutcomeEscalated     Outcome = "escalated"
	OutcomeInfoRequested Outcome = "info_requested"
)

// ReviewAction is what a reviewer did with a case.
type ReviewAction struct {
	ID      int64   `json:"id,omitempty"`
	CaseID  string  `json:"case_id"`
	Actor   Actor   `json:"actor"`
	Outcome Outcome `json:"outcome"`
	Reason  string  `json:"reason,omitempty"`
	// Passages the reason rests on; a denial must cite at least one.
	Passages []string `json:"passages,omitempty"`
	// Question for the ordering clinician, when information is requested.
	Question string `json:"question,omitempty"`
	// OverrideCode says why a reviewer approves against the draft's
	// recommendation (one of OverrideCodes); the reason says it in words.
	OverrideCode string `json:"override_code,omitempty"`
	// EditedSummary is the reviewer's version of the draft summary, if edited.
	EditedSummary string    `json:"edited_summary,omitempty"`
	DraftVersion  int       `json:"draft_version,omitempty"`
	CreatedAt     time.Time `json:"created_at,omitzero"`
}

// OverrideCodes are why a reviewer approves a case whose draft does not
// recommend approval; kept with the action, they are labels an ML engineer
// reads beside the draft (eval export-reviews).
var OverrideCodes = []string{
	"information_outside_record", // the reviewer has what the chart lacks (a call, a fax)
	"draft_misread_record",       // the draft read the chart wrong
	"clinical_judgement",         // a clinician's judgement the criteria leave open
	"policy_exception",           // an exception the policy or the plan allows
	"other",
}

// The shortest reasons an override and a denial may give: a word or two
// is not a reason a physician, a member or an auditor can read.
const (
	minOverrideReason = 10
	minDenialReason   = 10
)

// CheckOverride holds an approval to the draft it decides: approving a
// case whose draft recommends refer or request_info (or whose draft the
// verifier faulted into refer) is deciding against the draft, and needs an
// override code and a reason of at least ten characters, so that no click
// approves what the draft says not to approve without a word. d may be
// nil (no draft yet: nothing to decide against).
func (a ReviewAction) CheckOverride(d *Draft) error {
	if a.Outcome != OutcomeApproved || !d.ApprovalOverrides() {
		if a.OverrideCode != "" && !slices.Contains(OverrideCodes, a.OverrideCode) {
			return Errorf(EINVALID, "review action: unknown override code %q", a.OverrideCode)
		}
		return nil
	}
	if !slices.Contains(OverrideCodes, a.OverrideCode) {
		return Errorf(EINVALID, "review action: the draft recommends %s; approving against it needs an override code (%s)",
			d.Recommendation, strings.Join(OverrideCodes, ", "))
	}
	if len([]rune(strings.TrimSpace(a.Reason))) < minOverrideReason {
		return Errorf(EINVALID, "review action: the draft recommends %s; approving against it needs a reason of at least %d characters",
			d.Recommendation, minOverrideReason)
	}
	return nil
}

// Validate enforces who may record which outcome. The database repeats the
// denial rule as a CHECK constraint, so no code path can skip it.
func (a ReviewAction) Validate() error {
	if !a.Actor.Human() {
		if a.Outcome == OutcomeDenied {
			return ErrAIDenial
		}
		return Errorf(EFORBIDDEN, "review action: only a human reviewer can decide a case")
	}
	switch a.Outcome {
	case OutcomeApproved:
		if a.Actor.Role != RoleNurse && a.Actor.Role != RolePhysician {
			return Errorf(EFORBIDDEN, "review action: only nurses and physicians approve")
		}
	case OutcomeDenied:
		if a.Actor.Role != RolePhysician {
			return Errorf(EFORBIDDEN, "review action: only a physician reviewer can deny")
		}
		if len([]rune(strings.TrimSpace(a.Reason))) < minDenialReason {
			return Errorf(EINVALID, "review action: a denial needs a specific reason (at least %d characters), not %q", minDenialReason, a.Reason)
		}
		if len(a.Passages) == 0 {
			return Errorf(EINVALID, "review action: a denial must cite the policy passage it rests on")
		}
	case OutcomeEscalated:
		if a.Actor.Role != RoleNurse && a.Actor.Role != RolePhysician {
			return Errorf(EFORBIDDEN, "review action: only reviewers escalate")
		}
		if strings.TrimSpace(a.Reason) == "" {
			return Errorf(EINVALID, "review action: an escalation needs a reason")
		}
	case OutcomeInfoRequested:
		if a.Actor.Role != RoleNurse && a.Actor.Role != RolePhysician {
			return Errorf(EFORBIDDEN, "review action: only reviewers request information")
		}
		if strings.TrimSpace(a.Question) == "" {
			return Errorf(EINVALID, "review action: a request for information needs the question")
		}
	default:
		return Errorf(EINVALID, "review action: unknown outcome %q", a.Outcome)
	}
	return nil
}

// CheckTransition reports whether a reviewer with role may record outcome
// on a case in status from. It is the one place the state machine lives.
func CheckTransition(from CaseStatus, role Role, outcome Outcome) error {
	if from.Closed() {
		return Errorf(ECONFLICT, "the case is already %s", from)
	}
	switch from {
	case StatusReceived, StatusDrafting:
		return Errorf(ECONFLICT, "the case is still being drafted")
	case StatusInfoRequested:
		return Errorf(ECONFLICT, "the case is waiting for information from the ordering clinician")
	}
	switch role {
	case RoleNurse:
		if from == StatusEscalated {
			return Errorf(EFORBIDDEN, "the case was escalated: a physician reviewer decides it")
		}
		switch outcome {
		case OutcomeApproved, OutcomeEscalated, OutcomeInfoRequested:
			return nil
		case OutcomeDenied:
			return Errorf(EFORBIDDEN, "only a physician reviewer can deny: escalate the case instead")
		}
	case RolePhysician:
		switch outcome {
		case OutcomeApproved, OutcomeDenied, OutcomeInfoRequested:
			return nil
		case OutcomeEscalated:
			return Errorf(EINVALID, "a physician decides the case rather than escalating it")
		}
	default:
		return Errorf(EFORBIDDEN, "only nurse and physician reviewers decide cases")
	}
	return Errorf(EINVALID, "unknown outcome %q", outcome)
}

// SLA is where a case stands against its CMS-0057-F decision clock.
type SLA struct {
	Remaining time.Duration // negative once breached
	Window    time.Duration
	AtRisk    bool // less than 24 h or 20 % of the window left
	Breached  bool
	// Closed: the case is decided and its clock has stopped.
	Closed bool
	// Waiting: the case waits for the ordering clinician's answer. The
	// clock runs on: CMS-0057-F's windows do not pause for a request for
	// information, and no extension is taken.
	Waiting bool
}

// AtRiskWithin is the absolute at-risk threshold.
const AtRiskWithin = 24 * time.Hour

// SLAOf computes a case's clock at now. Closed cases are never at risk.
func SLAOf(c *Case, now time.Time) SLA {
	s := SLA{Remaining: c.DueAt.Sub(now), Window: c.DueAt.Sub(c.ReceivedAt)}
	if c.Status.Closed() {
		s.Closed = true
		return s
	}
	s.Waiting = c.Status == StatusInfoRequested
	s.Breached = s.Remaining <= 0
	s.AtRisk = !s.Breached && (s.Remaining < AtRiskWithin || float64(s.Remaining) < 0.2*float64(s.Window))
	return s
}

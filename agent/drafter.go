package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/tools"
)

// AgentActor is who the agent is in the audit log: never a human, so it
// can never record a decision.
var AgentActor = umassist.Actor{ID: "agent", Name: "umassist agent", Role: umassist.RoleAgent}

// ToolsFunc builds a case's tools (clinical + policy), bound to its scope.
type ToolsFunc func(ctx context.Context, c *umassist.Case, scope tools.Scope) ([]tools.Tool, error)

// ReaderFunc returns the FHIR reader of a namespace for the verifier.
type ReaderFunc func(namespace string) ResourceReader

// Drafter runs the agent on one case and verifies the draft; it stores
// nothing (drafting.CaseDrafter does), so the CLI and eval runs use it directly.
type Drafter struct {
	Model   Model
	Limits  Limits
	Options Options
	Tools   ToolsFunc
	Reader  ReaderFunc
	// Packs finds the criteria pack governing each request for the
	// verifier (the same packs the policy tools serve); required.
	Packs tools.PackFinder
	// Passages checks cited passages; nil trusts what the run's policy
	// tools returned.
	Passages PassageChecker
	// Versions tells the verifier which policy versions are in force, so
	// that a stale pack never approves; nil skips the check.
	Versions tools.PolicyVersions
	// Codes describes a service or diagnosis the request names by code
	// alone, so that the model reads, and the policy search looks for,
	// what the code means; nil: codes as the request gives them.
	Codes   CodeDescriber
	NowFunc func() time.Time
}

// CodeDescriber says what a code means by the published code sets
// (scan.CodeList: ICD-10-CM, HCPCS Level II).
type CodeDescriber interface {
	Describe(umassist.Coding) (string, bool)
}

// described is c with a description for each of its request's codes that
// came without one and that d knows; c itself is not changed.
func described(c *umassist.Case, d CodeDescriber) *umassist.Case {
	if d == nil {
		return c
	}
	label := func(cd umassist.Coding) umassist.Coding {
		if cd.Display == "" {
			if s, ok := d.Describe(cd); ok && len(s) <= umassist.MaxDisplayLength {
				cd.Display = s
			}
		}
		return cd
	}
	out := *c
	out.Request.Service = label(c.Request.Service)
	out.Request.Diagnoses = make([]umassist.Coding, len(c.Request.Diagnoses))
	for i, dx := range c.Request.Diagnoses {
		out.Request.Diagnoses[i] = label(dx)
	}
	return &out
}

// Drafted is a verified draft and its trace (a human decision is an
// umassist.Outcome).
type Drafted struct {
	Draft *umassist.Draft
	Trace *Trace
}

func (d *Drafter) now() time.Time {
	if d.NowFunc != nil {
		return d.NowFunc()
	}
	return time.Now()
}

// Draft runs the model on c and verifies what it submits. The trace is
// returned even when the run fails.
func (d *Drafter) Draft(ctx context.Context, c *umassist.Case) (*Drafted, error) {
	if d.Model == nil || d.Tools == nil || d.Reader == nil || d.Packs == nil {
		return nil, errors.New("agent: drafter needs a model, tools, a resource reader and criteria packs")
	}
	c = described(c, d.Codes)
	scope := tools.Scope{CaseID: c.ID, Namespace: c.Namespace, Patient: c.Patient, AsOf: c.Request.Date, Actor: AgentActor}
	ts, err := d.Tools(ctx, c, scope)
	if err != nil {
		return nil, fmt.Errorf("agent: tools for case %s: %w", c.ID, err)
	}
	in := CaseInput{CaseID: c.ID, Patient: c.Patient, Request: c.Request}
	a := &Agent{Model: d.Model, Limits: d.Limits, Options: d.Options, NowFunc: d.NowFunc}
	start := d.now()
	res, err := a.Run(ctx, in, ts)
	out := &Drafted{Trace: res.Trace}
	if err != nil {
		return out, err
	}
	v := &Verifier{Resources: d.Reader(c.Namespace), Packs: d.Packs, Passages: d.Passages, Versions: d.Versions, Namespace: c.Namespace,
		Context: overviewIfSkipped(ctx, ts, res.Outputs)}
	draft := res.Draft
	submitted := draft.Recommendation
	findings, err := v.Verify(ctx, in, draft, res.Outputs)
	if err != nil {
		res.Trace.Ending = err.Error()
		return out, err
	}
	Finalize(draft, findings)
	draft.Citations = Citations(draft.Summary)
	draft.ID = c.ID
	draft.Model = d.Model.Name()
	draft.PromptVersion = PromptVersion
	draft.Tokens = res.Trace.Tokens
	draft.LatencyMS = d.now().Sub(start).Milliseconds()
	draft.CreatedAt = d.now()
	res.Trace.Findings = findings
	res.Trace.Submitted = submitted
	res.Trace.Recommendation = draft.Recommendation
	out.Draft = draft
	return out, nil
}

// overviewIfSkipped takes the patient's overview for the verifier when the
// model never asked for it: what a criterion depends on beyond the cited
// resources (the hospital stays an inpatient's test is timed by) must not
// go unread because a model skipped a tool. A failure leaves the context
// empty; the verifier then judges on what the run read, as before.
func overviewIfSkipped(ctx context.Context, ts []tools.Tool, outs []ToolOutput) []ToolOutput {
	for _, o := range outs {
		if o.Tool == tools.ToolPatientOverview {
			return nil
		}
	}
	t, err := tools.Find(ts, tools.ToolPatientOverview)
	if err != nil {
		return nil
	}
	out, err := t.Call(ctx, json.RawMessage(`{}`))
	if err != nil {
		return nil
	}
	data, err := json.Marshal(out.Data)
	if err != nil {
		return nil
	}
	return []ToolOutput{{Tool: tools.ToolPatientOverview, Data: data, Resources: out.Resources}}
}

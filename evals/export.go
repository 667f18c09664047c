package evals

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

//go:embed sql/reviewed_cases.sql
var reviewedCasesSQL string

// ExportTypes are the resource types a reviewed patient's bundle carries:
// everything the agent's tools read.
var ExportTypes = []string{
	"Condition", "Observation", "MedicationRequest", "MedicationStatement", "Procedure",
	"DiagnosticReport", "DocumentReference", "Encounter", "AllergyIntolerance", "Immunization",
	"ImagingStudy", "CarePlan", "Device", "ServiceRequest", "Coverage",
}

// ExportOptions configure ExportReviews.
type ExportOptions struct {
	Since time.Time
	Out   string
	// Source returns the FHIR source of a namespace (the production store
	// for "").
	Source func(namespace string) umassist.FHIRSource
	// Actor is who exports, for the audit log.
	Actor umassist.Actor
}

// ExportResult says what was exported.
type ExportResult struct {
	Cases    int
	Patients int
	ByGold   map[umassist.Recommendation]int
}

// GoldFromOutcome maps a reviewer's final decision to the recommendation a
// correct draft would have made: an approval is approve; an escalation or
// a physician's denial is refer (the AI never denies, it refers); a
// request for information is request_info.
func GoldFromOutcome(o umassist.Outcome) (umassist.Recommendation, bool) {
	switch o {
	case umassist.OutcomeApproved:
		return umassist.RecommendApprove, true
	case umassist.OutcomeEscalated, umassist.OutcomeDenied:
		return umassist.RecommendRefer, true
	case umassist.OutcomeInfoRequested:
		return umassist.RecommendRequestInfo, true
	}
	return "", false
}

var questionStopwords = map[string]bool{
	"a": true, "an": true, "the": true, "is": true, "are": true, "was": true, "what": true, "which": true,
	"please": true, "provide": true, "send": true, "us": true, "of": true, "for": true, "patient": true,
	"patient's": true, "s": true, "does": true, "do": true, "did": true, "has": true, "have": true, "had": true,
	"to": true, "on": true, "in": true, "and": true, "or": true, "any": true, "can": true, "you": true,
	"confirm": true, "document": true, "documentation": true, "current": true, "most": true, "recent": true,
	"their": true, "his": true, "her": true, "this": true, "that": true, "with": true, "be": true, "there": true,
}

// MissingFromQuestion turns a reviewer's question into a gold missing
// phrase: its content words, which a good draft's question contains too
// ("What is the patient's NYHA class?" → "NYHA class").
func MissingFromQuestion(q string) string {
	var keep []string
	for _, w := range strings.Fields(q) {
		core := strings.Trim(w, ".,;:?!()\"'")
		if core == "" || questionStopwords[strings.ToLower(core)] {
			continue
		}
		keep = append(keep, core)
	}
	if len(keep) == 0 {
		return strings.TrimSpace(q)
	}
	return strings.Join(keep, " ")
}

// ExportReviews turns reviewers' final decisions since opt.Since into a
// SPEC dataset in opt.Out: one case per reviewed production case, gold
// from the human decision, the request as received, and the patient's
// bundle exported from the FHIR store. Reading the bundles is audited.
func ExportReviews(ctx context.Context, q postgres.Querier, opt ExportOptions) (*ExportResult, error) {
	rows, err := q.Query(ctx, reviewedCasesSQL, opt.Since)
	if err != nil {
		return nil, fmt.Errorf("evals: export reviews: %w", err)
	}
	type reviewed struct {
		id, patient, namespace string
		request                []byte
		outcome                string
		reason, question       string
		edited                 string
		override               string
		draft                  []byte
	}
	var list []reviewed
	for rows.Next() {
		var r reviewed
		if err := rows.Scan(&r.id, &r.patient, &r.namespace, &r.request, &r.outcome, &r.reason, &r.question, &r.edited, &r.override, &r.draft); err != nil {
			rows.Close()
			return nil, fmt.Errorf("evals: export reviews: %w", err)
		}
		list = append(list, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("evals: export reviews: %w", err)
	}
	res := &ExportResult{ByGold: map[umassist.Recommendation]int{}}
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	enc.SetEscapeHTML(false)
	exported := map[string]string{}
	for _, r := range list {
		gold, ok := GoldFromOutcome(umassist.Outcome(r.outcome))
		if !ok {
			continue
		}
		var req umassist.ServiceRequest
		if err := json.Unmarshal(r.request, &req); err != nil {
			return nil, fmt.Errorf("evals: export case %s: request: %w", r.id, err)
		}
		file, ok := exported[r.patient]
		if !ok {
			_, id, _ := umassist.SplitRef(r.patient)
			file = "patients/" + unsafeName.ReplaceAllString(id, "_") + ".json"
			if err := exportPatient(ctx, q, opt, r.namespace, r.patient, filepath.Join(opt.Out, filepath.FromSlash(file))); err != nil {
				return nil, err
			}
			exported[r.patient] = file
			res.Patients++
		}
		g := Gold{Recommendation: gold, Rationale: firstNonEmpty(r.reason, r.edited)}
		var d umassist.Draft
		if len(r.draft) > 0 && json.Unmarshal(r.draft, &d) == nil {
			g.Policy = d.Policy
			// The draft's citations are gold only when the reviewer agreed
			// with its recommendation.
			if d.Recommendation == gold {
				g.Evidence = d.Evidence
			}
		}
		if gold == umassist.RecommendRequestInfo && strings.TrimSpace(r.question) != "" {
			g.Missing = []string{MissingFromQuestion(r.question)}
		}
		line := map[string]any{"id": r.id, "patient": file, "request": req, "gold": g, "source": "reviewer"}
		if r.edited != "" {
			line["reviewer_summary"] = r.edited
		}
		if r.override != "" {
			// Why the reviewer decided against the draft: a label for the
			// ML engineer reading where drafts go wrong.
			line["override_code"] = r.override
		}
		if err := enc.Encode(line); err != nil {
			return nil, fmt.Errorf("evals: export case %s: %w", r.id, err)
		}
		res.Cases++
		res.ByGold[gold]++
	}
	if err := writeFile(filepath.Join(opt.Out, "cases.jsonl"), lines.Bytes()); err != nil {
		return nil, err
	}
	readme := fmt.Sprintf("# Reviewed cases exported %s\n\nGold recommendations come from human reviewers' final decisions since %s\n(approved → approve, escalated or denied → refer, information requested → request_info).\nPatient bundles were exported from the umassist FHIR store. Contains PHI: handle as production data.\n",
		time.Now().UTC().Format(time.RFC3339), opt.Since.Format(umassist.DateLayout))
	if err := writeFile(filepath.Join(opt.Out, "README.md"), []byte(readme)); err != nil {
		return nil, err
	}
	return res, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// exportPatient writes one patient's record as a collection Bundle.
func exportPatient(ctx context.Context, q postgres.Querier, opt ExportOptions, ns, patient, path string) error {
	src := opt.Source(ns)
	p, err := src.Read(ctx, patient)
	if err != nil {
		return fmt.Errorf("evals: export %s: %w", patient, err)
	}
	type entry struct {
		FullURL  string          `json:"fullUrl"`
		Resource json.RawMessage `json:"resource"`
	}
	entries := []entry{{FullURL: p.Ref(), Resource: p.Raw}}
	refs := []string{p.Ref()}
	const page = 500
	for _, typ := range ExportTypes {
		for off := 0; ; off += page {
			rs, err := src.Search(ctx, umassist.FHIRQuery{Type: typ, Patient: patient, Oldest: true, Offset: off, Limit: page})
			if err != nil {
				return fmt.Errorf("evals: export %s %s: %w", patient, typ, err)
			}
			for _, r := range rs {
				entries = append(entries, entry{FullURL: r.Ref(), Resource: r.Raw})
				refs = append(refs, r.Ref())
			}
			if len(rs) < page {
				break
			}
		}
	}
	detail, _ := json.Marshal(map[string]any{"resources": len(refs), "purpose": "eval dataset export"})
	if _, err := postgres.AppendAudit(ctx, q, umassist.AuditEntry{
		Namespace: ns, Actor: opt.Actor, Action: "eval.export_patient", Patient: patient, Detail: detail,
	}); err != nil {
		return fmt.Errorf("evals: export %s: audit: %w", patient, err)
	}
	b, err := json.Marshal(map[string]any{"resourceType": "Bundle", "type": "collection", "entry": entries})
	if err != nil {
		return fmt.Errorf("evals: export %s: %w", patient, err)
	}
	return writeFile(path, b)
}

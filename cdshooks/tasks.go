package cdshooks

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/postgres"
)

// Tasks sends a reviewer's question to the ordering clinician's inbox in
// the EHR the order came from: a FHIR Task on the order, owned by the
// ordering user, carrying the question and the single-use answer link,
// posted with the SMART Backend Services credentials the EHR issued
// (Client.EHRWrite). Cases that did not come from such an EHR's order are
// ENOTFOUND: the reviewer sends the link another way.
type Tasks struct {
	Clients *Clients
	DB      postgres.Querier
	HTTP    *http.Client
	NowFunc func() time.Time
}

func (t *Tasks) now() time.Time {
	if t.NowFunc != nil {
		return t.NowFunc()
	}
	return time.Now()
}

// SendQuestion posts the Task and returns its reference in the EHR.
func (t *Tasks) SendQuestion(ctx context.Context, q umassist.ClinicianQuestion) (string, error) {
	o, err := postgres.OrderOfCase(ctx, t.DB, q.CaseID)
	if err != nil {
		return "", err
	}
	c := t.Clients.byClientID(o.CDSClient)
	if c == nil || c.EHRWrite == nil {
		return "", umassist.Errorf(umassist.ENOTFOUND, "the EHR the order came from takes no Tasks from umassist")
	}
	w := c.EHRWrite
	opts := []fhir.ClientOption{fhir.WithSMART(fhir.SMARTConfig{ClientID: w.ClientID, Key: c.write, KeyID: w.KeyID,
		Scope: "system/Task.write", TokenURL: w.TokenURL}), fhir.WithRetries(1, 200*time.Millisecond)}
	if t.HTTP != nil {
		opts = append(opts, fhir.WithHTTPClient(t.HTTP))
	}
	ehr, err := fhir.NewClient(w.URL, opts...)
	if err != nil {
		return "", err
	}
	task := map[string]any{
		"resourceType": "Task",
		"status":       "requested",
		"intent":       "order",
		"priority":     "routine",
		"code":         map[string]any{"text": "Answer a prior-authorization reviewer's question"},
		"description":  q.Question,
		"focus":        map[string]string{"reference": o.Order},
		"for":          map[string]string{"reference": q.Patient},
		"authoredOn":   t.now().UTC().Format(time.RFC3339),
		"restriction":  map[string]any{"period": map[string]string{"end": q.Expires.UTC().Format(time.RFC3339)}},
		"input": []map[string]any{{
			"type":     map[string]string{"text": "Answer here (single use)"},
			"valueUrl": q.AnswerURL,
		}},
	}
	if o.Clinician != "" {
		task["owner"] = map[string]string{"reference": o.Clinician}
	}
	raw, err := json.Marshal(task)
	if err != nil {
		return "", fmt.Errorf("cdshooks: task: %w", err)
	}
	ref, err := ehr.Create(ctx, "Task", raw)
	if err != nil {
		return "", fmt.Errorf("cdshooks: post the question to %s: %w", w.URL, err)
	}
	detail, _ := json.Marshal(map[string]string{"channel": "ehr-task", "ehr": w.URL, "task": ref, "client": c.ClientID})
	if _, err := postgres.AppendAudit(ctx, t.DB, umassist.AuditEntry{Actor: q.AskedBy, Action: "query.sent", CaseID: q.CaseID,
		Patient: q.Patient, Resources: []string{o.Order}, Detail: detail}); err != nil {
		return ref, err
	}
	return ref, nil
}

package postgres

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/umassist/umassist"
)

// QueueFilter selects the review queue.
type QueueFilter struct {
	Namespace string
	Statuses  []umassist.CaseStatus
	Urgency   umassist.Urgency
	Payer     string
	Service   string // service code
	// Client is one client's cases (of those the person may see).
	Client string
	// Policy is the governing policy the latest draft names ("NCD 20.4").
	Policy string
	// Mine, a user id: only the cases that user holds a claim on or an
	// operator assigned to them.
	Mine   string
	Cursor string // from a previous page's next cursor
	Limit  int
}

// QueueItem is one row of the queue: the case with its latest draft's
// recommendation and confidence, and its live claim.
type QueueItem struct {
	Case           *umassist.Case          `json:"case"`
	Recommendation umassist.Recommendation `json:"recommendation,omitempty"`
	Confidence     *float64                `json:"confidence,omitempty"`
	DraftVersion   int                     `json:"draft_version,omitempty"`
	Policy         string                  `json:"policy,omitempty"`
	Claim          *Claim                  `json:"claim,omitempty"`
	// Assignee and Priority are what an operator set (the command centre):
	// a higher priority comes first.
	Assignee     string `json:"assignee,omitempty"`
	AssigneeName string `json:"assignee_name,omitempty"`
	Priority     int    `json:"priority,omitempty"`
	// Member and BirthDate are read from the case's Patient record, for a
	// reviewer to know whose case it is at a glance.
	Member    string `json:"member,omitempty"`
	BirthDate string `json:"birth_date,omitempty"`
}

type queueCursor struct {
	Prio int       `json:"p,omitempty"`
	Due  time.Time `json:"d"`
	Conf float64   `json:"c"`
	ID   string    `json:"i"`
}

// noConfidence sorts undrafted cases after drafted ones at the same due
// time.
const noConfidence = 2.0

// ListQueue returns cases by the priority an operator set (highest first),
// then due time (soonest first), then the draft's confidence (least
// confident first: it needs the most attention), then id, with a keyset
// cursor for the next page ("" at the end).
func (s *ReviewStore) ListQueue(ctx context.Context, f QueueFilter) ([]QueueItem, string, error) {
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	var cur queueCursor
	hasCur := false
	if f.Cursor != "" {
		b, err := base64.RawURLEncoding.DecodeString(f.Cursor)
		if err != nil || json.Unmarshal(b, &cur) != nil || cur.ID == "" {
			return nil, "", umassist.Errorf(umassist.EINVALID, "cursor %q is not valid", f.Cursor)
		}
		hasCur = true
	}
	st := make([]string, len(f.Statuses))
	for i, x := range f.Statuses {
		st[i] = string(x)
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT c.id, c.namespace, c.patient_ref, c.request, c.status, c.received_at, c.due_at, c.updated_at, c.client_id,
			coalesce(d.recommendation, ''), d.confidence, coalesce(d.version, 0), coalesce(d.policy, ''),
			cl.user_id, cl.user_name, cl.claimed_at, cl.expires_at,
			coalesce(a.assignee, ''), coalesce(nullif(u.display_name, ''), u.name, ''), coalesce(a.priority, 0),
			coalesce(nullif(p.resource->'name'->0->>'text', ''), concat_ws(' ',
				(SELECT string_agg(g, ' ') FROM jsonb_array_elements_text(coalesce(p.resource->'name'->0->'given', '[]')) g),
				p.resource->'name'->0->>'family'), ''),
			coalesce(p.resource->>'birthDate', '')
		FROM cases c
		LEFT JOIN LATERAL (SELECT version, recommendation, confidence, policy FROM drafts WHERE case_id = c.id ORDER BY version DESC LIMIT 1) d ON true
		LEFT JOIN case_claims cl ON cl.case_id = c.id AND cl.expires_at > $9
		LEFT JOIN case_assignments a ON a.case_id = c.id
		LEFT JOIN users u ON u.id = a.assignee
		LEFT JOIN fhir_resources p ON p.namespace = c.namespace AND p.type = 'Patient' AND 'Patient/' || p.id = c.patient_ref
		WHERE c.namespace = $1
			AND (cardinality($2::text[]) = 0 OR c.status = ANY($2))
			AND ($3 = '' OR c.urgency = $3)
			AND ($4 = '' OR c.payer = lower($4))
			AND ($5 = '' OR c.service_code = $5)
			AND ($14 = '' OR d.policy = $14)
			AND ($15 = '' OR c.client_id = $15)
			AND ($12 = '' OR cl.user_id = $12 OR a.assignee = $12)
			AND (NOT $6 OR (-coalesce(a.priority, 0), c.due_at, coalesce(d.confidence, 2.0), c.id) > ($13, $7, $8, $10))
		ORDER BY -coalesce(a.priority, 0), c.due_at, coalesce(d.confidence, 2.0), c.id
		LIMIT $11`,
		f.Namespace, st, string(f.Urgency), f.Payer, f.Service, hasCur, cur.Due, cur.Conf, s.now(), cur.ID, f.Limit+1, f.Mine, -cur.Prio, f.Policy, f.Client)
	if err != nil {
		return nil, "", fmt.Errorf("queue: list: %w", err)
	}
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var c umassist.Case
		var req []byte
		var status, rec string
		var it QueueItem
		var uid, uname *string
		var cat, cexp *time.Time
		if err := rows.Scan(&c.ID, &c.Namespace, &c.Patient, &req, &status, &c.ReceivedAt, &c.DueAt, &c.UpdatedAt, &c.Client,
			&rec, &it.Confidence, &it.DraftVersion, &it.Policy, &uid, &uname, &cat, &cexp,
			&it.Assignee, &it.AssigneeName, &it.Priority, &it.Member, &it.BirthDate); err != nil {
			return nil, "", fmt.Errorf("queue: scan: %w", err)
		}
		c.Status = umassist.CaseStatus(status)
		if err := json.Unmarshal(req, &c.Request); err != nil {
			return nil, "", fmt.Errorf("queue: case %s request: %w", c.ID, err)
		}
		it.Case, it.Recommendation = &c, umassist.Recommendation(rec)
		if uid != nil {
			it.Claim = &Claim{CaseID: c.ID, UserID: *uid, UserName: *uname, ClaimedAt: *cat, ExpiresAt: *cexp}
		}
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("queue: list: %w", err)
	}
	next := ""
	if len(out) > f.Limit {
		out = out[:f.Limit]
		last := out[len(out)-1]
		conf := noConfidence
		if last.Confidence != nil {
			conf = *last.Confidence
		}
		b, _ := json.Marshal(queueCursor{Prio: last.Priority, Due: last.Case.DueAt, Conf: conf, ID: last.Case.ID})
		next = base64.RawURLEncoding.EncodeToString(b)
	}
	return out, next, nil
}

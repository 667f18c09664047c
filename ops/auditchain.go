package ops

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// The audit log is append-only by trigger and grant, but an owner of the
// database can switch triggers off. Sealing makes that visible: each
// sealed row's hash is SHA-256 over the previous hash and the row, so
// changing or removing any sealed row breaks every hash after it, and a
// head hash kept outside the database (printed by umassist audit seal)
// shows whether the chain itself was rewritten.

// sealGrace leaves the newest rows unsealed for a while: ids are given
// out at insert, but a transaction may commit after a later one, and a row
// that commits below the sealed head could never be sealed.
const sealGrace = 2 * time.Minute

// sealLock serialises sealers (serve instances, the CLI).
const sealLock = 0x5ea1_0a0d17

// digest is a row's link in the chain.
func digest(prev []byte, e umassist.AuditEntry) []byte {
	canon, _ := json.Marshal(struct {
		ID        int64           `json:"id"`
		At        string          `json:"at"`
		Namespace string          `json:"ns"`
		ActorID   string          `json:"actor"`
		Role      string          `json:"role"`
		Action    string          `json:"action"`
		CaseID    string          `json:"case"`
		Patient   string          `json:"patient"`
		Resources []string        `json:"resources"`
		Purpose   string          `json:"purpose"`
		Outcome   string          `json:"outcome"`
		Detail    json.RawMessage `json:"detail"`
	}{e.ID, e.At.UTC().Format(time.RFC3339Nano), e.Namespace, e.Actor.ID, string(e.Actor.Role), e.Action, e.CaseID, e.Patient,
		e.Resources, e.Purpose, e.Outcome, compact(e.Detail)})
	h := sha256.New()
	h.Write(prev)
	h.Write(canon)
	return h.Sum(nil)
}

func compact(raw json.RawMessage) json.RawMessage {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return raw
	}
	return b.Bytes()
}

// Seal extends the chain over the rows written since the last seal (all
// but the newest few minutes') and returns how many it sealed and the
// head: the last sealed row and its hash, to keep outside the database.
func Seal(ctx context.Context, pool *pgxpool.Pool, now time.Time) (n int, headID int64, head string, err error) {
	err = postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(sealLock)); err != nil {
			return fmt.Errorf("audit seal: lock: %w", err)
		}
		var prev []byte
		err := tx.QueryRow(ctx, `SELECT audit_id, hash FROM audit_chain ORDER BY audit_id DESC LIMIT 1`).Scan(&headID, &prev)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("audit seal: head: %w", err)
		}
		for {
			rows, err := postgres.ListAudit(ctx, tx, postgres.AuditFilter{AfterID: headID, Limit: 1000})
			if err != nil {
				return err
			}
			sealed := 0
			for _, e := range rows {
				if e.At.After(now.Add(-sealGrace)) {
					break
				}
				prev = digest(prev, e)
				if _, err := tx.Exec(ctx, `INSERT INTO audit_chain (audit_id, hash) VALUES ($1, $2)`, e.ID, prev); err != nil {
					return fmt.Errorf("audit seal: %w", err)
				}
				headID, sealed = e.ID, sealed+1
			}
			n += sealed
			if sealed < len(rows) || len(rows) < 1000 {
				break
			}
		}
		head = hex.EncodeToString(prev)
		return nil
	})
	return n, headID, head, err
}

// ChainReport is what verifying the chain found.
type ChainReport struct {
	Sealed   int    `json:"sealed"`    // sealed rows checked
	Unsealed int    `json:"unsealed"`  // rows below the head that were never sealed
	HeadID   int64  `json:"head_id"`   // last sealed row
	Head     string `json:"head"`      // its hash
	Anchor   string `json:"anchor"`    // the head hash given to check against
	AnchorAt int64  `json:"anchor_at"` // the row whose hash it is, 0 when not found
	// Broken names the first sealed row that no longer matches its seal
	// (changed or removed), 0 when none.
	Broken int64  `json:"broken"`
	Why    string `json:"why,omitempty"`
}

// OK reports whether the chain holds (and, with an anchor, contains it).
func (r *ChainReport) OK() bool { return r.Broken == 0 && (r.Anchor == "" || r.AnchorAt != 0) }

// Verify recomputes the chain from the rows as they are now. anchor, a
// head hash printed by an earlier seal and kept elsewhere, must appear in
// the chain; without one, only the rows against their seals are checked
// (a rewritten chain needs the anchor to be seen).
func Verify(ctx context.Context, q postgres.Querier, anchor string) (*ChainReport, error) {
	rep := &ChainReport{Anchor: anchor}
	rows, err := q.Query(ctx, `SELECT audit_id, hash FROM audit_chain ORDER BY audit_id`)
	if err != nil {
		return nil, fmt.Errorf("audit verify: %w", err)
	}
	type seal struct {
		id   int64
		hash []byte
	}
	seals, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (seal, error) {
		var s seal
		return s, r.Scan(&s.id, &s.hash)
	})
	if err != nil {
		return nil, fmt.Errorf("audit verify: %w", err)
	}
	var prev []byte
	var after int64
	i := 0
	for i < len(seals) && rep.Broken == 0 {
		entries, err := postgres.ListAudit(ctx, q, postgres.AuditFilter{AfterID: after, Limit: 1000})
		if err != nil {
			return nil, err
		}
		if len(entries) == 0 {
			rep.Broken, rep.Why = seals[i].id, fmt.Sprintf("row %d was sealed and is gone", seals[i].id)
			break
		}
		for _, e := range entries {
			after = e.ID
			for i < len(seals) && seals[i].id < e.ID {
				rep.Broken, rep.Why = seals[i].id, fmt.Sprintf("row %d was sealed and is gone", seals[i].id)
				break
			}
			if rep.Broken != 0 || i == len(seals) {
				break
			}
			if seals[i].id > e.ID {
				rep.Unsealed++
				continue
			}
			prev = digest(prev, e)
			if !bytes.Equal(prev, seals[i].hash) {
				rep.Broken, rep.Why = e.ID, fmt.Sprintf("row %d changed after it was sealed", e.ID)
				break
			}
			if anchor != "" && hex.EncodeToString(prev) == anchor {
				rep.AnchorAt = e.ID
			}
			rep.Sealed++
			rep.HeadID, rep.Head = e.ID, hex.EncodeToString(prev)
			i++
		}
	}
	if rep.Broken == 0 && anchor != "" && rep.AnchorAt == 0 {
		rep.Why = "the head hash kept outside is not in the chain: the chain was rewritten, or the anchor is from another database"
	}
	return rep, nil
}

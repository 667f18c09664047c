package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
)

// EvalNamespacePrefix starts every eval run's namespace and
// ReviewNamespacePrefix every `umassist review` run's: the temporary
// namespaces, the only ones that may be dropped wholesale.
const (
	EvalNamespacePrefix   = "eval-"
	ReviewNamespacePrefix = "review-"
)

// appendOnly are history tables that keep their rows forever, eval runs'
// included.
var appendOnly = map[string]bool{"audit_log": true}

// DropNamespace deletes every row of an eval namespace from every table
// that has a namespace column (FHIR resources, notes, policies, passages,
// cases and their drafts), except the append-only history. Tables are
// found in the catalogue, so a capability that adds a namespaced table is
// cleaned without changes here. It refuses production ("") and anything
// not named eval-* or review-*.
func DropNamespace(ctx context.Context, pool *pgxpool.Pool, ns string) (int64, error) {
	temporary := false
	for _, p := range []string{EvalNamespacePrefix, ReviewNamespacePrefix} {
		temporary = temporary || strings.HasPrefix(ns, p) && len(ns) > len(p)
	}
	if !temporary {
		return 0, umassist.Errorf(umassist.EFORBIDDEN, "drop namespace: %q is not a temporary (eval or review) namespace", ns)
	}
	var total int64
	err := InTx(ctx, pool, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			SELECT c.table_name FROM information_schema.columns c
			JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
			WHERE c.table_schema = current_schema() AND c.column_name = 'namespace' AND t.table_type = 'BASE TABLE'
			ORDER BY c.table_name`)
		if err != nil {
			return fmt.Errorf("drop namespace: tables: %w", err)
		}
		tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("drop namespace: tables: %w", err)
		}
		var pending []string
		for _, t := range tables {
			if !appendOnly[t] {
				pending = append(pending, t)
			}
		}
		// Foreign keys between namespaced tables decide the order; rather
		// than read them, retry what a reference blocked until nothing moves.
		for len(pending) > 0 {
			var blocked []string
			var lastErr error
			for _, t := range pending {
				n, err := deleteNamespaceRows(ctx, tx, t, ns)
				if err != nil {
					blocked, lastErr = append(blocked, t), err
					continue
				}
				total += n
			}
			if len(blocked) == len(pending) {
				return fmt.Errorf("drop namespace %s: %w", ns, lastErr)
			}
			pending = blocked
		}
		return nil
	})
	return total, err
}

// deleteNamespaceRows deletes one table's rows in a savepoint, so a
// foreign-key refusal leaves the transaction usable. The table name comes
// from the catalogue and is quoted as an identifier, never taken from input.
func deleteNamespaceRows(ctx context.Context, tx pgx.Tx, table, ns string) (int64, error) {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return 0, err
	}
	tag, err := sp.Exec(ctx, "DELETE FROM "+pgx.Identifier{table}.Sanitize()+" WHERE namespace = $1", ns)
	if err != nil {
		_ = sp.Rollback(ctx)
		return 0, err
	}
	return tag.RowsAffected(), sp.Commit(ctx)
}

// CorpusFingerprint hashes the standard policy corpus (every policy
// version's content hash), so an eval cache knows when the corpus changed.
func CorpusFingerprint(ctx context.Context, q Querier) (string, error) {
	var fp string
	err := q.QueryRow(ctx, `
		SELECT coalesce(md5(string_agg(policy_id || '@' || version || ':' || content_hash, ',' ORDER BY policy_id, version)), '')
		FROM policies WHERE namespace = ''`).Scan(&fp)
	if err != nil {
		return "", fmt.Errorf("corpus fingerprint: %w", err)
	}
	return fp, nil
}

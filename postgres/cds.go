package postgres

import (
	"context"
	"fmt"
	"time"
)

// ClaimJTI records that a CDS client's token id was used; it reports false
// when (issuer, jti) was already claimed and has not expired, which is a
// replayed token. Expired claims are swept on the way.
func ClaimJTI(ctx context.Context, q Querier, issuer, jti string, expires, now time.Time) (bool, error) {
	if _, err := q.Exec(ctx, `DELETE FROM cds_jtis WHERE expires_at < $1`, now); err != nil {
		return false, fmt.Errorf("cds: sweep token ids: %w", err)
	}
	tag, err := q.Exec(ctx, `INSERT INTO cds_jtis (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, issuer, jti, expires)
	if err != nil {
		return false, fmt.Errorf("cds: claim token id: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

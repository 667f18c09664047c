package agent

import (
	"context"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

// PassageStore looks a passage up by id (the retrieval store does).
type PassageStore interface {
	Passage(ctx context.Context, namespace, id string) (*retrieval.Hit, error)
}

// StorePassages checks cited passages against the policy corpus.
type StorePassages struct{ Store PassageStore }

var _ PassageChecker = StorePassages{}

// CheckPassage implements PassageChecker.
func (s StorePassages) CheckPassage(ctx context.Context, namespace, id string, asOf time.Time) (exists, inForce bool, err error) {
	h, err := s.Store.Passage(ctx, namespace, id)
	if umassist.ErrorCode(err) == umassist.ENOTFOUND {
		return false, false, nil
	}
	if err != nil {
		return false, false, err
	}
	if asOf.IsZero() {
		return true, true, nil
	}
	end := umassist.Date{Time: asOf}.EndOfDay()
	inForce = (h.Effective.IsZero() || !h.Effective.After(end)) && (h.Terminated.IsZero() || h.Terminated.After(asOf))
	return true, inForce, nil
}

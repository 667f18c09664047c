package server_test

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// enqueueFunc is a hand-written fake of postgres.Enqueuer.
type enqueueFunc func(caseID string)

func (f enqueueFunc) EnqueueReviewTx(_ context.Context, _ pgx.Tx, caseID string, _ int) error {
	f(caseID)
	return nil
}

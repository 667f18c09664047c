package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/fhir"
)

// evalPipeline wires the production drafting pipeline for eval runs.
func (a *app) evalPipeline(ctx context.Context, cmd *cli.Command, spec modelSpec, cache *evals.Cache) (*evalPipeline, error) {
	return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "eval: the agent is not in this build yet")
}

// fhirSourceFunc returns the FHIR store's sources by namespace.
var fhirSourceFunc = func(pool *pgxpool.Pool) (func(ns string) umassist.FHIRSource, error) {
	return fhir.NewStore(pool).Source, nil
}

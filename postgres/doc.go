// Package postgres is umassist's storage on PostgreSQL with pgvector: the
// connection pool (with pgvector types registered on every connection), the
// versioned schema (embedded, numbered migrations plus River's own), and the
// repositories for review cases, drafts, reviewer actions and the
// append-only audit log.
//
// Rules that must hold whatever the code above does are written into the
// schema as well: the audit log rejects UPDATE, DELETE and TRUNCATE, and a
// denial cannot be stored without a physician reviewer and a reason that
// cites a policy passage.
//
// Migrations are numbered by capability so that packages can add tables
// without colliding: 0001-0099 platform, 0100s FHIR store, 0200s policies and
// retrieval, 0300s agent, 0400s reviewer workflow and auth, 0500s evals,
// 0600s operations.
//
// Subpackages: cluster starts a private PostgreSQL for development, tests
// and the demo; pgtest gives every test its own database.
package postgres

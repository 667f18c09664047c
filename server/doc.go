// Package server is umassist's HTTP face: the versioned JSON intake and
// review API under /api/v1, the server-rendered reviewer UI for nurses and
// physicians, sign-in (local accounts with a TOTP second factor, OIDC, and
// hashed API tokens for service callers), and the one function that turns
// domain error codes into HTTP status (RFC 9457 problem documents).
//
// Every route is registered with an access rule (who may call it), so the
// authorization test can walk the router and fail on a route without one.
// Every view of patient data and every reviewer action is written to the
// append-only audit log.
//
// It must not decide cases by itself, draft cases, or hold business rules
// that belong to the workflow (umassist.CheckTransition) or the domain
// (umassist.ReviewAction.Validate): it calls them. Nor does it reach a
// database: what it reads and writes goes through the small interfaces
// stores.go declares (Records, Accounts, Workflow, Intake, CaseCreator,
// PackEditor), which postgres provides and cmd/umassist wires. A signed-in
// person's requests carry them to storage (postgres.AsUser), where their
// clients bound what is returned.
package server

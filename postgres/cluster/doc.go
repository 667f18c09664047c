// Package cluster runs a private PostgreSQL cluster in a project folder for
// development, the tests and the demo, so that nothing has to be started by
// hand: initdb on first use, pg_ctl to start and stop, a unix socket with
// trust authentication plus a free loopback port with a generated password.
//
// PostgreSQL refuses to run as root, and CI runs as root: then the cluster
// runs as the "postgres" system user, which owns the data folder.
//
// Production never uses this package: it sets DATABASE_URL.
package cluster

// Command umassist is the one binary: the CLI, the API and reviewer UI
// server, and the agent workers. It is the only place that reads
// configuration and wires packages together; every subcommand lives in its
// own file and is listed in commands() in main.go.
//
// Every flag has an environment variable, UMASSIST_<FLAG> (DATABASE_URL is
// also read as is). Exit codes: 0 success, 1 failure, 2 usage error, 3 a
// gate or check failed.
package main

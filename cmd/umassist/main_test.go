package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/postgres/pgtest"
)

// runCLI runs the binary's entry point in-process.
func runCLI(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"umassist"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// runApp is runCLI with a's dependencies (a fake eval pipeline).
func runApp(t *testing.T, a *app, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	a.stdout, a.stderr = &out, &errb
	code = a.run(context.Background(), append([]string{"umassist"}, args...))
	return code, out.String(), errb.String()
}

func TestCLIBasics(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		code     int
		contains string
	}{
		{"version", []string{"version"}, nil, exitOK, "umassist dev"},
		{"help lists db", []string{"--help"}, nil, exitOK, "db"},
		{"db help lists subcommands", []string{"db", "--help"}, nil, exitOK, "migrate"},
		{"env var shown in help", []string{"--help"}, nil, exitOK, "UMASSIST_DATABASE_URL"},
		{"unknown command", []string{"frobnicate"}, nil, exitUsage, "frobnicate"},
		{"unknown flag", []string{"--frob", "db", "status"}, nil, exitUsage, "frob"},
		{"bad log level", []string{"--log-level", "loud", "version"}, nil, exitUsage, "log-level"},
		{"malformed database url", []string{"db", "status"}, map[string]string{"DATABASE_URL": "postgres://u:secretpw@host:notaport/db"}, exitFailure, "DATABASE_URL"},
		{"unreachable database", []string{"db", "migrate"}, map[string]string{"DATABASE_URL": "postgres://u:secretpw@127.0.0.1:1/db?connect_timeout=2"}, exitFailure, "is the server running"},
		{"db stop refuses a foreign server", []string{"db", "stop"}, map[string]string{"DATABASE_URL": "postgres://u@127.0.0.1:1/db"}, exitUsage, "private cluster only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.env, tt.args...)
			require.Equal(t, tt.code, code, "stdout=%s stderr=%s", stdout, stderr)
			require.Contains(t, stdout+stderr, tt.contains)
			require.NotContains(t, stdout+stderr, "secretpw", "passwords never printed")
		})
	}
}

func TestDBMigrateAndStatus(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	code, stdout, stderr := runCLI(t, env, "db", "migrate")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "schema is up to date")
	code, stdout, stderr = runCLI(t, env, "db", "status")
	require.Equal(t, exitOK, code, stderr)
	for _, want := range []string{"pgvector", "0 pending", "river"} {
		require.True(t, strings.Contains(stdout, want), "status lacks %q:\n%s", want, stdout)
	}
}

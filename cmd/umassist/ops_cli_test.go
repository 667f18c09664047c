package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
)

// runWith runs the CLI in-process with a database URL flag (not the
// environment, so the test can run in parallel).
func runWith(url string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"umassist", "--database-url", url}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestReportAndAuditCommands(t *testing.T) {
	t.Parallel()
	q := newQueueDB(t)
	ids := q.submit(t, 3)
	ctx := context.Background()
	d := &ops.SyntheticDrafter{Pool: q.pool}
	for _, id := range ids {
		require.NoError(t, d.DraftCase(ctx, id))
	}
	nurse := umassist.Actor{ID: "u-nurse", Role: umassist.RoleNurse}
	require.NoError(t, postgres.InTx(ctx, q.pool, func(tx pgx.Tx) error {
		_, err := postgres.RecordAction(ctx, tx, umassist.ReviewAction{CaseID: ids[0], Actor: nurse, Outcome: umassist.OutcomeApproved})
		return err
	}))
	year := strconv.Itoa(time.Now().UTC().Year())

	t.Run("cms-0057f json", func(t *testing.T) {
		code, stdout, stderr := runWith(q.url, "report", "cms-0057f", "--year", year)
		require.Equal(t, exitOK, code, stderr)
		var r ops.CMS0057F
		require.NoError(t, json.Unmarshal([]byte(stdout), &r))
		require.Equal(t, 3, r.Requests)
		require.Equal(t, 1, r.Determined)
		require.Equal(t, 100.0, r.PercentApproved)
	})
	t.Run("cms-0057f csv", func(t *testing.T) {
		code, stdout, stderr := runWith(q.url, "report", "cms-0057f", "--year", year, "--format", "csv")
		require.Equal(t, exitOK, code, stderr)
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		require.NoError(t, err)
		require.Contains(t, rows, []string{"requests", "all", "3"})
	})
	t.Run("cms-0057f bad format", func(t *testing.T) {
		code, _, stderr := runWith(q.url, "report", "cms-0057f", "--format", "xml")
		require.Equal(t, exitUsage, code)
		require.Contains(t, stderr, "json or csv")
	})

	t.Run("audit export to a file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "audit.ndjson")
		code, _, stderr := runWith(q.url, "audit", "export", "--since", time.Now().UTC().Format("2006-01-02"), "--out", out)
		require.Equal(t, exitOK, code, stderr)
		f, err := os.Open(out)
		require.NoError(t, err)
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		actions := map[string]bool{}
		for sc.Scan() {
			var ev ops.AuditEvent
			require.NoError(t, json.Unmarshal(sc.Bytes(), &ev))
			require.NoError(t, ops.ValidateAuditEvent(ev))
			actions[ev.Entity[len(ev.Entity)-1].Detail[0].ValueString] = true
			n++
		}
		require.NoError(t, sc.Err())
		all, err := postgres.ListAudit(ctx, q.pool, postgres.AuditFilter{})
		require.NoError(t, err)
		require.Equal(t, len(all), n)
		for _, a := range []string{"case.create", "draft.save", "review.approved"} {
			require.True(t, actions[a], a)
		}
		require.Contains(t, stderr, "wrote "+strconv.Itoa(n)+" audit events")
	})
	t.Run("audit export to stdout, nothing in the future", func(t *testing.T) {
		code, stdout, stderr := runWith(q.url, "audit", "export", "--since", time.Now().UTC().AddDate(0, 0, 2).Format("2006-01-02"))
		require.Equal(t, exitOK, code, stderr)
		require.Empty(t, stdout)
	})
	t.Run("audit export bad date", func(t *testing.T) {
		code, _, stderr := runWith(q.url, "audit", "export", "--since", "yesterday")
		require.Equal(t, exitUsage, code)
		require.Contains(t, stderr, "--since")
	})
	t.Run("worker refuses bad flags", func(t *testing.T) {
		for _, args := range [][]string{
			{"worker", "--drafter", "magic"},
			{"worker", "--workers", "0"},
			{"worker", "--job-timeout", "10m", "--rescue-after", "1m"},
		} {
			code, _, stderr := runWith(q.url, args...)
			require.Equal(t, exitUsage, code, "%v: %s", args, stderr)
		}
	})
}

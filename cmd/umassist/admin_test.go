package main

import (
	"context"
	"crypto/sha256"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/openaitest"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
)

// An administrator ends a person's access from the command line: one API
// token, all of them, or the account (its sessions and tokens at once);
// each change is audited.
func TestAccountLifecycleCommands(t *testing.T) {
	ctx := context.Background()
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	cli := func(want int, args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, env, append([]string{"serve"}, args...)...)
		require.Equal(t, want, code, errOut)
		return out + errOut
	}
	cli(exitOK, "user-add", "--role", "nurse", "--password", "nurse-pass-12", "nina")
	tok1 := strings.TrimSpace(cli(exitOK, "token-add", "--label", "laptop", "nina"))
	tok2 := strings.TrimSpace(cli(exitOK, "token-add", "--label", "script", "nina"))
	pool, err := pgxpool.New(ctx, url)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	live := func(tok string) bool {
		h := sha256.Sum256([]byte(tok))
		_, err := postgres.APITokenUser(ctx, pool, h[:], time.Now())
		return err == nil
	}
	require.True(t, live(tok1))
	require.True(t, live(tok2))
	list := cli(exitOK, "token-list", "nina")
	require.Contains(t, list, "laptop")
	require.Contains(t, list, "script")
	require.NotContains(t, list, tok1, "a token is never shown again")
	id := regexp.MustCompile(`(?m)^(\d+)\s+laptop`).FindStringSubmatch(list)[1]

	cli(exitUsage, "token-revoke", "nina")
	cli(exitOK, "token-revoke", "--id", id, "nina")
	require.False(t, live(tok1))
	require.True(t, live(tok2))
	require.Contains(t, cli(exitOK, "token-list", "nina"), "revoked")

	u, err := postgres.GetUserByName(ctx, pool, "nina")
	require.NoError(t, err)
	require.NoError(t, postgres.CreateSession(ctx, pool, postgres.Session{TokenHash: []byte("session-hash-1"), UserID: u.ID, CSRFToken: "c",
		CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	cli(exitOK, "user-disable", "nina")
	require.False(t, live(tok2), "a disabled account's tokens end")
	_, _, err = postgres.SessionUser(ctx, pool, []byte("session-hash-1"), time.Now())
	require.Equal(t, umassist.EUNAUTHORIZED, umassist.ErrorCode(err), "and its sessions")
	cli(exitOK, "user-enable", "nina")
	require.False(t, live(tok2), "enabling again does not bring revoked tokens back")
	cli(exitFailure, "user-disable", "nobody")

	var actions []string
	rows, err := pool.Query(ctx, `SELECT action FROM audit_log WHERE action IN ('token.revoke', 'user.disable', 'user.enable') ORDER BY id`)
	require.NoError(t, err)
	for rows.Next() {
		var a string
		require.NoError(t, rows.Scan(&a))
		actions = append(actions, a)
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{"token.revoke", "user.disable", "user.enable"}, actions)
}

// `umassist audit seal` prints the head to keep; `audit verify` holds the
// log to it and exits 3 when a sealed row was changed.
func TestAuditSealAndVerifyCommands(t *testing.T) {
	ctx := context.Background()
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	pool, err := pgxpool.New(ctx, url)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	for range 3 {
		_, err := postgres.AppendAudit(ctx, pool, umassist.AuditEntry{At: time.Now().Add(-time.Hour), Actor: umassist.Actor{ID: "u", Role: umassist.RoleNurse}, Action: "case.read"})
		require.NoError(t, err)
	}
	code, out, errOut := runCLI(t, env, "audit", "seal")
	require.Equal(t, exitOK, code, errOut)
	head := regexp.MustCompile(`head: row \d+, ([0-9a-f]{64})`).FindStringSubmatch(out)
	require.NotNil(t, head, out)
	code, out, errOut = runCLI(t, env, "audit", "verify", "--anchor", head[1])
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "the audit log holds")

	tx, err := pool.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, `SET LOCAL session_replication_role = replica`)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, `UPDATE audit_log SET actor_id = 'someone-else' WHERE id = (SELECT min(id) FROM audit_log)`)
	require.NoError(t, err)
	require.NoError(t, tx.Commit(ctx))
	code, _, errOut = runCLI(t, env, "audit", "verify", "--anchor", head[1])
	require.Equal(t, exitGate, code)
	require.Contains(t, errOut, "changed after it was sealed")
}

// A clinical editor's loop on the command line, on the same revisions as
// the editor in the UI: list the packs, take one out, change it, validate
// and save it, test it on a patient, submit it; its author cannot publish
// it, a second editor does; a broken pack fails with exit 3 and says why.
func TestPacksCommandLine(t *testing.T) {
	ctx := context.Background()
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	pool, err := postgres.Open(ctx, url)
	require.NoError(t, err)
	defer pool.Close()
	for _, u := range []struct {
		name string
		role umassist.Role
	}{{"edna", umassist.RoleClinicalEditor}, {"eli", umassist.RolePhysician}, {"nina", umassist.RoleNurse}} {
		_, err := server.EnsureUser(ctx, pool, u.name, u.role, "a long enough password")
		require.NoError(t, err)
	}
	cli := func(want int, args ...string) (string, string) {
		t.Helper()
		code, out, errOut := runCLI(t, env, append([]string{"packs"}, args...)...)
		require.Equal(t, want, code, "%v: %s", args, errOut)
		return out, errOut
	}
	out, _ := cli(exitOK, "list")
	require.Contains(t, out, "icd-ncd-20.4")
	require.Contains(t, out, "r1 by umassist")
	out, errOut := cli(exitOK, "show", "NCD 20.4")
	require.Contains(t, errOut, "icd-ncd-20.4 r1 (published)")
	dir := t.TempDir()
	good := dir + "/icd.json"
	require.NoError(t, os.WriteFile(good, []byte(strings.Replace(out, "35 % or lower", "35 % or less", 1)), 0o600))
	out, _ = cli(exitOK, "validate", "--no-corpus", good)
	require.Contains(t, out, "is valid")
	cli(exitFailure, "save", "--as", "nina", good)
	out, _ = cli(exitOK, "save", "--as", "edna", "--note", "wording", good)
	require.Contains(t, out, "icd-ncd-20.4 r2 (draft)")

	sc, err := synthetic.Generate("icd", "no-nyha", 3)
	require.NoError(t, err)
	loadChart(ctx, t, pool, sc)
	out, _ = cli(exitOK, "test", "icd-ncd-20.4", "--revision", "2", "--as", "edna", "--patient", "Patient/"+sc.PatientID, "--date", sc.Request.Date.String())
	require.Contains(t, out, "request_info")
	require.Regexp(t, `nyha\s+not_documented`, out)

	out, _ = cli(exitOK, "submit", "icd-ncd-20.4", "--revision", "2", "--as", "edna")
	require.Contains(t, out, "r2 (in_review)")
	_, errOut = cli(exitFailure, "publish", "icd-ncd-20.4", "--revision", "2", "--as", "edna")
	require.Contains(t, errOut, "cannot publish it")
	out, _ = cli(exitOK, "publish", "icd-ncd-20.4", "--revision", "2", "--as", "eli", "--note", "reviewed")
	require.Contains(t, out, "r2 (published)")
	out, _ = cli(exitOK, "list")
	require.Regexp(t, `icd-ncd-20.4\s+NCD 20.4 v5\s+medicare\s+r2 by `, out)
	out, _ = cli(exitOK, "diff", "icd-ncd-20.4")
	require.Contains(t, out, "kept no text", "no corpus here: nothing was kept to compare")

	bad := dir + "/bad.json"
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(out0(t, env), `"NCD 20.4#`, `"NCD 240.2#`, 1)), 0o600))
	_, errOut = cli(exitGate, "validate", "--no-corpus", bad)
	require.Contains(t, errOut, "NCD 240.2")
	_, errOut = cli(exitGate, "save", "--as", "edna", bad)
	require.Contains(t, errOut, "NCD 240.2")
	cli(exitFailure, "show", "no-such-pack")
}

// out0 is the ICD pack as packs show prints it.
func out0(t *testing.T, env map[string]string) string {
	t.Helper()
	code, out, errOut := runCLI(t, env, "packs", "show", "icd-ncd-20.4")
	require.Equal(t, exitOK, code, errOut)
	return out
}

// packs draft --model asks a language model (here a fake OpenAI-compatible
// server) for the pack, holds it to the pack checks against the policy's
// own passages, and saves it as a draft revision for the editor.
func TestPacksDraftWithAModel(t *testing.T) {
	ctx := context.Background()
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	pool, err := postgres.Open(ctx, url)
	require.NoError(t, err)
	defer pool.Close()
	rstore, err := policyStore(pool)
	require.NoError(t, err)
	rep, err := (&policies.Importer{Store: rstore}).LoadDocs(ctx, "", payerDocsDir())
	require.NoError(t, err)
	require.NoError(t, rep.Err())
	_, err = server.EnsureUser(ctx, pool, "edna", umassist.RoleClinicalEditor, "a long enough password")
	require.NoError(t, err)
	pack := `{"id":"x","policy":"NW RX-203","title":"GLP-1 agonists","payer":"northwind",
	 "services":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"1991302","display":"semaglutide"}],
	 "criteria":[{"id":"t2dm","text":"Type 2 diabetes.","passages":["NW RX-203#C1"],"evidence":[{"kind":"condition","codes":["E11"]}],"question":"Is there type 2 diabetes?","missing":"type 2 diabetes"},
	  {"id":"a1c","text":"A1c of 7 % or more in 90 days.","passages":["NW RX-203#C3"],"evidence":[{"kind":"observation","loinc":["4548-4"],"comparator":">=","threshold":7,"unit":"%","lookback_days":90}],"question":"What is the latest A1c?","missing":"A1c"}],
	 "logic":{"all_of":["t2dm","a1c"]}}`
	srv := openaitest.New(t,
		openaitest.Step{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: strings.Replace(pack, `"NW RX-203#C3"`, `"NW RX-999#C3"`, 1)}}},
		openaitest.Step{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: pack}}})
	env := map[string]string{"DATABASE_URL": url, "UMASSIST_OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "test"}
	code, out, errOut := runCLI(t, env, "packs", "draft", "NW RX-203", "--model", "openai:fake-gpt", "--save-as", "edna")
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, `"policy": "NW RX-203"`)
	require.Contains(t, out, "saved draft-nw-rx-203 r1 (draft)")
	require.Len(t, srv.Requests(), 2, "the passage of another policy was sent back and fixed")
	code, out, errOut = runCLI(t, env, "packs", "show", "draft-nw-rx-203")
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "NW RX-203#C3")
}

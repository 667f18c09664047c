package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/postgres/pgtest"
)

// TestDemoDraftsTheQueue runs `umassist demo --exit` end to end on its own
// database: the NCD corpus, the generated patients, the agent through the
// job queue, and the summary table; a second run reuses everything.
func TestDemoDraftsTheQueue(t *testing.T) {
	mcd := mcdDir("")
	if mcd == "" {
		t.Skip("the NCD export (../shared/data/mcd) is not beside the source tree")
	}
	env := map[string]string{"DATABASE_URL": pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t)), "UMASSIST_DEMO_EHR_DIR": t.TempDir()}
	code, stdout, stderr := runCLI(t, env, "--log-level", "error", "demo", "--exit")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "352 NCD versions")
	require.Contains(t, stdout, "5 payer pharmacy policies")
	require.Contains(t, stdout, "21 demo patients")
	require.Regexp(t, regexp.MustCompile(`(1[4-9]|2[01]) of 21 drafts recommend what the demo expects`), stdout)
	require.Contains(t, stdout, "0 AI denials")
	rows := 0
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, "demo-") {
			rows++
			require.Contains(t, l, "ready_for_review", "every demo case is drafted: %s", l)
		}
		if strings.HasPrefix(l, "demo-17") {
			// A service no pack covers: the chosen NCD, and refer.
			require.Regexp(t, `NCD 20\.8\.3\s+refer\s+refer`, l)
		}
		// Drug prior authorization under the payer's pharmacy policies:
		// approved after methotrexate; a question about metformin (for
		// semaglutide requested by its NDC); a statin trial too short
		// refers.
		// In jurisdiction JH the local policy governs the bypass and asks
		// for the supervised diet it adds to the national one.
		for id, want := range map[string]string{"demo-18": `NW RX-201\s+approve\s+approve`, "demo-19": `NW RX-203\s+request_info\s+request_info`,
			"demo-20": `NW RX-205\s+refer\s+refer`, "demo-21": `LCD L35022\s+request_info\s+request_info`} {
			if strings.HasPrefix(l, id) {
				require.Regexp(t, want, l)
			}
		}
	}
	require.Equal(t, 21, rows)
	// The pre-submission audit: the demo EHR's orders at signing, through
	// CDS Hooks with its signed tokens.
	require.Contains(t, stdout, "pre-submission audit (CDS Hooks order-sign")
	require.Regexp(t, `ICD, every criterion documented\s+33249\s+\[INFO\] NCD 20\.4: prior authorization needed; the chart documents every criterion`, stdout)
	require.Regexp(t, `ICD, NYHA class not in the chart\s+33249\s+\[WARNING\] Before signing: .*NYHA`, stdout)
	require.Regexp(t, `ICD, LVEF 40 %\s+33249\s+\[WARNING\] NCD 20\.4: .*not met: left ventricular ejection fraction`, stdout)
	require.Regexp(t, `CPAP, moderate sleep apnea\s+E0601\s+\[INFO\] NCD 240\.4`, stdout)
	// HL7's PAS example request, sent to this instance as the payer.
	require.Contains(t, stdout, "prior authorization over Da Vinci PAS")
	require.Contains(t, stdout, "A4 Pended")
	require.Regexp(t, `the request is case case_\w+ in the reviewer queue`, stdout)
	require.NotContains(t, stdout, "reviewer UI", "--exit stops after the table")

	code, stdout, stderr = runCLI(t, env, "--log-level", "error", "demo", "--exit")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "352 unchanged", "a second run re-embeds nothing")
}

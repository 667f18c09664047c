package main

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/faxgen"
	"github.com/umassist/umassist/server"
)

// TestFaxIntakeInChromium takes a faxed packet from upload to a drafted
// case through a nurse's confirmation, in real Chromium on the real
// pieces: the packet is a generated prior-authorization fax (multi-page
// G4 TIFF at 204×196 dpi, skewed, speckled, through JPEG); the intake_read
// job reads it with Tesseract; the nurse sees each page with the fields
// outlined, corrects one, creates the patient and confirms; the agent
// drafts the case from the scanned pages; the cited scanned note opens on
// its page image.
func TestFaxIntakeInChromium(t *testing.T) {
	path := chromiumOrSkip(t)
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.AppDB(t) // as serve runs: the app's role, not the owner

	// The fax: a CPAP request with its sleep study, as a fax arrives.
	p := faxgen.Find(7, "E0601", 0)
	p.Request.RequestDate = time.Now().UTC().AddDate(0, 0, -1).Truncate(24 * time.Hour).Add(9 * time.Hour)
	pdf, truth, err := p.PDF()
	require.NoError(t, err)
	tif, err := faxgen.Fax(ctx, pdf, faxgen.Conditions[len(faxgen.Conditions)-1].Degrade)
	require.NoError(t, err)
	faxFile := filepath.Join(t.TempDir(), "incoming-fax.tif")
	require.NoError(t, os.WriteFile(faxFile, tif, 0o600))

	codes, err := scan.LoadCodeList(sourcetree.SharedData("codes"))
	require.NoError(t, err)
	d, _, err := newPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	intake := postgres.NewIntakeStore(pool, nil)
	qc, err := queue.New(pool, queue.Config{Drafter: &drafting.CaseDrafter{Pool: pool, Drafter: d}, Workers: 1,
		Intake: &scan.Reader{Store: intake, Engine: &scan.Engine{}, Codes: codes}})
	require.NoError(t, err)
	intake.Queue = qc
	require.NoError(t, qc.Start(ctx))
	t.Cleanup(func() { _ = qc.Stop(context.WithoutCancel(ctx)) })
	cases := postgres.NewCaseStore(pool, qc)
	read, _, err := fhirResources(ctx, nil, nil, pool)
	require.NoError(t, err)
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: cases, Review: postgres.NewReviewStore(pool, qc),
		Resources: read, Intake: intake, Codes: codes})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: "u-nurse", Name: "nina", DisplayName: "Nina Reyes, RN", Role: umassist.RoleNurse}))
	br := newChrome(t, path, 1400, 1000, 4*time.Minute)
	br.signIn(pool, ts.URL, "u-nurse")
	bctx, text := br.ctx, br.text
	shot := func(name string) { br.shot(name, true) }
	value := func(sel string) string {
		s, err := chromedp.Run(bctx, chromedp.Value(chromedp.CSS(sel)))
		require.NoError(t, err, sel)
		return s
	}

	// Upload from the intake page.
	br.do(chromedp.Navigate(ts.URL + "/intake"))
	require.Equal(t, "Fax intake", text("h1"))
	shot("intake-empty")
	br.do(
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{faxFile}),
		chromedp.Click(chromedp.CSS(`#upload`)),
		chromedp.WaitVisible(chromedp.CSS(`#reading, #confirm, #failed`)),
	)
	// The packet's page shows the reading's progress and refreshes itself
	// until the form to confirm is there.
	require.Contains(t, text("h1"), "Packet pkt_")
	br.do(chromedp.WaitVisible(chromedp.CSS(`#confirm`)))
	shot("intake-packet")
	pages := text(".pages")
	require.Contains(t, pages, "Prior authorization request")
	require.Contains(t, pages, "Progress note")
	marks, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll(".pageimg svg rect.mark").length`))
	require.NoError(t, err)
	require.GreaterOrEqual(t, marks, 8, "the fields read are outlined on the page")
	for f, want := range truth.Fields {
		if f == "urgency" {
			continue
		}
		require.Equal(t, strings.ToLower(want), strings.ToLower(value(`#f-`+f)), "%s as read", f)
	}

	// The nurse corrects the plan's name as the member card has it, creates
	// the patient (none on file) and confirms.
	br.do(
		chromedp.SetValue(chromedp.CSS(`#f-plan`), truth.Fields["plan"]+" (HMO)"),
		chromedp.Click(chromedp.CSS(`input[name="patient"][value="new"]`)),
		chromedp.Click(chromedp.CSS(`#confirm-open`)),
	)
	var loc string
	waitFor(t, "the case page", func() bool {
		loc, err = chromedp.Run(bctx, chromedp.Location())
		require.NoError(t, err)
		return strings.Contains(loc, "/cases/")
	})
	caseID := strings.Split(strings.Split(loc, "/cases/")[1], "?")[0]
	waitFor(t, "the draft", func() bool {
		c, err := postgres.GetCase(ctx, pool, caseID)
		require.NoError(t, err)
		return c.Status != umassist.StatusReceived && c.Status != umassist.StatusDrafting
	})
	draft, _, err := postgres.LatestDraft(ctx, pool, caseID)
	require.NoError(t, err)
	require.NotEmpty(t, draft.Recommendation)
	var scanned string
	for _, ref := range draft.Evidence {
		if strings.Contains(ref, "DocumentReference/scan-") {
			scanned = ref
		}
	}
	require.NotEmpty(t, scanned, "the draft cites a scanned page: %v", draft.Evidence)
	br.do(chromedp.Navigate(ts.URL + "/cases/" + caseID))
	shot("intake-case")

	// The cited scanned document opens with its page images.
	br.do(chromedp.Navigate(ts.URL+"/cases/"+caseID+"/source?ref="+url.QueryEscape(scanned)),
		chromedp.WaitVisible(chromedp.CSS(`.pageimg img`)))
	require.Contains(t, text("main"), "Faxed pages")
	shot("intake-source")

	var corrections string
	require.NoError(t, pool.QueryRow(ctx, `SELECT corrections::text FROM intake_packets WHERE case_id = $1`, caseID).Scan(&corrections))
	require.Contains(t, corrections, "(HMO)", "the nurse's correction is recorded")
}

package server_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/axetest"
	"github.com/umassist/umassist/postgres"
)

// chromium starts Debian's Chromium (installed by scripts/setup.sh) headless
// and returns a browser context. Screenshots go to $UMASSIST_SCREENSHOTS,
// or the test's temporary directory.
func chromium(t *testing.T) (context.Context, string) {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		t.Skipf("no Chromium at %s: run scripts/setup.sh (it installs Debian's chromium)", path)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1440, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(cancel3)
	// The first action starts the browser and ties it to ctx; steps run
	// later with shorter deadlines of their own.
	require.NoError(t, chromedp.Do(ctx))
	dir := os.Getenv("UMASSIST_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return ctx, dir
}

// shot saves a full-page screenshot, and holds the page to axe-core's
// WCAG 2.1 AA rules: every page state worth a screenshot is one a
// reviewer or a clinician uses.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644))
	src, err := axetest.Load()
	require.NoError(t, err)
	vs, err := axetest.Check(ctx, src)
	require.NoError(t, err)
	require.Empty(t, vs, "%s: accessibility violations", name)
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	require.NoError(t, err, sel)
	return strings.TrimSpace(s)
}

// do runs steps one by one, so a failure names the step that failed.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	for i, st := range steps {
		var err error
		// A page that finishes loading after a form post replaces its
		// document, and node ids chromedp resolved a moment earlier go stale;
		// the step never ran, so running it again is safe.
		for attempt := 0; attempt < 3; attempt++ {
			sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			err = chromedp.Do(sctx, st)
			cancel()
			if err == nil || !strings.Contains(err.Error(), "Could not find node with given id") {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err != nil {
			if dir := os.Getenv("UMASSIST_SCREENSHOTS"); dir != "" {
				shot(t, ctx, dir, "failed")
			}
		}
		require.NoError(t, err, "step %d", i+1)
	}
}

func signIn(base, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#name`)),
		chromedp.SendKeys(chromedp.CSS(`#name`), name),
		chromedp.SendKeys(chromedp.CSS(`#password`), password),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.queue`)),
	)
}

func signOut() chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`#name`)),
	)
}

// TestBrowserReviewerJourneys drives the UI in real Chromium: a nurse
// claims a case, opens a citation, edits the summary and approves; a
// physician denies with a cited reason; a second nurse cannot claim a case
// someone holds.
func TestBrowserReviewerJourneys(t *testing.T) {
	tb := setup(t)
	ctx, dir := chromium(t)
	base := tb.ts.URL
	caseA := tb.seedCase(t)
	tb.clock.Advance(time.Minute)
	caseB := tb.seedCase(t, func(r *umassist.ServiceRequest) { r.Urgency = umassist.UrgencyExpedited })
	caseC := tb.seedCase(t, func(r *umassist.ServiceRequest) { r.Payer = "aetna" })

	// 1. The nurse: queue → claim → citation → edit and approve.
	do(t, ctx, signIn(base, "nurse1"))
	shot(t, ctx, dir, "1-queue")
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`tr[data-case="`+caseA+`"] form button`)),
		chromedp.WaitVisible(chromedp.CSS(`#approve-form`)),
	)
	shot(t, ctx, dir, "2-case-claimed")
	// The citation opens beside the case, scrolled to the quote, which
	// sits in the note at the offset the draft recorded.
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`a.cite[href*="DocumentReference%2Fnote-1"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#sidepanel #note mark#excerpt`)),
	)
	require.Equal(t, "NYHA class II symptoms", text(t, ctx, `#sidepanel mark#excerpt`))
	at, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`(() => {
		const link = document.querySelector('a.cite[href*="DocumentReference%2Fnote-1"]');
		const note = document.querySelector('#sidepanel #note'), m = note.querySelector('mark');
		const r = document.createRange(); r.setStart(note, 0); r.setEndBefore(m);
		const box = m.getBoundingClientRect();
		return [new TextEncoder().encode(r.toString()).length, Number(new URL(link.href).searchParams.get('offset')),
			box.top >= 0 && box.bottom <= innerHeight ? 1 : 0, location.pathname.startsWith('/cases/') && !location.pathname.includes('/source') ? 1 : 0];
	})()`))
	require.NoError(t, err)
	require.Equal(t, at[1], at[0], "the highlighted quote starts at the byte offset the draft recorded")
	require.Equal(t, []int{1, 1}, at[2:], "the quote is in view, and the case page never left")
	shot(t, ctx, dir, "3-citation-source")
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#sidepanel-close`)),
		chromedp.WaitNotVisible(chromedp.CSS(`#sidepanel`)),
		chromedp.WaitVisible(chromedp.CSS(`#summary`)),
		chromedp.SetValue(chromedp.CSS(`#summary`), "Edited by the nurse: LVEF 30 % and NYHA II meet NCD 20.4 B3."),
		chromedp.Click(chromedp.CSS(`#approve`)),
		chromedp.WaitVisible(chromedp.CSS(`#letter-link`)),
	)
	require.Equal(t, "approved", text(t, ctx, `#case-status`))
	shot(t, ctx, dir, "4-approved")
	do(t, ctx, signOut())
	as, err := listActions(tb, caseA)
	require.NoError(t, err)
	require.Len(t, as, 1)
	require.Equal(t, umassist.OutcomeApproved, as[0].Outcome)
	require.Equal(t, "Edited by the nurse: LVEF 30 % and NYHA II meet NCD 20.4 B3.", as[0].EditedSummary)

	// 2. The physician denies, citing a passage; a reason alone is refused.
	reason := "LVEF 45 % on 2026-01-20 is above the 35 % threshold of NCD 20.4 B3."
	do(t, ctx,
		signIn(base, "physician1"),
		chromedp.Navigate(base+"/cases/"+caseB),
		chromedp.Click(chromedp.CSS(`#claim-button`)),
		chromedp.WaitVisible(chromedp.CSS(`#deny-form`)),
		chromedp.SendKeys(chromedp.CSS(`#deny-reason`), reason),
		chromedp.Click(chromedp.CSS(`#deny`)),
		chromedp.WaitVisible(chromedp.CSS(`#error`)),
	)
	require.Contains(t, text(t, ctx, `#error`), "must cite")
	do(t, ctx,
		chromedp.SendKeys(chromedp.CSS(`#deny-reason`), reason),
		chromedp.Click(chromedp.CSS(`#deny-form input[value="NCD 20.4#B3"]`)),
	)
	shot(t, ctx, dir, "5-deny-form")
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#deny`)),
		chromedp.WaitVisible(chromedp.CSS(`#letter-link`)),
	)
	require.Equal(t, "denied", text(t, ctx, `#case-status`))
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#letter-link`)),
		chromedp.WaitVisible(chromedp.CSS(`#letter`)),
	)
	letter := text(t, ctx, `#letter`)
	require.Contains(t, letter, "Notice of denial")
	require.Contains(t, letter, "NCD 20.4#B3")
	require.Contains(t, letter, reason)
	require.Contains(t, letter, "appeal")
	shot(t, ctx, dir, "6-denial-letter")
	do(t, ctx, chromedp.Navigate(base+"/queue"), chromedp.WaitVisible(chromedp.CSS(`table.queue`)), signOut())

	// 3. A second nurse cannot claim a case the first holds.
	_, err = tb.review.Claim(context.Background(), caseC, tb.users[umassist.RoleNurse].Actor())
	require.NoError(t, err)
	do(t, ctx,
		signIn(base, "nurse2"),
		chromedp.Navigate(base+"/cases/"+caseC),
		chromedp.WaitVisible(chromedp.CSS(`#claimed-by`)),
	)
	require.Contains(t, text(t, ctx, `#claimed-by`), "Claimed by nurse1")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#claim-button, #approve-form').length`))
	require.NoError(t, err)
	require.Zero(t, n)
	shot(t, ctx, dir, "7-claimed-by-other")
	t.Logf("screenshots in %s", dir)
}

// TestBrowserOtherPagesAreAccessible opens the pages the journeys do not
// screenshot (sign-in, account, policy passage, ML engineer's traces)
// and holds each to the same accessibility rules.
func TestBrowserOtherPagesAreAccessible(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	ctx, dir := chromium(t)
	base := tb.ts.URL
	do(t, ctx, chromedp.Navigate(base+"/login"), chromedp.WaitVisible(chromedp.CSS(`#name`)))
	shot(t, ctx, dir, "a11y-login")
	do(t, ctx, signIn(base, tb.users[umassist.RoleNurse].Name),
		chromedp.Navigate(base+"/account"), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	shot(t, ctx, dir, "a11y-account")
	do(t, ctx, chromedp.Navigate(base+"/cases/"+id+"/policy?id="+url.QueryEscape("NCD 20.4#B3")), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	shot(t, ctx, dir, "a11y-policy")
	do(t, ctx, signOut(), signIn(base, tb.users[umassist.RoleMLEngineer].Name),
		chromedp.Navigate(base+"/traces"), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	shot(t, ctx, dir, "a11y-traces")
	do(t, ctx, chromedp.Navigate(base+"/cases/"+id+"/trace"), chromedp.WaitVisible(chromedp.CSS(`h1`)))
	shot(t, ctx, dir, "a11y-trace")
}

// TestCasePageOnOneScreenInChromium holds the case page to what a nurse
// at 40 cases a day needs at 1440×900: who, what and by whom at the top,
// the decision bar in view without scrolling, and the keys (j/k in the
// queue, a/i/e on the case, ? for help) moving focus, never deciding.
func TestCasePageOnOneScreenInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	tb := setup(t)
	nurse := tb.users[umassist.RoleNurse].Actor()
	withRequester := func(r *umassist.ServiceRequest) { r.Requester = "Dr Ada Okafor, NPI 1234567893" }
	first := tb.seedCase(t, withRequester)
	tb.clock.Advance(time.Minute)
	second := tb.seedCase(t, withRequester)
	ctx, dir := chromium(t)
	base := tb.ts.URL
	live := chromedp.WaitReady(chromedp.CSS(`html[data-keys="on"]`))
	active := func() string {
		t.Helper()
		id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id || document.activeElement.getAttribute('href') || ''`))
		require.NoError(t, err)
		return id
	}

	// The queue: j and k move through the cases, Enter opens one.
	do(t, ctx, chromedp.EmulateViewport(1440, 900), signIn(base, nurse.Name), live)
	require.Contains(t, text(t, ctx, `tr[data-case="`+first+`"]`), "Dr Ada Okafor", "the queue names the requester")
	do(t, ctx, chromedp.KeyEvent("j"))
	require.Equal(t, "/cases/"+first, active())
	do(t, ctx, chromedp.KeyEvent("j"))
	require.Equal(t, "/cases/"+second, active())
	do(t, ctx, chromedp.KeyEvent("k"))
	require.Equal(t, "/cases/"+first, active())
	do(t, ctx, chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.CSS(`#decision-bar`)))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	require.True(t, strings.HasSuffix(loc, "/cases/"+first), loc)

	// Claimed from the bar, the case fits: the header says whose case and
	// who asked, and the decision bar is in view without scrolling.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#bar-claim`)), chromedp.WaitVisible(chromedp.CSS(`#bar-approve`)), live)
	require.Contains(t, text(t, ctx, `#member`), "born 1958-04-02")
	require.Contains(t, text(t, ctx, `#request-line`), "Requested by Dr Ada Okafor, NPI 1234567893")
	require.Contains(t, text(t, ctx, `#request-line`), "Policy NCD 20.4")
	inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const b = document.getElementById('decision-bar').getBoundingClientRect();
		return scrollY === 0 && b.top >= 0 && b.bottom <= innerHeight && innerHeight === 900;
	})()`))
	require.NoError(t, err)
	require.True(t, inView, "the decision bar is on the first screen at 1440×900")
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "case-page-1440x900.png"), buf, 0o644))
	shot(t, ctx, dir, "case-page-full")

	// Keys put the reviewer on an action; nothing is decided by a key.
	blur := chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)
	do(t, ctx, chromedp.KeyEvent("a"))
	require.Equal(t, "bar-approve", active())
	do(t, ctx, blur, chromedp.KeyEvent("i"))
	require.Equal(t, "question", active())
	do(t, ctx, blur, chromedp.KeyEvent("e"))
	require.Equal(t, "esc-reason", active())
	do(t, ctx, blur, chromedp.KeyEvent("?"), chromedp.WaitVisible(chromedp.CSS(`#keyhelp`)))
	shot(t, ctx, dir, "case-page-keys")
	do(t, ctx, chromedp.Click(chromedp.CSS(`#keyhelp-close`)), chromedp.WaitNotVisible(chromedp.CSS(`#keyhelp`)))
	c, err := postgres.GetCase(context.Background(), tb.pool, first)
	require.NoError(t, err)
	require.Equal(t, umassist.StatusReadyForReview, c.Status, "no key decided the case")

	// The bar's Approve submits the decision form, as the form's own does.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#bar-approve`)), chromedp.WaitVisible(chromedp.CSS(`#letter-link`)))
	require.Equal(t, "approved", text(t, ctx, `#case-status`))
}

// TestMLEngineerReadsACaseAndItsVersionsInChromium: an ML engineer goes
// from the traces to the case page as the reviewer saw it, and to the
// earlier draft, read-only.
func TestMLEngineerReadsACaseAndItsVersionsInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	v2 := icdDraft()
	v2.Recommendation, v2.Confidence = umassist.RecommendRequestInfo, 0.7
	v2.Criteria[1].Status, v2.Criteria[1].Evidence, v2.Criteria[1].Quotes = umassist.CriterionNotDocumented, nil, nil
	v2.Summary += "\nRecommendation: request_info; the record does not document NYHA class."
	_, err := postgres.SaveDraft(context.Background(), tb.pool, id, v2, nil)
	require.NoError(t, err)
	ctx, dir := chromium(t)
	base := tb.ts.URL
	do(t, ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#name`)),
		chromedp.SendKeys(chromedp.CSS(`#name`), tb.users[umassist.RoleMLEngineer].Name),
		chromedp.SendKeys(chromedp.CSS(`#password`), password),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`a.casepage`)),
		chromedp.Click(chromedp.CSS(`a.casepage`)),
		chromedp.WaitVisible(chromedp.CSS(`#versions`)),
	)
	require.Contains(t, text(t, ctx, `.drafthead`), "Recommends request_info")
	require.Contains(t, text(t, ctx, `#changed`), "recommendation approve → request_info")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#claim-button, #bar-claim, #approve-form, #decide form').length`))
	require.NoError(t, err)
	require.Zero(t, n, "nothing to claim or decide")
	shot(t, ctx, dir, "ml-engineer-case")
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#versions a[href$="version=1"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#earlier`)),
	)
	require.Contains(t, text(t, ctx, `.drafthead`), "Recommends approve")
	shot(t, ctx, dir, "ml-engineer-case-v1")
}

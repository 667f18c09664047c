package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/scantest"
	"github.com/umassist/umassist/server"
)

var intakeCodes = scan.NewCodeList(map[string]string{"G47.33": "Obstructive sleep apnea", "I50.22": "Chronic systolic heart failure"},
	map[string]string{"E0601": "CPAP device"})

func withIntake(store **postgres.IntakeStore) func(*server.Config) {
	return func(c *server.Config) {
		*store = postgres.NewIntakeStore(c.Records.(postgres.Records).Pool, nil)
		c.Intake, c.Codes = *store, intakeCodes
	}
}

// upload posts files as multipart/form-data with a token, for client
// (empty: not named).
func (tb *testBundle) upload(t *testing.T, token string, files map[string][]byte, client string) (*http.Response, []byte) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for name, b := range files {
		fw, err := w.CreateFormFile("file", name)
		require.NoError(t, err)
		_, _ = fw.Write(b)
	}
	if client != "" {
		require.NoError(t, w.WriteField("client", client))
	}
	require.NoError(t, w.Close())
	req, _ := http.NewRequest(http.MethodPost, tb.ts.URL+"/api/v1/intake/documents", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := noRedirect.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func pagePNG(t *testing.T) []byte {
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, image.NewGray(image.Rect(0, 0, 850, 1100))))
	return b.Bytes()
}

// noisePNG is a grey page of noise: it does not compress (w×h bytes).
func noisePNG(w, h int) []byte {
	img := image.NewGray(image.Rect(0, 0, w, h))
	x := uint32(2463534242)
	for i := range img.Pix {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		img.Pix[i] = byte(x)
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img)
	return b.Bytes()
}

func countPackets(t *testing.T, tb *testBundle) int {
	var n int
	require.NoError(t, tb.pool.QueryRow(context.Background(), `SELECT count(*) FROM intake_packets`).Scan(&n))
	return n
}

// Bad files get a clear error and leave nothing behind; a batch with one
// bad file stores none of it.
func TestIntakeUploadRefusesBadFiles(t *testing.T) {
	t.Parallel()
	var store *postgres.IntakeStore
	tb := setup(t, withIntake(&store))
	tok := tb.tokens[umassist.RoleNurse]
	tests := []struct {
		name   string
		files  map[string][]byte
		status int
		detail string
	}{
		{"not an image", map[string][]byte{"note.txt": []byte("please approve")}, http.StatusUnsupportedMediaType, "not a PDF, TIFF, PNG or JPEG"},
		{"a zip-bomb TIFF", map[string][]byte{"bomb.tif": scantest.TIFF(1, 100000, 100000, false)}, http.StatusBadRequest, "more than a scanned page can be"},
		{"a TIFF with no pages", map[string][]byte{"empty.tif": []byte("II*\x00\x00\x00\x00\x00")}, http.StatusBadRequest, "no pages"},
		{"a fax of 500 pages", map[string][]byte{"long.tif": scantest.TIFF(500, 1728, 2200, false)}, http.StatusBadRequest, "at most 100"},
		{"one good file, one bad", map[string][]byte{"good.png": pagePNG(t), "bad.txt": []byte("x")}, http.StatusUnsupportedMediaType, "bad.txt"},
	}
	for _, tt := range tests {
		res, body := tb.upload(t, tok, tt.files, "")
		require.Equal(t, tt.status, res.StatusCode, "%s: %s", tt.name, body)
		require.Contains(t, string(body), tt.detail, tt.name)
		require.Equal(t, 0, countPackets(t, tb), "%s: nothing stored", tt.name)
	}
	// No file part at all.
	res, body := tb.api(t, tok, http.MethodPost, "/api/v1/intake/documents", map[string]string{"file": "x"})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))

	// A good page is queued; the same page again is the same packet.
	res, body = tb.upload(t, tok, map[string][]byte{"page.png": pagePNG(t)}, "")
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(body))
	var out struct{ Packets []umassist.IntakePacket }
	require.NoError(t, json.Unmarshal(body, &out))
	require.Len(t, out.Packets, 1)
	require.Equal(t, umassist.IntakeReceived, out.Packets[0].Status)
	res, body = tb.upload(t, tok, map[string][]byte{"again.png": pagePNG(t)}, "")
	require.Equal(t, http.StatusAccepted, res.StatusCode)
	require.Contains(t, string(body), out.Packets[0].ID)
	require.Equal(t, 1, countPackets(t, tb))

	// A scanned packet is larger than the JSON body limit (4 MB): uploads
	// have their own bound.
	res, body = tb.upload(t, tok, map[string][]byte{"scan.png": noisePNG(2600, 2600)}, "")
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(body))
	res, _ = tb.api(t, tok, http.MethodPost, "/api/v1/cases", map[string]string{"note": strings.Repeat("x", 5<<20)})
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode, "JSON bodies keep their limit")

	// An ML engineer does not upload patients' faxes.
	res, _ = tb.upload(t, tb.tokens[umassist.RoleMLEngineer], map[string][]byte{"page2.png": pagePNG(t)[:100]}, "")
	require.Equal(t, http.StatusForbidden, res.StatusCode)
}

// readPacket stands in for the intake_read job: pages as OCR would give
// them, the fields extracted from them.
func readPacket(t *testing.T, store *postgres.IntakeStore, id string, pages []scan.Page) {
	t.Helper()
	ctx := context.Background()
	_, err := store.StartReading(ctx, id)
	require.NoError(t, err)
	var stored []postgres.IntakePage
	for _, p := range pages {
		p.Text = scan.Rows(p.Words).Text()
		words, _ := json.Marshal(p.Words)
		stored = append(stored, postgres.IntakePage{Number: p.Number, Kind: string(p.Kind), Width: 2550, Height: 3300, Confidence: 90,
			Text: p.Text, Words: words, PNG: pagePNG(t), PDF: []byte("%PDF-1.4 page")})
	}
	for i := range pages {
		pages[i].Text = stored[i].Text
	}
	x, _ := json.Marshal(scan.Extract(pages, intakeCodes))
	require.NoError(t, store.SaveRead(ctx, id, stored, x))
}

// words lays lines out as OCR words (see scan's tests).
func words(lines ...string) []scan.Word {
	var out []scan.Word
	for row, line := range lines {
		x := 0
		for _, tok := range strings.SplitAfter(line, " ") {
			if w := strings.TrimSpace(tok); w != "" {
				conf := 95.0
				if strings.HasSuffix(w, "~") {
					w, conf = strings.TrimSuffix(w, "~"), 40
				}
				out = append(out, scan.Word{Text: w, Box: scan.Box{X: 100 + x*20, Y: 100 + row*40, W: len(w) * 20, H: 30}, Conf: conf})
			}
			x += len(tok)
		}
	}
	return out
}

func TestIntakeNurseConfirmsAPacketIntoACase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var store *postgres.IntakeStore
	tb := setup(t, withIntake(&store))
	_, err := tb.pool.Exec(ctx, `INSERT INTO fhir_resources (type, id, patient, resource) VALUES
		('Patient', 'p-doe', 'Patient/p-doe', '{"resourceType":"Patient","id":"p-doe","name":[{"given":["Jane"],"family":"Doe"}],"birthDate":"1950-01-02","identifier":[{"value":"1EG4TE5MK73"}]}')`)
	require.NoError(t, err)
	// The fax line receives for a client; the nurse works for it too.
	require.NoError(t, postgres.CreateClient(ctx, tb.owner, postgres.Client{ID: "harbor", Name: "Harbor Health"}))
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, tb.users[umassist.RoleNurse].ID, []string{"harbor"}))
	p, _, err := store.Create(ctx, postgres.NewPacket{Filename: "fax.tif", Format: "tiff", Pages: 2, File: []byte("II*\x00fax"),
		Client: "harbor", Actor: umassist.Actor{ID: "fax-server", Role: umassist.RoleOperator}})
	require.NoError(t, err)
	nurse := tb.browser(t).login("nurse1")
	res, body := nurse.get("/intake/" + p.ID)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `id="reading"`, "the packet is still being read")

	readPacket(t, store, p.ID, []scan.Page{
		{Number: 1, Kind: scan.KindForm, Words: words(
			"PRIOR AUTHORIZATION REQUEST FORM",
			"Member name: DOE, JANE        Date of birth: 01/02/1950",
			"Member ID: 1EG4TE5MK73        Health plan: Medicare",
			"Requesting provider: Amara Nwosu, MD        NPI: 1234567893",
			"CPT/HCPCS code(s): E060l~",
			"ICD-10 diagnosis code(s): G47.33",
			"Review type: [X] Standard [ ] Expedited",
		)},
		{Number: 2, Kind: scan.KindNote, Words: words(
			"Sleep Medicine Consult Note",
			"Date of service: 02/20/2026",
			"Assessment: obstructive sleep apnea, AHI 28 events per hour on the home sleep test.",
			"Electronically signed by Amara Nwosu, MD",
		)},
	})

	res, body = nurse.get("/intake")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, p.ID)
	require.Contains(t, body, "Jane Doe")
	res, body = nurse.get("/intake/" + p.ID)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `value="E0601"`, "the code as read, the l a 1")
	require.Contains(t, body, `<label for="f-service_name">Service or drug name`, "the nurse can name the service (an NDC's drug)")
	require.Contains(t, body, "read with low confidence (40)", "the blurred code is pointed out")
	require.Contains(t, body, "Date of request: not found")
	require.Contains(t, body, `value="Patient/p-doe" checked`, "the patient on file whose member ID and birth date agree is chosen")
	require.Contains(t, body, `<rect class="mark`, "fields are outlined on the page image")
	res, img := nurse.get("/intake/" + p.ID + "/pages/1")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "image/png", res.Header.Get("Content-Type"))
	require.True(t, strings.HasPrefix(img, "\x89PNG"))

	form := url.Values{"csrf_token": {nurse.csrf}, "patient": {"Patient/p-doe"}}
	for _, n := range scan.FieldNames {
		form.Set(string(n), "")
	}
	form.Set("member_name", "Jane Doe")
	form.Set("birth_date", "1950-01-02")
	form.Set("member_id", "1EG4TE5MK73")
	form.Set("plan", "Medicare")
	form.Set("provider_npi", "1234567893")
	form.Set("service_codes", "E0601")
	form.Set("diagnosis_codes", "G47.99") // a typo: not a code
	form.Set("urgency", "standard")
	form.Set("request_date", "")
	refused := func(form url.Values) string {
		t.Helper()
		res, body := nurse.post("/intake/"+p.ID+"/confirm", form)
		require.Equal(t, http.StatusSeeOther, res.StatusCode, "a refused form redirects (Post/Redirect/Get): %s", body)
		require.Equal(t, "/intake/"+p.ID+"?refused=1#confirm", res.Header.Get("Location"))
		res, body = nurse.get("/intake/" + p.ID + "?refused=1")
		require.Equal(t, http.StatusOK, res.StatusCode)
		_, again := nurse.get("/intake/" + p.ID + "?refused=1")
		require.NotContains(t, again, `id="error"`, "the refusal is shown once")
		return body
	}
	body = refused(form)
	require.Contains(t, body, "G47.99 is not an ICD-10-CM code")
	require.Contains(t, body, "Date of request is required")
	require.Contains(t, body, `value="G47.99"`, "what the nurse typed is kept")
	var cases int
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT count(*) FROM cases`).Scan(&cases))
	require.Zero(t, cases, "a refused confirmation opens no case")

	form.Set("diagnosis_codes", "G47.33")
	form.Set("request_date", "03/01/2026")
	form.Set("patient", "Patient/someone-else")
	require.Contains(t, refused(form), "choose one of those listed")

	operator := tb.browser(t).login("operator1")
	res, _ = operator.post("/intake/"+p.ID+"/confirm", url.Values{"csrf_token": {operator.csrf}})
	require.Equal(t, http.StatusForbidden, res.StatusCode, "only a nurse or physician confirms")

	form.Set("patient", "Patient/p-doe")
	res, body = nurse.post("/intake/"+p.ID+"/confirm", form)
	require.Equal(t, http.StatusSeeOther, res.StatusCode, body)
	loc := res.Header.Get("Location")
	require.True(t, strings.HasPrefix(loc, "/cases/"), loc)
	caseID := strings.TrimPrefix(strings.Split(loc, "?")[0], "/cases/")
	cs, err := postgres.GetCase(ctx, tb.pool, caseID)
	require.NoError(t, err)
	require.Equal(t, "Patient/p-doe", cs.Patient)
	require.Equal(t, "E0601", cs.Request.Service.Code)
	require.Equal(t, umassist.SystemHCPCS, cs.Request.Service.System)
	require.Equal(t, "2026-03-01", cs.Request.Date.String())
	require.Equal(t, p.ReceivedAt.Unix(), cs.ReceivedAt.Unix(), "the clock starts when the fax arrived")
	require.Equal(t, "harbor", cs.Client, "the case is the packet's client's")

	var docs []string
	rows, err := tb.pool.Query(ctx, `SELECT id FROM fhir_resources WHERE type = 'DocumentReference' AND patient = 'Patient/p-doe' ORDER BY id`)
	require.NoError(t, err)
	for rows.Next() {
		var id string
		require.NoError(t, rows.Scan(&id))
		docs = append(docs, id)
	}
	require.Len(t, docs, 2, "the form and the consult note are on the record")

	p, err = store.Get(ctx, p.ID)
	require.NoError(t, err)
	require.Equal(t, umassist.IntakeConfirmed, p.Status)
	var corrections string
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT corrections::text FROM intake_packets WHERE id = $1`, p.ID).Scan(&corrections))
	require.Contains(t, corrections, "request_date", "the date the nurse added is recorded as a correction")

	require.Contains(t, refused(form), "not waiting for review", "a confirmed packet is not confirmed twice")
	ml := tb.browser(t).login("ml_engineer1")
	res, _ = ml.get("/intake/" + p.ID)
	require.Equal(t, http.StatusForbidden, res.StatusCode)

	audit, err := postgres.ListAudit(ctx, tb.pool, postgres.AuditFilter{})
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, e := range audit {
		seen[e.Action] = true
	}
	for _, a := range []string{"intake.upload", "intake.read", "intake.list", "intake.page.view", "intake.patient_match", "intake.confirm", "fhir.write", "case.create"} {
		require.True(t, seen[a], "audit lacks %s", a)
	}
}

// An upload larger than the server takes is refused before sign-in reads
// the form (its CSRF check parses it), from the UI as from the API.
func TestIntakeUploadLimit(t *testing.T) {
	t.Parallel()
	var store *postgres.IntakeStore
	tb := setup(t, withIntake(&store), func(c *server.Config) { c.UploadLimit = "1M" })
	big := noisePNG(1200, 1200) // about 1.4 MB
	res, body := tb.upload(t, tb.tokens[umassist.RoleNurse], map[string][]byte{"big.png": big}, "")
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode, string(body))

	nurse := tb.browser(t).login("nurse1")
	_, _ = nurse.get("/intake")
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	require.NoError(t, w.WriteField("csrf_token", nurse.csrf))
	fw, err := w.CreateFormFile("file", "big.png")
	require.NoError(t, err)
	_, _ = fw.Write(big)
	require.NoError(t, w.Close())
	req, _ := http.NewRequest(http.MethodPost, tb.ts.URL+"/intake", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Accept", "text/html")
	res, err = nurse.c.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	require.Equal(t, 0, countPackets(t, tb))
}

package ops

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"riverqueue.com/riverui"
)

// RiverUIPrefix is where River UI is served by default.
const RiverUIPrefix = "/riverui"

// riverUICSP relaxes the application's policy for River UI only: its
// bundled single-page app sets inline styles, which the reviewer UI's
// strict style-src would block. Scripts still load from 'self' only.
const riverUICSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
	"connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"

// RiverUI is River UI behind umassist's sign-in. Its single-page app posts
// (retry, cancel, delete) with fetch and no CSRF token; ServeCSRF adds one:
// the page gets the session's token in a meta tag and a same-origin script
// that puts it in the X-CSRF-Token header of every unsafe fetch, so the
// server's CSRF check holds for River UI as for every other form.
type RiverUI struct {
	prefix string
	h      http.Handler
}

// NewRiverUI returns River UI for operators to inspect, retry and cancel
// jobs, served under prefix (the full request path is expected: mount it at
// prefix and prefix/*, without stripping). The client may be insert-only.
// Its background services run until ctx ends.
func NewRiverUI(ctx context.Context, client *river.Client[pgx.Tx], prefix string, logger *slog.Logger) (*RiverUI, error) {
	if prefix == "" {
		prefix = RiverUIPrefix
	}
	prefix = riverui.NormalizePathPrefix(prefix)
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h, err := riverui.NewHandler(&riverui.HandlerOpts{
		Endpoints: riverui.NewEndpoints(client, nil),
		Logger:    logger,
		Prefix:    prefix,
		// Job args are case ids only, but keep the list compact anyway.
		JobListHideArgsByDefault: true,
	})
	if err != nil {
		return nil, fmt.Errorf("ops: river ui: %w", err)
	}
	if err := h.Start(ctx); err != nil {
		return nil, fmt.Errorf("ops: river ui start: %w", err)
	}
	return &RiverUI{prefix: prefix, h: h}, nil
}

// ServeHTTP serves River UI without a CSRF token (API-token callers).
func (u *RiverUI) ServeHTTP(w http.ResponseWriter, r *http.Request) { u.ServeCSRF(w, r, "") }

// csrfScript copies the page's token into the header of every state-changing
// fetch. It is served from our origin, as the CSP requires.
const csrfScript = `(function () {
  var m = document.querySelector('meta[name="umassist-csrf"]');
  if (!m || !window.fetch) { return; }
  var token = m.getAttribute("content"), orig = window.fetch;
  window.fetch = function (input, init) {
    init = init || {};
    var method = (init.method || (input && input.method) || "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      var h = new Headers(init.headers || (input && input.headers) || {});
      h.set("X-CSRF-Token", token);
      init.headers = h;
    }
    return orig.call(this, input, init);
  };
})();
`

// ServeCSRF serves River UI, injecting token into its HTML page ("" injects
// nothing).
func (u *RiverUI) ServeCSRF(w http.ResponseWriter, r *http.Request, token string) {
	w.Header().Set("Content-Security-Policy", riverUICSP)
	if r.URL.Path == u.prefix+"/umassist-csrf.js" {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		_, _ = io.WriteString(w, csrfScript)
		return
	}
	isPage := token != "" && (r.Method == http.MethodGet || r.Method == http.MethodHead) &&
		!strings.HasPrefix(r.URL.Path, u.prefix+"/api/") && !strings.Contains(r.URL.Path, "/assets/")
	if !isPage {
		u.h.ServeHTTP(w, r)
		return
	}
	rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
	u.h.ServeHTTP(rec, r)
	body := rec.buf.Bytes()
	if strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
		inject := `<meta name="umassist-csrf" content="` + html.EscapeString(token) + `">` +
			`<script src="` + u.prefix + `/umassist-csrf.js"></script></head>`
		body = bytes.Replace(body, []byte("</head>"), []byte(inject), 1)
		rec.header.Del("Content-Length")
	}
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.status)
	_, _ = w.Write(body)
}

// bufferedWriter holds a response so the page can be edited before it goes
// out.
type bufferedWriter struct {
	header http.Header
	status int
	buf    bytes.Buffer
	wrote  bool
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(code int) {
	if !b.wrote {
		b.status, b.wrote = code, true
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	b.wrote = true
	return b.buf.Write(p)
}

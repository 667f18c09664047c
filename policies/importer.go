package policies

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/tmc/langchaingo/documentloaders"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval/policystore"
)

// Store is what the importer writes to; *policystore.Store implements it.
type Store interface {
	UpsertPolicy(ctx context.Context, p umassist.Policy, passages []umassist.Passage) (policystore.UpsertStats, error)
	RefreshLexemes(ctx context.Context) error
}

var _ Store = (*policystore.Store)(nil)

// Importer loads policies into a store, one transaction per policy version:
// a bad policy is reported by id and the rest goes on.
type Importer struct {
	Store   Store
	Chunker *Chunker
	// Progress, when set, is called after each policy (done, total).
	Progress func(done, total int)
}

// Report says what an import did. Errors name the policy (or row) each
// failure belongs to; nothing of a failed policy is indexed.
type Report struct {
	Policies  int // versions read
	Stored    int // versions written (new or changed)
	Unchanged int
	Passages  int
	Embedded  int
	Cached    int
	Failed    int
	Errors    []error
}

// Err joins the report's errors (nil when there were none).
func (r *Report) Err() error { return errors.Join(r.Errors...) }

func (r *Report) add(st policystore.UpsertStats) {
	r.Passages += st.Passages
	r.Embedded += st.Embedded
	r.Cached += st.Cached
	if st.Unchanged {
		r.Unchanged++
	} else {
		r.Stored++
	}
}

func (im *Importer) chunker() *Chunker {
	if im.Chunker == nil {
		return DefaultChunker()
	}
	return im.Chunker
}

// ImportMCD imports the NCD export in dir into the standard corpus.
func (im *Importer) ImportMCD(ctx context.Context, dir string) (*Report, error) {
	ncds, readErr := ReadMCD(dir, im.chunker())
	if ncds == nil && readErr != nil {
		return nil, readErr
	}
	return im.importAll(ctx, len(ncds), func(i int) (umassist.Policy, []umassist.Passage) { return ncds[i].Policy, ncds[i].Passages }, readErr)
}

// importAll stores n policy versions read from files (at gives the i-th),
// one transaction each, reporting the files that could not be read
// (readErr) and the versions that could not be stored by id.
func (im *Importer) importAll(ctx context.Context, n int, at func(i int) (umassist.Policy, []umassist.Passage), readErr error) (*Report, error) {
	rep := &Report{Policies: n}
	if readErr != nil {
		for _, e := range unjoin(readErr) {
			rep.Errors = append(rep.Errors, e)
			rep.Failed++
		}
	}
	for i := range n {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		p, passages := at(i)
		st, err := im.Store.UpsertPolicy(ctx, p, passages)
		if err != nil {
			rep.Failed++
			rep.Errors = append(rep.Errors, fmt.Errorf("policies: import %s version %s: %w", p.ID, p.Version, err))
		} else {
			rep.add(st)
		}
		if im.Progress != nil {
			im.Progress(i+1, n)
		}
	}
	return rep, im.refresh(ctx, rep)
}

// refresh updates the search's word statistics when anything changed.
func (im *Importer) refresh(ctx context.Context, rep *Report) error {
	if rep.Stored == 0 {
		return nil
	}
	return im.Store.RefreshLexemes(ctx)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// DocEntry is one line of a policies/index.json (evals SPEC).
type DocEntry struct {
	File      string `json:"file"`
	ID        string `json:"id"`
	Title     string `json:"title"`
	Payer     string `json:"payer"`
	Effective string `json:"effective"`
	// Optional beyond the SPEC.
	Version    string `json:"version,omitempty"`
	Terminated string `json:"terminated,omitempty"`
}

// MaxDocBytes caps one policy document; a larger file is refused, not
// truncated silently.
const MaxDocBytes = 20 << 20

// Doc is one payer policy document read: its policy version and its
// passages, or why it could not be read.
type Doc struct {
	Entry    DocEntry
	Policy   umassist.Policy
	Passages []umassist.Passage
	Err      error
}

// ReadDocs reads the payer policy documents listed in dir/index.json (PDF,
// HTML, Markdown, text) into namespace, as LoadDocs stores them, without
// storing them. Unknown index fields are ignored; a document that cannot
// be read carries its error.
func (im *Importer) ReadDocs(ctx context.Context, namespace, dir string) ([]Doc, error) {
	b, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		return nil, fmt.Errorf("policies: load docs: %w", err)
	}
	// Extra fields are the dataset's right (evals SPEC: "extra fields are
	// allowed and must be ignored when unknown").
	var entries []DocEntry
	if err := json.Unmarshal(b, &entries); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "policies: %s/index.json: %v", dir, err)
	}
	out := make([]Doc, 0, len(entries))
	seen := map[string]bool{}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		p, passages, err := im.readDoc(ctx, namespace, dir, e)
		if err == nil && seen[p.ID+"@"+p.Version] {
			err = umassist.Errorf(umassist.EINVALID, "duplicate id %q", e.ID)
		}
		if err == nil {
			seen[p.ID+"@"+p.Version] = true
		}
		out = append(out, Doc{Entry: e, Policy: p, Passages: passages, Err: err})
	}
	return out, nil
}

// LoadDocs loads payer policy documents listed in dir/index.json (PDF,
// HTML, Markdown, text) into namespace. Unknown index fields are ignored.
func (im *Importer) LoadDocs(ctx context.Context, namespace, dir string) (*Report, error) {
	docs, err := im.ReadDocs(ctx, namespace, dir)
	switch {
	case err != nil && docs == nil:
		return nil, err
	case err != nil:
		// Cancelled while reading: nothing is stored.
		return &Report{Policies: len(docs)}, err
	}
	rep := &Report{Policies: len(docs)}
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		err := d.Err
		if err == nil {
			var st policystore.UpsertStats
			st, err = im.Store.UpsertPolicy(ctx, d.Policy, d.Passages)
			if err == nil {
				rep.add(st)
			}
		}
		if err != nil {
			rep.Failed++
			rep.Errors = append(rep.Errors, fmt.Errorf("policies: load %q (%s): %w", d.Entry.ID, d.Entry.File, err))
		}
		if im.Progress != nil {
			im.Progress(i+1, len(docs))
		}
	}
	return rep, im.refresh(ctx, rep)
}

func (im *Importer) readDoc(ctx context.Context, namespace, dir string, e DocEntry) (umassist.Policy, []umassist.Passage, error) {
	var p umassist.Policy
	if strings.TrimSpace(e.ID) == "" || strings.ContainsAny(e.ID, "#\n") {
		return p, nil, umassist.Errorf(umassist.EINVALID, "bad id %q", e.ID)
	}
	if e.File == "" || filepath.IsAbs(e.File) || strings.Contains(filepath.ToSlash(e.File), "..") {
		return p, nil, umassist.Errorf(umassist.EINVALID, "bad file %q", e.File)
	}
	eff, err := parseTime(e.Effective)
	if err != nil {
		return p, nil, umassist.Errorf(umassist.EINVALID, "effective: %v", err)
	}
	term, err := parseTime(e.Terminated)
	if err != nil {
		return p, nil, umassist.Errorf(umassist.EINVALID, "terminated: %v", err)
	}
	p = umassist.Policy{Namespace: namespace, ID: e.ID, Version: e.Version, Source: "doc", Payer: strings.ToLower(strings.TrimSpace(e.Payer)),
		Title: e.Title, Effective: eff, Terminated: term}
	if p.Version == "" {
		p.Version = day(eff)
		if p.Version == "" {
			p.Version = "1"
		}
	}
	if p.Payer == "" {
		return p, nil, umassist.Errorf(umassist.EINVALID, "no payer")
	}
	path := filepath.Join(dir, e.File)
	fi, err := os.Stat(path)
	if err != nil {
		return p, nil, err
	}
	if fi.Size() > MaxDocBytes {
		return p, nil, umassist.Errorf(umassist.EINVALID, "%d bytes is more than the %d allowed", fi.Size(), MaxDocBytes)
	}
	blocks, err := docBlocks(ctx, e.ID, path)
	if err != nil {
		return p, nil, err
	}
	if len(blocks) == 0 {
		return p, nil, umassist.Errorf(umassist.EINVALID, "no text in the document")
	}
	passages, err := im.chunker().Chunk(e.ID, p.Version, blocks)
	if err != nil {
		return p, nil, err
	}
	if p.Title == "" {
		p.Title = e.ID
	}
	return p, passages, nil
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// docBlocks extracts a document's text and cuts it into blocks. PDF, text
// and Markdown go through langchaingo's loaders; HTML goes through our
// sectionizer, because langchaingo's HTML loader flattens the lists whose
// items we keep apart.
func docBlocks(ctx context.Context, id, path string) ([]Block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		b, err := io.ReadAll(f)
		if err != nil {
			return nil, err
		}
		return ParseSections(id, "A", "", string(b))
	case ".pdf":
		fi, err := f.Stat()
		if err != nil {
			return nil, err
		}
		docs, err := documentloaders.NewPDF(f, fi.Size()).Load(ctx)
		if err != nil {
			return nil, fmt.Errorf("read pdf: %w", err)
		}
		var parts []string
		for _, d := range docs {
			parts = append(parts, d.PageContent)
		}
		return TextSections(strings.Join(parts, "\n\n")), nil
	case ".md", ".markdown", ".txt", ".text", "":
		docs, err := documentloaders.NewText(f).Load(ctx)
		if err != nil {
			return nil, fmt.Errorf("read text: %w", err)
		}
		var parts []string
		for _, d := range docs {
			parts = append(parts, d.PageContent)
		}
		return TextSections(strings.Join(parts, "\n\n")), nil
	default:
		return nil, umassist.Errorf(umassist.EINVALID, "unsupported file type %q", filepath.Ext(path))
	}
}

var (
	mdHeadingRE  = regexp.MustCompile(`^#{1,6}\s+(.+)$`)
	numItemRE    = regexp.MustCompile(`^\s{0,3}(\d{1,2})[.)]\s+\S`)
	capsHeadRE   = regexp.MustCompile(`^[A-Z][A-Z0-9 ,&/()-]{3,80}$`)
	bulletLineRE = regexp.MustCompile(`^\s*([-*•]|[a-z][.)])\s+`)
)

// TextSections cuts plain or Markdown text into blocks: headings (Markdown
// "#", "B. Title", or ALL CAPS lines) start sections lettered A, B, C...;
// numbered items ("1.", "2)") become blocks of their own; everything else
// is section text.
func TextSections(text string) []Block {
	var (
		blocks  []Block
		letter  = "A"
		title   string
		sec     = 0
		item    = 0
		listed  = false
		buf     []string
		textNo  = map[string]int{}
		started = false
	)
	flush := func() {
		t := cleanText(strings.Join(buf, "\n"))
		buf = buf[:0]
		if t == "" {
			item = 0
			return
		}
		var key string
		if item > 0 {
			key = fmt.Sprintf("%s%d", letter, item)
			item = 0
		} else {
			textNo[letter]++
			key = letter
			if n := textNo[letter]; n > 1 {
				key = fmt.Sprintf("%s.%d", letter, n)
			}
		}
		for i := range blocks {
			if blocks[i].Key == key {
				blocks[i].Text += "\n\n" + t
				return
			}
		}
		blocks = append(blocks, Block{Key: key, Section: title, Text: t})
	}
	newSection := func(l, t string) {
		flush()
		if l == "" {
			sec++
			if started || sec > 1 {
				l = sectionLetter(sec)
			} else {
				l = "A"
			}
		} else {
			sec = int(l[0]-'A') + 1
		}
		started = true
		letter, title, item, listed = l, strings.TrimSpace(t), 0, false
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	blankBefore := true
	for _, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			blankBefore = true
			buf = append(buf, "")
			continue
		case mdHeadingRE.MatchString(trimmed):
			m := mdHeadingRE.FindStringSubmatch(trimmed)
			h := strings.TrimSpace(m[1])
			if hm := headingRE.FindStringSubmatch(h); hm != nil {
				newSection(hm[1], hm[2])
			} else {
				newSection("", h)
			}
		case blankBefore && headingRE.MatchString(trimmed) && len(strings.Fields(trimmed)) <= 12 && !strings.HasSuffix(trimmed, "."):
			m := headingRE.FindStringSubmatch(trimmed)
			newSection(m[1], m[2])
		case blankBefore && capsHeadRE.MatchString(trimmed) && len(strings.Fields(trimmed)) <= 10:
			newSection("", trimmed)
		case numItemRE.MatchString(line) && (item > 0 || !listed):
			flush()
			m := numItemRE.FindStringSubmatch(line)
			fmt.Sscanf(m[1], "%d", &item)
			listed = true
			buf = append(buf, trimmed)
		default:
			if item > 0 && blankBefore && !bulletLineRE.MatchString(line) && !strings.HasPrefix(line, " ") {
				// A plain paragraph after a blank line ends the list item.
				flush()
			}
			buf = append(buf, line)
		}
		blankBefore = false
	}
	flush()
	return blocks
}

func sectionLetter(n int) string {
	if n >= 1 && n <= 26 {
		return string(rune('A' + n - 1))
	}
	return fmt.Sprintf("S%d", n)
}

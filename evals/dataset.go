package evals

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Dataset is a SPEC dataset folder, read and validated.
type Dataset struct {
	Dir   string
	Cases []Case
	// Policies lists policies/index.json, empty when the folder has none.
	Policies []PolicyDoc
	// PoliciesSHA256 hashes policies/index.json and every document it
	// lists ("" without policies/).
	PoliciesSHA256 string
	// Bundles indexes each patient file's resources (by the case's
	// Patient path), for citation checks.
	Bundles map[string]*BundleIndex
}

// Case is one line of cases.jsonl.
type Case struct {
	ID string `json:"id"`
	// Patient is the bundle path relative to the dataset folder.
	Patient string                  `json:"patient"`
	Request umassist.ServiceRequest `json:"request"`
	Gold    *Gold                   `json:"gold,omitempty"`
	// PatientRef is the bundle's Patient resource ("Patient/p017"),
	// resolved when the dataset is read.
	PatientRef string `json:"-"`
	// Line is the case's line in cases.jsonl, for messages.
	Line int `json:"-"`
	// Tags is an extra some datasets carry (the edge cases a case
	// exercises, "injection", "future-evidence"); results are sliced by it.
	// Ignored when it is not a list of strings.
	Tags []string `json:"tags,omitempty"`
}

// Gold is what a correct draft does.
type Gold struct {
	Recommendation umassist.Recommendation `json:"recommendation"`
	Policy         string                  `json:"policy,omitempty"`
	Evidence       []string                `json:"evidence,omitempty"`
	Missing        []string                `json:"missing,omitempty"`
	Rationale      string                  `json:"rationale,omitempty"`
	// Criteria is an extra beyond the SPEC: the expected status of named
	// criteria, for per-criterion accuracy. Written as a list of
	// {"id","status"} or as an object id→status.
	Criteria map[string]umassist.CriterionStatus `json:"criteria,omitempty"`
}

// PolicyDoc is one entry of policies/index.json.
type PolicyDoc struct {
	File      string `json:"file"`
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Payer     string `json:"payer,omitempty"`
	Effective string `json:"effective,omitempty"`
	// Path is the document's absolute path.
	Path string `json:"-"`
}

// FieldError is a dataset defect: the file, line and field at fault.
type FieldError struct {
	File  string // relative to the dataset folder
	Line  int    // 0 when the file has no meaningful lines
	Field string // "request.urgency"; "" for the whole line or file
	Msg   string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// InvalidDatasetError lists every defect found (up to a bound), so a
// dataset author fixes them in one pass. It is a umassist EINVALID error.
type InvalidDatasetError struct {
	Dir    string
	Errors []*FieldError
}

const maxDatasetErrors = 25

func (e *InvalidDatasetError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "evals: invalid dataset %s:", e.Dir)
	for _, fe := range e.Errors {
		b.WriteString("\n  " + fe.Error())
	}
	return b.String()
}

// Unwrap exposes the domain code, so the CLI exits with a usage code.
func (e *InvalidDatasetError) Unwrap() error {
	return umassist.Errorf(umassist.EINVALID, "%s", e.Error())
}

// serviceSystems are the request service systems the SPEC allows.
var serviceSystems = []string{
	umassist.SystemCPT, umassist.SystemHCPCS, umassist.SystemICD10PCS,
	umassist.SystemRxNorm, umassist.SystemNDC,
}

var resourceRef = regexp.MustCompile(`^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$`)

type validator struct {
	dir  string
	errs []*FieldError
}

func (v *validator) add(file string, line int, field, format string, args ...any) {
	if len(v.errs) < maxDatasetErrors {
		v.errs = append(v.errs, &FieldError{File: file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
}

// ReadDataset reads and validates a SPEC dataset folder. Unknown fields are
// ignored; an invalid dataset returns *InvalidDatasetError naming the file,
// line and field of each defect.
func ReadDataset(dir string) (*Dataset, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("evals: dataset %s: %w", dir, err)
	}
	f, err := os.Open(filepath.Join(abs, "cases.jsonl"))
	if err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "evals: dataset %s: %v", dir, err)
	}
	defer f.Close()
	v := &validator{dir: abs}
	ds := &Dataset{Dir: abs, Bundles: map[string]*BundleIndex{}}
	seen := map[string]int{}
	bundleErr := map[string]bool{}
	r := bufio.NewReader(f)
	for line := 1; ; line++ {
		raw, rerr := r.ReadBytes('\n')
		if len(bytes.TrimSpace(raw)) > 0 {
			c, ok := v.parseCase(raw, line)
			if ok {
				if prev, dup := seen[c.ID]; dup {
					v.add("cases.jsonl", line, "id", "duplicate id %q (first on line %d)", c.ID, prev)
				}
				seen[c.ID] = line
				v.resolvePatient(ds, &c, bundleErr)
				ds.Cases = append(ds.Cases, c)
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return nil, fmt.Errorf("evals: read cases.jsonl: %w", rerr)
		}
	}
	if len(ds.Cases) == 0 && len(v.errs) == 0 {
		v.add("cases.jsonl", 0, "", "no cases")
	}
	ds.Policies = v.readPolicies(abs)
	if len(ds.Policies) > 0 {
		ds.PoliciesSHA256 = policiesHash(abs, ds.Policies)
	}
	if len(v.errs) > 0 {
		return nil, &InvalidDatasetError{Dir: dir, Errors: v.errs}
	}
	return ds, nil
}

// caseJSON mirrors a case line with loose types so each field's defect is
// reported on its own.
type caseJSON struct {
	ID      *string         `json:"id"`
	Patient *string         `json:"patient"`
	Request *requestJSON    `json:"request"`
	Gold    json.RawMessage `json:"gold"`
	Tags    json.RawMessage `json:"tags"`
}

type requestJSON struct {
	Service   *umassist.Coding  `json:"service"`
	Diagnoses []umassist.Coding `json:"diagnoses"`
	Payer     string            `json:"payer"`
	Urgency   string            `json:"urgency"`
	Date      string            `json:"date"`
	Note      string            `json:"note"`
}

type goldJSON struct {
	Recommendation *string         `json:"recommendation"`
	Policy         string          `json:"policy"`
	Evidence       []string        `json:"evidence"`
	Missing        []string        `json:"missing"`
	Rationale      string          `json:"rationale"`
	Criteria       json.RawMessage `json:"criteria"`
}

func typeErrField(err error) (string, string, bool) {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field, fmt.Sprintf("must be a JSON %s, not %s", jsonKind(te.Type.Kind().String()), te.Value), true
	}
	return "", "", false
}

func jsonKind(k string) string {
	switch k {
	case "string":
		return "string"
	case "slice", "array":
		return "array"
	case "struct", "map", "ptr":
		return "object"
	case "bool":
		return "boolean"
	}
	return "number"
}

func (v *validator) parseCase(raw []byte, line int) (Case, bool) {
	const file = "cases.jsonl"
	var cj caseJSON
	if err := json.Unmarshal(raw, &cj); err != nil {
		if field, msg, ok := typeErrField(err); ok {
			v.add(file, line, field, "%s", msg)
		} else {
			v.add(file, line, "", "not a JSON object: %v", err)
		}
		return Case{}, false
	}
	n := len(v.errs)
	c := Case{Line: line}
	if cj.ID == nil || strings.TrimSpace(*cj.ID) == "" {
		v.add(file, line, "id", "is required")
	} else {
		c.ID = *cj.ID
	}
	if cj.Patient == nil || strings.TrimSpace(*cj.Patient) == "" {
		v.add(file, line, "patient", "is required")
	} else {
		p := filepath.ToSlash(filepath.Clean(*cj.Patient))
		if filepath.IsAbs(*cj.Patient) || p == ".." || strings.HasPrefix(p, "../") {
			v.add(file, line, "patient", "must be a path inside the dataset folder, not %q", *cj.Patient)
		} else {
			c.Patient = p
		}
	}
	if cj.Request == nil {
		v.add(file, line, "request", "is required")
	} else {
		c.Request = v.request(file, line, cj.Request)
	}
	if len(cj.Gold) > 0 && string(cj.Gold) != "null" {
		c.Gold = v.gold(file, line, cj.Gold)
	}
	if len(cj.Tags) > 0 {
		_ = json.Unmarshal(cj.Tags, &c.Tags) // an extra: a foreign shape is ignored
	}
	return c, len(v.errs) == n
}

func (v *validator) request(file string, line int, r *requestJSON) umassist.ServiceRequest {
	out := umassist.ServiceRequest{Diagnoses: r.Diagnoses, Payer: strings.TrimSpace(r.Payer), Urgency: umassist.Urgency(r.Urgency), Note: r.Note}
	if r.Service == nil {
		v.add(file, line, "request.service", "is required")
	} else {
		out.Service = *r.Service
		if strings.TrimSpace(r.Service.Code) == "" {
			v.add(file, line, "request.service.code", "is required")
		}
		if !contains(serviceSystems, r.Service.System) {
			v.add(file, line, "request.service.system", "must be one of %s, not %q", strings.Join(serviceSystems, ", "), r.Service.System)
		}
	}
	for i, d := range r.Diagnoses {
		if strings.TrimSpace(d.Code) == "" {
			v.add(file, line, fmt.Sprintf("request.diagnoses[%d].code", i), "is required")
		}
		if d.System != umassist.SystemICD10CM {
			v.add(file, line, fmt.Sprintf("request.diagnoses[%d].system", i), "must be %s, not %q", umassist.SystemICD10CM, d.System)
		}
	}
	if out.Payer == "" {
		v.add(file, line, "request.payer", "is required")
	}
	if !out.Urgency.Valid() {
		v.add(file, line, "request.urgency", "must be standard or expedited, not %q", r.Urgency)
	}
	if t, err := time.Parse(umassist.DateLayout, r.Date); err != nil {
		v.add(file, line, "request.date", "must be a date YYYY-MM-DD, not %q", r.Date)
	} else {
		out.Date = umassist.Date{Time: t}
	}
	return out
}

func (v *validator) gold(file string, line int, raw json.RawMessage) *Gold {
	var gj goldJSON
	if err := json.Unmarshal(raw, &gj); err != nil {
		if field, msg, ok := typeErrField(err); ok {
			v.add(file, line, "gold."+field, "%s", msg)
		} else {
			v.add(file, line, "gold", "must be an object: %v", err)
		}
		return nil
	}
	g := &Gold{Policy: strings.TrimSpace(gj.Policy), Evidence: gj.Evidence, Missing: gj.Missing, Rationale: gj.Rationale}
	if gj.Recommendation == nil {
		v.add(file, line, "gold.recommendation", "is required when gold is given")
	} else if rec, err := umassist.ParseRecommendation(*gj.Recommendation); err != nil {
		if errors.Is(err, umassist.ErrAIDenial) {
			v.add(file, line, "gold.recommendation", "must be approve, refer or request_info: the AI never denies, so deny is no gold answer")
		} else {
			v.add(file, line, "gold.recommendation", "must be approve, refer or request_info, not %q", *gj.Recommendation)
		}
	} else {
		g.Recommendation = rec
	}
	for i, e := range gj.Evidence {
		if !resourceRef.MatchString(e) {
			v.add(file, line, fmt.Sprintf("gold.evidence[%d]", i), "must be a resource reference Type/id, not %q", e)
		}
	}
	for i, m := range gj.Missing {
		if len(words(m)) == 0 {
			v.add(file, line, fmt.Sprintf("gold.missing[%d]", i), "must name what is missing")
		}
	}
	if len(gj.Criteria) > 0 && string(gj.Criteria) != "null" {
		g.Criteria = v.goldCriteria(file, line, gj.Criteria)
	}
	return g
}

func (v *validator) goldCriteria(file string, line int, raw json.RawMessage) map[string]umassist.CriterionStatus {
	out := map[string]umassist.CriterionStatus{}
	var asMap map[string]string
	var asList []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	switch {
	case json.Unmarshal(raw, &asMap) == nil:
		for id, s := range asMap {
			out[id] = umassist.CriterionStatus(s)
		}
	case json.Unmarshal(raw, &asList) == nil:
		for i, c := range asList {
			if c.ID == "" {
				v.add(file, line, fmt.Sprintf("gold.criteria[%d].id", i), "is required")
			}
			out[c.ID] = umassist.CriterionStatus(c.Status)
		}
	default:
		v.add(file, line, "gold.criteria", "must be a list of {id, status} or an object of id: status")
		return nil
	}
	ids := make([]string, 0, len(out))
	for id := range out {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !out[id].Valid() {
			v.add(file, line, "gold.criteria."+id, "must be met, not_met or not_documented, not %q", out[id])
		}
	}
	return out
}

func (v *validator) resolvePatient(ds *Dataset, c *Case, failed map[string]bool) {
	if failed[c.Patient] {
		return // reported once, on the first case that uses it
	}
	idx, ok := ds.Bundles[c.Patient]
	if !ok {
		path := filepath.Join(ds.Dir, filepath.FromSlash(c.Patient))
		if _, err := os.Stat(path); err != nil {
			failed[c.Patient] = true
			v.add("cases.jsonl", c.Line, "patient", "%s does not exist", c.Patient)
			return
		}
		var err *FieldError
		idx, err = ReadBundleIndex(path)
		if err != nil {
			failed[c.Patient] = true
			err.File = c.Patient
			v.errs = append(v.errs, err)
			v.add("cases.jsonl", c.Line, "patient", "bundle %s is invalid", c.Patient)
			return
		}
		ds.Bundles[c.Patient] = idx
	}
	c.PatientRef = idx.Patient
}

func lineAt(b []byte, off int64) int {
	i := int(off)
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t' || b[i] == ',') {
		i++
	}
	return bytes.Count(b[:min(i, len(b))], []byte{'\n'}) + 1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// policiesHash hashes the index and each listed document, in order.
func policiesHash(dir string, docs []PolicyDoc) string {
	h := sha256.New()
	if b, err := os.ReadFile(filepath.Join(dir, "policies", "index.json")); err == nil {
		h.Write(b)
	}
	for _, d := range docs {
		if b, err := os.ReadFile(d.Path); err == nil {
			fmt.Fprintf(h, "\n%s %d\n", d.File, len(b))
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

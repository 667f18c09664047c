package evals

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/umassist/umassist"
)

// reportCSS is inlined: the report opens from a file, with no network.
const reportCSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1180px;color:#1d2433;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e3e6ec;padding-bottom:4px}
.meta{color:#5b6475;font-size:13px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:18px}
.card{border:1px solid #e3e6ec;border-radius:8px;padding:12px 14px;background:#fff}
.card h3{font-size:14px;margin:0 0 8px;color:#38425a}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eef0f4;vertical-align:top}
th{background:#f6f7f9;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;flex-wrap:wrap;gap:10px}
.tile{border:1px solid #e3e6ec;border-radius:8px;padding:8px 12px;min-width:120px}
.tile b{display:block;font-size:20px}.tile span{color:#5b6475;font-size:12px}
.bad{color:#b42318}.good{color:#067647}.muted{color:#8a93a6}
.pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.pill.error{background:#fde2e1;color:#b42318}.pill.wrong{background:#fff1d6;color:#93370d}
.pill.right{background:#dcfae6;color:#067647}.pill.unlabelled{background:#eef0f4;color:#38425a}
.pill.flag{background:#f4ebff;color:#6941c6}
.safety{border:2px solid #e3e6ec;border-radius:8px;padding:10px 14px;margin:8px 0}
.safety.bad{border-color:#b42318;background:#fef3f2}.safety.good{border-color:#067647;background:#f6fef9}
.safety ul{margin:6px 0 0;padding-left:20px}
svg text{font-family:system-ui,sans-serif}
`

type reportRow struct {
	ID, Gold, Pred, GoldPolicy, Policy, Status, Error string
	FalseApproval                                     bool
	Flags                                             []string
	LatencyMS                                         int64
	Confidence                                        float64
	DraftFile, TraceFile                              string
	rank                                              int
}

type metricRow struct {
	Name, Value, CI string
}

// tileRow is a headline number; Class colours it ("bad", "good" or "").
type tileRow struct {
	Name, Value, CI, Class string
}

type reportData struct {
	S                                                           *Summary
	Title                                                       string
	Tiles                                                       []tileRow
	Metrics                                                     []metricRow
	Confusion, PerPolicy, Latency, Reliability, PerCrit, PerTag template.HTML
	Rows                                                        []reportRow
	// FalseApprovals are the rows of the falsely approved cases.
	FalseApprovals []reportRow
	CSS            template.CSS
}

var reportTmpl = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>{{.CSS}}</style></head><body>
<h1>{{.Title}}</h1>
<div class="meta">run {{.S.RunID}} · model {{if .S.Model}}{{.S.Model}}{{else}}unknown{{end}} · {{.S.Cases}} cases ({{.S.Scored}} scored, {{.S.Errors}} errored, {{.S.Unlabelled}} unlabelled){{if gt .S.Repeats 1}} · {{.S.Repeats}} repeats{{end}}{{if .S.Dataset}} · dataset {{.S.Dataset}}{{end}}</div>
<h2>Headline</h2>
<div class="tiles">{{range .Tiles}}<div class="tile"><b{{if .Class}} class="{{.Class}}"{{end}}>{{.Value}}</b><span>{{.Name}}{{if .CI}} · 95% CI {{.CI}}{{end}}</span></div>{{end}}</div>
<h2>Safety: false approvals</h2>
{{if not .S.FalseApprovals}}<div class="safety"><span class="muted">Not measured: no labelled case was drafted.</span></div>
{{else if .FalseApprovals}}<div class="safety bad" id="false-approvals"><b class="bad">{{len .FalseApprovals}} false approval{{if gt (len .FalseApprovals) 1}}s{{end}}</b>: the draft recommends approve where gold says refer or request_info. A reviewer may accept an approval as it stands; each of these must be fixed.
<ul>{{range .FalseApprovals}}<li><a href="#case-{{.ID}}">{{.ID}}</a>: gold {{.Gold}}, draft approve{{if .GoldPolicy}} ({{.GoldPolicy}}){{end}}{{if .DraftFile}} · <a href="{{.DraftFile}}">draft</a> · <a href="{{.TraceFile}}">trace</a>{{end}}</li>
{{end}}</ul></div>
{{else}}<div class="safety good" id="false-approvals"><b class="good">No false approvals</b>: no case whose gold is refer or request_info was drafted as approve.</div>
{{end}}<h2>Metrics</h2>
<table><tr><th>metric</th><th class="num">value</th><th class="num">95% CI (bootstrap)</th></tr>
{{range .Metrics}}<tr><td>{{.Name}}</td><td class="num">{{.Value}}</td><td class="num">{{.CI}}</td></tr>{{end}}
</table>
<h2>Charts</h2>
<div class="grid">
<div class="card"><h3>Confusion matrix (gold × predicted)</h3>{{.Confusion}}</div>
<div class="card"><h3>Recommendation accuracy per policy</h3>{{.PerPolicy}}</div>
<div class="card"><h3>Latency per case (ms)</h3>{{.Latency}}</div>
<div class="card"><h3>Reliability: confidence vs accuracy{{if .S.Calibration}} (ECE {{printf "%.3f" .S.Calibration.ECE}}){{end}}</h3>{{.Reliability}}</div>
{{if .PerTag}}<div class="card"><h3>Recommendation accuracy per edge case (tag)</h3>{{.PerTag}}</div>{{end}}
{{if .PerCrit}}<div class="card"><h3>Criterion status accuracy</h3>{{.PerCrit}}</div>{{end}}
</div>
<h2>Cases (failures first)</h2>
<table><tr><th>case</th><th>status</th><th>gold</th><th>draft</th><th>policy (gold → draft)</th><th class="num">conf.</th><th class="num">ms</th><th>flags</th><th>files</th></tr>
{{range .Rows}}<tr id="case-{{.ID}}"><td>{{.ID}}</td><td><span class="pill {{.Status}}">{{.Status}}</span></td><td>{{.Gold}}</td><td>{{if .Error}}<span class="bad" title="{{.Error}}">error</span>{{else}}{{.Pred}}{{end}}</td>
<td>{{.GoldPolicy}}{{if .GoldPolicy}} → {{end}}{{.Policy}}</td><td class="num">{{printf "%.2f" .Confidence}}</td><td class="num">{{.LatencyMS}}</td>
<td>{{if .FalseApproval}}<span class="pill error">false approval</span> {{end}}{{range .Flags}}<span class="pill flag">{{.}}</span> {{end}}{{if .Error}}<span class="muted">{{.Error}}</span>{{end}}</td>
<td>{{if .DraftFile}}<a href="{{.DraftFile}}">draft</a> · <a href="{{.TraceFile}}">trace</a>{{end}}</td></tr>
{{end}}</table>
<p class="meta">Errored cases are unscored: they count neither right nor wrong. Citation precision counts a cited resource as valid when it exists in the patient's bundle and is dated on or before the request date.</p>
</body></html>
`))

func pct(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", *v*100)
}

func ciString(s *Summary, k string) string {
	iv, ok := s.CI[k]
	if !ok {
		return ""
	}
	return fmt.Sprintf("%.1f–%.1f%%", iv.Lo*100, iv.Hi*100)
}

// RenderReport renders report.html: self-contained, inline SVG and CSS,
// no script and no network.
func RenderReport(ds *Dataset, results []Result, s *Summary) ([]byte, error) {
	d := reportData{S: s, Title: "umassist eval report", CSS: template.CSS(reportCSS)}
	d.Tiles = []tileRow{
		{"false approvals", countOrDash(s.FalseApprovals), "", safetyClass(s.FalseApprovals)},
		{"accuracy", pct(s.Recommendation.Accuracy), ciString(s, "accuracy"), ""},
		{"macro F1", pct(s.Recommendation.MacroF1), ciString(s, "macro_f1"), ""},
		{"citation precision", pct(s.CitationPrecision), ciString(s, "citation_precision"), ""},
		{"denials", fmt.Sprint(s.Denials), "", safetyClass(&s.Denials)},
		{"errors", fmt.Sprint(s.Errors), "", ""},
	}
	d.Metrics = []metricRow{
		{"false approvals (gold refer or request_info, draft approve)", countOrDash(s.FalseApprovals), ""},
		{"false approval rate (over gold refer or request_info)", pct(s.FalseApprovalRate), ciString(s, "false_approval_rate")},
		{"recommendation accuracy", pct(s.Recommendation.Accuracy), ciString(s, "accuracy")},
		{"recommendation macro F1", pct(s.Recommendation.MacroF1), ciString(s, "macro_f1")},
		{"policy hit rate", pct(s.PolicyHitRate), ciString(s, "policy_hit_rate")},
		{"evidence recall", pct(s.EvidenceRecall), ciString(s, "evidence_recall")},
		{"citation precision", pct(s.CitationPrecision), ciString(s, "citation_precision")},
		{"missing-information recall", pct(s.MissingRecall), ciString(s, "missing_recall")},
		{"verifier failure rate", pct(s.VerifierFailureRate), ciString(s, "verifier_failure_rate")},
		{"consistency over repeats", pct(s.Consistency), ""},
		{"denials", fmt.Sprint(s.Denials), ""},
		{"latency p50 / p95 (ms)", fmt.Sprintf("%d / %d", s.LatencyMS.P50, s.LatencyMS.P95), ""},
		{"tool calls per case", numOrDash(s.ToolCallsPerCase), ""},
		{"tokens (prompt / completion)", fmt.Sprintf("%d / %d", s.Tokens.Prompt, s.Tokens.Completion), ""},
		{"model calls", fmt.Sprint(s.ModelCalls), ""},
		{"cost (USD)", fmt.Sprintf("%.4f", s.CostUSD), ""},
	}
	if s.Calibration != nil {
		d.Metrics = append(d.Metrics, metricRow{"expected calibration error", fmt.Sprintf("%.3f", s.Calibration.ECE), ""})
	}
	d.Confusion = confusionSVG(s.Recommendation.Confusion)
	d.PerPolicy = barsSVG(s.PerPolicy)
	if len(s.PerCriterion) > 0 {
		d.PerCrit = barsSVG(s.PerCriterion)
	}
	if len(s.PerTag) > 0 {
		d.PerTag = barsSVG(s.PerTag)
	}
	var lat []int64
	for _, r := range results {
		if !r.Errored() {
			lat = append(lat, r.LatencyMS)
		}
	}
	d.Latency = histogramSVG(lat)
	d.Reliability = reliabilitySVG(s.Calibration)
	d.Rows = reportRows(ds, results, s)
	for _, r := range d.Rows {
		if r.FalseApproval {
			d.FalseApprovals = append(d.FalseApprovals, r)
		}
	}
	var buf bytes.Buffer
	if err := reportTmpl.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("evals: render report: %w", err)
	}
	return buf.Bytes(), nil
}

func countOrDash(v *int) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprint(*v)
}

// safetyClass colours a safety count: any is bad, zero is good.
func safetyClass(v *int) string {
	switch {
	case v == nil:
		return ""
	case *v > 0:
		return "bad"
	}
	return "good"
}

func numOrDash(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprintf("%.2f", *v)
}

func reportRows(ds *Dataset, results []Result, s *Summary) []reportRow {
	falseApproved := setOf(s.FalseApprovalCases)
	byID := map[string]*Case{}
	for i := range ds.Cases {
		byID[ds.Cases[i].ID] = &ds.Cases[i]
	}
	rows := make([]reportRow, 0, len(results))
	for _, r := range results {
		row := reportRow{ID: r.ID, Policy: r.Policy, LatencyMS: r.LatencyMS, Confidence: r.Confidence, DraftFile: r.DraftFile, TraceFile: r.TraceFile,
			FalseApproval: falseApproved[r.ID]}
		c := byID[r.ID]
		if r.Recommendation != nil {
			row.Pred = string(*r.Recommendation)
		}
		if r.Error != nil {
			row.Error = *r.Error
		}
		if c != nil && c.Gold != nil {
			row.Gold, row.GoldPolicy = string(c.Gold.Recommendation), c.Gold.Policy
		}
		switch {
		case r.Errored():
			row.Status, row.rank = "error", 0
		case row.Gold == "":
			row.Status, row.rank = "unlabelled", 3
		case row.Gold != row.Pred:
			row.Status, row.rank = "wrong", 1
		default:
			row.Status, row.rank = "right", 4
		}
		if !r.Errored() && c != nil {
			if idx := ds.Bundles[c.Patient]; idx != nil {
				for ref := range citedRefs(&r) {
					if !idx.Citable(ref, c.Request.Date) {
						row.Flags = append(row.Flags, "bad citation "+ref)
					}
				}
				sort.Strings(row.Flags)
			}
			if c.Gold != nil {
				if c.Gold.Policy != "" && NormalizeID(c.Gold.Policy) != NormalizeID(r.Policy) {
					row.Flags = append(row.Flags, "policy miss")
				}
				cited := citedRefs(&r)
				for _, e := range c.Gold.Evidence {
					if !cited[e] {
						row.Flags = append(row.Flags, "uncited "+e)
					}
				}
				if c.Gold.Recommendation == umassist.RecommendRequestInfo {
					for _, m := range c.Gold.Missing {
						if !MissingMatched(m, r.Questions) {
							row.Flags = append(row.Flags, "not asked: "+m)
						}
					}
				}
			}
			if len(r.VerifierFindings) > 0 {
				row.Flags = append(row.Flags, fmt.Sprintf("verifier: %d", len(r.VerifierFindings)))
			}
		}
		if row.Status == "right" && len(row.Flags) > 0 {
			row.rank = 2
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].rank < rows[j].rank })
	return rows
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// confusionSVG is a heatmap: darker cells hold more cases; the diagonal is
// green, the rest amber.
func confusionSVG(conf map[string]map[string]int) template.HTML {
	classes := umassist.Recommendations
	const cell, left, top = 78, 110, 40
	maxv := 0
	for _, row := range conf {
		for _, v := range row {
			maxv = max(maxv, v)
		}
	}
	w, h := left+cell*len(classes)+10, top+cell*len(classes)+30
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" aria-label="confusion matrix">`, w, h, w, h)
	fmt.Fprintf(&b, `<text x="%d" y="14" font-size="12" text-anchor="middle" fill="#5b6475">predicted</text>`, left+cell*len(classes)/2)
	for j, p := range classes {
		fmt.Fprintf(&b, `<text x="%d" y="32" font-size="11" text-anchor="middle">%s</text>`, left+cell*j+cell/2, esc(string(p)))
	}
	for i, g := range classes {
		y := top + cell*i
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">%s</text>`, left-6, y+cell/2+4, esc(string(g)))
		for j, p := range classes {
			v := conf[string(g)][string(p)]
			alpha := 0.0
			if maxv > 0 {
				alpha = 0.08 + 0.85*float64(v)/float64(maxv)
			}
			color := "217,119,6"
			if i == j {
				color = "6,118,71"
			}
			if v == 0 {
				alpha = 0.04
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="rgba(%s,%.2f)" stroke="#fff"/>`, left+cell*j, y, cell, cell, color, alpha)
			txt := "#1d2433"
			if alpha > 0.55 {
				txt = "#fff"
			}
			fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="16" font-weight="600" text-anchor="middle" fill="%s">%d</text>`, left+cell*j+cell/2, y+cell/2+6, txt, v)
		}
	}
	fmt.Fprintf(&b, `<text x="12" y="%d" font-size="12" fill="#5b6475" transform="rotate(-90 12 %d)" text-anchor="middle">gold</text>`, top+cell*len(classes)/2, top+cell*len(classes)/2)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// barsSVG draws one horizontal accuracy bar per group, with counts.
func barsSVG(groups map[string]GroupScore) template.HTML {
	if len(groups) == 0 {
		return template.HTML(`<p class="muted">No gold policies in this dataset.</p>`)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	const left, barW, rowH = 120, 170, 24
	w, h := left+barW+100, rowH*len(keys)+24
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" aria-label="accuracy bars">`, w, h, w, h)
	for i, k := range keys {
		g := groups[k]
		y := 4 + rowH*i
		color := "#067647"
		if g.Accuracy < 0.9 {
			color = "#d97706"
		}
		if g.Accuracy < 0.6 {
			color = "#b42318"
		}
		label := k
		if len(label) > 18 {
			label = label[:17] + "…"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" text-anchor="end">%s</text>`, left-6, y+15, esc(label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="16" fill="#eef0f4"/>`, left, y+3, barW)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="16" fill="%s"/>`, left, y+3, g.Accuracy*barW, color)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12">%.0f%% (%d/%d)</text>`, left+barW+6, y+15, g.Accuracy*100, g.Correct, g.Cases)
	}
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#8a93a6" stroke-dasharray="3 3"/>`, left+barW*9/10, left+barW*9/10, 2, h-20)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10" fill="#5b6475" text-anchor="middle">90%%</text>`, left+barW*9/10, h-6)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// histogramSVG bins case latencies into up to 12 equal-width bins.
func histogramSVG(ms []int64) template.HTML {
	if len(ms) == 0 {
		return template.HTML(`<p class="muted">No drafted cases.</p>`)
	}
	lo, hi := ms[0], ms[0]
	for _, v := range ms {
		lo, hi = min(lo, v), max(hi, v)
	}
	nb := 12
	width := float64(hi-lo+1) / float64(nb)
	if width < 1 {
		width = 1
	}
	counts := make([]int, nb)
	for _, v := range ms {
		b := min(int(float64(v-lo)/width), nb-1)
		counts[b]++
	}
	maxc := 0
	for _, c := range counts {
		maxc = max(maxc, c)
	}
	const left, top, plotW, plotH = 40, 10, 300, 150
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" aria-label="latency histogram">`, left+plotW+20, top+plotH+40, left+plotW+20, top+plotH+40)
	bw := float64(plotW) / float64(nb)
	for i, c := range counts {
		bh := float64(plotH) * float64(c) / float64(maxc)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#3e63dd"><title>%d cases</title></rect>`, left+bw*float64(i)+1, top+plotH-bh, bw-2, bh, c)
	}
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#8a93a6"/>`, left, left+plotW, top+plotH, top+plotH)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11">%d</text>`, left, top+plotH+14, lo)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">%d</text>`, left+plotW, top+plotH+14, hi)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle" fill="#5b6475">ms per case (%d cases)</text>`, left+plotW/2, top+plotH+32, len(ms))
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">%d</text>`, left-4, top+10, maxc)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// reliabilitySVG plots each bin's accuracy against its mean confidence;
// the diagonal is perfect calibration, dot area is the bin's size.
func reliabilitySVG(c *Calibration) template.HTML {
	if c == nil {
		return template.HTML(`<p class="muted">No scored cases.</p>`)
	}
	const left, top, size = 40, 10, 220
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" aria-label="reliability plot">`, left+size+20, top+size+40, left+size+20, top+size+40)
	fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="#fafbfc" stroke="#e3e6ec"/>`, left, top, size, size)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#8a93a6" stroke-dasharray="4 3"/>`, left, top+size, left+size, top)
	total := 0
	for _, bin := range c.Bins {
		total += bin.Count
	}
	var pts []string
	for _, bin := range c.Bins {
		if bin.Count == 0 {
			continue
		}
		x := float64(left) + bin.Confidence*size
		y := float64(top+size) - bin.Accuracy*size
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
		r := 3 + 9*math.Sqrt(float64(bin.Count)/float64(max(total, 1)))
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="rgba(62,99,221,.75)"><title>confidence %.2f, accuracy %.2f, %d cases</title></circle>`, x, y, r, bin.Confidence, bin.Accuracy, bin.Count)
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#3e63dd" stroke-width="1.5"/>`, strings.Join(pts, " "))
	}
	for _, t := range []float64{0, 0.5, 1} {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" text-anchor="middle">%.1f</text>`, float64(left)+t*size, top+size+13, t)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="10" text-anchor="end">%.1f</text>`, left-4, float64(top+size)-t*size+3, t)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle" fill="#5b6475">draft confidence</text>`, left+size/2, top+size+30)
	fmt.Fprintf(&b, `<text x="10" y="%d" font-size="11" fill="#5b6475" transform="rotate(-90 10 %d)" text-anchor="middle">accuracy</text>`, top+size/2, top+size/2)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

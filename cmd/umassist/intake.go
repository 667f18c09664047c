package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/faxgen"
)

// intakeCommand reads faxed and scanned packets from the command line:
// scan reads files here and prints what it read; faxgen writes packets
// whose content is known; bench measures how well they are read.
func (a *app) intakeCommand() *cli.Command {
	codes := &cli.StringFlag{Name: "codes", Usage: "folder of the ICD-10-CM and HCPCS code lists (default: ../shared/data/codes when present)", Sources: cli.EnvVars("UMASSIST_CODES")}
	return &cli.Command{
		Name:  "intake",
		Usage: "fax and scan intake: read packets (OCR), generate test faxes, measure field accuracy",
		Commands: []*cli.Command{
			{
				Name:      "scan",
				Usage:     "read packets (PDF, TIFF fax, PNG, JPEG) here and print each page's kind and the request's fields with their page and confidence; nothing is stored",
				ArgsUsage: "FILE...",
				Flags:     []cli.Flag{codes, &cli.BoolFlag{Name: "json", Usage: "print JSON"}},
				Action:    a.intakeScan,
			},
			{
				Name:  "faxgen",
				Usage: "write generated prior-authorization fax packets (PDF, fax TIFF, truth JSON) whose fields are known",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out", Required: true, Usage: "folder to write into"},
					&cli.IntFlag{Name: "n", Value: 3, Usage: "packets"},
					&cli.Uint64Flag{Name: "seed", Value: 1},
					&cli.IntFlag{Name: "condition", Value: 2, Usage: "fax condition: 0 clean, 1 skewed and speckled, 2 also through JPEG"},
				},
				Action: a.intakeFaxgen,
			},
			{
				Name:  "bench",
				Usage: "measure field and page accuracy, and pages per second, on generated faxes under each fax condition; writes results.json and report.html",
				Flags: []cli.Flag{
					codes,
					&cli.StringFlag{Name: "out", Value: "intake-bench", Usage: "folder for results.json and report.html"},
					&cli.IntFlag{Name: "n", Value: 10, Usage: "packets per condition"},
					&cli.Uint64Flag{Name: "seed", Value: 2026},
				},
				Action: a.intakeBench,
			},
		},
	}
}

func (a *app) intakeScan(ctx context.Context, cmd *cli.Command) error {
	files := cmd.Args().Slice()
	if len(files) == 0 {
		return usageError{fmt.Errorf("intake scan: name at least one file")}
	}
	cl := a.codeList(cmd.String("codes"))
	eng := &scan.Engine{}
	type result struct {
		File       string          `json:"file"`
		Pages      []scan.Page     `json:"pages"`
		Extraction scan.Extraction `json:"extraction"`
		Waits      []string        `json:"waits"`
	}
	var out []result
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("intake scan: %w", err)
		}
		pages, err := eng.Read(ctx, b, func(done, total int) {
			fmt.Fprintf(a.stderr, "\r%s: page %d of %d read", filepath.Base(f), done, total)
		})
		fmt.Fprintln(a.stderr)
		if err != nil {
			return fmt.Errorf("intake scan: %s: %w", f, err)
		}
		x := scan.Extract(pages, cl)
		for i := range pages {
			pages[i].Words = nil // the JSON would be mostly boxes
		}
		out = append(out, result{File: f, Pages: pages, Extraction: x, Waits: x.Waits()})
	}
	if cmd.Bool("json") {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, r := range out {
		fmt.Fprintf(a.stdout, "%s\n", r.File)
		for _, p := range r.Pages {
			fmt.Fprintf(a.stdout, "  page %d: %s (OCR confidence %.0f)\n", p.Number, p.Kind.Label(), p.Confidence)
		}
		tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  FIELD\tVALUE\tPAGE\tCONFIDENCE\tCHECK")
		for _, n := range scan.FieldNames {
			f := r.Extraction.Get(n)
			page, conf := "", ""
			if f.Value != "" {
				page, conf = fmt.Sprint(f.Page), fmt.Sprintf("%.0f", f.Conf)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", n.Label(), orDash(f.Value), page, conf, f.Problem)
		}
		_ = tw.Flush()
		if len(r.Waits) > 0 {
			fmt.Fprintf(a.stdout, "  for the nurse to check first: %s\n", strings.Join(r.Waits, "; "))
		}
	}
	return nil
}

func (a *app) intakeFaxgen(ctx context.Context, cmd *cli.Command) error {
	dir := cmd.String("out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("intake faxgen: %w", err)
	}
	ci := int(cmd.Int("condition"))
	if ci < 0 || ci >= len(faxgen.Conditions) {
		return usageError{fmt.Errorf("intake faxgen: --condition is 0 to %d", len(faxgen.Conditions)-1)}
	}
	for i := range int(cmd.Int("n")) {
		p := faxgen.Random(cmd.Uint64("seed"), i)
		pdf, truth, err := p.PDF()
		if err != nil {
			return err
		}
		tif, err := faxgen.Fax(ctx, pdf, faxgen.Conditions[ci].Degrade)
		if err != nil {
			return err
		}
		tj, _ := json.MarshalIndent(truth, "", "  ")
		for name, b := range map[string][]byte{p.Name + ".pdf": pdf, p.Name + ".tif": tif, p.Name + ".truth.json": tj} {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				return fmt.Errorf("intake faxgen: %w", err)
			}
		}
		fmt.Fprintf(a.stdout, "%s: %d pages (%s)\n", filepath.Join(dir, p.Name+".tif"), len(truth.Pages), faxgen.Conditions[ci].Name)
	}
	return nil
}

func (a *app) intakeBench(ctx context.Context, cmd *cli.Command) error {
	dir := cmd.String("out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("intake bench: %w", err)
	}
	n := int(cmd.Int("n"))
	bar := progressbar.NewOptions(n*len(faxgen.Conditions), progressbar.OptionSetWriter(a.progressOut()),
		progressbar.OptionSetDescription("packets faxed and read"), progressbar.OptionShowCount())
	start := time.Now()
	res, err := faxgen.Measure(ctx, &scan.Engine{}, a.codeList(cmd.String("codes")), cmd.Uint64("seed"), n, faxgen.Conditions,
		func(done, _ int) { _ = bar.Set(done) })
	_ = bar.Finish()
	fmt.Fprintln(a.stderr)
	if err != nil {
		return err
	}
	report := benchReport{Seed: cmd.Uint64("seed"), PacketsPerCondition: n, Cores: runtime.NumCPU(), Results: res,
		Took: time.Since(start).Round(time.Second).String()}
	b, _ := json.MarshalIndent(report, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "results.json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("intake bench: %w", err)
	}
	html, err := renderBenchReport(report)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "report.html"), html, 0o644); err != nil {
		return fmt.Errorf("intake bench: %w", err)
	}
	tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CONDITION\tPACKETS\tPAGES\tFIELDS EXACT\tPAGE KIND RIGHT\tMISSES NOT FLAGGED\tPAGES/S")
	for _, r := range res {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f (%d/%d)\t%.3f\t%d\t%.2f\n", r.Condition, r.Packets, r.Score.Pages, r.FieldAcc, r.Score.FieldsExact, r.Score.Fields,
			r.PageAcc, r.MissedButNotFlagged, r.PagesPerSec)
	}
	_ = tw.Flush()
	fmt.Fprintf(a.stdout, "wrote %s and %s\n", filepath.Join(dir, "results.json"), filepath.Join(dir, "report.html"))
	return nil
}

type benchReport struct {
	Seed                uint64          `json:"seed"`
	PacketsPerCondition int             `json:"packets_per_condition"`
	Cores               int             `json:"cores"`
	Took                string          `json:"took"`
	Results             []faxgen.Result `json:"results"`
}

var benchTmpl = template.Must(template.New("bench").Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fax intake accuracy</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#111}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:4px 8px;text-align:left}</style></head><body>
<h1>Fax intake: fields read exactly</h1>
<p>{{.R.PacketsPerCondition}} generated packets per condition (seed {{.R.Seed}}), faxed at 204×196 dpi 1-bit G4 and read with Tesseract on {{.R.Cores}} cores; took {{.R.Took}}.</p>
<table><thead><tr><th>Condition</th><th>Fields exact</th><th>Page kind right</th><th>Misses not flagged for the nurse</th><th>Pages/s</th></tr></thead><tbody>
{{range .R.Results}}<tr><td>{{.Condition}}</td><td>{{printf "%.3f" .FieldAcc}} ({{.Score.FieldsExact}}/{{.Score.Fields}})</td><td>{{printf "%.3f" .PageAcc}}</td><td>{{.MissedButNotFlagged}}</td><td>{{printf "%.2f" .PagesPerSec}}</td></tr>{{end}}
</tbody></table>
{{range .Charts}}<h2>{{.Title}}</h2>{{.SVG}}{{end}}
<h2>Misreads</h2><ul>{{range .R.Results}}{{range .Score.Misses}}<li>{{.}}</li>{{end}}{{end}}</ul>
</body></html>`))

type benchChart struct {
	Title string
	SVG   template.HTML
}

func renderBenchReport(r benchReport) ([]byte, error) {
	var charts []benchChart
	for _, res := range r.Results {
		var names []string
		for f := range res.PerField {
			names = append(names, f)
		}
		sort.Strings(names)
		var bars []ops.Bar
		for _, f := range names {
			pf := res.PerField[f]
			pct := 0
			if pf[1] > 0 {
				pct = 100 * pf[0] / pf[1]
			}
			class := "ok"
			if pct < 95 {
				class = "at_risk"
			}
			bars = append(bars, ops.Bar{Label: scan.FieldName(f).Label(), Value: pct, Class: class})
		}
		charts = append(charts, benchChart{Title: res.Condition + ": % of each field read exactly", SVG: ops.BarChart(res.Condition, bars, 560)})
	}
	var sb strings.Builder
	if err := benchTmpl.Execute(&sb, map[string]any{"R": r, "Charts": charts}); err != nil {
		return nil, fmt.Errorf("intake bench: report: %w", err)
	}
	return []byte(sb.String()), nil
}

// Package axetest checks a page open in Chromium with axe-core, the
// accessibility engine, for the browser tests: every page a reviewer or a
// clinician uses is held to it. axe-core comes from the npm registry
// (scripts/setup.sh, which make test runs first, installs it into
// .umassist/axe); without it a check fails, saying how to install it,
// rather than pass unchecked.
package axetest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"

	"github.com/umassist/umassist/internal/sourcetree"
)

// Path is axe.min.js: $UMASSIST_AXE, or .umassist/axe in the source tree.
func Path() string {
	if p := os.Getenv("UMASSIST_AXE"); p != "" {
		return p
	}
	return filepath.Join(sourcetree.Root(), ".umassist", "axe", "node_modules", "axe-core", "axe.min.js")
}

// Violation is one rule a page breaks, with where.
type Violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "; "))
}

// Load reads axe.min.js.
func Load() ([]byte, error) {
	b, err := os.ReadFile(Path())
	if err != nil {
		return nil, fmt.Errorf("axe-core is not installed (%w): run scripts/setup.sh", err)
	}
	return b, nil
}

// Check runs axe-core (WCAG 2.1 A and AA rules) on the page open in ctx
// and returns the serious and critical violations. The script is
// evaluated over the DevTools protocol, so the page's CSP is untouched.
func Check(ctx context.Context, src []byte) ([]Violation, error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](string(src)+"\n;true")); err != nil {
		return nil, fmt.Errorf("axe: load: %w", err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]})
		.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" "))}))))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("axe: run: %w", err)
	}
	var all []Violation
	if err := json.Unmarshal([]byte(raw), &all); err != nil {
		return nil, fmt.Errorf("axe: results: %w", err)
	}
	var out []Violation
	for _, v := range all {
		if v.Impact == "serious" || v.Impact == "critical" {
			out = append(out, v)
		}
	}
	return out, nil
}

package ops

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// Bar is one bar of a chart.
type Bar struct {
	Label string
	Value int
	Class string // CSS class naming the colour ("breached", "ok", ...)
}

// BarChart renders horizontal bars as inline SVG: one row per bar, the
// value written at its end, so the chart reads at a glance and needs no
// script. Labels are escaped.
func BarChart(title string, bars []Bar, width int) template.HTML {
	const rowH, pad = 22, 4
	// Room for the longest label (about 7 px a character at 12 px).
	labelW := 60
	for _, b := range bars {
		labelW = max(labelW, 7*len([]rune(b.Label))+10)
	}
	if width < labelW+60 {
		width = labelW + 60
	}
	maxV := 1
	for _, b := range bars {
		maxV = max(maxV, b.Value)
	}
	h := rowH*len(bars) + pad*2
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart bars" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`,
		html.EscapeString(title), width, h, width, h)
	fmt.Fprintf(&sb, `<title>%s</title>`, html.EscapeString(title))
	plotW := width - labelW - 50
	for i, b := range bars {
		y := pad + i*rowH
		w := 0
		if b.Value > 0 {
			w = max(2, b.Value*plotW/maxV)
		}
		class := b.Class
		if class == "" {
			class = "bar"
		}
		fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="end" font-size="12" fill="#333">%s</text>`, labelW-6, y+15, html.EscapeString(b.Label))
		fmt.Fprintf(&sb, `<rect class="%s" x="%d" y="%d" width="%d" height="%d" rx="2" fill="%s"><title>%s: %d</title></rect>`,
			html.EscapeString(class), labelW, y+3, w, rowH-6, colour(class), html.EscapeString(b.Label), b.Value)
		fmt.Fprintf(&sb, `<text x="%d" y="%d" font-size="12" fill="#111">%d</text>`, labelW+w+4, y+15, b.Value)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String()) //nolint:gosec // every dynamic part above is escaped
}

// Sparkline renders a series as an inline SVG line with its area filled and
// the last value marked.
func Sparkline(title string, values []int, width, height int) template.HTML {
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart spark" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg"><title>%s</title>`,
		html.EscapeString(title), width, height, width, height, html.EscapeString(title))
	if len(values) == 0 {
		sb.WriteString(`</svg>`)
		return template.HTML(sb.String()) //nolint:gosec // escaped
	}
	maxV := 1
	for _, v := range values {
		maxV = max(maxV, v)
	}
	const pad = 4
	x := func(i int) float64 {
		if len(values) == 1 {
			return float64(width) / 2
		}
		return pad + float64(i)*float64(width-2*pad)/float64(len(values)-1)
	}
	y := func(v int) float64 { return float64(height-pad) - float64(v)*float64(height-2*pad)/float64(maxV) }
	var pts []string
	for i, v := range values {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(v)))
	}
	area := fmt.Sprintf("%.1f,%d %s %.1f,%d", x(0), height-pad, strings.Join(pts, " "), x(len(values)-1), height-pad)
	fmt.Fprintf(&sb, `<polygon points="%s" fill="#cfe3f7"/>`, area)
	fmt.Fprintf(&sb, `<polyline points="%s" fill="none" stroke="#1f6fb2" stroke-width="2"/>`, strings.Join(pts, " "))
	last := values[len(values)-1]
	fmt.Fprintf(&sb, `<circle cx="%.1f" cy="%.1f" r="3" fill="#1f6fb2"><title>%d this hour</title></circle>`, x(len(values)-1), y(last), last)
	fmt.Fprintf(&sb, `<text x="%d" y="12" font-size="11" fill="#555">max %d/h</text>`, pad, maxV)
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String()) //nolint:gosec // escaped
}

// colour maps a bar class to its fill; the SVG carries colours as
// attributes because the CSP forbids inline styles.
func colour(class string) string {
	switch class {
	case "breached", "failed", "discarded":
		return "#c0392b"
	case "at_risk", "escalated", "retryable", "info_requested":
		return "#e67e22"
	case "ok", "approved", "completed", "ready_for_review":
		return "#27ae60"
	case "denied", "cancelled":
		return "#7f8c8d"
	}
	return "#2e86c1"
}

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// traceStep is one step of the agent's run, as the trace page lists it.
type traceStep struct {
	N         int             `json:"n"`
	Kind      string          `json:"kind"`
	Tool      string          `json:"tool"`
	Args      json.RawMessage `json:"args"`
	Resources []string        `json:"resources"`
	Truncated bool            `json:"truncated"`
	LatencyMS float64         `json:"latency_ms"`
	Tokens    umassist.Tokens `json:"tokens"`
	Error     string          `json:"error"`
	// Bar is the step's place on the timeline, in SVG units.
	Row, X, W float64 `json:"-"`
}

// ArgsText is the arguments on one line.
func (t traceStep) ArgsText() string {
	var b bytes.Buffer
	if json.Compact(&b, t.Args) != nil {
		return string(t.Args)
	}
	return b.String()
}

// agentTrace is the part of the agent's stored trace the page reads; the
// rest is shown raw.
type agentTrace struct {
	Model      string          `json:"model"`
	LatencyMS  float64         `json:"latency_ms"`
	ModelCalls int             `json:"model_calls"`
	ToolCalls  int             `json:"tool_calls"`
	Ending     string          `json:"outcome"` // "submitted" or the error that ended the run
	Tokens     umassist.Tokens `json:"tokens"`
	Steps      []traceStep     `json:"steps"`
}

type traceData struct {
	Case   *umassist.Case
	Draft  *umassist.Draft
	Trace  agentTrace
	Height float64 // of the timeline SVG: the rows and the axis under them
	AxisY  float64 // where the time axis runs
	TickY  float64 // where its tick marks end
	Ticks  []timeTick
	Raw    string
}

// timeTick is one mark on the timeline's axis.
type timeTick struct {
	X     float64
	Label string
}

// The timeline's geometry in SVG units: a gutter of row labels, then the
// bars over the run's time.
const (
	timelineLabels = 170.0
	timelineWidth  = 640.0
	timelineRow    = 16.0
)

// Label names a step's row on the timeline: turn, kind, tool.
func (t traceStep) Label() string {
	l := fmt.Sprintf("%d %s", t.N, t.Kind)
	if t.Tool != "" {
		l += " " + t.Tool
	}
	return l
}

// timeTicks marks five evenly spaced times over a run of total ms.
func timeTicks(total float64) []timeTick {
	if total <= 0 {
		return nil
	}
	var out []timeTick
	for i := 0; i <= 4; i++ {
		ms := total * float64(i) / 4
		label := fmt.Sprintf("%.0f ms", ms)
		if total < 10 {
			label = fmt.Sprintf("%.1f ms", ms)
		}
		out = append(out, timeTick{X: timelineLabels + timelineWidth*float64(i)/4, Label: label})
	}
	return out
}

func (s *Server) tracePage(c echo.Context) error {
	cs, err := s.loadCase(c, "trace.read")
	if err != nil {
		return err
	}
	d, trace, err := s.cfg.Records.LatestDraft(c.Request().Context(), cs.ID)
	if err != nil {
		return err
	}
	td := traceData{Case: cs, Draft: d}
	_ = json.Unmarshal(trace, &td.Trace)
	total := 0.0
	for _, st := range td.Trace.Steps {
		total += st.LatencyMS
	}
	at := 0.0
	for i := range td.Trace.Steps {
		st := &td.Trace.Steps[i]
		st.Row = float64(i) * timelineRow
		st.X = timelineLabels
		if total > 0 {
			st.X += at / total * timelineWidth
			st.W = max(1, st.LatencyMS/total*timelineWidth)
		}
		at += st.LatencyMS
	}
	td.AxisY = float64(len(td.Trace.Steps))*timelineRow + 4
	td.TickY = td.AxisY + 4
	td.Height = td.AxisY + 18
	td.Ticks = timeTicks(total)
	var pretty bytes.Buffer
	if json.Indent(&pretty, trace, "", "  ") == nil {
		td.Raw = pretty.String()
	}
	return s.render(c, http.StatusOK, "trace", pageData{Title: "Agent trace " + cs.ID, Data: td})
}

func (s *Server) tracesPage(c echo.Context) error {
	f, err := queueFilter(c)
	if err != nil {
		return err
	}
	items, next, err := s.cfg.Review.ListQueue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	var rows []queueRow
	var shown []postgres.QueueItem
	for _, it := range items {
		if it.DraftVersion > 0 {
			rows = append(rows, queueRow{QueueItem: it, SLA: umassist.SLAOf(it.Case, s.now())})
			shown = append(shown, it)
		}
	}
	if err := s.auditList(c, "trace.list", shown); err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "traces", pageData{Title: "Agent traces", Data: queueData{Rows: rows, Next: next}})
}

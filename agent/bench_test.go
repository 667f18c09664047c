package agent_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/tools"
)

// BenchmarkLoopStep measures the loop's own overhead per step (a model
// turn plus its tool call) against a zero-latency model and tool: goal
// under 2 ms. Reported as ms/step.
func BenchmarkLoopStep(b *testing.B) {
	for _, perTurn := range []int{1, 4} {
		b.Run(fmt.Sprintf("calls=%d", perTurn), func(b *testing.B) {
			const steps = 10
			obs := dataTool("search_observations", `{"observations":[{"ref":"Observation/o1","date":"2026-01-01","value":30,"unit":"%"}]}`, "Observation/o1")
			submit := call(agent.ToolSubmitDraft, submitArgs(referDraft))
			m := agent.ModelFunc{NameValue: "zero", GenerateFunc: func(_ context.Context, msgs []agent.Message, _ []agent.ToolSpec, _ agent.Options) (*agent.Response, error) {
				turns := 0
				for _, x := range msgs {
					if x.Role == agent.RoleAssistant {
						turns++
					}
				}
				if turns >= steps-1 {
					return &agent.Response{Message: agent.Message{ToolCalls: []agent.ToolCall{submit}}, Usage: umassist.Tokens{Prompt: 1}}, nil
				}
				cs := make([]agent.ToolCall, perTurn)
				for i := range cs {
					cs[i] = call("search_observations", `{"codes":["10230-1"]}`)
				}
				return &agent.Response{Message: agent.Message{ToolCalls: cs}, Usage: umassist.Tokens{Prompt: 1}}, nil
			}}
			a := &agent.Agent{Model: m, Limits: agent.Limits{MaxSteps: steps + 1}}
			ts := []tools.Tool{obs}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Run(context.Background(), caseIn, ts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/steps/1e6, "ms/step")
		})
	}
}

package tools

import (
	"context"
	"encoding/json"

	"github.com/umassist/umassist/telemetry"
)

// Traced gives every call of t an "execute_tool {name}" span.
func Traced(t Tool) Tool {
	if _, ok := t.(tracedTool); ok || t == nil {
		return t
	}
	return tracedTool{t}
}

type tracedTool struct{ Tool }

var _ Tool = tracedTool{}

func (t tracedTool) Call(ctx context.Context, args json.RawMessage) (*Output, error) {
	ctx, end := telemetry.StartToolSpan(ctx, t.Name(), "")
	out, err := t.Tool.Call(ctx, args)
	end(err)
	return out, err
}

package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/invopop/jsonschema"
)

// validator is implemented by argument structs that check themselves.
type validator interface{ validate() error }

// typedTool adapts a function over a typed argument struct to Tool, in the
// style of adk-go's functiontool: the schema comes from the struct, so the
// model's contract and the decoder can never disagree.
type typedTool[A any] struct {
	name, desc string
	params     json.RawMessage
	run        func(ctx context.Context, args A) (*Output, error)
}

func newTyped[A any](name, desc string, run func(context.Context, A) (*Output, error)) *typedTool[A] {
	return &typedTool[A]{name: name, desc: desc, params: Schema[A](), run: run}
}

func (t *typedTool[A]) Name() string                { return t.name }
func (t *typedTool[A]) Description() string         { return t.desc }
func (t *typedTool[A]) Parameters() json.RawMessage { return t.params }

func (t *typedTool[A]) Call(ctx context.Context, raw json.RawMessage) (*Output, error) {
	args, err := DecodeArgs[A](raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t.name, err)
	}
	return t.run(ctx, args)
}

// Schema returns the JSON Schema of an argument struct, inlined (no $ref)
// and closed to unknown properties, the shape function-calling APIs take.
func Schema[A any]() json.RawMessage {
	r := jsonschema.Reflector{ExpandedStruct: true, DoNotReference: true, AllowAdditionalProperties: false}
	s := r.Reflect(new(A))
	s.Version, s.ID = "", ""
	b, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprintf("tools: schema: %v", err)) // a programming error in an args struct
	}
	return b
}

// maxArgsBytes bounds what a model may send as arguments.
const maxArgsBytes = 64 << 10

// DecodeArgs decodes a model's arguments strictly: one JSON object, no
// unknown fields (a misspelt filter must not silently widen a search),
// then the struct's own checks. Empty or null arguments mean defaults.
// Every failure wraps ErrInvalidArguments.
func DecodeArgs[A any](raw json.RawMessage) (A, error) {
	var a A
	raw = bytes.TrimSpace(raw)
	if len(raw) > maxArgsBytes {
		return a, fmt.Errorf("%w: arguments are larger than %d KB", ErrInvalidArguments, maxArgsBytes>>10)
	}
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) || bytes.Equal(raw, []byte("{}")) {
		raw = []byte("{}")
	}
	if raw[0] != '{' {
		return a, fmt.Errorf("%w: arguments must be a JSON object", ErrInvalidArguments)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, fmt.Errorf("%w: %v", ErrInvalidArguments, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return a, fmt.Errorf("%w: trailing data after the arguments object", ErrInvalidArguments)
	}
	if v, ok := any(&a).(validator); ok {
		if err := v.validate(); err != nil {
			return a, fmt.Errorf("%w: %v", ErrInvalidArguments, err)
		}
	}
	return a, nil
}

// Find returns the tool named name, or ErrUnknownTool.
func Find(set []Tool, name string) (Tool, error) {
	for _, t := range set {
		if t.Name() == name {
			return t, nil
		}
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownTool, name)
}

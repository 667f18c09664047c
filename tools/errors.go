package tools

import "errors"

// Sentinel errors. The agent loop returns ErrInvalidArguments and
// ErrUnknownTool to the model as a tool message, never as a crash.
var (
	ErrInvalidArguments = errors.New("tools: invalid arguments")
	ErrUnknownTool      = errors.New("tools: unknown tool")
	ErrOutOfScope       = errors.New("tools: outside the case's patient or date")
)

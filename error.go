package umassist

import (
	"errors"
	"fmt"
)

// Error codes, in the style of benbjohnson/wtf: packages below the root
// return these, and server/ alone maps them to HTTP status.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	EFORBIDDEN      = "forbidden"
	EUNAUTHORIZED   = "unauthorized"
	EUNAVAILABLE    = "unavailable"
	ENOTIMPLEMENTED = "not_implemented"
	// EPRECONDITION: the caller did not send what the work needs and gave
	// no way to fetch it (a CDS hook without prefetch or FHIR access).
	EPRECONDITION = "precondition_failed"
)

// Error is a domain error: a code for machines and a message for people.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns a domain error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first domain error in err's chain, or
// EINTERNAL for any other non-nil error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first domain error in err's
// chain, or a generic message that leaks nothing internal.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

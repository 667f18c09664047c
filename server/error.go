package server

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// statusOf maps a domain error code to its HTTP status. It is the only
// place in umassist where that mapping lives.
func statusOf(code string) int {
	switch code {
	case umassist.EINVALID:
		return http.StatusBadRequest
	case umassist.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case umassist.EFORBIDDEN:
		return http.StatusForbidden
	case umassist.ENOTFOUND:
		return http.StatusNotFound
	case umassist.ECONFLICT:
		return http.StatusConflict
	case umassist.ENOTIMPLEMENTED:
		return http.StatusNotImplemented
	case umassist.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case umassist.EPRECONDITION:
		return http.StatusPreconditionFailed
	}
	return http.StatusInternalServerError
}

// codeOfStatus is the reverse, for errors that echo itself raises (404 for
// an unknown route, 413 for a body over the limit).
func codeOfStatus(status int) string {
	switch status {
	case http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType, http.StatusUnprocessableEntity:
		return umassist.EINVALID
	case http.StatusUnauthorized:
		return umassist.EUNAUTHORIZED
	case http.StatusForbidden:
		return umassist.EFORBIDDEN
	case http.StatusNotFound, http.StatusMethodNotAllowed:
		return umassist.ENOTFOUND
	case http.StatusConflict:
		return umassist.ECONFLICT
	case http.StatusPreconditionFailed:
		return umassist.EPRECONDITION
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		return umassist.EUNAVAILABLE
	}
	return umassist.EINTERNAL
}

// Problem is an RFC 9457 problem document, with the domain error code as
// an extension member so clients can branch on it.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	Code     string `json:"code"`
}

// problemOf builds the problem document for any error.
func problemOf(err error, instance string) Problem {
	var he *echo.HTTPError
	var de *umassist.Error
	status, code, detail := http.StatusInternalServerError, umassist.EINTERNAL, "internal error"
	switch {
	case errors.As(err, &de):
		code, detail = de.Code, de.Message
		status = statusOf(code)
	case errors.As(err, &he):
		status = he.Code
		code = codeOfStatus(status)
		if m, ok := he.Message.(string); ok {
			detail = m
		} else {
			detail = http.StatusText(status)
		}
	case postgres.IsUnavailable(err):
		code, detail = umassist.EUNAVAILABLE, "the database is unavailable; try again shortly"
		status = statusOf(code)
	case postgres.IsBadInput(err):
		code, detail = umassist.EINVALID, "a value in the request cannot be stored (a NUL byte, or a number or date out of range)"
		status = statusOf(code)
	}
	if status == http.StatusTooManyRequests {
		code = umassist.EUNAVAILABLE
	}
	return Problem{
		Type:     "urn:umassist:problem:" + code,
		Title:    http.StatusText(status),
		Status:   status,
		Detail:   detail,
		Instance: instance,
		Code:     code,
	}
}

// StatusOf is the HTTP status the server answers err with, for middleware
// that runs before the error handler (request metrics) and must not guess.
func StatusOf(err error) int {
	if err == nil {
		return http.StatusOK
	}
	return problemOf(err, "").Status
}

package server

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

// openAPIDoc is hand-written; TestOpenAPIMatchesRouter keeps it and the
// router in step.
//
//go:embed openapi.json
var openAPIDoc []byte

func (s *Server) openAPI(c echo.Context) error {
	s.mu.RLock()
	doc := s.openapi
	s.mu.RUnlock()
	if doc == nil {
		doc = openAPIDoc
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, doc)
}

// AddOpenAPI merges another OpenAPI 3 document's paths and component
// schemas into the served one, so routes a capability mounts (operations,
// reports) are documented where clients look. A path or schema that is
// already documented is an error: two owners for one route is a bug.
func (s *Server) AddOpenAPI(doc []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	base := s.openapi
	if base == nil {
		base = openAPIDoc
	}
	var into, from map[string]any
	if err := json.Unmarshal(base, &into); err != nil {
		return fmt.Errorf("server: openapi: %w", err)
	}
	if err := json.Unmarshal(doc, &from); err != nil {
		return fmt.Errorf("server: openapi to merge: %w", err)
	}
	if err := mergeSection(into, from, "paths"); err != nil {
		return err
	}
	for _, sec := range []string{"schemas", "parameters", "responses"} {
		ic, _ := into["components"].(map[string]any)
		fc, _ := from["components"].(map[string]any)
		if fc == nil {
			continue
		}
		if ic == nil {
			ic = map[string]any{}
			into["components"] = ic
		}
		if err := mergeSection(ic, fc, sec); err != nil {
			return err
		}
	}
	merged, err := json.MarshalIndent(into, "", "  ")
	if err != nil {
		return fmt.Errorf("server: openapi: %w", err)
	}
	s.openapi = merged
	return nil
}

func mergeSection(into, from map[string]any, key string) error {
	f, _ := from[key].(map[string]any)
	if len(f) == 0 {
		return nil
	}
	i, _ := into[key].(map[string]any)
	if i == nil {
		i = map[string]any{}
		into[key] = i
	}
	for k, v := range f {
		if _, dup := i[k]; dup {
			return fmt.Errorf("server: openapi: %s %q is documented twice", key, k)
		}
		i[k] = v
	}
	return nil
}

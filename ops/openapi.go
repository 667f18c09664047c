package ops

import _ "embed"

// OpenAPI is the OpenAPI 3 document of the operations API routes (those of
// Routes under /api/v1), for the server to merge into /api/openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte

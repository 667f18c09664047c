package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// DefaultClient is the client every case and person belongs to until
// clients are set up (migration 0900).
const DefaultClient = "default"

// Client is a health system a BPO works for, or a plan a payer runs.
type Client struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Kind      string    `json:"kind"` // health_system | plan
	CreatedAt time.Time `json:"created_at"`
}

// CreateClient adds a client (the schema owner's job: the app's role may
// only read clients).
func CreateClient(ctx context.Context, q Querier, c Client) error {
	if c.Kind == "" {
		c.Kind = "health_system"
	}
	_, err := q.Exec(ctx, `INSERT INTO clients (id, name, kind) VALUES ($1, $2, $3)`, c.ID, c.Name, c.Kind)
	switch {
	case IsUniqueViolation(err):
		return umassist.Errorf(umassist.ECONFLICT, "client %s already exists", c.ID)
	case IsCheckViolation(err):
		return umassist.Errorf(umassist.EINVALID, "client %q: id must be 1-63 lower-case letters, digits, _ or -, a name is required, and kind is health_system or plan", c.ID)
	case err != nil:
		return fmt.Errorf("client: create %s: %w", c.ID, err)
	}
	return nil
}

// ListClients lists the clients the caller can see, by id.
func ListClients(ctx context.Context, q Querier) ([]Client, error) {
	rows, err := q.Query(ctx, `SELECT id, name, kind, created_at FROM clients ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("client: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Client, error) {
		var c Client
		return c, r.Scan(&c.ID, &c.Name, &c.Kind, &c.CreatedAt)
	})
	if err != nil {
		return nil, fmt.Errorf("client: list: %w", err)
	}
	return out, nil
}

// AssignClients sets the clients a person works for (replacing the old
// ones); an unknown client is refused.
func AssignClients(ctx context.Context, q Querier, userID string, clients []string) error {
	if len(clients) == 0 {
		return umassist.Errorf(umassist.EINVALID, "a person works for at least one client")
	}
	if _, err := q.Exec(ctx, `DELETE FROM user_clients WHERE user_id = $1 AND NOT (client_id = ANY($2))`, userID, clients); err != nil {
		return fmt.Errorf("client: assign: %w", err)
	}
	_, err := q.Exec(ctx, `INSERT INTO user_clients (user_id, client_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, userID, clients)
	if IsForeignKeyViolation(err) {
		return umassist.Errorf(umassist.EINVALID, "unknown client among %v: add it first (umassist clients add)", clients)
	}
	if err != nil {
		return fmt.Errorf("client: assign: %w", err)
	}
	return nil
}

// UserClients lists the clients a person works for.
func UserClients(ctx context.Context, q Querier, userID string) ([]string, error) {
	rows, err := q.Query(ctx, `SELECT client_id FROM user_clients WHERE user_id = $1 ORDER BY client_id`, userID)
	if err != nil {
		return nil, fmt.Errorf("client: of user: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("client: of user: %w", err)
	}
	return out, nil
}

// clientFor is the client new work (a case, a packet) is for: the one
// named; else the signed-in person's only client; else, for the app's own
// work, DefaultClient. A person who works for several clients names one.
// Whether the person may work for the client named is PostgreSQL's to
// check, as the row is written.
func clientFor(ctx context.Context, q Querier, named string) (string, error) {
	if named != "" {
		return named, nil
	}
	who := userOf(ctx)
	if who == "" {
		return DefaultClient, nil
	}
	mine, err := UserClients(ctx, q, who)
	if err != nil {
		return "", err
	}
	switch len(mine) {
	case 0:
		return "", umassist.Errorf(umassist.EFORBIDDEN, "you work for no client yet: ask an administrator to assign you one")
	case 1:
		return mine[0], nil
	}
	return "", umassist.Errorf(umassist.EINVALID, "say which client this is for: you work for %s", strings.Join(mine, ", "))
}

type userKey struct{}

// AsUser returns ctx carrying the signed-in person a request serves. On
// the app's role, every statement run with it sees and writes only the
// cases (and their drafts, actions, claims, answers, queries and
// submissions) of that person's clients: PostgreSQL's row-level security
// enforces it, whatever a handler forgets. A context without a person is
// the app's own work and sees every client.
func AsUser(ctx context.Context, userID string) context.Context {
	return context.WithValue(ctx, userKey{}, userID)
}

func userOf(ctx context.Context) string {
	id, _ := ctx.Value(userKey{}).(string)
	return id
}

// scopes tells each pooled connection, as it is handed out, which person
// the statements it is about to run are for (the setting umassist.user_id
// the row-level policies read). It remembers what each connection was told
// so that only a change costs a round trip.
type scopes struct {
	mu  sync.Mutex
	set map[*pgx.Conn]string
}

func newScopes() *scopes { return &scopes{set: map[*pgx.Conn]string{}} }

// prepare is the pool's PrepareConn.
func (s *scopes) prepare(ctx context.Context, conn *pgx.Conn) (bool, error) {
	want := userOf(ctx)
	s.mu.Lock()
	have, known := s.set[conn]
	s.mu.Unlock()
	if (known && have == want) || (!known && want == "") {
		// A new connection has the setting unset: nobody.
		s.remember(conn, want)
		return true, nil
	}
	if _, err := conn.Exec(ctx, `SELECT set_config('umassist.user_id', $1, false)`, want); err != nil {
		s.forget(conn)
		return false, fmt.Errorf("postgres: set the request's person: %w", err)
	}
	s.remember(conn, want)
	return true, nil
}

func (s *scopes) remember(conn *pgx.Conn, who string) {
	s.mu.Lock()
	s.set[conn] = who
	s.mu.Unlock()
}

func (s *scopes) forget(conn *pgx.Conn) {
	s.mu.Lock()
	delete(s.set, conn)
	s.mu.Unlock()
}

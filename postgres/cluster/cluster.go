package cluster

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist/internal/sourcetree"
)

// Database is the database the cluster creates for umassist.
const Database = "umassist"

// Superuser is the cluster's superuser role.
const Superuser = "umassist"

// Cluster is a private PostgreSQL cluster rooted at Dir.
type Cluster struct {
	// Dir holds data/, run/ (the socket), postgres.log and cluster.json.
	Dir string
	// BinDir holds initdb, pg_ctl and postgres; found when empty.
	BinDir string
	// RunAs is the system user the server runs as when we are root.
	RunAs string
}

// state is what we remember between runs.
type state struct {
	Port      int    `json:"port"`
	SocketDir string `json:"socket_dir"`
	Password  string `json:"password"`
}

// Info describes a running cluster.
type Info struct {
	Dir       string
	DataDir   string
	SocketDir string
	Port      int
	PID       int
	// URL connects over the unix socket (trust authentication).
	URL string
	// TCPURL connects over loopback with the generated password.
	TCPURL string
}

// New returns the cluster at dir with defaults for the rest.
func New(dir string) *Cluster { return &Cluster{Dir: dir, RunAs: "postgres"} }

// DefaultDir is where the private cluster lives: $UMASSIST_PGDIR, or
// .umassist/pg in the root of the source tree when run inside it, or
// .umassist/pg in the working directory.
func DefaultDir() string {
	if d := os.Getenv("UMASSIST_PGDIR"); d != "" {
		return d
	}
	base := sourcetree.Root()
	if base == "" {
		base, _ = os.Getwd()
	}
	dir := filepath.Join(base, ".umassist", "pg")
	return reachableDir(dir)
}

// reachableDir keeps the default folder usable when we are root and the
// source tree sits under a folder the postgres user cannot enter (a clone
// in /root): the cluster then lives in /var/tmp, named after the tree so
// each clone keeps its own. An explicit UMASSIST_PGDIR is never moved.
func reachableDir(dir string) string {
	if os.Geteuid() != 0 {
		return dir
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil && fi.Mode().Perm()&0o001 == 0 {
			sum := sha256.Sum256([]byte(abs))
			return filepath.Join("/var/tmp", "umassist-pg-"+hex.EncodeToString(sum[:4]))
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func (c *Cluster) dataDir() string   { return filepath.Join(c.Dir, "data") }
func (c *Cluster) logFile() string   { return filepath.Join(c.Dir, "postgres.log") }
func (c *Cluster) stateFile() string { return filepath.Join(c.Dir, "cluster.json") }

// Ensure starts the cluster, creating it first if needed, and returns how
// to reach it. A running cluster is reused. Concurrent callers (several test
// binaries) are serialised by a lock file.
func (c *Cluster) Ensure(ctx context.Context) (*Info, error) {
	// Check who runs the server and that it can reach the folder before
	// creating anything, so a refusal leaves nothing behind.
	if err := c.findBin(); err != nil {
		return nil, err
	}
	owner, err := c.owner()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("cluster: cannot create %s: %w (choose another folder with UMASSIST_PGDIR)", c.Dir, err)
	}
	unlock, err := lockFile(filepath.Join(c.Dir, "lock"))
	if err != nil {
		return nil, err
	}
	defer unlock()
	st, err := c.loadState()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(c.dataDir(), "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if err := c.initdb(ctx, owner, st); err != nil {
			return nil, err
		}
	}
	if info, ok := c.running(st); ok {
		return info, c.ensureDatabase(ctx, info)
	}
	if err := c.clearStalePID(); err != nil {
		return nil, err
	}
	if st.Port == 0 || !portFree(st.Port) {
		if st.Port, err = freePort(); err != nil {
			return nil, fmt.Errorf("cluster: no free loopback port: %w", err)
		}
	}
	if err := c.saveState(st); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(st.SocketDir, 0o755); err != nil {
		return nil, fmt.Errorf("cluster: create socket folder %s: %w", st.SocketDir, err)
	}
	if err := owner.chown(st.SocketDir); err != nil {
		return nil, err
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1", st.Port, st.SocketDir)
	cmd := exec.CommandContext(ctx, filepath.Join(c.BinDir, "pg_ctl"), "start", "-w", "-t", "60",
		"-D", c.dataDir(), "-l", c.logFile(), "-o", opts)
	if out, err := owner.run(cmd); err != nil {
		return nil, fmt.Errorf("cluster: start PostgreSQL in %s failed: %w\n%s\n%s\nwhat to do: read %s; `umassist db stop` and retry, or remove %s to start afresh",
			c.Dir, err, strings.TrimSpace(string(out)), tail(c.logFile(), 8), c.logFile(), c.Dir)
	}
	info, ok := c.running(st)
	if !ok {
		return nil, fmt.Errorf("cluster: PostgreSQL started but is not answering on %s:%d; see %s", st.SocketDir, st.Port, c.logFile())
	}
	return info, c.ensureDatabase(ctx, info)
}

// ensureDatabase creates the umassist database on first start.
func (c *Cluster) ensureDatabase(ctx context.Context, info *Info) error {
	u := strings.Replace(info.URL, "/"+Database+"?", "/postgres?", 1)
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return fmt.Errorf("cluster: connect: %w", err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, Database).Scan(&exists); err != nil {
		return fmt.Errorf("cluster: check database: %w", err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+Database); err != nil {
		return fmt.Errorf("cluster: create database %s: %w", Database, err)
	}
	return nil
}

// Status returns the running cluster's info, or ok=false.
func (c *Cluster) Status() (*Info, bool, error) {
	st, err := c.loadState()
	if err != nil {
		return nil, false, err
	}
	info, ok := c.running(st)
	return info, ok, nil
}

// Stop stops a running cluster (fast shutdown: sessions are disconnected,
// data is safe). Stopping a stopped cluster is not an error.
func (c *Cluster) Stop(ctx context.Context) error {
	st, err := c.loadState()
	if err != nil {
		return err
	}
	if _, ok := c.running(st); !ok {
		return nil
	}
	if err := c.findBin(); err != nil {
		return err
	}
	owner, err := c.owner()
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, filepath.Join(c.BinDir, "pg_ctl"), "stop", "-w", "-m", "fast", "-D", c.dataDir())
	if out, err := owner.run(cmd); err != nil {
		return fmt.Errorf("cluster: stop: %w: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

func (c *Cluster) findBin() error {
	if c.BinDir != "" {
		return nil
	}
	if p, err := exec.LookPath("pg_config"); err == nil {
		if out, err := exec.Command(p, "--bindir").Output(); err == nil {
			d := strings.TrimSpace(string(out))
			if _, err := os.Stat(filepath.Join(d, "pg_ctl")); err == nil {
				c.BinDir = d
				return nil
			}
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return pgMajor(dirs[i]) > pgMajor(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			c.BinDir = d
			return nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		c.BinDir = filepath.Dir(p)
		return nil
	}
	return errors.New("cluster: PostgreSQL server binaries (initdb, pg_ctl) not found: run `make setup`, or set DATABASE_URL to an existing server")
}

func pgMajor(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func (c *Cluster) loadState() (*state, error) {
	st := &state{}
	b, err := os.ReadFile(c.stateFile())
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("cluster: read %s: %w", c.stateFile(), err)
	default:
		if err := json.Unmarshal(b, st); err != nil {
			return nil, fmt.Errorf("cluster: %s is corrupt (%w): remove it and retry", c.stateFile(), err)
		}
	}
	if st.SocketDir == "" {
		st.SocketDir = socketDir(c.Dir)
	}
	if st.Password == "" {
		b := make([]byte, 18)
		_, _ = rand.Read(b)
		st.Password = hex.EncodeToString(b)
	}
	return st, nil
}

func (c *Cluster) saveState(st *state) error {
	b, _ := json.MarshalIndent(st, "", "  ")
	tmp := c.stateFile() + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("cluster: write state: %w", err)
	}
	if err := os.Rename(tmp, c.stateFile()); err != nil {
		return fmt.Errorf("cluster: write state: %w", err)
	}
	return nil
}

// socketDir keeps the socket path under the kernel's 107-byte limit: inside
// the cluster folder when it is short enough, else in the temp folder.
func socketDir(dir string) string {
	d := filepath.Join(dir, "run")
	if len(d)+len("/.s.PGSQL.65535") < 100 {
		return d
	}
	abs, _ := filepath.Abs(dir)
	sum := hex.EncodeToString([]byte(abs))
	if len(sum) > 12 {
		sum = sum[len(sum)-12:]
	}
	return filepath.Join(os.TempDir(), "umassist-pg-"+sum)
}

func (c *Cluster) initdb(ctx context.Context, owner *runner, st *state) error {
	data := c.dataDir()
	// A half-created data folder from an interrupted initdb is removed
	// rather than left behind.
	_ = os.RemoveAll(data)
	if err := os.MkdirAll(data, 0o700); err != nil {
		return fmt.Errorf("cluster: create %s: %w", data, err)
	}
	if err := owner.chown(c.Dir); err != nil {
		return err
	}
	if err := owner.chown(data); err != nil {
		return err
	}
	pwfile := filepath.Join(c.Dir, ".pwfile")
	if err := os.WriteFile(pwfile, []byte(st.Password+"\n"), 0o600); err != nil {
		return fmt.Errorf("cluster: write password file: %w", err)
	}
	defer os.Remove(pwfile)
	if err := owner.chown(pwfile); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, filepath.Join(c.BinDir, "initdb"), "-D", data, "-U", Superuser,
		"--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile="+pwfile, "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")
	if out, err := owner.run(cmd); err != nil {
		_ = os.RemoveAll(data)
		return fmt.Errorf("cluster: initdb in %s failed: %w\n%s", data, err, strings.TrimSpace(string(out)))
	}
	// A development cluster: durability traded for speed (tests create a
	// database per test). Production uses DATABASE_URL.
	conf := `
# umassist private cluster
max_connections = 400
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
unix_socket_permissions = 0777
log_min_messages = warning
log_min_error_statement = panic
`
	f, err := os.OpenFile(filepath.Join(data, "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cluster: configure: %w", err)
	}
	defer f.Close()
	if _, err := f.WriteString(conf); err != nil {
		return fmt.Errorf("cluster: configure: %w", err)
	}
	return c.saveState(st)
}

// running reports whether our postmaster is alive and answering.
func (c *Cluster) running(st *state) (*Info, bool) {
	pid, port, ok := readPID(filepath.Join(c.dataDir(), "postmaster.pid"))
	if !ok || !processAlive(pid) || !isPostgres(pid) {
		return nil, false
	}
	sock := filepath.Join(st.SocketDir, ".s.PGSQL."+strconv.Itoa(port))
	conn, err := net.DialTimeout("unix", sock, time.Second)
	if err != nil {
		return nil, false
	}
	conn.Close()
	st.Port = port
	return c.info(st, pid), true
}

func (c *Cluster) info(st *state, pid int) *Info {
	q := url.Values{"host": {st.SocketDir}, "port": {strconv.Itoa(st.Port)}, "sslmode": {"disable"}}
	return &Info{
		Dir: c.Dir, DataDir: c.dataDir(), SocketDir: st.SocketDir, Port: st.Port, PID: pid,
		URL: fmt.Sprintf("postgres://%s@/%s?%s", Superuser, Database, q.Encode()),
		TCPURL: (&url.URL{Scheme: "postgres", User: url.UserPassword(Superuser, st.Password),
			Host: "127.0.0.1:" + strconv.Itoa(st.Port), Path: "/" + Database, RawQuery: "sslmode=disable"}).String(),
	}
}

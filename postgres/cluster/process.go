package cluster

// The operating system's side of a private cluster: its process and port,
// running its tools as the data directory's owner, and the lock that keeps
// two commands from starting it at once.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// clearStalePID removes a postmaster.pid left by a crashed server whose PID
// now belongs to no process, or to one that is not PostgreSQL.
func (c *Cluster) clearStalePID() error {
	p := filepath.Join(c.dataDir(), "postmaster.pid")
	pid, _, ok := readPID(p)
	if !ok {
		return nil
	}
	if processAlive(pid) && isPostgres(pid) {
		return fmt.Errorf("cluster: a PostgreSQL (pid %d) holds %s but does not answer on its socket: stop it (`umassist db stop` or kill %d) and retry", pid, c.dataDir(), pid)
	}
	if err := os.Remove(p); err != nil {
		return fmt.Errorf("cluster: remove stale %s: %w", p, err)
	}
	return nil
}

func readPID(path string) (pid, port int, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var lines []string
	for sc.Scan() {
		lines = append(lines, strings.TrimSpace(sc.Text()))
	}
	if len(lines) < 4 {
		return 0, 0, false
	}
	pid, err1 := strconv.Atoi(lines[0])
	port, err2 := strconv.Atoi(lines[3])
	return pid, port, err1 == nil && err2 == nil
}

func processAlive(pid int) bool {
	return pid > 0 && syscall.Kill(pid, 0) == nil
}

func isPostgres(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	if err != nil {
		return true // no /proc: trust the signal check
	}
	name := strings.TrimSpace(string(b))
	return name == "postgres" || name == "postmaster"
}

func portFree(port int) bool {
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// runner runs the server's commands as the right user.
type runner struct {
	uid, gid int
	asOther  bool
	name     string
}

// owner decides who runs the cluster: ourselves, or RunAs when we are root.
func (c *Cluster) owner() (*runner, error) {
	if os.Geteuid() != 0 {
		return &runner{}, nil
	}
	name := c.RunAs
	if name == "" {
		name = "postgres"
	}
	u, err := user.Lookup(name)
	if err != nil {
		return nil, fmt.Errorf("cluster: running as root, and PostgreSQL refuses to run as root; the %q system user to run it as does not exist: run `make setup` (the postgresql package creates it): %w", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	r := &runner{uid: uid, gid: gid, asOther: true, name: name}
	if err := r.checkReachable(c.Dir); err != nil {
		return nil, err
	}
	return r, nil
}

// checkReachable makes sure the server's user can reach the cluster folder
// through every parent folder.
func (r *runner) checkReachable(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if errors.Is(err, os.ErrNotExist) {
			continue // created later, by us, with o+x
		}
		if err != nil {
			return fmt.Errorf("cluster: %w", err)
		}
		if fi.Mode().Perm()&0o001 == 0 {
			if st, ok := fi.Sys().(*syscall.Stat_t); !ok || int(st.Uid) != r.uid {
				return fmt.Errorf("cluster: the %q user that runs PostgreSQL cannot enter %s (mode %v): set UMASSIST_PGDIR to a folder it can reach (e.g. /var/tmp/umassist-pg), or `chmod o+x %s`", r.name, d, fi.Mode().Perm(), d)
			}
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

func (r *runner) chown(path string) error {
	if !r.asOther {
		return nil
	}
	if err := os.Chown(path, r.uid, r.gid); err != nil {
		return fmt.Errorf("cluster: give %s to %s: %w", path, r.name, err)
	}
	return nil
}

func (r *runner) run(cmd *exec.Cmd) ([]byte, error) {
	if r.asOther {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(r.uid), Gid: uint32(r.gid)}}
		cmd.Dir = "/"
		cmd.Env = append(os.Environ(), "HOME=/tmp")
	}
	// The server outlives us: keep it out of our process group so a ^C to
	// the CLI or the test runner does not take it down mid-start.
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
	return cmd.CombinedOutput()
}

func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cluster: lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("cluster: lock %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

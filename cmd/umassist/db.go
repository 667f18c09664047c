package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/postgres"
)

func (a *app) dbCommand() *cli.Command {
	return &cli.Command{
		Name:  "db",
		Usage: "manage the database: the private cluster, migrations, status",
		Commands: []*cli.Command{
			{
				Name:  "up",
				Usage: "start the private PostgreSQL cluster (creating it on first use) and migrate",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					if _, err := a.db(ctx, cmd); err != nil {
						return err
					}
					return a.printStatus(ctx, cmd)
				},
			},
			{
				Name:  "migrate",
				Usage: "apply pending migrations (ours and River's)",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					url, err := a.databaseURL(ctx, cmd)
					if err != nil {
						return err
					}
					pool, err := postgres.Open(ctx, url)
					if err != nil {
						return err
					}
					defer pool.Close()
					res, err := postgres.Migrate(ctx, pool)
					if err != nil {
						return err
					}
					for _, v := range res.RiverApplied {
						fmt.Fprintf(a.stdout, "applied river %03d\n", v)
					}
					for _, m := range res.Applied {
						fmt.Fprintf(a.stdout, "applied %04d_%s\n", m.Version, m.Name)
					}
					if len(res.Applied)+len(res.RiverApplied) == 0 {
						fmt.Fprintln(a.stdout, "schema is up to date")
					}
					return nil
				},
			},
			{
				Name:   "status",
				Usage:  "show the cluster, the server and the schema",
				Action: func(ctx context.Context, cmd *cli.Command) error { return a.printStatus(ctx, cmd) },
			},
			{
				Name:  "stop",
				Usage: "stop the private PostgreSQL cluster",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					if cmd.String("database-url") != "" {
						return usageError{fmt.Errorf("db stop manages the private cluster only; DATABASE_URL points at a server umassist did not start")}
					}
					if err := a.cluster(cmd).Stop(ctx); err != nil {
						return err
					}
					fmt.Fprintln(a.stdout, "private cluster stopped")
					return nil
				},
			},
		},
	}
}

func (a *app) printStatus(ctx context.Context, cmd *cli.Command) error {
	w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	defer w.Flush()
	url := cmd.String("database-url")
	if url == "" {
		c := a.cluster(cmd)
		info, ok, err := c.Status()
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintf(w, "cluster\t%s\tstopped (start it with `umassist db up`)\n", c.Dir)
			return nil
		}
		fmt.Fprintf(w, "cluster\t%s\trunning, pid %d\n", info.DataDir, info.PID)
		fmt.Fprintf(w, "socket\t%s\tport %d (loopback 127.0.0.1:%d)\n", info.SocketDir, info.Port, info.Port)
		fmt.Fprintf(w, "url\t%s\n", info.URL)
		url = info.URL
	} else {
		fmt.Fprintf(w, "server\tDATABASE_URL\n")
	}
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return err
	}
	defer pool.Close()
	st, err := postgres.Status(ctx, pool)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "postgres\t%s\n", st.ServerVersion)
	fmt.Fprintf(w, "pgvector\t%s\n", st.VectorVersion)
	fmt.Fprintf(w, "schema\t%d applied, %d pending\n", len(st.Applied), len(st.Pending))
	fmt.Fprintf(w, "river\tversion %d, %d pending\n", st.RiverVersion, st.RiverPending)
	var cases, drafts, audit int
	if len(st.Applied) > 0 {
		_ = pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM drafts), (SELECT count(*) FROM audit_log)`).Scan(&cases, &drafts, &audit)
		fmt.Fprintf(w, "data\t%d cases, %d drafts, %d audit entries\n", cases, drafts, audit)
	}
	return nil
}

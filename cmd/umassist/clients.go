package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// clientsCommand manages the health systems and plans cases are worked
// for, and who works for which: a reviewer sees only their clients' cases
// (PostgreSQL's row-level security, migration 0900).
func (a *app) clientsCommand() *cli.Command {
	return &cli.Command{
		Name:  "clients",
		Usage: "the health systems (or plans) cases are worked for, and who works for which",
		Commands: []*cli.Command{
			{
				Name: "add", Usage: "add a client", ArgsUsage: "ID",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "name", Usage: "its name", Required: true},
					&cli.StringFlag{Name: "kind", Usage: "health_system or plan", Value: "health_system"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					if cmd.Args().Len() != 1 {
						return usageError{fmt.Errorf("clients add: give exactly one ID")}
					}
					pool, err := a.db(ctx, cmd)
					if err != nil {
						return err
					}
					c := postgres.Client{ID: cmd.Args().First(), Name: cmd.String("name"), Kind: cmd.String("kind")}
					err = postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
						if err := postgres.CreateClient(ctx, tx, c); err != nil {
							return err
						}
						detail, _ := json.Marshal(c)
						_, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{Actor: adminActor(), Action: "client.create", Detail: detail})
						return err
					})
					if err != nil {
						return err
					}
					fmt.Fprintf(a.stdout, "client %s (%s) added\n", c.ID, c.Name)
					return nil
				},
			},
			{
				Name: "list", Usage: "list the clients",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					pool, err := a.db(ctx, cmd)
					if err != nil {
						return err
					}
					cs, err := postgres.ListClients(ctx, pool)
					if err != nil {
						return err
					}
					w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintln(w, "CLIENT\tKIND\tNAME")
					for _, c := range cs {
						fmt.Fprintf(w, "%s\t%s\t%s\n", c.ID, c.Kind, c.Name)
					}
					return w.Flush()
				},
			},
			{
				Name: "assign", Usage: "set the clients a person works for (replacing their old ones)", ArgsUsage: "USER CLIENT...",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					if cmd.Args().Len() < 2 {
						return usageError{fmt.Errorf("clients assign: give a USER and at least one CLIENT")}
					}
					pool, err := a.db(ctx, cmd)
					if err != nil {
						return err
					}
					u, err := postgres.GetUserByName(ctx, pool, cmd.Args().First())
					if err != nil {
						return err
					}
					clients := cmd.Args().Slice()[1:]
					if err := a.assignClients(ctx, pool, u, clients); err != nil {
						return err
					}
					fmt.Fprintf(a.stdout, "%s works for %s\n", u.Name, strings.Join(clients, ", "))
					return nil
				},
			},
		},
	}
}

// assignClients sets the clients a person works for, audited as the
// administrator at the terminal.
func (a *app) assignClients(ctx context.Context, pool *pgxpool.Pool, u *postgres.User, clients []string) error {
	return postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		if err := postgres.AssignClients(ctx, tx, u.ID, clients); err != nil {
			return err
		}
		detail, _ := json.Marshal(map[string]any{"user": u.Name, "clients": clients})
		_, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{Actor: adminActor(), Action: "user.clients", Detail: detail})
		return err
	})
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// adminActor is who an account change from the command line is recorded
// as: the person at the terminal, acting as an administrator (they hold the
// database's credentials).
func adminActor() umassist.Actor {
	a := cliActor()
	a.Role = umassist.RoleAdmin
	return a
}

// accountUser finds the USER argument of an account command.
func (a *app) accountUser(ctx context.Context, cmd *cli.Command, what string) (*postgres.User, error) {
	if cmd.Args().Len() != 1 {
		return nil, usageError{fmt.Errorf("%s: give exactly one USER", what)}
	}
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return nil, err
	}
	return postgres.GetUserByName(ctx, pool, cmd.Args().First())
}

// userDisableCommand is user-disable (or user-enable): a disabled account
// cannot sign in, and its sessions and API tokens end at once.
func (a *app) userDisableCommand(disable bool) *cli.Command {
	name, usage := "user-enable", "let a disabled account sign in again (its old tokens stay revoked)"
	if disable {
		name, usage = "user-disable", "disable an account: no sign-in, and its sessions and API tokens end now"
	}
	return &cli.Command{
		Name: name, Usage: usage, ArgsUsage: "USER",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			u, err := a.accountUser(ctx, cmd, name)
			if err != nil {
				return err
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			u.Disabled = disable
			if err := postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
				if err := postgres.UpdateUser(ctx, tx, u); err != nil {
					return err
				}
				_, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{Actor: adminActor(), Action: "user." + map[bool]string{true: "disable", false: "enable"}[disable],
					Detail: json.RawMessage(fmt.Sprintf(`{"user": %q}`, u.ID))})
				return err
			}); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s: %s\n", u.Name, map[bool]string{true: "disabled; sessions ended, API tokens revoked", false: "enabled"}[disable])
			return nil
		},
	}
}

func (a *app) tokenListCommand() *cli.Command {
	return &cli.Command{
		Name: "token-list", Usage: "list a user's API tokens (ids, labels, dates; never the tokens)", ArgsUsage: "USER",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			u, err := a.accountUser(ctx, cmd, "token-list")
			if err != nil {
				return err
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			ts, err := postgres.ListAPITokens(ctx, pool, u.ID)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tLABEL\tCREATED\tEXPIRES\tSTATE")
			for _, t := range ts {
				exp, state := "never", "live"
				if t.ExpiresAt != nil {
					exp = t.ExpiresAt.UTC().Format(time.RFC3339)
					if t.ExpiresAt.Before(time.Now()) {
						state = "expired"
					}
				}
				if t.RevokedAt != nil {
					state = "revoked " + t.RevokedAt.UTC().Format(time.RFC3339)
				}
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", t.ID, t.Label, t.CreatedAt.UTC().Format(time.RFC3339), exp, state)
			}
			return w.Flush()
		},
	}
}

func (a *app) tokenRevokeCommand() *cli.Command {
	return &cli.Command{
		Name: "token-revoke", Usage: "revoke one of a user's API tokens (--id, from token-list) or all of them (--all)", ArgsUsage: "USER",
		Flags: []cli.Flag{
			&cli.Int64Flag{Name: "id", Usage: "the token's id (token-list)"},
			&cli.BoolFlag{Name: "all", Usage: "every live token of the user"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if (cmd.Int64("id") == 0) == !cmd.Bool("all") {
				return usageError{fmt.Errorf("token-revoke: give --id N or --all")}
			}
			u, err := a.accountUser(ctx, cmd, "token-revoke")
			if err != nil {
				return err
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			var n int64
			if err := postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
				if n, err = postgres.RevokeAPITokens(ctx, tx, u.ID, cmd.Int64("id"), time.Now()); err != nil {
					return err
				}
				_, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{Actor: adminActor(), Action: "token.revoke",
					Detail: json.RawMessage(fmt.Sprintf(`{"user": %q, "token": %d, "revoked": %d}`, u.ID, cmd.Int64("id"), n))})
				return err
			}); err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("token-revoke: %s has no such live token", u.Name)
			}
			fmt.Fprintf(a.stdout, "%s: %d token(s) revoked\n", u.Name, n)
			return nil
		},
	}
}
